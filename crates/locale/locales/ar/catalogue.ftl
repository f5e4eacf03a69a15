# ترجمة ملف الكتالوج الإنجليزي: يجب أن تحتفظ بمفاتيحه نفسها تمامًا، دون زيادة أو نقصان.

## نوع النشاط
list-activity-kind = نوع النشاط
activity-kind-joint-risk-assessment = التقييم المشترك للمخاطر
    .description = تقيّم عدة جهات معًا المخاطر السيبرانية التي تهدد الانتخابات.
activity-kind-situation-reporting = تقارير الوضع
    .description = تقارير دورية عن الوضع تتبادلها الجهات فيما بينها.
activity-kind-information-sharing = تبادل المعلومات
    .description = ترتيب لتبادل المعلومات والمؤشرات المتعلقة بالتهديدات.
activity-kind-media-monitoring = رصد وسائل الإعلام ووسائل التواصل الاجتماعي
    .description = رصد منسق لوسائل الإعلام ووسائل التواصل الاجتماعي وغيرها من المصادر.
activity-kind-coordinated-communication = التواصل المنسق مع الجمهور
    .description = استراتيجية تواصل مشتركة أو رسائل متفق عليها أو بيانات مشتركة.
activity-kind-voter-information = حملة إعلام الناخبين
    .description = إعلام الناخبين بصورة مشتركة، بما في ذلك بالتعاون مع المنصات ووسائل الإعلام.
activity-kind-rumour-response = التصدي للشائعات
    .description = تتبع الشائعات المتعلقة بالعملية الانتخابية ونشر التصويبات.
activity-kind-incident-response = الاستجابة المشتركة للحوادث
    .description = جهات تستجيب معًا لحادث ما أو تبقى على أهبة الاستعداد لذلك.
activity-kind-contingency-planning = التخطيط للطوارئ
    .description = خطط مشتركة للطوارئ ولاستمرارية العمل خاصة بالانتخابات.
activity-kind-technical-assistance = المساعدة التقنية
    .description = تقدم جهة ما لجهة أخرى معدات أو استضافة أو حماية.
activity-kind-complaints-handling = معالجة الشكاوى
    .description = معالجة سريعة ومنسقة للشكاوى المتعلقة بالعملية الانتخابية.
activity-kind-training = التدريب
    .description = دورات تدريب أو توعية تقدمها جهة لجهات أخرى.
activity-kind-guidance = الأدلة الإرشادية
    .description = أدلة وقوائم تحقق وكتيبات إجراءات تُعَدّ لجهات أخرى.
activity-kind-secondment = الإعارة
    .description = موظفون يُعارون إلى جهة أخرى.
activity-kind-shared-tool = أداة مشتركة
    .description = أداة أو خدمة تتيحها جهة لتستخدمها جهات أخرى.
activity-kind-certification = الاعتماد
    .description = تشهد جهة مستقلة بأن الأنظمة تستوفي المتطلبات.
activity-kind-security-audit = التدقيق الأمني
    .description = تدقيق مستقل للأنظمة أو الإجراءات.
activity-kind-security-testing = الاختبارات الأمنية
    .description = اختبارات اختراق أو مراجعات للشيفرة البرمجية أو غيرها من الاختبارات المستقلة.
activity-kind-tabletop-exercise = تمرين نظري
    .description = استعراض لسيناريو ما يقوم على النقاش حول الطاولة.
activity-kind-simulation-exercise = تمرين محاكاة
    .description = محاكاة حية وشاملة لهجوم وللاستجابة له.
activity-kind-international-exchange = التبادل الدولي
    .description = تبادل المعارف أو المعلومات مع بلدان أخرى.
activity-kind-observation = مراقبة التعاون
    .description = يقيّم المراقبون التعاون بين الجهات وضماناته.

## نوع الخصم
list-adversary-kind = نوع الخصم
adversary-kind-foreign-state = دولة أجنبية
    .description = دولة أجنبية تسعى إلى التأثير في الانتخابات، ويعدّها كثيرون الخصم الرئيسي.
adversary-kind-domestic-political = فاعل سياسي محلي
    .description = حزب أو حملة أو ناشط سياسي من داخل البلد.
adversary-kind-hacktivist = قرصان ناشط
    .description = قراصنة يسعون إلى تحقيق أجندة سياسية أو اجتماعية، بما في ذلك التشكيك في تكنولوجيا الانتخابات.
adversary-kind-terrorist = إرهابي
    .description = إرهابيون يستخدمون العمليات السيبرانية.
adversary-kind-organised-crime = الجريمة المنظمة
    .description = الجريمة المنظمة التي تحاول التأثير في الانتخابات.
adversary-kind-cybercriminal = مجرم سيبراني
    .description = مجرمون يسعون وراء المال، مثل عصابات برمجيات الفدية.
adversary-kind-fame-seeker = باحث عن الشهرة
    .description = أفراد أو مجموعات يستعرضون مهاراتهم.
adversary-kind-insider = مطّلع من الداخل
    .description = شخص يملك صلاحية وصول مشروعة ويسيء استخدامها.
adversary-kind-careless-researcher = باحث متهوّر
    .description = قراصنة أخلاقيون أو من ذوي القبعات الرمادية ينشرون دون حذر أو بعد فوات أوان الإصلاح، أو يبالغون في تقدير الخطورة.

## نوع الاتفاق
list-agreement-kind = نوع الاتفاق
agreement-kind-law = قانون
    .description = قانون صادر عن البرلمان.
agreement-kind-decree = مرسوم أو لائحة
    .description = مرسوم أو لائحة أو أمر تنفيذي حكومي أو تصنيف رسمي.
agreement-kind-mou = مذكرة تفاهم
    .description = مذكرة تفاهم أو اتفاق تعاون بين جهات.
agreement-kind-protocol = بروتوكول
    .description = بروتوكول عملياتي: من يفعل ماذا، ومتى، وكيف تنتقل المعلومات.
agreement-kind-terms-of-reference = الاختصاصات
    .description = اختصاصات هيئة مشتركة أو فرقة عمل أو جهاز مشترك.
agreement-kind-contract = عقد
    .description = عقد، مثل العقد المبرم مع مورّد أو مقدم خدمة.
agreement-kind-guideline = مبدأ توجيهي أو معيار
    .description = توجيهات أو معايير أو سياسات تعتمدها جهة واحدة أو أكثر.
agreement-kind-strategy = استراتيجية أو خطة
    .description = استراتيجية أو خطة وطنية أو مؤسسية.

## نوع الأصل
list-asset-kind = نوع الأصل
asset-kind-voter-register = سجل الناخبين
    .description = سجل الناخبين وأي خدمة إلكترونية يتحقق من خلالها الناخبون من تسجيلهم.
asset-kind-biometric-id = التحقق من هوية الناخبين
    .description = الأجهزة البيومترية وبطاقات الهوية الإلكترونية وغيرها من وسائل التحقق من هوية الناخبين.
asset-kind-candidate-registration = تسجيل الأحزاب والمرشحين
    .description = أنظمة تسجيل الأحزاب والمرشحين وترشيحاتهم.
asset-kind-election-management-system = نظام إدارة الانتخابات
    .description = أنظمة داخلية للوجستيات وتوفير الموظفين لمراكز الاقتراع والمحاضر والقرارات.
asset-kind-e-pollbooks = كشوف الناخبين الإلكترونية
    .description = قوائم إلكترونية تُستخدم في مراكز الاقتراع لتسجيل حضور الناخبين.
asset-kind-voting-machines = آلات التصويت
    .description = آلات تسجل الأصوات في مراكز الاقتراع (أجهزة التسجيل الإلكتروني المباشر وأجهزة تأشير أوراق الاقتراع).
asset-kind-internet-voting = التصويت عبر الإنترنت
    .description = التصويت الإلكتروني عن بُعد عبر الإنترنت.
asset-kind-counting-scanners = ماسحات الفرز
    .description = الماسحات الضوئية وغيرها من المعدات التي تفرز أوراق الاقتراع الورقية.
asset-kind-results-transmission = نقل النتائج وتجميعها
    .description = أنظمة ترفع النتائج من مراكز الاقتراع إلى المستويات الأعلى وتجمعها.
asset-kind-results-website = موقع النتائج
    .description = الموقع الإلكتروني العام الذي تُنشر عليه النتائج الأولية والنهائية.
asset-kind-emb-website = موقع الهيئة الانتخابية وخدماتها الإلكترونية
    .description = الموقع الإلكتروني العام للهيئة الانتخابية وخدماتها الإلكترونية الأخرى غير النتائج.
asset-kind-email-messaging = البريد الإلكتروني والمراسلة
    .description = البريد الإلكتروني للمؤسسة وموظفيها وأدوات المراسلة والعمل التعاوني.
asset-kind-official-social-media = الحسابات الرسمية على وسائل التواصل الاجتماعي
    .description = حسابات الهيئة الانتخابية والجهات الشريكة على منصات التواصل الاجتماعي.
asset-kind-party-systems = أنظمة الأحزاب والمرشحين
    .description = البريد الإلكتروني للأحزاب والمرشحين وأنظمة حملاتهم والبيانات الانتخابية التي يتلقونها.
asset-kind-broader-infrastructure = البنية التحتية الوطنية الأوسع
    .description = خدمات الحكومة الإلكترونية وشبكة الكهرباء ووصلات الاتصالات التي تعتمد عليها الانتخابات.
asset-kind-voter-information = إعلام الناخبين والثقة في العملية الانتخابية
    .description = المعلومات الرسمية عن موعد التصويت ومكانه وكيفيته، والصورة التي يحملها الجمهور عن العملية الانتخابية: أي ما يستهدفه التضليل بشأنها.

## الحاجة الأمنية
list-security-need = الحاجة الأمنية
security-need-low = منخفضة
    .description = سيكون الاختراق مجرد إزعاج.
security-need-moderate = متوسطة
    .description = سيعطّل الاختراق العمل أو يضر بالثقة على المستوى المحلي، ويمكن تداركه.
security-need-high = عالية
    .description = سيعطّل الاختراق مرحلة من مراحل الانتخابات أو يضر بالثقة في نتيجتها.

## القدرة
list-capability = القدرة
capability-technical-response = الاستجابة التقنية للحوادث
    .description = قادرة على احتواء الهجوم التقني على الأنظمة والشبكات والقضاء عليه والتعافي منه.
capability-forensics = التحليل الجنائي الرقمي
    .description = قادرة على فحص الأنظمة والأدلة لتحديد ما حدث ومن يقف وراءه.
capability-threat-intelligence = استخبارات التهديدات
    .description = تجمع المعلومات الاستخباراتية عن الخصوم ونواياهم وأساليبهم وتتبادلها.
capability-ddos-mitigation = التخفيف من هجمات حجب الخدمة
    .description = قادرة على امتصاص حركة مرور هجمات حجب الخدمة أو تصفيتها (مشغلو الشبكات، ومقدمو الاستضافة، وخدمات تنقية حركة المرور).
capability-security-assessment = التقييم الأمني والاعتماد
    .description = تدقق الأنظمة والإجراءات وتختبرها وتعتمدها.
capability-criminal-investigation = التحقيق الجنائي
    .description = تحقق في الجرائم وتلاحق مرتكبيها، بما فيها الجرائم الانتخابية والجرائم الإلكترونية.
capability-public-communication = التواصل مع الجمهور
    .description = تخاطب الناخبين ووسائل الإعلام بسلطة وانتشار واسع.
capability-information-monitoring = رصد وسائل الإعلام ووسائل التواصل الاجتماعي
    .description = ترصد وسائل الإعلام ووسائل التواصل الاجتماعي وغيرها من المصادر بحثًا عن التضليل ومؤشرات الهجمات.
capability-content-moderation = الإشراف على المحتوى
    .description = قادرة على وسم المحتوى والحسابات على منصة ما أو تقليل ظهورها أو إزالتها.
capability-fact-checking = تدقيق الحقائق
    .description = تتحقق من الادعاءات وتنشر التصويبات.
capability-data-protection = الرقابة على حماية البيانات
    .description = تراقب حماية البيانات الشخصية، مثل سجلات الناخبين، وتفرض احترامها.
capability-media-regulation = تنظيم وسائل الإعلام
    .description = تنظم هيئات البث، وكذلك وسائل الإعلام الإلكترونية حيث يسمح القانون، خلال الحملات الانتخابية.
capability-adjudication = الفصل في النزاعات
    .description = تفصل في الشكاوى والنزاعات.
capability-technical-support = الدعم التقني
    .description = تبني تكنولوجيا الانتخابات أو تشغّلها أو تدعمها.
capability-guidance-training = التوجيه والتدريب
    .description = تدرب الموظفين وأصحاب المصلحة وتنشر إرشادات حول النظافة السيبرانية.
capability-oversight = الرقابة
    .description = تُخضع الآخرين للمساءلة: رقابة برلمانية أو مستقلة.
capability-observation = المراقبة
    .description = تراقب العملية الانتخابية وتعدّ تقارير مستقلة عنها.
capability-infrastructure-continuity = استمرارية البنية التحتية
    .description = تحافظ على استمرار الكهرباء أو الاتصالات أو الاستضافة في الأوقات الحرجة.
capability-election-administration = إدارة الانتخابات
    .description = تدير العملية الانتخابية ذاتها.
capability-policy-funding = السياسات والتمويل
    .description = تضع السياسات وتصوغ القوانين وتخصص الميزانيات.

## نوع جهة الاتصال
list-contact-kind = نوع جهة الاتصال
contact-kind-person = شخص محدد بالاسم
    .description = فرد واحد محدد بالاسم؛ إذا غاب فلن يجيب أحد.
contact-kind-function = وظيفة أو مكتب مناوبة
    .description = دور أو مكتب يشغله الموظفون بالتناوب، مثل ضابط المناوبة أو غرفة العمليات.
contact-kind-team = فريق
    .description = عنوان أو خط مشترك لفريق يجيب عليه عدة أشخاص.

## التوافر
list-availability = التوافر
availability-twenty-four-seven = على مدار الساعة
    .description = يجيب ليلًا ونهارًا، كل يوم.
availability-election-period = على مدار الساعة في الفترة الانتخابية
    .description = على مدار الساعة من الحملة الانتخابية حتى إعلان النتائج، وفي ساعات العمل الرسمية فيما عدا ذلك.
availability-office-hours = ساعات العمل الرسمية
    .description = يجيب خلال ساعات العمل فقط.

## نوع القناة
list-channel-kind = نوع القناة
channel-kind-email = البريد الإلكتروني
    .description = البريد الإلكتروني العادي.
channel-kind-landline = الهاتف الثابت
    .description = خط هاتفي ثابت.
channel-kind-mobile = الهاتف المحمول
    .description = رقم هاتف محمول (مكالمات صوتية أو رسائل نصية قصيرة).
channel-kind-messaging = تطبيق مراسلة
    .description = خدمة مراسلة عبر الإنترنت مثل سيغنال أو واتساب أو تيليغرام.
channel-kind-secure-line = خط حكومي آمن
    .description = شبكة حكومية مخصصة أو خط صوتي مشفر مستقل عن الإنترنت العام.
channel-kind-satellite-phone = الهاتف الفضائي
    .description = هاتف يعمل عبر الأقمار الصناعية، مستقل عن شبكات الاتصالات الوطنية.
channel-kind-radio = اللاسلكي
    .description = شبكة اتصال لاسلكي مثل شبكة تيترا أو لاسلكي خدمات الطوارئ.
channel-kind-in-person = حضوريًا
    .description = نقطة التقاء فعلية أو ضابط اتصال في الموقع.
channel-kind-web-form = نموذج أو بوابة إلكترونية
    .description = نموذج إبلاغ أو بوابة على الويب.

## نوع الهيئة المشتركة
list-forum-kind = نوع الهيئة المشتركة
forum-kind-task-force = فرقة عمل
    .description = هيئة تُنشأ لمهمة محددة، غالبًا لعملية انتخابية واحدة.
forum-kind-working-group = فريق عامل
    .description = فريق يعمل على موضوع ما، غالبًا على مستوى الخبراء.
forum-kind-network = شبكة
    .description = شبكة أقل رسمية من نقاط الاتصال.
forum-kind-committee = لجنة
    .description = لجنة رسمية.
forum-kind-council = مجلس
    .description = مجلس تنسيق، يشمل غالبًا قطاعًا بأكمله.
forum-kind-project = مشروع مشترك
    .description = مشروع مشترك مخصص.
forum-kind-administrative-body = هيئة إدارية
    .description = هيئة مشتركة دائمة لها موظفوها.

## وتيرة الاجتماعات
list-cadence = وتيرة الاجتماعات
cadence-daily = يوميًا
    .description = تجتمع كل يوم.
cadence-weekly = أسبوعيًا
    .description = تجتمع كل أسبوع.
cadence-fortnightly = كل أسبوعين
    .description = تجتمع مرة كل أسبوعين.
cadence-monthly = شهريًا
    .description = تجتمع كل شهر.
cadence-bimonthly = كل شهرين
    .description = تجتمع مرة كل شهرين.
cadence-quarterly = فصليًا
    .description = تجتمع مرة كل ثلاثة أشهر.
cadence-yearly = سنويًا
    .description = تجتمع مرة في السنة.
cadence-ad-hoc = عند الحاجة
    .description = تجتمع عندما يدعو أحد إلى اجتماع.

## الإدارة
list-administration = الإدارة
administration-centralized = مركزية
    .description = هيئة انتخابية مركزية واحدة تدير كل شيء وصولًا إلى مراكز الاقتراع.
administration-decentralized = لامركزية
    .description = تتولى هيئات إقليمية أو محلية مستقلة الإدارة التشغيلية.
administration-mixed = مختلطة
    .description = تتقاسم هيئة مركزية العمل مع هيئات إقليمية أو محلية.

## وضع البنية التحتية الحيوية
list-critical-infrastructure-status = وضع البنية التحتية الحيوية
critical-infrastructure-status-designated = مصنَّفة
    .description = الانتخابات مصنفة رسميًا بنيةً تحتية حيوية.
critical-infrastructure-status-treated-as = تُعامَل على هذا الأساس
    .description = غير مصنفة رسميًا، لكن الجهات الفاعلة تعامل الانتخابات بوصفها بنية تحتية حيوية.
critical-infrastructure-status-considering = قيد الدراسة
    .description = يجري النظر في تصنيفها.
critical-infrastructure-status-not-designated = غير مصنَّفة
    .description = الانتخابات ليست بنية تحتية حيوية.

## مستوى التعاون
list-collaboration-level = مستوى التعاون
collaboration-level-none = لا تعاون ظاهر
    .description = لا يُظهر النموذج بعدُ أي تواصل منظم بين الجهات.
collaboration-level-communication = تواصل منظم
    .description = تعرف الجهات بمن تتصل وتبقي قنواتها قيد الاستخدام.
collaboration-level-shared-awareness = وعي مشترك بالوضع
    .description = تقيّم الجهات المخاطر معًا وتتشارك صورة واحدة للوضع.
collaboration-level-coordinated-messaging = تواصل منسق مع الجمهور
    .description = تخاطب الجهات الجمهور بصوت واحد.
collaboration-level-joint-response = وقاية واستجابة مشتركتان
    .description = تعمل الجهات معًا على الوقاية والاستجابة، وفق آلية تصعيد متفق عليها.
collaboration-level-shared-expertise = خبرات وأدوات مشتركة
    .description = تبني الجهات قدرات بعضها بعضًا.
collaboration-level-independent-assurance = ضمان مستقل
    .description = تخضع التدابير الأمنية لتقييم أو اعتماد مستقل.
collaboration-level-exercised = تعاون مُختبَر بالتمارين
    .description = تُختبر الاستجابة المشتركة في تمارين قائمة على السيناريوهات.

## فترات الدورة الانتخابية
list-period-of-the-electoral-cycle = فترة الدورة الانتخابية
period-of-the-electoral-cycle-pre-electoral = فترة ما قبل الانتخابات
    .description = من الإطار القانوني والتخطيط حتى الحملة الانتخابية؛ وتشمل أيضًا الفترة الطويلة بين انتخابات وأخرى.
period-of-the-electoral-cycle-electoral = الفترة الانتخابية
    .description = الاقتراع وفرز الأصوات، ونقل النتائج وتجميعها وإعلانها.
period-of-the-electoral-cycle-post-electoral = فترة ما بعد الانتخابات
    .description = النزاعات والتدقيق والمراجعة والأرشفة، وهي ما يغذي الدورة التالية.

## المرحلة
list-phase = المرحلة
phase-legal-framework = الإطار القانوني
    .description = صياغة قانون الانتخابات ولوائحه وتعديلها؛ وهي مرحلة تمتد بين الانتخابات.
phase-planning = التخطيط وإعداد الميزانية
    .description = التخطيط التشغيلي وإعداد الميزانية وشراء تكنولوجيا الانتخابات.
phase-training = التدريب وتثقيف الناخبين
    .description = تدريب موظفي الانتخابات وإعلام الناخبين.
phase-voter-registration = تسجيل الناخبين
    .description = تسجيل الناخبين وتحديث السجل، بما في ذلك تحقق الناخبين من تسجيلهم عبر الإنترنت.
phase-candidate-nomination = ترشيح الأحزاب والمرشحين
    .description = تسجيل الأحزاب والمرشحين ووثائقهم.
phase-campaign = الحملة الانتخابية
    .description = فترة الحملة الانتخابية، حين يبلغ التضليل بشأن العملية الانتخابية ذروته.
phase-voting = الاقتراع
    .description = يوم الاقتراع (والتصويت المبكر أو بالبريد أو عبر الإنترنت).
phase-counting = فرز الأصوات
    .description = فرز الأصوات في مراكز الاقتراع ومراكز الفرز.
phase-tabulation = نقل النتائج وتجميعها
    .description = نقل النتائج من مراكز الاقتراع إلى المستويات الأعلى وتجميعها.
phase-results-publication = إعلان النتائج
    .description = إعلان النتائج الأولية والنهائية ونشرها.
phase-disputes = الشكاوى والطعون
    .description = الشكاوى والطعون والفصل فيها.
phase-audit-review = التدقيق والمراجعة
    .description = عمليات التدقيق والتقييم بعد الانتخابات واستخلاص الدروس.
phase-archiving = الأرشفة
    .description = أرشفة السجلات وإخراج الأنظمة الانتخابية من الخدمة أو تخزينها.

## مجال التركيز
list-focus-area = مجال التركيز
focus-area-communication-directory = تنظيم التواصل بين الجهات
    .description = دليل للمحاورين وجهات الاتصال في حالات الطوارئ، وأدوار وقيادة متفق عليها، وهيئات مشتركة تُبقي القنوات قيد الاستخدام.
focus-area-joint-risk-assessment = التقييم المشترك للمخاطر والوعي بالوضع
    .description = تقييم المخاطر السيبرانية معًا، من خلال تقارير الوضع وتبادل المعلومات والرصد.
focus-area-public-communication = تنسيق التواصل مع الجمهور
    .description = استراتيجية ورسالة متسقتان تجاه الناخبين، مع قنوات سريعة إلى وسائل الإعلام والمنصات.
focus-area-prevention-response = آليات الوقاية والاستجابة
    .description = دعم الوقاية، وخطط الطوارئ، وبروتوكولات تحدد متى يجري التصعيد وإلى من.
focus-area-expertise-tools = الخبرات والأدوات والموارد
    .description = برامج التدريب والمبادئ التوجيهية وغيرها من الموارد التي تتبادلها الجهات.
focus-area-independent-assessment = التقييمات والاعتمادات المستقلة
    .description = تقيّم جهة أخرى التدابير الأمنية للهيئة الانتخابية أو تعتمدها بصورة مستقلة.
focus-area-joint-exercises = تمارين مشتركة قائمة على السيناريوهات
    .description = تمارين نظرية أو شاملة تختبر الاستجابة المشتركة.

## خطورة الحادث
list-incident-severity = خطورة الحادث
incident-severity-low = منخفضة
    .description = أثر ضئيل على الانتخابات؛ يُعالج في سياق العمل المعتاد.
incident-severity-medium = متوسطة
    .description = يمس مكتبًا أو خدمة أو فئة من الناخبين؛ يحتاج إلى معالجة في اليوم نفسه.
incident-severity-high = عالية
    .description = يهدد مرحلة من مراحل الانتخابات أو ثقة الجمهور بها؛ يستلزم التحرك خلال ساعة.
incident-severity-critical = حرجة
    .description = يوقف مرحلة أو قد يغيّر نتيجتها، أو أصبح علنيًا بالفعل؛ استنفار الجميع فورًا.

## حالة الحادث
list-incident-status = حالة الحادث
incident-status-reported = مُبلَّغ عنه
    .description = أُبلغ عنه وأُحيل؛ لم يطّلع عليه أحد بعد.
incident-status-triaged = مُقيَّم أوليًا
    .description = تأكد أنه حادث، وتم التحقق من خطورته ومن الجهات المسؤولة عنه.
incident-status-in-progress = قيد المعالجة
    .description = تعمل الجهات المسؤولة على معالجته.
incident-status-contained = تم احتواؤه
    .description = توقف انتشار الضرر؛ والتعافي مستمر.
incident-status-resolved = تم حله
    .description = استُعيدت الخدمة وعولج السبب.
incident-status-closed = مغلق
    .description = سُجلت الدروس المستفادة؛ ولم يبق ما يُفعل.

## نوع المؤشر القابل للرصد
list-observable-kind = نوع المؤشر القابل للرصد
observable-kind-ipv4 = عنوان IPv4
    .description = عنوان IPv4، مثل عنوان جهاز مهاجم.
observable-kind-ipv6 = عنوان IPv6
    .description = عنوان IPv6.
observable-kind-domain = اسم النطاق
    .description = اسم نطاق، مثل نطاق يحاكي موقع الهيئة الانتخابية.
observable-kind-url = رابط إلكتروني
    .description = عنوان ويب كامل، مثل صفحة تصيد احتيالي.
observable-kind-email = عنوان البريد الإلكتروني
    .description = عنوان بريد إلكتروني، مثل عنوان مرسل رسائل تصيد احتيالي.
observable-kind-file-hash = بصمة الملف
    .description = بصمة MD5 أو SHA-1 أو SHA-256 أو SHA-512 لملف، بالنظام الست عشري.
observable-kind-account = حساب
    .description = حساب على منصة، مثل اسم مستخدم على وسائل التواصل الاجتماعي.
observable-kind-text = نص الرسالة
    .description = نص رسالة أو منشور أو ادعاء كما شوهد.

## حالة التضليل
list-disinformation-status = حالة التضليل
disinformation-status-active = نشط
    .description = ينتشر أو قيد المتابعة؛ ولم يُتخذ أي إجراء بشأنه بعد.
disinformation-status-rectifying = طُلب التصويب
    .description = طُلب من المنصات التحرك، أو يجري إعداد تصويب علني.
disinformation-status-countered = تم التصدي له
    .description = تحركت المنصات أو صدر التصويب العلني؛ ولا يزال قيد المتابعة تحسبًا لعودته.
disinformation-status-closed = مغلق
    .description = لم يعد ينتشر؛ ولم يبق ما يُفعل.

## نتيجة التصويب
list-rectification-outcome = نتيجة التصويب
rectification-outcome-removed = أُزيل
    .description = حُذف المحتوى.
rectification-outcome-labelled = وُسم
    .description = يبقى المحتوى موسومًا بأنه كاذب، مع رابط إلى المعلومات الرسمية.
rectification-outcome-demoted = قُلّص انتشاره
    .description = يبقى المحتوى لكنه يُعرض على عدد أقل من الأشخاص.
rectification-outcome-declined = رُفض
    .description = ردت المنصة بأنها لن تتخذ أي إجراء.

## فئة تدابير التخفيف
list-mitigation-family = فئة تدابير التخفيف
mitigation-family-securing-technology = تأمين التكنولوجيا
    .description = المراجعة والتدقيق والتحديث؛ والتكرار والنسخ الاحتياطي؛ والقنوات البديلة؛ والتشفير؛ والعزل؛ والمراقبة على مدار الساعة.
mitigation-family-quality-control = ضبط الجودة والتدقيق
    .description = تدقيق الإجراءات على عدة مستويات، والتكرار في الخطوات الحرجة، والمتابعة حتى النهاية.
mitigation-family-supply-chain-security = أمن سلسلة التوريد
    .description = التدقيق في الموردين والمزودين الموثوقين واختيارهم بعناية.
mitigation-family-human-resources = الموارد البشرية
    .description = التدريب والنظافة السيبرانية، والأدوار الواضحة، ومبدأ العيون الأربع، والتحري الأمني عن الموظفين الرئيسيين.
mitigation-family-online-monitoring = رصد النقاش على الإنترنت
    .description = متابعة وسائل التواصل الاجتماعي والويب المظلم ومنتديات القراصنة الناشطين بحثًا عن تسريبات أو تخطيط لهجمات.
mitigation-family-criminal-liability = المسؤولية الجنائية
    .description = تجريم المخالفات الانتخابية وملاحقة مرتكبيها قضائيًا.
mitigation-family-continuous-collaboration = التعاون المستمر
    .description = البقاء على تواصل مع جهات فاعلة كثيرة وإقامة قنوات الاتصال قبل أي أزمة بوقت طويل.

## المستوى الإداري
list-administrative-level = المستوى الإداري
administrative-level-national = وطني
    .description = تعمل على مستوى البلد بأكمله.
administrative-level-regional = إقليمي
    .description = تعمل على مستوى إقليم أو محافظة أو ولاية أو مقاطعة.
administrative-level-local = محلي
    .description = تعمل على مستوى بلدية أو قضاء أو دائرة انتخابية.
administrative-level-international = دولي
    .description = تعمل عبر عدة بلدان.

## القطاع
list-sector = القطاع
sector-state = حكومي
    .description = جزء من الدولة: سلطة عامة.
sector-non-state = غير حكومي
    .description = خارج الدولة: الشركات والأحزاب والأوساط الأكاديمية والمجتمع المدني ووسائل الإعلام.

## نوع الجهة
list-organisation-kind = نوع الجهة
organisation-kind-emb = الهيئة الانتخابية
    .description = المؤسسة المسؤولة قانونًا عن إدارة الانتخابات (لجنة مركزية أو مجلس أو مكتب انتخابي).
organisation-kind-election-office = مكتب انتخابي فرعي
    .description = مكتب أو لجنة انتخابية إقليمية أو محلية تابعة للهيئة الانتخابية المركزية أو عاملة إلى جانبها.
organisation-kind-cert = فريق الاستجابة لطوارئ الحاسوب
    .description = فريق للاستجابة لطوارئ الحاسوب أو لحوادث أمن المعلومات.
organisation-kind-cybersecurity-agency = وكالة الأمن السيبراني
    .description = مركز وطني للأمن السيبراني أو سلطة لأمن المعلومات.
organisation-kind-intelligence = جهاز أمن أو استخبارات
    .description = جهاز للأمن الداخلي أو وكالة للاستخبارات الخارجية أو لاستخبارات الإشارات.
organisation-kind-police = الشرطة
    .description = الشرطة، بما فيها وحدات مكافحة الجرائم الإلكترونية والتحقيقات الجنائية.
organisation-kind-military = القوات المسلحة
    .description = وزارة الدفاع أو القوات المسلحة أو قيادتها السيبرانية.
organisation-kind-data-protection = هيئة حماية البيانات
    .description = الهيئة المشرفة على حماية البيانات الشخصية.
organisation-kind-media-regulator = هيئة تنظيم الإعلام
    .description = الهيئة المنظمة للبث، ولوسائل الإعلام الإلكترونية في بعض البلدان.
organisation-kind-ministry = وزارة أو جهاز حكومي
    .description = وزارة أو جهاز حكومي مسؤول عن السياسة الانتخابية أو تمويلها أو عن ولاية ذات صلة.
organisation-kind-parliament = البرلمان
    .description = السلطة التشريعية أو إحدى لجانها أو مكاتبها.
organisation-kind-judiciary = المحكمة
    .description = محكمة تفصل في النزاعات أو الجرائم الانتخابية.
organisation-kind-other-state = جهة عامة أخرى
    .description = أي سلطة عامة أخرى، مثل دائرة السجل المدني أو ديوان المحاسبة أو مركز المعلوماتية الحكومي.
organisation-kind-vendor = مورّد تكنولوجيا
    .description = شركة تبني تكنولوجيا الانتخابات أو خدمات الأمن أو تورّدها أو تدعمها.
organisation-kind-telecom = مشغل اتصالات أو مزود إنترنت
    .description = مشغل اتصالات أو مزود خدمة الإنترنت.
organisation-kind-utility = شركة مرافق عامة
    .description = مزود للكهرباء أو لخدمة مرفقية أخرى.
organisation-kind-platform = منصة تواصل اجتماعي أو منصة إنترنت
    .description = منصة للتواصل الاجتماعي أو البحث أو المراسلة.
organisation-kind-media = وسائل الإعلام
    .description = صحيفة أو هيئة بث أو وكالة أنباء.
organisation-kind-party = حزب سياسي أو مرشح
    .description = حزب سياسي أو مرشح أو حملة انتخابية.
organisation-kind-academia = الأوساط الأكاديمية
    .description = جامعة أو معهد بحثي أو هيئة مستقلة للمراجعة التقنية.
organisation-kind-civil-society = المجتمع المدني
    .description = منظمة غير حكومية أو جهة لتدقيق الحقائق أو مجموعة متطوعين.
organisation-kind-observer = مراقبو الانتخابات
    .description = بعثة أو منظمة محلية أو دولية لمراقبة الانتخابات.
organisation-kind-international = منظمة أو شريك دولي
    .description = منظمة دولية أو جهة تابعة لبلد آخر.

## الدور في مصفوفة توزيع المسؤوليات
list-raci-role = الدور في مصفوفة توزيع المسؤوليات
raci-role-responsible = المنفِّذ
    .description = يؤدي العمل.
raci-role-accountable = المساءَل
    .description = يتحمل المسؤولية عن النتيجة؛ وينبغي أن تكون لكل خانة جهة مساءَلة واحدة فقط.
raci-role-consulted = المُستشار
    .description = يُستشار قبل التنفيذ.
raci-role-informed = المُبلَّغ
    .description = يُبلَّغ بعد التنفيذ.

## معالجة المخاطر
list-risk-treatment = معالجة المخاطر
risk-treatment-reduce = التقليل
    .description = تدابير تخفض الاحتمال أو الأثر.
risk-treatment-accept = القبول
    .description = يخضع للمتابعة دون أي إجراء إضافي؛ ويتحمل المالك مسؤولية القرار.
risk-treatment-transfer = النقل
    .description = يتحمله طرف آخر، مثل مزود خدمة بموجب عقد.
risk-treatment-avoid = التجنب
    .description = يُتخلى عن النشاط أو التكنولوجيا التي ينطوي عليها الخطر.

## حالة الخطر
list-risk-status = حالة الخطر
risk-status-open = مفتوح
    .description = تم تحديده؛ ولم تُطبق المعالجة بعد.
risk-status-treated = تمت معالجته
    .description = المعالجة مطبقة؛ والخطر المتبقي هو ما بقي منه.
risk-status-accepted = مقبول
    .description = قبله مالكه عند مستواه الحالي.
risk-status-closed = مغلق
    .description = لم يعد ينطبق على هذه الانتخابات.

## حالة التدبير
list-measure-status = حالة التدبير
measure-status-planned = مخطط له
    .description = متفق عليه، ولم يبدأ بعد.
measure-status-in-progress = قيد التنفيذ
    .description = يجري تطبيقه.
measure-status-done = منجز
    .description = مطبق.
measure-status-dropped = مُلغى
    .description = تم التخلي عنه؛ والخطر الذي كان يعالجه يحتاج إلى معالجة أخرى.

## فئة التهديدات
list-threat-family = فئة التهديدات
threat-family-technology-attack = الهجمات على تكنولوجيا الانتخابات
    .description = تهديدات تستغل نقاط ضعف تقنية حقيقية في التكنولوجيا المتعلقة بالانتخابات.
threat-family-process-disinformation = التضليل بشأن العملية الانتخابية
    .description = تهديدات توهم بوجود نقاط ضعف، وتستهدف النزاهة المتصوَّرة للعملية الانتخابية.

## نوع التهديد
list-threat-kind = نوع التهديد
threat-kind-ddos = حجب الخدمة (DoS/DDoS)
    .description = إغراق موقع أو قناة حتى تتباطأ أو تتوقف؛ والضرر هو انقطاع الخدمة في أسوأ لحظة.
threat-kind-defacement = تشويه المواقع والتلاعب بالمحتوى
    .description = تغيير مظهر موقع عام، أو تغيير مضمونه بشكل خفي، مثل نتائج محرّفة أو معلومات مضللة للناخبين.
threat-kind-malware = البرمجيات الخبيثة
    .description = برمجيات خبيثة تجعل الأنظمة والبيانات الأساسية غير متاحة أو غير جديرة بالثقة.
threat-kind-ransomware = برمجيات الفدية
    .description = برمجيات خبيثة تشفّر الأنظمة والبيانات أو تقفلها بغرض الابتزاز، وغالبًا ما تكون دوافعها إجرامية لا سياسية.
threat-kind-apt = التهديد المستمر المتقدم
    .description = حملات متعددة المراحل وافرة الموارد ضد الأنظمة الداخلية، تشنها غالبًا دولة، وقد تطال حتى الأنظمة المعزولة عن الشبكات.
threat-kind-social-engineering = الهندسة الاجتماعية والتصيد الاحتيالي
    .description = استغلال الأشخاص للحصول على بيانات الدخول أو استدراجهم إلى مواقع مخترقة: التصيد الاحتيالي، والتصيد الموجه، وانتحال الذرائع.
threat-kind-insider = الهجوم من الداخل
    .description = إساءة متعمدة لاستخدام صلاحيات الوصول من قبل من يملكونها: الموظفون والمتعاقدون والعاملون في مراكز الاقتراع.
threat-kind-supply-chain = اختراق سلسلة التوريد
    .description = تكنولوجيا تصل محمّلة ببرمجيات خبيثة أو عيوب، متعمدة أو غير متعمدة، عبر الموردين ومزوديهم.
threat-kind-hack-and-leak = الاختراق والتسريب
    .description = سرقة بيانات سرية للهيئة الانتخابية أو الأحزاب أو المرشحين وتسريبها، محرّفة في الغالب، ضمن عملية تأثير.
threat-kind-disinformation-turnout = التضليل الهادف إلى خفض المشاركة
    .description = ادعاءات كاذبة تُبعد الناخبين عن الاقتراع: مراكز اقتراع مغلقة أو منقولة، أو تأجيل التصويت، أو السماح بالتصويت عبر الهاتف.
threat-kind-disinformation-trust = التضليل الذي يقوض الثقة
    .description = شائعات عن تلاعب أو مخالفات تستهدف الثقة في العملية الانتخابية أو الهيئة الانتخابية أو تكنولوجيتها.
threat-kind-false-hacking-claim = ادعاءات كاذبة بالاختراق
    .description = ادعاءات لا أساس لها بأن تكنولوجيا الانتخابات قابلة للاختراق أو مخترقة، أو تضخيم لنقاط ضعف طفيفة.
