//! The catalogue's labels (threats, phases, asset kinds...) in every language.
//!
//! The domain owns the catalogue's ids and English texts; the English file `catalogue.ftl` is
//! written from it (a test keeps the two equal), and the other languages translate that file.

use crate::Locale;
use liaison_domain::catalogue::CatalogueEntry;

impl Locale {
    /// The label of a catalogue entry: "Voting", "Vote", "Votación", "الاقتراع".
    pub fn label<E: CatalogueEntry>(self, entry: E) -> String {
        self.text(&key::<E>(entry))
    }

    /// The label inside a sentence: lower case, except for a leading acronym ("EMB website"),
    /// as the domain writes it in English; Arabic has no case.
    pub fn label_in_sentence<E: CatalogueEntry>(self, entry: E) -> String {
        liaison_domain::catalogue::in_sentence(&self.label(entry))
    }

    /// Who may read an item marked `tlp`, in one sentence.
    pub fn tlp_description(self, tlp: liaison_domain::sharing::TlpLevel) -> String {
        self.text(&format!("tlp-description-{}", tlp.id().replace('+', "-")))
    }

    /// Why an organisation is on an incident: "accountable", "escalation".
    pub fn assignment_role(self, role: liaison_domain::incident::AssignmentRole) -> String {
        self.text(&assignment_role_key(role))
    }

    /// The entry's one- or two-sentence description.
    pub fn description<E: CatalogueEntry>(self, entry: E) -> String {
        self.text(&format!("{}.description", key::<E>(entry)))
    }
}

/// The key of an incident's assignment role: `incident-role-accountable`.
pub(crate) fn assignment_role_key(role: liaison_domain::incident::AssignmentRole) -> String {
    format!("incident-role-{}", role.id().replace('_', "-"))
}

/// The key of an entry: its list's name and its id, `phase-voting`, `threat-kind-ddos`.
pub fn key<E: CatalogueEntry>(entry: E) -> String {
    key_of(E::LIST_NAME, entry.id())
}

/// The key of the entry `id` of the list named `list`.
pub(crate) fn key_of(list: &str, id: &str) -> String {
    format!("{}-{}", list_key(list), id.replace('_', "-"))
}

/// The key of a list's own name: `list-threat-kind`.
pub fn list_name_key(list: &str) -> String {
    format!("list-{}", list_key(list))
}

fn list_key(list: &str) -> String {
    list.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// Calls `$each!(Type)` for every list of the catalogue.
macro_rules! every_list {
    ($each:ident) => {{
        use liaison_domain::catalogue::*;
        $each!(ActivityKind);
        $each!(AdversaryKind);
        $each!(AgreementKind);
        $each!(AssetKind);
        $each!(SecurityNeed);
        $each!(Capability);
        $each!(ContactKind);
        $each!(Availability);
        $each!(ChannelKind);
        $each!(ForumKind);
        $each!(ForumCadence);
        $each!(Administration);
        $each!(CriticalInfrastructureStatus);
        $each!(CollaborationLevel);
        $each!(Period);
        $each!(Phase);
        $each!(FocusArea);
        $each!(IncidentSeverity);
        $each!(IncidentStatus);
        $each!(ObservableKind);
        $each!(DisinformationStatus);
        $each!(RectificationOutcome);
        $each!(MitigationFamily);
        $each!(AdministrativeLevel);
        $each!(Sector);
        $each!(OrganisationKind);
        $each!(RaciRole);
        $each!(RiskTreatment);
        $each!(RiskStatus);
        $each!(MeasureStatus);
        $each!(ThreatFamily);
        $each!(ThreatKind);
    }};
}

/// The English catalogue file, as the domain's texts make it.
pub fn english_catalogue() -> String {
    let mut out = String::from(
        "# The catalogue's labels and descriptions. Written from the domain's catalogue:\n\
         # LIAISON_BLESS=1 cargo test -p liaison-locale rewrites this file; do not edit it here.\n",
    );
    macro_rules! write_list {
        ($t:ty) => {
            out.push_str(&format!(
                "\n## {name}\n{} = {name}\n",
                list_name_key(<$t>::LIST_NAME),
                name = <$t>::LIST_NAME
            ));
            for entry in <$t>::ALL {
                out.push_str(&format!(
                    "{} = {}\n    .description = {}\n",
                    key(*entry),
                    entry.label(),
                    entry.description()
                ));
            }
        };
    }
    every_list!(write_list);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use liaison_domain::catalogue::{Phase, ThreatKind};

    #[test]
    fn the_english_catalogue_is_the_domains() {
        crate::catalogue::assert_written_from_domain("catalogue", &english_catalogue());
    }

    #[test]
    fn labels_inside_sentences_are_the_domain_s_in_english() {
        for threat in ThreatKind::ALL {
            assert_eq!(
                Locale::En.label_in_sentence(*threat),
                threat.label_in_sentence()
            );
        }
        assert_eq!(Locale::Fr.label_in_sentence(Phase::Voting), "vote");
    }

    #[test]
    fn labels_come_in_the_language() {
        assert_eq!(Locale::En.label(Phase::Voting), "Voting");
        assert_eq!(key(ThreatKind::ALL[0]).split('-').next(), Some("threat"));
        for locale in Locale::ALL {
            for phase in Phase::ALL {
                assert!(locale.has(&key(*phase)), "{locale} lacks {}", key(*phase));
            }
        }
    }
}
