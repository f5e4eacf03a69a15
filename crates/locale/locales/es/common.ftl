# Textos comunes a todas las páginas: la cabecera, la navegación, los roles, las fechas y los números.

brand = Liaison
skip-to-content = Ir al contenido
nav-main = Principal
nav-menu = Menú
nav-home = Inicio
nav-dashboard = Panel
nav-search = Búsqueda
nav-incidents = Incidentes
nav-disinformation = Afirmaciones falsas
nav-assets = Tecnología
nav-risks = Riesgos
nav-sitreps = Informes de situación
nav-hygiene = Higiene
nav-organisations = Organizaciones
nav-forums = Foros
nav-agreements = Acuerdos
nav-matrix = Matriz
nav-analysis = Análisis
nav-network = Red
nav-contact-sheet = Hoja de contactos
nav-model = Modelo
nav-accounts = Cuentas
nav-audit = Auditoría
phase-now = Ahora:
phase-ends-today = termina hoy
phase-ends-on = hasta el { $date }
sign-out = Cerrar sesión
language = Idioma
language-automatic = El que pida mi navegador

role-platform-admin = Administrador de la plataforma
role-organisation-admin = Administrador de la organización
role-coordinator = Coordinador
role-analyst = Analista
role-reader = Lector
role-observer = Observador

items-count = { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
}

date = { $day } de { $month } de { $year }
date-time = { $date }, { $time } UTC
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
month-1-short = ene.
month-2-short = feb.
month-3-short = mar.
month-4-short = abr.
month-5-short = may.
month-6-short = jun.
month-7-short = jul.
month-8-short = ago.
month-9-short = sept.
month-10-short = oct.
month-11-short = nov.
month-12-short = dic.
