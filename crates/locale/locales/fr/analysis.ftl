
finding-concerns = Concerne :
finding-not-allowed = (votre compte ne permet pas ce changement)
finding-rule = Pourquoi c'est important : la règle
rules-title = Les règles de l'analyse
rules-intro = L'analyse lit le modèle partagé et signale les failles de la collaboration. Chaque constat vient de l'une des règles ci-dessous ; sa gravité est en général celle indiquée ici, et le constat précise quand elle est plus ou moins élevée. Une organisation agit lorsqu'elle est responsable ou redevable dans au moins une ligne de la matrice des responsabilités. Un contact est périmé quand personne ne l'a confirmé depuis plus de { $days } jours.
rules-nav = Règles
rules-severity = { $severity ->
    [info] info
    [low] faible
    [medium] moyen
    [high] élevé
   *[critical] critique
}
rules-why = Pourquoi c'est important.
rules-what = Que faire.
severity-info = info
severity-low = faible
severity-medium = moyen
severity-high = élevé
severity-critical = critique
analysis-partial = Cette analyse porte sur ce qui est partagé avec les observateurs ; les contacts et accords non publics en sont exclus.
analysis-heading = Analyse : { $jurisdiction }
analysis-as-of = Au { $date }.
analysis-findings = Constats
analysis-counts-top = { $critical } critiques, { $high } élevés, { $medium } moyens,
analysis-counts-rest = { $low } faibles, { $info } pour information.
analysis-each-links = Chaque constat renvoie à ce qu'il concerne et à l'endroit où le corriger.
analysis-collaboration = Collaboration
analysis-level = Niveau { $rung } sur 7 : { $label }.
analysis-next-level = Le niveau { $rung } ({ $label }) demande : { $missing }.
analysis-col-area = Domaine prioritaire
analysis-col-shown = Présent
analysis-col-evidence = Éléments probants ou ce qui manque
analysis-yes = oui
analysis-no = non
analysis-approach = Approche :
analysis-horizontal = Horizontale : { $evidence }
analysis-vertical = Verticale : { $evidence }
analysis-ci = Infrastructure critique :
analysis-ci-status = { $status } ; préparation { $readiness }.
analysis-recommendations = Les dix recommandations
analysis-col-number = N°
analysis-col-recommendation = Recommandation
analysis-col-evidence-only = Éléments probants
analysis-similar = Pays de référence les plus proches
analysis-similarity = similarité { $score }
analysis-they-have = ils ont : { $what }
analysis-rules-hint = chacune avec son importance et ce qu'il faut faire.
analysis-json = Le même rapport en JSON.
analysis-recommendation = Recommandation { $number }
fix-make-accountable = Rendre une organisation redevable dans la matrice
fix-keep-one-accountable = Garder une seule organisation redevable : modifier les lignes de la matrice
fix-make-capable-responsible = Rendre responsable une organisation qui a la capacité
fix-record-capabilities = Enregistrer les capacités de { $name }
fix-record-matrix = Enregistrer la matrice
fix-add-asset = Ajouter un élément de technologie électorale
fix-add-emergency-contact = Ajouter un contact d'urgence de { $name }
fix-add-deputy = Ajouter une permanence ou un suppléant pour { $name }
fix-check-contact = Vérifier { $name } et confirmer qu'il est toujours exact
fix-edit-contact = Modifier { $name }
fix-add-oob-channel = Ajouter une ligne fixe, une ligne sécurisée ou une radio à { $name }
fix-add-oob-contact = Ajouter un contact de { $name } avec un moyen hors bande
fix-record-contact = Enregistrer un contact
fix-add-to-forum = Ajouter { $name } à une instance
fix-schedule-meeting = Prévoir une réunion pendant la période électorale
fix-record-forum-schedule = Enregistrer quand l'instance se réunit
fix-record-boundaries = Enregistrer un accord fixant les limites de son intervention
fix-edit-agreement = Modifier l'accord
fix-add-organisation = Ajouter l'organisation
fix-give-parent = Rattacher { $name } à l'administration électorale
fix-bring-into-forum = L'intégrer à une instance avec l'OGE et le CERT
fix-record-activity = Enregistrer une activité commune
fix-record-ci-status = Enregistrer le statut des élections
fix-see-readiness = Voir les contrôles de préparation
fix-see-missing = Voir ce qui manque

network-title = Réseau des institutions
network-intro = Qui est relié à qui : l'administration électorale (à gauche) par sa hiérarchie, les instances et accords (au centre), jusqu'aux autres organismes publics et partenaires (à droite). Ce sont les liens que suit l'analyse pour repérer les bureaux coupés du centre. Sélectionnez un nœud pour ouvrir sa page.
network-kind = Type d'organisation
network-threat = Menace dont elles répondent
network-show-everyone = Tout afficher
network-count = { $organisations } organisations, { $forums } instances et { $agreements } accords.
network-count-threat = Affichées : celles que la matrice rend redevables ou responsables pour : { $threat }.
network-legend-organisation = organisation
network-legend-forum = instance
network-legend-agreement = accord
network-legend-threat = menace
network-legend-part-of = relève de
network-legend-sits-in = siège dans
network-legend-party-to = partie à
network-legend-cut-off = coupée du centre (analyse)
network-legend-findings = a des constats
network-zoom-in = Zoom avant
network-zoom-out = Zoom arrière
network-fit = Ajuster
network-graph = Graphe des organisations, instances et accords énumérés ci-dessous
network-cut-off = Coupés du centre :
network-no-path = aucun chemin par la hiérarchie, les instances ou les accords vers l'OGE central ou le CERT
network-none-cut-off = Aucun bureau affiché ici n'est coupé du centre.
network-findings-by-org = Constats par organisation :
network-list = Le réseau sous forme de liste
network-col-sits-in = Siège dans
network-col-party-to = Partie à
network-cut-off-tag = coupée du centre
network-none = Aucune organisation ne correspond.

## Lists and sentences inside the analysis's sentences
list-separator = {", "}
list-and = { $init } et { $last }
list-and-more = { $listed } et { $count } autres
sentence-separator = {" ; "}

## The analysis page: the model's size, the matrix, statuses
analysis-count-organisations = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
analysis-count-contacts = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
analysis-count-forums = { $count ->
    [one] { $count } instance
   *[other] { $count } instances
}
analysis-count-agreements = { $count ->
    [one] { $count } accord
   *[other] { $count } accords
}
analysis-count-assets = { $count ->
    [one] { $count } actif
   *[other] { $count } actifs
}
analysis-count-responsibilities = { $count ->
    [one] { $count } ligne de responsabilité
   *[other] { $count } lignes de responsabilité
}
analysis-count-activities = { $count ->
    [one] { $count } activité
   *[other] { $count } activités
}
analysis-unrecorded-organisations = organisations non renseignées
analysis-unrecorded-contacts = contacts non renseignés
analysis-unrecorded-forums = instances non renseignées
analysis-unrecorded-agreements = accords non renseignés
analysis-unrecorded-assets = actifs non renseignés
analysis-unrecorded-responsibilities = lignes de responsabilité non renseignées
analysis-unrecorded-activities = activités non renseignées
analysis-matrix-cells = Matrice des responsabilités : { $cells } cellules, dont { $gaps } sans organisation redevable et { $overlaps } avec plusieurs.
analysis-approach-horizontal = horizontale
analysis-approach-vertical = verticale
analysis-approach-mixed = mixte
analysis-approach-undetermined = non déterminée
analysis-unknown = inconnu
analysis-readiness-ready = prête
analysis-readiness-partly = en partie prête
analysis-readiness-not-ready = pas prête
analysis-readiness-not-applicable = sans objet
analysis-check = { $check } ({ $met }) : { $evidence }
analysis-check-met = rempli
analysis-check-not-met = non rempli
analysis-status-met = satisfaite
analysis-status-partly = en partie satisfaite
analysis-status-not-met = non satisfaite

## The check report (liaison check)
check-title = Vérification Liaison : { $jurisdiction }
check-as-of = au { $date }
check-col-severity = Gravité
check-col-finding = Constat
check-col-remedy = Que faire
check-col-id = Identifiant
check-col-status = Statut
check-not-shown = non démontré
check-more = (+{ $count } autres)
check-approach-signs = { $approach } ({ $horizontal } signes horizontaux et { $vertical } verticaux)
check-footer = Produit par Liaison à partir du modèle de collaboration. Les constats, les domaines d'action et la maturité sont déduits de la structure du modèle ; les règles sont décrites dans docs/ANALYSIS.md.

## liaison diff : ce qui a changé entre deux modèles

changes-title = Changements de { $old } à { $new }
changes-none = Les deux modèles sont identiques, et leur analyse aussi.
changes-section = { $section ->
    [organisations] Organisations
    [contacts] Contacts
    [forums] Instances
    [agreements] Accords
    [assets] Technologies
    [activities] Activités conjointes
   *[escalation_protocols] Protocoles d'escalade
} : { $changes }
changes-added = { $count ->
    [one] { $count } ajouté ({ $ids })
   *[other] { $count } ajoutés ({ $ids })
}
changes-removed = { $count ->
    [one] { $count } retiré ({ $ids })
   *[other] { $count } retirés ({ $ids })
}
changes-changed = { $count ->
    [one] { $count } modifié ({ $ids })
   *[other] { $count } modifiés ({ $ids })
}
changes-now-known = désormais connu (était inconnu)
changes-now-unknown = désormais inconnu (était connu)
changes-matrix = { $count ->
    [one] Matrice des responsabilités : { $count } case a changé d'organisations responsables
   *[other] Matrice des responsabilités : { $count } cases ont changé d'organisations responsables
}
changes-cell = { $threat } en phase { $phase } : { $before } → { $after }
changes-nobody = personne
changes-model = Le modèle
changes-analysis = Analyse
changes-maturity = Niveau de collaboration : { $before } → { $after }
changes-approach = Approche : { $before } → { $after }
changes-focus-gained = Domaines d'action désormais présents : { $areas }
changes-focus-lost = Domaines d'action qui ne sont plus présents : { $areas }
changes-new-findings = Nouveaux constats ({ $count }) :
changes-resolved-findings = Constats résolus ({ $count }) :
