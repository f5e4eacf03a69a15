//! The model-file format: what a person writes in YAML. The JSON Schema is generated from
//! these types, so an editor completes and checks exactly what the reader accepts.
//!
//! Conventions: a key left out takes the default given in its description; the word
//! `unknown` says the fact was not recorded, which the analysis treats differently from a fact
//! that is known to be absent.

use super::values::{AllOr, Approximate, Day, Entry, Located, OrUnknown};
use liaison_domain::catalogue::{
    ActivityKind, Administration, AdministrativeLevel, AgreementKind, AssetKind, Availability,
    Capability, ChannelKind, ContactKind, CriticalInfrastructureStatus, ForumCadence, ForumKind,
    IncidentSeverity, OrganisationKind, Phase, RaciRole, Sector, SecurityNeed, ThreatKind,
};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A reference to another object of the model, by its id.
pub type Ref = Located<String>;

/// A section of the model: a list, or `unknown` when the section was not recorded.
pub type Section<T> = OrUnknown<Vec<T>>;

/// A Liaison collaboration model. A model is one file, or a directory whose YAML files each
/// hold some of these sections; lists from several files are joined.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Liaison collaboration model")]
pub struct ModelFile {
    /// The country or union the model describes. Exactly one file of a model has it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<JurisdictionEntry>,
    /// Agencies and non-state bodies that take part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisations: Option<Vec<OrganisationEntry>>,
    /// The directory of interlocutors and emergency contacts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contacts: Option<Section<ContactEntry>>,
    /// Task forces, working groups and other forums.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forums: Option<Section<ForumEntry>>,
    /// Laws, decrees, MoUs, protocols and terms of reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreements: Option<Section<AgreementEntry>>,
    /// The technology and asset register.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assets: Option<Section<AssetEntry>>,
    /// The responsibility matrix, as rows of RACI roles over threats, phases and asset kinds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsibilities: Option<Section<ResponsibilityEntry>>,
    /// Joint work that actually happens: exercises, assessments, trainings, monitoring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activities: Option<Section<ActivityEntry>>,
    /// Who must be reached how fast when an incident of a kind happens, and what happens when
    /// nobody answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escalation_protocols: Option<Section<EscalationProtocolEntry>>,
    /// The election the model is prepared for, with its calendar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub election: Option<ElectionEntry>,
}

impl ModelFile {
    /// The top-level keys, in the order files are written.
    pub const SECTIONS: &'static [&'static str] = &[
        "jurisdiction",
        "organisations",
        "contacts",
        "forums",
        "agreements",
        "assets",
        "responsibilities",
        "activities",
        "escalation_protocols",
        "election",
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JurisdictionEntry {
    pub name: String,
    /// ISO 3166 code or another short code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// How election administration is organised. Default: unknown.
    #[serde(default, skip_serializing_if = "is_unknown")]
    pub administration: OrUnknown<Entry<Administration>>,
    /// Whether elections are designated critical infrastructure. Default: unknown.
    #[serde(default, skip_serializing_if = "is_unknown")]
    pub critical_infrastructure: OrUnknown<Entry<CriticalInfrastructureStatus>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OrganisationEntry {
    /// A stable id, unique among organisations: letters, digits, '_', '-' and '.'.
    pub id: Ref,
    pub name: String,
    /// A short name or acronym.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    pub kind: Entry<OrganisationKind>,
    /// Default: unknown.
    #[serde(default, skip_serializing_if = "is_unknown")]
    pub level: OrUnknown<Entry<AdministrativeLevel>>,
    /// The organisation this one belongs to or reports to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Ref>,
    /// Default: from the kind (state for public bodies, non_state otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<Entry<Sector>>,
    /// Whether actual and perceived independence matters, as for an EMB. Default: from the kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub independence_sensitive: Option<OrUnknown<bool>>,
    /// What it can do in a response. Default: what organisations of its kind usually can.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<OrUnknown<Vec<Entry<Capability>>>>,
    /// Its mandate in a sentence or two.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mandate: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactEntry {
    pub id: Ref,
    pub organisation: Ref,
    /// A person's name, or a function's title such as "Duty officer".
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub kind: Entry<ContactKind>,
    /// When it answers. Default: unknown.
    #[serde(default, skip_serializing_if = "is_unknown")]
    pub availability: OrUnknown<Entry<Availability>>,
    /// An emergency contact rather than one for routine business. Default: false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub emergency: bool,
    /// At least one way to reach the contact.
    #[schemars(length(min = 1))]
    pub channels: Vec<ChannelEntry>,
    /// When someone last checked that the contact works. Leave out if it never was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_verified: Option<OrUnknown<Day>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChannelEntry {
    pub kind: Entry<ChannelKind>,
    /// The number, address or place.
    pub value: String,
    /// Still works when e-mail, messaging and the public Internet are down. Default: true for
    /// landline, secure_line, satellite_phone, radio and in_person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub out_of_band: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ForumEntry {
    pub id: Ref,
    pub name: String,
    pub kind: Entry<ForumKind>,
    pub members: Vec<Ref>,
    /// Whether `members` names every member. Default: true.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub members_complete: bool,
    /// Who chairs it; leave out if nobody does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chair: Option<Located<OrUnknown<String>>>,
    /// Who set it up (a government office, a ministry, one of the members); leave out if the
    /// source does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_up_by: Option<Located<OrUnknown<String>>>,
    /// How often it meets. Default: unknown.
    #[serde(default, skip_serializing_if = "is_unknown")]
    pub cadence: OrUnknown<Entry<ForumCadence>>,
    /// The phases in which it is active. Default: all.
    #[serde(default, skip_serializing_if = "is_all")]
    pub active_phases: AllOr<Entry<Phase>>,
    /// Meetings held or scheduled.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<Day>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub established: Option<Approximate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgreementEntry {
    pub id: Ref,
    pub title: String,
    pub kind: Entry<AgreementKind>,
    /// The organisations bound by it or signing it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<Ref>,
    /// The threats it covers. Default: all.
    #[serde(default = "all_threats", skip_serializing_if = "is_known_all")]
    pub threats: OrUnknown<AllOr<Entry<ThreatKind>>>,
    /// The phases it covers. Default: all.
    #[serde(default = "all_phases", skip_serializing_if = "is_known_all")]
    pub phases: OrUnknown<AllOr<Entry<Phase>>>,
    /// Where a party's involvement starts and stops.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub boundaries: Vec<BoundaryEntry>,
    /// Whether the text is public.
    pub public: OrUnknown<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted: Option<OrUnknown<Approximate>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<OrUnknown<Day>>,
    /// Leave out when open-ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<OrUnknown<Day>>,
    /// Forums this agreement sets up.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub establishes: Vec<Ref>,
    /// Whether it designates elections as critical infrastructure. Default: false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub designates_critical_infrastructure: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BoundaryEntry {
    /// The party whose involvement is bounded.
    pub party: Ref,
    /// What it may and may not do, in words.
    pub scope: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AssetEntry {
    pub id: Ref,
    pub name: String,
    pub kind: Entry<AssetKind>,
    /// Who runs it.
    pub operator: Located<OrUnknown<String>>,
    /// Who supplies it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vendor: Option<Ref>,
    /// The further suppliers it depends on (hosting, components, support) and their
    /// certifications.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supply_chain: Vec<SupplyLinkEntry>,
    /// The phases in which it is in use. Default: the usual phases of its kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phases: Option<AllOr<Entry<Phase>>>,
    /// Reachable from the Internet. Left out: not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internet_facing: Option<bool>,
    /// How much it needs confidentiality: low, moderate or high. Left out: not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidentiality: Option<Entry<SecurityNeed>>,
    /// How much it needs integrity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrity: Option<Entry<SecurityNeed>>,
    /// How much it needs availability.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability: Option<Entry<SecurityNeed>>,
    /// Certifications of the system itself, such as "ISO/IEC 27001".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub certifications: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// One supplier in a system's supply chain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SupplyLinkEntry {
    /// The supplying organisation.
    pub supplier: Ref,
    /// What it supplies, such as "hosting".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provides: Option<String>,
    /// Certifications the supplier holds for it, such as "ISO/IEC 27001".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub certifications: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ResponsibilityEntry {
    pub organisation: Ref,
    pub role: Entry<RaciRole>,
    pub threats: AllOr<Entry<ThreatKind>>,
    pub phases: AllOr<Entry<Phase>>,
    /// Asset kinds.
    pub assets: AllOr<Entry<AssetKind>>,
    /// Only for assets operated by this organisation or its sub-units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within: Option<Ref>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActivityEntry {
    pub id: Ref,
    pub title: String,
    pub kind: Entry<ActivityKind>,
    /// Who leads or provides it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<Located<OrUnknown<String>>>,
    /// Who takes part. Default: unknown.
    #[serde(default, skip_serializing_if = "is_unknown")]
    pub participants: OrUnknown<Vec<Ref>>,
    /// When it took place (give `date` or `cadence`, not both).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Approximate>,
    /// How often it recurs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadence: Option<Entry<ForumCadence>>,
    /// The agreement it is based on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Ref>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// An escalation protocol: for incidents of a severity (and kinds and phases), the
/// organisations to reach and how fast.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EscalationProtocolEntry {
    pub id: Ref,
    pub name: String,
    /// Applies to incidents of this severity or worse.
    pub severity_at_least: Entry<IncidentSeverity>,
    /// Threat kinds it applies to. Default: all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threats: Option<AllOr<Entry<ThreatKind>>>,
    /// Phases during which it applies. Default: all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phases: Option<AllOr<Entry<Phase>>>,
    /// The organisations to reach, in order.
    pub notify: Vec<EscalationTargetEntry>,
    /// Minutes a contact has to acknowledge before the next contact of the same organisation
    /// is alerted. Default: 10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledge_within_minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EscalationTargetEntry {
    pub organisation: Ref,
    /// Minutes from the report by which someone of the organisation must have acknowledged.
    pub within_minutes: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ElectionEntry {
    pub name: String,
    /// Dates of the phases, by phase id: a range, a single day, or `unknown`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(schema_with = "phase_map_schema")]
    pub phases: BTreeMap<Entry<Phase>, OrUnknown<PhaseDates>>,
}

/// A single day, or a range with both ends included.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum PhaseDates {
    Day(Day),
    Range(DateRangeEntry),
}

impl<'de> Deserialize<'de> for PhaseDates {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct DayOrRange;
        impl<'de> serde::de::Visitor<'de> for DayOrRange {
            type Value = PhaseDates;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(
                    "a date (YYYY-MM-DD) or a range written {from: YYYY-MM-DD, to: YYYY-MM-DD}",
                )
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<PhaseDates, E> {
                Day::deserialize(serde::de::value::StrDeserializer::<E>::new(v))
                    .map(PhaseDates::Day)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<PhaseDates, A::Error> {
                DateRangeEntry::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(PhaseDates::Range)
            }
        }
        d.deserialize_any(DayOrRange)
    }
}

fn phase_map_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    use liaison_domain::catalogue::CatalogueEntry;
    let dates = generator.subschema_for::<OrUnknown<PhaseDates>>();
    let properties: serde_json::Map<String, serde_json::Value> = Phase::ALL
        .iter()
        .map(|p| {
            let mut schema = dates.clone().to_value();
            if let Some(obj) = schema.as_object_mut() {
                obj.insert("description".into(), p.description().into());
            }
            (p.id().to_owned(), schema)
        })
        .collect();
    schemars::json_schema!({
        "type": "object",
        "properties": properties,
        "additionalProperties": false,
    })
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DateRangeEntry {
    pub from: Located<Day>,
    pub to: Day,
}

fn is_unknown<T>(v: &OrUnknown<T>) -> bool {
    matches!(v, OrUnknown::Unknown)
}
fn is_all<T>(v: &AllOr<T>) -> bool {
    matches!(v, AllOr::All)
}
fn all_threats() -> OrUnknown<AllOr<Entry<ThreatKind>>> {
    OrUnknown::Known(AllOr::All)
}
fn all_phases() -> OrUnknown<AllOr<Entry<Phase>>> {
    OrUnknown::Known(AllOr::All)
}
fn is_known_all<T>(v: &OrUnknown<AllOr<T>>) -> bool {
    matches!(v, OrUnknown::Known(AllOr::All))
}
fn yes() -> bool {
    true
}
fn is_true(v: &bool) -> bool {
    *v
}
fn is_false(v: &bool) -> bool {
    !*v
}
