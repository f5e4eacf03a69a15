//! Kinds of organisations that take part in election cybersecurity, and where they sit.

use super::{Capability, CatalogueSet, catalogue_enum};

catalogue_enum! {
    /// The level of government or administration an organisation works at.
    pub enum AdministrativeLevel: "administrative level" {
        National = "national", "National", "Works for the whole country.";
        Regional = "regional", "Regional", "Works for a region, province, state or district.";
        Local = "local", "Local", "Works for a municipality, county or constituency.";
        International = "international", "International", "Works across countries.";
    }
}

catalogue_enum! {
    /// Whether an organisation is part of the state.
    pub enum Sector: "sector" {
        State = "state", "State", "Part of the state: a public authority.";
        NonState = "non_state", "Non-state",
            "Outside the state: companies, parties, academia, civil society, media.";
    }
}

catalogue_enum! {
    /// A kind of organisation.
    pub enum OrganisationKind: "organisation kind" {
        Emb = "emb", "Electoral management body",
            "The institution legally responsible for running elections (central commission, electoral board or office).";
        ElectionOffice = "election_office", "Subordinate election office",
            "A regional or local election office or commission under, or beside, the central EMB.";
        Cert = "cert", "CERT / CSIRT",
            "A computer emergency or security incident response team.";
        CybersecurityAgency = "cybersecurity_agency", "Cybersecurity agency",
            "A national cybersecurity centre or information-security authority.";
        Intelligence = "intelligence", "Security or intelligence service",
            "A domestic security service or a foreign or signals intelligence agency.";
        Police = "police", "Police",
            "Police, including cybercrime and criminal investigation units.";
        Military = "military", "Military",
            "Defence ministry, armed forces or their cyber command.";
        DataProtection = "data_protection", "Data-protection authority",
            "The authority supervising the protection of personal data.";
        MediaRegulator = "media_regulator", "Media regulator",
            "The regulator of broadcasting and, in places, online media.";
        Ministry = "ministry", "Ministry or government office",
            "A ministry or government office holding election policy, funding or a related mandate.";
        Parliament = "parliament", "Parliament",
            "The legislature or one of its committees or offices.";
        Judiciary = "judiciary", "Court",
            "A court that rules on election disputes or offences.";
        OtherState = "other_state", "Other public body",
            "Any other public authority, such as a registry, an audit office or a state IT centre.";
        Vendor = "vendor", "Technology vendor",
            "A company that builds, supplies or supports election technology or security services.";
        Telecom = "telecom", "Telecom or Internet provider",
            "A telecommunications operator or Internet service provider.";
        Utility = "utility", "Utility", "A power or other utility provider.";
        Platform = "platform", "Social-media or Internet platform",
            "A social-media, search or messaging platform.";
        Media = "media", "Media", "A newspaper, broadcaster or news agency.";
        Party = "party", "Political party or candidate",
            "A political party, candidate or campaign.";
        Academia = "academia", "Academia",
            "A university, research institute or independent technical review body.";
        CivilSociety = "civil_society", "Civil society",
            "A non-governmental organisation, fact-checker or volunteer group.";
        Observer = "observer", "Election observers",
            "A domestic or international election observation mission or organisation.";
        International = "international", "International organisation or partner",
            "An international organisation or another country's agency.";
    }
}

impl OrganisationKind {
    pub fn default_sector(self) -> Sector {
        use OrganisationKind::*;
        match self {
            Emb | ElectionOffice | Cert | CybersecurityAgency | Intelligence | Police
            | Military | DataProtection | MediaRegulator | Ministry | Parliament | Judiciary
            | OtherState => Sector::State,
            Vendor | Telecom | Utility | Platform | Media | Party | Academia | CivilSociety
            | Observer | International => Sector::NonState,
        }
    }

    /// Security, intelligence and military bodies: the publication asks that their involvement in
    /// elections be bounded by an agreement and explained in public.
    pub fn is_security_sector(self) -> bool {
        matches!(
            self,
            OrganisationKind::Intelligence | OrganisationKind::Military
        )
    }

    /// Election administration itself.
    pub fn is_election_administration(self) -> bool {
        matches!(
            self,
            OrganisationKind::Emb | OrganisationKind::ElectionOffice
        )
    }

    /// Whether the body's actual and perceived independence matters by default.
    pub fn independence_sensitive_by_default(self) -> bool {
        matches!(
            self,
            OrganisationKind::Emb
                | OrganisationKind::ElectionOffice
                | OrganisationKind::Judiciary
                | OrganisationKind::Observer
        )
    }

    /// What an organisation of this kind can usually do, when the model does not say.
    pub fn default_capabilities(self) -> CatalogueSet<Capability> {
        use Capability::{
            Adjudication, ContentModeration, CriminalInvestigation, DdosMitigation,
            ElectionAdministration, FactChecking, Forensics, GuidanceTraining,
            InformationMonitoring, InfrastructureContinuity, MediaRegulation, Observation,
            Oversight, PolicyFunding, PublicCommunication, SecurityAssessment, TechnicalResponse,
            TechnicalSupport, ThreatIntelligence,
        };
        use OrganisationKind::*;
        let list: &[Capability] = match self {
            Emb => &[
                ElectionAdministration,
                PublicCommunication,
                GuidanceTraining,
            ],
            ElectionOffice => &[ElectionAdministration],
            Cert => &[
                TechnicalResponse,
                Forensics,
                ThreatIntelligence,
                GuidanceTraining,
            ],
            CybersecurityAgency => &[
                TechnicalResponse,
                SecurityAssessment,
                ThreatIntelligence,
                GuidanceTraining,
            ],
            Intelligence => &[ThreatIntelligence, TechnicalResponse],
            Police => &[CriminalInvestigation, Forensics],
            Military => &[
                TechnicalResponse,
                ThreatIntelligence,
                InfrastructureContinuity,
            ],
            OrganisationKind::DataProtection => &[Capability::DataProtection, GuidanceTraining],
            MediaRegulator => &[MediaRegulation, InformationMonitoring],
            Ministry => &[PolicyFunding, PublicCommunication],
            Parliament => &[Oversight, PolicyFunding],
            Judiciary => &[Adjudication],
            OtherState => &[],
            Vendor => &[TechnicalSupport],
            Telecom => &[DdosMitigation, InfrastructureContinuity],
            Utility => &[InfrastructureContinuity],
            Platform => &[ContentModeration, InformationMonitoring],
            Media => &[PublicCommunication],
            Party => &[],
            Academia => &[SecurityAssessment, GuidanceTraining],
            CivilSociety => &[FactChecking, InformationMonitoring],
            Observer => &[Observation],
            International => &[GuidanceTraining, ThreatIntelligence],
        };
        list.iter().copied().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::CatalogueEntry;

    #[test]
    fn security_sector_bodies_are_state_bodies() {
        for kind in OrganisationKind::ALL {
            if kind.is_security_sector() {
                assert_eq!(kind.default_sector(), Sector::State);
            }
        }
    }
}
