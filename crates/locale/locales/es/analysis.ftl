
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

network-title = Red de instituciones
network-intro = Quién está vinculado con quién: la administración electoral (izquierda) por su jerarquía, los foros y acuerdos (centro), hasta los demás organismos públicos y socios (derecha). Son los vínculos que sigue el análisis para encontrar oficinas aisladas del centro. Seleccione un nodo para abrir su página.
network-kind = Tipo de organización
network-threat = Amenaza de la que responden
network-show-everyone = Mostrar a todos
network-count = { $organisations } organizaciones, { $forums } foros y { $agreements } acuerdos.
network-count-threat = Mostradas: las que la matriz hace rendir cuentas o responsables de: { $threat }.
network-legend-organisation = organización
network-legend-forum = foro
network-legend-agreement = acuerdo
network-legend-threat = amenaza
network-legend-part-of = depende de
network-legend-sits-in = participa en
network-legend-party-to = parte de
network-legend-cut-off = aislada (análisis)
network-legend-findings = tiene hallazgos
network-zoom-in = Acercar
network-zoom-out = Alejar
network-fit = Ajustar
network-graph = Grafo de las organizaciones, foros y acuerdos enumerados abajo
network-cut-off = Aisladas del centro:
network-no-path = ningún camino por la jerarquía, los foros o los acuerdos hasta el organismo electoral central o el CERT
network-none-cut-off = Ninguna oficina mostrada aquí está aislada del centro.
network-findings-by-org = Hallazgos por organización:
network-list = La red como lista
network-col-sits-in = Participa en
network-col-party-to = Parte de
network-cut-off-tag = aislada
network-none = Ninguna organización coincide.

## Lists and sentences inside the analysis's sentences
list-separator = {", "}
list-and = { $init } y { $last }
list-and-more = { $listed } y { $count } más
sentence-separator = {"; "}

## The analysis page: the model's size, the matrix, statuses
analysis-count-organisations = { $count ->
    [one] { $count } organización
   *[other] { $count } organizaciones
}
analysis-count-contacts = { $count ->
    [one] { $count } contacto
   *[other] { $count } contactos
}
analysis-count-forums = { $count ->
    [one] { $count } foro
   *[other] { $count } foros
}
analysis-count-agreements = { $count ->
    [one] { $count } acuerdo
   *[other] { $count } acuerdos
}
analysis-count-assets = { $count ->
    [one] { $count } activo
   *[other] { $count } activos
}
analysis-count-responsibilities = { $count ->
    [one] { $count } fila de responsabilidad
   *[other] { $count } filas de responsabilidad
}
analysis-count-activities = { $count ->
    [one] { $count } actividad
   *[other] { $count } actividades
}
analysis-unrecorded-organisations = organizaciones no registradas
analysis-unrecorded-contacts = contactos no registrados
analysis-unrecorded-forums = foros no registrados
analysis-unrecorded-agreements = acuerdos no registrados
analysis-unrecorded-assets = activos no registrados
analysis-unrecorded-responsibilities = filas de responsabilidad no registradas
analysis-unrecorded-activities = actividades no registradas
analysis-matrix-cells = Matriz de responsabilidades: { $cells } celdas, { $gaps } sin organización responsable final y { $overlaps } con más de una.
analysis-approach-horizontal = horizontal
analysis-approach-vertical = vertical
analysis-approach-mixed = mixto
analysis-approach-undetermined = no determinado
analysis-unknown = desconocido
analysis-readiness-ready = preparada
analysis-readiness-partly = preparada en parte
analysis-readiness-not-ready = no preparada
analysis-readiness-not-applicable = no aplicable
analysis-check = { $check } ({ $met }): { $evidence }
analysis-check-met = cumplido
analysis-check-not-met = no cumplido
analysis-status-met = cumplida
analysis-status-partly = cumplida en parte
analysis-status-not-met = no cumplida

## The check report (liaison check)
check-title = Comprobación de Liaison: { $jurisdiction }
check-as-of = a { $date }
check-col-severity = Gravedad
check-col-finding = Hallazgo
check-col-remedy = Qué hacer
check-col-id = Id
check-col-status = Estado
check-not-shown = no demostrado
check-more = (+{ $count } más)
check-approach-signs = { $approach } ({ $horizontal } señales horizontales y { $vertical } verticales)
check-footer = Generado por Liaison a partir del modelo de colaboración. Los hallazgos, las áreas de actuación y la madurez se deducen de la estructura del modelo; las reglas se describen en docs/ANALYSIS.md.

## liaison diff: lo que cambió entre dos modelos

changes-title = Cambios de { $old } a { $new }
changes-none = Los dos modelos son iguales, y también su análisis.
changes-section = { $section ->
    [organisations] Organizaciones
    [contacts] Contactos
    [forums] Foros
    [agreements] Acuerdos
    [assets] Tecnología
    [activities] Actividades conjuntas
   *[escalation_protocols] Protocolos de escalamiento
}: { $changes }
changes-added = { $count ->
    [one] { $count } añadido ({ $ids })
   *[other] { $count } añadidos ({ $ids })
}
changes-removed = { $count ->
    [one] { $count } eliminado ({ $ids })
   *[other] { $count } eliminados ({ $ids })
}
changes-changed = { $count ->
    [one] { $count } modificado ({ $ids })
   *[other] { $count } modificados ({ $ids })
}
changes-now-known = ahora conocido (era desconocido)
changes-now-unknown = ahora desconocido (era conocido)
changes-matrix = { $count ->
    [one] Matriz de responsabilidades: { $count } celda cambió de organizaciones responsables
   *[other] Matriz de responsabilidades: { $count } celdas cambiaron de organizaciones responsables
}
changes-cell = { $threat } en la fase { $phase }: { $before } → { $after }
changes-nobody = nadie
changes-model = El modelo
changes-analysis = Análisis
changes-maturity = Nivel de colaboración: { $before } → { $after }
changes-approach = Enfoque: { $before } → { $after }
changes-focus-gained = Áreas de actuación que ahora se observan: { $areas }
changes-focus-lost = Áreas de actuación que ya no se observan: { $areas }
changes-new-findings = Hallazgos nuevos ({ $count }):
changes-resolved-findings = Hallazgos resueltos ({ $count }):
