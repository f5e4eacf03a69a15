//! Families of mitigation measures listed by the publication.

use super::catalogue_enum;

catalogue_enum! {
    /// A family of mitigation measures.
    pub enum MitigationFamily: "mitigation family" {
        SecuringTechnology = "securing_technology", "Securing technology",
            "Review, audit and update; redundancy and backups; alternative channels; encryption; isolation; 24/7 monitoring.";
        QualityControl = "quality_control", "Quality control and audits",
            "Audits of procedures at several levels, redundancy in critical steps, and follow-through.";
        SupplyChainSecurity = "supply_chain_security", "Supply-chain security",
            "Scrutinising and carefully selecting trusted vendors and suppliers.";
        HumanResources = "human_resources", "Human resources",
            "Training and cyber hygiene, clear roles, the four-eyes principle, screening of key staff.";
        OnlineMonitoring = "online_monitoring", "Monitoring online conversation",
            "Watching social media, the dark web and hacktivist forums for leaks or attack planning.";
        CriminalLiability = "criminal_liability", "Criminal liability",
            "Making election malpractice an offence and prosecuting offenders.";
        ContinuousCollaboration = "continuous_collaboration", "Continuous collaboration",
            "Keeping in touch with many actors and setting up communication well before any crisis.";
    }
}
