//! The domain's refusals (a status that may not follow another, a sharing that does not hold,
//! a rating out of its scale) as messages, so that each reader reads them in their language.
//! The domain's `Display` stays the English of logs and of the API.

use crate::{Message, Value};
use liaison_domain::catalogue::UnknownEntry;
use liaison_domain::disinformation::{DisinformationError, RectificationError};
use liaison_domain::hygiene::HygieneError;
use liaison_domain::incident::{
    DomainProblem, LifecycleError, ObservableError, ObservableProblem, PlanError,
};
use liaison_domain::model::PartialDateError;
use liaison_domain::risk::RiskError;
use liaison_domain::sharing::SharingError;

/// A word that is not in a catalogue list, as model files and forms meet it.
impl From<&UnknownEntry> for Message {
    fn from(error: &UnknownEntry) -> Message {
        let message = match &error.suggestion {
            Some(s) => Message::new("refusal-not-in-list-did-you-mean").with("suggestion", s),
            None if error.expected.len() <= UnknownEntry::LISTED_UP_TO => {
                Message::new("refusal-not-in-list-one-of")
                    .with("expected", error.expected.join(", "))
            }
            None => Message::new("refusal-not-in-list"),
        };
        // Only English needs the article; other languages inflect the list's name themselves.
        let article = if error.list.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        message
            .with("given", &error.given)
            .with("article", article)
            .with(
                "list",
                Value::Label(crate::labels::list_name_key(error.list)),
            )
    }
}

impl From<&PartialDateError> for Message {
    fn from(error: &PartialDateError) -> Message {
        Message::new("refusal-not-a-partial-date").with("given", &error.0)
    }
}

impl From<&LifecycleError> for Message {
    fn from(error: &LifecycleError) -> Message {
        match error {
            LifecycleError::Unchanged(status) => {
                Message::new("refusal-lifecycle-unchanged").with("status", Value::label(*status))
            }
            LifecycleError::LessonsRequired => Message::new("refusal-lifecycle-lessons"),
            LifecycleError::BackToReported => Message::new("refusal-lifecycle-back-to-reported"),
            LifecycleError::DuplicateReopened => Message::new("refusal-lifecycle-duplicate"),
        }
    }
}

impl From<&SharingError> for Message {
    fn from(error: &SharingError) -> Message {
        match error {
            SharingError::RedWithoutPeople => Message::new("refusal-red-without-people"),
            SharingError::PeopleWithoutRed(tlp) => {
                Message::new("refusal-people-without-red").with("tlp", tlp.marking())
            }
            SharingError::RecipientsNotNeeded(tlp) => {
                Message::new("refusal-recipients-not-needed").with("tlp", tlp.marking())
            }
            SharingError::NotTheSource => Message::new("refusal-not-the-source"),
            SharingError::WouldWiden(tlp) => {
                Message::new("refusal-would-widen").with("tlp", tlp.marking())
            }
        }
    }
}

impl From<&PlanError> for Message {
    fn from(error: &PlanError) -> Message {
        match error {
            PlanError::Sharing(sharing) => Message::from(sharing),
            PlanError::UnknownRecipient { given, suggestion } => {
                let message = match suggestion {
                    Some(s) => Message::new("refusal-not-an-organisation-did-you-mean")
                        .with("suggestion", s),
                    None => Message::new("refusal-not-an-organisation"),
                };
                message.with("key", given)
            }
        }
    }
}

impl From<&DisinformationError> for Message {
    fn from(error: &DisinformationError) -> Message {
        match error {
            DisinformationError::NotAClaim { given, expected } => {
                Message::new("refusal-not-a-claim")
                    .with("given", *given)
                    .with("expected", expected.join(", "))
            }
            DisinformationError::Plan(plan) => Message::from(plan),
        }
    }
}

impl From<&RectificationError> for Message {
    fn from(error: &RectificationError) -> Message {
        match error {
            RectificationError::InFuture(name) => Message::new("refusal-field-in-future")
                .with("field", Value::field(&format!("time {name}"))),
            RectificationError::BeforeSent(name) => Message::new("refusal-before-sent")
                .with("field", Value::field(&format!("time {name}"))),
        }
    }
}

impl From<&RiskError> for Message {
    fn from(error: &RiskError) -> Message {
        match error {
            RiskError::OutOfScale { scale, given } => Message::new("refusal-rating-out-of-scale")
                .with("scale", Value::field(scale))
                .with("given", *given),
            RiskError::ResidualAboveInherent(scale) => {
                Message::new("refusal-residual-above-inherent").with("scale", Value::field(scale))
            }
        }
    }
}

impl From<&HygieneError> for Message {
    fn from(error: &HygieneError) -> Message {
        match error {
            HygieneError::Count(given) => {
                Message::new("refusal-hygiene-count").with("given", *given)
            }
            HygieneError::OutOfScale { aspect, given } => Message::new("refusal-hygiene-scale")
                .with(
                    "aspect",
                    Value::Label(format!("hygiene-aspect-{}.short", aspect.replace('_', "-"))),
                )
                .with("given", *given),
        }
    }
}

impl From<&ObservableError> for Message {
    fn from(error: &ObservableError) -> Message {
        Message::new("refusal-observable")
            .with("kind", Value::label(error.kind))
            .with("shown", &error.shown)
            .with("problem", observable_problem(&error.problem))
    }
}

/// What is wrong with an observable's value, said after it.
fn observable_problem(problem: &ObservableProblem) -> Message {
    use ObservableProblem as P;
    match problem {
        P::TooLong(max) => Message::new("observable-too-long").with("max", *max),
        P::Nul => Message::new("observable-nul"),
        P::Empty => Message::new("observable-empty"),
        P::NotIpv4 => Message::new("observable-not-ipv4"),
        P::NotIpv6 => Message::new("observable-not-ipv6"),
        P::NotUrl(reason) => Message::new("observable-not-url").with("reason", reason),
        P::UrlScheme => Message::new("observable-url-scheme"),
        P::NoHost => Message::new("observable-no-host"),
        P::NotEmail => Message::new("observable-not-email"),
        P::BadMailbox => Message::new("observable-bad-mailbox"),
        P::MailDomain(domain) => {
            Message::new("observable-mail-domain").with("problem", domain_problem(*domain))
        }
        P::NotHex => Message::new("observable-not-hex"),
        P::HashLength => Message::new("observable-hash-length"),
        P::Control => Message::new("observable-control"),
        P::Domain(domain) => domain_problem(*domain),
    }
}

fn domain_problem(problem: DomainProblem) -> Message {
    Message::new(match problem {
        DomainProblem::NonAscii => "domain-non-ascii",
        DomainProblem::TooLong => "domain-too-long",
        DomainProblem::NotADomain => "domain-not-a-domain",
        DomainProblem::PartLength => "domain-part-length",
        DomainProblem::Characters => "domain-characters",
        DomainProblem::EndsInDigits => "domain-ends-in-digits",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Locale;
    use liaison_domain::catalogue::IncidentStatus;
    use liaison_domain::sharing::TlpLevel;

    /// One refusal of each kind, as the domain makes them.
    fn refusals() -> Vec<(String, Message)> {
        let mut all: Vec<(String, Message)> = Vec::new();
        let mut add = |english: String, message: Message| all.push((english, message));
        for e in [
            LifecycleError::Unchanged(IncidentStatus::Triaged),
            LifecycleError::LessonsRequired,
            LifecycleError::BackToReported,
            LifecycleError::DuplicateReopened,
        ] {
            add(e.to_string(), Message::from(&e));
        }
        for e in [
            PlanError::Sharing(SharingError::RedWithoutPeople),
            PlanError::Sharing(SharingError::PeopleWithoutRed(TlpLevel::Amber)),
            PlanError::Sharing(SharingError::RecipientsNotNeeded(TlpLevel::Green)),
            PlanError::Sharing(SharingError::NotTheSource),
            PlanError::Sharing(SharingError::WouldWiden(TlpLevel::AmberStrict)),
            PlanError::UnknownRecipient {
                given: "cret".into(),
                suggestion: Some("cert".into()),
            },
            PlanError::UnknownRecipient {
                given: "nobody".into(),
                suggestion: None,
            },
        ] {
            add(e.to_string(), Message::from(&e));
        }
        use liaison_domain::catalogue::{CatalogueEntry, Phase, ThreatKind};
        for e in [
            Phase::parse_id("votng").unwrap_err(),
            Phase::parse_id("zzzzzzzz").unwrap_err(),
            ThreatKind::parse_id("zzzzzzzz").unwrap_err(),
        ] {
            add(e.to_string(), Message::from(&e));
        }
        let e = liaison_domain::model::PartialDate::parse("2019-13").unwrap_err();
        add(e.to_string(), Message::from(&e));
        let e = DisinformationError::NotAClaim {
            given: "ddos",
            expected: vec!["disinformation", "hack_and_leak"],
        };
        add(e.to_string(), Message::from(&e));
        for e in [
            RectificationError::InFuture("sending"),
            RectificationError::BeforeSent("acknowledgement"),
            RectificationError::BeforeSent("action"),
        ] {
            add(e.to_string(), Message::from(&e));
        }
        for e in [
            RiskError::OutOfScale {
                scale: "residual likelihood",
                given: 7,
            },
            RiskError::OutOfScale {
                scale: "impact",
                given: 0,
            },
            RiskError::ResidualAboveInherent("likelihood"),
        ] {
            add(e.to_string(), Message::from(&e));
        }
        for e in [
            HygieneError::Count(5),
            HygieneError::OutOfScale {
                aspect: "procedures",
                given: 4,
            },
        ] {
            add(e.to_string(), Message::from(&e));
        }
        use liaison_domain::catalogue::ObservableKind as K;
        for (kind, value) in [
            (K::Ipv4, "999.1.1.1"),
            (K::Ipv6, "::g"),
            (K::Ipv4, ""),
            (K::Domain, "localhost"),
            (K::Domain, "exa mple.org"),
            (K::Domain, "10.0.0.1"),
            (K::Domain, "bücher.example"),
            (K::Domain, &"a".repeat(260)),
            (K::Domain, "a..example"),
            (K::Url, "javascript:alert(1)"),
            (K::Url, "not a url"),
            (K::Url, "file:///etc/passwd"),
            (K::Email, "no-at-sign"),
            (K::Email, "@example.org"),
            (K::Email, "name@localhost"),
            (K::FileHash, "abc"),
            (K::FileHash, &"zz".repeat(16)),
            (K::Text, "a\0b"),
            (K::Account, "a\u{7}b"),
            (K::Account, &"a".repeat(300)),
        ] {
            let e = liaison_domain::incident::Observable::parse(kind, value).unwrap_err();
            add(e.to_string(), Message::from(&e));
        }
        all
    }

    #[test]
    fn the_domain_s_refusals_say_in_english_what_the_domain_says() {
        for (english, message) in refusals() {
            assert_eq!(Locale::En.message(&message), english);
        }
    }

    #[test]
    fn the_domain_s_refusals_are_worded_in_every_language() {
        for (english, message) in refusals() {
            for locale in [Locale::Fr, Locale::Es, Locale::Ar] {
                let said = locale.message(&message);
                assert_ne!(said, english, "{locale}: {said}");
                assert!(
                    !said.contains("field-") && !said.contains("refusal-"),
                    "{locale}: {said}"
                );
            }
        }
    }
}
