//! Threats to elections in the two families of the publication: attacks on election
//! technology, and disinformation that creates the belief that weaknesses exist.

use super::{AssetKind, Capability, CatalogueSet, catalogue_enum};
use serde::Serialize;

catalogue_enum! {
    /// The two families of threats.
    pub enum ThreatFamily: "threat family" {
        TechnologyAttack = "technology_attack", "Attacks on election technology",
            "Threats that exploit real technical weaknesses of election-related technology.";
        ProcessDisinformation = "process_disinformation", "Disinformation about the process",
            "Threats that create the belief that weaknesses exist, aimed at the perceived integrity of the process.";
    }
}

catalogue_enum! {
    /// A kind of threat.
    pub enum ThreatKind: "threat kind" {
        Ddos = "ddos", "Denial of service (DoS/DDoS)",
            "Flooding a site or a channel until it slows or stops; the harm is unavailability at the worst moment.";
        Defacement = "defacement", "Defacement and content manipulation",
            "Changing how a public site looks, or subtly what it says, such as altered results or misleading voter information.";
        Malware = "malware", "Malware",
            "Malicious software that makes essential systems and data unavailable or untrustworthy.";
        Ransomware = "ransomware", "Ransomware",
            "Malware that encrypts or locks systems and data for extortion, often criminal rather than political.";
        Apt = "apt", "Advanced persistent threat",
            "Well-resourced, multi-phase campaigns against internal systems, often by a nation state, up to air-gapped systems.";
        SocialEngineering = "social_engineering", "Social engineering and phishing",
            "Exploiting people to obtain credentials or lure them to compromised sites: phishing, spear phishing, pretexting.";
        Insider = "insider", "Insider attack",
            "Deliberate misuse of access by people who hold it: staff, contractors, polling-station workers.";
        SupplyChain = "supply_chain", "Supply-chain compromise",
            "Technology that arrives with malware or flaws, deliberate or not, through vendors and their suppliers.";
        HackAndLeak = "hack_and_leak", "Hack-and-leak",
            "Stealing confidential data of the EMB, parties or candidates and leaking it, often altered, in an influence operation.";
        DisinformationTurnout = "disinformation_turnout", "Disinformation aimed at turnout",
            "False claims that keep voters away: polling stations closed or moved, the vote postponed, voting by phone allowed.";
        DisinformationTrust = "disinformation_trust", "Disinformation undermining trust",
            "Rumours of manipulation or malfeasance aimed at trust in the process, the EMB or its technology.";
        FalseHackingClaim = "false_hacking_claim", "False claims of hacking",
            "Unfounded claims that election technology is hackable or hacked, or minor weaknesses inflated.";
    }
}

/// A technique in a public knowledge base that a threat kind maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TechniqueRef {
    pub framework: TechniqueFramework,
    pub id: &'static str,
    pub name: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TechniqueFramework {
    /// MITRE ATT&CK Enterprise.
    Attack,
    /// The DISARM framework for disinformation (red framework).
    Disarm,
}

const fn attack(id: &'static str, name: &'static str) -> TechniqueRef {
    TechniqueRef {
        framework: TechniqueFramework::Attack,
        id,
        name,
    }
}

const fn disarm(id: &'static str, name: &'static str) -> TechniqueRef {
    TechniqueRef {
        framework: TechniqueFramework::Disarm,
        id,
        name,
    }
}

impl ThreatKind {
    pub fn family(self) -> ThreatFamily {
        use ThreatKind::*;
        match self {
            DisinformationTurnout | DisinformationTrust | FalseHackingClaim => {
                ThreatFamily::ProcessDisinformation
            }
            _ => ThreatFamily::TechnologyAttack,
        }
    }

    /// Hack-and-leak is hybrid: a technical attack that serves an influence operation.
    pub fn is_hybrid(self) -> bool {
        self == ThreatKind::HackAndLeak
    }

    /// ATT&CK or DISARM techniques where one fits.
    pub fn techniques(self) -> &'static [TechniqueRef] {
        use ThreatKind::*;
        match self {
            Ddos => {
                const {
                    &[
                        attack("T1498", "Network Denial of Service"),
                        attack("T1499", "Endpoint Denial of Service"),
                    ]
                }
            }
            Defacement => {
                const {
                    &[
                        attack("T1491.002", "Defacement: External Defacement"),
                        attack("T1565.001", "Data Manipulation: Stored Data Manipulation"),
                    ]
                }
            }
            Malware => {
                const {
                    &[
                        attack("T1204", "User Execution"),
                        attack("T1091", "Replication Through Removable Media"),
                    ]
                }
            }
            Ransomware => {
                const {
                    &[
                        attack("T1486", "Data Encrypted for Impact"),
                        attack("T1490", "Inhibit System Recovery"),
                    ]
                }
            }
            Apt => {
                const {
                    &[
                        attack("T1190", "Exploit Public-Facing Application"),
                        attack("T1078", "Valid Accounts"),
                        attack("T1091", "Replication Through Removable Media"),
                    ]
                }
            }
            SocialEngineering => {
                const {
                    &[
                        attack("T1566", "Phishing"),
                        attack("T1598", "Phishing for Information"),
                    ]
                }
            }
            Insider => {
                const {
                    &[
                        attack("T1078", "Valid Accounts"),
                        attack("T1565", "Data Manipulation"),
                    ]
                }
            }
            SupplyChain => {
                const {
                    &[
                        attack("T1195", "Supply Chain Compromise"),
                        attack("T1195.002", "Compromise Software Supply Chain"),
                    ]
                }
            }
            HackAndLeak => {
                const {
                    &[
                        attack("T1114", "Email Collection"),
                        attack("T1567", "Exfiltration Over Web Service"),
                        disarm("T0089", "Obtain Private Documents"),
                    ]
                }
            }
            DisinformationTurnout => {
                const {
                    &[
                        disarm("T0099", "Prepare Assets Impersonating Legitimate Entities"),
                        disarm("T0078", "Dismay"),
                    ]
                }
            }
            DisinformationTrust => {
                const {
                    &[
                        disarm("T0022", "Leverage Conspiracy Theory Narratives"),
                        disarm("T0023", "Distort facts"),
                    ]
                }
            }
            FalseHackingClaim => {
                const {
                    &[
                        disarm("T0023", "Distort facts"),
                        disarm("T0044", "Seed distortions"),
                        disarm("T0040", "Demand insurmountable proof"),
                    ]
                }
            }
        }
    }

    /// The asset kinds this threat can act on; the cells of the responsibility matrix.
    pub fn targets(self) -> CatalogueSet<AssetKind> {
        use AssetKind::*;
        use ThreatKind::*;
        let technology = AssetKind::technology();
        let list: &[AssetKind] = match self {
            Ddos => &[
                VoterRegister,
                CandidateRegistration,
                InternetVoting,
                ResultsTransmission,
                ResultsWebsite,
                EmbWebsite,
                EmailMessaging,
                PartySystems,
                BroaderInfrastructure,
            ],
            Defacement => &[
                ResultsWebsite,
                EmbWebsite,
                OfficialSocialMedia,
                InternetVoting,
                PartySystems,
            ],
            Ransomware => {
                let mut set = technology;
                set = set.difference([OfficialSocialMedia].into_iter().collect());
                return set;
            }
            Malware | Apt | SocialEngineering | Insider | FalseHackingClaim => return technology,
            SupplyChain => &[
                VoterRegister,
                BiometricId,
                CandidateRegistration,
                ElectionManagementSystem,
                EPollbooks,
                VotingMachines,
                InternetVoting,
                CountingScanners,
                ResultsTransmission,
                ResultsWebsite,
                EmbWebsite,
                BroaderInfrastructure,
            ],
            HackAndLeak => &[
                VoterRegister,
                CandidateRegistration,
                ElectionManagementSystem,
                EmailMessaging,
                PartySystems,
            ],
            DisinformationTurnout => &[VoterInformation, EmbWebsite, OfficialSocialMedia],
            DisinformationTrust => return CatalogueSet::all(),
        };
        list.iter().copied().collect()
    }

    /// What the organisations answering this threat must be able to do between them: every
    /// group must be met by at least one responsible or accountable organisation, any member of
    /// a group will do.
    pub fn required_capabilities(self) -> &'static [&'static [Capability]] {
        use Capability::*;
        use ThreatKind::*;
        match self {
            Ddos => &[&[DdosMitigation, TechnicalResponse]],
            Defacement | Malware | Ransomware | Apt => &[&[TechnicalResponse]],
            SocialEngineering => &[&[TechnicalResponse, GuidanceTraining]],
            Insider => &[&[CriminalInvestigation, Forensics]],
            SupplyChain => &[&[SecurityAssessment, TechnicalResponse]],
            HackAndLeak => &[&[TechnicalResponse], &[PublicCommunication]],
            DisinformationTurnout | DisinformationTrust => &[&[PublicCommunication]],
            FalseHackingClaim => &[
                &[PublicCommunication],
                &[TechnicalResponse, SecurityAssessment],
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::CatalogueEntry;

    #[test]
    fn every_threat_has_targets_capabilities_and_a_technique() {
        for threat in ThreatKind::ALL {
            assert!(!threat.targets().is_empty(), "{threat}");
            assert!(!threat.required_capabilities().is_empty(), "{threat}");
            assert!(!threat.techniques().is_empty(), "{threat}");
        }
    }

    #[test]
    fn disinformation_threats_use_disarm_and_attacks_use_attack() {
        for threat in ThreatKind::ALL {
            let frameworks: Vec<_> = threat.techniques().iter().map(|t| t.framework).collect();
            match threat.family() {
                ThreatFamily::ProcessDisinformation => {
                    assert!(frameworks.iter().all(|f| *f == TechniqueFramework::Disarm))
                }
                ThreatFamily::TechnologyAttack => {
                    assert!(frameworks.contains(&TechniqueFramework::Attack))
                }
            }
        }
    }

    #[test]
    fn only_disinformation_reaches_the_information_environment() {
        for threat in ThreatKind::ALL {
            let reaches = threat.targets().contains(AssetKind::VoterInformation);
            assert_eq!(
                reaches,
                threat.family() == ThreatFamily::ProcessDisinformation
                    && *threat != ThreatKind::FalseHackingClaim,
                "{threat}"
            );
        }
    }
}
