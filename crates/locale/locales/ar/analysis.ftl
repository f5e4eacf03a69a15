
finding-concerns = يتعلق بـ:
finding-not-allowed = (لا يسمح حسابك بهذا التغيير)
finding-rule = لماذا يهم: القاعدة
rules-title = قواعد التحليل
rules-intro = يقرأ التحليل النموذج المشترك ويبيّن مواضع الثغرات في التعاون. تصدر كل نتيجة عن إحدى القواعد أدناه؛ وخطورتها في العادة هي المذكورة هنا، وتبيّن النتيجة نفسها متى تكون أعلى أو أدنى. تكون الجهة فاعلة حين تكون منفِّذة أو مساءَلة في سطر واحد على الأقل من مصفوفة المسؤوليات. وتكون جهة الاتصال قديمة حين لا يؤكدها أحد لأكثر من { $days } يومًا.
rules-nav = القواعد
rules-severity = { $severity ->
    [info] معلومة
    [low] منخفضة
    [medium] متوسطة
    [high] مرتفعة
   *[critical] حرجة
}
rules-why = لماذا يهم.
rules-what = ما العمل.
severity-info = معلومة
severity-low = منخفضة
severity-medium = متوسطة
severity-high = مرتفعة
severity-critical = حرجة
analysis-partial = يشمل هذا التحليل ما يُشارَك مع المراقبين؛ وتُستبعد جهات الاتصال والاتفاقات غير العلنية.
analysis-heading = التحليل: { $jurisdiction }
analysis-as-of = حتى { $date }.
analysis-findings = النتائج
analysis-counts-top = { $critical } حرجة، { $high } مرتفعة، { $medium } متوسطة،
analysis-counts-rest = { $low } منخفضة، { $info } للعلم.
analysis-each-links = ترتبط كل نتيجة بما تتعلق به وبالمكان الذي تُصلح فيه.
analysis-collaboration = التعاون
analysis-level = المستوى { $rung } من 7: { $label }.
analysis-next-level = يتطلب المستوى { $rung } ({ $label }): { $missing }.
analysis-col-area = مجال التركيز
analysis-col-shown = قائم
analysis-col-evidence = الأدلة أو ما ينقص
analysis-yes = نعم
analysis-no = لا
analysis-approach = النهج:
analysis-horizontal = أفقي: { $evidence }
analysis-vertical = عمودي: { $evidence }
analysis-ci = البنية التحتية الحيوية:
analysis-ci-status = { $status }؛ الجاهزية { $readiness }.
analysis-recommendations = التوصيات العشر
analysis-col-number = الرقم
analysis-col-recommendation = التوصية
analysis-col-evidence-only = الأدلة
analysis-similar = أقرب البلدان المرجعية
analysis-similarity = التشابه { $score }
analysis-they-have = لديهم: { $what }
analysis-rules-hint = كل منها مع سبب أهميتها وما يجب فعله.
analysis-json = التقرير نفسه بصيغة JSON.
analysis-recommendation = التوصية { $number }
fix-make-accountable = جعل جهة مساءَلة في المصفوفة
fix-keep-one-accountable = إبقاء جهة مساءَلة واحدة: تعديل أسطر المصفوفة
fix-make-capable-responsible = جعل جهة تملك القدرة منفِّذة
fix-record-capabilities = تسجيل قدرات { $name }
fix-record-matrix = تسجيل المصفوفة
fix-add-asset = إضافة عنصر من تكنولوجيا الانتخابات
fix-add-emergency-contact = إضافة جهة اتصال للطوارئ لدى { $name }
fix-add-deputy = إضافة مكتب مناوبة أو نائب لدى { $name }
fix-check-contact = التحقق من { $name } وتأكيد أنها لا تزال صحيحة
fix-edit-contact = تعديل { $name }
fix-add-oob-channel = إضافة خط أرضي أو خط آمن أو لاسلكي إلى { $name }
fix-add-oob-contact = إضافة جهة اتصال لدى { $name } بقناة بديلة
fix-record-contact = تسجيل جهة اتصال
fix-add-to-forum = إضافة { $name } إلى هيئة مشتركة
fix-schedule-meeting = تحديد اجتماع خلال الفترة الانتخابية
fix-record-forum-schedule = تسجيل مواعيد اجتماع الهيئة
fix-record-boundaries = تسجيل اتفاق يحدد حدود تدخلها
fix-edit-agreement = تعديل الاتفاق
fix-add-organisation = إضافة الجهة
fix-give-parent = إلحاق { $name } بجهة أعلى في الإدارة الانتخابية
fix-bring-into-forum = ضمها إلى هيئة مشتركة مع الهيئة الانتخابية وفريق الاستجابة
fix-record-activity = تسجيل نشاط مشترك
fix-record-ci-status = تسجيل وضع الانتخابات
fix-see-readiness = عرض فحوص الجاهزية
fix-see-missing = عرض ما ينقص

network-title = شبكة الجهات
network-intro = من يرتبط بمن: الإدارة الانتخابية (يسارًا) عبر تسلسلها الهرمي، والهيئات المشتركة والاتفاقات (في الوسط)، وصولًا إلى الهيئات العامة الأخرى والشركاء (يمينًا). هذه هي الروابط التي يتبعها التحليل لاكتشاف المكاتب المعزولة عن المركز. اختر عقدة لفتح صفحتها.
network-kind = نوع الجهة
network-threat = التهديد الذي تُسأل عنه
network-show-everyone = عرض الجميع
network-count = { $organisations } جهة، و{ $forums } هيئة مشتركة، و{ $agreements } اتفاقًا.
network-count-threat = المعروضة: الجهات التي تجعلها المصفوفة مساءَلة أو منفِّذة بشأن: { $threat }.
network-legend-organisation = جهة
network-legend-forum = هيئة مشتركة
network-legend-agreement = اتفاق
network-legend-threat = تهديد
network-legend-part-of = تابعة لـ
network-legend-sits-in = عضو في
network-legend-party-to = طرف في
network-legend-cut-off = معزولة (التحليل)
network-legend-findings = لها نتائج
network-zoom-in = تكبير
network-zoom-out = تصغير
network-fit = ملاءمة
network-graph = رسم بياني للجهات والهيئات والاتفاقات المدرجة أدناه
network-cut-off = معزولة عن المركز:
network-no-path = لا مسار عبر التسلسل الهرمي أو الهيئات أو الاتفاقات إلى الهيئة الانتخابية المركزية أو فريق الاستجابة
network-none-cut-off = لا يوجد مكتب معروض هنا معزول عن المركز.
network-findings-by-org = النتائج حسب الجهة:
network-list = الشبكة في شكل قائمة
network-col-sits-in = عضو في
network-col-party-to = طرف في
network-cut-off-tag = معزولة
network-none = لا تطابق أي جهة.

## Lists and sentences inside the analysis's sentences
list-separator = {"، "}
list-and = { $init } و{ $last }
list-and-more = { $listed } و{ $count } غيرها
sentence-separator = {"؛ "}

## The analysis page: the model's size, the matrix, statuses
analysis-count-organisations = { $count ->
    [zero] لا منظمات
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $count } منظمات
   *[other] { $count } منظمة
}
analysis-count-contacts = { $count ->
    [zero] لا جهات اتصال
    [one] جهة اتصال واحدة
    [two] جهتا اتصال
    [few] { $count } جهات اتصال
   *[other] { $count } جهة اتصال
}
analysis-count-forums = { $count ->
    [zero] لا منتديات
    [one] منتدى واحد
    [two] منتديان
    [few] { $count } منتديات
   *[other] { $count } منتدى
}
analysis-count-agreements = { $count ->
    [zero] لا اتفاقات
    [one] اتفاق واحد
    [two] اتفاقان
    [few] { $count } اتفاقات
   *[other] { $count } اتفاقًا
}
analysis-count-assets = { $count ->
    [zero] لا أصول
    [one] أصل واحد
    [two] أصلان
    [few] { $count } أصول
   *[other] { $count } أصلًا
}
analysis-count-responsibilities = { $count ->
    [zero] لا صفوف مسؤولية
    [one] صف مسؤولية واحد
    [two] صفّا مسؤولية
    [few] { $count } صفوف مسؤولية
   *[other] { $count } صف مسؤولية
}
analysis-count-activities = { $count ->
    [zero] لا أنشطة
    [one] نشاط واحد
    [two] نشاطان
    [few] { $count } أنشطة
   *[other] { $count } نشاطًا
}
analysis-unrecorded-organisations = المنظمات غير مسجلة
analysis-unrecorded-contacts = جهات الاتصال غير مسجلة
analysis-unrecorded-forums = المنتديات غير مسجلة
analysis-unrecorded-agreements = الاتفاقات غير مسجلة
analysis-unrecorded-assets = الأصول غير مسجلة
analysis-unrecorded-responsibilities = صفوف المسؤولية غير مسجلة
analysis-unrecorded-activities = الأنشطة غير مسجلة
analysis-matrix-cells = مصفوفة المسؤوليات: { $cells } خلية، منها { $gaps } بلا منظمة مساءَلة و{ $overlaps } بأكثر من منظمة.
analysis-approach-horizontal = أفقي
analysis-approach-vertical = رأسي
analysis-approach-mixed = مختلط
analysis-approach-undetermined = غير محدد
analysis-unknown = غير معروف
analysis-readiness-ready = جاهزة
analysis-readiness-partly = جاهزة جزئيًا
analysis-readiness-not-ready = غير جاهزة
analysis-readiness-not-applicable = لا ينطبق
analysis-check = { $check } ({ $met }): { $evidence }
analysis-check-met = مستوفى
analysis-check-not-met = غير مستوفى
analysis-status-met = مستوفاة
analysis-status-partly = مستوفاة جزئيًا
analysis-status-not-met = غير مستوفاة

## The check report (liaison check)
check-title = فحص Liaison: { $jurisdiction }
check-as-of = بتاريخ { $date }
check-col-severity = الخطورة
check-col-finding = الملاحظة
check-col-remedy = ما العمل
check-col-id = المعرّف
check-col-status = الحالة
check-not-shown = غير ظاهر
check-more = (+{ $count } أخرى)
check-approach-signs = { $approach } ({ $horizontal } مؤشرات أفقية و{ $vertical } مؤشرات رأسية)
check-footer = أعدّه Liaison انطلاقًا من نموذج التعاون. الملاحظات ومجالات التركيز والنضج مستنتجة من بنية النموذج؛ والقواعد موصوفة في docs/ANALYSIS.md.

## liaison diff: ما تغيّر بين نموذجين

changes-title = التغييرات من { $old } إلى { $new }
changes-none = النموذجان متطابقان، وكذلك تحليلهما.
changes-section = { $section ->
    [organisations] الجهات
    [contacts] جهات الاتصال
    [forums] الهيئات المشتركة
    [agreements] الاتفاقات
    [assets] التقنيات
    [activities] الأنشطة المشتركة
   *[escalation_protocols] بروتوكولات التصعيد
}: { $changes }
changes-added = أُضيف { $count } ({ $ids })
changes-removed = حُذف { $count } ({ $ids })
changes-changed = عُدّل { $count } ({ $ids })
changes-now-known = أصبح معروفًا (كان غير معروف)
changes-now-unknown = أصبح غير معروف (كان معروفًا)
changes-matrix = { $count ->
    [zero] مصفوفة المسؤوليات: لم تتغير الجهات المسؤولة في أي خانة
    [one] مصفوفة المسؤوليات: تغيّرت الجهات المسؤولة في خانة واحدة
    [two] مصفوفة المسؤوليات: تغيّرت الجهات المسؤولة في خانتين
    [few] مصفوفة المسؤوليات: تغيّرت الجهات المسؤولة في { $count } خانات
    [many] مصفوفة المسؤوليات: تغيّرت الجهات المسؤولة في { $count } خانةً
   *[other] مصفوفة المسؤوليات: تغيّرت الجهات المسؤولة في { $count } خانة
}
changes-cell = { $threat } في مرحلة { $phase }: { $before } ← { $after }
changes-nobody = لا أحد
changes-model = النموذج
changes-analysis = التحليل
changes-maturity = مستوى التعاون: { $before } ← { $after }
changes-approach = النهج: { $before } ← { $after }
changes-focus-gained = مجالات التركيز الظاهرة الآن: { $areas }
changes-focus-lost = مجالات التركيز التي لم تعد ظاهرة: { $areas }
changes-new-findings = نتائج جديدة ({ $count }):
changes-resolved-findings = نتائج عولجت ({ $count }):
