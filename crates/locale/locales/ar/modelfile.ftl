# ما هو خاطئ في ملف النموذج (محرر السجلات، والاستيراد، و`liaison validate` و`liaison check`).
# تبقى المفاتيح وأسماء الأقسام والمعرّفات كما يكتبها الملف: فهي ما يجب على القارئ إيجاده وتصحيحه.
# تأتي الجمل بعد موضع مثل «contacts.yaml:12:5: ».

model-problems = { $problems }
model-problems-count = { $count ->
    [zero] لا مشكلة في النموذج:
    [one] في النموذج مشكلة واحدة:
    [two] في النموذج مشكلتان:
    [few] في النموذج { $count } مشكلات:
    [many] في النموذج { $count } مشكلةً:
   *[other] في النموذج { $count } مشكلة:
}
model-problem-at = { $place }: { $problem }
model-problems-not-shown = { $count ->
    [one] … ومشكلة أخرى لم تُعرض
    [two] … ومشكلتان أخريان لم تُعرضا
    [few] … و{ $count } مشكلات أخرى لم تُعرض
    [many] … و{ $count } مشكلةً أخرى لم تُعرض
   *[other] … و{ $count } مشكلة أخرى لم تُعرض
}

## عناصر النموذج، بحسب $noun

model-noun = { $noun ->
    [organisation] الجهة
    [contact] جهة الاتصال
    [forum] الهيئة المشتركة
    [meeting] الاجتماع
    [agreement] الاتفاق
    [asset] الأصل
    [responsibility] المسؤولية
    [activity] النشاط
    [escalation-protocol] بروتوكول التصعيد
    [jurisdiction] الولاية القضائية
    [election] الانتخابات
   *[other] العنصر
}
model-a-noun = { $noun ->
    [organisation] جهةً
    [contact] جهةَ اتصال
    [forum] هيئةً مشتركة
    [meeting] اجتماعًا
    [agreement] اتفاقًا
    [asset] أصلًا
    [responsibility] مسؤوليةً
    [activity] نشاطًا
    [escalation-protocol] بروتوكولَ تصعيد
    [jurisdiction] ولايةً قضائية
    [election] انتخابات
   *[other] عنصرًا
}
model-item = { model-noun } «{ $id }»
model-item-without-id = { model-noun }
model-the-model = النموذج

## قراءة الملفات

model-cannot-open-path = تعذّر فتح «{ $path }»: { $reason }
model-cannot-read-path = تعذّرت قراءة «{ $path }»: { $reason }
model-cannot-open = تعذّر فتح الملف: { $reason }
model-cannot-read = تعذّرت قراءة الملف: { $reason }
model-io-not-found = لا يوجد ملف أو مجلد بهذا الاسم
model-io-permission-denied = الإذن مرفوض
model-no-files = المجلد «{ $path }» لا يحتوي أي ملف نموذج (*.yaml أو *.yml)
model-directories-too-deep = «{ $path }» متداخل في أكثر من { $max } مستوى من المجلدات
model-too-many-files = في النموذج أكثر من { $max } ملف؛ يحمي هذا الحد من قراءة المجلد الخطأ
model-file-too-large = حجم الملف أكبر من { $size }، وهو الحد لملف نموذج واحد؛ قسّم النموذج الكبير على مجلد من الملفات (organisations/*.yaml، contacts/*.yaml، …)
model-too-large = حجم النموذج كله أكبر من { $size }
model-size-mib = { $count } ميبيبايت
model-size-bytes = { $count } بايت
model-not-utf8 = الملف ليس نصًا بترميز UTF-8: البايت { $byte } في السطر { $line }، العمود { $column } ليس UTF-8 صالحًا؛ احفظ الملف بترميز UTF-8

## YAML

model-top-level = يجب أن يكون ملف النموذج مجموعة من الأقسام مثل «jurisdiction:» و«organisations:» و«forums:»، يبدأ كل منها في أول السطر
model-nested-too-deep = تداخل YAML هنا أعمق من { $max } مستوى؛ ولا يحتاج ملف النموذج إلى ذلك أبدًا
model-anchors = المراسي والأسماء المستعارة (&name و*name) غير مسموح بها في ملفات النموذج؛ اكتب القيمة كاملة
model-tags = وسوم YAML مثل «!tag» غير مسموح بها في ملفات النموذج
model-key-not-a-word = يجب أن يكون المفتاح كلمة بسيطة مثل «name»، لا قائمة ولا كتلة
model-not-yaml = هذا ليس YAML صالحًا: { $detail }
model-not-yaml-too-nested = هذا ليس YAML صالحًا: { $detail }؛ الأقواس متداخلة إلى عمق مفرط
model-duplicate-key = المفتاح «{ $key }» يرد مرتين في الكتلة نفسها (أول مرة في السطر { $line })؛ أبقِ واحدًا

## الأقسام والعناصر

model-unknown-key-did-you-mean = في { $subject } مفتاح غير معروف «{ $key }»؛ هل تقصد «{ $suggestion }»؟
model-unknown-key = في { $subject } مفتاح غير معروف «{ $key }»؛ المفاتيح هي: { $keys }
model-section-not-block = يجب أن يكون «{ $section }» كتلة مفاتيح مثل «name:»
model-section-not-list = يجب أن يكون «{ $section }» قائمة عناصر يبدأ كل منها بـ«- »
model-section-not-list-found = يجب أن يكون «{ $section }» قائمة عناصر يبدأ كل منها بـ«- »؛ وُجد «{ $found }»
model-section-not-list-or-unknown = يجب أن يكون «{ $section }» قائمة عناصر يبدأ كل منها بـ«- »، أو الكلمة «unknown»؛ وُجد «{ $found }»
model-item-not-block = يجب أن يكون كل عنصر من نوع { model-noun } كتلة مفاتيح مثل «id:» و«name:»
model-item-problem = { $subject }: { $problem }
model-expected-boolean = { $subject }: المتوقع هنا true أو false
model-expected-number = { $subject }: المتوقع هنا عدد
model-missing-key = المفتاح «{ $key }» مفقود
model-wrong-kind = المتوقع { $wanted }، والموجود { $found }
model-kind-list = قائمة
model-kind-block = كتلة مفاتيح
model-kind-single-value = قيمة مفردة
model-kind-boolean = true أو false
model-kind-number = عدد
model-kind-other = قيمة أخرى
model-kind-written = «{ $text }»
model-not-allowed = «{ $given }» غير مسموح به هنا؛ المتوقع { $expected }

## القيم

model-list-or-all = اكتب قائمة، مثل [{ $given }]، أو الكلمة «all»
model-not-a-day = «{ $given }» ليس تاريخًا؛ اكتبه بالشكل YYYY-MM-DD، مثل 2027-05-15
model-not-true-false-unknown = «{ $given }» ليس true ولا false ولا unknown

## المعرّفات والإحالات

model-id-empty = المعرّف «{ $id }» ({ model-noun }) فارغ؛ أعطِ كل عنصر معرّفًا قصيرًا
model-id-too-long = المعرّف «{ $id }» ({ model-noun }) أطول من 128 حرفًا
model-id-characters = المعرّف «{ $id }» ({ model-noun }) لا يجوز أن يحوي إلا الحروف والأرقام و«_» و«-» و«.»، ويجب أن يبدأ بحرف أو رقم
model-id-twice = المعرّف «{ $id }» ({ model-noun }) مستخدم مرتين (أول مرة في { $first })؛ يجب أن تكون المعرّفات فريدة
model-place-line = السطر { $line }
model-place-file-line = السطر { $line } من الملف رقم { $file }
model-dangling = { $subject } «{ $given }»، وهو ليس { model-a-noun } في النموذج
model-dangling-did-you-mean = { $subject } «{ $given }»، وهو ليس { model-a-noun } في النموذج؛ هل تقصد «{ $suggestion }»؟
model-dangling-none-in-model = { $subject } «{ $given }»، وهو ليس { model-a-noun } في النموذج؛ ولا يوجد منها شيء في النموذج
model-listed-twice = { $subject } «{ $given }» مرتين
model-ref-parent = الجهة «{ $id }» تذكر جهةً أمًّا لها
model-ref-contact-organisation = جهة الاتصال «{ $id }» تتبع
model-ref-forum-member = الهيئة المشتركة «{ $id }» تذكر بين أعضائها
model-ref-forum-chair = الهيئة المشتركة «{ $id }» يرأسها
model-ref-forum-set-up-by = الهيئة المشتركة «{ $id }» أنشأتها
model-ref-agreement-party = الاتفاق «{ $id }» يذكر بين أطرافه
model-ref-agreement-boundary = الاتفاق «{ $id }» يضع حدودًا لـ
model-ref-agreement-establishes = الاتفاق «{ $id }» ينشئ
model-ref-asset-operator = الأصل «{ $id }» يشغّله
model-ref-asset-vendor = الأصل «{ $id }» يورّده
model-ref-asset-supplier = الأصل «{ $id }» يذكر في سلسلة توريده
model-ref-responsibility = أُسندت مسؤولية إلى
model-ref-responsibility-within = مسؤولية «{ $organisation }» مقصورة على
model-ref-activity-lead = النشاط «{ $id }» يقوده
model-ref-activity-participant = النشاط «{ $id }» يذكر بين المشاركين فيه
model-ref-activity-basis = النشاط «{ $id }» يستند إلى
model-ref-protocol-notifies = بروتوكول التصعيد «{ $id }» يُبلغ

## ما يقوله النموذج

model-section-unknown-and-listed = «{ $section }» موصوف هنا بأنه غير معروف لكنه مذكور في { $listed }؛ احذف أحدهما
model-section-twice = «{ $section }» مذكور مرة ثانية؛ وللنموذج واحد فقط
model-section-twice-first = «{ $section }» مذكور مرة ثانية (أول مرة في { $first })؛ وللنموذج واحد فقط
model-no-jurisdiction = ليس في النموذج قسم «jurisdiction:»؛ يجب أن يسمّي أحد الملفات البلد، مثل:
    {"    "}jurisdiction:
    {"      "}name: Demoland
model-parent-cycle = الجهة «{ $id }» هي سلف نفسها عبر جهاتها الأم: { $path }
model-contact-no-channels = جهة الاتصال «{ $id }» بلا قنوات؛ أعطِ وسيلة واحدة على الأقل للوصول إليها
model-chair-not-member = الهيئة المشتركة «{ $id }» يرأسها «{ $chair }»، وهو ليس من أعضائها؛ أضفه إلى «members»
model-boundary-not-party = الاتفاق «{ $id }» يضع حدودًا لـ«{ $party }»، وهو ليس من أطرافه؛ أضفه إلى «parties»
model-agreement-ends-before-start = الاتفاق «{ $id }» ينتهي ({ $to }) قبل أن يبدأ ({ $from })
model-responsibility-no-cells = مسؤولية «{ $organisation }» لا تغطي أي خانة: يحتاج كل من «threats» و«phases» و«assets» إلى قيمة واحدة على الأقل، أو «all»
model-activity-date-and-cadence = للنشاط «{ $id }» «date» و«cadence» معًا؛ أعطِ واحدًا فقط
model-protocol-notifies-nobody = بروتوكول التصعيد «{ $id }» لا يُبلغ أحدًا؛ اذكر جهة واحدة على الأقل تحت «notify»
model-protocol-acknowledge-minutes = في بروتوكول التصعيد «{ $id }»، يجب أن تكون «acknowledge_within_minutes» بين 1 و{ $max } دقيقة (أسبوع واحد)، لا { $minutes }
model-protocol-target-minutes = في بروتوكول التصعيد «{ $id }»، يجب أن تكون «within_minutes» لـ«{ $organisation }» بين 1 و{ $max } دقيقة (أسبوع واحد)، لا { $minutes }
model-protocol-notifies-twice = بروتوكول التصعيد «{ $id }» يُبلغ «{ $organisation }» مرتين
model-protocol-applies-to-nothing = بروتوكول التصعيد «{ $id }» لا ينطبق على شيء: يحتاج كل من «threats» و«phases» إلى قيمة واحدة على الأقل، أو «all»
model-phase-ends-before-start = مرحلة الانتخابات «{ $phase }» تنتهي ({ $to }) قبل أن تبدأ ({ $from })

## `liaison validate`

model-valid = { $path }: صالح ({ $count ->
    [one] جهة واحدة
    [two] جهتان
    [few] { $count } جهات
    [many] { $count } جهةً
   *[other] { $count } جهة
})
