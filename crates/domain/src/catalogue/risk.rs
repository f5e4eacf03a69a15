//! The vocabulary of the joint risk register and its measures.

use super::catalogue_enum;

catalogue_enum! {
    /// What is done about a risk.
    pub enum RiskTreatment: "risk treatment" {
        Reduce = "reduce", "Reduce", "Measures lower the likelihood or the impact.";
        Accept = "accept", "Accept", "Watched, with nothing more done; the owner answers for the decision.";
        Transfer = "transfer", "Transfer", "Another party carries it, such as a provider under contract.";
        Avoid = "avoid", "Avoid", "The activity or technology that carries it is given up.";
    }
}

catalogue_enum! {
    /// Where a risk stands in the register.
    pub enum RiskStatus: "risk status" {
        Open = "open", "Open", "Identified; the treatment is not in place yet.";
        Treated = "treated", "Treated", "The treatment is in place; the residual risk is what remains.";
        Accepted = "accepted", "Accepted", "Accepted by its owner at its current level.";
        Closed = "closed", "Closed", "No longer applies to this election.";
    }
}

catalogue_enum! {
    /// Where a mitigation measure stands.
    pub enum MeasureStatus: "measure status" {
        Planned = "planned", "Planned", "Agreed, not started.";
        InProgress = "in_progress", "In progress", "Being put in place.";
        Done = "done", "Done", "In place.";
        Dropped = "dropped", "Dropped", "Given up; the risk it addressed needs another answer.";
    }
}
