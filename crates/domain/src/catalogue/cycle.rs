//! The electoral cycle: periods and the phases within them.

use super::{CatalogueEntry, CatalogueSet, catalogue_enum};

catalogue_enum! {
    /// The three periods of the electoral cycle.
    pub enum Period: "period of the electoral cycle" {
        PreElectoral = "pre_electoral", "Pre-electoral period",
            "From the legal framework and planning to the campaign; also the long stretch between elections.";
        Electoral = "electoral", "Electoral period",
            "Voting, counting, and the transmission, tabulation and publication of results.";
        PostElectoral = "post_electoral", "Post-electoral period",
            "Disputes, audit and review, and archiving, feeding the next cycle.";
    }
}

catalogue_enum! {
    /// A phase of the electoral cycle.
    pub enum Phase: "phase" {
        LegalFramework = "legal_framework", "Legal framework",
            "Drafting and amending election law and regulation; a phase that runs between elections.";
        Planning = "planning", "Planning and budgeting",
            "Operational planning, budgeting, procurement of election technology.";
        Training = "training", "Training and voter education",
            "Training of election staff and information for voters.";
        VoterRegistration = "voter_registration", "Voter registration",
            "Registering voters and keeping the register, including online checks by voters.";
        CandidateNomination = "candidate_nomination", "Nomination of parties and candidates",
            "Registration of parties, candidates and their documents.";
        Campaign = "campaign", "Campaign",
            "The campaign period, when disinformation about the process peaks.";
        Voting = "voting", "Voting",
            "Polling day (and early, postal or internet voting).";
        Counting = "counting", "Counting",
            "Counting of votes at polling stations and counting centres.";
        Tabulation = "tabulation", "Results transmission and tabulation",
            "Transmission of results from polling stations upward and their aggregation.";
        ResultsPublication = "results_publication", "Results publication",
            "Announcement and publication of preliminary and final results.";
        Disputes = "disputes", "Complaints and disputes",
            "Complaints, appeals and their adjudication.";
        AuditReview = "audit_review", "Audit and review",
            "Post-election audits, evaluations and lessons learned.";
        Archiving = "archiving", "Archiving",
            "Archiving of records and decommissioning or storing election systems.";
    }
}

impl Phase {
    pub fn period(self) -> Period {
        use Phase::*;
        match self {
            LegalFramework | Planning | Training | VoterRegistration | CandidateNomination
            | Campaign => Period::PreElectoral,
            Voting | Counting | Tabulation | ResultsPublication => Period::Electoral,
            Disputes | AuditReview | Archiving => Period::PostElectoral,
        }
    }

    /// The election period as the analysis uses it: the campaign through the publication of
    /// results, the window in which a forum must be able to meet.
    pub fn election_period() -> CatalogueSet<Phase> {
        [
            Phase::Campaign,
            Phase::Voting,
            Phase::Counting,
            Phase::Tabulation,
            Phase::ResultsPublication,
        ]
        .into_iter()
        .collect()
    }

    /// The phases that run between elections; work in them shows a long-term commitment.
    pub fn inter_electoral() -> CatalogueSet<Phase> {
        [
            Phase::LegalFramework,
            Phase::Planning,
            Phase::AuditReview,
            Phase::Archiving,
        ]
        .into_iter()
        .collect()
    }

    pub fn in_period(period: Period) -> CatalogueSet<Phase> {
        Phase::ALL
            .iter()
            .copied()
            .filter(|p| p.period() == period)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_period_has_phases_and_the_election_period_is_contiguous() {
        for period in Period::ALL {
            assert!(!Phase::in_period(*period).is_empty());
        }
        let indices: Vec<usize> = Phase::election_period().iter().map(|p| p.index()).collect();
        assert!(indices.windows(2).all(|w| w[1] == w[0] + 1));
    }
}
