//! Joint work that actually happens.

use super::{AgreementId, OrgId, PartialDate};
use crate::Knowable;
use crate::catalogue::{ActivityKind, ForumCadence};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Activity {
    pub key: String,
    pub title: String,
    pub kind: ActivityKind,
    /// Who leads or provides it (the trainer, the certifying body, the exercise organiser).
    pub lead: Option<Knowable<OrgId>>,
    pub participants: Knowable<Vec<OrgId>>,
    /// When it took place, or how often it recurs.
    pub when: Option<ActivityTiming>,
    /// The instrument it is based on, if any.
    pub basis: Option<AgreementId>,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityTiming {
    On(PartialDate),
    Recurring(ForumCadence),
}

impl Activity {
    /// Everyone involved: the lead and the participants, without repeats.
    pub fn involved(&self) -> Vec<OrgId> {
        let mut all: Vec<OrgId> = self.participants.items().to_vec();
        if let Some(Knowable::Known(lead)) = self.lead {
            all.push(lead);
        }
        all.sort_unstable();
        all.dedup();
        all
    }
}
