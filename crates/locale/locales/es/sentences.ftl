# The analysis's sentences, translated from en/sentences.ftl.

phrase-every-phase = todas las fases
phrase-one-phase = la fase de { $phase }
phrase-phases = las fases { $phases }
phrase-phase-name = «{ $phase }»
phrase-participants-unknown = participantes no registrados
finding-matrix-unknown = El modelo no registra la matriz de responsabilidades ('responsibilities: unknown').
finding-assets-unknown = El modelo no registra el registro de activos ('assets: unknown'), así que no se conocen las celdas de la matriz de responsabilidades.
finding-assets-empty = El registro de activos está vacío: no hay ninguna tecnología electoral registrada.
finding-contacts-unknown = El modelo no registra el directorio de contactos ('contacts: unknown').
finding-critical-infrastructure-unknown = No consta si las elecciones están designadas como infraestructura crítica.
finding-gap = Ninguna organización es responsable final de { $threat } sobre { $asset_kind } ({ $assets }) en { $phases }.
finding-overlap-two = { $organisations } son ambas responsables finales de { $threats } sobre { $asset_kinds } ({ $assets }) en { $phases }.
finding-overlap-many = { $organisations } son todas responsables finales de { $threats } sobre { $asset_kinds } ({ $assets }) en { $phases }.
finding-mismatch-one-lacks-one = Para { $threat } sobre { $asset_kinds } ({ $assets }), la única organización que actúa, { $organisation }, no tiene la capacidad «{ $capability }».
finding-mismatch-one-lacks-all = Para { $threat } sobre { $asset_kinds } ({ $assets }), la única organización que actúa, { $organisation }, no tiene ninguna de estas capacidades: { $capabilities }.
finding-mismatch-none-has-one = Para { $threat } sobre { $asset_kinds } ({ $assets }), ninguna de las organizaciones que actúan ({ $organisations }) tiene la capacidad «{ $capability }».
finding-mismatch-none-has-any = Para { $threat } sobre { $asset_kinds } ({ $assets }), ninguna de las organizaciones que actúan ({ $organisations }) tiene alguna de estas capacidades: { $capabilities }.
finding-mismatch-many-none-has-one = Para { $threat } sobre { $asset_kinds } ({ $assets }), ninguna de las { $count } organizaciones que actúan (como { $organisations }) tiene la capacidad «{ $capability }».
finding-mismatch-many-none-has-any = Para { $threat } sobre { $asset_kinds } ({ $assets }), ninguna de las { $count } organizaciones que actúan (como { $organisations }) tiene alguna de estas capacidades: { $capabilities }.
finding-no-contact-at-all = { $organisation } tiene un papel en la respuesta pero ningún contacto.
finding-emergency-hours-unknown = { $organisation } tiene un papel en la respuesta; el horario de su contacto de emergencia no está registrado, así que puede que no atienda a cualquier hora.
finding-no-emergency-contact = { $organisation } tiene un papel en la respuesta pero ningún contacto de emergencia que atienda a cualquier hora.
finding-no-out-of-band = { $organisation } tiene un papel en la respuesta, pero a todos sus contactos solo se llega por correo electrónico, móvil o mensajería.
finding-single-person = El único contacto de { $organisation } es una persona: { $contact }.
finding-never-verified = El contacto { $contact } de { $organisation } nunca se ha verificado.
finding-verification-unknown = No consta cuándo se verificó por última vez el contacto { $contact } de { $organisation }.
finding-stale = El contacto { $contact } de { $organisation } se verificó por última vez el { $date }, hace { $days } días (el límite es { $limit }).
finding-not-in-a-forum = { $organisation } tiene un papel en la respuesta pero no participa en ningún foro.
finding-forum-outside-election = El foro { $forum } solo está activo en { $phases }, nunca entre la campaña y la publicación de resultados.
finding-forum-ad-hoc-in-period = El foro { $forum } se reúne cuando hace falta y no tiene ninguna reunión prevista en el periodo electoral (del { $from } al { $to }).
finding-forum-ad-hoc = El foro { $forum } se reúne cuando hace falta, sin ninguna reunión prevista en el periodo electoral.
finding-forum-too-rare = El foro { $forum } se reúne con frecuencia «{ $cadence }», pero el periodo electoral dura { $days } días (del { $from } al { $to }) y no hay ninguna reunión prevista en él.
finding-forum-cadence-unknown = No consta con qué frecuencia se reúne el foro { $forum }, así que no se sabe si se reúne durante el periodo electoral.
finding-agreement-expired = El acuerdo { $agreement } ({ $title }) venció el { $date }.
finding-agreement-not-public = El acuerdo { $agreement } entre { $election_body } y { $security_body } no es público.
finding-agreement-publicity-unknown = No consta si el acuerdo { $agreement } entre { $election_body } y { $security_body } es público.
finding-unbounded-no-agreement = { $organisation } ({ $kind }) participa en la colaboración, pero no es parte de ningún acuerdo.
finding-unbounded-agreements = { $organisation } ({ $kind }) participa en la colaboración, pero sus acuerdos ({ $agreements }) no fijan los límites de su intervención.
finding-no-central-emb = El modelo no tiene un organismo electoral de nivel nacional.
finding-no-national-cert = El modelo no tiene un CERT nacional ni una agencia de ciberseguridad.
finding-office-cut-from-emb = La oficina electoral { $office } no tiene camino hasta el organismo electoral central por la jerarquía, los foros o los acuerdos.
finding-office-cut-from-cert = La oficina electoral { $office } no tiene camino hasta el CERT nacional por la jerarquía, los foros o los acuerdos.
finding-office-cut-from-both = La oficina electoral { $office } no tiene camino hasta el organismo electoral central ni hasta el CERT nacional por la jerarquía, los foros o los acuerdos.
finding-next-level = La colaboración está en el nivel { $rung } de 7 ({ $level }). El nivel { $next_rung } ({ $next_level }) necesita { $missing }.
finding-designated-but-lacks = Las elecciones están designadas como infraestructura crítica, pero al modelo le falta: { $missing }.
finding-treated-as-but-lacks = Las elecciones se tratan como infraestructura crítica, pero al modelo le falta: { $missing }.
finding-consider-designation = La colaboración está en el nivel { $rung } de 7 ({ $level }) y las elecciones no están designadas como infraestructura crítica; una designación u otro instrumento vinculante podría imponer la colaboración.
finding-recommendation-unmet = Recomendación { $number } ({ $title }): { $evidence }.
phrase-also = { $first }; { $second }
evidence-activity = { $kind } «{ $title }» ({ $participants })
evidence-directory = un directorio con contactos de emergencia disponibles a cualquier hora para { $count } organizaciones, entre ellas { $election_body } y { $partner }
evidence-forum-brings-together = el foro { $forum } ({ $kind }) reúne a { $election_body } con { $count } organismos socios
evidence-forum-brings-one = el foro { $forum } ({ $kind }) reúne a { $election_body } con un organismo socio
evidence-matrix-names = funciones acordadas en una matriz de responsabilidades que nombra a { $count } organizaciones
evidence-with-platform-or-media = { $kind } «{ $title }» con una plataforma o un medio de comunicación
evidence-sets-out-response = { $kind } «{ $title }» establece cómo responden { $parties }
evidence-governs-from-above = { $kind } «{ $title }» rige la colaboración desde arriba
evidence-governs-and-designates = { $kind } «{ $title }» rige la colaboración desde arriba y designa las elecciones como infraestructura crítica
evidence-negotiated = { $kind } «{ $title }» negociado entre { $parties }
evidence-designated = las elecciones están designadas como infraestructura crítica
evidence-forum-set-up-by-law = el foro { $forum } fue creado por: { $kind } «{ $title }»
evidence-forum-set-up-by-agencies = el foro { $forum } ({ $kind }) fue creado por los propios organismos, no por ley
missing-risk-assessment = una evaluación conjunta de riesgos, informes de situación, intercambio de información o seguimiento de medios con dos o más organizaciones (una actividad de tipo joint_risk_assessment, situation_reporting, information_sharing o media_monitoring)
missing-expertise = formación, orientación, comisiones de servicio o herramientas compartidas que una organización ofrece a otras (una actividad de tipo training, guidance, secondment o shared_tool)
missing-exercises = un ejercicio de mesa o de simulación con dos o más organizaciones (una actividad de tipo tabletop_exercise o simulation_exercise)
missing-directory-unknown = el directorio de contactos (no registrado en el modelo)
missing-emergency-contacts = contactos de emergencia disponibles a cualquier hora para el organismo electoral central y al menos un organismo socio
missing-forum = o un foro en el que el organismo electoral central se reúna con organismos socios
missing-public-communication = comunicación pública coordinada, información al electorado o respuesta a rumores con dos o más organizaciones, o un memorando de entendimiento o protocolo con una plataforma de redes sociales o los medios
missing-response = respuesta conjunta a incidentes, planificación de contingencias, asistencia técnica o tramitación de quejas, o un protocolo o memorando de entendimiento vigente entre la administración electoral y un socio sobre la respuesta a ataques
missing-independent = una certificación, auditoría o prueba de seguridad dirigida por un organismo independiente de la administración electoral (una actividad de tipo certification, security_audit o security_testing cuyo responsable no es el organismo electoral)
missing-independent-lead = las evaluaciones { $activities } no registran un responsable independiente
readiness-instrument = la designación consta en un instrumento vinculante
readiness-technical-partner = un CERT o una agencia de ciberseguridad actúa ante los ataques a la tecnología electoral
readiness-assessed = las normas mínimas se evalúan de forma independiente
readiness-cert-round-the-clock = el CERT nacional tiene un contacto de emergencia 24/7
readiness-evidence-instrument = { $kind } «{ $title }»
readiness-no-designating-agreement = ningún acuerdo designa las elecciones como infraestructura crítica
readiness-acts-for = { $organisation } tiene el rol «{ $role }» para { $threats }
evidence-matrix-not-recorded = la matriz de responsabilidades no está registrada
readiness-no-cyber-body-acts = ningún CERT ni agencia de ciberseguridad es responsable ni responsable final
readiness-assessment-recorded = consta una certificación, auditoría o prueba independiente
readiness-no-assessment-recorded = no consta ninguna certificación, auditoría ni prueba independiente
readiness-cert-answers = { $organisation } atiende emergencias a cualquier hora
evidence-directory-not-recorded = el directorio de contactos no está registrado
readiness-no-cert-round-the-clock = ningún contacto de emergencia disponible a cualquier hora en un CERT nacional
recommendation-between-elections = { $count ->
    [one] { $count } fila de responsabilidad cubre
   *[other] { $count } filas de responsabilidad cubren
} fases entre elecciones (marco jurídico, planificación, auditoría, archivo)
recommendation-nothing-between-elections = ninguna responsabilidad cubre las fases entre elecciones
recommendation-no-standing-forum = ningún foro con frecuencia conocida está activo en todas las fases
recommendation-standing-forums = foros permanentes activos en todas las fases: { $forums }
recommendation-assets-not-recorded = el registro de activos no está registrado
recommendation-key-processes-listed = { $count } de los 4 procesos que toda elección digitaliza { $count ->
    [one] está
   *[other] están
} en el registro de activos
recommendation-key-processes-missing = { $count } de los 4 procesos que toda elección digitaliza { $count ->
    [one] está
   *[other] están
} en el registro de activos (faltan: { $missing })
recommendation-uncovered-cells = { $count ->
    [one] { $count } celda de la matriz de responsabilidades no tiene
   *[other] { $count } celdas de la matriz de responsabilidades no tienen
} organización responsable final
recommendation-communication-shown = comunicación interinstitucional organizada: demostrada
recommendation-communication-not-shown = comunicación interinstitucional organizada: no demostrada
recommendation-shared-picture-shown = evaluación conjunta de riesgos y conocimiento de la situación: demostrados
recommendation-shared-picture-not-shown = evaluación conjunta de riesgos y conocimiento de la situación: no demostrados
recommendation-disinformation-owned = una organización es responsable final de la desinformación sobre el proceso
recommendation-disinformation-not-owned = nadie es responsable final de la desinformación sobre el proceso
recommendation-coordinated-shown = comunicación pública coordinada: demostrada
recommendation-coordinated-not-shown = comunicación pública coordinada: no demostrada
recommendation-agreements-not-recorded = los acuerdos no están registrados
recommendation-no-security-body = no participa ningún organismo de seguridad, inteligencia o militar
recommendation-security-unbounded = { $organisation }: ningún acuerdo limita su intervención
recommendation-security-bounded-public = { $organisation }: limitada por un acuerdo público
recommendation-security-bounded-not-public = { $organisation }: limitada, pero no por un acuerdo que conste como público
recommendation-international-partners = socios internacionales: { $organisations }
recommendation-international-exchange = consta un intercambio internacional
recommendation-nothing-international = no consta ningún socio ni intercambio internacional
recommendation-no-non-state = ninguna organización no estatal participa en un foro, acuerdo, actividad o en la matriz
recommendation-non-state-kinds = participan organizaciones no estatales de { $count ->
    [one] { $count } tipo
   *[other] { $count } tipos
}: { $kinds }
recommendation-no-party = no hay ningún partido político en el modelo
recommendation-parties-trained = los partidos participan en formación u orientación sobre ciberriesgos
recommendation-parties-untrained = { $count ->
    [one] hay { $count } partido en el modelo, pero ninguna formación ni orientación le llega
   *[other] hay { $count } partidos en el modelo, pero ninguna formación ni orientación les llega
}
recommendation-at-level = la colaboración está en el nivel { $rung } de 7
recommendation-organic = la colaboración espontánea ha llegado lejos sin impulso vertical
recommendation-pushed-from-above = una designación o instrumentos vinculantes impulsan la colaboración desde arriba
recommendation-designation-considered = se está considerando una designación como infraestructura crítica
recommendation-nothing-pushes = la colaboración es débil y nada vinculante la impulsa desde arriba
recommendation-observers-assess = los observadores evalúan la colaboración interinstitucional
recommendation-observers-idle = hay observadores en el modelo, pero no consta ninguna observación de la colaboración
recommendation-no-observers = no hay observadores en el modelo
similar-focus-areas = áreas de actuación: { $areas }
similar-horizontal = un enfoque horizontal
similar-vertical = un enfoque vertical
similar-mixed = un enfoque mixto
similar-administration = administración { $administration }
similar-agencies = organismos: { $kinds }
similar-non-state = socios no estatales: { $kinds }
similar-agreements = acuerdos: { $kinds }
similar-designation = elecciones designadas como infraestructura crítica
similar-forums = { $count ->
    [one] { $count } foro
   *[other] { $count } foros
} (ustedes tienen { $yours })
recommendation-1 = Tratar la ciberseguridad electoral como un compromiso a largo plazo en todo el ciclo electoral
recommendation-2 = Reconocer que las elecciones poco tecnificadas también afrontan ciberriesgos
recommendation-3 = Hacer de la colaboración interinstitucional el centro de la ciberresiliencia
recommendation-4 = Gestionar las percepciones además de los ataques reales
recommendation-5 = Mantener una colaboración transparente y claramente delimitada
recommendation-6 = Colaborar a nivel internacional
recommendation-7 = Ir más allá del Estado: sector privado, partidos, universidades, sociedad civil, medios
recommendation-8 = Concienciar a los partidos políticos sobre los ciberriesgos
recommendation-9 = Recurrir a la designación como infraestructura crítica u otras medidas verticales donde falte la colaboración espontánea
recommendation-10 = Dejar que los observadores evalúen la colaboración interinstitucional

# The nearest piece missing, and why the approach is what it is.
evidence-agrees-roles = { $kind } «{ $title }» fija las funciones de { $parties }
missing-roles = o un acuerdo (ley, decreto, memorando de entendimiento, protocolo o mandato) que fije las funciones del organismo electoral central y de un organismo socio
nearest-one-party = { $activity } solo implica a { $organisation }: la participación de una segunda organización mostraría esta área
nearest-forum-without-partner = el foro { $forum } incluye al organismo electoral central pero a ningún organismo socio
nearest-forum-without-emb = el foro { $forum } reúne a organismos socios sin el organismo electoral central
nearest-emb-contact-only = { $election_body } tiene un contacto de emergencia disponible las 24 horas, pero ningún organismo socio lo tiene
nearest-partner-contact-only = { $partner } tiene un contacto de emergencia disponible las 24 horas, pero el organismo electoral central no
nearest-not-in-force = { $kind } «{ $title }» mostraría esta área, pero no está en vigor
approach-none = ningún foro, acuerdo ni designación como infraestructura crítica indica cómo trabajan juntos los organismos
approach-only-horizontal = todas las señales son horizontales: los organismos organizaron la colaboración por sí mismos
approach-only-vertical = todas las señales son verticales: la colaboración se apoya en instrumentos vinculantes
approach-vertical-majority = las señales verticales ({ $vertical }) son al menos el doble que las horizontales ({ $horizontal })
approach-horizontal-majority = las señales horizontales ({ $horizontal }) son al menos el doble que las verticales ({ $vertical })
approach-mixed = señales horizontales ({ $horizontal }) y verticales ({ $vertical }), ninguna el doble de la otra: un enfoque combinado
evidence-work-together = { $election_body } y { $partner } trabajan juntos en { $count } actividades conjuntas
evidence-policy-from-above = { $kind } «{ $title }» organiza la colaboración como política del gobierno
evidence-unprompted-joint-work = { $count ->
    [one] { $count } actividad conjunta de organismos públicos no se apoya en ningún instrumento: los organismos trabajan juntos por iniciativa propia
   *[other] { $count } actividades conjuntas de organismos públicos no se apoyan en ningún instrumento: los organismos trabajan juntos por iniciativa propia
}
evidence-treated-as-critical = las elecciones se tratan como infraestructura crítica sin una designación formal
evidence-forum-set-up-from-above = el foro { $forum } fue creado por { $organisation }, una decisión tomada desde arriba
