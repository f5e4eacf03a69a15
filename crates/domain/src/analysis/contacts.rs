//! The directory: can each organisation that must act be reached, around the clock, over a
//! channel that survives an attack, through contacts someone has checked?

use super::facts::Facts;
use super::finding::{Finding, ObjectKind, ObjectRef, Rule, Severity};
use super::sentence::{Sentence, Term};
use super::wording;
use crate::Knowable;
use crate::catalogue::ContactKind;
use crate::model::{Contact, OrgId};

pub fn check(facts: &Facts, max_age_days: i64) -> Vec<Finding> {
    let model = facts.model;
    let mut findings = Vec::new();
    let Knowable::Known(contacts) = &model.contacts else {
        findings.push(Finding::new(
            Rule::ContactsUnknown,
            "",
            vec![ObjectRef::new(
                ObjectKind::Jurisdiction,
                &model.jurisdiction.name,
            )],
            Sentence::plain(&wording::CONTACTS_UNKNOWN),
        ));
        return findings;
    };
    let mut by_org: Vec<Vec<&Contact>> = vec![Vec::new(); model.organisations.len()];
    for contact in contacts {
        by_org[contact.organisation.index()].push(contact);
    }

    for org in model.org_ids() {
        let key = facts.key(org);
        let own = &by_org[org.index()];
        let object = || vec![ObjectRef::new(ObjectKind::Organisation, key)];
        let named = || Term::object(ObjectRef::new(ObjectKind::Organisation, key));
        if facts.acts[org.index()] {
            check_emergency(facts, org, own, &mut findings);
            if !own.is_empty() && !own.iter().any(|c| c.has_out_of_band_channel()) {
                findings.push(Finding::new(
                    Rule::ContactNoOutOfBand,
                    key,
                    object(),
                    Sentence::new(&wording::NO_OUT_OF_BAND, vec![("organisation", named())]),
                ));
            }
        }
        if let [only] = own.as_slice()
            && only.kind == ContactKind::Person
        {
            let mut objects = object();
            objects.push(ObjectRef::new(ObjectKind::Contact, &only.key));
            let severity = if facts.acts[org.index()] {
                Severity::Medium
            } else {
                Severity::Low
            };
            findings.push(
                Finding::new(
                    Rule::ContactSinglePerson,
                    key,
                    objects,
                    Sentence::new(
                        &wording::SINGLE_PERSON,
                        vec![
                            ("organisation", named()),
                            (
                                "contact",
                                Term::object(ObjectRef::new(ObjectKind::Contact, &only.key)),
                            ),
                        ],
                    ),
                )
                .with_severity(severity),
            );
        }
    }

    for contact in contacts {
        let objects = || {
            vec![
                ObjectRef::new(ObjectKind::Contact, &contact.key),
                ObjectRef::new(ObjectKind::Organisation, facts.key(contact.organisation)),
            ]
        };
        let said = |wording, more: Vec<(&'static str, Term)>| {
            let mut args: Vec<_> = ["contact", "organisation"]
                .into_iter()
                .zip(objects().into_iter().map(Term::object))
                .collect();
            args.extend(more);
            Sentence::new(wording, args)
        };
        // A stale emergency contact of an organisation that must act is worse than a stale
        // routine one.
        let important = contact.emergency && facts.acts[contact.organisation.index()];
        match contact.last_verified {
            None => findings.push(
                Finding::new(
                    Rule::ContactStale,
                    &contact.key,
                    objects(),
                    said(&wording::NEVER_VERIFIED, Vec::new()),
                )
                .with_severity(if important {
                    Severity::Medium
                } else {
                    Severity::Low
                }),
            ),
            Some(Knowable::Unknown) => findings.push(Finding::new(
                Rule::ContactVerificationUnknown,
                &contact.key,
                objects(),
                said(&wording::VERIFICATION_UNKNOWN, Vec::new()),
            )),
            Some(Knowable::Known(date)) => {
                let age = (facts.today - date).whole_days();
                if age > max_age_days {
                    findings.push(
                        Finding::new(
                            Rule::ContactStale,
                            &contact.key,
                            objects(),
                            said(
                                &wording::STALE,
                                vec![
                                    ("date", Term::Date(date)),
                                    ("days", Term::number(age)),
                                    ("limit", Term::number(max_age_days)),
                                ],
                            ),
                        )
                        .with_severity(if important {
                            Severity::Medium
                        } else {
                            Severity::Low
                        }),
                    );
                }
            }
        }
    }
    findings
}

fn check_emergency(facts: &Facts, org: OrgId, own: &[&Contact], findings: &mut Vec<Finding>) {
    let key = facts.key(org);
    if own.iter().any(|c| c.is_round_the_clock_emergency()) {
        return;
    }
    let undecided = own
        .iter()
        .any(|c| c.emergency && c.availability.is_unknown());
    let wording = if own.is_empty() {
        &wording::NO_CONTACT_AT_ALL
    } else if undecided {
        &wording::EMERGENCY_HOURS_UNKNOWN
    } else {
        &wording::NO_EMERGENCY_CONTACT
    };
    let organisation = ObjectRef::new(ObjectKind::Organisation, key);
    let message = Sentence::new(wording, vec![("organisation", Term::object(organisation))]);
    let severity = if undecided {
        Severity::Medium
    } else {
        Severity::High
    };
    findings.push(
        Finding::new(
            Rule::ContactNoEmergency,
            key,
            vec![ObjectRef::new(ObjectKind::Organisation, key)],
            message,
        )
        .with_severity(severity),
    );
}
