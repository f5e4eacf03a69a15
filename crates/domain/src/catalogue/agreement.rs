//! Formal and informal instruments that ground collaboration.

use super::catalogue_enum;

catalogue_enum! {
    /// A kind of agreement or instrument.
    pub enum AgreementKind: "agreement kind" {
        Law = "law", "Law", "An act of parliament.";
        Decree = "decree", "Decree or regulation",
            "A government decree, regulation, executive order or formal designation.";
        Mou = "mou", "Memorandum of understanding",
            "A memorandum of understanding or cooperation agreement between organisations.";
        Protocol = "protocol", "Protocol",
            "An operational protocol: who does what, when, and how information flows.";
        TermsOfReference = "terms_of_reference", "Terms of reference",
            "The terms of reference of a forum, task force or joint body.";
        Contract = "contract", "Contract", "A contract, such as with a vendor or a service provider.";
        Guideline = "guideline", "Guideline or standard",
            "Guidance, standards or policies adopted by one or more bodies.";
        Strategy = "strategy", "Strategy or plan", "A national or institutional strategy or plan.";
    }
}

impl AgreementKind {
    /// Instruments decided from above that bind their addressees: the vertical approach.
    pub fn is_binding(self) -> bool {
        matches!(self, AgreementKind::Law | AgreementKind::Decree)
    }

    /// Instruments the parties negotiate among themselves: the horizontal approach.
    pub fn is_negotiated(self) -> bool {
        matches!(
            self,
            AgreementKind::Mou | AgreementKind::Protocol | AgreementKind::TermsOfReference
        )
    }
}
