//! The seven focus areas of operational collaboration, in the publication's order.

use super::catalogue_enum;

catalogue_enum! {
    /// A focus area of operational collaboration.
    pub enum FocusArea: "focus area" {
        CommunicationDirectory = "communication_directory", "Organising interagency communication",
            "A directory of interlocutors and emergency contacts, agreed roles and leadership, and forums that keep channels in use.";
        JointRiskAssessment = "joint_risk_assessment", "Joint risk assessment and situational awareness",
            "Assessing cyber risks together, with situation reports, information exchange and monitoring.";
        PublicCommunication = "public_communication", "Coordinating public communication",
            "One consistent strategy and message towards voters, with fast channels to media and platforms.";
        PreventionResponse = "prevention_response", "Prevention and response mechanisms",
            "Support for prevention, contingency plans and protocols for when and to whom to escalate.";
        ExpertiseTools = "expertise_tools", "Expertise, tools and resources",
            "Training programmes, guidelines and other resources provided across agencies.";
        IndependentAssessment = "independent_assessment", "Independent assessments and certifications",
            "Another body independently assesses or certifies the EMB's security measures.";
        JointExercises = "joint_exercises", "Scenario-based joint exercises",
            "Tabletop or full-scale exercises that test the joint response.";
    }
}
