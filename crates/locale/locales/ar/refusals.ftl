# ما ترد به المنصة حين ترفض طلبًا: حقل خارج الحدود، قاعدة من قواعد السجل، صلاحية يفتقدها القارئ.

refusal-as-written = { $text }

## الحقول

field-claim = الادعاء
field-description = الوصف
field-lessons-learned = الدروس المستفادة
field-note = الملاحظة
field-notes = الملاحظات
field-place-seen = مكان الرصد
field-platform = المنصة
field-rationale = المسوّغ
field-reference = المرجع
field-text = النص
field-title = العنوان
field-time-observed = وقت الرصد
field-time-first-seen = وقت الرصد الأول

field-likelihood = الاحتمال
field-impact = الأثر
field-residual-likelihood = الاحتمال المتبقي
field-residual-impact = الأثر المتبقي
field-time-sending = وقت الإرسال
field-time-acknowledgement = وقت الإقرار بالاستلام
field-time-action = وقت الإجراء
## كل النماذج

refusal-field-empty = حقل «{ $field }» فارغ
refusal-field-too-long = حقل «{ $field }» يتجاوز { $max } حرفًا
refusal-field-control = حقل «{ $field }» يحتوي على محارف تحكّم
refusal-field-in-future = حقل «{ $field }» في المستقبل
refusal-unknown-reference = هذا يشير إلى شيء غير موجود
refusal-database-url = يجب أن يبدأ عنوان قاعدة البيانات بـ sqlite: أو postgres: لا بـ «{ $scheme }»
refusal-no-organisation = حسابك لا ينتمي إلى أي جهة

## الحسابات والإشعارات وسجل التدقيق والنظافة الرقمية

refusal-account-exists = يوجد حساب بعنوان البريد الإلكتروني { $email }
refusal-audit-log = لا يطّلع على سجل التدقيق إلا المديرون والمنسقون
refusal-email-preference = إشعارات البريد الإلكتروني هي «immediate» أو «digest» أو «off»
refusal-digest-interval = يُرسل الملخص كل 5 دقائق على الأكثر ومرة في الأسبوع على الأقل
refusal-webhook-not-url = عنوان الخطاف الشبكي ليس عنوان URL ({ $reason })
refusal-webhook-scheme = يبدأ عنوان الخطاف الشبكي بـ https://‎ (أو http://‎ داخل شبكة موثوقة)
refusal-self-assessment = التقييم الذاتي يتحدث باسم جهة: يقدّمه المحللون ومديرو الجهات والمنسقون

## العناصر المشتركة: الحوادث والادعاءات الكاذبة

refusal-work-reshare = { $kind ->
    [incident] لا يغيّر مشاركة هذا الحادث إلا الجهة التي أبلغت عنه
   *[other] لا يغيّر مشاركة هذا الادعاء الكاذب إلا الجهة التي أبلغت عنه
}
refusal-work-acknowledge = { $kind ->
    [incident] جهتك غير مطالبة بالإقرار باستلام هذا الحادث
   *[other] جهتك غير مطالبة بالإقرار باستلام هذا الادعاء الكاذب
}
refusal-work-handle = { $kind ->
    [incident] لا يعالج هذا الحادث إلا الجهة التي أبلغت عنه والجهات المسؤولة عنه والمنسقون
   *[other] لا يعالج هذا الادعاء الكاذب إلا الجهة التي أبلغت عنه والجهات المسؤولة عنه والمنسقون
}
refusal-work-comment = { $kind ->
    [incident] لا يضيف إلى هذا الحادث إلا الجهة التي أبلغت عنه والجهات المعنية به والمنسقون
   *[other] لا يضيف إلى هذا الادعاء الكاذب إلا الجهة التي أبلغت عنه والجهات المعنية به والمنسقون
}
refusal-report-role = { $kind ->
    [incident] المراقبون والحسابات التي لا جهة لها لا يبلغون عن الحوادث
   *[other] المراقبون والحسابات التي لا جهة لها لا يبلغون عن الادعاءات الكاذبة
}
refusal-report-no-organisation = { $kind ->
    [incident] حسابك لا ينتمي إلى أي جهة؛ تبلغ الجهات عن الحوادث
   *[other] حسابك لا ينتمي إلى أي جهة؛ تبلغ الجهات عن الادعاءات الكاذبة
}
refusal-report-organisation-unknown = جهتك «{ $organisation }» ليست في النموذج المشترك؛ اطلب من أحد المنسقين إضافتها
refusal-source-gone = الجهة المبلّغة لم تعد في النموذج المشترك
refusal-file-empty = الملف فارغ
refusal-file-too-large = حجم الملف يتجاوز { $max } ميبيبايت
refusal-too-many-recipients = يُشارَك العنصر مع { $max } مستلمًا على الأكثر
refusal-sharing-unchanged = المشاركة لم تتغير
refusal-not-an-account = «{ $person }» ليس حسابًا نشطًا؛ يُشارَك TLP:RED مع الأشخاص بعناوين بريدهم الإلكتروني
refusal-not-an-asset = «{ $key }» ليس أصلًا في السجل
refusal-not-an-asset-did-you-mean = «{ $key }» ليس أصلًا في السجل؛ هل تقصد «{ $suggestion }»؟
refusal-too-many-observables = يحمل الحادث { $max } مؤشرًا على الأكثر
refusal-too-many-assets = يسمّي الحادث { $max } أصلًا على الأكثر
refusal-lifecycle-unchanged = الحادث أصلًا في حالة «{ $status }»
refusal-lifecycle-lessons = إغلاق الحادث يتطلب الدروس المستفادة: ما نجح وما يجب تغييره
refusal-lifecycle-back-to-reported = لا يعود الحادث إلى حالة «مُبلَّغ عنه»؛ أعد فتحه بحالة مفروز أو قيد المعالجة
refusal-lifecycle-duplicate = تُغلق النسخة المكررة مع الأصل؛ أعد فتح الأصل بدلًا من ذلك
refusal-severity-same = الخطورة هي أصلًا «{ $severity }»
refusal-status-same = الحالة هي أصلًا «{ $status }»
refusal-already-acknowledged = أقرّت جهتك باستلام هذا الحادث من قبل في { $at }
refusal-link-self = لا يُربط الحادث بنفسه
refusal-merge-self = لا يُدمج الحادث في نفسه
refusal-merge-into-duplicate = { $reference } نفسه نسخة مكررة؛ ادمج في الحادث الذي دُمج فيه
refusal-already-merged = هذا الحادث مدموج من قبل في حادث آخر
refusal-merge-narrower = { $reference } مشارك على نطاق أضيق من هذا الحادث فلا يمكنه استيعابه؛ اربط بينهما بدلًا من ذلك
refusal-no-such-incident = لا يوجد حادث كهذا يمكنك رؤيته
refusal-no-incident-named = لا يوجد حادث «{ $reference }» يمكنك رؤيته
refusal-already-linked = { $item } مربوط من قبل بـ{ $incident }
refusal-too-many-links = يُربط العنصر بـ{ $max } حادثًا على الأكثر
refusal-no-such-rectification = لا يوجد طلب تصحيح كهذا على هذا العنصر
refusal-empty-answer = الرد لا يسجّل شيئًا
refusal-negative-reach = الانتشار عدد من الأشخاص، ولا يكون سالبًا

## تقارير الوضع

refusal-not-a-forum = «{ $key }» ليس منتدى في النموذج
refusal-forum-no-chair = ليس لـ{ $forum } رئاسة توافق على تقاريره
refusal-sitrep-red = تقرير المنتدى لأعضائه: TLP:RED للأشخاص المسمّين فقط
refusal-sitrep-draft = تصوغ تقرير المنتدى الجهة التي ترأسه أو أحد المنسقين
refusal-period-backwards = تنتهي الفترة قبل أن تبدأ
refusal-period-too-long = يغطي التقرير سنة على الأكثر
refusal-sitrep-edit = تعدّل تقرير المنتدى الجهة التي ترأسه
refusal-sitrep-approved-final = التقرير المعتمد لا يتغير؛ صُغ تقريرًا جديدًا
refusal-sitrep-approve = لا يعتمد تقارير المنتدى إلا رئاسته
refusal-sitrep-already-approved = التقرير معتمد من قبل
refusal-sitrep-too-wide = سيُظهر { $tlp } ما يستند إليه التقرير لقرّاء لم يُشارَك معهم؛ اختر مستوى أضيق

## سجل المخاطر

refusal-no-election = لا يتضمن النموذج المشترك أي انتخابات؛ أضف واحدة قبل مسك سجل للمخاطر
refusal-not-an-organisation = «{ $key }» ليست جهة في النموذج
refusal-risk-exists = هذا التهديد وهذا الأصل وهذه المرحلة موجودة من قبل في السجل
refusal-residual-both = أدخل الاحتمال والأثر المتبقيين معًا، أو لا تدخل أيًا منهما
refusal-measure-too-many-risks = يعالج الإجراء { $max } خطرًا على الأكثر
refusal-not-a-risk = «{ $key }» ليس خطرًا في سجل { $election }
refusal-risks-add = لا يضيف المخاطر إلى السجل إلا المنسقون
refusal-risk-assess = التقييم يتحدث باسم جهة: يقدّمه المحللون ومديرو الجهات والمنسقون
refusal-risk-handle = لا يغيّر طريقة معالجة الخطر إلا المنسقون
refusal-risks-members = سجل المخاطر للأعضاء
refusal-measures-add = لا يضيف الإجراءات إلا المنسقون
refusal-measures-members = الإجراءات للأعضاء

## سجلات النموذج

refusal-record-exists = يوجد من قبل سجل من نوع «{ $kind }» بالمعرّف «{ $key }»
refusal-meeting-forum-unknown = ينتمي الاجتماع إلى المنتدى «{ $forum }» وهو ليس في النموذج
refusal-action-owner-unknown = الإجراء «{ $action }» مسند إلى «{ $owner }» وهي ليست جهة

## قواعد المجال: المشاركة والتوجيه والادعاءات والتقديرات

refusal-red-without-people = يُشارَك TLP:RED مع أشخاص مسمَّين؛ سمِّ شخصًا واحدًا على الأقل أو اختر مستوى آخر
refusal-people-without-red = يُشارَك { $tlp } مع الجهات لا الأشخاص؛ سمِّ جهات مستلمة بدلًا من ذلك
refusal-recipients-not-needed = يُشارَك { $tlp } مع كل الأعضاء أو مع الجميع؛ لا يأخذ مستلمين مسمَّين
refusal-not-the-source = لا يغيّر مشاركة العنصر إلا الجهة المصدر
refusal-would-widen = لا يوسّع المشاركة إلا المصدر؛ بصفتك مستلمًا لا يمكنك وسم العنصر بأقل صرامة من { $tlp }
refusal-not-an-organisation-did-you-mean = «{ $key }» ليست جهة في النموذج؛ هل تقصد «{ $suggestion }»؟
refusal-not-a-claim = عنصر التضليل يتعلق بادعاء كاذب حول العملية الانتخابية: يجب أن يكون نوع تهديده أحد { $expected }، لا «{ $given }»
refusal-before-sent = حقل «{ $field }» سابق لإرسال الطلب
refusal-rating-out-of-scale = يُقدَّر «{ $scale }» من 1 إلى 5، لا { $given }
refusal-residual-above-inherent = لا يتجاوز التقدير المتبقي لـ«{ $scale }» التقدير الأصلي: المعالجة لا تزيد الخطر سوءًا
refusal-hygiene-count = أجب عن كل الجوانب الستة، لا عن { $given }
refusal-hygiene-scale = يُجاب عن «{ $aspect }» من 0 (غير مطبّق) إلى 3 (مطبّق)، لا { $given }

## المؤشرات: تُذكر القيمة ثم ما فيها من خطأ

refusal-observable = { $kind } «{ $shown }» { $problem }
observable-too-long = يتجاوز { $max } حرفًا
observable-nul = يحتوي على المحرف NUL
observable-empty = فارغ
observable-not-ipv4 = ليس عنوان IPv4 مثل 192.0.2.10
observable-not-ipv6 = ليس عنوان IPv6 مثل 2001:db8::1
observable-not-url = ليس عنوان URL مثل https://example.org/page ‏({ $reason })
observable-url-scheme = يجب أن يبدأ بـ http://‎ أو https://‎ أو ftp://‎
observable-no-host = ليس له اسم مضيف
observable-not-email = ليس عنوان بريد إلكتروني مثل name@example.org
observable-bad-mailbox = ليس له اسم صالح قبل «@»
observable-mail-domain = له نطاق { $problem }
observable-not-hex = ليس بصمة بأرقام ست عشرية
observable-hash-length = طوله لا يطابق بصمة MD5 (32) أو SHA-1 (40) أو SHA-256 (64) أو SHA-512 (128)
observable-control = يحتوي على محارف تحكّم
domain-non-ascii = يحتوي على حروف غير ASCII؛ اكتب الأسماء الدولية بصيغة xn--
domain-too-long = يتجاوز 253 حرفًا
domain-not-a-domain = ليس اسم نطاق مثل example.org
domain-part-length = فيه جزء فارغ أو جزء يتجاوز 63 حرفًا
domain-characters = لا يحتوي إلا على حروف وأرقام وشرطات داخلية بين النقاط
domain-ends-in-digits = ينتهي بأرقام؛ العنوان مؤشر IPv4 وليس نطاقًا

## كلمات الفهرس والتواريخ كما ترد في ملفات النموذج والنماذج

refusal-not-in-list-did-you-mean = «{ $given }» ليست في قائمة «{ $list }»؛ هل تقصد «{ $suggestion }»؟
refusal-not-in-list-one-of = «{ $given }» ليست في قائمة «{ $list }»؛ استخدم إحدى القيم: { $expected }
refusal-not-in-list = «{ $given }» ليست في قائمة «{ $list }»؛ الأمر `liaison catalogue` يسردها كلها
refusal-not-a-partial-date = «{ $given }» ليس تاريخًا؛ اكتبه بالشكل YYYY أو YYYY-MM أو YYYY-MM-DD، مثل 2019 أو 2019-03-05
refusal-snapshot-keep = المنسقون وحدهم يحفظون نموذج الانتخابات.
