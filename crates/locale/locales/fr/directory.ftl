# Organisations, forums, accords, contacts, réunions, registre des technologies, modèle,
# administration (webhooks, jetons d'API, journal d'audit), notifications et invitations.

## Commun aux pages de l'annuaire

directory-save = Enregistrer
directory-cancel = Annuler
directory-back = Retour
directory-edit = Modifier
directory-none = Aucun.
directory-yes = oui
directory-no = non
directory-unknown = inconnu
directory-not-recorded = non renseigné
directory-not-recorded-capital = Non renseigné
directory-the-platform = la plateforme
directory-col-kind = Type
directory-col-organisation = Organisation
directory-col-actions = Actions
directory-id-label = Identifiant (lettres, chiffres, - et _)
directory-form-unreadable = Le formulaire n'a pas pu être lu.

## Types d'enregistrement

record-kind-jurisdiction = juridiction
record-kind-organisation = organisation
record-kind-contact = contact
record-kind-forum = forum
record-kind-meeting = réunion
record-kind-agreement = accord
record-kind-asset = actif
record-kind-responsibility = responsabilité
record-kind-activity = activité
record-kind-escalation-protocol = protocole d'escalade
record-kind-election = élection

## Le modèle

model-title = Modèle
model-heading = Le modèle
model-export = Exporter
model-export-intro = Téléchargez le modèle sous forme de fichier de modèle, pour le conserver sous gestion de versions ou le vérifier avec <code>liaison check</code>. Il contient ce que vous êtes autorisé à voir.
model-download = Télécharger liaison-model.yaml
model-import = Importer
model-import-intro = Remplacez le modèle par un fichier de modèle. Vous verrez chaque modification avant qu'elle ne soit appliquée ; les réunions sont conservées.
model-import-file = Fichier de modèle (YAML)
model-import-check = Voir ce qui changerait
model-assets = Actifs
model-add-asset = Ajouter un actif
model-edit-jurisdiction = Modifier la juridiction
model-edit-calendar = Modifier le calendrier électoral
model-assets-none = Aucun que vous puissiez voir.
model-col-asset = Actif
model-col-kind = Type
model-col-run-by = Exploité par
model-activities = Activités
model-add-activity = Ajouter une activité
model-activities-none = Aucune n'est enregistrée.

## Importer un fichier de modèle

import-errors-title = Import : le fichier comporte des problèmes
import-errors-heading = Le fichier ne peut pas être importé
import-errors-intro = Rien n'a été modifié. Corrigez ces problèmes et téléversez à nouveau le fichier :
import-preview-title = Import : ce qui changerait
import-preview-heading = Ce que l'import changerait
import-preview-summary = <strong>{ $added }</strong> { $added ->
    [one] ajouté
   *[other] ajoutés
}, <strong>{ $changed }</strong> { $changed ->
    [one] modifié
   *[other] modifiés
}, <strong>{ $removed }</strong> { $removed ->
    [one] supprimé
   *[other] supprimés
}, { $unchanged } { $unchanged ->
    [one] inchangé
   *[other] inchangés
}.
import-preview-nothing = Le fichier contient le modèle tel qu'il est. Rien ne changerait.
import-preview-apply = Appliquer ces modifications
import-preview-change = { $what ->
    [added] ajout
    [removed] suppression
   *[changed] modification
} : { $kind }
import-preview-now = Actuellement
import-preview-after = Après l'import
import-upload-unreadable = Le téléversement n'a pas pu être lu.
import-file-unreadable = Le fichier n'a pas pu être lu ; la limite est de { $limit } Mio.
import-choose-file = Choisissez un fichier de modèle à importer.
import-file-too-large = Le fichier dépasse { $limit } Mio.
import-not-utf8 = Le fichier n'est pas du texte UTF-8 ; enregistrez-le en UTF-8.

## Modifier un enregistrement sous forme de texte

record-edit-title = Modifier : { $kind }
record-new-heading = Nouvel enregistrement : { $kind }
record-editor-intro = Rédigé comme dans un fichier de modèle. L'ensemble du modèle est vérifié avant l'enregistrement de la modification.
record-body-label = Contenu : { $kind }
record-delete-confirm = Supprimer cet enregistrement ({ $kind }) ?
record-delete = Supprimer
record-too-large = L'enregistrement dépasse { $limit } Kio.
record-id-cannot-change = L'identifiant ne peut pas changer ; pour renommer, créez un nouvel enregistrement et supprimez celui-ci.
record-cannot-delete = Suppression impossible : { $reason }
record-changed-elsewhere = L'enregistrement a été modifié ou supprimé par quelqu'un d'autre ; rechargez-le.

## Organisations et contacts

organisations-title = Organisations
organisations-add = Ajouter une organisation
organisations-col-organisation = Organisation
organisations-col-level = Niveau
organisations-col-contacts = Contacts

contact-title = Contact
contact-edit-heading = Modifier un contact de { $organisation }
contact-new-heading = Nouveau contact de { $organisation }
contact-name = Nom ou fonction
contact-role = Rôle
contact-kind = Type
contact-availability = Disponibilité
contact-emergency = Contact d'urgence
contact-channels = Canaux (les lignes laissées vides sont ignorées)
contact-channel-kind = { $kind } :
contact-channel-value = Numéro ou adresse du canal { $n }
contact-channel-oob = Canal { $n } hors bande
contact-oob-default = hors bande : selon l'usage pour ce type
contact-oob-yes = hors bande
contact-oob-no = pas hors bande
contact-verified-now = J'ai vérifié aujourd'hui que ce contact fonctionne
contact-no-channel = Indiquez au moins un moyen de joindre le contact.
contact-col-when = Quand
contact-col-channels = Moyens de contact
contact-col-verified = Dernière vérification
contact-tag-emergency = urgence
contact-still-correct = Toujours exact
contact-still-correct-label = Confirmer que { $name } est toujours exact
contact-never-verified = jamais
contact-hours-not-recorded = horaires non renseignés

## Forums et réunions

forums-title = Forums
forums-add = Ajouter un forum
forums-col-forum = Forum
forums-col-members = Membres
forums-col-meets = Se réunit

meeting-title = Réunion
meeting-edit-heading = Modifier une réunion de { $forum }
meeting-new-heading = Nouvelle réunion de { $forum }
meeting-date = Date
meeting-title-label = Titre
meeting-agenda = Ordre du jour
meeting-no-agenda = Pas encore d'ordre du jour.
meeting-minutes = Compte rendu
meeting-no-minutes = Pas encore de compte rendu.
meeting-actions = Actions de suivi
meeting-actions-legend = Actions de suivi (les lignes laissées vides sont ignorées)
meeting-col-action = Action
meeting-col-owner = Responsable
meeting-col-due = Échéance
meeting-col-done = Faite
meeting-action-done = faite
meeting-action-open = en cours
meeting-action-n = Action { $n }
meeting-action-owner-n = Responsable de l'action { $n }
meeting-action-due-n = Échéance de l'action { $n }
meeting-owner-choose = responsable…
meeting-date-format = La date doit être écrite AAAA-MM-JJ.
meeting-due-format = Une échéance doit être écrite AAAA-MM-JJ.
meeting-action-needs-owner = L'action « { $action } » doit avoir un responsable.

## Accords

agreements-title = Accords
agreements-add = Ajouter un accord
agreements-col-agreement = Accord
agreement-parties = Parties
agreement-no-parties = aucune n'est nommée
agreement-threats = Menaces couvertes
agreement-phases = Phases couvertes
agreement-public = Public
agreement-in-force = En vigueur
agreement-sets-up = Institue
agreement-notes = Remarques
agreement-boundaries = Limites de l'intervention
agreement-no-boundaries = L'accord ne fixe de limites pour aucune partie.
agreement-col-party = Partie
agreement-col-may = Ce qu'elle peut faire et ne pas faire
agreement-edit = Modifier l'accord
agreement-is-public = public
agreement-not-public = non public
agreement-publicity-not-recorded = caractère public non renseigné
agreement-scope-all = toutes
agreement-validity = début : { $from } ; fin : { $to }
agreement-from-adoption = son adoption
agreement-no-end-date = non fixée

## Le registre des technologies et des actifs

assets-title = Technologies
assets-heading = Registre des technologies et des actifs
assets-intro = Les systèmes dont dépend l'élection, qui les exploite et les fournit, quand ils sont utilisés, et les menaces qui, selon le catalogue, pèsent sur eux.
assets-intro-risks = Les dernières colonnes proviennent du <a href="/risks">registre conjoint des risques</a>.
assets-not-listed = Le modèle ne recense pas les technologies utilisées.
assets-col-system = Système
assets-col-supply-chain = Chaîne d'approvisionnement
assets-col-in-use = Utilisé
assets-col-internet-facing = Exposé à Internet
assets-col-needs-title = confidentialité, intégrité, disponibilité
assets-col-needs = Besoins (C · I · D)
assets-col-certifications = Certifications du système
assets-col-threats = Menaces applicables
assets-col-risks = Risques
assets-col-top-score = Score conjoint le plus élevé
assets-no-certification = aucune certification enregistrée
assets-none = Aucun système dans le registre.
assets-not-known = inconnu
assets-needs = C : { $c } · I : { $i } · D : { $a }
assets-need-low = faible
assets-need-moderate = modéré
assets-need-high = élevé
assets-need-unknown = ?

## Webhooks

webhooks-title = Webhooks
webhooks-intro = D'autres systèmes (un système de tickets, une plateforme de SOC) peuvent recevoir sous forme de JSON signé les incidents adressés à une organisation.
webhooks-intro-of = D'autres systèmes (un système de tickets, une plateforme de SOC) peuvent recevoir sous forme de JSON signé les incidents adressés à { $organisation }.
webhooks-headers = Chaque appel porte <code>X-Liaison-Delivery</code> (identique en cas de nouvel envoi), <code>X-Liaison-Timestamp</code> et <code>X-Liaison-Signature: sha256=HMAC-SHA256(secret, timestamp + "." + body)</code>.
webhooks-new-secret = Le secret de signature pour { $url }, affiché uniquement maintenant :
webhooks-col-address = Adresse
webhooks-col-description = Description
webhooks-col-since = Depuis
webhooks-stop-confirm = Cesser d'appeler cette adresse ?
webhooks-stop = Arrêter
webhooks-stopped = arrêté
webhooks-none = Aucun webhook.
webhooks-new = Nouveau webhook
webhooks-address-label = Adresse (https://…)
webhooks-organisation-id = Identifiant de l'organisation
webhooks-add = Ajouter
webhooks-deliveries = Envois
webhooks-deliveries-state = { $pending } en attente, { $failed } { $failed ->
    [one] abandonné
   *[other] abandonnés
} après des échecs répétés.
webhooks-col-channel = Canal
webhooks-col-recipient = Destinataire
webhooks-col-attempts = Tentatives
webhooks-col-last-error = Dernière erreur
webhooks-col-given-up = Abandonné
webhooks-private-address = Un webhook appelle une adresse sur Internet : celle-ci se trouve sur cette machine ou sur un réseau privé (un opérateur peut les autoriser avec allow_private_webhook_targets).

## Jetons d'API

tokens-title = Jetons d'API
tokens-intro = Les jetons permettent à des scripts et à d'autres systèmes d'utiliser l'API au nom d'une organisation, avec un rôle. Ils expirent et ne sont conservés que sous forme d'empreinte.
tokens-new-shown = Le nouveau jeton, affiché uniquement maintenant. Envoyez-le sous la forme <code>Authorization: Bearer …</code> :
tokens-col-name = Nom
tokens-col-role = Rôle
tokens-col-expires = Expire
tokens-col-last-used = Dernière utilisation
tokens-never-used = jamais
tokens-revoked = révoqué
tokens-revoke-confirm = Révoquer ce jeton ?
tokens-revoke = Révoquer
tokens-new = Nouveau jeton
tokens-name-label = Nom (ce qui l'utilise)
tokens-days-label = Valable pendant (jours)
tokens-create = Créer le jeton
tokens-role-refused = Vous ne pouvez pas attribuer ce rôle à un jeton.
tokens-days-range = Un jeton est valable de 1 à 365 jours.

## Le journal d'audit

audit-title = Journal d'audit
audit-intro = Toutes les modifications, les plus récentes en premier. L'empreinte de chaque entrée couvre la précédente ; <code>liaison audit verify</code> vérifie toute la chaîne.
audit-record = Enregistrement
audit-action = Action
audit-account-id = Identifiant du compte
audit-filter = Filtrer
audit-col-when = Quand
audit-col-who = Qui
audit-col-what = Quoi
audit-col-change = Modification
audit-before-after = avant / après
audit-what = { $action } : { $kind }
audit-action-create = création
audit-action-update = mise à jour
audit-action-delete = suppression
audit-action-import = import
audit-action-invite = invitation
audit-action-revoke = révocation
audit-action-enable = activation
audit-action-disable = désactivation
audit-action-deactivate = arrêt
audit-action-sign-in = connexion
audit-action-sign-in-failed = échec de connexion
audit-action-sign-in-locked = connexion bloquée
audit-action-set-password = changement de mot de passe
audit-action-set-language = choix de la langue
audit-action-set-totp = configuration du second facteur
audit-action-enable-totp = activation du second facteur
audit-action-use-recovery-code = utilisation d'un code de récupération
audit-action-escalate = escalade
audit-action-self-assess = auto-évaluation
audit-action-seed = initialisation
audit-action-assess = évaluation
audit-action-handle = traitement
audit-action-report = signalement
audit-action-attach = pièce jointe
audit-action-link = liaison
audit-action-share = partage
audit-action-status = changement de statut
audit-action-draft = brouillon
audit-action-edit = modification
audit-action-approve = approbation
audit-action-record-answer = réponse enregistrée
audit-action-request-rectification = demande de rectification

## Notifications

notifications-title = Notifications
notifications-saved = Enregistré.
notifications-intro = Lorsqu'un incident est adressé à votre organisation, Liaison vous écrit à <strong>{ $email }</strong>. Les escalades prévues par un protocole sont aussi envoyées aux contacts de votre organisation dans l'annuaire, quel que soit votre choix ici.
notifications-email = Courriel
notifications-immediate = Immédiatement, un message par incident
notifications-digest = Dans un récapitulatif
notifications-off = Jamais (je suis la liste en direct)
notifications-digest-minutes = Un récapitulatif au plus toutes les (minutes)
notifications-min-severity = Seulement les incidents au moins de cette gravité
notifications-digest-not-number = L'intervalle du récapitulatif est un nombre de minutes.

## Accepter une invitation

invitation-title = Rejoindre Liaison
invitation-intro = Vous êtes invité en tant que { $role } de { $organisation }, avec l'adresse électronique { $email }.
invitation-name = Votre nom
invitation-password = Mot de passe (12 caractères ou plus)
invitation-repeat = Mot de passe à nouveau
invitation-submit = Créer mon compte
invitation-passwords-differ = Les deux mots de passe diffèrent.

## The model across elections
model-history = Comparer avec une élection précédente
history-title = Le modèle d’une élection à l’autre
history-heading = Le modèle d’une élection à l’autre
history-intro = Conservez le modèle tel qu’il est à la fin d’une élection, puis comparez-le avec celui de la suivante : qui est arrivé ou parti, quels contacts, instances et accords ont changé, qui est devenu responsable de quoi, et comment l’analyse a évolué.
history-keep = Conserver le modèle actuel pour { $election }
history-keep-help = Le conserver à nouveau pour la même élection remplace la copie précédente. Chaque élément garde qui peut le voir.
history-kept = Modèles conservés
history-none = Aucun modèle n’a encore été conservé.
history-col-election = Élection
history-col-kept = Conservé le
history-col-by = Par
history-compare = { $election } : comparer avec le modèle actuel
history-back = Retour au modèle
history-comparison-title = Changements depuis une élection précédente
history-back-to-list = Tous les modèles conservés
history-changes-title = Changements depuis { $election }
