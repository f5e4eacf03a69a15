
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
