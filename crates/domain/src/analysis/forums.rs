//! Forums: does every organisation that must act meet its partners somewhere, and does every
//! forum meet when it matters?

use super::facts::Facts;
use super::finding::{Finding, ObjectKind, ObjectRef, Rule, Severity};
use super::matrix::phase_phrase;
use super::sentence::{Sentence, Term};
use super::wording;
use crate::Knowable;
use crate::catalogue::{ForumCadence, Phase};

pub fn check(facts: &Facts) -> Vec<Finding> {
    let model = facts.model;
    let mut findings = Vec::new();
    if let Knowable::Known(_) = model.forums {
        for org in model.org_ids() {
            if facts.acts[org.index()] && !facts.in_forum[org.index()] {
                let key = facts.key(org);
                findings.push(Finding::new(
                    Rule::ForumMissingMember,
                    key,
                    vec![ObjectRef::new(ObjectKind::Organisation, key)],
                    Sentence::new(
                        &wording::NOT_IN_A_FORUM,
                        vec![(
                            "organisation",
                            Term::object(ObjectRef::new(ObjectKind::Organisation, key)),
                        )],
                    ),
                ));
            }
        }
    }

    let election_phases = Phase::election_period();
    let period = model.election.as_ref().and_then(|e| e.election_period());
    for forum in model.forums.items() {
        let objects = || vec![ObjectRef::new(ObjectKind::Forum, &forum.key)];
        let named = || Term::object(ObjectRef::new(ObjectKind::Forum, &forum.key));
        if !forum.active_phases.intersects(election_phases) {
            findings.push(Finding::new(
                Rule::ForumInactiveInElection,
                &forum.key,
                objects(),
                Sentence::new(
                    &wording::FORUM_OUTSIDE_ELECTION,
                    vec![
                        ("forum", named()),
                        ("phases", phase_phrase(forum.active_phases)),
                    ],
                ),
            ));
            continue;
        }
        let meets_in_period = period.map(|p| forum.meetings.iter().any(|&d| p.contains(d)));
        if meets_in_period == Some(true) {
            continue;
        }
        match forum.cadence {
            Knowable::Known(ForumCadence::AdHoc) => {
                let message = match period {
                    Some(p) => Sentence::new(
                        &wording::FORUM_AD_HOC_IN_PERIOD,
                        vec![
                            ("forum", named()),
                            ("from", Term::Date(p.from)),
                            ("to", Term::Date(p.to)),
                        ],
                    ),
                    None => Sentence::new(&wording::FORUM_AD_HOC, vec![("forum", named())]),
                };
                findings.push(
                    Finding::new(
                        Rule::ForumInactiveInElection,
                        &forum.key,
                        objects(),
                        message,
                    )
                    .with_severity(Severity::Low),
                );
            }
            Knowable::Known(cadence) => {
                if let (Some(p), Some(interval)) = (period, cadence.interval_days())
                    && interval > p.days()
                {
                    findings.push(Finding::new(
                        Rule::ForumInactiveInElection,
                        &forum.key,
                        objects(),
                        Sentence::new(
                            &wording::FORUM_TOO_RARE,
                            vec![
                                ("forum", named()),
                                ("cadence", Term::label(cadence)),
                                ("days", Term::number(p.days())),
                                ("from", Term::Date(p.from)),
                                ("to", Term::Date(p.to)),
                            ],
                        ),
                    ));
                }
            }
            Knowable::Unknown => {
                if forum.meetings.is_empty() || meets_in_period == Some(false) {
                    findings.push(Finding::new(
                        Rule::ForumScheduleUnknown,
                        &forum.key,
                        objects(),
                        Sentence::new(&wording::FORUM_CADENCE_UNKNOWN, vec![("forum", named())]),
                    ));
                }
            }
        }
    }
    findings
}
