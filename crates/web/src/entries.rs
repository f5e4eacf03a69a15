//! Record bodies by kind: from text (YAML, or JSON, which is YAML too) to the checked,
//! canonical form the store keeps, and to JSON for the API.

use liaison_domain::access::RecordKind;
use liaison_interop::model_file::{
    ActivityEntry, AgreementEntry, AssetEntry, ContactEntry, ElectionEntry,
    EscalationProtocolEntry, ForumEntry, InvalidModel, JurisdictionEntry, OrganisationEntry,
    ResponsibilityEntry, entry_from_yaml, entry_to_yaml,
};
use liaison_store::MeetingEntry;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// A body checked against its kind.
#[derive(Debug)]
pub struct CheckedBody {
    /// As the store keeps it: the format's own YAML.
    pub yaml: String,
    pub json: serde_json::Value,
    /// The record's id, for kinds that have one.
    pub id: Option<String>,
    /// The organisation the record belongs to, if any.
    pub owner: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum BodyError {
    #[error("{}", .0.lines().join("\n"))]
    Invalid(InvalidModel),
    #[error("the record cannot be written: {0}")]
    Write(String),
}

fn checked<T: DeserializeOwned + Serialize>(
    kind: RecordKind,
    text: &str,
    id: impl Fn(&T) -> Option<String>,
    owner: impl Fn(&T) -> Option<String>,
) -> Result<CheckedBody, BodyError> {
    let entry: T = entry_from_yaml(kind.id(), text).map_err(BodyError::Invalid)?;
    Ok(CheckedBody {
        yaml: entry_to_yaml(&entry).map_err(|e| BodyError::Write(e.to_string()))?,
        json: serde_json::to_value(&entry).map_err(|e| BodyError::Write(e.to_string()))?,
        id: id(&entry),
        owner: owner(&entry),
    })
}

/// Checks a body of the given kind.
pub fn check(kind: RecordKind, text: &str) -> Result<CheckedBody, BodyError> {
    match kind {
        RecordKind::Organisation => checked(
            kind,
            text,
            |e: &OrganisationEntry| Some(e.id.value.clone()),
            |e| Some(e.id.value.clone()),
        ),
        RecordKind::Contact => checked(
            kind,
            text,
            |e: &ContactEntry| Some(e.id.value.clone()),
            |e| Some(e.organisation.value.clone()),
        ),
        RecordKind::Forum => checked(
            kind,
            text,
            |e: &ForumEntry| Some(e.id.value.clone()),
            |_| None,
        ),
        RecordKind::Agreement => checked(
            kind,
            text,
            |e: &AgreementEntry| Some(e.id.value.clone()),
            |_| None,
        ),
        RecordKind::Asset => checked(
            kind,
            text,
            |e: &AssetEntry| Some(e.id.value.clone()),
            |_| None,
        ),
        RecordKind::Activity => checked(
            kind,
            text,
            |e: &ActivityEntry| Some(e.id.value.clone()),
            |_| None,
        ),
        RecordKind::EscalationProtocol => checked(
            kind,
            text,
            |e: &EscalationProtocolEntry| Some(e.id.value.clone()),
            |_| None,
        ),
        RecordKind::Responsibility => checked(
            kind,
            text,
            |_: &ResponsibilityEntry| None,
            |e| Some(e.organisation.value.clone()),
        ),
        RecordKind::Meeting => checked(kind, text, |_: &MeetingEntry| None, |_| None),
        RecordKind::Jurisdiction => checked(
            kind,
            text,
            |_: &JurisdictionEntry| Some("jurisdiction".to_owned()),
            |_| None,
        ),
        RecordKind::Election => checked(
            kind,
            text,
            |_: &ElectionEntry| Some("election".to_owned()),
            |_| None,
        ),
    }
}
