//! What an organisation can do in a response. Threats name the capabilities they call for;
//! the analysis flags a threat whose responders have none of them.

use super::catalogue_enum;

catalogue_enum! {
    /// A capability an organisation brings to the collaboration.
    pub enum Capability: "capability" {
        TechnicalResponse = "technical_response", "Technical incident response",
            "Can contain, eradicate and recover from a technical attack on systems and networks.";
        Forensics = "forensics", "Digital forensics",
            "Can examine systems and evidence to establish what happened and who did it.";
        ThreatIntelligence = "threat_intelligence", "Threat intelligence",
            "Collects and shares intelligence on adversaries, their intent and their techniques.";
        DdosMitigation = "ddos_mitigation", "DDoS mitigation",
            "Can absorb or filter denial-of-service traffic (network operators, hosting, scrubbing services).";
        SecurityAssessment = "security_assessment", "Security assessment and certification",
            "Audits, tests and certifies systems and procedures.";
        CriminalInvestigation = "criminal_investigation", "Criminal investigation",
            "Investigates and prosecutes offences, including election offences and cybercrime.";
        PublicCommunication = "public_communication", "Public communication",
            "Speaks to voters and the media with authority and reach.";
        InformationMonitoring = "information_monitoring", "Media and social-media monitoring",
            "Watches media, social media and other sources for disinformation and signs of attack.";
        ContentModeration = "content_moderation", "Content moderation",
            "Can label, demote or remove content and accounts on a platform.";
        FactChecking = "fact_checking", "Fact-checking",
            "Verifies claims and publishes corrections.";
        DataProtection = "data_protection", "Data-protection supervision",
            "Supervises and enforces the protection of personal data such as voter registers.";
        MediaRegulation = "media_regulation", "Media regulation",
            "Regulates broadcasters and, where the law allows, online media during campaigns.";
        Adjudication = "adjudication", "Adjudication",
            "Rules on complaints and disputes.";
        TechnicalSupport = "technical_support", "Technical support",
            "Builds, operates or supports election technology.";
        GuidanceTraining = "guidance_training", "Guidance and training",
            "Trains staff and stakeholders and publishes guidance on cyber hygiene.";
        Oversight = "oversight", "Oversight",
            "Holds others to account: parliamentary or independent oversight.";
        Observation = "observation", "Observation",
            "Observes the process and reports on it independently.";
        InfrastructureContinuity = "infrastructure_continuity", "Infrastructure continuity",
            "Keeps power, telecommunications or hosting running when it matters.";
        ElectionAdministration = "election_administration", "Election administration",
            "Runs the electoral process itself.";
        PolicyFunding = "policy_funding", "Policy and funding",
            "Sets policy, drafts law and allocates budgets.";
    }
}
