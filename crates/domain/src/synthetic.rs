//! A synthetic national model of any size, for trials and benchmarks.
//!
//! At 10,000 jurisdictions it has the shape of the United States: a central body, 50 regions,
//! 10,000 local election offices with four contacts each (40,000), a forum per region, and an
//! asset register and matrix of about a million cells. It carries a sprinkling of realistic
//! defects so that the analysis has work to do. The same arguments give the same model.

use crate::Knowable;
use crate::catalogue::{
    ActivityKind, Administration, AdministrativeLevel, AgreementKind, AssetKind, Availability,
    CatalogueEntry, CatalogueSet, ChannelKind, ContactKind, CriticalInfrastructureStatus,
    ForumCadence, ForumKind, IncidentSeverity, OrganisationKind, Phase, RaciRole, ThreatFamily,
    ThreatKind,
};
use crate::model::{
    Activity, ActivityTiming, Agreement, AgreementId, Asset, Boundary, Channel, Contact, DateRange,
    DatedPhase, Election, EscalationProtocol, EscalationTarget, Forum, Jurisdiction, Model, OrgId,
    Organisation, PartialDate, Responsibility,
};
use time::{Date, Duration, Month};

/// Local offices per region.
const OFFICES_PER_REGION: usize = 200;

/// A small, fast, deterministic generator (xorshift64*); the model needs variety, not secrecy.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn day(year: i32, month: Month, d: u8) -> Date {
    Date::from_calendar_date(year, month, d).unwrap_or(Date::MIN)
}

fn set<T: crate::catalogue::CatalogueEntry>(items: &[T]) -> CatalogueSet<T> {
    items.iter().copied().collect()
}

struct Builder {
    model: Model,
    noise: Noise,
    /// The date contacts are verified against: the model is "maintained" up to it.
    as_of: Date,
}

impl Builder {
    fn org(&mut self, org: Organisation) -> OrgId {
        self.model.organisations.push(org);
        OrgId(self.model.organisations.len() as u32 - 1)
    }

    fn contact(&mut self, contact: Contact) {
        if let Knowable::Known(list) = &mut self.model.contacts {
            list.push(contact);
        }
    }

    fn asset(
        &mut self,
        key: String,
        name: String,
        kind: AssetKind,
        operator: OrgId,
        phases: CatalogueSet<Phase>,
    ) {
        if let Knowable::Known(list) = &mut self.model.assets {
            list.push(Asset {
                key,
                name,
                kind,
                operator: Knowable::Known(operator),
                vendor: None,
                supply_chain: Vec::new(),
                phases,
                protection: crate::model::AssetProtection::unknown(),
                notes: None,
            });
        }
    }

    fn row(
        &mut self,
        organisation: OrgId,
        role: RaciRole,
        threats: CatalogueSet<ThreatKind>,
        assets: CatalogueSet<AssetKind>,
        within: Option<OrgId>,
    ) {
        if let Knowable::Known(list) = &mut self.model.responsibilities {
            list.push(Responsibility {
                organisation,
                role,
                threats,
                phases: CatalogueSet::all(),
                assets,
                within,
                notes: None,
            });
        }
    }

    /// A verification date in the last 80 days, or a stale one for one contact in `stale_one_in`.
    fn verified(&mut self, stale_one_in: u64) -> Option<Knowable<Date>> {
        let days = if self.noise.below(stale_one_in) == 0 {
            120 + self.noise.below(400)
        } else {
            self.noise.below(80)
        };
        Some(Knowable::Known(self.as_of - Duration::days(days as i64)))
    }

    fn channels(&mut self, landline: bool, seed: &str) -> Vec<Channel> {
        let mut channels = vec![Channel {
            kind: ChannelKind::Email,
            value: format!("{seed}@example.gov"),
            out_of_band: false,
        }];
        if landline {
            channels.push(Channel {
                kind: ChannelKind::Landline,
                value: format!(
                    "+999 {:04} {:04}",
                    self.noise.below(10_000),
                    self.noise.below(10_000)
                ),
                out_of_band: true,
            });
        }
        channels
    }

    fn national(&mut self, key: &str, name: &str, kind: OrganisationKind) -> OrgId {
        let id =
            self.org(Organisation::new(key, name, kind).at_level(AdministrativeLevel::National));
        let channels = self.channels(true, key);
        let verified = self.verified(1_000);
        self.contact(Contact {
            key: format!("{key}-duty"),
            organisation: id,
            name: format!("{name} duty desk"),
            role: Some("Duty officer".to_owned()),
            kind: ContactKind::Function,
            availability: Knowable::Known(Availability::TwentyFourSeven),
            emergency: true,
            channels,
            last_verified: verified,
        });
        id
    }
}

/// A national model with `jurisdictions` local election offices, maintained up to `as_of`.
pub fn national_model(jurisdictions: usize, seed: u64, as_of: Date) -> Model {
    let jurisdictions = jurisdictions.max(1);
    let regions = jurisdictions.div_ceil(OFFICES_PER_REGION);
    let mut b = Builder {
        model: Model::new(Jurisdiction {
            name: format!("Synthetica ({jurisdictions} jurisdictions)"),
            code: Some("SY".to_owned()),
            administration: Knowable::Known(Administration::Decentralized),
            critical_infrastructure: Knowable::Known(CriticalInfrastructureStatus::Designated),
            notes: Some("A synthetic model generated by `liaison generate`.".to_owned()),
        }),
        noise: Noise(seed | 1),
        as_of,
    };

    let technology: CatalogueSet<ThreatKind> = ThreatKind::ALL
        .iter()
        .copied()
        .filter(|t| t.family() == ThreatFamily::TechnologyAttack)
        .collect();
    let disinformation: CatalogueSet<ThreatKind> = ThreatKind::ALL
        .iter()
        .copied()
        .filter(|t| t.family() == ThreatFamily::ProcessDisinformation)
        .collect();

    // National bodies.
    let emb = b.national("emb", "National Election Commission", OrganisationKind::Emb);
    let cert = b.national("cert", "National CERT", OrganisationKind::Cert);
    let security = b.national(
        "security-service",
        "Security Service",
        OrganisationKind::Intelligence,
    );
    let police = b.national(
        "police-cyber",
        "Police Cybercrime Unit",
        OrganisationKind::Police,
    );
    let ministry = b.national(
        "interior",
        "Ministry of the Interior",
        OrganisationKind::Ministry,
    );
    let telecom = b.national("telecom", "National Telecom", OrganisationKind::Telecom);
    let vendor = b.national("vendor", "Election Systems Ltd", OrganisationKind::Vendor);
    // The commission's own systems are run by its ICT directorate, so that a row for them does
    // not also cover the regions' and counties' systems below the commission.
    let ict = b.org(
        Organisation::new(
            "emb-ict",
            "Commission ICT directorate",
            OrganisationKind::OtherState,
        )
        .at_level(AdministrativeLevel::National)
        .under(emb),
    );
    let platform = b.org(Organisation::new(
        "platform",
        "Social Platform",
        OrganisationKind::Platform,
    ));
    let observers = b.org(Organisation::new(
        "observers",
        "Election Watch",
        OrganisationKind::Observer,
    ));

    // Regions and local offices, with four contacts each.
    let mut region_ids = Vec::with_capacity(regions);
    for r in 0..regions {
        let key = format!("region-{:03}", r + 1);
        let id = b.org(
            Organisation::new(
                &key,
                format!("Region {} election office", r + 1),
                OrganisationKind::ElectionOffice,
            )
            .at_level(AdministrativeLevel::Regional)
            .under(emb),
        );
        let channels = b.channels(true, &key);
        let verified = b.verified(200);
        b.contact(Contact {
            key: format!("{key}-duty"),
            organisation: id,
            name: format!("Region {} duty desk", r + 1),
            role: None,
            kind: ContactKind::Function,
            availability: Knowable::Known(Availability::ElectionPeriod),
            emergency: true,
            channels,
            last_verified: verified,
        });
        region_ids.push(id);
    }
    let mut office_ids = Vec::with_capacity(jurisdictions);
    for j in 0..jurisdictions {
        let region = region_ids[j / OFFICES_PER_REGION];
        let key = format!("office-{:05}", j + 1);
        let isolated = jurisdictions > 1 && j % 4_999 == 4_998;
        let mut office = Organisation::new(
            &key,
            format!("County {} elections office", j + 1),
            OrganisationKind::ElectionOffice,
        )
        .at_level(AdministrativeLevel::Local);
        if !isolated {
            office = office.under(region);
        }
        let id = b.org(office);
        let roles = [
            (
                "duty",
                "Election duty desk",
                ContactKind::Function,
                Availability::ElectionPeriod,
                true,
            ),
            (
                "clerk",
                "County clerk",
                ContactKind::Person,
                Availability::OfficeHours,
                false,
            ),
            (
                "it",
                "IT lead",
                ContactKind::Person,
                Availability::OfficeHours,
                false,
            ),
            (
                "team",
                "Elections team mailbox",
                ContactKind::Team,
                Availability::OfficeHours,
                false,
            ),
        ];
        for (suffix, name, kind, availability, emergency) in roles {
            let landline = emergency || b.noise.below(3) == 0;
            let channels = b.channels(landline, &format!("{key}-{suffix}"));
            let verified = b.verified(40);
            b.contact(Contact {
                key: format!("{key}-{suffix}"),
                organisation: id,
                name: name.to_owned(),
                role: None,
                kind,
                availability: Knowable::Known(availability),
                emergency,
                channels,
                last_verified: verified,
            });
        }
        office_ids.push(id);
    }

    // Forums: a national task force, and a network per region.
    let mut forums = vec![Forum {
        key: "taskforce".to_owned(),
        name: "Election security task force".to_owned(),
        kind: ForumKind::TaskForce,
        members: vec![emb, cert, security, police, ministry, telecom, vendor],
        members_complete: true,
        chair: Some(Knowable::Known(emb)),
        set_up_by: None,
        cadence: Knowable::Known(ForumCadence::Weekly),
        active_phases: CatalogueSet::all(),
        meetings: Vec::new(),
        purpose: Some("Coordinates election security nationally.".to_owned()),
        established: Some(PartialDate::Year(2018)),
    }];
    for (r, &region) in region_ids.iter().enumerate() {
        let mut members = vec![emb, region];
        members.extend(
            office_ids
                .iter()
                .enumerate()
                .filter(|(j, _)| j / OFFICES_PER_REGION == r && *j % 4_999 != 4_998)
                .map(|(_, &o)| o),
        );
        forums.push(Forum {
            key: format!("network-{:03}", r + 1),
            name: format!("Region {} election network", r + 1),
            kind: ForumKind::Network,
            members,
            members_complete: true,
            chair: Some(Knowable::Known(region)),
            set_up_by: None,
            cadence: Knowable::Known(ForumCadence::Monthly),
            active_phases: CatalogueSet::all(),
            meetings: Vec::new(),
            purpose: None,
            established: None,
        });
    }
    b.model.forums = Knowable::Known(forums);

    b.model.agreements = Knowable::Known(vec![
        Agreement {
            key: "election-act".to_owned(),
            title: "Election Act".to_owned(),
            kind: AgreementKind::Law,
            parties: std::iter::once(emb).chain(region_ids.iter().copied()).collect(),
            threats: Knowable::Known(CatalogueSet::all()),
            phases: Knowable::Known(CatalogueSet::all()),
            boundaries: Vec::new(),
            public: Knowable::Known(true),
            adopted: Some(Knowable::Known(PartialDate::Year(2002))),
            valid_from: None,
            valid_to: None,
            establishes: Vec::new(),
            designates_critical_infrastructure: false,
            notes: None,
        },
        Agreement {
            key: "ci-designation".to_owned(),
            title: "Designation of election infrastructure as critical infrastructure".to_owned(),
            kind: AgreementKind::Decree,
            parties: vec![ministry, emb],
            threats: Knowable::Known(CatalogueSet::all()),
            phases: Knowable::Known(CatalogueSet::all()),
            boundaries: Vec::new(),
            public: Knowable::Known(true),
            adopted: Some(Knowable::Known(PartialDate::Year(2017))),
            valid_from: None,
            valid_to: None,
            establishes: Vec::new(),
            designates_critical_infrastructure: true,
            notes: None,
        },
        Agreement {
            key: "security-protocol".to_owned(),
            title: "Protocol on the support of the security service".to_owned(),
            kind: AgreementKind::Protocol,
            parties: vec![emb, security, cert],
            threats: Knowable::Known(technology),
            phases: Knowable::Known(CatalogueSet::all()),
            boundaries: vec![Boundary {
                organisation: security,
                scope: "Shares threat intelligence; acts only at the commission's request; no access to voter data.".to_owned(),
            }],
            public: Knowable::Known(true),
            adopted: Some(Knowable::Known(PartialDate::Year(2019))),
            valid_from: Some(Knowable::Known(day(2019, Month::January, 1))),
            valid_to: Some(Knowable::Known(day(2029, Month::December, 31))),
            establishes: Vec::new(),
            designates_critical_infrastructure: false,
            notes: None,
        },
    ]);

    // Assets: national systems, and five systems per local office.
    let national_assets = [
        (
            "voter-register",
            "Statewide voter register",
            AssetKind::VoterRegister,
        ),
        (
            "candidates",
            "Candidate registration",
            AssetKind::CandidateRegistration,
        ),
        (
            "results-transmission",
            "Results transmission",
            AssetKind::ResultsTransmission,
        ),
        (
            "results-website",
            "Results website",
            AssetKind::ResultsWebsite,
        ),
        ("emb-website", "Commission website", AssetKind::EmbWebsite),
        ("email", "Commission e-mail", AssetKind::EmailMessaging),
        (
            "social-media",
            "Commission social-media accounts",
            AssetKind::OfficialSocialMedia,
        ),
        (
            "voter-information",
            "Official voter information",
            AssetKind::VoterInformation,
        ),
    ];
    for (key, name, kind) in national_assets {
        b.asset(
            key.to_owned(),
            name.to_owned(),
            kind,
            ict,
            kind.typical_phases(),
        );
    }
    let local_kinds = [
        (
            "pollbooks",
            "e-pollbooks",
            AssetKind::EPollbooks,
            AssetKind::EPollbooks.typical_phases(),
        ),
        (
            "scanners",
            "counting scanners",
            AssetKind::CountingScanners,
            AssetKind::CountingScanners.typical_phases(),
        ),
        (
            "transmission",
            "results upload",
            AssetKind::ResultsTransmission,
            AssetKind::ResultsTransmission.typical_phases(),
        ),
        (
            "website",
            "county election website",
            AssetKind::EmbWebsite,
            set(&[Phase::Campaign, Phase::Voting, Phase::ResultsPublication]),
        ),
        (
            "register",
            "county voter list",
            AssetKind::VoterRegister,
            set(&[Phase::VoterRegistration, Phase::Voting]),
        ),
    ];
    let local_asset_kinds: CatalogueSet<AssetKind> = local_kinds.iter().map(|k| k.2).collect();
    for (j, &office) in office_ids.iter().enumerate() {
        for (suffix, name, kind, phases) in &local_kinds {
            b.asset(
                format!("office-{:05}-{suffix}", j + 1),
                format!("County {} {name}", j + 1),
                *kind,
                office,
                *phases,
            );
        }
    }

    // The matrix: national rows, then each office accountable for attacks on its own systems.
    b.row(
        cert,
        RaciRole::Responsible,
        technology,
        CatalogueSet::all(),
        None,
    );
    b.row(
        emb,
        RaciRole::Accountable,
        disinformation,
        CatalogueSet::all(),
        None,
    );
    b.row(
        emb,
        RaciRole::Responsible,
        disinformation,
        CatalogueSet::all(),
        None,
    );
    b.row(
        platform,
        RaciRole::Consulted,
        disinformation,
        CatalogueSet::all(),
        None,
    );
    b.row(
        police,
        RaciRole::Responsible,
        set(&[ThreatKind::Insider]),
        CatalogueSet::all(),
        None,
    );
    b.row(
        telecom,
        RaciRole::Responsible,
        set(&[ThreatKind::Ddos]),
        CatalogueSet::all(),
        None,
    );
    b.row(
        security,
        RaciRole::Consulted,
        set(&[ThreatKind::Apt]),
        CatalogueSet::all(),
        None,
    );
    let national_kinds: CatalogueSet<AssetKind> = national_assets.iter().map(|a| a.2).collect();
    b.row(
        emb,
        RaciRole::Accountable,
        technology,
        national_kinds,
        Some(ict),
    );
    for (j, &office) in office_ids.iter().enumerate() {
        // A few offices never agreed their role: gaps. A few share it with their region: overlaps.
        if j % 997 == 500 {
            continue;
        }
        b.row(
            office,
            RaciRole::Accountable,
            technology,
            local_asset_kinds,
            Some(office),
        );
        if j % 1_499 == 700 {
            let region = region_ids[j / OFFICES_PER_REGION];
            b.row(
                region,
                RaciRole::Accountable,
                technology,
                local_asset_kinds,
                Some(office),
            );
        }
    }

    b.model.escalation_protocols = Knowable::Known(vec![EscalationProtocol {
        key: "severe-election-days".to_owned(),
        name: "High-severity incidents from voting to results".to_owned(),
        min_severity: IncidentSeverity::High,
        threats: CatalogueSet::all(),
        phases: [
            Phase::Voting,
            Phase::Counting,
            Phase::Tabulation,
            Phase::ResultsPublication,
        ]
        .into_iter()
        .collect(),
        targets: vec![
            EscalationTarget {
                organisation: security,
                within_minutes: 15,
            },
            EscalationTarget {
                organisation: police,
                within_minutes: 15,
            },
        ],
        acknowledge_within_minutes: EscalationProtocol::DEFAULT_ACKNOWLEDGE_MINUTES,
        notes: None,
    }]);

    b.model.activities = Knowable::Known(vec![
        activity(
            "risk-assessment",
            "National election risk assessment",
            ActivityKind::JointRiskAssessment,
            emb,
            vec![emb, cert, security, police],
        ),
        activity(
            "sitreps",
            "Daily situation reports in the election period",
            ActivityKind::SituationReporting,
            cert,
            std::iter::once(cert)
                .chain(region_ids.iter().copied())
                .collect(),
        ),
        activity(
            "messaging",
            "Joint public messaging on election security",
            ActivityKind::CoordinatedCommunication,
            emb,
            vec![emb, platform, cert],
        ),
        activity(
            "contingency",
            "Polling-day contingency plan",
            ActivityKind::ContingencyPlanning,
            emb,
            std::iter::once(emb)
                .chain(region_ids.iter().copied())
                .collect(),
        ),
        activity(
            "training",
            "Cyber-hygiene training for county staff",
            ActivityKind::Training,
            cert,
            std::iter::once(cert)
                .chain(office_ids.iter().copied().take(500))
                .collect(),
        ),
        activity(
            "certification",
            "Voting-system certification",
            ActivityKind::Certification,
            cert,
            vec![cert, vendor, emb],
        ),
        activity(
            "observation",
            "Observation of election security arrangements",
            ActivityKind::Observation,
            observers,
            vec![observers, emb],
        ),
    ]);

    let election_day = day(2028, Month::November, 7);
    let range = |from: Date, to: Date| Knowable::Known(DateRange { from, to });
    b.model.election = Some(Election {
        name: "General election 2028".to_owned(),
        phases: vec![
            DatedPhase {
                phase: Phase::VoterRegistration,
                dates: range(day(2028, Month::January, 2), day(2028, Month::October, 10)),
            },
            DatedPhase {
                phase: Phase::Campaign,
                dates: range(
                    day(2028, Month::September, 1),
                    election_day - Duration::days(1),
                ),
            },
            DatedPhase {
                phase: Phase::Voting,
                dates: range(election_day, election_day),
            },
            DatedPhase {
                phase: Phase::Counting,
                dates: range(election_day, election_day + Duration::days(2)),
            },
            DatedPhase {
                phase: Phase::Tabulation,
                dates: range(election_day, election_day + Duration::days(7)),
            },
            DatedPhase {
                phase: Phase::ResultsPublication,
                dates: range(election_day, election_day + Duration::days(30)),
            },
        ],
    });
    b.model
}

fn activity(
    key: &str,
    title: &str,
    kind: ActivityKind,
    lead: OrgId,
    participants: Vec<OrgId>,
) -> Activity {
    Activity {
        key: key.to_owned(),
        title: title.to_owned(),
        kind,
        lead: Some(Knowable::Known(lead)),
        participants: Knowable::Known(participants),
        when: Some(ActivityTiming::On(PartialDate::Year(2028))),
        basis: None::<AgreementId>,
        notes: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{AnalysisOptions, analyse};

    #[test]
    fn the_same_arguments_give_the_same_model() {
        let today = day(2026, Month::November, 1);
        assert_eq!(national_model(300, 7, today), national_model(300, 7, today));
        assert_ne!(national_model(300, 7, today), national_model(300, 8, today));
    }

    #[test]
    fn a_small_country_has_the_promised_shape() {
        let model = national_model(800, 1, day(2026, Month::November, 1));
        let offices = model
            .organisations
            .iter()
            .filter(|o| {
                o.kind == OrganisationKind::ElectionOffice && o.is_level(AdministrativeLevel::Local)
            })
            .count();
        assert_eq!(offices, 800);
        assert_eq!(model.contacts.items().len() - 7 - 4, 800 * 4);
        assert_eq!(
            analysis_overlaps(&model),
            1,
            "one planted overlap at office 701"
        );
        let analysis = analyse(&model, &AnalysisOptions::new(day(2026, Month::November, 1)));
        assert!(analysis.summary.matrix_cells > 800 * 90);
        assert!(analysis.summary.gap_cells > 0, "the planted gaps are found");
    }

    fn analysis_overlaps(model: &Model) -> usize {
        analyse(model, &AnalysisOptions::new(day(2026, Month::November, 1)))
            .findings
            .iter()
            .filter(|f| f.rule == "responsibility_overlap")
            .count()
    }
}
