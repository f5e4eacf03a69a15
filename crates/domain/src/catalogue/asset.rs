//! Kinds of election technology and other assets an election depends on.

use super::{CatalogueEntry, CatalogueSet, Phase, catalogue_enum};

catalogue_enum! {
    /// A kind of technology or asset that threats act on. Paper-ballot countries have most of
    /// them too: registers, results processing and the EMB's website are digital everywhere.
    pub enum AssetKind: "asset kind" {
        VoterRegister = "voter_register", "Voter register",
            "The register of voters and any online service where voters check their registration.";
        BiometricId = "biometric_id", "Voter identification",
            "Biometric kits, electronic ID cards and other means of identifying voters.";
        CandidateRegistration = "candidate_registration", "Party and candidate registration",
            "Systems for registering parties, candidates and their nominations.";
        ElectionManagementSystem = "election_management_system", "Election management system",
            "Back-office systems for logistics, staffing of polling stations, minutes and decisions.";
        EPollbooks = "e_pollbooks", "Electronic pollbooks",
            "Electronic lists used at polling stations to check voters in.";
        VotingMachines = "voting_machines", "Voting machines",
            "Machines that record votes at polling stations (DRE, ballot-marking devices).";
        InternetVoting = "internet_voting", "Internet voting",
            "Remote electronic voting over the Internet.";
        CountingScanners = "counting_scanners", "Counting scanners",
            "Optical scanners and other equipment that count paper ballots.";
        ResultsTransmission = "results_transmission", "Results transmission and tabulation",
            "Systems that send results from polling stations upward and aggregate them.";
        ResultsWebsite = "results_website", "Results website",
            "The public website where preliminary and final results are published.";
        EmbWebsite = "emb_website", "EMB website and online services",
            "The EMB's public website and online services other than results.";
        EmailMessaging = "email_messaging", "E-mail and messaging",
            "Institutional and staff e-mail, messaging and collaboration tools.";
        OfficialSocialMedia = "official_social_media", "Official social-media accounts",
            "The EMB's and partner agencies' accounts on social-media platforms.";
        PartySystems = "party_systems", "Party and candidate systems",
            "Parties' and candidates' e-mail, campaign systems and the election data they receive.";
        BroaderInfrastructure = "broader_infrastructure", "Broader national infrastructure",
            "E-government services, the power grid and telecom links that elections run on.";
        VoterInformation = "voter_information", "Voter information and trust in the process",
            "Official information about when, where and how to vote, and the public's picture of \
             the process: what disinformation about the process attacks.";
    }
}

impl AssetKind {
    /// The phases in which an asset of this kind is usually in use; a model can say otherwise
    /// for each asset.
    pub fn typical_phases(self) -> CatalogueSet<Phase> {
        use AssetKind::*;
        use Phase::*;
        let phases: &[Phase] = match self {
            VoterRegister => &[VoterRegistration, Campaign, Voting, Disputes],
            BiometricId => &[VoterRegistration, Voting],
            CandidateRegistration => &[CandidateNomination, Disputes],
            EPollbooks => &[Voting],
            VotingMachines => &[Voting, Counting, AuditReview],
            InternetVoting => &[Voting, Counting],
            CountingScanners => &[Counting, AuditReview],
            ResultsTransmission => &[Counting, Tabulation],
            ResultsWebsite => &[Tabulation, ResultsPublication],
            VoterInformation => &[
                Training,
                VoterRegistration,
                Campaign,
                Voting,
                Counting,
                Tabulation,
                ResultsPublication,
                Disputes,
            ],
            ElectionManagementSystem
            | EmbWebsite
            | EmailMessaging
            | OfficialSocialMedia
            | PartySystems
            | BroaderInfrastructure => Phase::ALL,
        };
        phases.iter().copied().collect()
    }

    /// Whether the asset is a technical system (everything except the information environment).
    pub fn is_technology(self) -> bool {
        self != AssetKind::VoterInformation
    }

    /// Every technical asset kind.
    pub fn technology() -> CatalogueSet<AssetKind> {
        AssetKind::ALL
            .iter()
            .copied()
            .filter(|k| k.is_technology())
            .collect()
    }
}

catalogue_enum! {
    /// How much a system needs one of confidentiality, integrity or availability.
    pub enum SecurityNeed: "security need" {
        Low = "low", "Low", "A breach would be an inconvenience.";
        Moderate = "moderate", "Moderate",
            "A breach would disrupt work or harm trust locally, and could be put right.";
        High = "high", "High",
            "A breach would disrupt a phase of the election or harm trust in its result.";
    }
}
