//! The Traffic Light Protocol (TLP 2.0) as enforceable rules: the one place that decides who
//! may read a shared item (an incident, a disinformation item, and what is attached to them).
//!
//! The audience of an item is a set of [`Principal`]s computed here when the item is written,
//! and stored beside it. A reader is a set of principals too ([`principals_of`]); every read
//! path asks the database for items whose audience meets the reader's principals, so nothing is
//! filtered after the fact and a count never includes what the reader may not see.

use crate::access::{Role, Viewer};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

/// A TLP 2.0 level, from the least to the most restrictive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum TlpLevel {
    #[serde(rename = "clear")]
    Clear,
    #[serde(rename = "green")]
    Green,
    #[serde(rename = "amber")]
    Amber,
    #[serde(rename = "amber+strict")]
    AmberStrict,
    #[serde(rename = "red")]
    Red,
}

impl TlpLevel {
    pub const ALL: [TlpLevel; 5] = [
        TlpLevel::Clear,
        TlpLevel::Green,
        TlpLevel::Amber,
        TlpLevel::AmberStrict,
        TlpLevel::Red,
    ];

    /// The id used in the API, forms and exports.
    pub fn id(self) -> &'static str {
        match self {
            TlpLevel::Clear => "clear",
            TlpLevel::Green => "green",
            TlpLevel::Amber => "amber",
            TlpLevel::AmberStrict => "amber+strict",
            TlpLevel::Red => "red",
        }
    }

    /// The marking as TLP 2.0 writes it ("TLP:AMBER+STRICT").
    pub fn marking(self) -> &'static str {
        match self {
            TlpLevel::Clear => "TLP:CLEAR",
            TlpLevel::Green => "TLP:GREEN",
            TlpLevel::Amber => "TLP:AMBER",
            TlpLevel::AmberStrict => "TLP:AMBER+STRICT",
            TlpLevel::Red => "TLP:RED",
        }
    }

    /// Who may read it, in one sentence for the reporting form.
    pub fn description(self) -> &'static str {
        match self {
            TlpLevel::Clear => "Anyone, including the public.",
            TlpLevel::Green => {
                "Every member organisation of the platform; never the public (observers only if shared with them)."
            }
            TlpLevel::Amber => {
                "Your organisation, the recipient organisations and their sub-units, and the organisations the matrix and escalation protocols make responsible."
            }
            TlpLevel::AmberStrict => {
                "Your organisation and the named recipient organisations only."
            }
            TlpLevel::Red => "You and the named people only.",
        }
    }

    /// Accepts the TLP 2.0 ids and markings in any case ("amber+strict", "TLP:RED"); TLP 1.0's
    /// "white" is read as CLEAR.
    pub fn parse(text: &str) -> Option<TlpLevel> {
        let text = text.trim().to_ascii_lowercase();
        let text = text.strip_prefix("tlp:").unwrap_or(&text);
        match text {
            "clear" | "white" => Some(TlpLevel::Clear),
            "green" => Some(TlpLevel::Green),
            "amber" => Some(TlpLevel::Amber),
            "amber+strict" | "amber_strict" => Some(TlpLevel::AmberStrict),
            "red" => Some(TlpLevel::Red),
            _ => None,
        }
    }
}

impl fmt::Display for TlpLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.marking())
    }
}

/// One entry of an audience, and one of the things a reader is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Principal {
    /// Anyone, signed in or not.
    Public,
    /// Every account of a participating organisation; never observers or the anonymous.
    Members,
    /// Accounts with the observer role.
    Observers,
    /// The accounts of one organisation (by its key in the model).
    Organisation(String),
    /// One account (by its id).
    Account(String),
}

impl Principal {
    /// The stored form: `public`, `members`, `observers`, `org:<key>`, `account:<id>`.
    pub fn encode(&self) -> String {
        match self {
            Principal::Public => "public".to_owned(),
            Principal::Members => "members".to_owned(),
            Principal::Observers => "observers".to_owned(),
            Principal::Organisation(key) => format!("org:{key}"),
            Principal::Account(id) => format!("account:{id}"),
        }
    }

    pub fn decode(text: &str) -> Option<Principal> {
        match text {
            "public" => Some(Principal::Public),
            "members" => Some(Principal::Members),
            "observers" => Some(Principal::Observers),
            _ => {
                if let Some(key) = text.strip_prefix("org:").filter(|k| !k.is_empty()) {
                    Some(Principal::Organisation(key.to_owned()))
                } else {
                    text.strip_prefix("account:")
                        .filter(|k| !k.is_empty())
                        .map(|id| Principal::Account(id.to_owned()))
                }
            }
        }
    }
}

/// What a reader is, for matching against audiences: `None` is an anonymous client.
///
/// The platform administrator runs the platform, not the sharing: they read shared items as a
/// member of their organisation, like everyone else.
///
/// An observer reads what is shared with observers and what names them as a person, whatever
/// organisation their account belongs to: an observer inside a member organisation does not
/// read what is shared with that organisation.
pub fn principals_of(viewer: Option<&Viewer>) -> Vec<Principal> {
    let mut principals = vec![Principal::Public];
    if let Some(viewer) = viewer {
        if viewer.role == Role::Observer {
            principals.push(Principal::Observers);
        } else {
            principals.push(Principal::Members);
            if let Some(org) = &viewer.organisation {
                principals.push(Principal::Organisation(org.clone()));
            }
        }
        principals.push(Principal::Account(viewer.account.clone()));
    }
    principals
}

/// How the source of an item chose to share it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sharing {
    pub tlp: TlpLevel,
    /// The organisation the item comes from; it always keeps access (except under RED, where
    /// only the reporting person and the named people read it).
    pub source_organisation: String,
    /// The account that reported it.
    pub reporter: String,
    /// Organisations the source shares an AMBER or AMBER+STRICT item with.
    pub organisations: BTreeSet<String>,
    /// Accounts a RED item is shared with.
    pub people: BTreeSet<String>,
    /// Whether observers may read a GREEN or AMBER item.
    pub observers: bool,
}

/// Why a sharing cannot be accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SharingError {
    #[error(
        "TLP:RED is shared with named people; name at least one person or choose another level"
    )]
    RedWithoutPeople,
    #[error("{0} shares with organisations, not people; name recipient organisations instead")]
    PeopleWithoutRed(TlpLevel),
    #[error("{0} is shared with every member or with everyone; it takes no named recipients")]
    RecipientsNotNeeded(TlpLevel),
    #[error("only the source organisation may change how an item is shared")]
    NotTheSource,
    #[error(
        "only the source may widen the sharing; as a recipient you may not mark the item less strictly than {0}"
    )]
    WouldWiden(TlpLevel),
}

impl Sharing {
    /// Checks that the recipients fit the level.
    pub fn validate(&self) -> Result<(), SharingError> {
        match self.tlp {
            TlpLevel::Red if self.people.is_empty() => Err(SharingError::RedWithoutPeople),
            TlpLevel::Red => Ok(()),
            level if !self.people.is_empty() => Err(SharingError::PeopleWithoutRed(level)),
            level @ (TlpLevel::Clear | TlpLevel::Green) if !self.organisations.is_empty() => {
                Err(SharingError::RecipientsNotNeeded(level))
            }
            _ => Ok(()),
        }
    }

    /// Whether `other` reaches someone this sharing does not: a lower level, or more named
    /// recipients, or observers added.
    pub fn is_widened_by(&self, other: &Sharing) -> bool {
        other.tlp < self.tlp
            || !other.organisations.is_subset(&self.organisations)
            || !other.people.is_subset(&self.people)
            || (other.observers && !self.observers)
    }
}

/// Organisations drawn into an item's audience by the platform's own rules rather than named
/// by the source: those the responsibility matrix and the escalation protocols make
/// responsible (need to know, agreed in advance by the members), and the sub-units of the
/// recipients (the "clients" TLP:AMBER lets recipients share with).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NeedToKnow {
    pub routed: BTreeSet<String>,
    pub clients: BTreeSet<String>,
}

/// The audience of an item: the one function that decides who may read it.
///
/// - CLEAR: anyone.
/// - GREEN: every member (observers only if shared with them); never the anonymous.
/// - AMBER: the source, the recipients, their clients, the organisations routed to, and
///   observers if shared with them.
/// - AMBER+STRICT: the source and the named recipient organisations only.
/// - RED: the reporting person and the named people only.
pub fn audience(sharing: &Sharing, need_to_know: &NeedToKnow) -> BTreeSet<Principal> {
    let mut audience = BTreeSet::new();
    let source = Principal::Organisation(sharing.source_organisation.clone());
    let orgs = |set: &BTreeSet<String>| {
        set.iter()
            .map(|o| Principal::Organisation(o.clone()))
            .collect::<Vec<_>>()
    };
    match sharing.tlp {
        TlpLevel::Clear => {
            audience.insert(Principal::Public);
        }
        TlpLevel::Green => {
            audience.insert(Principal::Members);
            audience.insert(source);
            if sharing.observers {
                audience.insert(Principal::Observers);
            }
        }
        TlpLevel::Amber => {
            audience.insert(source);
            audience.extend(orgs(&sharing.organisations));
            audience.extend(orgs(&need_to_know.routed));
            audience.extend(orgs(&need_to_know.clients));
            if sharing.observers {
                audience.insert(Principal::Observers);
            }
        }
        TlpLevel::AmberStrict => {
            audience.insert(source);
            audience.extend(orgs(&sharing.organisations));
        }
        TlpLevel::Red => {
            audience.insert(Principal::Account(sharing.reporter.clone()));
            audience.extend(sharing.people.iter().map(|p| Principal::Account(p.clone())));
        }
    }
    audience
}

/// Whether a reader with these principals may read an item with this audience. The database
/// asks the same question in SQL; this is the reference the tests hold it to.
pub fn admits(audience: &BTreeSet<Principal>, reader: &[Principal]) -> bool {
    reader.iter().any(|p| audience.contains(p))
}

/// Whether an organisation is reached by an item with this audience, so that it may be
/// alerted about it. Observers' organisations are reached only through an explicit grant.
pub fn reaches_organisation(audience: &BTreeSet<Principal>, organisation: &str) -> bool {
    audience.contains(&Principal::Public)
        || audience.contains(&Principal::Members)
        || audience.contains(&Principal::Organisation(organisation.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn viewer(role: Role, org: &str, account: &str) -> Viewer {
        Viewer {
            account: account.to_owned(),
            organisation: Some(org.to_owned()),
            role,
        }
    }

    fn sharing(tlp: TlpLevel, orgs: &[&str], people: &[&str]) -> Sharing {
        Sharing {
            tlp,
            source_organisation: "local_office".to_owned(),
            reporter: "reporter".to_owned(),
            organisations: orgs.iter().map(|s| s.to_string()).collect(),
            people: people.iter().map(|s| s.to_string()).collect(),
            observers: false,
        }
    }

    fn reads(s: &Sharing, need: &NeedToKnow, v: Option<&Viewer>) -> bool {
        admits(&audience(s, need), &principals_of(v))
    }

    #[test]
    fn each_level_reaches_exactly_its_audience() {
        let none = NeedToKnow::default();
        let source = viewer(Role::Analyst, "local_office", "colleague");
        let reporter = viewer(Role::Reader, "local_office", "reporter");
        let cert = viewer(Role::Analyst, "cert", "c1");
        let police = viewer(Role::Coordinator, "police", "p1");
        let observer = viewer(Role::Observer, "mission", "o1");
        let observer_inside = viewer(Role::Observer, "local_office", "o2");
        let admin = viewer(Role::PlatformAdmin, "emb", "admin");

        let clear = sharing(TlpLevel::Clear, &[], &[]);
        assert!(reads(&clear, &none, None));
        assert!(reads(&clear, &none, Some(&observer)));

        let green = sharing(TlpLevel::Green, &[], &[]);
        assert!(!reads(&green, &none, None));
        assert!(!reads(&green, &none, Some(&observer)));
        assert!(reads(&green, &none, Some(&police)));

        let amber = sharing(TlpLevel::Amber, &["cert"], &[]);
        assert!(reads(&amber, &none, Some(&source)));
        assert!(reads(&amber, &none, Some(&cert)));
        assert!(!reads(&amber, &none, Some(&police)));
        assert!(!reads(&amber, &none, Some(&observer)));
        assert!(
            !reads(&amber, &none, Some(&observer_inside)),
            "an observer in the source organisation"
        );
        assert!(!reads(&green, &none, Some(&observer_inside)));
        assert!(!reads(&amber, &none, Some(&admin)));
        assert!(!reads(&amber, &none, None));

        let strict = sharing(TlpLevel::AmberStrict, &["cert"], &[]);
        let routed = NeedToKnow {
            routed: ["police".to_owned()].into(),
            clients: ["cert_regional".to_owned()].into(),
        };
        assert!(reads(&strict, &routed, Some(&cert)));
        assert!(!reads(&strict, &routed, Some(&police)));
        assert!(reads(&amber, &routed, Some(&police)));

        let red = sharing(TlpLevel::Red, &[], &["c1"]);
        assert!(reads(&red, &none, Some(&reporter)));
        assert!(reads(&red, &none, Some(&cert)));
        assert!(
            !reads(&red, &none, Some(&source)),
            "RED skips the source's colleagues"
        );
        assert!(!reads(
            &red,
            &none,
            Some(&viewer(Role::OrganisationAdmin, "cert", "c2"))
        ));
    }

    #[test]
    fn observers_read_only_what_is_shared_with_them() {
        let observer = viewer(Role::Observer, "mission", "o1");
        let mut green = sharing(TlpLevel::Green, &[], &[]);
        green.observers = true;
        assert!(reads(&green, &NeedToKnow::default(), Some(&observer)));
        let mut strict = sharing(TlpLevel::AmberStrict, &["cert"], &[]);
        strict.observers = true;
        assert!(!reads(&strict, &NeedToKnow::default(), Some(&observer)));
    }

    #[test]
    fn recipients_must_fit_the_level() {
        assert_eq!(
            sharing(TlpLevel::Red, &[], &[]).validate(),
            Err(SharingError::RedWithoutPeople)
        );
        assert!(
            sharing(TlpLevel::Amber, &["cert"], &["x"])
                .validate()
                .is_err()
        );
        assert!(sharing(TlpLevel::Green, &["cert"], &[]).validate().is_err());
        assert!(sharing(TlpLevel::Amber, &[], &[]).validate().is_ok());
    }

    #[test]
    fn widening_is_a_lower_level_or_more_recipients() {
        let amber = sharing(TlpLevel::Amber, &["cert"], &[]);
        assert!(amber.is_widened_by(&sharing(TlpLevel::Green, &[], &[])));
        assert!(amber.is_widened_by(&sharing(TlpLevel::Amber, &["cert", "police"], &[])));
        assert!(!amber.is_widened_by(&sharing(TlpLevel::AmberStrict, &["cert"], &[])));
        assert!(!amber.is_widened_by(&sharing(TlpLevel::Amber, &[], &[])));
    }

    fn any_sharing() -> impl proptest::strategy::Strategy<Value = Sharing> {
        use proptest::prelude::*;
        let names = || proptest::collection::btree_set("[a-d]", 0..3);
        (0..5usize, names(), names(), any::<bool>()).prop_map(|(level, orgs, people, observers)| {
            let tlp = TlpLevel::ALL[level];
            Sharing {
                tlp,
                source_organisation: "a".to_owned(),
                reporter: "r".to_owned(),
                organisations: if matches!(tlp, TlpLevel::Amber | TlpLevel::AmberStrict) {
                    orgs
                } else {
                    BTreeSet::new()
                },
                people: if tlp == TlpLevel::Red {
                    people
                } else {
                    BTreeSet::new()
                },
                observers,
            }
        })
    }

    proptest::proptest! {
        /// A change the source may make without widening never reaches anyone new; and no
        /// level but CLEAR ever reaches the anonymous.
        #[test]
        fn narrowing_never_reaches_anyone_new(a in any_sharing(), b in any_sharing()) {
            let none = NeedToKnow::default();
            let (before, after) = (audience(&a, &none), audience(&b, &none));
            if !a.is_widened_by(&b) {
                // Every kind of reader: anonymous, members and observers of each organisation,
                // the reporter (of the source) and the people a RED item may name.
                let mut readers = vec![principals_of(None)];
                for org in ["a", "b", "c", "d", "x"] {
                    for role in [Role::Reader, Role::Observer] {
                        let account = format!("{org}-{role}");
                        readers.push(principals_of(Some(&viewer(role, org, &account))));
                    }
                }
                readers.push(principals_of(Some(&viewer(Role::Reader, "a", "r"))));
                for person in ["a", "b", "c", "d"] {
                    readers.push(principals_of(Some(&viewer(Role::Reader, "x", person))));
                }
                for reader in readers {
                    proptest::prop_assert!(
                        !admits(&after, &reader) || admits(&before, &reader),
                        "{a:?} -> {b:?} reaches {reader:?}"
                    );
                }
            }
            proptest::prop_assert_eq!(after.contains(&Principal::Public), b.tlp == TlpLevel::Clear);
            if b.tlp == TlpLevel::Red {
                proptest::prop_assert!(after.iter().all(|p| matches!(p, Principal::Account(_))));
            }
        }
    }

    #[test]
    fn levels_and_principals_round_trip() {
        for level in TlpLevel::ALL {
            assert_eq!(TlpLevel::parse(level.id()), Some(level));
            assert_eq!(TlpLevel::parse(level.marking()), Some(level));
        }
        assert_eq!(TlpLevel::parse("white"), Some(TlpLevel::Clear));
        assert_eq!(TlpLevel::parse("amber strict"), None);
        for p in [
            Principal::Public,
            Principal::Members,
            Principal::Observers,
            Principal::Organisation("cert".into()),
            Principal::Account("0190".into()),
        ] {
            assert_eq!(Principal::decode(&p.encode()), Some(p));
        }
        assert_eq!(Principal::decode("org:"), None);
        assert_eq!(Principal::decode("everyone"), None);
    }
}
