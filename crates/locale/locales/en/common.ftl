# Texts every page shares: the header, the navigation, roles, dates and numbers.

brand = Liaison
skip-to-content = Skip to content
nav-main = Main
nav-menu = Menu
nav-home = Home
nav-dashboard = Dashboard
nav-search = Search
nav-incidents = Incidents
nav-disinformation = False claims
nav-assets = Technology
nav-risks = Risks
nav-sitreps = Sitreps
nav-hygiene = Hygiene
nav-organisations = Organisations
nav-forums = Forums
nav-agreements = Agreements
nav-matrix = Matrix
nav-analysis = Analysis
nav-network = Network
nav-contact-sheet = Contact sheet
nav-model = Model
nav-accounts = Accounts
nav-audit = Audit
phase-now = Now:
phase-ends-today = ends today
phase-ends-on = to { $date }
sign-out = Sign out
language = Language
language-automatic = As my browser asks

role-platform-admin = Platform administrator
role-organisation-admin = Organisation administrator
role-coordinator = Coordinator
role-analyst = Analyst
role-reader = Reader
role-observer = Observer

items-count = { $count ->
    [one] { $count } item
   *[other] { $count } items
}

date = { $day } { $month } { $year }
date-time = { $date }, { $time } UTC
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-1-short = Jan
month-2-short = Feb
month-3-short = Mar
month-4-short = Apr
month-5-short = May
month-6-short = Jun
month-7-short = Jul
month-8-short = Aug
month-9-short = Sep
month-10-short = Oct
month-11-short = Nov
month-12-short = Dec
