//! The directory: can each organisation that must act be reached, around the clock, over a
//! channel that survives an attack, through contacts someone has checked?

use super::facts::Facts;
use super::finding::{Finding, ObjectKind, ObjectRef, Rule, Severity};
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
            "The model does not record the contact directory ('contacts: unknown').".to_owned(),
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
        if facts.acts[org.index()] {
            check_emergency(facts, org, own, &mut findings);
            if !own.is_empty() && !own.iter().any(|c| c.has_out_of_band_channel()) {
                findings.push(Finding::new(
                    Rule::ContactNoOutOfBand,
                    key,
                    object(),
                    format!(
                        "'{key}' has a role in the response, but all its contacts are reached over e-mail, mobile or messaging only."
                    ),
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
                    format!(
                        "The only contact of '{key}' is one person, '{}'.",
                        only.name
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
        // A stale emergency contact of an organisation that must act is worse than a stale
        // routine one.
        let important = contact.emergency && facts.acts[contact.organisation.index()];
        match contact.last_verified {
            None => findings.push(
                Finding::new(
                    Rule::ContactStale,
                    &contact.key,
                    objects(),
                    format!(
                        "Contact '{}' of '{}' has never been verified.",
                        contact.key,
                        facts.key(contact.organisation)
                    ),
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
                format!(
                    "It is not recorded when contact '{}' of '{}' was last verified.",
                    contact.key,
                    facts.key(contact.organisation)
                ),
            )),
            Some(Knowable::Known(date)) => {
                let age = (facts.today - date).whole_days();
                if age > max_age_days {
                    findings.push(
                        Finding::new(
                            Rule::ContactStale,
                            &contact.key,
                            objects(),
                            format!(
                                "Contact '{}' of '{}' was last verified on {date}, {age} days ago (the limit is {max_age_days}).",
                                contact.key,
                                facts.key(contact.organisation)
                            ),
                        )
                        .with_severity(if important { Severity::Medium } else { Severity::Low }),
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
    let message = if own.is_empty() {
        format!("'{key}' has a role in the response but no contact at all.")
    } else if undecided {
        format!(
            "'{key}' has a role in the response; its emergency contact's hours are not recorded, so it may not answer around the clock."
        )
    } else {
        format!(
            "'{key}' has a role in the response but no emergency contact that answers around the clock."
        )
    };
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
