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
