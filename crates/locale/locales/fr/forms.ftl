# Les contrôles communs à tous les formulaires, et ce que dit la plateforme quand une modification est impossible.

form-version-not-number = « version » doit être un nombre entier : rechargez la page.
form-field-too-long = « { $field } » dépasse { $max } caractères.
form-field-empty = « { $field } » ne peut pas être vide.
form-too-large = Le formulaire est trop volumineux.
error-changed = Quelqu'un a modifié cet élément après que vous l'avez ouvert. Rechargez la page pour voir sa modification, puis refaites la vôtre.
error-already-exists = Cela existe déjà.
