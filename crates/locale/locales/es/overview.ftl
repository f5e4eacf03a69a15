
home-title = Inicio
home-empty = El modelo compartido está vacío.
home-import = Importe un archivo de modelo para empezar.
home-organisations = { $count ->
    [one] organización
   *[other] organizaciones
}
home-forums = { $count ->
    [one] foro
   *[other] foros
}
home-agreements = { $count ->
    [one] acuerdo
   *[other] acuerdos
}
home-level = nivel de colaboración
home-findings = hallazgos críticos y altos
home-findings-more = ({ $medium } medios, { $low } bajos)
home-contacts-to-check = Contactos de su organización por verificar
home-contacts-fresh = Todos los contactos de su organización se verificaron en los últimos 90 días.
home-next-meetings = Próximas reuniones
home-no-meeting = No hay ninguna reunión prevista.
home-meeting-of = { $title } ({ $forum })
home-forum-meets = Reunión: { $forum }
home-calendar = El calendario electoral y todas las reuniones
home-contact-sheet = Imprimir la hoja de contactos de emergencia
