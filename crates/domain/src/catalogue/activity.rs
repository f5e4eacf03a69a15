//! Joint work that actually happens. The analysis infers focus areas and maturity from it.

use super::{FocusArea, catalogue_enum};

catalogue_enum! {
    /// A kind of joint activity.
    pub enum ActivityKind: "activity kind" {
        JointRiskAssessment = "joint_risk_assessment", "Joint risk assessment",
            "Several agencies assess cyber risks to the election together.";
        SituationReporting = "situation_reporting", "Situation reports",
            "Regular situation reports shared among agencies.";
        InformationSharing = "information_sharing", "Information sharing",
            "An arrangement to exchange threat information and indicators.";
        MediaMonitoring = "media_monitoring", "Media and social-media monitoring",
            "Coordinated monitoring of media, social media and other sources.";
        CoordinatedCommunication = "coordinated_communication", "Coordinated public communication",
            "A joint communication strategy, agreed messages or joint statements.";
        VoterInformation = "voter_information", "Voter information campaign",
            "Informing voters jointly, including with platforms and media.";
        RumourResponse = "rumour_response", "Rumour response",
            "Tracking rumours about the process and publishing corrections.";
        IncidentResponse = "incident_response", "Joint incident response",
            "Agencies responding together to an incident or on call for one.";
        ContingencyPlanning = "contingency_planning", "Contingency planning",
            "Joint contingency and continuity plans for the election.";
        TechnicalAssistance = "technical_assistance", "Technical assistance",
            "One agency provides equipment, hosting or protection to another.";
        ComplaintsHandling = "complaints_handling", "Complaints handling",
            "Fast, coordinated handling of complaints about the process.";
        Training = "training", "Training", "Training or awareness sessions given by one body to others.";
        Guidance = "guidance", "Guidance", "Guides, checklists or playbooks produced for others.";
        Secondment = "secondment", "Secondment", "Staff placed with another organisation.";
        SharedTool = "shared_tool", "Shared tool",
            "A tool or service one body provides for others' use.";
        Certification = "certification", "Certification",
            "An independent body certifies that systems meet requirements.";
        SecurityAudit = "security_audit", "Security audit",
            "An independent audit of systems or procedures.";
        SecurityTesting = "security_testing", "Security testing",
            "Penetration tests, code reviews or other independent testing.";
        TabletopExercise = "tabletop_exercise", "Tabletop exercise",
            "A discussion-based walk-through of a scenario.";
        SimulationExercise = "simulation_exercise", "Simulation exercise",
            "A full-scale, live simulation of an attack and the response.";
        InternationalExchange = "international_exchange", "International exchange",
            "Exchange of knowledge or information with other countries.";
        Observation = "observation", "Observation of the collaboration",
            "Observers assess the interagency collaboration and its safeguards.";
    }
}

impl ActivityKind {
    /// The focus area an activity of this kind is evidence of, if any.
    pub fn focus_area(self) -> Option<FocusArea> {
        use ActivityKind::*;
        Some(match self {
            JointRiskAssessment | SituationReporting | InformationSharing | MediaMonitoring => {
                FocusArea::JointRiskAssessment
            }
            CoordinatedCommunication | VoterInformation | RumourResponse => {
                FocusArea::PublicCommunication
            }
            IncidentResponse | ContingencyPlanning | TechnicalAssistance | ComplaintsHandling => {
                FocusArea::PreventionResponse
            }
            Training | Guidance | Secondment | SharedTool => FocusArea::ExpertiseTools,
            Certification | SecurityAudit | SecurityTesting => FocusArea::IndependentAssessment,
            TabletopExercise | SimulationExercise => FocusArea::JointExercises,
            InternationalExchange | Observation => return None,
        })
    }
}
