
home-title = Accueil
home-empty = Le modèle partagé est vide.
home-import = Importez un fichier de modèle pour commencer.
home-organisations = { $count ->
    [one] organisation
   *[other] organisations
}
home-forums = { $count ->
    [one] instance
   *[other] instances
}
home-agreements = { $count ->
    [one] accord
   *[other] accords
}
home-level = niveau de collaboration
home-findings = constats critiques et élevés
home-findings-more = ({ $medium } moyens, { $low } faibles)
home-contacts-to-check = Les contacts de votre organisation à vérifier
home-contacts-fresh = Tous les contacts de votre organisation ont été vérifiés au cours des 90 derniers jours.
home-next-meetings = Prochaines réunions
home-no-meeting = Aucune réunion n'est prévue.
home-meeting-of = { $title } ({ $forum })
home-forum-meets = Réunion : { $forum }
home-calendar = Le calendrier électoral et toutes les réunions
home-contact-sheet = Imprimer la fiche des contacts d'urgence

nav-menu-close = Fermer le menu
picker-search = Rechercher par nom
picker-remove = Retirer
picker-none = Rien de choisi pour l'instant.
picker-no-match = Aucun nom ne correspond.
picker-suggested-label = Suggérées :
picker-suggested = D'abord, celles que la matrice des responsabilités rend redevables ou responsables pour : { $threat }.
picker-suggested-in-phase = D'abord, celles que la matrice des responsabilités rend redevables ou responsables pour : { $threat }, pendant la phase « { $phase } ».
picker-nobody = La matrice des responsabilités ne nomme personne de redevable ou responsable pour : { $threat }.
picker-nobody-in-phase = La matrice des responsabilités ne nomme personne de redevable ou responsable pour : { $threat }, pendant la phase « { $phase } ».
report-title = Signaler un incident
report-intro = Le signalement est aussitôt transmis aux organisations que la matrice des responsabilités rend redevables et responsables, et à celles que nomment les protocoles d'escalade ; tous ceux avec qui il est partagé le voient en direct.
report-what = Ce qui s'est passé, en une ligne
report-details = Détails
report-kind = Type
report-choose = Choisir…
report-severity = Gravité
report-phase = Phase de l'élection
report-phase-from-calendar = Selon le calendrier (aujourd'hui : { $phase })
report-phase-not-known = inconnue
report-affected-systems = Systèmes touchés
report-recipients = Organisations destinataires (AMBER, AMBER+STRICT)
report-first-observed = Première observation (UTC)
report-observables = Observables, un par ligne : type et valeur
report-observables-example = ipv4 198.51.100.7 · domain cec-results[.]example · url hxxps://cec-results[.]example/login
report-observables-kinds = Types : ipv4, ipv6, domain, url, email, file_hash, account, text. Les valeurs désamorcées sont lues comme voulu.
report-who-may-see = Qui peut le voir (TLP 2.0)
report-people = Personnes, par adresse électronique (RED)
report-people-example = permanence@cert.example, …
report-observers = Partager avec les observateurs (GREEN et AMBER seulement)
report-submit = Signaler
reshare-title = Partage
reshare-tlp = TLP
reshare-people = Personnes, par adresse électronique (RED), séparées par des virgules
reshare-observers = Partager avec les observateurs
reshare-confirm = Changer qui peut voir cet élément ({ $item }) ? Le changement est consigné dans le journal d'audit.
reshare-submit = Changer le partage
item-noun-incident = incident
item-noun-disinformation = fausse allégation

dashboard-title = Tableau de bord
dashboard-live-off = Mises à jour en direct désactivées
dashboard-now = En ce moment
dashboard-no-phase = Aucune phase du calendrier ne couvre aujourd'hui.
dashboard-next = Ensuite : { $phase }, { $dates }
dashboard-polling-today = Le scrutin a lieu aujourd'hui
dashboard-days-to-polling = { $days ->
    [one] jour avant le scrutin
   *[other] jours avant le scrutin
}
dashboard-as-of = À { $time }
dashboard-calendar = Calendrier
dashboard-open-incidents = Incidents ouverts
dashboard-open-awaiting = ouverts, { $awaiting } en attente d'accusé de réception
dashboard-by-severity = Incidents ouverts par gravité
dashboard-by-kind = Incidents ouverts par type
dashboard-more-kinds = { $count } de plus, d'autres types
dashboard-top-risks = Principaux risques
dashboard-heat = Carte de chaleur des scores de risque communs
dashboard-disagree = désaccord entre institutions
dashboard-no-risk = Aucun risque évalué pour l'instant.
dashboard-overdue = Mesures en retard
dashboard-none-overdue = Aucune en retard.
dashboard-owner-due = { $owner }, échéance le { $due }
dashboard-more-overdue = { $count } de plus en retard
dashboard-to-approve = Rapports à approuver
dashboard-more-to-approve = { $count } de plus à approuver
dashboard-reachable = Joignables maintenant
dashboard-nobody-reachable = Aucun contact d'urgence visible pour vous ne répond maintenant.
dashboard-more-reachable = { $count } de plus joignables maintenant

sheet-reachable-now-only = reachable n'accepte qu'une valeur : now.
sheet-title-all = Fiche des contacts d'urgence : toutes les organisations
sheet-title-reachable = Joignables maintenant : contacts d'urgence qui répondent à cette heure
sheet-title-of = Fiche des contacts d'urgence : { $forum }
sheet-title-reachable-of = Joignables maintenant : { $forum }
sheet-reachable-at = Contacts d'urgence qui répondent le { $time }, selon leur disponibilité et le calendrier électoral.
sheet-whole = La fiche complète
sheet-printed = Imprimée le { $date }.
sheet-oob = Les moyens hors bande fonctionnent sans courriel ni Internet.
sheet-stale = Les contacts marqués en rouge n'ont pas été vérifiés depuis 90 jours.
sheet-members-of = Membres de
sheet-all = toutes les organisations
sheet-show = Afficher
sheet-print = Imprimer
sheet-members-only = Les contacts ne sont partagés qu'entre les organisations participantes.
sheet-no-contact = Aucun contact enregistré.
sheet-col-contact = Contact
sheet-col-available = Disponible
sheet-col-verified = Vérifié

organisation-id = Identifiant
organisation-kind = Type
organisation-level = Niveau
organisation-sector = Secteur
organisation-part-of = Relève de
organisation-mandate = Mandat
organisation-not-recorded = non renseigné
organisation-forums = Instances
organisation-none = aucune
organisation-edit = Modifier l'organisation
organisation-findings = Ce que trouve l'analyse
organisation-findings-none = L'analyse ne trouve rien concernant { $name } ou ses contacts.
organisation-findings-some = { $count ->
    [one] L'analyse trouve { $count } point à corriger concernant { $name } ou ses contacts.
   *[other] L'analyse trouve { $count } points à corriger concernant { $name } ou ses contacts.
}
organisation-see-analysis = L'analyse complète
organisation-contacts = Contacts
organisation-add-contact = Ajouter un contact
organisation-no-contact = Aucun contact n'est enregistré.

forum-chair = Présidence
forum-chair-nobody = personne
forum-meets = Se réunit
forum-active-in = Active pendant
forum-purpose = Objet
forum-contact-sheet = Fiche des contacts des membres
forum-edit = Modifier l'instance
forum-members = Membres
forum-members-incomplete = La liste ne nomme peut-être pas tous les membres.
forum-members-change = Modifier les membres
forum-members-choose = Membres
forum-members-save = Enregistrer les membres
forum-members-too-many = Une instance a au plus { $count } membres.
forum-meetings = Réunions
forum-dates-in-model = Dates prévues dans le modèle :
forum-add-meeting = Ajouter une réunion
forum-no-meeting = Aucune réunion n'est encore enregistrée ici.
forum-col-date = Date
forum-col-meeting = Réunion
forum-col-open-actions = Actions en cours
forum-minutes-members-only = Les ordres du jour et comptes rendus ne sont partagés qu'entre les organisations participantes.
