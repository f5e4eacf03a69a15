# The analysis's sentences, translated from en/sentences.ftl.

phrase-every-phase = toutes les phases
phrase-one-phase = la phase { $phase }
phrase-phases = les phases { $phases }
phrase-phase-name = « { $phase } »
phrase-participants-unknown = participants non renseignés
finding-matrix-unknown = Le modèle ne renseigne pas la matrice des responsabilités ('responsibilities: unknown').
finding-assets-unknown = Le modèle ne renseigne pas le registre des actifs ('assets: unknown') ; les cases de la matrice des responsabilités ne sont donc pas connues.
finding-assets-empty = Le registre des actifs est vide : aucune technologie électorale n'est enregistrée.
finding-contacts-unknown = Le modèle ne renseigne pas l'annuaire des contacts ('contacts: unknown').
finding-critical-infrastructure-unknown = On ne sait pas si les élections sont désignées infrastructure critique.
finding-gap = Aucune organisation n'est redevable de la menace { $threat } sur { $asset_kind } ({ $assets }) pendant { $phases }.
finding-overlap-two = { $organisations } sont toutes deux redevables de { $threats } sur { $asset_kinds } ({ $assets }) pendant { $phases }.
finding-overlap-many = { $organisations } sont toutes redevables de { $threats } sur { $asset_kinds } ({ $assets }) pendant { $phases }.
finding-mismatch-one-lacks-one = Pour la menace { $threat } sur { $asset_kinds } ({ $assets }), la seule organisation qui agit, { $organisation }, n'a pas la capacité « { $capability } ».
finding-mismatch-one-lacks-all = Pour la menace { $threat } sur { $asset_kinds } ({ $assets }), la seule organisation qui agit, { $organisation }, n'a aucune de ces capacités : { $capabilities }.
finding-mismatch-none-has-one = Pour la menace { $threat } sur { $asset_kinds } ({ $assets }), aucune des organisations qui agissent ({ $organisations }) n'a la capacité « { $capability } ».
finding-mismatch-none-has-any = Pour la menace { $threat } sur { $asset_kinds } ({ $assets }), aucune des organisations qui agissent ({ $organisations }) n'a l'une de ces capacités : { $capabilities }.
finding-mismatch-many-none-has-one = Pour la menace { $threat } sur { $asset_kinds } ({ $assets }), aucune des { $count } organisations qui agissent (dont { $organisations }) n'a la capacité « { $capability } ».
finding-mismatch-many-none-has-any = Pour la menace { $threat } sur { $asset_kinds } ({ $assets }), aucune des { $count } organisations qui agissent (dont { $organisations }) n'a l'une de ces capacités : { $capabilities }.
finding-no-contact-at-all = { $organisation } a un rôle dans la réponse mais aucun contact.
finding-emergency-hours-unknown = { $organisation } a un rôle dans la réponse ; les horaires de son contact d'urgence ne sont pas renseignés, il ne répond donc peut-être pas à toute heure.
finding-no-emergency-contact = { $organisation } a un rôle dans la réponse mais aucun contact d'urgence qui réponde à toute heure.
finding-no-out-of-band = { $organisation } a un rôle dans la réponse, mais tous ses contacts ne sont joignables que par courriel, mobile ou messagerie.
finding-single-person = Le seul contact de { $organisation } est une personne : { $contact }.
finding-never-verified = Le contact { $contact } de { $organisation } n'a jamais été vérifié.
finding-verification-unknown = On ne sait pas quand le contact { $contact } de { $organisation } a été vérifié pour la dernière fois.
finding-stale = Le contact { $contact } de { $organisation } a été vérifié pour la dernière fois le { $date }, il y a { $days } jours (la limite est de { $limit }).
finding-not-in-a-forum = { $organisation } a un rôle dans la réponse mais ne siège dans aucune instance.
finding-forum-outside-election = L'instance { $forum } n'est active que pendant { $phases }, jamais entre la campagne et la publication des résultats.
finding-forum-ad-hoc-in-period = L'instance { $forum } se réunit au besoin et n'a aucune réunion prévue pendant la période électorale (du { $from } au { $to }).
finding-forum-ad-hoc = L'instance { $forum } se réunit au besoin, sans réunion prévue pendant la période électorale.
finding-forum-too-rare = L'instance { $forum } se réunit au rythme « { $cadence } », mais la période électorale dure { $days } jours (du { $from } au { $to }) et aucune réunion n'y est prévue.
finding-forum-cadence-unknown = La fréquence des réunions de l'instance { $forum } n'est pas renseignée ; on ne sait donc pas si elle se réunit pendant la période électorale.
finding-agreement-expired = L'accord { $agreement } ({ $title }) a expiré le { $date }.
finding-agreement-not-public = L'accord { $agreement } entre { $election_body } et { $security_body } n'est pas public.
finding-agreement-publicity-unknown = On ne sait pas si l'accord { $agreement } entre { $election_body } et { $security_body } est public.
finding-unbounded-no-agreement = { $organisation } ({ $kind }) participe à la collaboration, mais n'est partie à aucun accord.
finding-unbounded-agreements = { $organisation } ({ $kind }) participe à la collaboration, mais ses accords ({ $agreements }) ne fixent pas les limites de son intervention.
finding-no-central-emb = Le modèle n'a pas d'OGE au niveau national.
finding-no-national-cert = Le modèle n'a ni CERT national ni agence de cybersécurité.
finding-office-cut-from-emb = Le bureau électoral { $office } n'a aucun chemin vers l'OGE central par la hiérarchie, les instances ou les accords.
finding-office-cut-from-cert = Le bureau électoral { $office } n'a aucun chemin vers le CERT national par la hiérarchie, les instances ou les accords.
finding-office-cut-from-both = Le bureau électoral { $office } n'a aucun chemin vers l'OGE central ni vers le CERT national par la hiérarchie, les instances ou les accords.
finding-next-level = La collaboration est au niveau { $rung } sur 7 ({ $level }). Le niveau { $next_rung } ({ $next_level }) exige { $missing }.
finding-designated-but-lacks = Les élections sont désignées infrastructure critique, mais il manque au modèle : { $missing }.
finding-treated-as-but-lacks = Les élections sont traitées comme infrastructure critique, mais il manque au modèle : { $missing }.
finding-consider-designation = La collaboration est au niveau { $rung } sur 7 ({ $level }) et les élections ne sont pas désignées infrastructure critique ; une désignation ou un autre instrument contraignant pourrait imposer la collaboration.
finding-recommendation-unmet = Recommandation { $number } ({ $title }) : { $evidence }.
phrase-also = { $first } ; { $second }
evidence-activity = { $kind } « { $title } » ({ $participants })
evidence-directory = un annuaire avec des contacts d'urgence joignables à toute heure pour { $count } organisations, dont { $election_body } et { $partner }
evidence-forum-brings-together = l'instance { $forum } ({ $kind }) réunit { $election_body } et { $count } organismes partenaires
evidence-forum-brings-one = l'instance { $forum } ({ $kind }) réunit { $election_body } et un organisme partenaire
evidence-matrix-names = des rôles convenus dans une matrice des responsabilités qui nomme { $count } organisations
evidence-with-platform-or-media = { $kind } « { $title } » avec une plateforme ou un média
evidence-sets-out-response = { $kind } « { $title } » définit comment { $parties } réagissent
evidence-governs-from-above = { $kind } « { $title } » encadre la collaboration d'en haut
evidence-governs-and-designates = { $kind } « { $title } » encadre la collaboration d'en haut et désigne les élections infrastructure critique
evidence-negotiated = { $kind } « { $title } » négocié entre { $parties }
evidence-designated = les élections sont désignées infrastructure critique
evidence-forum-set-up-by-law = l'instance { $forum } a été créée par : { $kind } « { $title } »
evidence-forum-set-up-by-agencies = l'instance { $forum } ({ $kind }) a été créée par les organismes eux-mêmes, non par la loi
missing-risk-assessment = une évaluation conjointe des risques, des rapports de situation, un partage d'informations ou une veille médiatique associant deux organisations ou plus (une activité de type joint_risk_assessment, situation_reporting, information_sharing ou media_monitoring)
missing-expertise = des formations, des conseils, des détachements ou des outils partagés fournis par une organisation à d'autres (une activité de type training, guidance, secondment ou shared_tool)
missing-exercises = un exercice sur table ou de simulation avec deux organisations ou plus (une activité de type tabletop_exercise ou simulation_exercise)
missing-directory-unknown = l'annuaire des contacts (non renseigné dans le modèle)
missing-emergency-contacts = des contacts d'urgence joignables à toute heure pour l'OGE central et au moins un organisme partenaire
missing-forum = ou une instance où l'OGE central rencontre des organismes partenaires
missing-public-communication = une communication publique coordonnée, de l'information des électeurs ou une réponse aux rumeurs associant deux organisations ou plus, ou un protocole d'accord ou un protocole avec une plateforme de réseaux sociaux ou les médias
missing-response = une réponse conjointe aux incidents, une planification d'urgence, une assistance technique ou un traitement des plaintes, ou un protocole ou protocole d'accord en vigueur entre l'administration électorale et un partenaire sur la réponse aux attaques
missing-independent = une certification, un audit ou un test de sécurité mené par un organisme indépendant de l'administration électorale (une activité de type certification, security_audit ou security_testing dont le pilote n'est pas l'OGE)
missing-independent-lead = les évaluations { $activities } n'indiquent pas de pilote indépendant
readiness-instrument = la désignation figure dans un instrument contraignant
readiness-technical-partner = un CERT ou une agence de cybersécurité agit contre les attaques sur la technologie électorale
readiness-assessed = des normes minimales sont évaluées de façon indépendante
readiness-cert-round-the-clock = le CERT national a un contact d'urgence 24 h/24
readiness-evidence-instrument = { $kind } « { $title } »
readiness-no-designating-agreement = aucun accord ne désigne les élections infrastructure critique
readiness-acts-for = { $organisation } a le rôle « { $role } » pour { $threats }
evidence-matrix-not-recorded = la matrice des responsabilités n'est pas renseignée
readiness-no-cyber-body-acts = aucun CERT ni aucune agence de cybersécurité n'est responsable ou redevable
readiness-assessment-recorded = une certification, un audit ou un test indépendant est enregistré
readiness-no-assessment-recorded = aucune certification, aucun audit ni aucun test indépendant n'est enregistré
readiness-cert-answers = { $organisation } répond aux urgences à toute heure
evidence-directory-not-recorded = l'annuaire des contacts n'est pas renseigné
readiness-no-cert-round-the-clock = aucun contact d'urgence joignable à toute heure dans un CERT national
recommendation-between-elections = { $count ->
    [one] { $count } ligne de responsabilité couvre
   *[other] { $count } lignes de responsabilité couvrent
} des phases entre les élections (cadre juridique, planification, audit, archivage)
recommendation-nothing-between-elections = aucune responsabilité ne couvre les phases entre les élections
recommendation-no-standing-forum = aucune instance au rythme connu n'est active pendant toutes les phases
recommendation-standing-forums = instances permanentes actives pendant toutes les phases : { $forums }
recommendation-assets-not-recorded = le registre des actifs n'est pas renseigné
recommendation-key-processes-listed = { $count } des 4 processus que toute élection numérise { $count ->
    [one] figure
   *[other] figurent
} dans le registre des actifs
recommendation-key-processes-missing = { $count } des 4 processus que toute élection numérise { $count ->
    [one] figure
   *[other] figurent
} dans le registre des actifs (manquent : { $missing })
recommendation-uncovered-cells = { $count ->
    [one] { $count } case de la matrice des responsabilités n'a
   *[other] { $count } cases de la matrice des responsabilités n'ont
} aucune organisation redevable
recommendation-communication-shown = communication interinstitutionnelle organisée : démontrée
recommendation-communication-not-shown = communication interinstitutionnelle organisée : non démontrée
recommendation-shared-picture-shown = évaluation conjointe des risques et connaissance de la situation : démontrées
recommendation-shared-picture-not-shown = évaluation conjointe des risques et connaissance de la situation : non démontrées
recommendation-disinformation-owned = une organisation est redevable de la désinformation sur le processus
recommendation-disinformation-not-owned = personne n'est redevable de la désinformation sur le processus
recommendation-coordinated-shown = communication publique coordonnée : démontrée
recommendation-coordinated-not-shown = communication publique coordonnée : non démontrée
recommendation-agreements-not-recorded = les accords ne sont pas renseignés
recommendation-no-security-body = aucun organisme de sécurité, de renseignement ou militaire ne participe
recommendation-security-unbounded = { $organisation } : aucun accord ne limite son intervention
recommendation-security-bounded-public = { $organisation } : limitée par un accord public
recommendation-security-bounded-not-public = { $organisation } : limitée, mais pas par un accord connu pour être public
recommendation-international-partners = partenaires internationaux : { $organisations }
recommendation-international-exchange = un échange international est enregistré
recommendation-nothing-international = aucun partenaire ni échange international n'est enregistré
recommendation-no-non-state = aucune organisation non étatique ne participe à une instance, un accord, une activité ou à la matrice
recommendation-non-state-kinds = des organisations non étatiques { $count ->
    [one] d'{ $count } type participent
   *[other] de { $count } types participent
} : { $kinds }
recommendation-no-party = aucun parti politique ne figure dans le modèle
recommendation-parties-trained = des partis participent à des formations ou reçoivent des conseils sur les cyberrisques
recommendation-parties-untrained = { $count ->
    [one] { $count } parti figure dans le modèle, mais aucune formation ni aucun conseil ne l'atteint
   *[other] { $count } partis figurent dans le modèle, mais aucune formation ni aucun conseil ne les atteint
}
recommendation-at-level = la collaboration est au niveau { $rung } sur 7
recommendation-organic = la collaboration spontanée est allée loin sans impulsion verticale
recommendation-pushed-from-above = une désignation ou des instruments contraignants impulsent la collaboration d'en haut
recommendation-designation-considered = une désignation comme infrastructure critique est à l'étude
recommendation-nothing-pushes = la collaboration est faible et rien de contraignant ne l'impulse d'en haut
recommendation-observers-assess = des observateurs évaluent la collaboration interinstitutionnelle
recommendation-observers-idle = des observateurs figurent dans le modèle, mais aucune observation de la collaboration n'est enregistrée
recommendation-no-observers = aucun observateur ne figure dans le modèle
similar-focus-areas = domaines d'action : { $areas }
similar-horizontal = une approche horizontale
similar-vertical = une approche verticale
similar-mixed = une approche mixte
similar-administration = administration { $administration }
similar-agencies = organismes : { $kinds }
similar-non-state = partenaires non étatiques : { $kinds }
similar-agreements = accords : { $kinds }
similar-designation = élections désignées infrastructure critique
similar-forums = { $count ->
    [one] { $count } instance
   *[other] { $count } instances
} (vous en avez { $yours })
recommendation-1 = Traiter la cybersécurité électorale comme un engagement durable sur tout le cycle électoral
recommendation-2 = Reconnaître que les élections peu numérisées font quand même face aux cyberrisques
recommendation-3 = Placer la collaboration interinstitutionnelle au cœur de la cyber-résilience
recommendation-4 = Gérer les perceptions autant que les attaques réelles
recommendation-5 = Garder une collaboration transparente et clairement délimitée
recommendation-6 = Collaborer au niveau international
recommendation-7 = Aller au-delà de l'État : secteur privé, partis, universités, société civile, médias
recommendation-8 = Sensibiliser les partis politiques aux cyberrisques
recommendation-9 = Recourir à la désignation comme infrastructure critique ou à d'autres mesures verticales là où la collaboration spontanée fait défaut
recommendation-10 = Laisser les observateurs évaluer la collaboration interinstitutionnelle

# The nearest piece missing, and why the approach is what it is.
evidence-agrees-roles = { $kind } « { $title } » fixe les rôles de { $parties }
missing-roles = ou un accord (loi, décret, protocole d'accord, protocole ou mandat) qui fixe les rôles de l'OGE central et d'un organisme partenaire
nearest-one-party = { $activity } n'implique que { $organisation } : la participation d'une deuxième organisation montrerait ce domaine
nearest-forum-without-partner = l'instance { $forum } compte l'OGE central mais aucun organisme partenaire
nearest-forum-without-emb = l'instance { $forum } réunit des organismes partenaires sans l'OGE central
nearest-emb-contact-only = { $election_body } a un contact d'urgence joignable jour et nuit, mais aucun organisme partenaire n'en a
nearest-partner-contact-only = { $partner } a un contact d'urgence joignable jour et nuit, mais l'OGE central n'en a pas
nearest-not-in-force = { $kind } « { $title } » montrerait ce domaine, mais il n'est pas en vigueur
approach-none = aucune instance, aucun accord ni aucune désignation comme infrastructure critique n'indique comment les organismes travaillent ensemble
approach-only-horizontal = tous les signes sont horizontaux : les organismes ont eux-mêmes mis en place la collaboration
approach-only-vertical = tous les signes sont verticaux : la collaboration repose sur des instruments contraignants
approach-vertical-majority = les signes verticaux ({ $vertical }) sont au moins deux fois plus nombreux que les horizontaux ({ $horizontal })
approach-horizontal-majority = les signes horizontaux ({ $horizontal }) sont au moins deux fois plus nombreux que les verticaux ({ $vertical })
approach-mixed = signes horizontaux ({ $horizontal }) et verticaux ({ $vertical }), aucun deux fois plus nombreux que l'autre : une approche combinée
evidence-work-together = { $election_body } et { $partner } travaillent ensemble dans { $count } activités conjointes
evidence-policy-from-above = { $kind } « { $title } » organise la collaboration en tant que politique du gouvernement
evidence-unprompted-joint-work = { $count ->
    [one] { $count } activité conjointe d'organismes publics ne repose sur aucun instrument : les organismes travaillent ensemble de leur propre initiative
   *[other] { $count } activités conjointes d'organismes publics ne reposent sur aucun instrument : les organismes travaillent ensemble de leur propre initiative
}
evidence-treated-as-critical = les élections sont traitées comme une infrastructure critique sans désignation formelle
evidence-forum-set-up-from-above = l'instance { $forum } a été mise en place par { $organisation }, une décision venue d'en haut
