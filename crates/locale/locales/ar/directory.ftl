# الجهات والمنتديات والاتفاقات وجهات الاتصال والاجتماعات وسجل التقنيات والنموذج والإدارة
# (خطافات الويب ورموز واجهة البرمجة وسجل التدقيق) والإشعارات والدعوات.

## ما تشترك فيه صفحات الدليل

directory-save = حفظ
directory-cancel = إلغاء
directory-back = رجوع
directory-edit = تعديل
directory-none = لا شيء.
directory-yes = نعم
directory-no = لا
directory-unknown = غير معروف
directory-not-recorded = غير مسجَّل
directory-not-recorded-capital = غير مسجَّل
directory-the-platform = المنصة
directory-col-kind = النوع
directory-col-organisation = الجهة
directory-col-actions = الإجراءات
directory-id-label = المعرِّف (أحرف لاتينية وأرقام و- و_)
directory-form-unreadable = تعذّرت قراءة النموذج المُرسَل.

## أنواع السجلات

record-kind-jurisdiction = نطاق الاختصاص
record-kind-organisation = جهة
record-kind-contact = جهة اتصال
record-kind-forum = منتدى
record-kind-meeting = اجتماع
record-kind-agreement = اتفاق
record-kind-asset = أصل
record-kind-responsibility = مسؤولية
record-kind-activity = نشاط
record-kind-escalation-protocol = بروتوكول التصعيد
record-kind-election = انتخاب

## النموذج

model-title = النموذج
model-heading = النموذج
model-export = التصدير
model-export-intro = نزِّل النموذج في صورة ملف نموذج، لحفظه تحت نظام إدارة الإصدارات أو للتحقق منه باستخدام <code>liaison check</code>. يتضمن ما يُسمح لك برؤيته.
model-download = تنزيل liaison-model.yaml
model-import = الاستيراد
model-import-intro = استبدل النموذج بملف نموذج. سترى كل تغيير قبل تطبيقه؛ ويُحتفظ بالاجتماعات.
model-import-file = ملف النموذج (YAML)
model-import-check = عرض ما سيتغيّر
model-assets = الأصول
model-add-asset = إضافة أصل
model-edit-jurisdiction = تعديل نطاق الاختصاص
model-edit-calendar = تعديل الجدول الزمني للانتخابات
model-assets-none = لا يوجد ما يُسمح لك برؤيته.
model-col-asset = الأصل
model-col-kind = النوع
model-col-run-by = الجهة المشغِّلة
model-activities = الأنشطة
model-add-activity = إضافة نشاط
model-activities-none = لم يُسجَّل أي نشاط.

## استيراد ملف نموذج

import-errors-title = الاستيراد: في الملف مشكلات
import-errors-heading = لا يمكن استيراد الملف
import-errors-intro = لم يتغيّر شيء. صحِّح هذه المشكلات ثم ارفع الملف من جديد:
import-preview-title = الاستيراد: ما سيتغيّر
import-preview-heading = ما سيغيّره الاستيراد
import-preview-summary = المُضاف: <strong>{ $added }</strong>، المُعدَّل: <strong>{ $changed }</strong>، المحذوف: <strong>{ $removed }</strong>، دون تغيير: { $unchanged }.
import-preview-nothing = يتضمن الملف النموذج كما هو. لن يتغيّر شيء.
import-preview-apply = تطبيق هذه التغييرات
import-preview-change = { $what ->
    [added] إضافة
    [removed] حذف
   *[changed] تعديل
}: { $kind }
import-preview-now = الآن
import-preview-after = بعد الاستيراد
import-upload-unreadable = تعذّرت قراءة الملف المرفوع.
import-file-unreadable = تعذّرت قراءة الملف؛ الحد الأقصى { $limit } ميبيبايت.
import-choose-file = اختر ملف نموذج لاستيراده.
import-file-too-large = حجم الملف يتجاوز { $limit } ميبيبايت.
import-not-utf8 = الملف ليس نصًا بترميز UTF-8؛ احفظه بترميز UTF-8.

## تعديل سجل في صورة نص

record-edit-title = تعديل: { $kind }
record-new-heading = سجل جديد: { $kind }
record-editor-intro = يُكتب كما في ملف النموذج. يُتحقَّق من النموذج بأكمله قبل حفظ التغيير.
record-body-label = المحتوى: { $kind }
record-delete-confirm = هل تريد حذف هذا السجل ({ $kind })؟
record-delete = حذف
record-too-large = حجم السجل يتجاوز { $limit } كيبيبايت.
record-id-cannot-change = لا يمكن تغيير المعرِّف؛ لإعادة التسمية أنشئ سجلًا جديدًا واحذف هذا السجل.
record-cannot-delete = لا يمكن الحذف: { $reason }
record-changed-elsewhere = عدّل شخص آخر هذا السجل أو حذفه؛ أعد تحميله.

## الجهات وجهات الاتصال

organisations-title = الجهات
organisations-add = إضافة جهة
organisations-col-organisation = الجهة
organisations-col-level = المستوى
organisations-col-contacts = جهات الاتصال

contact-title = جهة اتصال
contact-edit-heading = تعديل جهة اتصال لدى { $organisation }
contact-new-heading = جهة اتصال جديدة لدى { $organisation }
contact-name = الاسم أو الوظيفة
contact-role = الدور
contact-kind = النوع
contact-availability = أوقات التوفر
contact-emergency = جهة اتصال للطوارئ
contact-channels = قنوات الاتصال (تُهمَل الصفوف الفارغة)
contact-channel-kind = { $kind }:
contact-channel-value = رقم القناة { $n } أو عنوانها
contact-channel-oob = القناة { $n } خارج النطاق
contact-oob-default = خارج النطاق: حسب المعتاد لهذا النوع
contact-oob-yes = خارج النطاق
contact-oob-no = ليست خارج النطاق
contact-verified-now = تحققت اليوم من أن جهة الاتصال هذه تعمل
contact-no-channel = حدِّد وسيلة واحدة على الأقل للوصول إلى جهة الاتصال.
contact-col-when = متى
contact-col-channels = وسائل الاتصال
contact-col-verified = آخر تحقق
contact-tag-emergency = طوارئ
contact-still-correct = لا تزال صحيحة
contact-still-correct-label = تأكيد أن بيانات { $name } لا تزال صحيحة
contact-never-verified = لم يُتحقَّق منها قط
contact-hours-not-recorded = أوقات التوفر غير مسجَّلة

## المنتديات والاجتماعات

forums-title = المنتديات
forums-add = إضافة منتدى
forums-col-forum = المنتدى
forums-col-members = الأعضاء
forums-col-meets = يجتمع

meeting-title = اجتماع
meeting-edit-heading = تعديل اجتماع لـ { $forum }
meeting-new-heading = اجتماع جديد لـ { $forum }
meeting-date = التاريخ
meeting-title-label = العنوان
meeting-agenda = جدول الأعمال
meeting-no-agenda = لا يوجد جدول أعمال بعد.
meeting-minutes = المحضر
meeting-no-minutes = لا يوجد محضر بعد.
meeting-actions = بنود المتابعة
meeting-actions-legend = بنود المتابعة (تُهمَل الصفوف الفارغة)
meeting-col-action = الإجراء
meeting-col-owner = المسؤول
meeting-col-due = الموعد النهائي
meeting-col-done = منجز
meeting-action-done = منجز
meeting-action-open = قيد التنفيذ
meeting-action-n = الإجراء { $n }
meeting-action-owner-n = المسؤول عن الإجراء { $n }
meeting-action-due-n = الموعد النهائي للإجراء { $n }
meeting-owner-choose = المسؤول…
meeting-date-format = يجب كتابة التاريخ بالصيغة YYYY-MM-DD.
meeting-due-format = يجب كتابة الموعد النهائي بالصيغة YYYY-MM-DD.
meeting-action-needs-owner = الإجراء «{ $action }» يحتاج إلى مسؤول.

## الاتفاقات

agreements-title = الاتفاقات
agreements-add = إضافة اتفاق
agreements-col-agreement = الاتفاق
agreement-parties = الأطراف
agreement-no-parties = لم يُسمَّ أي طرف
agreement-threats = التهديدات المشمولة
agreement-phases = المراحل المشمولة
agreement-public = علني
agreement-in-force = السريان
agreement-sets-up = يُنشئ
agreement-notes = ملاحظات
agreement-boundaries = حدود المشاركة
agreement-no-boundaries = لا يحدد الاتفاق حدودًا لأي طرف.
agreement-col-party = الطرف
agreement-col-may = ما يجوز له وما لا يجوز
agreement-edit = تعديل الاتفاق
agreement-is-public = علني
agreement-not-public = غير علني
agreement-publicity-not-recorded = العلنية غير مسجَّلة
agreement-scope-all = الكل
agreement-validity = من { $from } إلى { $to }
agreement-from-adoption = تاريخ اعتماده
agreement-no-end-date = أجل غير مسمّى

## سجل التقنيات والأصول

assets-title = التقنيات
assets-heading = سجل التقنيات والأصول
assets-intro = الأنظمة التي تعتمد عليها العملية الانتخابية، ومن يشغّلها ويورّدها، ومتى تُستخدم، والتهديدات التي يذكر الفهرس أنها تطالها.
assets-intro-risks = الأعمدة الأخيرة مأخوذة من <a href="/risks">سجل المخاطر المشترك</a>.
assets-not-listed = لا يسرد النموذج التقنيات المستخدمة.
assets-col-system = النظام
assets-col-supply-chain = سلسلة التوريد
assets-col-in-use = فترة الاستخدام
assets-col-internet-facing = مكشوف على الإنترنت
assets-col-needs-title = السرية، السلامة، التوافر
assets-col-needs = الاحتياجات (س · ل · ت)
assets-col-certifications = شهادات النظام
assets-col-threats = التهديدات المنطبقة
assets-col-risks = المخاطر
assets-col-top-score = أعلى درجة مشتركة
assets-no-certification = لا شهادة مسجَّلة
assets-none = لا يوجد نظام في السجل.
assets-not-known = غير معروف
assets-needs = س: { $c } · ل: { $i } · ت: { $a }
assets-need-low = منخفض
assets-need-moderate = متوسط
assets-need-high = مرتفع
assets-need-unknown = ؟

## خطافات الويب

webhooks-title = خطافات الويب
webhooks-intro = يمكن لأنظمة أخرى (نظام تذاكر، منصة مركز عمليات أمنية) أن تتلقى الحوادث المحالة إلى جهة ما في صورة JSON موقَّع.
webhooks-intro-of = يمكن لأنظمة أخرى (نظام تذاكر، منصة مركز عمليات أمنية) أن تتلقى الحوادث المحالة إلى { $organisation } في صورة JSON موقَّع.
webhooks-headers = يحمل كل استدعاء <code>X-Liaison-Delivery</code> (وهو نفسه عند الإعادة) و<code>X-Liaison-Timestamp</code> و<code>X-Liaison-Signature: sha256=HMAC-SHA256(secret, timestamp + "." + body)</code>.
webhooks-new-secret = سر التوقيع الخاص بـ { $url }، ويُعرض الآن فقط:
webhooks-col-address = العنوان
webhooks-col-description = الوصف
webhooks-col-since = منذ
webhooks-stop-confirm = هل تريد التوقف عن استدعاء هذا العنوان؟
webhooks-stop = إيقاف
webhooks-stopped = متوقف
webhooks-none = لا يوجد خطاف ويب.
webhooks-new = خطاف ويب جديد
webhooks-address-label = العنوان (https://…)
webhooks-organisation-id = معرِّف الجهة
webhooks-add = إضافة
webhooks-deliveries = عمليات الإرسال
webhooks-deliveries-state = قيد الانتظار: { $pending }، متروكة بعد إخفاقات متكررة: { $failed }.
webhooks-col-channel = القناة
webhooks-col-recipient = المستلم
webhooks-col-attempts = المحاولات
webhooks-col-last-error = آخر خطأ
webhooks-col-given-up = تاريخ الترك
webhooks-private-address = يستدعي خطاف الويب عنوانًا على الإنترنت، وهذا العنوان موجود على هذا الجهاز أو على شبكة خاصة (يمكن للمشغِّل السماح بذلك عبر allow_private_webhook_targets).

## رموز واجهة البرمجة

tokens-title = رموز واجهة البرمجة
tokens-intro = تتيح الرموز للبرامج النصية والأنظمة الأخرى استخدام واجهة البرمجة باسم جهة ما وبدور محدد. وهي تنتهي صلاحيتها، ولا تُحفظ إلا في صورة بصمة.
tokens-new-shown = الرمز الجديد، ويُعرض الآن فقط. أرسله بالصيغة <code>Authorization: Bearer …</code>:
tokens-col-name = الاسم
tokens-col-role = الدور
tokens-col-expires = تنتهي صلاحيته
tokens-col-last-used = آخر استخدام
tokens-never-used = لم يُستخدم قط
tokens-revoked = مُلغى
tokens-revoke-confirm = هل تريد إلغاء هذا الرمز؟
tokens-revoke = إلغاء الرمز
tokens-new = رمز جديد
tokens-name-label = الاسم (ما الذي يستخدمه)
tokens-days-label = مدة الصلاحية (بالأيام)
tokens-create = إنشاء الرمز
tokens-role-refused = لا يجوز لك منح هذا الدور لرمز.
tokens-days-range = تتراوح صلاحية الرمز بين يوم واحد و365 يومًا.

## سجل التدقيق

audit-title = سجل التدقيق
audit-intro = كل التغييرات، الأحدث أولًا. تشمل بصمة كل إدخال الإدخال الذي قبله؛ ويتحقق الأمر <code>liaison audit verify</code> من السلسلة كلها.
audit-record = السجل
audit-action = الإجراء
audit-account-id = معرِّف الحساب
audit-filter = تصفية
audit-col-when = متى
audit-col-who = من
audit-col-what = ماذا
audit-col-change = التغيير
audit-before-after = قبل / بعد
audit-what = { $action }: { $kind }
audit-action-create = إنشاء
audit-action-update = تحديث
audit-action-delete = حذف
audit-action-import = استيراد
audit-action-invite = دعوة
audit-action-revoke = إلغاء
audit-action-enable = تفعيل
audit-action-disable = تعطيل
audit-action-deactivate = إيقاف
audit-action-sign-in = تسجيل الدخول
audit-action-sign-in-failed = فشل تسجيل الدخول
audit-action-sign-in-locked = قفل تسجيل الدخول
audit-action-set-password = تغيير كلمة المرور
audit-action-set-language = اختيار اللغة
audit-action-set-totp = إعداد العامل الثاني
audit-action-enable-totp = تفعيل العامل الثاني
audit-action-use-recovery-code = استخدام رمز استرداد
audit-action-escalate = تصعيد
audit-action-self-assess = تقييم ذاتي
audit-action-seed = تهيئة
audit-action-assess = تقييم
audit-action-handle = معالجة
audit-action-report = إبلاغ
audit-action-attach = إرفاق
audit-action-link = ربط
audit-action-share = مشاركة
audit-action-status = تغيير الحالة
audit-action-draft = مسودة
audit-action-edit = تحرير
audit-action-approve = اعتماد
audit-action-record-answer = تسجيل رد
audit-action-request-rectification = طلب تصحيح

## الإشعارات

notifications-title = الإشعارات
notifications-saved = تم الحفظ.
notifications-intro = عندما تُحال حادثة إلى جهتك، يراسلك Liaison على <strong>{ $email }</strong>. وتُرسَل حالات التصعيد بموجب بروتوكول أيضًا إلى جهات الاتصال الخاصة بجهتك في الدليل، أيًّا كان اختيارك هنا.
notifications-email = البريد الإلكتروني
notifications-immediate = فورًا، رسالة لكل حادثة
notifications-digest = في ملخص دوري
notifications-off = مطلقًا (أتابع القائمة المباشرة)
notifications-digest-minutes = ملخص واحد على الأكثر كل (دقيقة)
notifications-min-severity = الحوادث التي لا تقل خطورتها عن
notifications-digest-not-number = الفاصل الزمني للملخص عدد من الدقائق.

## قبول دعوة

invitation-title = الانضمام إلى Liaison
invitation-intro = أنت مدعو بصفة { $role } في { $organisation }، بعنوان البريد الإلكتروني { $email }.
invitation-name = اسمك
invitation-password = كلمة المرور (12 حرفًا أو أكثر)
invitation-repeat = كلمة المرور مرة أخرى
invitation-submit = إنشاء حسابي
invitation-passwords-differ = كلمتا المرور مختلفتان.

## The model across elections
model-history = المقارنة مع انتخابات سابقة
history-title = النموذج عبر الانتخابات
history-heading = النموذج عبر الانتخابات
history-intro = احفظ النموذج كما هو في نهاية الانتخابات، ثم قارنه بنموذج الانتخابات التالية: من انضم أو غادر، وأي جهات اتصال ومنتديات واتفاقات تغيّرت، ومن أصبح مسؤولاً عن ماذا، وكيف تغيّر التحليل.
history-keep = حفظ النموذج الحالي لـ { $election }
history-keep-help = حفظه مرة أخرى للانتخابات نفسها يحل محل النسخة السابقة. يحتفظ كل جزء بمن يحق له رؤيته.
history-kept = النماذج المحفوظة
history-none = لم يُحفظ أي نموذج بعد.
history-col-election = الانتخابات
history-col-kept = تاريخ الحفظ
history-col-by = بواسطة
history-compare = { $election }: المقارنة مع النموذج الحالي
history-back = العودة إلى النموذج
history-comparison-title = التغييرات منذ انتخابات سابقة
history-back-to-list = كل النماذج المحفوظة
history-changes-title = التغييرات منذ { $election }
