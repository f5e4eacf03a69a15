
home-title = الصفحة الرئيسية
home-empty = النموذج المشترك فارغ.
home-import = استورد ملف نموذج للبدء.
home-organisations = { $count ->
    [one] جهة
    [two] جهتان
    [few] جهات
   *[other] جهة
}
home-forums = { $count ->
    [one] هيئة مشتركة
    [two] هيئتان مشتركتان
    [few] هيئات مشتركة
   *[other] هيئة مشتركة
}
home-agreements = { $count ->
    [one] اتفاق
    [two] اتفاقان
    [few] اتفاقات
   *[other] اتفاقًا
}
home-level = مستوى التعاون
home-findings = نتائج حرجة ومرتفعة
home-findings-more = ({ $medium } متوسطة، { $low } منخفضة)
home-contacts-to-check = جهات الاتصال التي يجب أن تتحقق منها جهتك
home-contacts-fresh = تم التحقق من كل جهات الاتصال في جهتك خلال الأيام التسعين الماضية.
home-next-meetings = الاجتماعات القادمة
home-no-meeting = لا يوجد اجتماع مقرر.
home-meeting-of = { $title } ({ $forum })
home-forum-meets = اجتماع: { $forum }
home-calendar = الجدول الزمني الانتخابي وكل الاجتماعات
home-contact-sheet = طباعة قائمة جهات الاتصال في حالات الطوارئ

nav-menu-close = إغلاق القائمة
picker-search = البحث بالاسم
picker-remove = إزالة
picker-none = لم يُختر شيء بعد.
picker-no-match = لا يطابق أي اسم.
picker-suggested-label = المقترحة:
picker-suggested = أولًا، الجهات التي تجعلها مصفوفة المسؤوليات مساءَلة أو منفِّذة بشأن: { $threat }.
picker-suggested-in-phase = أولًا، الجهات التي تجعلها مصفوفة المسؤوليات مساءَلة أو منفِّذة بشأن: { $threat }، في مرحلة «{ $phase }».
picker-nobody = لا تسمّي مصفوفة المسؤوليات أي جهة مساءَلة أو منفِّذة بشأن: { $threat }.
picker-nobody-in-phase = لا تسمّي مصفوفة المسؤوليات أي جهة مساءَلة أو منفِّذة بشأن: { $threat }، في مرحلة «{ $phase }».
report-title = الإبلاغ عن حادث
report-intro = يُوجَّه البلاغ فورًا إلى الجهات التي تجعلها مصفوفة المسؤوليات مساءَلة ومنفِّذة، وإلى الجهات التي تسميها بروتوكولات التصعيد؛ ويراه مباشرة كل من يُشارَك معه.
report-what = ماذا حدث، في سطر واحد
report-details = التفاصيل
report-kind = النوع
report-choose = اختر…
report-severity = الخطورة
report-phase = مرحلة الانتخابات
report-phase-from-calendar = حسب الجدول الزمني (اليوم: { $phase })
report-phase-not-known = غير معروفة
report-affected-systems = الأنظمة المتأثرة
report-recipients = الجهات المستلمة (AMBER، AMBER+STRICT)
report-first-observed = أول رصد (UTC)
report-observables = المؤشرات، واحد في كل سطر: النوع والقيمة
report-observables-example = ipv4 198.51.100.7 · domain cec-results[.]example · url hxxps://cec-results[.]example/login
report-observables-kinds = الأنواع: ipv4، ipv6، domain، url، email، file_hash، account، text. تُقرأ القيم المعطّلة كما يُقصد بها.
report-who-may-see = من يحق له رؤيته (TLP 2.0)
report-people = أشخاص، بالبريد الإلكتروني (RED)
report-people-example = duty@cert.example، …
report-observers = المشاركة مع المراقبين (GREEN وAMBER فقط)
report-submit = إبلاغ
reshare-title = المشاركة
reshare-tlp = TLP
reshare-people = أشخاص، بالبريد الإلكتروني (RED)، تفصل بينهم فواصل
reshare-observers = المشاركة مع المراقبين
reshare-confirm = هل تريد تغيير من يحق له رؤية هذا العنصر ({ $item })؟ يُسجَّل التغيير في سجل التدقيق.
reshare-submit = تغيير المشاركة
item-noun-incident = حادث
item-noun-disinformation = ادعاء كاذب

dashboard-title = لوحة المتابعة
dashboard-live-off = التحديثات المباشرة متوقفة
dashboard-now = الآن
dashboard-no-phase = لا توجد مرحلة في الجدول الزمني تشمل اليوم.
dashboard-next = التالية: { $phase }، { $dates }
dashboard-polling-today = يوم الاقتراع هو اليوم
dashboard-days-to-polling = { $days ->
    [one] يوم حتى يوم الاقتراع
    [two] يومان حتى يوم الاقتراع
    [few] أيام حتى يوم الاقتراع
   *[other] يومًا حتى يوم الاقتراع
}
dashboard-as-of = حتى { $time }
dashboard-calendar = الجدول الزمني
dashboard-open-incidents = الحوادث المفتوحة
dashboard-open-awaiting = مفتوحة، { $awaiting } بانتظار تأكيد الاستلام
dashboard-by-severity = الحوادث المفتوحة حسب الخطورة
dashboard-by-kind = الحوادث المفتوحة حسب النوع
dashboard-more-kinds = { $count } أخرى من أنواع أخرى
dashboard-top-risks = أهم المخاطر
dashboard-heat = خريطة حرارية لنتائج المخاطر المشتركة
dashboard-disagree = خلاف بين الجهات
dashboard-no-risk = لم يُقيَّم أي خطر بعد.
dashboard-overdue = تدابير متأخرة
dashboard-none-overdue = لا شيء متأخر.
dashboard-owner-due = { $owner }، الموعد { $due }
dashboard-more-overdue = { $count } أخرى متأخرة
dashboard-to-approve = تقارير بانتظار الموافقة
dashboard-more-to-approve = { $count } أخرى بانتظار الموافقة
dashboard-reachable = يمكن الوصول إليهم الآن
dashboard-nobody-reachable = لا تجيب الآن أي جهة اتصال للطوارئ يمكنك رؤيتها.
dashboard-more-reachable = { $count } آخرون يمكن الوصول إليهم الآن

sheet-reachable-now-only = لا يقبل reachable إلا قيمة واحدة: now.
sheet-title-all = قائمة جهات الاتصال في حالات الطوارئ: كل الجهات
sheet-title-reachable = يمكن الوصول إليهم الآن: جهات اتصال الطوارئ التي تجيب في هذه الساعة
sheet-title-of = قائمة جهات الاتصال في حالات الطوارئ: { $forum }
sheet-title-reachable-of = يمكن الوصول إليهم الآن: { $forum }
sheet-reachable-at = جهات اتصال الطوارئ التي تجيب في { $time }، حسب توفرها والجدول الزمني الانتخابي.
sheet-whole = القائمة كاملة
sheet-printed = طُبعت في { $date }.
sheet-oob = تعمل القنوات البديلة دون بريد إلكتروني أو إنترنت.
sheet-stale = لم يُتحقق من جهات الاتصال المعلَّمة بالأحمر منذ 90 يومًا.
sheet-members-of = أعضاء
sheet-all = كل الجهات
sheet-show = عرض
sheet-print = طباعة
sheet-members-only = لا تُشارك جهات الاتصال إلا بين الجهات المشاركة.
sheet-no-contact = لا توجد جهة اتصال مسجلة.
sheet-col-contact = جهة الاتصال
sheet-col-available = التوفر
sheet-col-verified = التحقق

organisation-id = المعرّف
organisation-kind = النوع
organisation-level = المستوى
organisation-sector = القطاع
organisation-part-of = تابعة لـ
organisation-mandate = الولاية
organisation-not-recorded = غير مسجلة
organisation-forums = الهيئات المشتركة
organisation-none = لا شيء
organisation-edit = تعديل الجهة
organisation-findings = ما يجده التحليل
organisation-findings-none = لا يجد التحليل شيئًا بشأن { $name } أو جهات اتصالها.
organisation-findings-some = { $count ->
    [one] يجد التحليل أمرًا واحدًا يجب إصلاحه بشأن { $name } أو جهات اتصالها.
    [two] يجد التحليل أمرين يجب إصلاحهما بشأن { $name } أو جهات اتصالها.
    [few] يجد التحليل { $count } أمور يجب إصلاحها بشأن { $name } أو جهات اتصالها.
   *[other] يجد التحليل { $count } أمرًا يجب إصلاحه بشأن { $name } أو جهات اتصالها.
}
organisation-see-analysis = التحليل كاملًا
organisation-contacts = جهات الاتصال
organisation-add-contact = إضافة جهة اتصال
organisation-no-contact = لا توجد جهة اتصال مسجلة.

forum-chair = الرئاسة
forum-chair-nobody = لا أحد
forum-meets = يجتمع
forum-active-in = نشط في
forum-purpose = الغرض
forum-contact-sheet = قائمة جهات اتصال الأعضاء
forum-edit = تعديل الهيئة
forum-members = الأعضاء
forum-members-incomplete = قد لا تسمّي القائمة كل الأعضاء.
forum-members-change = تغيير الأعضاء
forum-members-choose = الأعضاء
forum-members-save = حفظ الأعضاء
forum-members-too-many = لا يتجاوز عدد أعضاء المنتدى { $count } عضو.
forum-meetings = الاجتماعات
forum-dates-in-model = التواريخ المقررة في النموذج:
forum-add-meeting = إضافة اجتماع
forum-no-meeting = لم يُسجَّل أي اجتماع هنا بعد.
forum-col-date = التاريخ
forum-col-meeting = الاجتماع
forum-col-open-actions = إجراءات مفتوحة
forum-minutes-members-only = لا تُشارك جداول الأعمال والمحاضر إلا بين الجهات المشاركة.
