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
