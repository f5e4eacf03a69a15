# Ce que la plateforme répond quand elle refuse une demande. Les phrases commencent par une
# minuscule : les pages et l'API les affichent après leurs propres mots.

refusal-as-written = { $text }

## Les champs

field-claim = allégation
field-description = description
field-lessons-learned = enseignements
field-note = note
field-notes = notes
field-place-seen = lieu où elle a été vue
field-platform = plateforme
field-rationale = justification
field-reference = référence
field-text = texte
field-title = titre
field-time-observed = moment de l'observation
field-time-first-seen = moment de la première observation

field-likelihood = probabilité
field-impact = impact
field-residual-likelihood = probabilité résiduelle
field-residual-impact = impact résiduel
field-time-sending = moment de l'envoi
field-time-acknowledgement = moment de l'accusé de réception
field-time-action = moment de l'action
## Tous les formulaires

refusal-field-empty = le champ « { $field } » est vide
refusal-field-too-long = le champ « { $field } » dépasse { $max } caractères
refusal-field-control = le champ « { $field } » contient des caractères de contrôle
refusal-field-in-future = le champ « { $field } » est dans le futur
refusal-unknown-reference = cela renvoie à quelque chose qui n'existe pas
refusal-database-url = l'URL de la base de données doit commencer par sqlite: ou postgres:, et non par « { $scheme } »
refusal-no-organisation = votre compte n'appartient à aucune organisation

## Comptes, notifications, journal d'audit, hygiène

refusal-account-exists = un compte avec l'adresse électronique { $email } existe déjà
refusal-audit-log = seuls les administrateurs et les coordonnateurs consultent le journal d'audit
refusal-email-preference = les notifications par courriel sont « immediate », « digest » ou « off »
refusal-digest-interval = un récapitulatif est envoyé au plus toutes les 5 minutes et au moins une fois par semaine
refusal-webhook-not-url = l'adresse du webhook n'est pas une URL ({ $reason })
refusal-webhook-scheme = l'adresse d'un webhook commence par https:// (ou http:// à l'intérieur d'un réseau de confiance)
refusal-self-assessment = une auto-évaluation engage une organisation : les analystes, les administrateurs d'organisation et les coordonnateurs la remplissent

## Éléments partagés : incidents et fausses allégations

refusal-work-reshare = { $kind ->
    [incident] seule l'organisation qui a signalé cet incident peut modifier son partage
   *[other] seule l'organisation qui a signalé cette fausse allégation peut modifier son partage
}
refusal-work-acknowledge = { $kind ->
    [incident] votre organisation n'est pas appelée à accuser réception de cet incident
   *[other] votre organisation n'est pas appelée à accuser réception de cette fausse allégation
}
refusal-work-handle = { $kind ->
    [incident] seuls l'organisation qui l'a signalé, les organisations responsables de cet incident et les coordonnateurs peuvent le traiter
   *[other] seuls l'organisation qui l'a signalée, les organisations responsables de cette fausse allégation et les coordonnateurs peuvent la traiter
}
refusal-work-comment = { $kind ->
    [incident] seuls l'organisation qui l'a signalé, les organisations concernées par cet incident et les coordonnateurs peuvent le compléter
   *[other] seuls l'organisation qui l'a signalée, les organisations concernées par cette fausse allégation et les coordonnateurs peuvent la compléter
}
refusal-report-role = { $kind ->
    [incident] les observateurs et les comptes sans organisation ne signalent pas d'incident
   *[other] les observateurs et les comptes sans organisation ne signalent pas de fausse allégation
}
refusal-report-no-organisation = { $kind ->
    [incident] votre compte n'appartient à aucune organisation ; un incident est signalé par une organisation
   *[other] votre compte n'appartient à aucune organisation ; une fausse allégation est signalée par une organisation
}
refusal-report-organisation-unknown = votre organisation « { $organisation } » ne figure pas dans le modèle partagé ; demandez à un coordonnateur de l'ajouter
refusal-source-gone = l'organisation qui a fait le signalement ne figure plus dans le modèle partagé
refusal-file-empty = le fichier est vide
refusal-file-too-large = le fichier dépasse { $max } Mio
refusal-too-many-recipients = un élément peut être partagé avec { $max } destinataires au plus
refusal-sharing-unchanged = le partage n'a pas changé
refusal-not-an-account = « { $person } » n'est pas un compte actif ; TLP:RED se partage avec des personnes par leur adresse électronique
refusal-not-an-asset = « { $key } » n'est pas un actif du registre
refusal-not-an-asset-did-you-mean = « { $key } » n'est pas un actif du registre ; vouliez-vous dire « { $suggestion } » ?
refusal-too-many-observables = un incident peut porter { $max } observables au plus
refusal-too-many-assets = un incident peut citer { $max } actifs au plus
refusal-lifecycle-unchanged = l'incident est déjà « { $status } »
refusal-lifecycle-lessons = clore un incident demande les enseignements : ce qui a bien fonctionné, ce qu'il faut changer
refusal-lifecycle-back-to-reported = un incident ne peut pas revenir à « signalé » ; rouvrez-le comme trié ou en cours
refusal-lifecycle-duplicate = un doublon est clos avec son original ; rouvrez plutôt l'original
refusal-severity-same = la gravité est déjà « { $severity } »
refusal-status-same = le statut est déjà « { $status } »
refusal-already-acknowledged = votre organisation a déjà accusé réception de cet incident le { $at }
refusal-link-self = un incident ne peut pas être lié à lui-même
refusal-merge-self = un incident ne peut pas être fusionné dans lui-même
refusal-merge-into-duplicate = { $reference } est lui-même un doublon ; fusionnez dans l'incident où il a été fusionné
refusal-already-merged = cet incident est déjà fusionné dans un autre
refusal-merge-narrower = { $reference } est partagé plus étroitement que cet incident et ne peut donc pas l'absorber ; liez plutôt les deux
refusal-no-such-incident = aucun incident de ce type ne vous est visible
refusal-no-incident-named = aucun incident « { $reference } » ne vous est visible
refusal-already-linked = { $item } est déjà lié à { $incident }
refusal-too-many-links = un élément peut être lié à { $max } incidents au plus
refusal-no-such-rectification = cet élément n'a pas de demande de rectification de ce type
refusal-empty-answer = la réponse n'enregistre rien
refusal-negative-reach = la portée est un nombre de personnes, jamais négatif

## Rapports de situation

refusal-not-a-forum = « { $key } » n'est pas une instance du modèle
refusal-forum-no-chair = { $forum } n'a pas de présidence pour approuver ses rapports
refusal-sitrep-red = le rapport d'une instance est destiné à ses membres : TLP:RED est réservé à des personnes nommées
refusal-sitrep-draft = le rapport d'une instance est rédigé par l'organisation qui la préside ou par un coordonnateur
refusal-period-backwards = la période se termine avant de commencer
refusal-period-too-long = un rapport couvre au plus une année
refusal-sitrep-edit = le rapport d'une instance est modifié par l'organisation qui la préside
refusal-sitrep-approved-final = un rapport approuvé ne change plus ; rédigez-en un nouveau
refusal-sitrep-approve = seule la présidence de l'instance approuve ses rapports
refusal-sitrep-already-approved = le rapport est déjà approuvé
refusal-sitrep-too-wide = { $tlp } montrerait ce sur quoi il s'appuie à des lecteurs avec qui cela n'a pas été partagé ; choisissez un niveau plus restreint

## Le registre des risques

refusal-no-election = le modèle partagé ne comporte aucune élection ; ajoutez-en une avant de tenir un registre des risques
refusal-not-an-organisation = « { $key } » n'est pas une organisation du modèle
refusal-risk-exists = cette menace, cet actif et cette phase figurent déjà au registre
refusal-residual-both = indiquez à la fois la probabilité et l'impact résiduels, ou aucun des deux
refusal-measure-too-many-risks = une mesure peut répondre à { $max } risques au plus
refusal-not-a-risk = « { $key } » n'est pas un risque du registre de { $election }
refusal-risks-add = seuls les coordonnateurs ajoutent des risques au registre
refusal-risk-assess = une évaluation engage une organisation : les analystes, les administrateurs d'organisation et les coordonnateurs les remplissent
refusal-risk-handle = seuls les coordonnateurs modifient le traitement d'un risque
refusal-risks-members = le registre des risques est réservé aux membres
refusal-measures-add = seuls les coordonnateurs ajoutent des mesures
refusal-measures-members = les mesures sont réservées aux membres

## Les fiches du modèle

refusal-record-exists = il existe déjà un enregistrement de type « { $kind } » avec l'identifiant « { $key } »
refusal-meeting-forum-unknown = la réunion appartient à l'instance « { $forum } », qui ne figure pas dans le modèle
refusal-action-owner-unknown = l'action « { $action } » est confiée à « { $owner } », qui n'est pas une organisation

## Les règles du domaine : partage, acheminement, allégations, cotations

refusal-red-without-people = TLP:RED se partage avec des personnes nommées ; nommez au moins une personne ou choisissez un autre niveau
refusal-people-without-red = { $tlp } se partage avec des organisations, pas des personnes ; nommez plutôt des organisations destinataires
refusal-recipients-not-needed = { $tlp } se partage avec tous les membres ou avec tout le monde ; il ne prend pas de destinataires nommés
refusal-not-the-source = seule l'organisation source peut modifier le partage d'un élément
refusal-would-widen = seule la source peut élargir le partage ; en tant que destinataire, vous ne pouvez pas marquer l'élément moins strictement que { $tlp }
refusal-not-an-organisation-did-you-mean = « { $key } » n'est pas une organisation du modèle ; vouliez-vous dire « { $suggestion } » ?
refusal-not-a-claim = un élément de désinformation porte sur une fausse allégation concernant le processus : son type de menace doit être l'un de { $expected }, et non « { $given } »
refusal-before-sent = le champ « { $field } » précède l'envoi de la demande
refusal-rating-out-of-scale = « { $scale } » se cote de 1 à 5, et non { $given }
refusal-residual-above-inherent = la cotation résiduelle « { $scale } » ne peut pas dépasser la cotation inhérente : le traitement n'aggrave pas un risque
refusal-hygiene-count = répondez à chacun des six aspects, et non à { $given }
refusal-hygiene-scale = « { $aspect } » se note de 0 (absent) à 3 (en place), et non { $given }

## Observables : la valeur est citée, puis ce qui ne va pas

refusal-observable = { $kind } « { $shown } » { $problem }
observable-too-long = dépasse { $max } caractères
observable-nul = contient un caractère NUL
observable-empty = est vide
observable-not-ipv4 = n'est pas une adresse IPv4 comme 192.0.2.10
observable-not-ipv6 = n'est pas une adresse IPv6 comme 2001:db8::1
observable-not-url = n'est pas une URL comme https://example.org/page ({ $reason })
observable-url-scheme = doit commencer par http://, https:// ou ftp://
observable-no-host = n'a pas de nom d'hôte
observable-not-email = n'est pas une adresse électronique comme nom@example.org
observable-bad-mailbox = n'a pas de nom valide avant le « @ »
observable-mail-domain = a un domaine qui { $problem }
observable-not-hex = n'est pas une empreinte en chiffres hexadécimaux
observable-hash-length = n'a pas la longueur d'une empreinte MD5 (32), SHA-1 (40), SHA-256 (64) ou SHA-512 (128)
observable-control = contient des caractères de contrôle
domain-non-ascii = contient des lettres non ASCII ; écrivez les noms internationalisés sous leur forme xn--
domain-too-long = dépasse 253 caractères
domain-not-a-domain = n'est pas un nom de domaine comme example.org
domain-part-length = a une partie vide ou une partie de plus de 63 caractères
domain-characters = ne peut contenir que des lettres, des chiffres et des traits d'union intérieurs entre les points
domain-ends-in-digits = se termine par des chiffres ; une adresse est un observable IPv4, pas un domaine

## Mots du catalogue et dates, tels que les fichiers de modèle et les formulaires les donnent

refusal-not-in-list-did-you-mean = « { $given } » ne figure pas dans la liste « { $list } » ; vouliez-vous dire « { $suggestion } » ?
refusal-not-in-list-one-of = « { $given } » ne figure pas dans la liste « { $list } » ; choisissez parmi : { $expected }
refusal-not-in-list = « { $given } » ne figure pas dans la liste « { $list } » ; `liaison catalogue` les énumère toutes
refusal-not-a-partial-date = « { $given } » n'est pas une date ; écrivez AAAA, AAAA-MM ou AAAA-MM-JJ, par exemple 2019 ou 2019-03-05
refusal-snapshot-keep = Seuls les coordinateurs conservent le modèle d’une élection.
