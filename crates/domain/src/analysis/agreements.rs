//! Agreements: is the involvement of security bodies bounded and public, and is every
//! agreement still in force?

use super::facts::Facts;
use super::finding::{Finding, ObjectKind, ObjectRef, Rule};
use super::sentence::{Sentence, Term};
use super::wording;
use crate::Knowable;
use crate::catalogue::OrganisationKind;
use crate::model::{Agreement, OrgId};

/// Whether an agreement ties the election administration to a security or law-enforcement
/// body: the kind whose secrecy costs the EMB its perceived independence.
fn needs_to_be_public(facts: &Facts, agreement: &Agreement) -> Option<(OrgId, OrgId)> {
    let model = facts.model;
    let sensitive = agreement.parties.iter().copied().find(|&p| {
        model.organisation(p).independence_sensitive == Knowable::Known(true)
            && model.organisation(p).kind.is_election_administration()
    })?;
    let security = agreement.parties.iter().copied().find(|&p| {
        let kind = model.organisation(p).kind;
        kind.is_security_sector() || kind == OrganisationKind::Police
    })?;
    Some((sensitive, security))
}

pub fn check(facts: &Facts) -> Vec<Finding> {
    let model = facts.model;
    let mut findings = Vec::new();
    let agreements = model.agreements.items();

    for agreement in agreements {
        let object = || ObjectRef::new(ObjectKind::Agreement, &agreement.key);
        if agreement.expired_by(facts.today) {
            let end = match agreement.valid_to {
                Some(Knowable::Known(end)) => Term::Date(end),
                _ => Term::text(""),
            };
            findings.push(Finding::new(
                Rule::AgreementExpired,
                &agreement.key,
                vec![object()],
                Sentence::new(
                    &wording::AGREEMENT_EXPIRED,
                    vec![
                        ("agreement", Term::object(object())),
                        ("title", Term::text(&agreement.title)),
                        ("date", end),
                    ],
                ),
            ));
        }
        if let Some((sensitive, security)) = needs_to_be_public(facts, agreement) {
            let objects = vec![
                object(),
                ObjectRef::new(ObjectKind::Organisation, facts.key(sensitive)),
                ObjectRef::new(ObjectKind::Organisation, facts.key(security)),
            ];
            let names = ["agreement", "election_body", "security_body"];
            let named: Vec<_> = names
                .into_iter()
                .zip(objects.iter().cloned().map(Term::object))
                .collect();
            let between = |wording| Sentence::new(wording, named.clone());
            match agreement.public {
                Knowable::Known(false) => findings.push(Finding::new(
                    Rule::AgreementNotPublic,
                    &agreement.key,
                    objects,
                    between(&wording::AGREEMENT_NOT_PUBLIC),
                )),
                Knowable::Unknown => findings.push(Finding::new(
                    Rule::AgreementPublicityUnknown,
                    &agreement.key,
                    objects,
                    between(&wording::AGREEMENT_PUBLICITY_UNKNOWN),
                )),
                Knowable::Known(true) => {}
            }
        }
    }

    if model.agreements.is_unknown() {
        return findings;
    }
    for org in model.org_ids() {
        let organisation = model.organisation(org);
        if !organisation.kind.is_security_sector() || !facts.involved[org.index()] {
            continue;
        }
        let bounded = agreements
            .iter()
            .any(|a| a.has_party(org) && a.bounds(org) && a.in_force_on(facts.today));
        if !bounded {
            let key = facts.key(org);
            let party_to: Vec<Term> = agreements
                .iter()
                .filter(|a| a.has_party(org))
                .map(|a| Term::object(ObjectRef::new(ObjectKind::Agreement, &a.key)))
                .collect();
            let mut args = vec![
                (
                    "organisation",
                    Term::object(ObjectRef::new(ObjectKind::Organisation, key)),
                ),
                ("kind", Term::label(organisation.kind)),
            ];
            let wording = if party_to.is_empty() {
                &wording::UNBOUNDED_NO_AGREEMENT
            } else {
                args.push(("agreements", Term::list(party_to, 0)));
                &wording::UNBOUNDED_AGREEMENTS
            };
            findings.push(Finding::new(
                Rule::SecurityRoleUnbounded,
                key,
                vec![ObjectRef::new(ObjectKind::Organisation, key)],
                Sentence::new(wording, args),
            ));
        }
    }
    findings
}
