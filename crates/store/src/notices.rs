//! What notifications say, in the language of the person they are for (their account's
//! language; English for an address that is not an account's). Plain text, marked with the
//! item's TLP; under TLP:RED an e-mail carries no details, only the link, since mail leaves the
//! platform's control.

use liaison_domain::catalogue::{IncidentSeverity, Phase, RaciRole, ThreatKind};
use liaison_domain::incident::AssignmentRole;
use liaison_domain::sharing::TlpLevel;
use liaison_locale::{Arg, Locale, Message};

/// A notification ready for the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Notice {
    pub subject: String,
    pub body: String,
}

/// `key` with its variables, in `locale`.
fn say(locale: Locale, key: &str, args: &[(&str, Arg)]) -> String {
    locale.text_with(key, args)
}

/// What a notice needs to know about an incident.
#[derive(Debug, Clone)]
pub(crate) struct IncidentNoticeFacts<'a> {
    pub number: i64,
    pub title: &'a str,
    pub description: &'a str,
    pub threat: ThreatKind,
    pub severity: IncidentSeverity,
    pub phase: Option<Phase>,
    pub tlp: TlpLevel,
    pub source: &'a str,
    pub link: String,
}

impl IncidentNoticeFacts<'_> {
    fn details(&self, locale: Locale) -> String {
        if self.tlp == TlpLevel::Red {
            return format!(
                "{}\n",
                say(
                    locale,
                    "mail-incident-red",
                    &[("link", self.link.clone().into())]
                )
            );
        }
        let phase = self
            .phase
            .map(|p| locale.label(p))
            .unwrap_or_else(|| locale.text("mail-not-known"));
        let mut description = self.description.trim().to_owned();
        if description.chars().count() > 2_000 {
            description = description.chars().take(2_000).collect::<String>() + " …";
        }
        let facts = say(
            locale,
            "mail-incident-details",
            &[
                ("title", self.title.into()),
                ("kind", locale.label(self.threat).into()),
                ("severity", locale.label(self.severity).into()),
                ("phase", phase.into()),
                ("source", self.source.into()),
            ],
        );
        let open = say(locale, "mail-open", &[("link", self.link.clone().into())]);
        format!("{facts}\n\n{description}\n\n{open}\n")
    }

    fn subject(&self, locale: Locale, key: &str) -> String {
        let title = if self.tlp == TlpLevel::Red {
            locale.text("mail-red-title")
        } else {
            self.title.chars().take(120).collect()
        };
        say(
            locale,
            key,
            &[
                ("tlp", self.tlp.marking().into()),
                ("reference", format!("INC-{}", self.number).into()),
                ("severity", locale.label_in_sentence(self.severity).into()),
                ("title", title.into()),
            ],
        )
    }
}

/// Why an organisation is alerted of an incident: its part under the matrix (for the threat,
/// in the phase), an escalation protocol, or a coordinator's duty to assign it.
pub(crate) fn incident_reason(
    locale: Locale,
    role: AssignmentRole,
    threat: ThreatKind,
    phase: Option<Phase>,
) -> String {
    let part = match role {
        AssignmentRole::Escalation => return locale.text("mail-reason-escalation"),
        AssignmentRole::Coordinator => return locale.text("mail-reason-coordinator"),
        AssignmentRole::Accountable => "accountable",
        AssignmentRole::Responsible => "responsible",
        AssignmentRole::Consulted => "consulted",
        AssignmentRole::Informed => "informed",
    };
    let threat = locale.label_in_sentence(threat);
    match phase {
        Some(phase) => say(
            locale,
            &format!("mail-reason-{part}-in-phase"),
            &[
                ("threat", threat.into()),
                ("phase", locale.label_in_sentence(phase).into()),
            ],
        ),
        None => say(
            locale,
            &format!("mail-reason-{part}"),
            &[("threat", threat.into())],
        ),
    }
}

/// To the people of an organisation the incident is routed to, `reason` saying why.
pub(crate) fn incident_alert(
    locale: Locale,
    facts: &IncidentNoticeFacts<'_>,
    reason: &str,
) -> Notice {
    Notice {
        subject: facts.subject(locale, "mail-subject-new-incident"),
        body: format!(
            "{reason}\n\n{}\n{}",
            facts.details(locale),
            handling_footer(locale, facts.tlp)
        ),
    }
}

/// To a contact reached under an escalation protocol.
pub(crate) fn escalation_alert(
    locale: Locale,
    facts: &IncidentNoticeFacts<'_>,
    protocol: &str,
    organisation: &str,
    within_minutes: i64,
    acknowledge_minutes: i64,
) -> Notice {
    let within = say(
        locale,
        "mail-escalation-within",
        &[
            ("protocol", protocol.into()),
            ("organisation", organisation.into()),
            ("minutes", within_minutes.into()),
        ],
    );
    let next = say(
        locale,
        "mail-escalation-next",
        &[
            ("organisation", organisation.into()),
            ("minutes", acknowledge_minutes.into()),
        ],
    );
    Notice {
        subject: facts.subject(locale, "mail-subject-escalation"),
        body: format!(
            "{within}\n{next}\n{}\n\n{}\n{}",
            locale.text("mail-escalation-how"),
            facts.details(locale),
            handling_footer(locale, facts.tlp)
        ),
    }
}

/// Why an escalation failed, for the coordinators (and, in English, for the timeline).
pub(crate) enum EscalationFailure<'a> {
    /// Nobody acknowledged and the directory has no further contact.
    NoFurtherContact { organisation: &'a str },
    /// The protocol's deadline passed without an acknowledgement.
    DeadlineMissed {
        organisation: &'a str,
        minutes: i64,
        protocol: &'a str,
    },
}

impl EscalationFailure<'_> {
    /// The failure in one sentence.
    pub(crate) fn in_words(&self, locale: Locale) -> String {
        locale.message(&self.message())
    }

    /// The failure as a message kept on the incident's timeline.
    pub(crate) fn message(&self) -> Message {
        match self {
            EscalationFailure::NoFurtherContact { organisation } => {
                Message::new("mail-escalation-no-further-contact")
                    .with("organisation", *organisation)
            }
            EscalationFailure::DeadlineMissed {
                organisation,
                minutes,
                protocol,
            } => Message::new("mail-escalation-deadline-missed")
                .with("organisation", *organisation)
                .with("minutes", *minutes)
                .with("protocol", *protocol),
        }
    }
}

/// To the coordinators when an organisation did not acknowledge in time or could not be
/// reached.
pub(crate) fn escalation_failure(
    locale: Locale,
    facts: &IncidentNoticeFacts<'_>,
    what: &EscalationFailure<'_>,
) -> Notice {
    Notice {
        subject: facts.subject(locale, "mail-subject-escalation-failed"),
        body: format!(
            "{}\n\n{}\n{}",
            what.in_words(locale),
            facts.details(locale),
            handling_footer(locale, facts.tlp)
        ),
    }
}

/// What a notice needs to know about a false claim.
#[derive(Debug, Clone)]
pub(crate) struct ClaimNoticeFacts<'a> {
    pub number: i64,
    pub claim: &'a str,
    pub threat: ThreatKind,
    pub platform: &'a str,
    pub where_seen: Option<&'a str>,
    pub reach: Option<i64>,
    pub tlp: TlpLevel,
    pub source: &'a str,
    pub link: String,
}

/// Why an organisation is alerted of a false claim: its part under the matrix.
pub(crate) fn claim_reason(locale: Locale, role: RaciRole, threat: ThreatKind) -> String {
    say(
        locale,
        "mail-reason-claim",
        &[
            ("role", locale.label_in_sentence(role).into()),
            ("threat", locale.label_in_sentence(threat).into()),
        ],
    )
}

/// To the people of an organisation the matrix names for a false claim.
pub(crate) fn disinformation_alert(
    locale: Locale,
    facts: &ClaimNoticeFacts<'_>,
    reason: &str,
) -> Notice {
    let details = if facts.tlp == TlpLevel::Red {
        say(
            locale,
            "mail-claim-red",
            &[("link", facts.link.clone().into())],
        )
    } else {
        let claim: String = facts.claim.trim().chars().take(2_000).collect();
        let details = say(
            locale,
            "mail-claim-details",
            &[
                ("claim", claim.into()),
                ("kind", locale.label(facts.threat).into()),
                ("platform", facts.platform.into()),
                (
                    "where",
                    facts
                        .where_seen
                        .map(str::to_owned)
                        .unwrap_or_else(|| locale.text("mail-not-given"))
                        .into(),
                ),
                (
                    "reach",
                    facts
                        .reach
                        .map(|r| locale.number(r))
                        .unwrap_or_else(|| locale.text("mail-not-known"))
                        .into(),
                ),
                ("source", facts.source.into()),
            ],
        );
        let open = say(locale, "mail-open", &[("link", facts.link.clone().into())]);
        format!("{details}\n\n{open}")
    };
    let title = if facts.tlp == TlpLevel::Red {
        locale.text("mail-red-title")
    } else {
        facts.claim.chars().take(120).collect()
    };
    Notice {
        subject: say(
            locale,
            "mail-subject-claim",
            &[
                ("tlp", facts.tlp.marking().into()),
                ("reference", format!("DIS-{}", facts.number).into()),
                (
                    "platform",
                    facts.platform.chars().take(40).collect::<String>().into(),
                ),
                ("title", title.into()),
            ],
        ),
        body: format!(
            "{reason}\n\n{details}\n\n{}",
            handling_footer(locale, facts.tlp)
        ),
    }
}

/// To the members of a forum when its situation report is approved.
pub(crate) fn sitrep_approved(
    locale: Locale,
    reference: &str,
    title: &str,
    body: &str,
    tlp: TlpLevel,
    link: &str,
) -> Notice {
    let text: String = body.chars().take(20_000).collect();
    Notice {
        subject: say(
            locale,
            "mail-subject-sitrep",
            &[
                ("tlp", tlp.marking().into()),
                ("reference", reference.into()),
                ("title", title.chars().take(120).collect::<String>().into()),
            ],
        ),
        body: format!(
            "{}\n\n{text}\n\n{}\n\n{}",
            locale.text("mail-sitrep-approved"),
            say(locale, "mail-open", &[("link", link.into())]),
            handling_footer(locale, tlp)
        ),
    }
}

/// Several notices in one e-mail, for people who asked for a digest.
pub(crate) fn digest(locale: Locale, notices: &[(String, String)]) -> Notice {
    let count = [("count", Arg::from(notices.len()))];
    let mut body = format!("{}\n", say(locale, "mail-digest-intro", &count));
    for (subject, text) in notices {
        body.push_str(&format!("\n==== {subject}\n\n{text}"));
    }
    Notice {
        subject: say(locale, "mail-digest-subject", &count),
        body,
    }
}

fn handling_footer(locale: Locale, tlp: TlpLevel) -> String {
    let description = locale.text(&format!("tlp-description-{}", tlp.id().replace('+', "-")));
    format!(
        "--\n{}",
        say(
            locale,
            "mail-footer",
            &[
                ("tlp", tlp.marking().into()),
                ("description", description.into()),
            ],
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(tlp: TlpLevel) -> IncidentNoticeFacts<'static> {
        IncidentNoticeFacts {
            number: 7,
            title: "Results website down",
            description: "Secret detail: the origin server address",
            threat: ThreatKind::Ddos,
            severity: IncidentSeverity::High,
            phase: Some(Phase::Voting),
            tlp,
            source: "cec",
            link: "https://liaison.example/incidents/x".into(),
        }
    }

    #[test]
    fn notices_are_marked_and_red_ones_carry_no_details() {
        let amber = incident_alert(Locale::En, &facts(TlpLevel::Amber), "You are accountable.");
        assert!(
            amber
                .subject
                .starts_with("[TLP:AMBER] New incident INC-7 (high)")
        );
        assert!(amber.body.contains("Secret detail"));
        let red = incident_alert(Locale::En, &facts(TlpLevel::Red), "Shared with you.");
        assert!(red.subject.starts_with("[TLP:RED]"));
        assert!(!red.subject.contains("Results website"));
        assert!(!red.body.contains("Secret detail"));
        assert!(red.body.contains("https://liaison.example/incidents/x"));
    }
}
