//! Forums: does every organisation that must act meet its partners somewhere, and does every
//! forum meet when it matters?

use super::facts::Facts;
use super::finding::{Finding, ObjectKind, ObjectRef, Rule, Severity};
use super::matrix::phase_phrase;
use crate::Knowable;
use crate::catalogue::{CatalogueEntry, ForumCadence, Phase};

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
                    format!("'{key}' has a role in the response but sits in no forum."),
                ));
            }
        }
    }

    let election_phases = Phase::election_period();
    let period = model.election.as_ref().and_then(|e| e.election_period());
    for forum in model.forums.items() {
        let objects = || vec![ObjectRef::new(ObjectKind::Forum, &forum.key)];
        if !forum.active_phases.intersects(election_phases) {
            findings.push(Finding::new(
                Rule::ForumInactiveInElection,
                &forum.key,
                objects(),
                format!(
                    "Forum '{}' is active only in {}, never between the campaign and the publication of results.",
                    forum.key,
                    phase_phrase(forum.active_phases)
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
                    Some(p) => format!(
                        "Forum '{}' meets ad hoc and has no meeting scheduled in the election period ({} to {}).",
                        forum.key, p.from, p.to
                    ),
                    None => format!(
                        "Forum '{}' meets ad hoc, with no meeting scheduled in the election period.",
                        forum.key
                    ),
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
                            format!(
                                "Forum '{}' meets {} but the election period lasts {} days ({} to {}) and no meeting is scheduled in it.",
                                forum.key,
                                cadence.label_in_sentence(),
                                p.days(),
                                p.from,
                                p.to
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
                        format!(
                            "It is not recorded how often forum '{}' meets, so it is not known whether it meets during the election period.",
                            forum.key
                        ),
                    ));
                }
            }
        }
    }
    findings
}
