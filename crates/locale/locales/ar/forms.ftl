# عمليات التحقق المشتركة بين كل النماذج، وما تقوله المنصة حين يتعذر إجراء تغيير.

form-version-not-number = يجب أن يكون «version» عددًا صحيحًا: أعد تحميل الصفحة.
form-field-too-long = «{ $field }» أطول من { $max } حرفًا.
form-field-empty = لا يمكن أن يكون «{ $field }» فارغًا.
form-too-large = النموذج كبير جدًا.
error-changed = غيّر شخص آخر هذا بعد أن فتحته. أعد تحميل الصفحة لترى تغييره، ثم أجرِ تغييرك مرة أخرى.
error-already-exists = هذا موجود بالفعل.

error-not-found = غير موجود
error-not-found-text = لا يوجد شيء هنا، أو لا يحق لك رؤيته.
error-forbidden = غير مسموح
error-forbidden-text = لا يسمح دورك بذلك. اطلبه من مدير جهتك إن كنت تحتاج إليه.
error-bad-request = لم ينجح ذلك
error-conflict = غيّره شخص آخر
error-unavailable = غير متاح مؤقتًا
error-unavailable-text = تعذّر الوصول إلى قاعدة البيانات. حاول مرة أخرى بعد لحظة.
error-internal = حدث خطأ ما
error-internal-text = فشل الطلب من جهتنا.
error-reference = مرجع للمدير:
error-back-home = العودة إلى الصفحة الرئيسية

matrix-title = مصفوفة المسؤوليات
matrix-assets = الأصول
matrix-every-kind-in-use = كل الأنواع المستخدمة
matrix-show = عرض
matrix-summary = { $gaps ->
    [zero] لا توجد خانة بلا جهة مساءَلة
    [one] خانة واحدة بلا جهة مساءَلة
    [two] خانتان بلا جهة مساءَلة
    [few] { $gaps } خانات بلا جهة مساءَلة
   *[other] { $gaps } خانة بلا جهة مساءَلة
}، { $overlaps ->
    [zero] ولا خانة فيها أكثر من جهة.
    [one] وخانة واحدة فيها أكثر من جهة.
    [two] وخانتان فيهما أكثر من جهة.
    [few] و{ $overlaps } خانات فيها أكثر من جهة.
   *[other] و{ $overlaps } خانة فيها أكثر من جهة.
}
matrix-legend = مفتاح الرموز
matrix-legend-accountable = مساءَل
matrix-legend-responsible = منفِّذ
matrix-legend-gap = ثغرة: نظام لا يُساءَل عنه أحد
matrix-legend-overlap = تداخل: نظام يُساءَل عنه أكثر من جهة
matrix-legend-na = لا شيء مستخدم يمكن أن يبلغه التهديد
matrix-caption = التهديدات حسب مراحل الدورة الانتخابية
matrix-threat = التهديد
matrix-phase = المرحلة
matrix-cell = { $threat } في مرحلة «{ $phase }»
matrix-not-in-use = غير مستخدم
matrix-gap-for = لا أحد مساءَل عن { $systems }
matrix-overlap-for = أكثر من جهة مساءَلة عن { $systems }
matrix-accountable-title = { $organisation } مساءَلة
matrix-responsible-title = { $organisation } منفِّذة
matrix-assign = إسناد: { $cell }
matrix-add-row = إضافة سطر
matrix-organisation = الجهة
matrix-role = الدور
matrix-every-threat = كل التهديدات
matrix-every-phase = كل المراحل
matrix-every-kind = كل الأنواع
matrix-asset-kind = نوع الأصل
matrix-add = إضافة
matrix-rows = الأسطر
matrix-threats = التهديدات
matrix-phases = المراحل
matrix-asset-kinds = أنواع الأصول
matrix-within = النطاق
matrix-actions = الإجراءات
matrix-edit = تعديل
matrix-remove = حذف
matrix-remove-confirm = هل تريد حذف هذا السطر؟

hygiene-title = النظافة السيبرانية
hygiene-heading = التقييم الذاتي للنظافة السيبرانية
hygiene-intro = أوجه القصور الستة التي تستغلها الهجمات العامة، كما تعددها الدراسة. تجيب كل جهة — بما فيها الأحزاب والموردون — عن نفسها، كلما شاءت؛ ويُحفظ السجل. أنت تختار من يحق له مقارنة نتيجتك.
hygiene-today = { $organisation } اليوم
hygiene-shared-with = من يحق له مقارنة النتيجة
hygiene-share-own = { $organisation } فقط
hygiene-share-coordinators = المنسقون
hygiene-share-members = كل الجهات الأعضاء
hygiene-notes = ملاحظات (لا تراها إلا جهتك)
hygiene-record = تسجيل
hygiene-key = الإجابات في الجداول:
hygiene-over-time = عبر الزمن
hygiene-across = بين الجهات
hygiene-col-when = التاريخ
hygiene-col-score = النتيجة
hygiene-col-change = التغير
hygiene-col-organisation = الجهة
hygiene-col-assessed = تاريخ التقييم
hygiene-none-shared = لا توجد جهة تشاركك نتيجتها بعد.
hygiene-without-result = لم تُشارك معك نتيجة بعد ({ $count }): { $names }.
hygiene-unanswered = أجب عن كل جانب؛ «{ $aspect }» بلا إجابة.
hygiene-aspect-training = المستخدمون مدرَّبون ويعرفون كيف يحافظون على سلامة الأنظمة وأمنها على الإنترنت.
    .short = التدريب
hygiene-aspect-maintenance = التكنولوجيا محدَّثة؛ والاختبار والصيانة منتظمان.
    .short = الصيانة
hygiene-aspect-procedures = الإجراءات ومبادئ الأمن تواكب التهديدات الجديدة.
    .short = الإجراءات
hygiene-aspect-separation = الأنظمة الداخلية مفصولة عن الأنظمة المتصلة بالإنترنت.
    .short = الفصل
hygiene-aspect-screening = الموظفون الذين يصلون إلى الأنظمة السرية يخضعون للتدقيق وتُراقَب صلاحياتهم.
    .short = تدقيق الموظفين
hygiene-aspect-proportionate-defence = الدفاعات متناسبة مع مهاجم مصمِّم وذي موارد.
    .short = دفاع متناسب
hygiene-level-0 = غير موجود
    .meaning = لم يُفعل شيء بعد.
hygiene-level-1 = بدأ
    .meaning = اتُّخذت بعض الخطوات، ليس بعد للجميع أو لكل شيء.
hygiene-level-2 = في معظمه
    .meaning = قائم لمعظم الأشخاص والأنظمة؛ والثغرات معروفة.
hygiene-level-3 = قائم
    .meaning = قائم في كل مكان، مكتوب ومُتحقَّق منه.

accounts-title = الحسابات
accounts-heading-of = حسابات { $organisation }
accounts-tokens = رموز API
accounts-webhooks = خطافات الويب
accounts-send-link = أرسل هذا الرابط إلى الشخص المدعو. يعمل مرة واحدة لمدة سبعة أيام، ولا يُعرض إلا الآن:
accounts-col-account = الحساب
accounts-col-organisation = الجهة
accounts-col-role = الدور
accounts-col-second-factor = العامل الثاني
accounts-col-state = الحالة
accounts-col-actions = الإجراءات
accounts-on = مفعّل
accounts-off = غير مفعّل
accounts-disabled = معطَّل
accounts-locked = مقفل
accounts-active = نشط
accounts-enable = تفعيل
accounts-disable = تعطيل
accounts-pending = دعوات لم تُقبل بعد
accounts-pending-none = قُبلت كل الدعوات أو سُحبت أو انتهت صلاحيتها.
accounts-col-invited = المدعو
accounts-col-invited-by = دعاه
accounts-col-sent = أُرسلت
accounts-col-expires = تنتهي
accounts-revoke = سحب
accounts-revoke-confirm = هل تريد سحب دعوة { $email }؟ لن يعمل رابطها بعد ذلك.
accounts-invite = دعوة شخص
accounts-email = البريد الإلكتروني
accounts-no-organisation = لا جهة (لمديري المنصة فقط)
accounts-create-link = إنشاء رابط دعوة
accounts-the-platform = المنصة
accounts-not-an-address = هذا ليس عنوان بريد إلكتروني.
accounts-role-not-yours = لا يحق لك منح هذا الدور.
accounts-unknown-organisation = «{ $organisation }» ليست جهة في النموذج.
accounts-choose-organisation = اختر الجهة التي ينتمي إليها الحساب.
accounts-already-has = لدى { $email } حساب بالفعل.
accounts-not-yourself = لا يمكنك تعطيل حسابك.

risks-title = سجل المخاطر
risks-heading = السجل المشترك للمخاطر
risks-heading-of = السجل المشترك للمخاطر: { $election }
risks-intro = كل خطر هو تهديد لعنصر من تكنولوجيا الانتخابات في مرحلة ما. تقدم كل جهة تقييمها على المقاييس الموثقة من 1 إلى 5؛ ويعرض السجل الرأي المشترك (الوسيط) ومواضع الخلاف بين الجهات.
risks-intro-scales = المقاييس.
risks-measures = التدابير
risks-csv = تنزيل بصيغة CSV
risks-seed = إضافة المخاطر التي يقترحها الفهرس
risks-heat-title = خريطة حرارية: { $count } خطرًا مُقيَّمًا حسب الاحتمال المشترك (أفقيًا) والأثر (عموديًا)
risks-heat-show = { $cell }: عرضها
risks-axis-likelihood = الاحتمال ←
risks-axis-impact = الأثر ←
risks-heat-caption = قُيِّم { $assessed } من { $total } خطرًا؛ وتختلف الجهات على { $disagreements }.
risks-cell-shown = المخاطر ذات الاحتمال المشترك { $likelihood } والأثر { $impact }، كما تعدّها هذه الخانة من الخريطة الحرارية.
risks-show-every = عرض كل المخاطر.
risks-threat = التهديد
risks-phase = المرحلة
risks-status = الحالة
risks-any = الكل
risks-sort = الترتيب حسب
risks-sort-score = النتيجة المشتركة
risks-sort-number = المرجع
risks-sort-review = المراجعة القادمة
risks-only-disagree = فقط حيث تختلف الجهات
risks-show = عرض
risks-shown = المخاطر من { $from } إلى { $to } من أصل { $total }.
risks-col-risk = الخطر
risks-col-owner = المسؤول
risks-col-joint = النتيجة المشتركة
risks-col-residual = المتبقي
risks-col-last-election = الانتخابات السابقة
risks-col-each = نتيجة كل جهة
risks-col-review = المراجعة القادمة
risks-threat-on = { $threat } على { $asset }
risks-not-assessed = غير مُقيَّم
risks-disagree = خلاف
risks-disagree-title = تختلف نتائج الجهات بدرجتين أو أكثر
risks-empty = السجل فارغ.
risks-empty-seed = السجل فارغ: ابدأ بإضافة المخاطر التي يقترحها الفهرس.
risks-pages = صفحات السجل
risks-previous = → السابقة
risks-next = التالية ←
risks-page-not-number = يجب أن تكون الصفحة عددًا صحيحًا ابتداءً من 1.
risks-scales = المقاييس
risks-scales-text = النتيجة = الاحتمال × الأثر، من 1 إلى 25: منخفض 1–4، متوسط 5–9، مرتفع 10–14، حرج 15–25. تختلف الجهات حين تتباعد نتائجها بدرجتين أو أكثر، أو يختلف احتمالها أو أثرها بخطوتين أو أكثر.
