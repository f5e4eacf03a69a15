# Ce qui ne va pas dans un fichier de modèle (l'éditeur d'enregistrements, un import,
# `liaison validate` et `liaison check`). Les clés, les noms de section et les identifiants restent
# tels que le fichier les écrit : c'est ce que le lecteur doit retrouver et corriger. Les phrases
# commencent par une minuscule : elles suivent un emplacement tel que « contacts.yaml:12:5: ».

model-problems = { $problems }
model-problems-count = { $count ->
    [one] le modèle a { $count } problème :
   *[other] le modèle a { $count } problèmes :
}
model-problem-at = { $place } : { $problem }
model-problems-not-shown = { $count ->
    [one] … et { $count } autre problème non affiché
   *[other] … et { $count } autres problèmes non affichés
}

## Les éléments d'un modèle, choisis par $noun

model-noun = { $noun ->
    [organisation] organisation
    [contact] contact
    [forum] instance
    [meeting] réunion
    [agreement] accord
    [asset] actif
    [responsibility] responsabilité
    [activity] activité
    [escalation-protocol] protocole d'escalade
    [jurisdiction] juridiction
    [election] élection
   *[other] élément
}
model-a-noun = { $noun ->
    [organisation] une organisation
    [contact] un contact
    [forum] une instance
    [meeting] une réunion
    [agreement] un accord
    [asset] un actif
    [responsibility] une responsabilité
    [activity] une activité
    [escalation-protocol] un protocole d'escalade
    [jurisdiction] une juridiction
    [election] une élection
   *[other] un élément
}
model-item = { model-noun } « { $id } »
model-item-without-id = { model-noun }
model-the-model = le modèle

## Lecture des fichiers

model-cannot-open-path = impossible d'ouvrir « { $path } » : { $reason }
model-cannot-read-path = impossible de lire « { $path } » : { $reason }
model-cannot-open = impossible d'ouvrir le fichier : { $reason }
model-cannot-read = impossible de lire le fichier : { $reason }
model-io-not-found = ce fichier ou ce dossier n'existe pas
model-io-permission-denied = permission refusée
model-no-files = le dossier « { $path } » ne contient aucun fichier de modèle (*.yaml ou *.yml)
model-directories-too-deep = « { $path } » est imbriqué sur plus de { $max } niveaux de dossiers
model-too-many-files = le modèle compte plus de { $max } fichiers ; cette limite évite de lire le mauvais dossier
model-file-too-large = le fichier dépasse { $size }, la limite pour un fichier de modèle ; répartissez un grand modèle dans un dossier de fichiers (organisations/*.yaml, contacts/*.yaml, …)
model-too-large = le modèle dépasse { $size } au total
model-size-mib = { $count } Mio
model-size-bytes = { $count ->
    [one] { $count } octet
   *[other] { $count } octets
}
model-not-utf8 = le fichier n'est pas du texte UTF-8 : l'octet { $byte } à la ligne { $line }, colonne { $column } n'est pas de l'UTF-8 valide ; enregistrez le fichier en UTF-8

## YAML

model-top-level = un fichier de modèle doit être un ensemble de sections telles que « jurisdiction: », « organisations: » et « forums: », chacune en début de ligne
model-nested-too-deep = le YAML est imbriqué ici sur plus de { $max } niveaux ; un fichier de modèle n'en a jamais besoin
model-anchors = les ancres et les alias (&nom, *nom) ne sont pas admis dans les fichiers de modèle ; écrivez la valeur en entier
model-tags = les étiquettes YAML telles que « !tag » ne sont pas admises dans les fichiers de modèle
model-key-not-a-word = une clé doit être un simple mot tel que « name », et non une liste ou un bloc
model-not-yaml = ce n'est pas du YAML valide : { $detail }
model-not-yaml-too-nested = ce n'est pas du YAML valide : { $detail } ; les crochets sont imbriqués bien trop profondément
model-duplicate-key = la clé « { $key } » figure deux fois dans le même bloc (la première à la ligne { $line }) ; n'en gardez qu'une

## Sections et éléments

model-unknown-key-did-you-mean = { $subject } a une clé inconnue « { $key } » ; vouliez-vous dire « { $suggestion } » ?
model-unknown-key = { $subject } a une clé inconnue « { $key } » ; les clés possibles sont : { $keys }
model-section-not-block = « { $section } » doit être un bloc de clés tel que « name: »
model-section-not-list = « { $section } » doit être une liste d'éléments commençant chacun par « - »
model-section-not-list-found = « { $section } » doit être une liste d'éléments commençant chacun par « - » ; trouvé : « { $found } »
model-section-not-list-or-unknown = « { $section } » doit être une liste d'éléments commençant chacun par « - », ou le mot « unknown » ; trouvé : « { $found } »
model-item-not-block = chaque { model-noun } doit être un bloc de clés telles que « id: » et « name: »
model-item-problem = { $subject } : { $problem }
model-expected-boolean = { $subject } : true ou false est attendu ici
model-expected-number = { $subject } : un nombre est attendu ici
model-missing-key = la clé « { $key } » manque
model-wrong-kind = { $wanted } était attendu, { $found } a été trouvé
model-kind-list = une liste
model-kind-block = un bloc de clés
model-kind-single-value = une valeur simple
model-kind-boolean = true ou false
model-kind-number = un nombre
model-kind-other = une autre valeur
model-kind-written = « { $text } »
model-not-allowed = « { $given } » n'est pas admis ici ; valeurs attendues : { $expected }

## Valeurs

model-list-or-all = écrivez une liste, par exemple [{ $given }], ou le mot « all »
model-not-a-day = « { $given } » n'est pas une date ; écrivez-la AAAA-MM-JJ, par exemple 2027-05-15
model-not-true-false-unknown = « { $given } » n'est ni true, ni false, ni unknown

## Identifiants et références

model-id-empty = l'identifiant « { $id } » ({ model-noun }) est vide ; donnez à chaque objet un identifiant court
model-id-too-long = l'identifiant « { $id } » ({ model-noun }) dépasse 128 caractères
model-id-characters = l'identifiant « { $id } » ({ model-noun }) ne peut contenir que des lettres, des chiffres, « _ », « - » et « . », et doit commencer par une lettre ou un chiffre
model-id-twice = l'identifiant « { $id } » ({ model-noun }) est utilisé deux fois (la première à la { $first }) ; les identifiants doivent être uniques
model-place-line = ligne { $line }
model-place-file-line = ligne { $line } du fichier n° { $file }
model-dangling = { $subject } « { $given } », qui n'est pas { model-a-noun } du modèle
model-dangling-did-you-mean = { $subject } « { $given } », qui n'est pas { model-a-noun } du modèle ; vouliez-vous dire « { $suggestion } » ?
model-dangling-none-in-model = { $subject } « { $given } », qui n'est pas { model-a-noun } du modèle ; le modèle n'en contient { $noun ->
    [organisation] aucune
    [forum] aucune
   *[other] aucun
}
model-listed-twice = { $subject } « { $given } » deux fois
model-ref-parent = l'organisation « { $id } » a pour parent
model-ref-contact-organisation = le contact « { $id } » appartient à
model-ref-forum-member = l'instance « { $id } » compte parmi ses membres
model-ref-forum-chair = l'instance « { $id } » est présidée par
model-ref-forum-set-up-by = l'instance « { $id } » a été mise en place par
model-ref-agreement-party = l'accord « { $id } » compte parmi ses parties
model-ref-agreement-boundary = l'accord « { $id } » fixe des limites pour
model-ref-agreement-establishes = l'accord « { $id } » institue
model-ref-asset-operator = l'actif « { $id } » est exploité par
model-ref-asset-vendor = l'actif « { $id } » est fourni par
model-ref-asset-supplier = l'actif « { $id } » a dans sa chaîne d'approvisionnement
model-ref-responsibility = une responsabilité est confiée à
model-ref-responsibility-within = la responsabilité de « { $organisation } » est limitée à
model-ref-activity-lead = l'activité « { $id } » est menée par
model-ref-activity-participant = l'activité « { $id } » compte parmi ses participants
model-ref-activity-basis = l'activité « { $id } » se fonde sur
model-ref-protocol-notifies = le protocole d'escalade « { $id } » alerte

## Ce que dit le modèle

model-section-unknown-and-listed = « { $section } » est déclaré inconnu ici mais est renseigné à la { $listed } ; supprimez l'un des deux
model-section-twice = « { $section } » est donné une seconde fois ; un modèle n'en a qu'un
model-section-twice-first = « { $section } » est donné une seconde fois (la première à la { $first }) ; un modèle n'en a qu'un
model-no-jurisdiction = le modèle n'a pas de section « jurisdiction: » ; un fichier doit nommer le pays, par exemple :
    {"    "}jurisdiction:
    {"      "}name: Demoland
model-parent-cycle = l'organisation « { $id } » est sa propre ancêtre par ses parents : { $path }
model-contact-no-channels = le contact « { $id } » n'a aucun canal ; donnez au moins un moyen de le joindre
model-chair-not-member = l'instance « { $id } » est présidée par « { $chair } », qui n'est pas parmi ses membres ; ajoutez-la à « members »
model-boundary-not-party = l'accord « { $id } » fixe des limites pour « { $party } », qui n'est pas l'une de ses parties ; ajoutez-la à « parties »
model-agreement-ends-before-start = l'accord « { $id } » prend fin ({ $to }) avant de commencer ({ $from })
model-responsibility-no-cells = la responsabilité de « { $organisation } » ne couvre aucune case : « threats », « phases » et « assets » demandent chacun au moins une entrée, ou « all »
model-activity-date-and-cadence = l'activité « { $id } » a à la fois une « date » et une « cadence » ; n'en donnez qu'une
model-protocol-notifies-nobody = le protocole d'escalade « { $id } » n'alerte personne ; indiquez au moins une organisation sous « notify »
model-protocol-acknowledge-minutes = dans le protocole d'escalade « { $id } », « acknowledge_within_minutes » doit être compris entre 1 et { $max } minutes (une semaine), et non { $minutes }
model-protocol-target-minutes = dans le protocole d'escalade « { $id } », « within_minutes » pour « { $organisation } » doit être compris entre 1 et { $max } minutes (une semaine), et non { $minutes }
model-protocol-notifies-twice = le protocole d'escalade « { $id } » alerte « { $organisation } » deux fois
model-protocol-applies-to-nothing = le protocole d'escalade « { $id } » ne s'applique à rien : « threats » et « phases » demandent chacun au moins une entrée, ou « all »
model-phase-ends-before-start = la phase « { $phase } » de l'élection prend fin ({ $to }) avant de commencer ({ $from })

## `liaison validate`

model-valid = { $path } : valide ({ $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
})
