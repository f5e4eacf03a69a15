# حسابك: كلمة المرور والعامل الثاني واللغة.

account-title = حسابك
account-signed-in-as = سجّلت الدخول باسم { $email }، { $role }.
account-signed-in-as-of = سجّلت الدخول باسم { $email }، { $role } في { $organisation }.
account-change-password = تغيير كلمة المرور
account-notifications = الإشعارات
account-language-label = اللغة التي يخاطبك بها Liaison
account-language-save = حفظ اللغة
account-language-changed = تم حفظ لغتك.
account-language-unknown = اختر إحدى اللغات المعروضة.
account-password-changed = تم تغيير كلمة المرور. انتهت جلساتك الأخرى.
account-second-factor = العامل الثاني
account-totp-on = { $left ->
    [zero] العامل الثاني مفعّل: يطلب تسجيل الدخول رمزًا من تطبيق المصادقة. لم يبق أي رمز استرداد.
    [one] العامل الثاني مفعّل: يطلب تسجيل الدخول رمزًا من تطبيق المصادقة. بقي رمز استرداد واحد.
    [two] العامل الثاني مفعّل: يطلب تسجيل الدخول رمزًا من تطبيق المصادقة. بقي رمزا استرداد.
    [few] العامل الثاني مفعّل: يطلب تسجيل الدخول رمزًا من تطبيق المصادقة. بقيت { $left } رموز استرداد.
   *[other] العامل الثاني مفعّل: يطلب تسجيل الدخول رمزًا من تطبيق المصادقة. بقي { $left } رمز استرداد.
}
account-totp-off-password = كلمة المرور، لإيقافه
account-totp-off-confirm = هل تريد إيقاف العامل الثاني؟
account-totp-off = إيقاف العامل الثاني
account-totp-off-wrong-password = كلمة المرور غير صحيحة؛ يبقى العامل الثاني مفعّلًا.
account-totp-none = لا يوجد عامل ثانٍ في حسابك. يستطيع أي شخص يعرف كلمة المرور تسجيل الدخول.
account-totp-start = إعداد تطبيق مصادقة

password-title = تغيير كلمة المرور
password-must-change = سجّلت الدخول بكلمة مرور أُنشئت لك. اختر كلمة مرورك قبل المتابعة.
password-current = كلمة المرور الحالية
password-new = كلمة المرور الجديدة (12 حرفًا أو أكثر)
password-repeat = كلمة المرور الجديدة مرة أخرى
password-submit = تغيير كلمة المرور
password-current-wrong = كلمة المرور الحالية غير صحيحة.
password-differ = كلمتا المرور الجديدتان مختلفتان.
password-same = يجب أن تختلف كلمة المرور الجديدة عن الحالية.
password-too-short = يجب ألا تقل كلمة المرور عن 12 حرفًا.
password-too-long = يجب ألا تزيد كلمة المرور على 256 حرفًا.

totp-title = إعداد عامل ثانٍ
totp-step-scan = امسح هذا الرمز بتطبيق مصادقة (مثل FreeOTP أو Aegis أو Google Authenticator)، أو اكتب المفتاح أدناه.
totp-step-code = أدخل الرمز المكوّن من ستة أرقام الذي يعرضه التطبيق.
totp-qr-alt = رمز QR لتطبيق المصادقة
totp-key = المفتاح:
totp-code = الرمز من التطبيق
totp-turn-on = تفعيل
totp-code-wrong = هذا الرمز غير صحيح؛ تحقق من الوقت في هاتفك وجرّب الرمز التالي.

recovery-title = رموز الاسترداد
recovery-heading = رموز الاسترداد الخاصة بك
recovery-keep-safe = احفظ هذه الرموز في مكان آمن بعيدًا عن هاتفك. يتيح لك كل رمز تسجيل الدخول مرة واحدة إذا فقدت التطبيق. لن تُعرض إلا الآن.
recovery-done = تم

login-title = تسجيل الدخول
login-heading = تسجيل الدخول إلى Liaison
login-email = البريد الإلكتروني
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-refused = لا يفتح هذا البريد الإلكتروني وكلمة المرور أي حساب الآن. بعد عدة محاولات فاشلة يُقفل الحساب لبعض الوقت: حاول لاحقًا أو اتصل بأحد المديرين.
login-throttled = محاولات تسجيل دخول كثيرة جدًا من عنوانك. انتظر عشر دقائق ثم حاول مرة أخرى.
login-code-wrong = هذا الرمز غير صحيح أو سبق استخدامه. استخدم الرمز الحالي في تطبيق المصادقة أو أحد رموز الاسترداد.
login-totp-title = العامل الثاني
login-totp-heading = أدخل الرمز
login-totp-explain = افتح تطبيق المصادقة وأدخل الرمز المكوّن من ستة أرقام الخاص بـ Liaison، أو أحد رموز الاسترداد.
login-totp-code = الرمز
login-totp-continue = متابعة
login-totp-cancel = إلغاء وتسجيل الخروج
