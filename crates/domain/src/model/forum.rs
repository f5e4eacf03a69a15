//! Forums: task forces, working groups and other bodies where agencies meet.

use super::{OrgId, PartialDate};
use crate::Knowable;
use crate::catalogue::{CatalogueSet, ForumCadence, ForumKind, Phase};
use serde::Serialize;
use time::Date;

/// Index of a forum in [`super::Model::forums`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct ForumId(pub u32);

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Forum {
    pub key: String,
    pub name: String,
    pub kind: ForumKind,
    pub members: Vec<OrgId>,
    /// Whether the member list is complete: some sources name only some members.
    pub members_complete: bool,
    /// `None`: nobody chairs it.
    pub chair: Option<Knowable<OrgId>>,
    /// Who set it up, when the source says: a government office setting up a forum is a
    /// decision from above, agencies setting it up themselves cooperate on their own initiative.
    pub set_up_by: Option<Knowable<OrgId>>,
    pub cadence: Knowable<ForumCadence>,
    /// The phases in which the forum is active.
    pub active_phases: CatalogueSet<Phase>,
    /// Meetings already scheduled or held.
    pub meetings: Vec<Date>,
    pub purpose: Option<String>,
    pub established: Option<PartialDate>,
}
