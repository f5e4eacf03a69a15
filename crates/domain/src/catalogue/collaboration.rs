//! Facts about how a country organises collaboration: forums, administration, critical
//! infrastructure, and the ladder of collaboration levels.

use super::{FocusArea, catalogue_enum};

catalogue_enum! {
    /// A kind of interagency forum.
    pub enum ForumKind: "forum kind" {
        TaskForce = "task_force", "Task force", "A body set up for a defined task, often for one election.";
        WorkingGroup = "working_group", "Working group", "A group working on a topic, often among experts.";
        Network = "network", "Network", "A looser network of contact points.";
        Committee = "committee", "Committee", "A formal committee.";
        Council = "council", "Council", "A coordination council, often sector-wide.";
        Project = "project", "Joint project", "A dedicated joint project.";
        AdministrativeBody = "administrative_body", "Administrative body",
            "A permanent joint body with its own staff.";
    }
}

catalogue_enum! {
    /// How often a forum meets.
    pub enum ForumCadence: "cadence" {
        Daily = "daily", "Daily", "Meets every day.";
        Weekly = "weekly", "Weekly", "Meets every week.";
        Fortnightly = "fortnightly", "Every two weeks", "Meets every two weeks.";
        Monthly = "monthly", "Monthly", "Meets every month.";
        Bimonthly = "bimonthly", "Every two months", "Meets every two months.";
        Quarterly = "quarterly", "Quarterly", "Meets every three months.";
        Yearly = "yearly", "Yearly", "Meets once a year.";
        AdHoc = "ad_hoc", "Ad hoc", "Meets when someone calls a meeting.";
    }
}

impl ForumCadence {
    /// Days between meetings for a regular cadence.
    pub fn interval_days(self) -> Option<i64> {
        use ForumCadence::*;
        match self {
            Daily => Some(1),
            Weekly => Some(7),
            Fortnightly => Some(14),
            Monthly => Some(31),
            Bimonthly => Some(62),
            Quarterly => Some(92),
            Yearly => Some(366),
            AdHoc => None,
        }
    }
}

catalogue_enum! {
    /// How election administration is organised.
    pub enum Administration: "administration" {
        Centralized = "centralized", "Centralised",
            "One central EMB runs everything down to polling stations.";
        Decentralized = "decentralized", "Decentralised",
            "Independent regional or local bodies are in operational control.";
        Mixed = "mixed", "Mixed", "A central body shares the work with regional or local bodies.";
    }
}

catalogue_enum! {
    /// Whether elections are designated critical infrastructure.
    pub enum CriticalInfrastructureStatus: "critical-infrastructure status" {
        Designated = "designated", "Designated", "Elections are formally designated critical infrastructure.";
        TreatedAs = "treated_as", "Treated as such",
            "Not formally designated, but actors treat elections as critical infrastructure.";
        Considering = "considering", "Under consideration", "A designation is being considered.";
        NotDesignated = "not_designated", "Not designated", "Elections are not critical infrastructure.";
    }
}

catalogue_enum! {
    /// The ladder of interagency collaboration: each level adds one focus area to those below.
    pub enum CollaborationLevel: "collaboration level" {
        None = "none", "No collaboration shown",
            "The model shows no organised communication between agencies yet.";
        Communication = "communication", "Organised communication",
            "Agencies know whom to call and keep channels in use.";
        SharedAwareness = "shared_awareness", "Shared situational awareness",
            "Agencies assess risks together and share one picture.";
        CoordinatedMessaging = "coordinated_messaging", "Coordinated public communication",
            "Agencies speak to the public with one voice.";
        JointResponse = "joint_response", "Joint prevention and response",
            "Agencies prevent and respond together, with agreed escalation.";
        SharedExpertise = "shared_expertise", "Shared expertise and tools",
            "Agencies build each other's capacity.";
        IndependentAssurance = "independent_assurance", "Independent assurance",
            "Security measures are independently assessed or certified.";
        Exercised = "exercised", "Exercised collaboration",
            "The joint response is tested in scenario-based exercises.";
    }
}

impl CollaborationLevel {
    /// The focus area that must be shown to reach this level (none for the bottom rung).
    pub fn focus_area(self) -> Option<FocusArea> {
        use CollaborationLevel::*;
        Some(match self {
            None => return Option::None,
            Communication => FocusArea::CommunicationDirectory,
            SharedAwareness => FocusArea::JointRiskAssessment,
            CoordinatedMessaging => FocusArea::PublicCommunication,
            JointResponse => FocusArea::PreventionResponse,
            SharedExpertise => FocusArea::ExpertiseTools,
            IndependentAssurance => FocusArea::IndependentAssessment,
            Exercised => FocusArea::JointExercises,
        })
    }

    /// The level's number on the ladder, 0 to 7.
    pub fn rung(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::CatalogueEntry;

    #[test]
    fn the_ladder_follows_the_focus_areas_in_order() {
        for level in &CollaborationLevel::ALL[1..] {
            let area = level.focus_area().map(|a| a.index());
            assert_eq!(area, Some(level.rung() - 1));
        }
        assert_eq!(CollaborationLevel::ALL.len(), FocusArea::ALL.len() + 1);
    }
}
