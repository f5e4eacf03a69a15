# Textes communs à toutes les pages : l'en-tête, la navigation, les rôles, les dates et les nombres.

brand = Liaison
skip-to-content = Aller au contenu
nav-main = Principale
nav-menu = Menu
nav-home = Accueil
nav-dashboard = Tableau de bord
nav-search = Recherche
nav-incidents = Incidents
nav-disinformation = Fausses allégations
nav-assets = Technologie
nav-risks = Risques
nav-sitreps = Rapports de situation
nav-hygiene = Hygiène
nav-organisations = Organisations
nav-forums = Instances
nav-agreements = Accords
nav-matrix = Matrice
nav-analysis = Analyse
nav-network = Réseau
nav-contact-sheet = Fiche des contacts
nav-model = Modèle
nav-accounts = Comptes
nav-audit = Journal d'audit
phase-now = En cours :
phase-ends-today = se termine aujourd'hui
phase-ends-on = jusqu'au { $date }
sign-out = Se déconnecter
language = Langue
language-automatic = Celle que demande mon navigateur

role-platform-admin = Administrateur de la plateforme
role-organisation-admin = Administrateur de l'organisation
role-coordinator = Coordinateur
role-analyst = Analyste
role-reader = Lecteur
role-observer = Observateur

items-count = { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
}

date = { $day } { $month } { $year }
date-time = { $date }, { $time } UTC
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-1-short = janv.
month-2-short = févr.
month-3-short = mars
month-4-short = avr.
month-5-short = mai
month-6-short = juin
month-7-short = juil.
month-8-short = août
month-9-short = sept.
month-10-short = oct.
month-11-short = nov.
month-12-short = déc.
