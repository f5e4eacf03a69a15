# Incidents, escalades, chronologies, ce que partage tout élément partagé (partage, TLP, pièces jointes).

## La liste des incidents

incidents-title = Incidents
incidents-live-off = Mises à jour en direct désactivées
incidents-report = Signaler un incident
incidents-card-open = incidents ouverts visibles pour vous
incidents-card-unacknowledged = ouverts avec une organisation qui n'en a pas encore accusé réception
# Après le libellé d'une gravité, sur la carte qui compte les incidents ouverts de cette gravité.
incidents-card-severity-open = incidents ouverts
incidents-search = Rechercher
incidents-search-placeholder = des mots, une adresse, un domaine
incidents-status = Statut
incidents-any-status = tous
incidents-at-least = Au moins
incidents-any-severity = toute gravité
incidents-open-only = Ouverts seulement
incidents-filter = Filtrer
incidents-matching = { $count ->
    [one] { $count } incident correspond.
   *[other] { $count } incidents correspondent.
}
incidents-awaiting = { $count ->
    [one] { $count } attend votre accusé de réception.
   *[other] { $count } attendent votre accusé de réception.
}
incidents-col-incident = Incident
incidents-col-severity = Gravité
incidents-col-status = Statut
incidents-col-kind = Type
incidents-col-tlp = TLP
incidents-col-reported-by = Signalé par
incidents-col-reported = Signalé le
incidents-acknowledge = Accuser réception
incidents-acknowledge-label = Accuser réception de { $reference } : { $title }
incidents-awaiting-tag = attend votre accusé de réception
incidents-none = Aucun incident visible pour vous ne correspond.
list-older = Plus anciens

## Un incident

incident-reference = INC-{ $number }
incident-merged = Fusionné comme doublon de { $original }.
incident-asked = Il est demandé à votre organisation de prendre cet incident en charge.
incident-acknowledge-for = Accuser réception pour { $organisation }
incident-kind = Type
incident-phase = Phase
incident-phase-unknown = inconnue
incident-reported = Signalement
incident-reported-at-by = le { $at } par { $source }
incident-first-observed = Observé pour la première fois
incident-systems = Systèmes
incident-shared = Partage
incident-named = Destinataires nommés : { $names }.
incident-lessons = Enseignements tirés
incident-details = Détails
incident-observables = Observables
incident-observable-kind = Type
incident-observable-value = Valeur
incident-organisations = Organisations concernées
incident-col-organisation = Organisation
incident-col-why = Motif
incident-col-alerted = Alertée
incident-col-acknowledged = Accusé de réception
incident-role-accountable = redevable
incident-role-responsible = responsable
incident-role-escalation = escalade
incident-role-coordinator = coordination
incident-role-consulted = consultée
incident-role-informed = informée
incident-withheld = non alertée : l'incident ne lui est pas partagé
incident-not-yet = pas encore
incident-nobody-assigned = Aucune organisation n'est affectée.
incident-related = Incidents liés
incident-related-status = ({ $status })
incident-related-duplicate = (doublon)
incident-attachments = Pièces jointes
incident-attachments-none = Aucune.
incident-attachment-size = { $size ->
    [one] { $size } octet, SHA-256
   *[other] { $size } octets, SHA-256
}
incident-file = Fichier
incident-attach = Joindre (10 Mio au plus)
incident-timeline = Chronologie
incident-add-heading = Ajouter à la chronologie
incident-note = Note
incident-is-action = Ceci consigne une mesure prise
incident-add = Ajouter
incident-handle = Traiter
incident-new-status = Nouveau statut
incident-lessons-needed = Enseignements tirés (nécessaires pour clore)
incident-change-status = Changer le statut
incident-severity = Gravité
incident-change-severity = Changer la gravité
incident-other = Autre incident
incident-other-placeholder = INC-12
incident-link = Lier
incident-merge-confirm = Clore cet incident comme doublon de l'autre ?
incident-merge = Le fusionner comme doublon
incident-form-observable-line = observables, ligne { $line } : écrivez le type, une espace, puis la valeur, par exemple « ipv4 198.51.100.7 »
incident-form-observable-kind = observables, ligne { $line } : « { $kind } » n'est pas un type d'observable ; utilisez l'un de : { $kinds }
incident-form-observable-value = observables, ligne { $line } : { $problem }
incident-form-unknown-action = Action inconnue.

## La chronologie d'un élément

timeline-platform = la plateforme
timeline-kind-reported = signalement
timeline-kind-routed = acheminement
timeline-kind-gap = lacune
timeline-kind-withheld = non transmis
timeline-kind-acknowledged = accusé de réception
timeline-kind-status = statut
timeline-kind-severity = gravité
timeline-kind-note = note
timeline-kind-action = mesure
timeline-kind-linked = lien
timeline-kind-merged = fusion
timeline-kind-sharing = partage
timeline-kind-attachment = pièce jointe
timeline-kind-escalated = escalade
timeline-kind-escalation-stopped = escalade arrêtée
timeline-kind-rectification = rectification

# Ce qui s'est passé, dans l'historique d'un élément. { $tlp } est un marquage comme TLP:AMBER.
timeline-reported = Signalé par { $organisation } : { $threat }, gravité { $severity }, { $tlp }.
timeline-claim-reported = Signalé par { $organisation } : { $threat } sur { $platform }, { $tlp }.
timeline-status = Statut passé de « { $from } » à « { $to } ».
timeline-severity = Gravité passée de « { $from } » à « { $to } ».
timeline-acknowledged = { $organisation } a accusé réception.
timeline-sharing-widened = Partage élargi par la source : de { $from } à { $to }.
timeline-sharing-narrowed = Partage restreint par la source : de { $from } à { $to }.
timeline-sharing-recipients = Destinataires : { $organisations }.
timeline-sharing-people = { $count ->
    [one] Partagé avec { $count } personne nommément.
   *[other] Partagé avec { $count } personnes nommément.
}
timeline-merged = Fusionné comme doublon dans un autre incident, qui se poursuit.
timeline-routed = Acheminé vers { $organisations }.
timeline-routed-to = { $organisation } ({ $role })
timeline-withheld = { $organisation } a le rôle « { $role } » pour cet incident mais ne fait pas partie de ceux avec qui il est partagé ({ $tlp }) ; elle n'a pas été alertée. La source peut élargir le partage pour l'atteindre.
timeline-gap = Personne n'est redevable de { $threat } dans la matrice des responsabilités ; les coordonnateurs sont alertés pour l'attribuer.
timeline-gap-in-phase = Personne n'est redevable de { $threat } pendant la phase « { $phase } » dans la matrice des responsabilités ; les coordonnateurs sont alertés pour l'attribuer.
timeline-escalation-alerted = { $minutes ->
    [one] Protocole d'escalade « { $protocol } » : { $contact } ({ $organisation }) alerté par courriel ; accusé de réception attendu dans la { $minutes } minute.
   *[other] Protocole d'escalade « { $protocol } » : { $contact } ({ $organisation }) alerté par courriel ; accusé de réception attendu dans les { $minutes } minutes.
}
timeline-escalation-no-email = Protocole d'escalade « { $protocol } » : { $contact } ({ $organisation }) n'a pas d'adresse électronique ; joignez ce contact par { $channel }.
timeline-escalation-no-contact = Protocole d'escalade « { $protocol } » : { $organisation } n'a aucun contact dans l'annuaire ; seules ses personnes inscrites sur la plateforme ont été alertées.
timeline-escalation-next-email = { $minutes ->
    [one] Aucun accusé de réception de { $organisation } dans la { $minutes } minute : le contact suivant, { $contact }, a été alerté par courriel.
   *[other] Aucun accusé de réception de { $organisation } dans les { $minutes } minutes : le contact suivant, { $contact }, a été alerté par courriel.
}
timeline-escalation-next-other = { $minutes ->
    [one] Aucun accusé de réception de { $organisation } dans la { $minutes } minute : le contact suivant, { $contact }, n'a pas d'adresse électronique ; joignez-le par { $channel }.
   *[other] Aucun accusé de réception de { $organisation } dans les { $minutes } minutes : le contact suivant, { $contact }, n'a pas d'adresse électronique ; joignez-le par { $channel }.
}
timeline-another-channel = un autre moyen
timeline-escalation-stopped = Escalade vers { $organisation } arrêtée : l'incident ne lui est plus partagé, elle n'est donc pas alertée.
timeline-attachment = { $size ->
    [one] { $file } joint ({ $size } octet).
   *[other] { $file } joint ({ $size } octets).
}
timeline-linked = Lié à un incident.
timeline-rectification-asked = Demande de rectification de l'allégation adressée à { $platform }.
timeline-rectification-answered = Réponse de { $platform } enregistrée.

## Partage et pièces jointes, pour tout type d'élément

tlp-description-clear = Tout le monde, y compris le public.
tlp-description-green = Toutes les organisations membres de la plateforme ; jamais le public (les observateurs seulement si l'élément leur est partagé).
tlp-description-amber = Votre organisation, les organisations destinataires et leurs sous-unités, et les organisations que la matrice et les protocoles d'escalade rendent responsables.
tlp-description-amber-strict = Votre organisation et les organisations destinataires nommées uniquement.
tlp-description-red = Vous et les personnes nommées uniquement.
sharing-choose-level = Choisissez un niveau TLP.
attachment-too-large = Le fichier dépasse { $mebibytes } Mio.
attachment-choose-file = Choisissez un fichier à joindre.

## Protocoles d'escalade

escalations-title = Protocoles d'escalade
escalations-intro = Convenus à l'avance : pour les incidents d'une gravité donnée (et de certains types et phases), qui doit être joint et dans quel délai. La plateforme alerte aussitôt le premier contact de chaque organisation, le contact suivant lorsque personne n'accuse réception à temps, et les coordonnateurs lorsqu'un délai est dépassé.
escalations-add = Ajouter un protocole
escalations-unknown = Le modèle indique que les protocoles d'escalade ne sont pas connus.
escalations-applies-to = S'applique à
escalations-applies = gravité { $severity } ou plus ; menaces : { $threats } ; phases : { $phases }
escalations-all = toutes
escalations-reach = À joindre
escalations-target = { $minutes ->
    [one] { $organisation } : accusé de réception sous { $minutes } minute
   *[other] { $organisation } : accusé de réception sous { $minutes } minutes
}
escalations-next-contact = Contact suivant après
escalations-next-after = { $minutes ->
    [one] { $minutes } minute sans accusé de réception
   *[other] { $minutes } minutes sans accusé de réception
}
escalations-notes = Remarques
escalations-edit = Modifier
escalations-none = Aucun protocole d'escalade n'est enregistré.

## Un enregistrement modifié par quelqu'un d'autre pendant son édition

conflict-title = Modifié par quelqu'un d'autre
conflict-heading = Cet enregistrement ({ $kind }) a été modifié pendant que vous le modifiiez
conflict-saved-by = { $who } a enregistré une nouvelle version le { $at }. Votre modification n'a pas été enregistrée. Comparez les deux versions et décidez.
conflict-saved-by-import = Une importation a enregistré une nouvelle version le { $at }. Votre modification n'a pas été enregistrée. Comparez les deux versions et décidez.
conflict-theirs = Leur version (enregistrée)
conflict-yours = Votre version (non enregistrée)
conflict-body = Votre version, à enregistrer à la place de la leur ou à ajuster d'abord
conflict-save = Enregistrer ceci à la place de leur version
conflict-discard = Abandonner la mienne et repartir de la leur

## Courriels sur les éléments, dans la langue du destinataire

mail-subject-new-incident = [{ $tlp }] Nouvel incident { $reference } ({ $severity }) : { $title }
mail-subject-escalation = [{ $tlp }] ESCALADE { $reference } ({ $severity }) : { $title }
mail-subject-escalation-failed = [{ $tlp }] Échec de l'escalade pour { $reference } ({ $severity }) : { $title }
mail-subject-claim = [{ $tlp }] Fausse affirmation { $reference } sur { $platform } : { $title }
mail-subject-sitrep = [{ $tlp }] { $reference } : { $title }
mail-red-title = détails sur la plateforme
mail-incident-red =
    Cet incident est TLP:RED : ses détails ne sont partagés qu'avec des personnes nommées et ne sont pas envoyés par courriel.
    Connectez-vous pour le lire : { $link }
mail-claim-red =
    Cet élément est TLP:RED : ses détails ne sont partagés qu'avec des personnes nommées et ne sont pas envoyés par courriel.
    Connectez-vous pour le lire : { $link }
mail-incident-details =
    Titre : { $title }
    Type : { $kind }
    Gravité : { $severity }
    Phase : { $phase }
    Signalé par : { $source }
mail-claim-details =
    Affirmation : { $claim }
    Type : { $kind }
    Plateforme : { $platform }
    Vue à : { $where }
    Portée : { $reach }
    Signalée par : { $source }
mail-open = L'ouvrir : { $link }
mail-not-known = inconnue
mail-not-given = non précisé
mail-reason-accountable = Selon la matrice des responsabilités, votre organisation doit rendre compte de la menace « { $threat } ».
mail-reason-accountable-in-phase = Selon la matrice des responsabilités, votre organisation doit rendre compte de la menace « { $threat } » pendant la phase « { $phase } ».
mail-reason-responsible = Selon la matrice des responsabilités, votre organisation est responsable de la menace « { $threat } ».
mail-reason-responsible-in-phase = Selon la matrice des responsabilités, votre organisation est responsable de la menace « { $threat } » pendant la phase « { $phase } ».
mail-reason-consulted = Selon la matrice des responsabilités, votre organisation est consultée sur la menace « { $threat } ».
mail-reason-consulted-in-phase = Selon la matrice des responsabilités, votre organisation est consultée sur la menace « { $threat } » pendant la phase « { $phase } ».
mail-reason-informed = Selon la matrice des responsabilités, votre organisation est informée de la menace « { $threat } ».
mail-reason-informed-in-phase = Selon la matrice des responsabilités, votre organisation est informée de la menace « { $threat } » pendant la phase « { $phase } ».
mail-reason-escalation = Votre organisation doit être jointe en vertu d'un protocole d'escalade.
mail-reason-coordinator = Personne ne doit rendre compte de cet incident selon la matrice des responsabilités ; en tant que coordonnateur, veuillez l'attribuer.
mail-reason-red = Un incident TLP:RED vous a été partagé nommément.
mail-reason-claim = Selon la matrice des responsabilités, le rôle de votre organisation pour la menace « { $threat } » est : { $role }.
mail-escalation-within = { $minutes ->
    [one] En vertu du protocole d'escalade « { $protocol } », { $organisation } doit accuser réception de cet incident dans la { $minutes } minute qui suit son signalement.
   *[other] En vertu du protocole d'escalade « { $protocol } », { $organisation } doit accuser réception de cet incident dans les { $minutes } minutes qui suivent son signalement.
}
mail-escalation-next = { $minutes ->
    [one] Si personne n'accuse réception dans la { $minutes } minute, le contact suivant de { $organisation } est alerté.
   *[other] Si personne n'accuse réception dans les { $minutes } minutes, le contact suivant de { $organisation } est alerté.
}
mail-escalation-how = Accusez réception sur la plateforme (connectez-vous, ouvrez l'incident, appuyez sur « Accuser réception »).
mail-escalation-no-further-contact = Aucun accusé de réception de { $organisation }, et aucun autre contact dans l'annuaire ; les coordonnateurs sont alertés.
mail-escalation-deadline-missed = { $minutes ->
    [one] Délai dépassé : { $organisation } n'a pas accusé réception dans la { $minutes } minute, comme l'exige le protocole d'escalade « { $protocol } ». Les coordonnateurs sont alertés.
   *[other] Délai dépassé : { $organisation } n'a pas accusé réception dans les { $minutes } minutes, comme l'exige le protocole d'escalade « { $protocol } ». Les coordonnateurs sont alertés.
}
mail-sitrep-approved = La présidence a approuvé ce rapport de situation.
mail-digest-intro = { $count ->
    [one] { $count } notification depuis votre dernier récapitulatif.
   *[other] { $count } notifications depuis votre dernier récapitulatif.
}
mail-digest-subject = { $count ->
    [one] Récapitulatif Liaison : { $count } notification
   *[other] Récapitulatif Liaison : { $count } notifications
}
mail-footer =
    Traitement : { $tlp }. { $description }
    Vous recevez ce message parce que votre organisation est concernée par l'élément dans Liaison ; modifiez la façon dont vous êtes averti sous Compte > Notifications.

# La page de recherche
search-title = Recherche
search-heading = Rechercher des incidents et des fausses affirmations
search-label = Mots à trouver
search-button = Rechercher
search-help = Chaque mot est trouvé par son début, aussi sous ses autres formes (attaque, attaques, attaqué), dans la langue où l’élément a été écrit. Une adresse ou un domaine est trouvé tel qu’écrit. Seul ce que vous pouvez lire est cherché.
search-none = Rien de ce que vous pouvez lire ne correspond à « { $words } ».
search-found = { $count ->
    [one] Un résultat, le meilleur d’abord.
   *[other] { $count } résultats, les meilleurs d’abord.
}
search-kind-incident = Incident
search-kind-disinformation = Fausse affirmation
