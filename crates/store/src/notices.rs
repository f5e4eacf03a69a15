//! What notifications say. Plain text, marked with the item's TLP; under TLP:RED an e-mail
//! carries no details, only the link, since mail leaves the platform's control.

use liaison_domain::catalogue::{CatalogueEntry, IncidentSeverity, Phase, ThreatKind};
use liaison_domain::sharing::TlpLevel;

/// A notification ready for the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Notice {
    pub subject: String,
    pub body: String,
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
    fn details(&self) -> String {
        if self.tlp == TlpLevel::Red {
            return format!(
                "This incident is TLP:RED: its details are shared with named people only and are not sent by e-mail.\nSign in to read it: {}\n",
                self.link
            );
        }
        let phase = self
            .phase
            .map(|p| p.label().to_owned())
            .unwrap_or_else(|| "not known".to_owned());
        let mut description = self.description.trim().to_owned();
        if description.chars().count() > 2_000 {
            description = description.chars().take(2_000).collect::<String>() + " …";
        }
        format!(
            "Title: {}\nKind: {}\nSeverity: {}\nPhase: {}\nReported by: {}\n\n{}\n\nOpen it: {}\n",
            self.title,
            self.threat.label(),
            self.severity.label(),
            phase,
            self.source,
            description,
            self.link
        )
    }

    fn subject(&self, what: &str) -> String {
        let title = if self.tlp == TlpLevel::Red {
            "details on the platform".to_owned()
        } else {
            self.title.chars().take(120).collect()
        };
        format!(
            "[{}] {what} INC-{} ({}): {title}",
            self.tlp.marking(),
            self.number,
            self.severity.id()
        )
    }
}

/// To the people of an organisation the incident is routed to.
pub(crate) fn incident_alert(facts: &IncidentNoticeFacts<'_>, reason: &str) -> Notice {
    Notice {
        subject: facts.subject("New incident"),
        body: format!(
            "{reason}\n\n{}\n{}",
            facts.details(),
            handling_footer(facts.tlp)
        ),
    }
}

/// To a contact reached under an escalation protocol.
pub(crate) fn escalation_alert(
    facts: &IncidentNoticeFacts<'_>,
    protocol: &str,
    organisation: &str,
    within_minutes: i64,
    acknowledge_minutes: i64,
) -> Notice {
    Notice {
        subject: facts.subject("ESCALATION"),
        body: format!(
            "Under the escalation protocol \"{protocol}\", {organisation} must acknowledge this incident within {within_minutes} minutes of its report.\nIf nobody acknowledges within {acknowledge_minutes} minutes, the next contact of {organisation} is alerted.\nAcknowledge on the platform (sign in, open the incident, press Acknowledge).\n\n{}\n{}",
            facts.details(),
            handling_footer(facts.tlp)
        ),
    }
}

/// To the coordinators when an organisation did not acknowledge in time or could not be
/// reached.
pub(crate) fn escalation_failure(facts: &IncidentNoticeFacts<'_>, what: &str) -> Notice {
    Notice {
        subject: facts.subject("Escalation failed on"),
        body: format!(
            "{what}\n\n{}\n{}",
            facts.details(),
            handling_footer(facts.tlp)
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

/// To the people of an organisation the matrix names for a false claim.
pub(crate) fn disinformation_alert(facts: &ClaimNoticeFacts<'_>, reason: &str) -> Notice {
    let details = if facts.tlp == TlpLevel::Red {
        format!(
            "This item is TLP:RED: its details are shared with named people only and are not sent by e-mail.\nSign in to read it: {}\n",
            facts.link
        )
    } else {
        let claim: String = facts.claim.trim().chars().take(2_000).collect();
        format!(
            "Claim: {claim}\nKind: {}\nPlatform: {}\nWhere seen: {}\nReach: {}\nReported by: {}\n\nOpen it: {}\n",
            facts.threat.label(),
            facts.platform,
            facts.where_seen.unwrap_or("not given"),
            facts
                .reach
                .map(|r| r.to_string())
                .unwrap_or_else(|| "not known".to_owned()),
            facts.source,
            facts.link
        )
    };
    let title = if facts.tlp == TlpLevel::Red {
        "details on the platform".to_owned()
    } else {
        facts.claim.chars().take(120).collect()
    };
    Notice {
        subject: format!(
            "[{}] False claim DIS-{} on {}: {title}",
            facts.tlp.marking(),
            facts.number,
            facts.platform.chars().take(40).collect::<String>()
        ),
        body: format!("{reason}\n\n{details}\n{}", handling_footer(facts.tlp)),
    }
}

/// To the members of a forum when its situation report is approved.
pub(crate) fn sitrep_approved(
    reference: &str,
    title: &str,
    body: &str,
    tlp: TlpLevel,
    link: &str,
) -> Notice {
    let text: String = body.chars().take(20_000).collect();
    Notice {
        subject: format!(
            "[{}] {reference}: {}",
            tlp.marking(),
            title.chars().take(120).collect::<String>()
        ),
        body: format!(
            "The chair approved this situation report.\n\n{text}\n\nOpen it: {link}\n\n{}",
            handling_footer(tlp)
        ),
    }
}

/// Several notices in one e-mail, for people who asked for a digest.
pub(crate) fn digest(notices: &[(String, String)]) -> Notice {
    let mut body = format!(
        "{} notification{} since your last digest.\n",
        notices.len(),
        if notices.len() == 1 { "" } else { "s" }
    );
    for (subject, text) in notices {
        body.push_str(&format!("\n==== {subject}\n\n{text}"));
    }
    Notice {
        subject: format!(
            "Liaison digest: {} notification{}",
            notices.len(),
            if notices.len() == 1 { "" } else { "s" }
        ),
        body,
    }
}

fn handling_footer(tlp: TlpLevel) -> String {
    format!(
        "--\nHandling: {}. {}\nYou receive this because your organisation is on the item in Liaison; change how you are notified under Account > Notifications.",
        tlp.marking(),
        tlp.description()
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
        let amber = incident_alert(&facts(TlpLevel::Amber), "You are accountable.");
        assert!(
            amber
                .subject
                .starts_with("[TLP:AMBER] New incident INC-7 (high)")
        );
        assert!(amber.body.contains("Secret detail"));
        let red = incident_alert(&facts(TlpLevel::Red), "Shared with you.");
        assert!(red.subject.starts_with("[TLP:RED]"));
        assert!(!red.subject.contains("Results website"));
        assert!(!red.body.contains("Secret detail"));
        assert!(red.body.contains("https://liaison.example/incidents/x"));
    }
}
