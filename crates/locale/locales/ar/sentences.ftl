# The analysis's sentences, translated from en/sentences.ftl.

phrase-every-phase = كل المراحل
phrase-one-phase = مرحلة { $phase }
phrase-phases = المراحل { $phases }
phrase-phase-name = «{ $phase }»
phrase-participants-unknown = المشاركون غير مسجلين
finding-matrix-unknown = لا يسجل النموذج مصفوفة المسؤوليات ('responsibilities: unknown').
finding-assets-unknown = لا يسجل النموذج سجل الأصول ('assets: unknown')، فخانات مصفوفة المسؤوليات غير معروفة.
finding-assets-empty = سجل الأصول فارغ: لا توجد أي تقنية انتخابية مسجلة.
finding-contacts-unknown = لا يسجل النموذج دليل جهات الاتصال ('contacts: unknown').
finding-critical-infrastructure-unknown = لم يُسجَّل ما إذا كانت الانتخابات مصنفة بنية تحتية حيوية.
finding-gap = لا توجد منظمة مساءَلة عن { $threat } على { $asset_kind } ({ $assets }) في { $phases }.
finding-overlap-two = { $organisations } مساءَلتان كلتاهما عن { $threats } على { $asset_kinds } ({ $assets }) في { $phases }.
finding-overlap-many = { $organisations } مساءَلة جميعها عن { $threats } على { $asset_kinds } ({ $assets }) في { $phases }.
finding-mismatch-one-lacks-one = بالنسبة إلى { $threat } على { $asset_kinds } ({ $assets })، فإن المنظمة الوحيدة التي تتصرف، { $organisation }، لا تملك قدرة «{ $capability }».
finding-mismatch-one-lacks-all = بالنسبة إلى { $threat } على { $asset_kinds } ({ $assets })، فإن المنظمة الوحيدة التي تتصرف، { $organisation }، لا تملك أيًا من هذه القدرات: { $capabilities }.
finding-mismatch-none-has-one = بالنسبة إلى { $threat } على { $asset_kinds } ({ $assets })، لا تملك أي من المنظمات التي تتصرف ({ $organisations }) قدرة «{ $capability }».
finding-mismatch-none-has-any = بالنسبة إلى { $threat } على { $asset_kinds } ({ $assets })، لا تملك أي من المنظمات التي تتصرف ({ $organisations }) أيًا من هذه القدرات: { $capabilities }.
finding-mismatch-many-none-has-one = بالنسبة إلى { $threat } على { $asset_kinds } ({ $assets })، لا تملك أي من المنظمات الـ{ $count } التي تتصرف (ومنها { $organisations }) قدرة «{ $capability }».
finding-mismatch-many-none-has-any = بالنسبة إلى { $threat } على { $asset_kinds } ({ $assets })، لا تملك أي من المنظمات الـ{ $count } التي تتصرف (ومنها { $organisations }) أيًا من هذه القدرات: { $capabilities }.
finding-no-contact-at-all = لـ{ $organisation } دور في الاستجابة لكن ليست لها أي جهة اتصال.
finding-emergency-hours-unknown = لـ{ $organisation } دور في الاستجابة، وساعات عمل جهة اتصالها للطوارئ غير مسجلة، فقد لا تجيب على مدار الساعة.
finding-no-emergency-contact = لـ{ $organisation } دور في الاستجابة لكن ليست لها جهة اتصال للطوارئ تجيب على مدار الساعة.
finding-no-out-of-band = لـ{ $organisation } دور في الاستجابة، لكن لا يمكن الوصول إلى كل جهات اتصالها إلا عبر البريد الإلكتروني أو الهاتف المحمول أو المراسلة.
finding-single-person = جهة الاتصال الوحيدة لـ{ $organisation } شخص واحد: { $contact }.
finding-never-verified = لم يُتحقق قط من جهة الاتصال { $contact } التابعة لـ{ $organisation }.
finding-verification-unknown = لم يُسجَّل متى جرى التحقق آخر مرة من جهة الاتصال { $contact } التابعة لـ{ $organisation }.
finding-stale = جرى التحقق آخر مرة من جهة الاتصال { $contact } التابعة لـ{ $organisation } في { $date }، قبل { $days ->
    [few] { $days } أيام
   *[other] { $days } يومًا
} (والحد { $limit })
finding-not-in-a-forum = لـ{ $organisation } دور في الاستجابة لكنها لا تشارك في أي منتدى.
finding-forum-outside-election = المنتدى { $forum } نشط فقط في { $phases }، ولا ينشط أبدًا بين الحملة ونشر النتائج.
finding-forum-ad-hoc-in-period = يجتمع المنتدى { $forum } عند الحاجة وليس له أي اجتماع مقرر في الفترة الانتخابية (من { $from } إلى { $to }).
finding-forum-ad-hoc = يجتمع المنتدى { $forum } عند الحاجة، دون أي اجتماع مقرر في الفترة الانتخابية.
finding-forum-too-rare = يجتمع المنتدى { $forum } بوتيرة «{ $cadence }»، لكن الفترة الانتخابية تدوم { $days ->
    [one] يومًا واحدًا
    [two] يومين
    [few] { $days } أيام
   *[other] { $days } يومًا
} (من { $from } إلى { $to }) ولا يوجد فيها أي اجتماع مقرر.
finding-forum-cadence-unknown = لم يُسجَّل كم مرة يجتمع المنتدى { $forum }، فلا يُعرف ما إذا كان يجتمع خلال الفترة الانتخابية.
finding-agreement-expired = انتهت صلاحية الاتفاق { $agreement } ({ $title }) في { $date }.
finding-agreement-not-public = الاتفاق { $agreement } بين { $election_body } و{ $security_body } ليس علنيًا.
finding-agreement-publicity-unknown = لم يُسجَّل ما إذا كان الاتفاق { $agreement } بين { $election_body } و{ $security_body } علنيًا.
finding-unbounded-no-agreement = تشارك { $organisation } ({ $kind }) في التعاون، لكنها ليست طرفًا في أي اتفاق.
finding-unbounded-agreements = تشارك { $organisation } ({ $kind }) في التعاون، لكن اتفاقاتها ({ $agreements }) لا تحدد حدود تدخلها.
finding-no-central-emb = لا يتضمن النموذج هيئة انتخابية على المستوى الوطني.
finding-no-national-cert = لا يتضمن النموذج فريقًا وطنيًا للاستجابة للطوارئ الحاسوبية ولا وكالة للأمن السيبراني.
finding-office-cut-from-emb = لا يملك المكتب الانتخابي { $office } أي طريق إلى الهيئة الانتخابية المركزية عبر الجهات الأعلى أو المنتديات أو الاتفاقات.
finding-office-cut-from-cert = لا يملك المكتب الانتخابي { $office } أي طريق إلى الفريق الوطني للاستجابة للطوارئ الحاسوبية عبر الجهات الأعلى أو المنتديات أو الاتفاقات.
finding-office-cut-from-both = لا يملك المكتب الانتخابي { $office } أي طريق إلى الهيئة الانتخابية المركزية ولا إلى الفريق الوطني للاستجابة للطوارئ الحاسوبية عبر الجهات الأعلى أو المنتديات أو الاتفاقات.
finding-next-level = التعاون في المستوى { $rung } من 7 ({ $level }). يحتاج المستوى { $next_rung } ({ $next_level }) إلى { $missing }.
finding-designated-but-lacks = الانتخابات مصنفة بنية تحتية حيوية، لكن النموذج يفتقر إلى: { $missing }.
finding-treated-as-but-lacks = تُعامَل الانتخابات بوصفها بنية تحتية حيوية، لكن النموذج يفتقر إلى: { $missing }.
finding-consider-designation = التعاون في المستوى { $rung } من 7 ({ $level }) والانتخابات غير مصنفة بنية تحتية حيوية؛ ويمكن لتصنيف أو لصك ملزم آخر أن يفرض التعاون.
finding-recommendation-unmet = التوصية { $number } ({ $title }): { $evidence }.
phrase-also = { $first }؛ { $second }
evidence-activity = { $kind } «{ $title }» ({ $participants })
evidence-directory = دليل اتصال فيه جهات اتصال للطوارئ على مدار الساعة لـ{ $count ->
    [few] { $count } منظمات
   *[other] { $count } منظمة
}، منها { $election_body } و{ $partner }
evidence-forum-brings-together = المنتدى { $forum } ({ $kind }) يجمع { $election_body } مع { $count } من الجهات الشريكة
evidence-forum-brings-one = المنتدى { $forum } ({ $kind }) يجمع { $election_body } مع جهة شريكة
evidence-matrix-names = أدوار متفق عليها في مصفوفة مسؤوليات تسمّي { $count ->
    [two] منظمتين
    [few] { $count } منظمات
   *[other] { $count } منظمة
}
evidence-with-platform-or-media = { $kind } «{ $title }» مع منصة أو وسيلة إعلام
evidence-sets-out-response = { $kind } «{ $title }» يحدد كيف تستجيب { $parties }
evidence-governs-from-above = { $kind } «{ $title }» ينظم التعاون من الأعلى
evidence-governs-and-designates = { $kind } «{ $title }» ينظم التعاون من الأعلى ويصنف الانتخابات بنية تحتية حيوية
evidence-negotiated = { $kind } «{ $title }» جرى التفاوض عليه بين { $parties }
evidence-designated = الانتخابات مصنفة بنية تحتية حيوية
evidence-forum-set-up-by-law = أُنشئ المنتدى { $forum } بموجب: { $kind } «{ $title }»
evidence-forum-set-up-by-agencies = أنشأت الجهات نفسها المنتدى { $forum } ({ $kind })، لا القانون
missing-risk-assessment = تقييم مشترك للمخاطر، أو تقارير عن الوضع، أو تبادل للمعلومات، أو رصد إعلامي بمشاركة منظمتين أو أكثر (نشاط من النوع joint_risk_assessment أو situation_reporting أو information_sharing أو media_monitoring)
missing-expertise = تدريب أو إرشاد أو انتداب أو أدوات مشتركة تقدمها منظمة لغيرها (نشاط من النوع training أو guidance أو secondment أو shared_tool)
missing-exercises = تمرين مكتبي أو محاكاة بمشاركة منظمتين أو أكثر (نشاط من النوع tabletop_exercise أو simulation_exercise)
missing-directory-unknown = دليل جهات الاتصال (غير مسجل في النموذج)
missing-emergency-contacts = جهات اتصال للطوارئ على مدار الساعة للهيئة الانتخابية المركزية ولجهة شريكة واحدة على الأقل
missing-forum = أو منتدى تلتقي فيه الهيئة الانتخابية المركزية الجهات الشريكة
missing-public-communication = تواصل عام منسق، أو توعية الناخبين، أو الرد على الشائعات بمشاركة منظمتين أو أكثر، أو مذكرة تفاهم أو بروتوكول مع منصة تواصل اجتماعي أو مع وسائل الإعلام
missing-response = استجابة مشتركة للحوادث، أو تخطيط للطوارئ، أو مساعدة تقنية، أو معالجة للشكاوى، أو بروتوكول أو مذكرة تفاهم سارية بين الإدارة الانتخابية وشريك بشأن الاستجابة للهجمات
missing-independent = اعتماد أو تدقيق أمني أو اختبار أمني تقوده جهة مستقلة عن الإدارة الانتخابية (نشاط من النوع certification أو security_audit أو security_testing لا تقوده الهيئة الانتخابية)
missing-independent-lead = التقييمات { $activities } لا تسجل جهة قيادة مستقلة
readiness-instrument = التصنيف مسجل في صك ملزم
readiness-technical-partner = فريق للاستجابة للطوارئ الحاسوبية أو وكالة للأمن السيبراني يتصدى للهجمات على التقنية الانتخابية
readiness-assessed = المعايير الدنيا تُقيَّم تقييمًا مستقلًا
readiness-cert-round-the-clock = للفريق الوطني للاستجابة للطوارئ الحاسوبية جهة اتصال للطوارئ على مدار الساعة
readiness-evidence-instrument = { $kind } «{ $title }»
readiness-no-designating-agreement = لا يوجد اتفاق يصنف الانتخابات بنية تحتية حيوية
readiness-acts-for = { $organisation } في دور «{ $role }» بالنسبة إلى { $threats }
evidence-matrix-not-recorded = مصفوفة المسؤوليات غير مسجلة
readiness-no-cyber-body-acts = لا يوجد فريق للاستجابة للطوارئ الحاسوبية ولا وكالة للأمن السيبراني منفِّذ أو مساءَل
readiness-assessment-recorded = يوجد اعتماد أو تدقيق أو اختبار مستقل مسجل
readiness-no-assessment-recorded = لا يوجد اعتماد أو تدقيق أو اختبار مستقل مسجل
readiness-cert-answers = { $organisation } تجيب عن حالات الطوارئ على مدار الساعة
evidence-directory-not-recorded = دليل جهات الاتصال غير مسجل
readiness-no-cert-round-the-clock = لا توجد جهة اتصال للطوارئ على مدار الساعة في فريق وطني للاستجابة للطوارئ الحاسوبية
recommendation-between-elections = { $count ->
    [one] صف مسؤولية واحد يغطي
    [two] صفّا مسؤولية يغطيان
    [few] { $count } صفوف مسؤولية تغطي
   *[other] { $count } صف مسؤولية يغطي
} مراحل بين الانتخابات (الإطار القانوني، والتخطيط، والتدقيق، والأرشفة)
recommendation-nothing-between-elections = لا توجد مسؤولية تغطي المراحل بين الانتخابات
recommendation-no-standing-forum = لا يوجد منتدى بوتيرة معروفة نشط في كل المراحل
recommendation-standing-forums = منتديات دائمة نشطة في كل المراحل: { $forums }
recommendation-assets-not-recorded = سجل الأصول غير مسجل
recommendation-key-processes-listed = { $count } من العمليات الأربع التي ترقمنها كل انتخابات موجودة في سجل الأصول
recommendation-key-processes-missing = { $count } من العمليات الأربع التي ترقمنها كل انتخابات موجودة في سجل الأصول (الناقص: { $missing })
recommendation-uncovered-cells = { $count ->
    [one] خانة واحدة
    [two] خانتان
    [few] { $count } خانات
   *[other] { $count } خانة
} من مصفوفة المسؤوليات بلا منظمة مساءَلة
recommendation-communication-shown = تواصل منظم بين الجهات: ظاهر
recommendation-communication-not-shown = تواصل منظم بين الجهات: غير ظاهر
recommendation-shared-picture-shown = تقييم مشترك للمخاطر ووعي بالوضع: ظاهران
recommendation-shared-picture-not-shown = تقييم مشترك للمخاطر ووعي بالوضع: غير ظاهرين
recommendation-disinformation-owned = توجد منظمة مساءَلة عن التضليل بشأن العملية الانتخابية
recommendation-disinformation-not-owned = لا أحد مساءَل عن التضليل بشأن العملية الانتخابية
recommendation-coordinated-shown = تواصل عام منسق: ظاهر
recommendation-coordinated-not-shown = تواصل عام منسق: غير ظاهر
recommendation-agreements-not-recorded = الاتفاقات غير مسجلة
recommendation-no-security-body = لا تشارك أي هيئة أمنية أو استخباراتية أو عسكرية
recommendation-security-unbounded = { $organisation }: لا يوجد اتفاق يحد تدخلها
recommendation-security-bounded-public = { $organisation }: محدودة باتفاق علني
recommendation-security-bounded-not-public = { $organisation }: محدودة، لكن ليس باتفاق معروف أنه علني
recommendation-international-partners = شركاء دوليون: { $organisations }
recommendation-international-exchange = يوجد تبادل دولي مسجل
recommendation-nothing-international = لا يوجد شريك أو تبادل دولي مسجل
recommendation-no-non-state = لا تشارك أي منظمة غير حكومية في منتدى أو اتفاق أو نشاط أو في المصفوفة
recommendation-non-state-kinds = تشارك منظمات غير حكومية من { $count ->
    [one] نوع واحد
    [two] نوعين
    [few] { $count } أنواع
   *[other] { $count } نوعًا
}: { $kinds }
recommendation-no-party = لا يوجد أي حزب سياسي في النموذج
recommendation-parties-trained = تشارك الأحزاب في تدريب أو إرشاد بشأن المخاطر السيبرانية
recommendation-parties-untrained = { $count ->
    [one] في النموذج حزب واحد، لكن لا يصله أي تدريب أو إرشاد
    [two] في النموذج حزبان، لكن لا يصلهما أي تدريب أو إرشاد
    [few] في النموذج { $count } أحزاب، لكن لا يصلها أي تدريب أو إرشاد
   *[other] في النموذج { $count } حزبًا، لكن لا يصلها أي تدريب أو إرشاد
}
recommendation-at-level = التعاون في المستوى { $rung } من 7
recommendation-organic = قطع التعاون التلقائي شوطًا بعيدًا دون دفعة رأسية
recommendation-pushed-from-above = تصنيف أو صكوك ملزمة تدفع التعاون من الأعلى
recommendation-designation-considered = تصنيف الانتخابات بنية تحتية حيوية قيد النظر
recommendation-nothing-pushes = التعاون ضعيف ولا شيء ملزم يدفعه من الأعلى
recommendation-observers-assess = يقيّم المراقبون التعاون بين الجهات
recommendation-observers-idle = يوجد مراقبون في النموذج، لكن لا توجد مراقبة مسجلة للتعاون
recommendation-no-observers = لا يوجد مراقبون في النموذج
similar-focus-areas = مجالات التركيز: { $areas }
similar-horizontal = نهج أفقي
similar-vertical = نهج رأسي
similar-mixed = نهج مختلط
similar-administration = إدارة { $administration }
similar-agencies = جهات: { $kinds }
similar-non-state = شركاء غير حكوميين: { $kinds }
similar-agreements = اتفاقات: { $kinds }
similar-designation = انتخابات مصنفة بنية تحتية حيوية
similar-forums = { $count ->
    [one] منتدى واحد
    [two] منتديان
    [few] { $count } منتديات
   *[other] { $count } منتدى
} (لديكم { $yours })
recommendation-1 = التعامل مع الأمن السيبراني للانتخابات بوصفه التزامًا طويل الأمد على امتداد الدورة الانتخابية كلها
recommendation-2 = الإقرار بأن الانتخابات قليلة الاعتماد على التقنية تواجه هي أيضًا مخاطر سيبرانية
recommendation-3 = جعل التعاون بين الجهات محور الصمود السيبراني
recommendation-4 = إدارة التصورات إلى جانب الهجمات الفعلية
recommendation-5 = إبقاء التعاون شفافًا ومحدودًا بوضوح
recommendation-6 = التعاون على الصعيد الدولي
recommendation-7 = تجاوز الحكومة: القطاع الخاص والأحزاب والأوساط الأكاديمية والمجتمع المدني والإعلام
recommendation-8 = توعية الأحزاب السياسية بالمخاطر السيبرانية
recommendation-9 = اللجوء إلى التصنيف بنية تحتية حيوية أو إلى تدابير رأسية أخرى حيث يغيب التعاون التلقائي
recommendation-10 = تمكين المراقبين من تقييم التعاون بين الجهات

# The nearest piece missing, and why the approach is what it is.
evidence-agrees-roles = { $kind } «{ $title }» يحدد أدوار { $parties }
missing-roles = أو اتفاق (قانون أو مرسوم أو مذكرة تفاهم أو بروتوكول أو اختصاصات) يحدد أدوار الهيئة الانتخابية المركزية وجهة شريكة
nearest-one-party = { $activity } لا يشمل إلا { $organisation }: مشاركة جهة ثانية تُظهر هذا المجال
nearest-forum-without-partner = المنتدى { $forum } يضم الهيئة الانتخابية المركزية دون أي جهة شريكة
nearest-forum-without-emb = المنتدى { $forum } يجمع جهات شريكة دون الهيئة الانتخابية المركزية
nearest-emb-contact-only = لدى { $election_body } جهة اتصال للطوارئ على مدار الساعة، لكن لا توجد لدى أي جهة شريكة
nearest-partner-contact-only = لدى { $partner } جهة اتصال للطوارئ على مدار الساعة، لكن لا توجد لدى الهيئة الانتخابية المركزية
nearest-not-in-force = { $kind } «{ $title }» يُظهر هذا المجال، لكنه ليس نافذاً
approach-none = لا يوجد منتدى أو اتفاق أو تصنيف كبنية تحتية حيوية يبيّن كيف تعمل الجهات معاً
approach-only-horizontal = كل العلامات أفقية: الجهات أنشأت التعاون بنفسها
approach-only-vertical = كل العلامات عمودية: التعاون قائم على صكوك ملزمة
approach-vertical-majority = العلامات العمودية ({ $vertical }) لا تقل عن ضعف العلامات الأفقية ({ $horizontal })
approach-horizontal-majority = العلامات الأفقية ({ $horizontal }) لا تقل عن ضعف العلامات العمودية ({ $vertical })
approach-mixed = علامات أفقية ({ $horizontal }) وعمودية ({ $vertical })، ولا يبلغ أي منهما ضعف الآخر: نهج مختلط
evidence-work-together = { $election_body } و{ $partner } يعملان معاً في { $count } أنشطة مشتركة
evidence-policy-from-above = { $kind } «{ $title }» ينظم التعاون بوصفه سياسة حكومية
evidence-unprompted-joint-work = { $count } من الأنشطة المشتركة لجهات الدولة لا تستند إلى أي صك: الجهات تعمل معاً بمبادرة منها
evidence-treated-as-critical = تُعامل الانتخابات كبنية تحتية حيوية دون تصنيف رسمي
evidence-forum-set-up-from-above = أنشأ { $organisation } المنتدى { $forum }، وهو قرار صادر من أعلى
