//! Arbitrary valid models for property tests, here and in the crates above.

use crate::Knowable;
use crate::catalogue::*;
use crate::model::*;
use proptest::collection::{btree_set, vec};
use proptest::option;
use proptest::prelude::*;
use time::{Date, Duration};

fn entry<T: CatalogueEntry>() -> impl Strategy<Value = T> {
    proptest::sample::select(T::ALL)
}

fn knowable<T: std::fmt::Debug + Clone>(
    inner: impl Strategy<Value = T>,
) -> impl Strategy<Value = Knowable<T>> {
    prop_oneof![1 => Just(Knowable::Unknown), 4 => inner.prop_map(Knowable::Known)]
}

/// A set with at least one entry.
fn nonempty_set<T: CatalogueEntry>() -> impl Strategy<Value = CatalogueSet<T>> {
    prop_oneof![
        1 => Just(CatalogueSet::all()),
        3 => vec(entry::<T>(), 1..4).prop_map(|v| v.into_iter().collect()),
    ]
}

fn date() -> impl Strategy<Value = Date> {
    let base = Date::from_calendar_date(2024, time::Month::January, 1).unwrap_or(Date::MIN);
    (0i64..1_500).prop_map(move |d| base + Duration::days(d))
}

fn partial_date() -> impl Strategy<Value = PartialDate> {
    prop_oneof![
        (1990i32..2030).prop_map(PartialDate::Year),
        ((1990i32..2030), entry_month()).prop_map(|(y, m)| PartialDate::YearMonth(y, m)),
        date().prop_map(PartialDate::Day),
    ]
}

fn entry_month() -> impl Strategy<Value = time::Month> {
    (1u8..=12).prop_map(|m| time::Month::try_from(m).unwrap_or(time::Month::January))
}

/// Text as people write it, including characters YAML treats specially.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z][A-Za-z ]{0,20}",
        "\\PC{1,24}".prop_filter("no surrounding blanks", |s| s.trim() == s && !s.is_empty()),
        Just("yes".to_owned()),
        Just("null".to_owned()),
        Just("2019".to_owned()),
        Just("a: b # c".to_owned()),
    ]
}

fn subset(n: usize, max: usize) -> impl Strategy<Value = Vec<OrgId>> {
    btree_set(0..n as u32, 0..=max.min(n)).prop_map(|s| s.into_iter().map(OrgId).collect())
}

fn organisations() -> impl Strategy<Value = Vec<Organisation>> {
    vec(
        (
            entry::<OrganisationKind>(),
            knowable(entry::<AdministrativeLevel>()),
            any::<u32>(),
            option::of(knowable(vec(entry::<Capability>(), 0..4))),
            option::of(text()),
            option::of(knowable(any::<bool>())),
        ),
        1..10,
    )
    .prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(
                |(i, (kind, level, parent, capabilities, mandate, sensitive))| {
                    let mut org =
                        Organisation::new(format!("org-{i}"), format!("Organisation {i}"), kind);
                    org.level = level;
                    // Parents point to earlier organisations only: no loops.
                    org.parent = (i > 0 && parent % 3 == 0).then(|| OrgId(parent % i as u32));
                    if let Some(capabilities) = capabilities {
                        org.capabilities = capabilities.map(|v| v.into_iter().collect());
                    }
                    if let Some(sensitive) = sensitive {
                        org.independence_sensitive = sensitive;
                    }
                    org.mandate = mandate;
                    org
                },
            )
            .collect()
    })
}

fn contacts(n: usize) -> impl Strategy<Value = Knowable<Vec<Contact>>> {
    knowable(vec(
        (
            0..n as u32,
            entry::<ContactKind>(),
            knowable(entry::<Availability>()),
            any::<bool>(),
            vec((entry::<ChannelKind>(), any::<bool>()), 1..3),
            option::of(knowable(date())),
            text(),
        ),
        0..8,
    ))
    .prop_map(|k| {
        k.map(|rows| {
            rows.into_iter()
                .enumerate()
                .map(
                    |(i, (org, kind, availability, emergency, channels, verified, name))| Contact {
                        key: format!("contact-{i}"),
                        organisation: OrgId(org),
                        name,
                        role: None,
                        kind,
                        availability,
                        emergency,
                        channels: channels
                            .into_iter()
                            .map(|(kind, out_of_band)| Channel {
                                kind,
                                value: format!("{kind}-{i}"),
                                out_of_band,
                            })
                            .collect(),
                        last_verified: verified,
                    },
                )
                .collect()
        })
    })
}

fn forums(n: usize) -> impl Strategy<Value = Knowable<Vec<Forum>>> {
    knowable(vec(
        (
            entry::<ForumKind>(),
            subset(n, 6),
            any::<bool>(),
            option::of(knowable(any::<u32>())),
            knowable(entry::<ForumCadence>()),
            nonempty_set::<Phase>(),
            vec(date(), 0..3),
            option::of(partial_date()),
        ),
        0..4,
    ))
    .prop_map(|k| {
        k.map(|rows| {
            rows.into_iter()
                .enumerate()
                .map(
                    |(
                        i,
                        (kind, members, complete, chair, cadence, phases, meetings, established),
                    )| {
                        // A chair is one of the members, unless the list is incomplete.
                        let chair = chair.and_then(|c| match c {
                            Knowable::Unknown => Some(Knowable::Unknown),
                            Knowable::Known(c) if !members.is_empty() => {
                                Some(Knowable::Known(members[c as usize % members.len()]))
                            }
                            Knowable::Known(_) => None,
                        });
                        Forum {
                            key: format!("forum-{i}"),
                            name: format!("Forum {i}"),
                            kind,
                            members,
                            members_complete: complete,
                            chair,
                            // Half the forums say who set them up: their chair.
                            set_up_by: if i % 2 == 0 { chair } else { None },
                            cadence,
                            active_phases: phases,
                            meetings,
                            purpose: None,
                            established,
                        }
                    },
                )
                .collect()
        })
    })
}

fn agreements(n: usize, forums: usize) -> impl Strategy<Value = Knowable<Vec<Agreement>>> {
    knowable(vec(
        (
            entry::<AgreementKind>(),
            subset(n, 4),
            knowable(nonempty_set::<ThreatKind>()),
            knowable(nonempty_set::<Phase>()),
            knowable(any::<bool>()),
            option::of(knowable(partial_date())),
            option::of((knowable(date()), 0i64..2_000)),
            btree_set(0..forums.max(1) as u32, 0..2),
            any::<bool>(),
            any::<u8>(),
        ),
        0..4,
    ))
    .prop_map(move |k| {
        k.map(|rows| {
            rows.into_iter()
                .enumerate()
                .map(
                    |(
                        i,
                        (
                            kind,
                            parties,
                            threats,
                            phases,
                            public,
                            adopted,
                            validity,
                            establishes,
                            designates,
                            bounded,
                        ),
                    )| {
                        let boundaries = parties
                            .iter()
                            .filter(|p| (p.0 as u8 ^ bounded).is_multiple_of(2))
                            .map(|&organisation| Boundary {
                                organisation,
                                scope: "Acts only on request.".to_owned(),
                            })
                            .collect();
                        let (valid_from, valid_to) = match validity {
                            None => (None, None),
                            Some((Knowable::Known(from), days)) => (
                                Some(Knowable::Known(from)),
                                Some(Knowable::Known(from + Duration::days(days))),
                            ),
                            Some((Knowable::Unknown, _)) => (None, Some(Knowable::Unknown)),
                        };
                        Agreement {
                            key: format!("agreement-{i}"),
                            title: format!("Agreement {i}"),
                            kind,
                            parties,
                            threats,
                            phases,
                            boundaries,
                            public,
                            adopted,
                            valid_from,
                            valid_to,
                            establishes: if forums == 0 {
                                Vec::new()
                            } else {
                                establishes.into_iter().map(ForumId).collect()
                            },
                            designates_critical_infrastructure: designates,
                            notes: None,
                        }
                    },
                )
                .collect()
        })
    })
}

fn assets(n: usize) -> impl Strategy<Value = Knowable<Vec<Asset>>> {
    knowable(vec(
        (
            entry::<AssetKind>(),
            knowable(0..n as u32),
            option::of(0..n as u32),
            nonempty_set::<Phase>(),
            (
                option::of(any::<bool>()),
                option::of(entry::<crate::catalogue::SecurityNeed>()),
                option::of(entry::<crate::catalogue::SecurityNeed>()),
                vec("[A-Z]{3} [0-9]{4}", 0..3),
            ),
            vec(
                (
                    0..n as u32,
                    option::of("[a-z]{4,8}( [a-z]{2,6})?"),
                    vec("[A-Z]{3} [0-9]{4}", 0..2),
                ),
                0..3,
            ),
        ),
        0..8,
    ))
    .prop_map(|k| {
        k.map(|rows| {
            rows.into_iter()
                .enumerate()
                .map(
                    |(
                        i,
                        (kind, operator, vendor, phases, (internet, c, a, certifications), chain),
                    )| {
                        fn known<T>(v: Option<T>) -> Knowable<T> {
                            v.map_or(Knowable::Unknown, Knowable::Known)
                        }
                        Asset {
                            key: format!("asset-{i}"),
                            name: format!("Asset {i}"),
                            kind,
                            operator: operator.map(OrgId),
                            vendor: vendor.map(OrgId),
                            supply_chain: chain
                                .into_iter()
                                .map(|(supplier, provides, certifications)| {
                                    crate::model::SupplyLink {
                                        supplier: OrgId(supplier),
                                        provides,
                                        certifications,
                                    }
                                })
                                .collect(),
                            phases,
                            protection: crate::model::AssetProtection {
                                internet_facing: known(internet),
                                confidentiality: known(c),
                                integrity: Knowable::Unknown,
                                availability: known(a),
                                certifications,
                            },
                            notes: None,
                        }
                    },
                )
                .collect()
        })
    })
}

/// One row of the responsibility matrix.
pub fn responsibility(n: usize) -> impl Strategy<Value = Responsibility> {
    (
        0..n as u32,
        entry::<RaciRole>(),
        nonempty_set::<ThreatKind>(),
        nonempty_set::<Phase>(),
        nonempty_set::<AssetKind>(),
        option::of(0..n as u32),
    )
        .prop_map(
            |(org, role, threats, phases, assets, within)| Responsibility {
                organisation: OrgId(org),
                role,
                threats,
                phases,
                assets,
                within: within.map(OrgId),
                notes: None,
            },
        )
}

fn activities(n: usize) -> impl Strategy<Value = Knowable<Vec<Activity>>> {
    knowable(vec(
        (
            entry::<ActivityKind>(),
            option::of(knowable(0..n as u32)),
            knowable(subset(n, 5)),
            option::of(prop_oneof![
                partial_date().prop_map(ActivityTiming::On),
                entry::<ForumCadence>().prop_map(ActivityTiming::Recurring),
            ]),
        ),
        0..5,
    ))
    .prop_map(|k| {
        k.map(|rows| {
            rows.into_iter()
                .enumerate()
                .map(|(i, (kind, lead, participants, when))| Activity {
                    key: format!("activity-{i}"),
                    title: format!("Activity {i}"),
                    kind,
                    lead: lead.map(|l| l.map(OrgId)),
                    participants,
                    when,
                    basis: None,
                    notes: None,
                })
                .collect()
        })
    })
}

fn escalation_protocols(n: usize) -> impl Strategy<Value = Knowable<Vec<EscalationProtocol>>> {
    knowable(vec(
        (
            entry::<IncidentSeverity>(),
            nonempty_set::<ThreatKind>(),
            nonempty_set::<Phase>(),
            subset(n, 3),
            1u32..120,
            1u32..60,
        ),
        0..3,
    ))
    .prop_map(|k| {
        k.map(|rows| {
            rows.into_iter()
                .enumerate()
                .filter(|(_, row)| !row.3.is_empty())
                .map(
                    |(i, (min_severity, threats, phases, orgs, within, acknowledge))| {
                        EscalationProtocol {
                            key: format!("protocol-{i}"),
                            name: format!("Protocol {i}"),
                            min_severity,
                            threats,
                            phases,
                            targets: orgs
                                .into_iter()
                                .map(|organisation| EscalationTarget {
                                    organisation,
                                    within_minutes: within,
                                })
                                .collect(),
                            acknowledge_within_minutes: acknowledge,
                            notes: None,
                        }
                    },
                )
                .collect()
        })
    })
}

fn election() -> impl Strategy<Value = Option<Election>> {
    option::of(
        btree_set((entry::<Phase>(), knowable((date(), 0i64..60))), 0..6).prop_map(|phases| {
            let mut seen = CatalogueSet::<Phase>::empty();
            Election {
                name: "Election".to_owned(),
                phases: phases
                    .into_iter()
                    .filter(|(p, _)| {
                        let new = !seen.contains(*p);
                        seen.insert(*p);
                        new
                    })
                    .map(|(phase, dates)| DatedPhase {
                        phase,
                        dates: dates.map(|(from, days)| DateRange {
                            from,
                            to: from + Duration::days(days),
                        }),
                    })
                    .collect(),
            }
        }),
    )
}

/// Any valid model: references resolve, parents do not loop, dates are in order.
pub fn model() -> impl Strategy<Value = Model> {
    organisations().prop_flat_map(|organisations| {
        let n = organisations.len();
        (
            Just(organisations),
            knowable(entry::<Administration>()),
            knowable(entry::<CriticalInfrastructureStatus>()),
            contacts(n),
            forums(n),
            assets(n),
            knowable(vec(responsibility(n), 0..10)),
            (activities(n), escalation_protocols(n)),
            election(),
        )
            .prop_flat_map(
                |(
                    organisations,
                    administration,
                    ci,
                    contacts,
                    forums,
                    assets,
                    responsibilities,
                    (activities, escalation_protocols),
                    election,
                )| {
                    let n = organisations.len();
                    let forum_count = forums.items().len();
                    (
                        Just((
                            organisations,
                            administration,
                            ci,
                            contacts,
                            forums,
                            assets,
                            responsibilities,
                            activities,
                            escalation_protocols,
                            election,
                        )),
                        agreements(n, forum_count),
                    )
                },
            )
            .prop_map(
                |(
                    (
                        organisations,
                        administration,
                        ci,
                        contacts,
                        forums,
                        assets,
                        responsibilities,
                        activities,
                        escalation_protocols,
                        election,
                    ),
                    agreements,
                )| Model {
                    jurisdiction: Jurisdiction {
                        name: "Propland".to_owned(),
                        code: Some("PL".to_owned()),
                        administration,
                        critical_infrastructure: ci,
                        notes: None,
                    },
                    organisations,
                    contacts,
                    forums,
                    agreements,
                    assets,
                    responsibilities,
                    activities,
                    escalation_protocols,
                    election,
                },
            )
    })
}

/// The literal stretches of the analysis's English wordings long enough to be telling: a page
/// or report in another language that contains one still speaks English there.
pub fn english_fragments() -> Vec<&'static str> {
    crate::analysis::wording::ALL
        .iter()
        .flat_map(|w| w.english.split(['{', '}']).step_by(2))
        .map(str::trim)
        .filter(|fragment| fragment.len() >= 18)
        .collect()
}
