//! What notifications say, in the language of the person they are for (their account's
//! language when the message goes out; English for an address that is not an account's).
//! Plain text, marked with the item's TLP; under TLP:RED an e-mail carries no details, only
//! the link, since mail leaves the platform's control.
//!
//! A change does not word its notices: it stores what they are about once ([`NoticeFacts`])
//! and, per message, which notice it is and why ([`NoticeKind`]). The words are written when
//! the message is delivered, outside the transaction of the change, in the language its reader
//! reads then.

use liaison_domain::catalogue::{IncidentSeverity, Phase, RaciRole, ThreatKind};
use liaison_domain::incident::AssignmentRole;
use liaison_domain::sharing::TlpLevel;
use liaison_locale::{Arg, Locale, Message, Value};
use serde::{Deserialize, Serialize};

/// A notification as its reader reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Notice {
    pub subject: String,
    pub body: String,
}

/// What the notices of one change are about, as it was when the change was made: stored once
/// for every message the change sends.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum NoticeFacts {
    Incident(IncidentNoticeFacts),
    Claim(ClaimNoticeFacts),
    Sitrep(SitrepNoticeFacts),
    /// Words already written: a webhook's payload, or a notice stored before notices were
    /// worded on delivery.
    Worded(Notice),
}

/// Which notice a message carries about its change, and why its reader is sent it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum NoticeKind {
    /// A new incident for an organisation it is routed to, a coordinator or a named reader;
    /// `reason` says which.
    IncidentAlert {
        reason: Message,
    },
    /// To a contact reached under an escalation protocol.
    EscalationAlert {
        protocol: String,
        organisation: String,
        within_minutes: i64,
        acknowledge_minutes: i64,
    },
    /// To the coordinators: an escalation that failed, and why.
    EscalationFailure {
        failure: Message,
    },
    /// A false claim, for an organisation the matrix names; `reason` says its part.
    ClaimAlert {
        reason: Message,
    },
    SitrepApproved,
    /// The facts are the words.
    AsWorded,
}

impl NoticeKind {
    /// The notice in `locale`; `None` when the facts are not of the kind's item (a stored
    /// message that cannot be worded).
    pub(crate) fn word(&self, locale: Locale, facts: &NoticeFacts) -> Option<Notice> {
        Some(match (self, facts) {
            (NoticeKind::IncidentAlert { reason }, NoticeFacts::Incident(facts)) => {
                incident_alert(locale, facts, reason)
            }
            (
                NoticeKind::EscalationAlert {
                    protocol,
                    organisation,
                    within_minutes,
                    acknowledge_minutes,
                },
                NoticeFacts::Incident(facts),
            ) => escalation_alert(
                locale,
                facts,
                protocol,
                organisation,
                *within_minutes,
                *acknowledge_minutes,
            ),
            (NoticeKind::EscalationFailure { failure }, NoticeFacts::Incident(facts)) => {
                escalation_failure(locale, facts, failure)
            }
            (NoticeKind::ClaimAlert { reason }, NoticeFacts::Claim(facts)) => {
                disinformation_alert(locale, facts, reason)
            }
            (NoticeKind::SitrepApproved, NoticeFacts::Sitrep(facts)) => {
                sitrep_approved(locale, facts)
            }
            (NoticeKind::AsWorded, NoticeFacts::Worded(notice)) => notice.clone(),
            _ => return None,
        })
    }
}

/// `key` with its variables, in `locale`.
fn say(locale: Locale, key: &str, args: &[(&str, Arg)]) -> String {
    locale.text_with(key, args)
}

/// What a notice needs to know about an incident.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct IncidentNoticeFacts {
    pub number: i64,
    pub title: String,
    pub description: String,
    pub threat: ThreatKind,
    pub severity: IncidentSeverity,
    pub phase: Option<Phase>,
    pub tlp: TlpLevel,
    /// The reporting organisation's name.
    pub source: String,
    pub link: String,
}

impl IncidentNoticeFacts {
    /// Longest description a message carries, in characters; a longer one is cut and says so.
    pub(crate) const MAX_DESCRIPTION: usize = 2_000;

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
        if description.chars().count() > Self::MAX_DESCRIPTION {
            description = description
                .chars()
                .take(Self::MAX_DESCRIPTION)
                .collect::<String>()
                + " …";
        }
        let facts = say(
            locale,
            "mail-incident-details",
            &[
                ("title", self.title.as_str().into()),
                ("kind", locale.label(self.threat).into()),
                ("severity", locale.label(self.severity).into()),
                ("phase", phase.into()),
                ("source", self.source.as_str().into()),
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
    role: AssignmentRole,
    threat: ThreatKind,
    phase: Option<Phase>,
) -> Message {
    let part = match role {
        AssignmentRole::Escalation => return Message::new("mail-reason-escalation"),
        AssignmentRole::Coordinator => return Message::new("mail-reason-coordinator"),
        AssignmentRole::Accountable => "accountable",
        AssignmentRole::Responsible => "responsible",
        AssignmentRole::Consulted => "consulted",
        AssignmentRole::Informed => "informed",
    };
    match phase {
        Some(phase) => Message::new(&format!("mail-reason-{part}-in-phase"))
            .with("threat", Value::label(threat))
            .with("phase", Value::label(phase)),
        None => Message::new(&format!("mail-reason-{part}")).with("threat", Value::label(threat)),
    }
}

/// To the people of an organisation the incident is routed to, `reason` saying why.
fn incident_alert(locale: Locale, facts: &IncidentNoticeFacts, reason: &Message) -> Notice {
    Notice {
        subject: facts.subject(locale, "mail-subject-new-incident"),
        body: format!(
            "{}\n\n{}\n{}",
            locale.message(reason),
            facts.details(locale),
            handling_footer(locale, facts.tlp)
        ),
    }
}

/// To a contact reached under an escalation protocol.
fn escalation_alert(
    locale: Locale,
    facts: &IncidentNoticeFacts,
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
    /// The notice that tells the coordinators.
    pub(crate) fn notice(&self) -> NoticeKind {
        NoticeKind::EscalationFailure {
            failure: self.message(),
        }
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
fn escalation_failure(locale: Locale, facts: &IncidentNoticeFacts, failure: &Message) -> Notice {
    Notice {
        subject: facts.subject(locale, "mail-subject-escalation-failed"),
        body: format!(
            "{}\n\n{}\n{}",
            locale.message(failure),
            facts.details(locale),
            handling_footer(locale, facts.tlp)
        ),
    }
}

/// What a notice needs to know about a false claim.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct ClaimNoticeFacts {
    pub number: i64,
    pub claim: String,
    pub threat: ThreatKind,
    pub platform: String,
    pub where_seen: Option<String>,
    pub reach: Option<i64>,
    pub tlp: TlpLevel,
    /// The reporting organisation's name.
    pub source: String,
    pub link: String,
}

/// Why an organisation is alerted of a false claim: its part under the matrix.
pub(crate) fn claim_reason(role: RaciRole, threat: ThreatKind) -> Message {
    Message::new("mail-reason-claim")
        .with("role", Value::label(role))
        .with("threat", Value::label(threat))
}

/// To the people of an organisation the matrix names for a false claim.
fn disinformation_alert(locale: Locale, facts: &ClaimNoticeFacts, reason: &Message) -> Notice {
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
                ("platform", facts.platform.as_str().into()),
                (
                    "where",
                    facts
                        .where_seen
                        .clone()
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
                ("source", facts.source.as_str().into()),
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
            "{}\n\n{details}\n\n{}",
            locale.message(reason),
            handling_footer(locale, facts.tlp)
        ),
    }
}

/// What a notice needs to know about an approved situation report.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct SitrepNoticeFacts {
    pub reference: String,
    pub title: String,
    /// The report's text, as much of it as a message carries.
    pub body: String,
    pub tlp: TlpLevel,
    pub link: String,
}

impl SitrepNoticeFacts {
    /// Longest text a message carries, in characters.
    pub(crate) const MAX_BODY: usize = 20_000;
}

/// To the members of a forum when its situation report is approved.
fn sitrep_approved(locale: Locale, facts: &SitrepNoticeFacts) -> Notice {
    let SitrepNoticeFacts {
        reference,
        title,
        body: text,
        tlp,
        link,
    } = facts;
    let tlp = *tlp;
    Notice {
        subject: say(
            locale,
            "mail-subject-sitrep",
            &[
                ("tlp", tlp.marking().into()),
                ("reference", reference.as_str().into()),
                ("title", title.chars().take(120).collect::<String>().into()),
            ],
        ),
        body: format!(
            "{}\n\n{text}\n\n{}\n\n{}",
            locale.text("mail-sitrep-approved"),
            say(locale, "mail-open", &[("link", link.as_str().into())]),
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

    fn facts(tlp: TlpLevel) -> IncidentNoticeFacts {
        IncidentNoticeFacts {
            number: 7,
            title: "Results website down".into(),
            description: "Secret detail: the origin server address".into(),
            threat: ThreatKind::Ddos,
            severity: IncidentSeverity::High,
            phase: Some(Phase::Voting),
            tlp,
            source: "Central Election Commission".into(),
            link: "https://liaison.example/incidents/x".into(),
        }
    }

    #[test]
    fn notices_are_marked_and_red_ones_carry_no_details() {
        let reason = Message::new("mail-reason-red");
        let amber = incident_alert(Locale::En, &facts(TlpLevel::Amber), &reason);
        assert!(
            amber
                .subject
                .starts_with("[TLP:AMBER] New incident INC-7 (high)")
        );
        assert!(amber.body.contains("Secret detail"));
        let red = incident_alert(Locale::En, &facts(TlpLevel::Red), &reason);
        assert!(red.subject.starts_with("[TLP:RED]"));
        assert!(!red.subject.contains("Results website"));
        assert!(!red.body.contains("Secret detail"));
        assert!(red.body.contains("https://liaison.example/incidents/x"));
    }
}
