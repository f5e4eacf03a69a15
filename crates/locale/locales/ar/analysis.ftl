
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
