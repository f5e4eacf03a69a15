# Traducción del archivo inglés del catálogo: debe conservar exactamente sus claves, sin añadir ni quitar ninguna.

## tipo de actividad
list-activity-kind = tipo de actividad
activity-kind-joint-risk-assessment = Evaluación conjunta de riesgos
    .description = Varios organismos evalúan juntos los riesgos cibernéticos para la elección.
activity-kind-situation-reporting = Informes de situación
    .description = Informes de situación periódicos compartidos entre organismos.
activity-kind-information-sharing = Intercambio de información
    .description = Un mecanismo para intercambiar información e indicadores sobre amenazas.
activity-kind-media-monitoring = Monitoreo de medios y redes sociales
    .description = Monitoreo coordinado de los medios, las redes sociales y otras fuentes.
activity-kind-coordinated-communication = Comunicación pública coordinada
    .description = Una estrategia de comunicación conjunta, mensajes acordados o declaraciones conjuntas.
activity-kind-voter-information = Campaña de información al electorado
    .description = Informar conjuntamente a los electores, también con las plataformas y los medios.
activity-kind-rumour-response = Respuesta a rumores
    .description = Seguimiento de los rumores sobre el proceso y publicación de rectificaciones.
activity-kind-incident-response = Respuesta conjunta a incidentes
    .description = Organismos que responden juntos a un incidente o que están de guardia para hacerlo.
activity-kind-contingency-planning = Planes de contingencia
    .description = Planes conjuntos de contingencia y de continuidad para la elección.
activity-kind-technical-assistance = Asistencia técnica
    .description = Un organismo proporciona a otro equipos, alojamiento o protección.
activity-kind-complaints-handling = Tramitación de reclamaciones
    .description = Tramitación rápida y coordinada de las reclamaciones sobre el proceso.
activity-kind-training = Capacitación
    .description = Sesiones de capacitación o sensibilización impartidas por un organismo a otros.
activity-kind-guidance = Guías prácticas
    .description = Guías, listas de verificación o manuales de actuación elaborados para otros.
activity-kind-secondment = Adscripción de personal
    .description = Personal destinado temporalmente en otra organización.
activity-kind-shared-tool = Herramienta compartida
    .description = Una herramienta o un servicio que un organismo pone a disposición de otros.
activity-kind-certification = Certificación
    .description = Un organismo independiente certifica que los sistemas cumplen los requisitos.
activity-kind-security-audit = Auditoría de seguridad
    .description = Una auditoría independiente de sistemas o procedimientos.
activity-kind-security-testing = Pruebas de seguridad
    .description = Pruebas de penetración, revisiones de código u otras pruebas independientes.
activity-kind-tabletop-exercise = Ejercicio de mesa
    .description = Un repaso de un escenario mediante la discusión.
activity-kind-simulation-exercise = Ejercicio de simulación
    .description = Una simulación real y a gran escala de un ataque y de la respuesta.
activity-kind-international-exchange = Intercambio internacional
    .description = Intercambio de conocimientos o de información con otros países.
activity-kind-observation = Observación de la colaboración
    .description = Observadores evalúan la colaboración interinstitucional y sus salvaguardias.

## tipo de adversario
list-adversary-kind = tipo de adversario
adversary-kind-foreign-state = Estado extranjero
    .description = Un Estado extranjero que busca influir en la elección; muchos lo consideran el principal adversario.
adversary-kind-domestic-political = Actor político nacional
    .description = Un partido, una campaña o un operador político del propio país.
adversary-kind-hacktivist = Hacktivista
    .description = Piratas informáticos con una agenda política o social, incluida la desconfianza hacia la tecnología electoral.
adversary-kind-terrorist = Terrorista
    .description = Terroristas que recurren a operaciones cibernéticas.
adversary-kind-organised-crime = Crimen organizado
    .description = El crimen organizado que intenta influir en la elección.
adversary-kind-cybercriminal = Ciberdelincuente
    .description = Delincuentes que buscan dinero, como las bandas de secuestro de datos.
adversary-kind-fame-seeker = Buscador de notoriedad
    .description = Personas o grupos que quieren lucir sus habilidades.
adversary-kind-insider = Persona con acceso interno
    .description = Alguien con acceso legítimo que hace un uso indebido de él.
adversary-kind-careless-researcher = Investigador imprudente
    .description = Piratas informáticos éticos o de sombrero gris que publican sin cuidado, demasiado tarde para corregir, o que exageran la gravedad.

## tipo de acuerdo
list-agreement-kind = tipo de acuerdo
agreement-kind-law = Ley
    .description = Una ley aprobada por el parlamento.
agreement-kind-decree = Decreto o reglamento
    .description = Un decreto, reglamento, orden ejecutiva o designación formal del gobierno.
agreement-kind-mou = Memorando de entendimiento
    .description = Un memorando de entendimiento o un acuerdo de cooperación entre organizaciones.
agreement-kind-protocol = Protocolo
    .description = Un protocolo operativo: quién hace qué, cuándo y cómo circula la información.
agreement-kind-terms-of-reference = Términos de referencia
    .description = Los términos de referencia de un foro, un grupo especial o un órgano conjunto.
agreement-kind-contract = Contrato
    .description = Un contrato, por ejemplo con un proveedor o un prestador de servicios.
agreement-kind-guideline = Directriz o norma
    .description = Orientaciones, normas o políticas adoptadas por uno o varios organismos.
agreement-kind-strategy = Estrategia o plan
    .description = Una estrategia o un plan nacional o institucional.

## tipo de activo
list-asset-kind = tipo de activo
asset-kind-voter-register = Registro de electores
    .description = El registro de electores y cualquier servicio en línea donde los electores comprueban su inscripción.
asset-kind-biometric-id = Identificación de electores
    .description = Kits biométricos, documentos de identidad electrónicos y otros medios para identificar a los electores.
asset-kind-candidate-registration = Inscripción de partidos y candidaturas
    .description = Sistemas para inscribir a los partidos, a los candidatos y sus candidaturas.
asset-kind-election-management-system = Sistema de gestión electoral
    .description = Sistemas internos de logística, asignación de personal a las mesas de votación, actas y decisiones.
asset-kind-e-pollbooks = Padrones electrónicos
    .description = Listas electrónicas que se usan en las mesas de votación para registrar la presencia de los electores.
asset-kind-voting-machines = Máquinas de votación
    .description = Máquinas que registran los votos en las mesas de votación (registro electrónico directo, dispositivos de marcado de papeletas).
asset-kind-internet-voting = Voto por Internet
    .description = Voto electrónico a distancia por Internet.
asset-kind-counting-scanners = Escáneres de escrutinio
    .description = Lectores ópticos y otros equipos que cuentan las papeletas de papel.
asset-kind-results-transmission = Transmisión y consolidación de resultados
    .description = Sistemas que transmiten los resultados desde las mesas de votación hacia los niveles superiores y los agregan.
asset-kind-results-website = Sitio web de resultados
    .description = El sitio web público donde se publican los resultados preliminares y definitivos.
asset-kind-emb-website = Sitio web y servicios en línea del OE
    .description = El sitio web público del organismo electoral (OE) y sus servicios en línea distintos de los resultados.
asset-kind-email-messaging = Correo electrónico y mensajería
    .description = Correo electrónico institucional y del personal, mensajería y herramientas de colaboración.
asset-kind-official-social-media = Cuentas oficiales en redes sociales
    .description = Las cuentas del OE y de los organismos asociados en las plataformas de redes sociales.
asset-kind-party-systems = Sistemas de partidos y candidaturas
    .description = El correo electrónico y los sistemas de campaña de partidos y candidatos, y los datos electorales que reciben.
asset-kind-broader-infrastructure = Infraestructura nacional en general
    .description = Los servicios de gobierno electrónico, la red eléctrica y las telecomunicaciones de las que dependen las elecciones.
asset-kind-voter-information = Información al electorado y confianza en el proceso
    .description = La información oficial sobre cuándo, dónde y cómo votar, y la imagen que el público tiene del proceso: lo que ataca la desinformación sobre el proceso.

## necesidad de seguridad
list-security-need = necesidad de seguridad
security-need-low = Baja
    .description = Una brecha sería una molestia.
security-need-moderate = Moderada
    .description = Una brecha perturbaría el trabajo o dañaría la confianza a nivel local, y podría subsanarse.
security-need-high = Alta
    .description = Una brecha perturbaría una fase de la elección o dañaría la confianza en su resultado.

## capacidad
list-capability = capacidad
capability-technical-response = Respuesta técnica a incidentes
    .description = Puede contener y erradicar un ataque técnico contra sistemas y redes, y recuperarse de él.
capability-forensics = Análisis forense digital
    .description = Puede examinar sistemas y pruebas para establecer qué ocurrió y quién lo hizo.
capability-threat-intelligence = Inteligencia sobre amenazas
    .description = Recopila y comparte inteligencia sobre los adversarios, sus intenciones y sus técnicas.
capability-ddos-mitigation = Mitigación de DDoS
    .description = Puede absorber o filtrar el tráfico de denegación de servicio (operadores de red, alojamiento, servicios de depuración de tráfico).
capability-security-assessment = Evaluación de seguridad y certificación
    .description = Audita, prueba y certifica sistemas y procedimientos.
capability-criminal-investigation = Investigación penal
    .description = Investiga y persigue delitos, incluidos los delitos electorales y la ciberdelincuencia.
capability-public-communication = Comunicación pública
    .description = Se dirige a los electores y a los medios con autoridad y alcance.
capability-information-monitoring = Monitoreo de medios y redes sociales
    .description = Vigila los medios, las redes sociales y otras fuentes en busca de desinformación y señales de ataque.
capability-content-moderation = Moderación de contenidos
    .description = Puede etiquetar, relegar o eliminar contenidos y cuentas en una plataforma.
capability-fact-checking = Verificación de datos
    .description = Verifica afirmaciones y publica rectificaciones.
capability-data-protection = Supervisión de la protección de datos
    .description = Supervisa y hace cumplir la protección de los datos personales, como los registros de electores.
capability-media-regulation = Regulación de medios
    .description = Regula a los radiodifusores y, cuando la ley lo permite, a los medios en línea durante las campañas.
capability-adjudication = Resolución de controversias
    .description = Resuelve reclamaciones y controversias.
capability-technical-support = Soporte técnico
    .description = Desarrolla, opera o da soporte a la tecnología electoral.
capability-guidance-training = Orientación y capacitación
    .description = Capacita al personal y a las partes interesadas y publica orientaciones sobre higiene cibernética.
capability-oversight = Supervisión
    .description = Exige rendición de cuentas a otros: control parlamentario o independiente.
capability-observation = Observación
    .description = Observa el proceso e informa sobre él de forma independiente.
capability-infrastructure-continuity = Continuidad de la infraestructura
    .description = Mantiene en funcionamiento la electricidad, las telecomunicaciones o el alojamiento cuando más importa.
capability-election-administration = Administración electoral
    .description = Organiza el propio proceso electoral.
capability-policy-funding = Políticas y financiación
    .description = Define las políticas, redacta las leyes y asigna los presupuestos.

## tipo de contacto
list-contact-kind = tipo de contacto
contact-kind-person = Persona designada
    .description = Una persona concreta; si está ausente, nadie responde.
contact-kind-function = Función o puesto de guardia
    .description = Un cargo o puesto cubierto por turnos, como un oficial de guardia o un centro de situación.
contact-kind-team = Equipo
    .description = Una dirección o línea compartida de un equipo que atienden varias personas.

## disponibilidad
list-availability = disponibilidad
availability-twenty-four-seven = 24/7
    .description = Responde a cualquier hora, todos los días.
availability-election-period = 24 horas en el período electoral
    .description = A cualquier hora desde la campaña hasta la publicación de resultados; en horario de oficina el resto del tiempo.
availability-office-hours = Horario de oficina
    .description = Responde solo en horario laboral.

## tipo de canal
list-channel-kind = tipo de canal
channel-kind-email = Correo electrónico
    .description = Correo electrónico ordinario.
channel-kind-landline = Teléfono fijo
    .description = Una línea telefónica fija.
channel-kind-mobile = Teléfono móvil
    .description = Un número de teléfono móvil (voz o SMS).
channel-kind-messaging = Aplicación de mensajería
    .description = Un servicio de mensajería por Internet como Signal, WhatsApp o Telegram.
channel-kind-secure-line = Línea gubernamental segura
    .description = Una red gubernamental dedicada o una línea de voz cifrada, independiente de la Internet pública.
channel-kind-satellite-phone = Teléfono satelital
    .description = Un teléfono satelital, independiente de las redes nacionales de telecomunicaciones.
channel-kind-radio = Radio
    .description = Una red de radio como TETRA o la radio de los servicios de emergencia.
channel-kind-in-person = En persona
    .description = Un punto de encuentro físico o un oficial de enlace en el lugar.
channel-kind-web-form = Formulario o portal web
    .description = Un formulario de notificación o un portal en la web.

## tipo de foro
list-forum-kind = tipo de foro
forum-kind-task-force = Grupo especial
    .description = Un órgano creado para una tarea definida, a menudo para una sola elección.
forum-kind-working-group = Grupo de trabajo
    .description = Un grupo que trabaja sobre un tema, a menudo entre expertos.
forum-kind-network = Red
    .description = Una red más flexible de puntos de contacto.
forum-kind-committee = Comité
    .description = Un comité formal.
forum-kind-council = Consejo
    .description = Un consejo de coordinación, a menudo de todo un sector.
forum-kind-project = Proyecto conjunto
    .description = Un proyecto conjunto específico.
forum-kind-administrative-body = Órgano administrativo
    .description = Un órgano conjunto permanente con personal propio.

## periodicidad
list-cadence = periodicidad
cadence-daily = Diaria
    .description = Se reúne todos los días.
cadence-weekly = Semanal
    .description = Se reúne todas las semanas.
cadence-fortnightly = Quincenal
    .description = Se reúne cada dos semanas.
cadence-monthly = Mensual
    .description = Se reúne todos los meses.
cadence-bimonthly = Bimestral
    .description = Se reúne cada dos meses.
cadence-quarterly = Trimestral
    .description = Se reúne cada tres meses.
cadence-yearly = Anual
    .description = Se reúne una vez al año.
cadence-ad-hoc = Según necesidad
    .description = Se reúne cuando alguien convoca una reunión.

## administración
list-administration = administración
administration-centralized = Centralizada
    .description = Un OE central lo gestiona todo, hasta las mesas de votación.
administration-decentralized = Descentralizada
    .description = Órganos regionales o locales independientes tienen el control operativo.
administration-mixed = Mixta
    .description = Un órgano central comparte el trabajo con órganos regionales o locales.

## condición de infraestructura crítica
list-critical-infrastructure-status = condición de infraestructura crítica
critical-infrastructure-status-designated = Designadas
    .description = Las elecciones están designadas formalmente como infraestructura crítica.
critical-infrastructure-status-treated-as = Tratadas como tal
    .description = Sin designación formal, pero los actores tratan las elecciones como infraestructura crítica.
critical-infrastructure-status-considering = En estudio
    .description = Se está estudiando una designación.
critical-infrastructure-status-not-designated = No designadas
    .description = Las elecciones no son infraestructura crítica.

## nivel de colaboración
list-collaboration-level = nivel de colaboración
collaboration-level-none = Sin colaboración constatada
    .description = El modelo aún no muestra comunicación organizada entre organismos.
collaboration-level-communication = Comunicación organizada
    .description = Los organismos saben a quién llamar y mantienen los canales en uso.
collaboration-level-shared-awareness = Conocimiento compartido de la situación
    .description = Los organismos evalúan juntos los riesgos y comparten una misma visión.
collaboration-level-coordinated-messaging = Comunicación pública coordinada
    .description = Los organismos se dirigen al público con una sola voz.
collaboration-level-joint-response = Prevención y respuesta conjuntas
    .description = Los organismos previenen y responden juntos, con un escalamiento acordado.
collaboration-level-shared-expertise = Conocimientos y herramientas compartidos
    .description = Los organismos fortalecen mutuamente sus capacidades.
collaboration-level-independent-assurance = Garantía independiente
    .description = Las medidas de seguridad se evalúan o certifican de forma independiente.
collaboration-level-exercised = Colaboración ejercitada
    .description = La respuesta conjunta se pone a prueba en ejercicios basados en escenarios.

## período del ciclo electoral
list-period-of-the-electoral-cycle = período del ciclo electoral
period-of-the-electoral-cycle-pre-electoral = Período preelectoral
    .description = Desde el marco jurídico y la planificación hasta la campaña; también el largo tramo entre elecciones.
period-of-the-electoral-cycle-electoral = Período electoral
    .description = La votación, el escrutinio y la transmisión, consolidación y publicación de resultados.
period-of-the-electoral-cycle-post-electoral = Período postelectoral
    .description = Controversias, auditoría y revisión, y archivo, que alimentan el ciclo siguiente.

## fase
list-phase = fase
phase-legal-framework = Marco jurídico
    .description = Redacción y reforma de la ley y la normativa electorales; una fase que transcurre entre elecciones.
phase-planning = Planificación y presupuesto
    .description = Planificación operativa, presupuestación y adquisición de tecnología electoral.
phase-training = Capacitación y educación del electorado
    .description = Capacitación del personal electoral e información para los electores.
phase-voter-registration = Registro de electores
    .description = Inscripción de los electores y mantenimiento del registro, incluidas las consultas en línea de los electores.
phase-candidate-nomination = Nominación de partidos y candidaturas
    .description = Inscripción de partidos, candidatos y su documentación.
phase-campaign = Campaña
    .description = El período de campaña, cuando la desinformación sobre el proceso alcanza su punto máximo.
phase-voting = Votación
    .description = La jornada electoral (y el voto anticipado, por correo o por Internet).
phase-counting = Escrutinio
    .description = Recuento de los votos en las mesas de votación y en los centros de escrutinio.
phase-tabulation = Transmisión y consolidación de resultados
    .description = Transmisión de los resultados desde las mesas de votación hacia los niveles superiores y su agregación.
phase-results-publication = Publicación de resultados
    .description = Anuncio y publicación de los resultados preliminares y definitivos.
phase-disputes = Reclamaciones y controversias
    .description = Reclamaciones, recursos y su resolución.
phase-audit-review = Auditoría y revisión
    .description = Auditorías postelectorales, evaluaciones y lecciones aprendidas.
phase-archiving = Archivo
    .description = Archivo de la documentación y retirada o almacenamiento de los sistemas electorales.

## área de actuación
list-focus-area = área de actuación
focus-area-communication-directory = Organizar la comunicación interinstitucional
    .description = Un directorio de interlocutores y contactos de emergencia, funciones y liderazgo acordados, y foros que mantienen los canales en uso.
focus-area-joint-risk-assessment = Evaluación conjunta de riesgos y conocimiento de la situación
    .description = Evaluar juntos los riesgos cibernéticos, con informes de situación, intercambio de información y monitoreo.
focus-area-public-communication = Coordinar la comunicación pública
    .description = Una estrategia y un mensaje coherentes hacia los electores, con canales rápidos con los medios y las plataformas.
focus-area-prevention-response = Mecanismos de prevención y respuesta
    .description = Apoyo a la prevención, planes de contingencia y protocolos sobre cuándo y a quién escalar.
focus-area-expertise-tools = Conocimientos, herramientas y recursos
    .description = Programas de capacitación, directrices y otros recursos compartidos entre organismos.
focus-area-independent-assessment = Evaluaciones y certificaciones independientes
    .description = Otro organismo evalúa o certifica de forma independiente las medidas de seguridad del OE.
focus-area-joint-exercises = Ejercicios conjuntos basados en escenarios
    .description = Ejercicios de mesa o a gran escala que ponen a prueba la respuesta conjunta.

## gravedad del incidente
list-incident-severity = gravedad del incidente
incident-severity-low = Baja
    .description = Poco efecto en la elección; se atiende en el curso normal del trabajo.
incident-severity-medium = Media
    .description = Afecta a una oficina, un servicio o un grupo de electores; requiere atención hoy.
incident-severity-high = Alta
    .description = Amenaza una fase de la elección o la confianza pública en ella; requiere actuar en menos de una hora.
incident-severity-critical = Crítica
    .description = Detiene una fase o puede cambiar su resultado, o ya es público; movilización general inmediata.

## estado del incidente
list-incident-status = estado del incidente
incident-status-reported = Notificado
    .description = Notificado y derivado; nadie lo ha examinado todavía.
incident-status-triaged = Clasificado
    .description = Confirmado como incidente; gravedad y organizaciones responsables verificadas.
incident-status-in-progress = En curso
    .description = Las organizaciones responsables están trabajando en él.
incident-status-contained = Contenido
    .description = El daño ya no se propaga; la recuperación continúa.
incident-status-resolved = Resuelto
    .description = Servicio restablecido y causa subsanada.
incident-status-closed = Cerrado
    .description = Lecciones aprendidas registradas; no queda nada por hacer.

## tipo de observable
list-observable-kind = tipo de observable
observable-kind-ipv4 = Dirección IPv4
    .description = Una dirección IPv4, como la de un equipo atacante.
observable-kind-ipv6 = Dirección IPv6
    .description = Una dirección IPv6.
observable-kind-domain = Nombre de dominio
    .description = Un nombre de dominio, como una imitación del sitio del OE.
observable-kind-url = Dirección web (URL)
    .description = Una dirección web completa, como la de una página de suplantación de identidad.
observable-kind-email = Dirección de correo electrónico
    .description = Una dirección de correo electrónico, como la de un remitente fraudulento.
observable-kind-file-hash = Huella de archivo
    .description = Una huella MD5, SHA-1, SHA-256 o SHA-512 de un archivo, en hexadecimal.
observable-kind-account = Cuenta
    .description = Una cuenta en una plataforma, como un usuario de redes sociales.
observable-kind-text = Texto del mensaje
    .description = El texto de un mensaje, una publicación o una afirmación tal como se vio.

## estado de la desinformación
list-disinformation-status = estado de la desinformación
disinformation-status-active = Activa
    .description = Se está difundiendo o está en observación; aún no se ha hecho nada.
disinformation-status-rectifying = Rectificación solicitada
    .description = Se pidió a las plataformas que actuaran, o se está preparando una rectificación pública.
disinformation-status-countered = Contrarrestada
    .description = Las plataformas actuaron o la rectificación pública ya se difundió; sigue vigilada por si reaparece.
disinformation-status-closed = Cerrada
    .description = Ya no se difunde; no queda nada por hacer.

## resultado de la rectificación
list-rectification-outcome = resultado de la rectificación
rectification-outcome-removed = Eliminado
    .description = El contenido fue retirado.
rectification-outcome-labelled = Etiquetado
    .description = El contenido permanece, marcado como falso, con un enlace a la información oficial.
rectification-outcome-demoted = Alcance reducido
    .description = El contenido permanece, pero se muestra a menos personas.
rectification-outcome-declined = Rechazado
    .description = La plataforma respondió que no actuará.

## familia de medidas de mitigación
list-mitigation-family = familia de medidas de mitigación
mitigation-family-securing-technology = Protección de la tecnología
    .description = Revisión, auditoría y actualización; redundancia y copias de seguridad; canales alternativos; cifrado; aislamiento; vigilancia 24/7.
mitigation-family-quality-control = Control de calidad y auditorías
    .description = Auditorías de los procedimientos en varios niveles, redundancia en los pasos críticos y seguimiento.
mitigation-family-supply-chain-security = Seguridad de la cadena de suministro
    .description = Examen y selección cuidadosa de proveedores y suministradores de confianza.
mitigation-family-human-resources = Recursos humanos
    .description = Capacitación e higiene cibernética, funciones claras, principio de los cuatro ojos, verificación del personal clave.
mitigation-family-online-monitoring = Monitoreo de la conversación en línea
    .description = Vigilancia de las redes sociales, la web oscura y los foros hacktivistas en busca de filtraciones o preparación de ataques.
mitigation-family-criminal-liability = Responsabilidad penal
    .description = Tipificar como delito las irregularidades electorales y perseguir a los infractores.
mitigation-family-continuous-collaboration = Colaboración continua
    .description = Mantener el contacto con muchos actores y establecer la comunicación mucho antes de cualquier crisis.

## nivel administrativo
list-administrative-level = nivel administrativo
administrative-level-national = Nacional
    .description = Trabaja para todo el país.
administrative-level-regional = Regional
    .description = Trabaja para una región, provincia, estado o distrito.
administrative-level-local = Local
    .description = Trabaja para un municipio, condado o circunscripción.
administrative-level-international = Internacional
    .description = Trabaja en varios países.

## sector
list-sector = sector
sector-state = Estatal
    .description = Forma parte del Estado: una autoridad pública.
sector-non-state = No estatal
    .description = Fuera del Estado: empresas, partidos, academia, sociedad civil, medios de comunicación.

## tipo de organización
list-organisation-kind = tipo de organización
organisation-kind-emb = Organismo electoral
    .description = La institución legalmente responsable de organizar las elecciones (comisión central, junta o tribunal electoral).
organisation-kind-election-office = Órgano electoral subordinado
    .description = Una oficina o comisión electoral regional o local, dependiente del OE central o junto a él.
organisation-kind-cert = CERT / CSIRT
    .description = Un equipo de respuesta a emergencias informáticas o a incidentes de seguridad.
organisation-kind-cybersecurity-agency = Agencia de ciberseguridad
    .description = Un centro nacional de ciberseguridad o una autoridad de seguridad de la información.
organisation-kind-intelligence = Servicio de seguridad o inteligencia
    .description = Un servicio de seguridad interior o una agencia de inteligencia exterior o de señales.
organisation-kind-police = Policía
    .description = La policía, incluidas sus unidades de ciberdelincuencia y de investigación criminal.
organisation-kind-military = Fuerzas armadas
    .description = El ministerio de defensa, las fuerzas armadas o su mando cibernético.
organisation-kind-data-protection = Autoridad de protección de datos
    .description = La autoridad que supervisa la protección de los datos personales.
organisation-kind-media-regulator = Regulador de medios
    .description = El regulador de la radiodifusión y, en algunos países, de los medios en línea.
organisation-kind-ministry = Ministerio u oficina gubernamental
    .description = Un ministerio u oficina gubernamental a cargo de la política electoral, su financiación o un mandato afín.
organisation-kind-parliament = Parlamento
    .description = El poder legislativo o una de sus comisiones u oficinas.
organisation-kind-judiciary = Tribunal
    .description = Un tribunal que resuelve controversias o delitos electorales.
organisation-kind-other-state = Otro organismo público
    .description = Cualquier otra autoridad pública, como un registro, un tribunal de cuentas o un centro informático del Estado.
organisation-kind-vendor = Proveedor de tecnología
    .description = Una empresa que desarrolla, suministra o da soporte a tecnología electoral o a servicios de seguridad.
organisation-kind-telecom = Operador de telecomunicaciones o de Internet
    .description = Un operador de telecomunicaciones o un proveedor de servicios de Internet.
organisation-kind-utility = Empresa de servicios públicos
    .description = Un proveedor de electricidad o de otro servicio público.
organisation-kind-platform = Red social o plataforma de Internet
    .description = Una plataforma de redes sociales, de búsqueda o de mensajería.
organisation-kind-media = Medios de comunicación
    .description = Un periódico, una emisora o una agencia de noticias.
organisation-kind-party = Partido político o candidatura
    .description = Un partido político, un candidato o una campaña.
organisation-kind-academia = Academia
    .description = Una universidad, un instituto de investigación o un órgano independiente de revisión técnica.
organisation-kind-civil-society = Sociedad civil
    .description = Una organización no gubernamental, un verificador de datos o un grupo de voluntarios.
organisation-kind-observer = Observadores electorales
    .description = Una misión u organización de observación electoral nacional o internacional.
organisation-kind-international = Organización o socio internacional
    .description = Una organización internacional o un organismo de otro país.

## función RACI
list-raci-role = función RACI
raci-role-responsible = Responsable
    .description = Realiza el trabajo.
raci-role-accountable = Aprobador
    .description = Responde del resultado; cada celda debe tener exactamente una organización aprobadora.
raci-role-consulted = Consultado
    .description = Se le consulta antes de actuar.
raci-role-informed = Informado
    .description = Se le informa después de actuar.

## tratamiento del riesgo
list-risk-treatment = tratamiento del riesgo
risk-treatment-reduce = Reducir
    .description = Las medidas reducen la probabilidad o el impacto.
risk-treatment-accept = Aceptar
    .description = Se vigila sin hacer nada más; el propietario responde de la decisión.
risk-treatment-transfer = Transferir
    .description = Lo asume otra parte, como un proveedor por contrato.
risk-treatment-avoid = Evitar
    .description = Se renuncia a la actividad o la tecnología que lo conlleva.

## estado del riesgo
list-risk-status = estado del riesgo
risk-status-open = Abierto
    .description = Identificado; el tratamiento aún no está implantado.
risk-status-treated = Tratado
    .description = El tratamiento está implantado; el riesgo residual es lo que queda.
risk-status-accepted = Aceptado
    .description = Aceptado por su propietario en su nivel actual.
risk-status-closed = Cerrado
    .description = Ya no afecta a esta elección.

## estado de la medida
list-measure-status = estado de la medida
measure-status-planned = Prevista
    .description = Acordada, sin empezar.
measure-status-in-progress = En curso
    .description = En proceso de implantación.
measure-status-done = Implantada
    .description = En funcionamiento.
measure-status-dropped = Descartada
    .description = Abandonada; el riesgo al que respondía necesita otra respuesta.

## familia de amenazas
list-threat-family = familia de amenazas
threat-family-technology-attack = Ataques a la tecnología electoral
    .description = Amenazas que explotan debilidades técnicas reales de la tecnología relacionada con las elecciones.
threat-family-process-disinformation = Desinformación sobre el proceso
    .description = Amenazas que hacen creer que existen debilidades, dirigidas contra la integridad percibida del proceso.

## tipo de amenaza
list-threat-kind = tipo de amenaza
threat-kind-ddos = Denegación de servicio (DoS/DDoS)
    .description = Saturar un sitio o un canal hasta que se ralentice o se detenga; el daño es la indisponibilidad en el peor momento.
threat-kind-defacement = Desfiguración y manipulación de contenidos
    .description = Cambiar el aspecto de un sitio público, o sutilmente lo que dice, como resultados alterados o información engañosa para los electores.
threat-kind-malware = Software malicioso
    .description = Software malicioso que deja sistemas y datos esenciales inaccesibles o poco fiables.
threat-kind-ransomware = Secuestro de datos
    .description = Software malicioso que cifra o bloquea sistemas y datos para extorsionar, a menudo con fines delictivos más que políticos.
threat-kind-apt = Amenaza persistente avanzada
    .description = Campañas bien dotadas y en varias fases contra sistemas internos, a menudo de un Estado, que alcanzan incluso sistemas aislados de la red.
threat-kind-social-engineering = Ingeniería social y suplantación de identidad
    .description = Engañar a personas para obtener credenciales o atraerlas a sitios comprometidos: suplantación de identidad, suplantación dirigida, pretextos.
threat-kind-insider = Ataque interno
    .description = Uso indebido y deliberado del acceso por quienes lo tienen: personal, contratistas, miembros de mesa.
threat-kind-supply-chain = Compromiso de la cadena de suministro
    .description = Tecnología que llega con software malicioso o fallos, deliberados o no, a través de los proveedores y sus suministradores.
threat-kind-hack-and-leak = Intrusión y filtración
    .description = Robar datos confidenciales del OE, de partidos o de candidatos y filtrarlos, a menudo alterados, en una operación de influencia.
threat-kind-disinformation-turnout = Desinformación contra la participación
    .description = Afirmaciones falsas que alejan a los electores: mesas de votación cerradas o trasladadas, votación aplazada, voto por teléfono permitido.
threat-kind-disinformation-trust = Desinformación que mina la confianza
    .description = Rumores de manipulación o irregularidades dirigidos contra la confianza en el proceso, el OE o su tecnología.
threat-kind-false-hacking-claim = Falsas denuncias de intrusión
    .description = Afirmaciones infundadas de que la tecnología electoral es vulnerable o ha sido vulnerada, o debilidades menores exageradas.
