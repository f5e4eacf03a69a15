//! Agreements: is the involvement of security bodies bounded and public, and is every
//! agreement still in force?

use super::facts::Facts;
use super::finding::{Finding, ObjectKind, ObjectRef, Rule};
use crate::Knowable;
use crate::catalogue::{CatalogueEntry, OrganisationKind};
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
                Some(Knowable::Known(end)) => end.to_string(),
                _ => String::new(),
            };
            findings.push(Finding::new(
                Rule::AgreementExpired,
                &agreement.key,
                vec![object()],
                format!(
                    "Agreement '{}' ({}) expired on {end}.",
                    agreement.key, agreement.title
                ),
            ));
        }
        if let Some((sensitive, security)) = needs_to_be_public(facts, agreement) {
            let objects = vec![
                object(),
                ObjectRef::new(ObjectKind::Organisation, facts.key(sensitive)),
                ObjectRef::new(ObjectKind::Organisation, facts.key(security)),
            ];
            match agreement.public {
                Knowable::Known(false) => findings.push(Finding::new(
                    Rule::AgreementNotPublic,
                    &agreement.key,
                    objects,
                    format!(
                        "Agreement '{}' between '{}' and '{}' is not public.",
                        agreement.key,
                        facts.key(sensitive),
                        facts.key(security)
                    ),
                )),
                Knowable::Unknown => findings.push(Finding::new(
                    Rule::AgreementPublicityUnknown,
                    &agreement.key,
                    objects,
                    format!(
                        "It is not recorded whether agreement '{}' between '{}' and '{}' is public.",
                        agreement.key,
                        facts.key(sensitive),
                        facts.key(security)
                    ),
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
            let party_to: Vec<&str> = agreements
                .iter()
                .filter(|a| a.has_party(org))
                .map(|a| a.key.as_str())
                .collect();
            let detail = if party_to.is_empty() {
                "it is party to no agreement".to_owned()
            } else {
                format!(
                    "its agreements ({}) do not state the boundaries of its involvement",
                    party_to.join(", ")
                )
            };
            findings.push(Finding::new(
                Rule::SecurityRoleUnbounded,
                key,
                vec![ObjectRef::new(ObjectKind::Organisation, key)],
                format!(
                    "'{key}' ({}) takes part in the collaboration, but {detail}.",
                    organisation.kind.label_in_sentence()
                ),
            ));
        }
    }
    findings
}
