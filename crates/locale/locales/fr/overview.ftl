
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
