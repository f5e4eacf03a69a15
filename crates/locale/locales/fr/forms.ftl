# Les contrôles communs à tous les formulaires, et ce que dit la plateforme quand une modification est impossible.

form-version-not-number = « version » doit être un nombre entier : rechargez la page.
form-field-too-long = « { $field } » dépasse { $max } caractères.
form-field-empty = « { $field } » ne peut pas être vide.
form-too-large = Le formulaire est trop volumineux.
error-changed = Quelqu'un a modifié cet élément après que vous l'avez ouvert. Rechargez la page pour voir sa modification, puis refaites la vôtre.
error-already-exists = Cela existe déjà.

error-not-found = Introuvable
error-not-found-text = Il n'y a rien ici, ou vous n'êtes pas autorisé à le voir.
error-forbidden = Non autorisé
error-forbidden-text = Votre rôle ne le permet pas. Adressez-vous à l'administrateur de votre organisation si vous en avez besoin.
error-bad-request = Cela n'a pas fonctionné
error-conflict = Modifié par quelqu'un d'autre
error-unavailable = Momentanément indisponible
error-unavailable-text = La base de données est injoignable. Réessayez dans un instant.
error-internal = Une erreur s'est produite
error-internal-text = La requête a échoué de notre côté.
error-reference = Référence pour l'administrateur :
error-back-home = Retour à la page d'accueil

matrix-title = Matrice des responsabilités
matrix-assets = Actifs
matrix-every-kind-in-use = tous les types utilisés
matrix-show = Afficher
matrix-summary = { $gaps ->
    [one] { $gaps } case sans organisation redevable
   *[other] { $gaps } cases sans organisation redevable
}, { $overlaps ->
    [one] { $overlaps } avec plusieurs.
   *[other] { $overlaps } avec plusieurs.
}
matrix-legend = Légende
matrix-legend-accountable = redevable
matrix-legend-responsible = responsable
matrix-legend-gap = lacune : un système dont personne n'est redevable
matrix-legend-overlap = chevauchement : un système avec plusieurs redevables
matrix-legend-na = rien d'utilisé que la menace puisse atteindre
matrix-caption = Menaces par phase du cycle électoral
matrix-threat = Menace
matrix-phase = Phase
matrix-cell = { $threat } pendant la phase « { $phase } »
matrix-not-in-use = non utilisé
matrix-gap-for = Personne n'est redevable pour { $systems }
matrix-overlap-for = Plusieurs redevables pour { $systems }
matrix-accountable-title = { $organisation } est redevable
matrix-responsible-title = { $organisation } est responsable
matrix-assign = Attribuer : { $cell }
matrix-add-row = Ajouter une ligne
matrix-organisation = Organisation
matrix-role = Rôle
matrix-every-threat = toutes les menaces
matrix-every-phase = toutes les phases
matrix-every-kind = tous les types
matrix-asset-kind = Type d'actif
matrix-add = Ajouter
matrix-rows = Lignes
matrix-threats = Menaces
matrix-phases = Phases
matrix-asset-kinds = Types d'actifs
matrix-within = Périmètre
matrix-actions = Actions
matrix-edit = Modifier
matrix-remove = Retirer
matrix-remove-confirm = Retirer cette ligne ?

hygiene-title = Hygiène numérique
hygiene-heading = Autoévaluation de l'hygiène numérique
hygiene-intro = Les six défaillances qu'exploitent les attaques génériques, telles que la publication les énumère. Chaque organisation — partis et fournisseurs compris — répond pour elle-même, aussi souvent qu'elle le souhaite ; l'historique est conservé. Vous choisissez qui peut comparer votre résultat.
hygiene-today = { $organisation } aujourd'hui
hygiene-shared-with = Qui peut comparer le résultat
hygiene-share-own = seulement { $organisation }
hygiene-share-coordinators = les coordinateurs
hygiene-share-members = toutes les organisations membres
hygiene-notes = Notes (visibles seulement par votre organisation)
hygiene-record = Enregistrer
hygiene-key = Réponses dans les tableaux :
hygiene-over-time = Au fil du temps
hygiene-across = D'une organisation à l'autre
hygiene-col-when = Date
hygiene-col-score = Score
hygiene-col-change = Évolution
hygiene-col-organisation = Organisation
hygiene-col-assessed = Évaluée le
hygiene-none-shared = Aucune organisation ne partage encore de résultat avec vous.
hygiene-without-result = Pas encore de résultat partagé avec vous ({ $count }) : { $names }.
hygiene-unanswered = Répondez à chaque aspect ; « { $aspect } » n'a pas de réponse.
hygiene-aspect-training = Les utilisateurs sont formés et savent garder les systèmes sains et sûrs en ligne.
    .short = Formation
hygiene-aspect-maintenance = Les technologies sont à jour ; les tests et la maintenance sont réguliers.
    .short = Maintenance
hygiene-aspect-procedures = Les procédures et principes de sécurité suivent l'évolution des menaces.
    .short = Procédures
hygiene-aspect-separation = Les systèmes internes sont séparés de ceux reliés à Internet.
    .short = Séparation
hygiene-aspect-screening = Le personnel ayant accès aux systèmes confidentiels est contrôlé et ses accès surveillés.
    .short = Contrôle du personnel
hygiene-aspect-proportionate-defence = Les défenses sont proportionnées à un attaquant déterminé et doté de moyens.
    .short = Défense proportionnée
hygiene-level-0 = Absent
    .meaning = Rien n'est encore fait.
hygiene-level-1 = Commencé
    .meaning = Quelques mesures sont prises, pas encore pour tous ni partout.
hygiene-level-2 = En grande partie
    .meaning = En place pour la plupart des personnes et des systèmes ; les lacunes sont connues.
hygiene-level-3 = En place
    .meaning = En place partout, écrit et vérifié.
