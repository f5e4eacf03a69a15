//! The catalogue: the fixed vocabularies a collaboration model is written in.
//!
//! Every entry has a stable snake_case id. Ids are part of the model-file format, the API and
//! every export, so an id is never renamed; a retired entry would be kept and marked as such.

mod activity;
mod adversary;
mod agreement;
mod asset;
mod capability;
mod channel;
mod collaboration;
mod cycle;
mod focus_area;
mod incident;
mod mitigation;
mod organisation;
mod raci;
mod risk;
mod set;
mod threat;

pub use activity::ActivityKind;
pub use adversary::AdversaryKind;
pub use agreement::AgreementKind;
pub use asset::{AssetKind, SecurityNeed};
pub use capability::Capability;
pub use channel::{Availability, ChannelKind, ContactKind};
pub use collaboration::{
    Administration, CollaborationLevel, CriticalInfrastructureStatus, ForumCadence, ForumKind,
};
pub use cycle::{Period, Phase};
pub use focus_area::FocusArea;
pub use incident::{
    DisinformationStatus, IncidentSeverity, IncidentStatus, ObservableKind, RectificationOutcome,
};
pub use mitigation::MitigationFamily;
pub use organisation::{AdministrativeLevel, OrganisationKind, Sector};
pub use raci::RaciRole;
pub use risk::{MeasureStatus, RiskStatus, RiskTreatment};
pub use set::CatalogueSet;
pub use threat::{TechniqueFramework, TechniqueRef, ThreatFamily, ThreatKind};

/// A label inside a sentence: lower case, except for a leading acronym ("EMB website"). Any
/// language's label goes through here, so that every sentence writes labels the same way.
pub fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => first
            .to_lowercase()
            .chain(label[first.len_utf8()..].chars())
            .collect(),
        _ => label.to_owned(),
    }
}

/// One entry of a catalogue list: a closed enum whose variants have stable ids.
pub trait CatalogueEntry: Copy + Eq + Ord + std::hash::Hash + std::fmt::Debug + 'static {
    /// What the list is called in messages ("threat kind", "phase").
    const LIST_NAME: &'static str;
    /// Every entry, in catalogue order.
    const ALL: &'static [Self];

    /// The stable snake_case id.
    fn id(self) -> &'static str;
    /// A short human label.
    fn label(self) -> &'static str;
    /// One or two sentences for people who do not know the term.
    fn description(self) -> &'static str;
    /// Position in [`Self::ALL`]; used for bit sets and dense tables.
    fn index(self) -> usize;

    /// The label inside a sentence: lower case, except for a leading acronym ("EMB website").
    fn label_in_sentence(self) -> String {
        in_sentence(self.label())
    }

    /// Looks an entry up by its id.
    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|entry| entry.id() == id)
    }

    /// Parses an id, explaining the mistake in words when it is not one.
    fn parse_id(id: &str) -> Result<Self, UnknownEntry> {
        Self::from_id(id).ok_or_else(|| UnknownEntry {
            list: Self::LIST_NAME,
            given: id.to_owned(),
            suggestion: crate::suggest::closest(id, Self::ALL.iter().map(|e| e.id()))
                .map(str::to_owned),
            expected: Self::ALL.iter().map(|e| e.id()).collect(),
        })
    }
}

/// A word that is not in a catalogue list.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.sentence())]
pub struct UnknownEntry {
    pub list: &'static str,
    pub given: String,
    pub suggestion: Option<String>,
    pub expected: Vec<&'static str>,
}

impl UnknownEntry {
    /// Lists up to this long are spelled out in the message; longer ones are not.
    pub const LISTED_UP_TO: usize = 16;

    fn sentence(&self) -> String {
        let article = if self.list.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        let given = &self.given;
        let list = self.list;
        match &self.suggestion {
            Some(s) => format!("'{given}' is not {article} {list}; did you mean '{s}'?"),
            None if self.expected.len() <= Self::LISTED_UP_TO => format!(
                "'{given}' is not {article} {list}; use one of: {}",
                self.expected.join(", ")
            ),
            None => {
                format!("'{given}' is not {article} {list}; `liaison catalogue` lists them all")
            }
        }
    }
}

/// Declares a catalogue enum: variants with id, label and description, plus the
/// [`CatalogueEntry`] implementation and serde as the id string.
macro_rules! catalogue_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident : $list:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $id:literal, $label:literal, $desc:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        $vis enum $name {
            $( $(#[$vmeta])* #[doc = $desc] $variant, )+
        }

        impl $crate::catalogue::CatalogueEntry for $name {
            const LIST_NAME: &'static str = $list;
            const ALL: &'static [Self] = &[ $( Self::$variant, )+ ];

            fn id(self) -> &'static str {
                match self { $( Self::$variant => $id, )+ }
            }
            fn label(self) -> &'static str {
                match self { $( Self::$variant => $label, )+ }
            }
            fn description(self) -> &'static str {
                match self { $( Self::$variant => $desc, )+ }
            }
            fn index(self) -> usize {
                self as usize
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::catalogue::CatalogueEntry::id(*self))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::catalogue::CatalogueEntry::id(*self))
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                <Self as $crate::catalogue::CatalogueEntry>::parse_id(&text)
                    .map_err(serde::de::Error::custom)
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::catalogue::UnknownEntry;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <Self as $crate::catalogue::CatalogueEntry>::parse_id(s)
            }
        }
    };
}
pub(crate) use catalogue_enum;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn assert_list<T: CatalogueEntry>() {
        let mut seen = HashSet::new();
        for (i, entry) in T::ALL.iter().enumerate() {
            let id = entry.id();
            assert!(seen.insert(id), "{} id '{id}' is used twice", T::LIST_NAME);
            assert_eq!(entry.index(), i);
            assert!(
                !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{} id '{id}' is not snake_case",
                T::LIST_NAME
            );
            assert_eq!(T::from_id(id), Some(*entry));
            assert!(!entry.label().is_empty() && !entry.description().is_empty());
        }
        assert!(
            T::ALL.len() <= 64,
            "{} does not fit a CatalogueSet",
            T::LIST_NAME
        );
    }

    #[test]
    fn every_catalogue_list_has_unique_snake_case_ids() {
        assert_list::<IncidentSeverity>();
        assert_list::<IncidentStatus>();
        assert_list::<ObservableKind>();
        assert_list::<ActivityKind>();
        assert_list::<AdversaryKind>();
        assert_list::<AgreementKind>();
        assert_list::<AssetKind>();
        assert_list::<Capability>();
        assert_list::<ChannelKind>();
        assert_list::<ContactKind>();
        assert_list::<Availability>();
        assert_list::<Administration>();
        assert_list::<CollaborationLevel>();
        assert_list::<CriticalInfrastructureStatus>();
        assert_list::<ForumCadence>();
        assert_list::<ForumKind>();
        assert_list::<Phase>();
        assert_list::<Period>();
        assert_list::<FocusArea>();
        assert_list::<MitigationFamily>();
        assert_list::<OrganisationKind>();
        assert_list::<AdministrativeLevel>();
        assert_list::<Sector>();
        assert_list::<RaciRole>();
        assert_list::<ThreatKind>();
        assert_list::<ThreatFamily>();
    }

    #[test]
    fn the_threat_ids_named_in_the_format_exist() {
        for id in [
            "ddos",
            "defacement",
            "malware",
            "ransomware",
            "apt",
            "social_engineering",
            "insider",
            "supply_chain",
            "hack_and_leak",
            "disinformation_turnout",
            "disinformation_trust",
            "false_hacking_claim",
        ] {
            assert!(ThreatKind::from_id(id).is_some(), "{id}");
        }
    }

    #[test]
    fn labels_keep_their_acronyms_inside_a_sentence() {
        assert_eq!(
            ThreatKind::Ddos.label_in_sentence(),
            "denial of service (DoS/DDoS)"
        );
        assert_eq!(
            AssetKind::EmbWebsite.label_in_sentence(),
            "EMB website and online services"
        );
        assert_eq!(OrganisationKind::Cert.label_in_sentence(), "CERT / CSIRT");
    }

    #[test]
    fn a_misspelt_id_gets_a_suggestion() {
        let err = ThreatKind::parse_id("ransomwere").unwrap_err();
        assert_eq!(err.suggestion.as_deref(), Some("ransomware"));
        assert_eq!(
            err.to_string(),
            "'ransomwere' is not a threat kind; did you mean 'ransomware'?"
        );
    }

    #[test]
    fn a_word_far_from_any_id_lists_the_choices() {
        let err = AdministrativeLevel::parse_id("planetary").unwrap_err();
        assert_eq!(err.suggestion, None);
        assert!(err.to_string().contains("national, regional, local"));
    }
}
