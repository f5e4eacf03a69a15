# الحوادث والتصعيد والتسلسل الزمني، وما يشترك فيه كل عنصر متبادَل (المشاركة، TLP، المرفقات).

## قائمة الحوادث

incidents-title = الحوادث
incidents-live-off = التحديثات المباشرة متوقفة
incidents-report = الإبلاغ عن حادث
incidents-card-open = حوادث مفتوحة يمكنك الاطلاع عليها
incidents-card-unacknowledged = مفتوحة ولم تُقرّ جهة معنية باستلامها بعد
# بعد تسمية درجة الخطورة، على البطاقة التي تعدّ الحوادث المفتوحة من تلك الدرجة.
incidents-card-severity-open = حوادث مفتوحة
incidents-search = بحث
incidents-search-placeholder = كلمات، عنوان، نطاق
incidents-status = الحالة
incidents-any-status = أيّ حالة
incidents-at-least = على الأقل
incidents-any-severity = أيّ درجة خطورة
incidents-open-only = المفتوحة فقط
incidents-filter = تصفية
incidents-matching = { $count ->
    [zero] لا يطابق البحثَ أيُّ حادث.
    [one] حادث واحد يطابق البحث.
    [two] حادثان يطابقان البحث.
    [few] { $count } حوادث تطابق البحث.
    [many] { $count } حادثًا يطابق البحث.
   *[other] { $count } حادث يطابق البحث.
}
incidents-awaiting = { $count ->
    [zero] لا ينتظر أيُّ حادث إقرارك بالاستلام.
    [one] حادث واحد ينتظر إقرارك بالاستلام.
    [two] حادثان ينتظران إقرارك بالاستلام.
    [few] { $count } حوادث تنتظر إقرارك بالاستلام.
    [many] { $count } حادثًا ينتظر إقرارك بالاستلام.
   *[other] { $count } حادث ينتظر إقرارك بالاستلام.
}
incidents-col-incident = الحادث
incidents-col-severity = الخطورة
incidents-col-status = الحالة
incidents-col-kind = النوع
incidents-col-tlp = TLP
incidents-col-reported-by = أبلغت عنه
incidents-col-reported = تاريخ الإبلاغ
incidents-acknowledge = تأكيد الاستلام
incidents-acknowledge-label = تأكيد استلام { $reference }: { $title }
incidents-awaiting-tag = ينتظر إقرارك بالاستلام
incidents-none = لا يوجد حادث مما يمكنك الاطلاع عليه يطابق البحث.
list-older = الأقدم

## حادث

incident-reference = INC-{ $number }
incident-merged = دُمج بوصفه نسخة مكررة من { $original }.
incident-asked = مطلوب من جهتك أن تتولى معالجة هذا الحادث.
incident-acknowledge-for = الإقرار بالاستلام باسم { $organisation }
incident-kind = النوع
incident-phase = المرحلة
incident-phase-unknown = غير معروفة
incident-reported = الإبلاغ
incident-reported-at-by = في { $at } من قِبَل { $source }
incident-first-observed = أول رصد
incident-systems = الأنظمة
incident-shared = المشاركة
incident-named = المسمَّون: { $names }.
incident-lessons = الدروس المستفادة
incident-details = التفاصيل
incident-observables = المؤشرات المرصودة
incident-observable-kind = النوع
incident-observable-value = القيمة
incident-organisations = الجهات المعنية به
incident-col-organisation = الجهة
incident-col-why = السبب
incident-col-alerted = تاريخ التنبيه
incident-col-acknowledged = الإقرار بالاستلام
incident-role-accountable = مساءَلة
incident-role-responsible = مسؤولة
incident-role-escalation = تصعيد
incident-role-coordinator = تنسيق
incident-role-consulted = مُستشارة
incident-role-informed = مُبلَّغة
incident-withheld = لم تُنبَّه: الحادث غير مُتاح لها
incident-not-yet = ليس بعد
incident-nobody-assigned = لم تُكلَّف أي جهة.
incident-related = حوادث ذات صلة
incident-related-status = ({ $status })
incident-related-duplicate = (نسخة مكررة)
incident-attachments = المرفقات
incident-attachments-none = لا شيء.
incident-attachment-size = { $size ->
    [zero] { $size } بايت، SHA-256
    [one] بايت واحد، SHA-256
    [two] بايتان، SHA-256
    [few] { $size } بايتات، SHA-256
    [many] { $size } بايتًا، SHA-256
   *[other] { $size } بايت، SHA-256
}
incident-file = الملف
incident-attach = إرفاق (حتى 10 ميبيبايت)
incident-timeline = التسلسل الزمني
incident-add-heading = إضافة إلى التسلسل الزمني
incident-note = ملاحظة
incident-is-action = يسجّل هذا إجراءً متَّخذًا
incident-add = إضافة
incident-handle = المعالجة
incident-new-status = الحالة الجديدة
incident-lessons-needed = الدروس المستفادة (مطلوبة للإغلاق)
incident-change-status = تغيير الحالة
incident-severity = الخطورة
incident-change-severity = تغيير درجة الخطورة
incident-other = حادث آخر
incident-other-placeholder = INC-12
incident-link = ربط
incident-merge-confirm = إغلاق هذا الحادث بوصفه نسخة مكررة من الحادث الآخر؟
incident-merge = دمجه فيه بوصفه نسخة مكررة
incident-form-observable-line = المؤشرات المرصودة، السطر { $line }: اكتب النوع ثم مسافة ثم القيمة، مثل 'ipv4 198.51.100.7'
incident-form-observable-kind = المؤشرات المرصودة، السطر { $line }: «{ $kind }» ليس نوع مؤشر؛ استخدم أحد: { $kinds }
incident-form-observable-value = المؤشرات المرصودة، السطر { $line }: { $problem }
incident-form-unknown-action = إجراء غير معروف.

## التسلسل الزمني لعنصر

timeline-platform = المنصة
timeline-kind-reported = إبلاغ
timeline-kind-routed = توجيه
timeline-kind-gap = ثغرة
timeline-kind-withheld = حجب
timeline-kind-acknowledged = إقرار بالاستلام
timeline-kind-status = حالة
timeline-kind-severity = خطورة
timeline-kind-note = ملاحظة
timeline-kind-action = إجراء
timeline-kind-linked = ربط
timeline-kind-merged = دمج
timeline-kind-sharing = مشاركة
timeline-kind-attachment = مرفق
timeline-kind-escalated = تصعيد
timeline-kind-escalation-stopped = إيقاف التصعيد
timeline-kind-rectification = تصحيح

# ما جرى، في سجل العنصر. { $tlp } علامة مثل TLP:AMBER.
timeline-reported = أبلغت عنه { $organisation }: { $threat }، الخطورة { $severity }، { $tlp }.
timeline-claim-reported = أبلغت عنه { $organisation }: { $threat } على { $platform }، { $tlp }.
timeline-status = تغيّرت الحالة من «{ $from }» إلى «{ $to }».
timeline-severity = تغيّرت الخطورة من «{ $from }» إلى «{ $to }».
timeline-acknowledged = أقرّت { $organisation } بالاستلام.
timeline-sharing-widened = وسّع المصدر نطاق المشاركة: من { $from } إلى { $to }.
timeline-sharing-narrowed = ضيّق المصدر نطاق المشاركة: من { $from } إلى { $to }.
timeline-sharing-recipients = المستلمون: { $organisations }.
timeline-sharing-people = { $count ->
    [zero] لم يُشارَك مع أي شخص بالاسم.
    [one] شورك مع شخص واحد بالاسم.
    [two] شورك مع شخصين بالاسم.
    [few] شورك مع { $count } أشخاص بالاسم.
   *[other] شورك مع { $count } شخصًا بالاسم.
}
timeline-merged = دُمج بوصفه نسخة مكررة في حادث آخر يستمر العمل عليه.
timeline-routed = وُجّه إلى { $organisations }.
timeline-routed-to = { $organisation } ({ $role })
timeline-withheld = لـ{ $organisation } دور «{ $role }» في هذا الحادث لكنها ليست ضمن من يُشارَك معهم ({ $tlp })؛ لم تُنبَّه. يمكن للمصدر توسيع المشاركة لتشملها.
timeline-gap = لا أحد مساءَل عن { $threat } في مصفوفة المسؤوليات؛ نُبّه المنسقون لإسناده.
timeline-gap-in-phase = لا أحد مساءَل عن { $threat } في مرحلة «{ $phase }» في مصفوفة المسؤوليات؛ نُبّه المنسقون لإسناده.
timeline-escalation-alerted = { $minutes ->
    [one] بروتوكول التصعيد «{ $protocol }»: نُبّه { $contact } ({ $organisation }) بالبريد الإلكتروني؛ يُنتظر الإقرار بالاستلام في غضون دقيقة واحدة.
    [two] بروتوكول التصعيد «{ $protocol }»: نُبّه { $contact } ({ $organisation }) بالبريد الإلكتروني؛ يُنتظر الإقرار بالاستلام في غضون دقيقتين.
    [few] بروتوكول التصعيد «{ $protocol }»: نُبّه { $contact } ({ $organisation }) بالبريد الإلكتروني؛ يُنتظر الإقرار بالاستلام في غضون { $minutes } دقائق.
   *[other] بروتوكول التصعيد «{ $protocol }»: نُبّه { $contact } ({ $organisation }) بالبريد الإلكتروني؛ يُنتظر الإقرار بالاستلام في غضون { $minutes } دقيقة.
}
timeline-escalation-no-email = بروتوكول التصعيد «{ $protocol }»: ليس لـ{ $contact } ({ $organisation }) عنوان بريد إلكتروني؛ تواصلوا عبر { $channel }.
timeline-escalation-no-contact = بروتوكول التصعيد «{ $protocol }»: ليس لـ{ $organisation } أي جهة اتصال في الدليل؛ نُبّه أشخاصها على المنصة فقط.
timeline-escalation-next-email = { $minutes ->
    [one] لا إقرار بالاستلام من { $organisation } في غضون دقيقة واحدة: نُبّهت جهة الاتصال التالية، { $contact }، بالبريد الإلكتروني.
    [two] لا إقرار بالاستلام من { $organisation } في غضون دقيقتين: نُبّهت جهة الاتصال التالية، { $contact }، بالبريد الإلكتروني.
    [few] لا إقرار بالاستلام من { $organisation } في غضون { $minutes } دقائق: نُبّهت جهة الاتصال التالية، { $contact }، بالبريد الإلكتروني.
   *[other] لا إقرار بالاستلام من { $organisation } في غضون { $minutes } دقيقة: نُبّهت جهة الاتصال التالية، { $contact }، بالبريد الإلكتروني.
}
timeline-escalation-next-other = { $minutes ->
    [one] لا إقرار بالاستلام من { $organisation } في غضون دقيقة واحدة: ليس لجهة الاتصال التالية، { $contact }، عنوان بريد إلكتروني؛ تواصلوا عبر { $channel }.
    [two] لا إقرار بالاستلام من { $organisation } في غضون دقيقتين: ليس لجهة الاتصال التالية، { $contact }، عنوان بريد إلكتروني؛ تواصلوا عبر { $channel }.
    [few] لا إقرار بالاستلام من { $organisation } في غضون { $minutes } دقائق: ليس لجهة الاتصال التالية، { $contact }، عنوان بريد إلكتروني؛ تواصلوا عبر { $channel }.
   *[other] لا إقرار بالاستلام من { $organisation } في غضون { $minutes } دقيقة: ليس لجهة الاتصال التالية، { $contact }، عنوان بريد إلكتروني؛ تواصلوا عبر { $channel }.
}
timeline-another-channel = وسيلة أخرى
timeline-escalation-stopped = أُوقف التصعيد إلى { $organisation }: لم يعد الحادث مشاركًا معها، لذا لن تُنبَّه.
timeline-attachment = { $size ->
    [one] أُرفق { $file } (بايت واحد).
    [two] أُرفق { $file } (بايتان).
    [few] أُرفق { $file } ({ $size } بايتات).
   *[other] أُرفق { $file } ({ $size } بايت).
}
timeline-linked = رُبط بحادث.
timeline-rectification-asked = طُلب من { $platform } تصحيح الادعاء.
timeline-rectification-answered = سُجّل رد { $platform }.

## المشاركة والمرفقات، في كل أنواع العناصر

tlp-description-clear = الجميع، بمن فيهم الجمهور.
tlp-description-green = كل الجهات الأعضاء في المنصة؛ ولا يُتاح للجمهور أبدًا (ولا للمراقبين إلا إذا شورك معهم).
tlp-description-amber = جهتك، والجهات المتلقية ووحداتها الفرعية، والجهات التي تجعلها المصفوفة وبروتوكولات التصعيد مسؤولة.
tlp-description-amber-strict = جهتك والجهات المتلقية المسمّاة فقط.
tlp-description-red = أنت والأشخاص المسمَّون فقط.
sharing-choose-level = اختر مستوى TLP.
attachment-too-large = يتجاوز حجم الملف { $mebibytes } ميبيبايت.
attachment-choose-file = اختر ملفًا لإرفاقه.

## بروتوكولات التصعيد

escalations-title = بروتوكولات التصعيد
escalations-intro = يُتَّفق عليها مسبقًا: للحوادث من درجة خطورة معيّنة (ومن أنواع ومراحل معيّنة)، مَن يجب الوصول إليه وبأي سرعة. تنبّه المنصة فورًا جهة الاتصال الأولى في كل جهة، ثم جهة الاتصال التالية إذا لم يُقرّ أحد بالاستلام في الوقت المحدد، ثم المنسّقين عند تجاوز أي مهلة.
escalations-add = إضافة بروتوكول
escalations-unknown = يسجّل النموذج بروتوكولات التصعيد على أنها غير معروفة.
escalations-applies-to = يسري على
escalations-applies = الخطورة { $severity } أو أشدّ؛ التهديدات: { $threats }؛ المراحل: { $phases }
escalations-all = الكل
escalations-reach = الجهات المطلوب الوصول إليها
escalations-target = { $minutes ->
    [zero] { $organisation }: الإقرار بالاستلام في غضون { $minutes } دقيقة
    [one] { $organisation }: الإقرار بالاستلام في غضون دقيقة واحدة
    [two] { $organisation }: الإقرار بالاستلام في غضون دقيقتين
    [few] { $organisation }: الإقرار بالاستلام في غضون { $minutes } دقائق
    [many] { $organisation }: الإقرار بالاستلام في غضون { $minutes } دقيقة
   *[other] { $organisation }: الإقرار بالاستلام في غضون { $minutes } دقيقة
}
escalations-next-contact = جهة الاتصال التالية بعد
escalations-next-after = { $minutes ->
    [zero] { $minutes } دقيقة دون إقرار بالاستلام
    [one] دقيقة واحدة دون إقرار بالاستلام
    [two] دقيقتين دون إقرار بالاستلام
    [few] { $minutes } دقائق دون إقرار بالاستلام
    [many] { $minutes } دقيقة دون إقرار بالاستلام
   *[other] { $minutes } دقيقة دون إقرار بالاستلام
}
escalations-notes = ملاحظات
escalations-edit = تعديل
escalations-none = لا يوجد بروتوكول تصعيد مسجَّل.

## سجلّ عدّله شخص آخر أثناء تحريره

conflict-title = عدّله شخص آخر
conflict-heading = عُدِّل هذا السجل ({ $kind }) أثناء تحريرك له
conflict-saved-by = حفظ { $who } نسخة جديدة في { $at }. لم يُحفظ تعديلك. قارن بين النسختين وقرّر.
conflict-saved-by-import = حفظ استيراد نسخة جديدة في { $at }. لم يُحفظ تعديلك. قارن بين النسختين وقرّر.
conflict-theirs = نسختهم (محفوظة الآن)
conflict-yours = نسختك (غير محفوظة)
conflict-body = نسختك، لحفظها بدلًا من نسختهم أو لتعديلها أولًا
conflict-save = حفظ هذه بدلًا من نسختهم
conflict-discard = تجاهل نسختي والبدء من نسختهم

## رسائل البريد الإلكتروني بشأن العناصر، بلغة المتلقي

mail-subject-new-incident = [{ $tlp }] حادث جديد { $reference } ({ $severity }): { $title }
mail-subject-escalation = [{ $tlp }] تصعيد { $reference } ({ $severity }): { $title }
mail-subject-escalation-failed = [{ $tlp }] إخفاق التصعيد في { $reference } ({ $severity }): { $title }
mail-subject-claim = [{ $tlp }] ادعاء كاذب { $reference } على { $platform }: { $title }
mail-subject-sitrep = [{ $tlp }] { $reference }: { $title }
mail-red-title = التفاصيل على المنصة
mail-incident-red =
    هذا الحادث مصنَّف TLP:RED: لا تُشارَك تفاصيله إلا مع أشخاص مسمَّين، ولا تُرسَل بالبريد الإلكتروني.
    سجّل الدخول للاطلاع عليه: { $link }
mail-claim-red =
    هذا العنصر مصنَّف TLP:RED: لا تُشارَك تفاصيله إلا مع أشخاص مسمَّين، ولا تُرسَل بالبريد الإلكتروني.
    سجّل الدخول للاطلاع عليه: { $link }
mail-incident-details =
    العنوان: { $title }
    النوع: { $kind }
    الخطورة: { $severity }
    المرحلة: { $phase }
    أبلغت عنه: { $source }
mail-claim-details =
    الادعاء: { $claim }
    النوع: { $kind }
    المنصة: { $platform }
    مكان الرصد: { $where }
    مدى الانتشار: { $reach }
    أبلغت عنه: { $source }
mail-open = افتحه: { $link }
mail-not-known = غير معروف
mail-not-given = غير مذكور
mail-reason-accountable = جهتك مساءَلة عن التهديد «{ $threat }» بموجب مصفوفة المسؤوليات.
mail-reason-accountable-in-phase = جهتك مساءَلة عن التهديد «{ $threat }» في مرحلة «{ $phase }» بموجب مصفوفة المسؤوليات.
mail-reason-responsible = جهتك مسؤولة عن التهديد «{ $threat }» بموجب مصفوفة المسؤوليات.
mail-reason-responsible-in-phase = جهتك مسؤولة عن التهديد «{ $threat }» في مرحلة «{ $phase }» بموجب مصفوفة المسؤوليات.
mail-reason-consulted = تُستشار جهتك بشأن التهديد «{ $threat }» بموجب مصفوفة المسؤوليات.
mail-reason-consulted-in-phase = تُستشار جهتك بشأن التهديد «{ $threat }» في مرحلة «{ $phase }» بموجب مصفوفة المسؤوليات.
mail-reason-informed = تُبلَّغ جهتك بالتهديد «{ $threat }» بموجب مصفوفة المسؤوليات.
mail-reason-informed-in-phase = تُبلَّغ جهتك بالتهديد «{ $threat }» في مرحلة «{ $phase }» بموجب مصفوفة المسؤوليات.
mail-reason-escalation = يجب الوصول إلى جهتك بموجب بروتوكول تصعيد.
mail-reason-coordinator = لا توجد جهة مساءَلة عن هذا الحادث في مصفوفة المسؤوليات؛ بصفتك منسّقًا، يُرجى إسناده.
mail-reason-red = شورك معك بالاسم حادث مصنَّف TLP:RED.
mail-reason-claim = دور جهتك إزاء التهديد «{ $threat }» بموجب مصفوفة المسؤوليات: { $role }.
mail-escalation-within = { $minutes ->
    [zero] بموجب بروتوكول التصعيد «{ $protocol }»، يجب أن تُقرّ { $organisation } باستلام هذا الحادث فور الإبلاغ عنه.
    [one] بموجب بروتوكول التصعيد «{ $protocol }»، يجب أن تُقرّ { $organisation } باستلام هذا الحادث في غضون دقيقة واحدة من الإبلاغ عنه.
    [two] بموجب بروتوكول التصعيد «{ $protocol }»، يجب أن تُقرّ { $organisation } باستلام هذا الحادث في غضون دقيقتين من الإبلاغ عنه.
    [few] بموجب بروتوكول التصعيد «{ $protocol }»، يجب أن تُقرّ { $organisation } باستلام هذا الحادث في غضون { $minutes } دقائق من الإبلاغ عنه.
    [many] بموجب بروتوكول التصعيد «{ $protocol }»، يجب أن تُقرّ { $organisation } باستلام هذا الحادث في غضون { $minutes } دقيقة من الإبلاغ عنه.
   *[other] بموجب بروتوكول التصعيد «{ $protocol }»، يجب أن تُقرّ { $organisation } باستلام هذا الحادث في غضون { $minutes } دقيقة من الإبلاغ عنه.
}
mail-escalation-next = { $minutes ->
    [zero] إن لم يُقرّ أحد بالاستلام فورًا، تُنبَّه جهة الاتصال التالية في { $organisation }.
    [one] إن لم يُقرّ أحد بالاستلام في غضون دقيقة واحدة، تُنبَّه جهة الاتصال التالية في { $organisation }.
    [two] إن لم يُقرّ أحد بالاستلام في غضون دقيقتين، تُنبَّه جهة الاتصال التالية في { $organisation }.
    [few] إن لم يُقرّ أحد بالاستلام في غضون { $minutes } دقائق، تُنبَّه جهة الاتصال التالية في { $organisation }.
    [many] إن لم يُقرّ أحد بالاستلام في غضون { $minutes } دقيقة، تُنبَّه جهة الاتصال التالية في { $organisation }.
   *[other] إن لم يُقرّ أحد بالاستلام في غضون { $minutes } دقيقة، تُنبَّه جهة الاتصال التالية في { $organisation }.
}
mail-escalation-how = أقِرّ بالاستلام على المنصة (سجّل الدخول، وافتح الحادث، واضغط «الإقرار بالاستلام»).
mail-escalation-no-further-contact = لم تُقرّ { $organisation } بالاستلام، ولا توجد جهة اتصال أخرى في الدليل؛ جرى تنبيه المنسّقين.
mail-escalation-deadline-missed = { $minutes ->
    [zero] انقضت المهلة: لم تُقرّ { $organisation } بالاستلام فورًا كما يقتضي بروتوكول التصعيد «{ $protocol }». جرى تنبيه المنسّقين.
    [one] انقضت المهلة: لم تُقرّ { $organisation } بالاستلام في غضون دقيقة واحدة كما يقتضي بروتوكول التصعيد «{ $protocol }». جرى تنبيه المنسّقين.
    [two] انقضت المهلة: لم تُقرّ { $organisation } بالاستلام في غضون دقيقتين كما يقتضي بروتوكول التصعيد «{ $protocol }». جرى تنبيه المنسّقين.
    [few] انقضت المهلة: لم تُقرّ { $organisation } بالاستلام في غضون { $minutes } دقائق كما يقتضي بروتوكول التصعيد «{ $protocol }». جرى تنبيه المنسّقين.
    [many] انقضت المهلة: لم تُقرّ { $organisation } بالاستلام في غضون { $minutes } دقيقة كما يقتضي بروتوكول التصعيد «{ $protocol }». جرى تنبيه المنسّقين.
   *[other] انقضت المهلة: لم تُقرّ { $organisation } بالاستلام في غضون { $minutes } دقيقة كما يقتضي بروتوكول التصعيد «{ $protocol }». جرى تنبيه المنسّقين.
}
mail-sitrep-approved = اعتمد الرئيس تقرير الحالة هذا.
mail-digest-intro = { $count ->
    [zero] لا إشعارات منذ آخر ملخّص لك.
    [one] إشعار واحد منذ آخر ملخّص لك.
    [two] إشعاران منذ آخر ملخّص لك.
    [few] { $count } إشعارات منذ آخر ملخّص لك.
    [many] { $count } إشعارًا منذ آخر ملخّص لك.
   *[other] { $count } إشعار منذ آخر ملخّص لك.
}
mail-digest-subject = { $count ->
    [zero] ملخّص Liaison: لا إشعارات
    [one] ملخّص Liaison: إشعار واحد
    [two] ملخّص Liaison: إشعاران
    [few] ملخّص Liaison: { $count } إشعارات
    [many] ملخّص Liaison: { $count } إشعارًا
   *[other] ملخّص Liaison: { $count } إشعار
}
mail-footer =
    التداول: { $tlp }. { $description }
    تتلقى هذه الرسالة لأن جهتك معنية بهذا العنصر في Liaison؛ يمكنك تغيير طريقة إشعارك من الحساب > الإشعارات.

# صفحة البحث
search-title = البحث
search-heading = البحث في الحوادث والادعاءات الكاذبة
search-label = الكلمات المطلوبة
search-button = ابحث
search-help = يُعثر على كل كلمة من بدايتها، وبصيغها الأخرى أيضًا، باللغة التي كُتب بها العنصر. ويُعثر على العنوان أو النطاق كما هو مكتوب. لا يشمل البحث إلا ما يحق لك قراءته.
search-none = لا شيء مما يحق لك قراءته يطابق «{ $words }».
search-found = { $count ->
    [zero] لا نتائج.
    [one] نتيجة واحدة، الأفضل أولًا.
    [two] نتيجتان، الأفضل أولًا.
    [few] { $count } نتائج، الأفضل أولًا.
   *[other] { $count } نتيجة، الأفضل أولًا.
}
search-kind-incident = حادث
search-kind-disinformation = ادعاء كاذب
