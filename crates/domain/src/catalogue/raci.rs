//! RACI roles in the responsibility matrix.

use super::catalogue_enum;

catalogue_enum! {
    /// A role in the responsibility matrix.
    pub enum RaciRole: "RACI role" {
        Responsible = "responsible", "Responsible", "Does the work.";
        Accountable = "accountable", "Accountable",
            "Answers for the outcome; a cell should have exactly one accountable organisation.";
        Consulted = "consulted", "Consulted", "Is asked before acting.";
        Informed = "informed", "Informed", "Is told after acting.";
    }
}

impl RaciRole {
    /// Responsible and accountable organisations act; the others are kept in the loop.
    pub fn acts(self) -> bool {
        matches!(self, RaciRole::Responsible | RaciRole::Accountable)
    }
}
