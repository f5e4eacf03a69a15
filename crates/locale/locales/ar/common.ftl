# نصوص مشتركة بين كل الصفحات: الترويسة والتنقل والأدوار والتواريخ والأرقام.

brand = Liaison
skip-to-content = الانتقال إلى المحتوى
nav-main = الرئيسية
nav-menu = القائمة
nav-home = الصفحة الرئيسية
nav-dashboard = لوحة المتابعة
nav-search = البحث
nav-incidents = الحوادث
nav-disinformation = الادعاءات الكاذبة
nav-assets = التكنولوجيا
nav-risks = المخاطر
nav-sitreps = تقارير الوضع
nav-hygiene = النظافة السيبرانية
nav-organisations = الجهات
nav-forums = الهيئات المشتركة
nav-agreements = الاتفاقات
nav-matrix = المصفوفة
nav-analysis = التحليل
nav-network = الشبكة
nav-contact-sheet = قائمة جهات الاتصال
nav-model = النموذج
nav-accounts = الحسابات
nav-audit = سجل التدقيق
phase-now = الآن:
phase-ends-today = تنتهي اليوم
phase-ends-on = حتى { $date }
sign-out = تسجيل الخروج
language = اللغة
language-automatic = كما يطلب متصفحي

role-platform-admin = مدير المنصة
role-organisation-admin = مدير الجهة
role-coordinator = منسق
role-analyst = محلل
role-reader = قارئ
role-observer = مراقب

items-count = { $count ->
    [zero] لا عناصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}

date = { $day } { $month } { $year }
date-time = { $date }، { $time } UTC
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
month-1-short = يناير
month-2-short = فبراير
month-3-short = مارس
month-4-short = أبريل
month-5-short = مايو
month-6-short = يونيو
month-7-short = يوليو
month-8-short = أغسطس
month-9-short = سبتمبر
month-10-short = أكتوبر
month-11-short = نوفمبر
month-12-short = ديسمبر
