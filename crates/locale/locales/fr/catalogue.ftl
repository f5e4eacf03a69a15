# Traduction du fichier anglais du catalogue : elle doit en garder exactement les clés, sans en ajouter ni en retirer.

## type d'activité
list-activity-kind = type d'activité
activity-kind-joint-risk-assessment = Évaluation conjointe des risques
    .description = Plusieurs organismes évaluent ensemble les risques cyber qui pèsent sur l'élection.
activity-kind-situation-reporting = Rapports de situation
    .description = Rapports de situation réguliers partagés entre organismes.
activity-kind-information-sharing = Partage d'informations
    .description = Un dispositif d'échange d'informations et d'indicateurs sur les menaces.
activity-kind-media-monitoring = Veille des médias et des réseaux sociaux
    .description = Veille coordonnée des médias, des réseaux sociaux et d'autres sources.
activity-kind-coordinated-communication = Communication publique coordonnée
    .description = Une stratégie de communication commune, des messages concertés ou des déclarations conjointes.
activity-kind-voter-information = Campagne d'information des électeurs
    .description = Information conjointe des électeurs, y compris avec les plateformes et les médias.
activity-kind-rumour-response = Réponse aux rumeurs
    .description = Suivi des rumeurs sur le processus électoral et publication de rectificatifs.
activity-kind-incident-response = Réponse conjointe aux incidents
    .description = Des organismes répondent ensemble à un incident ou se tiennent prêts à le faire.
activity-kind-contingency-planning = Plans d'urgence
    .description = Plans d'urgence et de continuité conjoints pour l'élection.
activity-kind-technical-assistance = Assistance technique
    .description = Un organisme fournit à un autre du matériel, un hébergement ou une protection.
activity-kind-complaints-handling = Traitement des plaintes
    .description = Traitement rapide et coordonné des plaintes relatives au processus électoral.
activity-kind-training = Formation
    .description = Sessions de formation ou de sensibilisation données par un organisme à d'autres.
activity-kind-guidance = Guides pratiques
    .description = Guides, listes de contrôle ou guides opérationnels produits à l'intention d'autres organismes.
activity-kind-secondment = Détachement
    .description = Personnel détaché auprès d'une autre organisation.
activity-kind-shared-tool = Outil partagé
    .description = Un outil ou un service qu'un organisme met à la disposition d'autres.
activity-kind-certification = Certification
    .description = Un organisme indépendant certifie que les systèmes satisfont aux exigences.
activity-kind-security-audit = Audit de sécurité
    .description = Un audit indépendant des systèmes ou des procédures.
activity-kind-security-testing = Tests de sécurité
    .description = Tests d'intrusion, revues de code ou autres tests indépendants.
activity-kind-tabletop-exercise = Exercice sur table
    .description = Le déroulé d'un scénario, mené sous forme de discussion.
activity-kind-simulation-exercise = Exercice de simulation
    .description = Une simulation grandeur nature d'une attaque et de la réponse.
activity-kind-international-exchange = Échange international
    .description = Échange de connaissances ou d'informations avec d'autres pays.
activity-kind-observation = Observation de la collaboration
    .description = Des observateurs évaluent la collaboration interinstitutionnelle et ses garanties.

## type d'adversaire
list-adversary-kind = type d'adversaire
adversary-kind-foreign-state = État étranger
    .description = Un État étranger qui cherche à influencer l'élection ; beaucoup le considèrent comme le principal adversaire.
adversary-kind-domestic-political = Acteur politique national
    .description = Un parti, une campagne ou un agent politique du pays.
adversary-kind-hacktivist = Hacktiviste
    .description = Des pirates au service d'une cause politique ou sociale, y compris la méfiance envers la technologie électorale.
adversary-kind-terrorist = Terroriste
    .description = Des terroristes qui recourent à des cyberopérations.
adversary-kind-organised-crime = Crime organisé
    .description = Le crime organisé qui tente d'influer sur l'élection.
adversary-kind-cybercriminal = Cybercriminel
    .description = Des criminels motivés par l'argent, tels que les groupes de rançongiciels.
adversary-kind-fame-seeker = Chercheur de notoriété
    .description = Des individus ou des groupes qui veulent faire étalage de leurs compétences.
adversary-kind-insider = Initié
    .description = Une personne disposant d'un accès légitime qui en fait un usage abusif.
adversary-kind-careless-researcher = Chercheur imprudent
    .description = Des pirates éthiques ou à chapeau gris qui publient imprudemment, trop tard pour corriger, ou qui exagèrent la gravité.

## type d'accord
list-agreement-kind = type d'accord
agreement-kind-law = Loi
    .description = Une loi adoptée par le parlement.
agreement-kind-decree = Décret ou règlement
    .description = Un décret, un règlement, un arrêté ou une désignation officielle du gouvernement.
agreement-kind-mou = Protocole d'accord
    .description = Un protocole d'accord ou un accord de coopération entre organisations.
agreement-kind-protocol = Protocole opérationnel
    .description = Un protocole opérationnel : qui fait quoi, quand, et comment circule l'information.
agreement-kind-terms-of-reference = Termes de référence
    .description = Les termes de référence d'une instance, d'une cellule spéciale ou d'un organe conjoint.
agreement-kind-contract = Contrat
    .description = Un contrat, par exemple avec un fournisseur ou un prestataire de services.
agreement-kind-guideline = Ligne directrice ou norme
    .description = Orientations, normes ou politiques adoptées par un ou plusieurs organismes.
agreement-kind-strategy = Stratégie ou plan
    .description = Une stratégie ou un plan national ou institutionnel.

## type d'actif
list-asset-kind = type d'actif
asset-kind-voter-register = Liste électorale
    .description = La liste électorale et tout service en ligne permettant aux électeurs de vérifier leur inscription.
asset-kind-biometric-id = Identification des électeurs
    .description = Kits biométriques, cartes d'identité électroniques et autres moyens d'identifier les électeurs.
asset-kind-candidate-registration = Enregistrement des partis et des candidats
    .description = Systèmes d'enregistrement des partis, des candidats et de leurs candidatures.
asset-kind-election-management-system = Système de gestion électorale
    .description = Systèmes internes pour la logistique, l'affectation du personnel des bureaux de vote, les procès-verbaux et les décisions.
asset-kind-e-pollbooks = Listes d'émargement électroniques
    .description = Listes électroniques utilisées dans les bureaux de vote pour pointer les électeurs.
asset-kind-voting-machines = Machines à voter
    .description = Machines qui enregistrent les votes dans les bureaux de vote (enregistrement électronique direct, dispositifs de marquage des bulletins).
asset-kind-internet-voting = Vote par Internet
    .description = Vote électronique à distance par Internet.
asset-kind-counting-scanners = Scanners de dépouillement
    .description = Lecteurs optiques et autres équipements qui dépouillent les bulletins papier.
asset-kind-results-transmission = Transmission et compilation des résultats
    .description = Systèmes qui font remonter les résultats depuis les bureaux de vote et les agrègent.
asset-kind-results-website = Site des résultats
    .description = Le site web public où sont publiés les résultats provisoires et définitifs.
asset-kind-emb-website = Site web et services en ligne de l'OGE
    .description = Le site web public de l'organe de gestion électorale (OGE) et ses services en ligne autres que les résultats.
asset-kind-email-messaging = Courriel et messagerie
    .description = Courriel de l'institution et du personnel, messagerie et outils collaboratifs.
asset-kind-official-social-media = Comptes officiels sur les réseaux sociaux
    .description = Les comptes de l'OGE et des organismes partenaires sur les plateformes de réseaux sociaux.
asset-kind-party-systems = Systèmes des partis et des candidats
    .description = La messagerie et les systèmes de campagne des partis et des candidats, et les données électorales qu'ils reçoivent.
asset-kind-broader-infrastructure = Infrastructure nationale au sens large
    .description = Les services d'administration en ligne, le réseau électrique et les liaisons de télécommunications dont dépendent les élections.
asset-kind-voter-information = Information des électeurs et confiance dans le processus
    .description = L'information officielle sur quand, où et comment voter, et l'image que le public se fait du processus : ce que vise la désinformation sur le processus.

## besoin de sécurité
list-security-need = besoin de sécurité
security-need-low = Faible
    .description = Une atteinte serait un simple désagrément.
security-need-moderate = Modéré
    .description = Une atteinte perturberait le travail ou nuirait à la confiance au niveau local, et pourrait être réparée.
security-need-high = Élevé
    .description = Une atteinte perturberait une phase de l'élection ou nuirait à la confiance dans son résultat.

## capacité
list-capability = capacité
capability-technical-response = Réponse technique aux incidents
    .description = Peut contenir une attaque technique contre les systèmes et les réseaux, l'éradiquer et rétablir le fonctionnement.
capability-forensics = Investigation numérique
    .description = Peut examiner les systèmes et les preuves pour établir ce qui s'est passé et qui en est l'auteur.
capability-threat-intelligence = Renseignement sur les menaces
    .description = Recueille et partage du renseignement sur les adversaires, leurs intentions et leurs techniques.
capability-ddos-mitigation = Atténuation des attaques DDoS
    .description = Peut absorber ou filtrer le trafic de déni de service (opérateurs de réseau, hébergeurs, services de filtrage).
capability-security-assessment = Évaluation de sécurité et certification
    .description = Audite, teste et certifie les systèmes et les procédures.
capability-criminal-investigation = Enquête pénale
    .description = Enquête sur les infractions et les poursuit, y compris les infractions électorales et la cybercriminalité.
capability-public-communication = Communication publique
    .description = S'adresse aux électeurs et aux médias avec autorité et une large audience.
capability-information-monitoring = Veille des médias et des réseaux sociaux
    .description = Surveille les médias, les réseaux sociaux et d'autres sources pour déceler la désinformation et les signes d'attaque.
capability-content-moderation = Modération des contenus
    .description = Peut signaler, déclasser ou supprimer des contenus et des comptes sur une plateforme.
capability-fact-checking = Vérification des faits
    .description = Vérifie les affirmations et publie des rectificatifs.
capability-data-protection = Contrôle de la protection des données
    .description = Contrôle et fait respecter la protection des données personnelles, telles que les listes électorales.
capability-media-regulation = Régulation des médias
    .description = Régule l'audiovisuel et, lorsque la loi le permet, les médias en ligne pendant les campagnes.
capability-adjudication = Règlement des litiges
    .description = Statue sur les plaintes et les litiges.
capability-technical-support = Support technique
    .description = Conçoit, exploite ou assure le support de la technologie électorale.
capability-guidance-training = Orientation et formation
    .description = Forme le personnel et les parties prenantes et publie des conseils d'hygiène informatique.
capability-oversight = Contrôle
    .description = Demande des comptes aux autres : contrôle parlementaire ou indépendant.
capability-observation = Observation
    .description = Observe le processus et en rend compte de manière indépendante.
capability-infrastructure-continuity = Continuité des infrastructures
    .description = Maintient l'électricité, les télécommunications ou l'hébergement en service au moment crucial.
capability-election-administration = Administration électorale
    .description = Organise le processus électoral lui-même.
capability-policy-funding = Politiques et financement
    .description = Définit les politiques, rédige les lois et alloue les budgets.

## type de contact
list-contact-kind = type de contact
contact-kind-person = Personne nommée
    .description = Une personne désignée nommément ; en son absence, personne ne répond.
contact-kind-function = Fonction ou permanence
    .description = Un rôle ou un poste tenu par roulement, comme un agent de permanence ou un centre de situation.
contact-kind-team = Équipe
    .description = Une adresse ou une ligne d'équipe partagée, à laquelle plusieurs personnes répondent.

## disponibilité
list-availability = disponibilité
availability-twenty-four-seven = 24 h/24, 7 j/7
    .description = Répond jour et nuit, tous les jours.
availability-election-period = 24 h/24 en période électorale
    .description = Jour et nuit de la campagne à la publication des résultats, aux heures de bureau le reste du temps.
availability-office-hours = Heures de bureau
    .description = Ne répond qu'aux heures de travail.

## type de canal
list-channel-kind = type de canal
channel-kind-email = Courriel
    .description = Courriel ordinaire.
channel-kind-landline = Téléphone fixe
    .description = Une ligne téléphonique fixe.
channel-kind-mobile = Téléphone mobile
    .description = Un numéro de téléphone mobile (voix ou SMS).
channel-kind-messaging = Application de messagerie
    .description = Un service de messagerie sur Internet tel que Signal, WhatsApp ou Telegram.
channel-kind-secure-line = Ligne gouvernementale sécurisée
    .description = Un réseau gouvernemental dédié ou une ligne vocale chiffrée, indépendants de l'Internet public.
channel-kind-satellite-phone = Téléphone satellitaire
    .description = Un téléphone satellitaire, indépendant des réseaux de télécommunications nationaux.
channel-kind-radio = Radio
    .description = Un réseau radio tel que TETRA ou la radio des services d'urgence.
channel-kind-in-person = En personne
    .description = Un point de rencontre physique ou un officier de liaison sur place.
channel-kind-web-form = Formulaire ou portail web
    .description = Un formulaire de signalement ou un portail sur le web.

## type d'instance
list-forum-kind = type d'instance
forum-kind-task-force = Cellule spéciale
    .description = Un organe créé pour une mission définie, souvent pour une seule élection.
forum-kind-working-group = Groupe de travail
    .description = Un groupe qui travaille sur un thème, souvent entre experts.
forum-kind-network = Réseau
    .description = Un réseau plus souple de points de contact.
forum-kind-committee = Comité
    .description = Un comité formel.
forum-kind-council = Conseil
    .description = Un conseil de coordination, souvent à l'échelle d'un secteur.
forum-kind-project = Projet commun
    .description = Un projet commun spécifique.
forum-kind-administrative-body = Organe administratif
    .description = Un organe conjoint permanent doté de son propre personnel.

## fréquence
list-cadence = fréquence
cadence-daily = Chaque jour
    .description = Se réunit tous les jours.
cadence-weekly = Chaque semaine
    .description = Se réunit toutes les semaines.
cadence-fortnightly = Toutes les deux semaines
    .description = Se réunit toutes les deux semaines.
cadence-monthly = Chaque mois
    .description = Se réunit tous les mois.
cadence-bimonthly = Tous les deux mois
    .description = Se réunit tous les deux mois.
cadence-quarterly = Chaque trimestre
    .description = Se réunit tous les trois mois.
cadence-yearly = Chaque année
    .description = Se réunit une fois par an.
cadence-ad-hoc = Au besoin
    .description = Se réunit lorsque quelqu'un convoque une réunion.

## administration
list-administration = administration
administration-centralized = Centralisée
    .description = Un OGE central gère tout, jusqu'aux bureaux de vote.
administration-decentralized = Décentralisée
    .description = Des organes régionaux ou locaux indépendants assurent la conduite opérationnelle.
administration-mixed = Mixte
    .description = Un organe central partage le travail avec des organes régionaux ou locaux.

## statut d'infrastructure critique
list-critical-infrastructure-status = statut d'infrastructure critique
critical-infrastructure-status-designated = Désignées
    .description = Les élections sont officiellement désignées comme infrastructure critique.
critical-infrastructure-status-treated-as = Traitées comme telles
    .description = Sans désignation officielle, les élections sont traitées par les acteurs comme une infrastructure critique.
critical-infrastructure-status-considering = À l'étude
    .description = Une désignation est à l'étude.
critical-infrastructure-status-not-designated = Non désignées
    .description = Les élections ne sont pas une infrastructure critique.

## niveau de collaboration
list-collaboration-level = niveau de collaboration
collaboration-level-none = Aucune collaboration constatée
    .description = Le modèle ne montre encore aucune communication organisée entre organismes.
collaboration-level-communication = Communication organisée
    .description = Les organismes savent qui appeler et maintiennent leurs canaux actifs.
collaboration-level-shared-awareness = Connaissance partagée de la situation
    .description = Les organismes évaluent les risques ensemble et partagent une même vision de la situation.
collaboration-level-coordinated-messaging = Communication publique coordonnée
    .description = Les organismes s'adressent au public d'une seule voix.
collaboration-level-joint-response = Prévention et réponse conjointes
    .description = Les organismes préviennent et répondent ensemble, selon une procédure d'escalade convenue.
collaboration-level-shared-expertise = Expertise et outils partagés
    .description = Les organismes renforcent mutuellement leurs capacités.
collaboration-level-independent-assurance = Assurance indépendante
    .description = Les mesures de sécurité sont évaluées ou certifiées de manière indépendante.
collaboration-level-exercised = Collaboration éprouvée par des exercices
    .description = La réponse conjointe est testée lors d'exercices fondés sur des scénarios.

## période du cycle électoral
list-period-of-the-electoral-cycle = période du cycle électoral
period-of-the-electoral-cycle-pre-electoral = Période préélectorale
    .description = Du cadre juridique et de la planification jusqu'à la campagne ; c'est aussi la longue période entre deux élections.
period-of-the-electoral-cycle-electoral = Période électorale
    .description = Le vote, le dépouillement, ainsi que la transmission, la compilation et la publication des résultats.
period-of-the-electoral-cycle-post-electoral = Période postélectorale
    .description = Contentieux, audit et bilan, puis archivage, qui alimentent le cycle suivant.

## phase
list-phase = phase
phase-legal-framework = Cadre juridique
    .description = Rédaction et modification de la loi et de la réglementation électorales ; une phase qui se déroule entre les élections.
phase-planning = Planification et budgétisation
    .description = Planification opérationnelle, budgétisation, acquisition de la technologie électorale.
phase-training = Formation et éducation des électeurs
    .description = Formation du personnel électoral et information des électeurs.
phase-voter-registration = Inscription des électeurs
    .description = Inscription des électeurs et tenue de la liste électorale, y compris les vérifications en ligne par les électeurs.
phase-candidate-nomination = Dépôt des candidatures
    .description = Enregistrement des partis, des candidats et de leurs dossiers.
phase-campaign = Campagne
    .description = La période de campagne, où la désinformation sur le processus atteint son pic.
phase-voting = Vote
    .description = Le jour du scrutin (et le vote anticipé, par correspondance ou par Internet).
phase-counting = Dépouillement
    .description = Dépouillement des votes dans les bureaux de vote et les centres de dépouillement.
phase-tabulation = Transmission et compilation des résultats
    .description = Remontée des résultats depuis les bureaux de vote et leur agrégation.
phase-results-publication = Proclamation des résultats
    .description = Annonce et publication des résultats provisoires et définitifs.
phase-disputes = Plaintes et contentieux
    .description = Plaintes, recours et leur jugement.
phase-audit-review = Audit et bilan
    .description = Audits postélectoraux, évaluations et enseignements tirés.
phase-archiving = Archivage
    .description = Archivage des documents et mise hors service ou stockage des systèmes électoraux.

## domaine d'action
list-focus-area = domaine d'action
focus-area-communication-directory = Organiser la communication interinstitutionnelle
    .description = Un annuaire des interlocuteurs et des contacts d'urgence, des rôles et une direction convenus, et des instances qui maintiennent les canaux actifs.
focus-area-joint-risk-assessment = Évaluation conjointe des risques et connaissance de la situation
    .description = Évaluer ensemble les risques cyber, avec des rapports de situation, des échanges d'informations et une veille.
focus-area-public-communication = Coordonner la communication publique
    .description = Une stratégie et un message cohérents envers les électeurs, avec des canaux rapides vers les médias et les plateformes.
focus-area-prevention-response = Mécanismes de prévention et de réponse
    .description = Un appui à la prévention, des plans d'urgence et des protocoles qui précisent quand et vers qui faire remonter.
focus-area-expertise-tools = Expertise, outils et ressources
    .description = Programmes de formation, lignes directrices et autres ressources mis à disposition entre organismes.
focus-area-independent-assessment = Évaluations et certifications indépendantes
    .description = Un autre organisme évalue ou certifie de manière indépendante les mesures de sécurité de l'OGE.
focus-area-joint-exercises = Exercices conjoints fondés sur des scénarios
    .description = Exercices sur table ou grandeur nature qui mettent à l'épreuve la réponse conjointe.

## gravité de l'incident
list-incident-severity = gravité de l'incident
incident-severity-low = Faible
    .description = Peu d'effet sur l'élection ; traité dans le cours normal du travail.
incident-severity-medium = Moyenne
    .description = Touche un bureau, un service ou un groupe d'électeurs ; demande une attention dans la journée.
incident-severity-high = Élevée
    .description = Menace une phase de l'élection ou la confiance du public en elle ; demande une action dans l'heure.
incident-severity-critical = Critique
    .description = Arrête une phase ou peut en changer l'issue, ou est déjà public ; mobilisation générale immédiate.

## statut de l'incident
list-incident-status = statut de l'incident
incident-status-reported = Signalé
    .description = Signalé et transmis ; personne ne l'a encore examiné.
incident-status-triaged = Qualifié
    .description = Confirmé comme incident ; gravité et organisations responsables vérifiées.
incident-status-in-progress = En cours de traitement
    .description = Les organisations responsables y travaillent.
incident-status-contained = Maîtrisé
    .description = Les dommages ne s'étendent plus ; le rétablissement se poursuit.
incident-status-resolved = Résolu
    .description = Service rétabli et cause traitée.
incident-status-closed = Clos
    .description = Enseignements consignés ; plus rien à faire.

## type d'observable
list-observable-kind = type d'observable
observable-kind-ipv4 = Adresse IPv4
    .description = Une adresse IPv4, par exemple celle d'un hôte attaquant.
observable-kind-ipv6 = Adresse IPv6
    .description = Une adresse IPv6.
observable-kind-domain = Nom de domaine
    .description = Un nom de domaine, par exemple un sosie de celui du site de l'OGE.
observable-kind-url = Adresse web (URL)
    .description = Une adresse web complète, par exemple celle d'une page d'hameçonnage.
observable-kind-email = Adresse électronique
    .description = Une adresse électronique, par exemple celle d'un expéditeur d'hameçonnage.
observable-kind-file-hash = Empreinte de fichier
    .description = Une empreinte MD5, SHA-1, SHA-256 ou SHA-512 d'un fichier, en hexadécimal.
observable-kind-account = Compte
    .description = Un compte sur une plateforme, par exemple un identifiant sur un réseau social.
observable-kind-text = Texte du message
    .description = Le texte d'un message, d'une publication ou d'une allégation, tel qu'il a été vu.

## statut de la désinformation
list-disinformation-status = statut de la désinformation
disinformation-status-active = Active
    .description = Se propage ou est sous surveillance ; rien n'a encore été fait.
disinformation-status-rectifying = Rectification demandée
    .description = Les plateformes ont été saisies, ou un rectificatif public est en préparation.
disinformation-status-countered = Contrée
    .description = Les plateformes ont agi ou le rectificatif public est diffusé ; toujours surveillée en cas de retour.
disinformation-status-closed = Close
    .description = Ne se propage plus ; plus rien à faire.

## résultat de la rectification
list-rectification-outcome = résultat de la rectification
rectification-outcome-removed = Supprimé
    .description = Le contenu a été retiré.
rectification-outcome-labelled = Signalé comme faux
    .description = Le contenu reste en ligne, marqué comme faux, avec un lien vers l'information officielle.
rectification-outcome-demoted = Portée réduite
    .description = Le contenu reste en ligne mais est montré à moins de personnes.
rectification-outcome-declined = Refusé
    .description = La plateforme a répondu qu'elle n'agirait pas.

## famille de mesures d'atténuation
list-mitigation-family = famille de mesures d'atténuation
mitigation-family-securing-technology = Sécurisation de la technologie
    .description = Examen, audit et mise à jour ; redondance et sauvegardes ; canaux de secours ; chiffrement ; isolement ; surveillance 24 h/24, 7 j/7.
mitigation-family-quality-control = Contrôle qualité et audits
    .description = Audits des procédures à plusieurs niveaux, redondance dans les étapes critiques, et suivi jusqu'au bout.
mitigation-family-supply-chain-security = Sécurité de la chaîne d'approvisionnement
    .description = Examen minutieux et sélection rigoureuse de fournisseurs et de sous-traitants de confiance.
mitigation-family-human-resources = Ressources humaines
    .description = Formation et hygiène informatique, rôles clairs, principe des quatre yeux, contrôle de sécurité du personnel clé.
mitigation-family-online-monitoring = Veille des conversations en ligne
    .description = Surveillance des réseaux sociaux, du web clandestin et des forums hacktivistes pour repérer des fuites ou la préparation d'attaques.
mitigation-family-criminal-liability = Responsabilité pénale
    .description = Ériger la fraude électorale en infraction et en poursuivre les auteurs.
mitigation-family-continuous-collaboration = Collaboration continue
    .description = Rester en contact avec de nombreux acteurs et organiser la communication bien avant toute crise.

## niveau administratif
list-administrative-level = niveau administratif
administrative-level-national = National
    .description = Travaille pour l'ensemble du pays.
administrative-level-regional = Régional
    .description = Travaille pour une région, une province, un État fédéré ou un district.
administrative-level-local = Local
    .description = Travaille pour une commune, un comté ou une circonscription.
administrative-level-international = International
    .description = Travaille à l'échelle de plusieurs pays.

## secteur
list-sector = secteur
sector-state = Étatique
    .description = Fait partie de l'État : une autorité publique.
sector-non-state = Non étatique
    .description = En dehors de l'État : entreprises, partis, milieu universitaire, société civile, médias.

## type d'organisation
list-organisation-kind = type d'organisation
organisation-kind-emb = Organe de gestion électorale
    .description = L'institution légalement chargée d'organiser les élections (commission centrale, conseil ou bureau électoral).
organisation-kind-election-office = Bureau électoral subordonné
    .description = Un bureau ou une commission électorale régionale ou locale, placé sous l'OGE central ou à ses côtés.
organisation-kind-cert = CERT / CSIRT
    .description = Une équipe d'intervention en cas d'urgence informatique ou d'incident de sécurité.
organisation-kind-cybersecurity-agency = Agence de cybersécurité
    .description = Un centre national de cybersécurité ou une autorité de sécurité de l'information.
organisation-kind-intelligence = Service de sécurité ou de renseignement
    .description = Un service de sécurité intérieure ou une agence de renseignement extérieur ou d'origine électromagnétique.
organisation-kind-police = Police
    .description = La police, y compris ses unités de lutte contre la cybercriminalité et de police judiciaire.
organisation-kind-military = Armée
    .description = Le ministère de la Défense, les forces armées ou leur commandement cyber.
organisation-kind-data-protection = Autorité de protection des données
    .description = L'autorité chargée de contrôler la protection des données personnelles.
organisation-kind-media-regulator = Régulateur des médias
    .description = L'autorité de régulation de l'audiovisuel et, dans certains pays, des médias en ligne.
organisation-kind-ministry = Ministère ou service gouvernemental
    .description = Un ministère ou un service gouvernemental chargé de la politique électorale, de son financement ou d'un mandat connexe.
organisation-kind-parliament = Parlement
    .description = Le pouvoir législatif, ou l'une de ses commissions ou l'un de ses services.
organisation-kind-judiciary = Juridiction
    .description = Une juridiction qui statue sur le contentieux ou les infractions électorales.
organisation-kind-other-state = Autre organisme public
    .description = Toute autre autorité publique, telle qu'un service d'état civil, une cour des comptes ou un centre informatique de l'État.
organisation-kind-vendor = Fournisseur de technologie
    .description = Une entreprise qui conçoit, fournit ou assure le support de technologies électorales ou de services de sécurité.
organisation-kind-telecom = Opérateur télécom ou fournisseur d'accès
    .description = Un opérateur de télécommunications ou un fournisseur d'accès à Internet.
organisation-kind-utility = Entreprise de services publics
    .description = Un fournisseur d'électricité ou d'un autre service d'utilité publique.
organisation-kind-platform = Réseau social ou plateforme Internet
    .description = Une plateforme de réseau social, de recherche ou de messagerie.
organisation-kind-media = Médias
    .description = Un journal, un radiodiffuseur ou une agence de presse.
organisation-kind-party = Parti politique ou candidat
    .description = Un parti politique, un candidat ou une campagne.
organisation-kind-academia = Milieu universitaire
    .description = Une université, un institut de recherche ou un organe indépendant d'examen technique.
organisation-kind-civil-society = Société civile
    .description = Une organisation non gouvernementale, un vérificateur de faits ou un groupe de bénévoles.
organisation-kind-observer = Observateurs électoraux
    .description = Une mission ou une organisation d'observation électorale, nationale ou internationale.
organisation-kind-international = Organisation ou partenaire international
    .description = Une organisation internationale ou un organisme d'un autre pays.

## rôle RACI
list-raci-role = rôle RACI
raci-role-responsible = Responsable
    .description = Réalise le travail.
raci-role-accountable = Redevable
    .description = Répond du résultat ; chaque case devrait avoir exactement une organisation redevable.
raci-role-consulted = Consulté
    .description = Est consulté avant l'action.
raci-role-informed = Informé
    .description = Est informé après l'action.

## traitement du risque
list-risk-treatment = traitement du risque
risk-treatment-reduce = Réduire
    .description = Des mesures diminuent la probabilité ou l'impact.
risk-treatment-accept = Accepter
    .description = Surveillé, sans autre mesure ; le propriétaire du risque répond de cette décision.
risk-treatment-transfer = Transférer
    .description = Une autre partie le prend en charge, par exemple un prestataire sous contrat.
risk-treatment-avoid = Éviter
    .description = On renonce à l'activité ou à la technologie qui le comporte.

## statut du risque
list-risk-status = statut du risque
risk-status-open = Ouvert
    .description = Identifié ; le traitement n'est pas encore en place.
risk-status-treated = Traité
    .description = Le traitement est en place ; le risque résiduel est ce qui subsiste.
risk-status-accepted = Accepté
    .description = Accepté par son propriétaire à son niveau actuel.
risk-status-closed = Clos
    .description = Ne concerne plus cette élection.

## statut de la mesure
list-measure-status = statut de la mesure
measure-status-planned = Prévue
    .description = Convenue, pas encore commencée.
measure-status-in-progress = En cours
    .description = En cours de mise en place.
measure-status-done = Réalisée
    .description = En place.
measure-status-dropped = Abandonnée
    .description = Abandonnée ; le risque qu'elle traitait appelle une autre réponse.

## famille de menaces
list-threat-family = famille de menaces
threat-family-technology-attack = Attaques contre la technologie électorale
    .description = Menaces qui exploitent des faiblesses techniques réelles des technologies liées aux élections.
threat-family-process-disinformation = Désinformation sur le processus
    .description = Menaces qui font croire à l'existence de faiblesses et visent l'intégrité perçue du processus.

## type de menace
list-threat-kind = type de menace
threat-kind-ddos = Déni de service (DoS/DDoS)
    .description = Saturer un site ou un canal jusqu'à le ralentir ou l'arrêter ; le dommage est l'indisponibilité au pire moment.
threat-kind-defacement = Défiguration et manipulation de contenu
    .description = Modifier l'apparence d'un site public, ou subtilement son contenu, par exemple des résultats altérés ou des informations trompeuses pour les électeurs.
threat-kind-malware = Logiciel malveillant
    .description = Logiciel malveillant qui rend des systèmes et des données essentiels indisponibles ou peu fiables.
threat-kind-ransomware = Rançongiciel
    .description = Logiciel malveillant qui chiffre ou verrouille systèmes et données à des fins d'extorsion, souvent criminel plutôt que politique.
threat-kind-apt = Menace persistante avancée
    .description = Campagnes en plusieurs phases, dotées de moyens importants, contre des systèmes internes, souvent menées par un État, jusqu'aux systèmes isolés de tout réseau.
threat-kind-social-engineering = Ingénierie sociale et hameçonnage
    .description = Manipuler des personnes pour obtenir des identifiants ou les attirer vers des sites compromis : hameçonnage, hameçonnage ciblé, usurpation de rôle.
threat-kind-insider = Attaque interne
    .description = Usage abusif et délibéré d'un accès par ceux qui le détiennent : personnel, sous-traitants, membres des bureaux de vote.
threat-kind-supply-chain = Compromission de la chaîne d'approvisionnement
    .description = Technologie livrée avec des logiciels malveillants ou des failles, délibérés ou non, par les fournisseurs et leurs propres fournisseurs.
threat-kind-hack-and-leak = Piratage et divulgation
    .description = Voler des données confidentielles de l'OGE, des partis ou des candidats et les divulguer, souvent altérées, dans une opération d'influence.
threat-kind-disinformation-turnout = Désinformation visant la participation
    .description = Fausses affirmations qui dissuadent les électeurs de voter : bureaux de vote fermés ou déplacés, scrutin reporté, vote par téléphone autorisé.
threat-kind-disinformation-trust = Désinformation sapant la confiance
    .description = Rumeurs de manipulation ou de malversations visant la confiance dans le processus, l'OGE ou sa technologie.
threat-kind-false-hacking-claim = Fausses allégations de piratage
    .description = Affirmations infondées selon lesquelles la technologie électorale serait piratable ou piratée, ou faiblesses mineures exagérées.
