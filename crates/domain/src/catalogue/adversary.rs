//! Who attacks elections and why.

use super::catalogue_enum;

catalogue_enum! {
    /// A kind of adversary.
    pub enum AdversaryKind: "adversary kind" {
        ForeignState = "foreign_state", "Foreign state",
            "A foreign state seeking to influence the election; seen by many as the main adversary.";
        DomesticPolitical = "domestic_political", "Domestic political actor",
            "A domestic party, campaign or political operative.";
        Hacktivist = "hacktivist", "Hacktivist",
            "Hackers pursuing a political or social agenda, including distrust of election technology.";
        Terrorist = "terrorist", "Terrorist", "Terrorists using cyber operations.";
        OrganisedCrime = "organised_crime", "Organised crime", "Organised crime trying to sway the election.";
        Cybercriminal = "cybercriminal", "Cybercriminal", "Criminals after money, such as ransomware gangs.";
        FameSeeker = "fame_seeker", "Fame seeker", "Individuals or groups showing off their skills.";
        Insider = "insider", "Insider", "Someone with legitimate access who misuses it.";
        CarelessResearcher = "careless_researcher", "Careless researcher",
            "White- or grey-hat hackers who publish carelessly, too late to fix, or overstate severity.";
    }
}
