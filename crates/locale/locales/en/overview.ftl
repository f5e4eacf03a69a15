
home-title = Home
home-empty = The shared model is empty.
home-import = Import a model file to start.
home-organisations = { $count ->
    [one] organisation
   *[other] organisations
}
home-forums = { $count ->
    [one] forum
   *[other] forums
}
home-agreements = { $count ->
    [one] agreement
   *[other] agreements
}
home-level = level of collaboration
home-findings = critical and high findings
home-findings-more = ({ $medium } medium, { $low } low)
home-contacts-to-check = Your organisation's contacts to check
home-contacts-fresh = Every contact of your organisation was verified in the last 90 days.
home-next-meetings = Next meetings
home-no-meeting = No meeting is scheduled.
home-meeting-of = { $title } ({ $forum })
home-forum-meets = The { $forum } meets
home-calendar = The electoral calendar and every meeting
home-contact-sheet = Print the emergency contact sheet
