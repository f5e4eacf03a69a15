
finding-concerns = Afecta a:
finding-not-allowed = (su cuenta no permite este cambio)
finding-rule = Por qué importa: la regla
rules-title = Las reglas del análisis
rules-intro = El análisis lee el modelo compartido e indica dónde tiene huecos la colaboración. Cada hallazgo procede de una de las reglas siguientes; su gravedad suele ser la indicada aquí, y el propio hallazgo dice cuándo es mayor o menor. Una organización actúa cuando es responsable o rinde cuentas en al menos una fila de la matriz de responsabilidades. Un contacto está desactualizado cuando nadie lo ha confirmado en más de { $days } días.
rules-nav = Reglas
rules-severity = { $severity ->
    [info] info
    [low] baja
    [medium] media
    [high] alta
   *[critical] crítica
}
rules-why = Por qué importa.
rules-what = Qué hacer.
severity-info = info
severity-low = baja
severity-medium = media
severity-high = alta
severity-critical = crítica
analysis-partial = Este análisis abarca lo que se comparte con los observadores; se excluyen los contactos y acuerdos no públicos.
analysis-heading = Análisis: { $jurisdiction }
analysis-as-of = A fecha de { $date }.
analysis-findings = Hallazgos
analysis-counts-top = { $critical } críticos, { $high } altos, { $medium } medios,
analysis-counts-rest = { $low } bajos, { $info } informativos.
analysis-each-links = Cada hallazgo enlaza con lo que afecta y con dónde se corrige.
analysis-collaboration = Colaboración
analysis-level = Nivel { $rung } de 7: { $label }.
analysis-next-level = El nivel { $rung } ({ $label }) requiere: { $missing }.
analysis-col-area = Área prioritaria
analysis-col-shown = Presente
analysis-col-evidence = Evidencia o lo que falta
analysis-yes = sí
analysis-no = no
analysis-approach = Enfoque:
analysis-horizontal = Horizontal: { $evidence }
analysis-vertical = Vertical: { $evidence }
analysis-ci = Infraestructura crítica:
analysis-ci-status = { $status }; preparación { $readiness }.
analysis-recommendations = Las diez recomendaciones
analysis-col-number = N.º
analysis-col-recommendation = Recomendación
analysis-col-evidence-only = Evidencia
analysis-similar = Países de referencia más parecidos
analysis-similarity = similitud { $score }
analysis-they-have = tienen: { $what }
analysis-rules-hint = cada una con por qué importa y qué hacer.
analysis-json = El mismo informe en JSON.
analysis-recommendation = Recomendación { $number }
fix-make-accountable = Hacer que una organización rinda cuentas en la matriz
fix-keep-one-accountable = Dejar una sola organización que rinda cuentas: cambiar las filas de la matriz
fix-make-capable-responsible = Hacer responsable a una organización con la capacidad
fix-record-capabilities = Registrar las capacidades de { $name }
fix-record-matrix = Registrar la matriz
fix-add-asset = Añadir un elemento de tecnología electoral
fix-add-emergency-contact = Añadir un contacto de emergencia de { $name }
fix-add-deputy = Añadir una guardia o un suplente para { $name }
fix-check-contact = Comprobar { $name } y confirmar que sigue siendo correcto
fix-edit-contact = Editar { $name }
fix-add-oob-channel = Añadir una línea fija, una línea segura o una radio a { $name }
fix-add-oob-contact = Añadir un contacto de { $name } con un canal fuera de banda
fix-record-contact = Registrar un contacto
fix-add-to-forum = Añadir { $name } a un foro
fix-schedule-meeting = Programar una reunión en el período electoral
fix-record-forum-schedule = Registrar cuándo se reúne el foro
fix-record-boundaries = Registrar un acuerdo que fije los límites de su intervención
fix-edit-agreement = Editar el acuerdo
fix-add-organisation = Añadir la organización
fix-give-parent = Dar a { $name } un superior en la administración electoral
fix-bring-into-forum = Incorporarla a un foro con el organismo electoral y el CERT
fix-record-activity = Registrar una actividad conjunta
fix-record-ci-status = Registrar el estatus de las elecciones
fix-see-readiness = Ver los controles de preparación
fix-see-missing = Ver lo que falta
