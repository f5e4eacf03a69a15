# Lo que está mal en un archivo de modelo (el editor de registros, una importación,
# `liaison validate` y `liaison check`). Las claves, los nombres de sección y los identificadores
# quedan como los escribe el archivo: es lo que el lector debe encontrar y corregir. Las frases
# empiezan en minúscula: siguen a un lugar como «contacts.yaml:12:5: ».

model-problems = { $problems }
model-problems-count = { $count ->
    [one] el modelo tiene { $count } problema:
   *[other] el modelo tiene { $count } problemas:
}
model-problem-at = { $place }: { $problem }
model-problems-not-shown = { $count ->
    [one] … y { $count } problema más que no se muestra
   *[other] … y { $count } problemas más que no se muestran
}

## Los elementos de un modelo, elegidos por $noun

model-noun = { $noun ->
    [organisation] organización
    [contact] contacto
    [forum] foro
    [meeting] reunión
    [agreement] acuerdo
    [asset] activo
    [responsibility] responsabilidad
    [activity] actividad
    [escalation-protocol] protocolo de escalamiento
    [jurisdiction] jurisdicción
    [election] elección
   *[other] elemento
}
model-a-noun = { $noun ->
    [organisation] una organización
    [contact] un contacto
    [forum] un foro
    [meeting] una reunión
    [agreement] un acuerdo
    [asset] un activo
    [responsibility] una responsabilidad
    [activity] una actividad
    [escalation-protocol] un protocolo de escalamiento
    [jurisdiction] una jurisdicción
    [election] una elección
   *[other] un elemento
}
model-item = { model-noun } «{ $id }»
model-item-without-id = { model-noun }
model-the-model = el modelo

## Lectura de los archivos

model-cannot-open-path = no se puede abrir «{ $path }»: { $reason }
model-cannot-read-path = no se puede leer «{ $path }»: { $reason }
model-cannot-open = no se puede abrir el archivo: { $reason }
model-cannot-read = no se puede leer el archivo: { $reason }
model-io-not-found = no existe ese archivo o carpeta
model-io-permission-denied = permiso denegado
model-no-files = la carpeta «{ $path }» no contiene archivos de modelo (*.yaml o *.yml)
model-directories-too-deep = «{ $path }» está anidada en más de { $max } niveles de carpetas
model-too-many-files = el modelo tiene más de { $max } archivos; el límite evita leer la carpeta equivocada
model-file-too-large = el archivo supera { $size }, el límite para un archivo de modelo; reparta un modelo grande en una carpeta de archivos (organisations/*.yaml, contacts/*.yaml, …)
model-too-large = el modelo supera { $size } en total
model-size-mib = { $count } MiB
model-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
model-not-utf8 = el archivo no es texto UTF-8: el byte { $byte } en la línea { $line }, columna { $column } no es UTF-8 válido; guarde el archivo en UTF-8

## YAML

model-top-level = un archivo de modelo debe ser un conjunto de secciones como «jurisdiction:», «organisations:» y «forums:», cada una al principio de una línea
model-nested-too-deep = el YAML está anidado aquí en más de { $max } niveles; un archivo de modelo nunca lo necesita
model-anchors = las anclas y los alias (&nombre, *nombre) no se admiten en los archivos de modelo; escriba el valor completo
model-tags = las etiquetas YAML como «!tag» no se admiten en los archivos de modelo
model-key-not-a-word = una clave debe ser una palabra simple como «name», no una lista ni un bloque
model-not-yaml = esto no es YAML válido: { $detail }
model-not-yaml-too-nested = esto no es YAML válido: { $detail }; los corchetes están anidados demasiado profundamente
model-duplicate-key = la clave «{ $key }» aparece dos veces en el mismo bloque (la primera en la línea { $line }); conserve una

## Secciones y elementos

model-unknown-key-did-you-mean = { $subject } tiene una clave desconocida «{ $key }»; ¿quiso decir «{ $suggestion }»?
model-unknown-key = { $subject } tiene una clave desconocida «{ $key }»; las claves son: { $keys }
model-section-not-block = «{ $section }» debe ser un bloque de claves como «name:»
model-section-not-list = «{ $section }» debe ser una lista de elementos que empiecen cada uno por «- »
model-section-not-list-found = «{ $section }» debe ser una lista de elementos que empiecen cada uno por «- »; se encontró «{ $found }»
model-section-not-list-or-unknown = «{ $section }» debe ser una lista de elementos que empiecen cada uno por «- », o la palabra «unknown»; se encontró «{ $found }»
model-item-not-block = cada { model-noun } debe ser un bloque de claves como «id:» y «name:»
model-item-problem = { $subject }: { $problem }
model-expected-boolean = { $subject }: aquí se espera true o false
model-expected-number = { $subject }: aquí se espera un número
model-missing-key = falta la clave «{ $key }»
model-wrong-kind = se esperaba { $wanted } y se encontró { $found }
model-kind-list = una lista
model-kind-block = un bloque de claves
model-kind-single-value = un valor simple
model-kind-boolean = true o false
model-kind-number = un número
model-kind-other = otro valor
model-kind-written = «{ $text }»
model-not-allowed = «{ $given }» no se admite aquí; se espera { $expected }

## Valores

model-list-or-all = escriba una lista, como [{ $given }], o la palabra «all»
model-not-a-day = «{ $given }» no es una fecha; escríbala AAAA-MM-DD, por ejemplo 2027-05-15
model-not-true-false-unknown = «{ $given }» no es true, false ni unknown

## Identificadores y referencias

model-id-empty = el identificador «{ $id }» ({ model-noun }) está vacío; dé a cada objeto un identificador corto
model-id-too-long = el identificador «{ $id }» ({ model-noun }) tiene más de 128 caracteres
model-id-characters = el identificador «{ $id }» ({ model-noun }) solo puede contener letras, cifras, «_», «-» y «.», y debe empezar por una letra o una cifra
model-id-twice = el identificador «{ $id }» ({ model-noun }) se usa dos veces (la primera en la { $first }); los identificadores deben ser únicos
model-place-line = línea { $line }
model-place-file-line = línea { $line } del archivo n.º { $file }
model-dangling = { $subject } «{ $given }», que no es { model-a-noun } del modelo
model-dangling-did-you-mean = { $subject } «{ $given }», que no es { model-a-noun } del modelo; ¿quiso decir «{ $suggestion }»?
model-dangling-none-in-model = { $subject } «{ $given }», que no es { model-a-noun } del modelo; el modelo no tiene { $noun ->
    [organisation] ninguna
   *[other] ninguno
}
model-listed-twice = { $subject } «{ $given }» dos veces
model-ref-parent = la organización «{ $id }» tiene como matriz a
model-ref-contact-organisation = el contacto «{ $id }» pertenece a
model-ref-forum-member = el foro «{ $id }» cuenta entre sus miembros a
model-ref-forum-chair = el foro «{ $id }» está presidido por
model-ref-forum-set-up-by = el foro «{ $id }» fue creado por
model-ref-agreement-party = el acuerdo «{ $id }» cuenta entre sus partes a
model-ref-agreement-boundary = el acuerdo «{ $id }» fija límites para
model-ref-agreement-establishes = el acuerdo «{ $id }» instituye
model-ref-asset-operator = el activo «{ $id }» es operado por
model-ref-asset-vendor = el activo «{ $id }» es suministrado por
model-ref-asset-supplier = el activo «{ $id }» tiene en su cadena de suministro a
model-ref-responsibility = se asigna una responsabilidad a
model-ref-responsibility-within = la responsabilidad de «{ $organisation }» se limita a
model-ref-activity-lead = la actividad «{ $id }» está dirigida por
model-ref-activity-participant = la actividad «{ $id }» cuenta entre sus participantes a
model-ref-activity-basis = la actividad «{ $id }» se basa en
model-ref-protocol-notifies = el protocolo de escalamiento «{ $id }» avisa a

## Lo que dice el modelo

model-section-unknown-and-listed = «{ $section }» se declara desconocida aquí pero se enumera en la { $listed }; elimine una de las dos
model-section-twice = «{ $section }» se da una segunda vez; un modelo tiene una sola
model-section-twice-first = «{ $section }» se da una segunda vez (la primera en la { $first }); un modelo tiene una sola
model-no-jurisdiction = el modelo no tiene sección «jurisdiction:»; un archivo debe nombrar el país, por ejemplo:
    {"    "}jurisdiction:
    {"      "}name: Demoland
model-parent-cycle = la organización «{ $id }» es su propia antecesora a través de sus matrices: { $path }
model-contact-no-channels = el contacto «{ $id }» no tiene canales; dé al menos una forma de localizarlo
model-chair-not-member = el foro «{ $id }» está presidido por «{ $chair }», que no está entre sus miembros; añádalo a «members»
model-boundary-not-party = el acuerdo «{ $id }» fija límites para «{ $party }», que no es una de sus partes; añádala a «parties»
model-agreement-ends-before-start = el acuerdo «{ $id }» termina ({ $to }) antes de empezar ({ $from })
model-responsibility-no-cells = la responsabilidad de «{ $organisation }» no cubre ninguna celda: «threats», «phases» y «assets» necesitan cada uno al menos una entrada, o «all»
model-activity-date-and-cadence = la actividad «{ $id }» tiene a la vez «date» y «cadence»; dé solo una
model-protocol-notifies-nobody = el protocolo de escalamiento «{ $id }» no avisa a nadie; indique al menos una organización en «notify»
model-protocol-acknowledge-minutes = en el protocolo de escalamiento «{ $id }», «acknowledge_within_minutes» debe estar entre 1 y { $max } minutos (una semana), no { $minutes }
model-protocol-target-minutes = en el protocolo de escalamiento «{ $id }», «within_minutes» para «{ $organisation }» debe estar entre 1 y { $max } minutos (una semana), no { $minutes }
model-protocol-notifies-twice = el protocolo de escalamiento «{ $id }» avisa dos veces a «{ $organisation }»
model-protocol-applies-to-nothing = el protocolo de escalamiento «{ $id }» no se aplica a nada: «threats» y «phases» necesitan cada uno al menos una entrada, o «all»
model-phase-ends-before-start = la fase «{ $phase }» de la elección termina ({ $to }) antes de empezar ({ $from })

## `liaison validate`

model-valid = { $path }: válido ({ $count ->
    [one] { $count } organización
   *[other] { $count } organizaciones
})
