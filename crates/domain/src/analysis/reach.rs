//! Levels of election administration: can every subordinate office reach the central EMB and
//! the national CERT, through the hierarchy, a forum or an agreement?

use super::facts::Facts;
use super::finding::{Finding, ObjectKind, ObjectRef, Rule, Severity};
use super::sentence::{Sentence, Term};
use super::wording;
use crate::Knowable;
use crate::model::{Model, OrgId};
use std::collections::VecDeque;

/// The collaboration graph: organisations, forums and agreements as nodes; membership,
/// parties and parents as edges. Forums and agreements are nodes rather than cliques, so a
/// forum of ten thousand offices costs ten thousand edges, not fifty million.
struct Graph {
    adjacent: Vec<Vec<u32>>,
}

impl Graph {
    fn build(model: &Model) -> Self {
        let orgs = model.organisations.len();
        let forums = model.forums.items();
        let agreements = model.agreements.items();
        let mut adjacent: Vec<Vec<u32>> = vec![Vec::new(); orgs + forums.len() + agreements.len()];
        let mut link = |a: usize, b: usize| {
            adjacent[a].push(b as u32);
            adjacent[b].push(a as u32);
        };
        for id in model.org_ids() {
            if let Some(parent) = model.organisation(id).parent {
                link(id.index(), parent.index());
            }
        }
        for (index, forum) in forums.iter().enumerate() {
            let node = orgs + index;
            for member in &forum.members {
                link(node, member.index());
            }
            if let Some(Knowable::Known(chair)) = forum.chair {
                link(node, chair.index());
            }
        }
        for (index, agreement) in agreements.iter().enumerate() {
            let node = orgs + forums.len() + index;
            for party in &agreement.parties {
                link(node, party.index());
            }
        }
        Graph { adjacent }
    }

    /// Nodes reachable from any of the sources.
    fn reachable(&self, sources: &[OrgId]) -> Vec<bool> {
        let mut seen = vec![false; self.adjacent.len()];
        let mut queue: VecDeque<u32> = VecDeque::new();
        for source in sources {
            seen[source.index()] = true;
            queue.push_back(source.0);
        }
        while let Some(node) = queue.pop_front() {
            for &next in &self.adjacent[node as usize] {
                if !seen[next as usize] {
                    seen[next as usize] = true;
                    queue.push_back(next);
                }
            }
        }
        seen
    }
}

pub fn check(facts: &Facts) -> Vec<Finding> {
    let model = facts.model;
    let mut findings = Vec::new();
    let jurisdiction = || {
        vec![ObjectRef::new(
            ObjectKind::Jurisdiction,
            &model.jurisdiction.name,
        )]
    };
    if facts.central_embs.is_empty() {
        findings.push(Finding::new(
            Rule::NoCentralEmb,
            "",
            jurisdiction(),
            Sentence::plain(&wording::NO_CENTRAL_EMB),
        ));
    }
    if facts.national_certs.is_empty() {
        findings.push(Finding::new(
            Rule::NoNationalCert,
            "",
            jurisdiction(),
            Sentence::plain(&wording::NO_NATIONAL_CERT),
        ));
    }
    let offices = facts.subordinate_offices();
    if offices.is_empty() {
        return findings;
    }
    let graph = Graph::build(model);
    let to_emb = (!facts.central_embs.is_empty()).then(|| graph.reachable(&facts.central_embs));
    let to_cert =
        (!facts.national_certs.is_empty()).then(|| graph.reachable(&facts.national_certs));
    for office in offices {
        let cut_from_emb = to_emb.as_ref().is_some_and(|r| !r[office.index()]);
        let cut_from_cert = to_cert.as_ref().is_some_and(|r| !r[office.index()]);
        if !cut_from_emb && !cut_from_cert {
            continue;
        }
        let key = facts.key(office);
        let mut objects = vec![ObjectRef::new(ObjectKind::Organisation, key)];
        if cut_from_emb {
            objects.extend(
                facts
                    .central_embs
                    .iter()
                    .map(|&e| ObjectRef::new(ObjectKind::Organisation, facts.key(e))),
            );
        }
        if cut_from_cert {
            objects.extend(
                facts
                    .national_certs
                    .iter()
                    .map(|&c| ObjectRef::new(ObjectKind::Organisation, facts.key(c))),
            );
        }
        let severity = if cut_from_emb {
            Severity::High
        } else {
            Severity::Medium
        };
        findings.push(
            Finding::new(
                Rule::LocalOfficeIsolated,
                key,
                objects,
                Sentence::new(
                    match (cut_from_emb, cut_from_cert) {
                        (true, true) => &wording::OFFICE_CUT_FROM_BOTH,
                        (true, false) => &wording::OFFICE_CUT_FROM_EMB,
                        _ => &wording::OFFICE_CUT_FROM_CERT,
                    },
                    vec![(
                        "office",
                        Term::object(ObjectRef::new(ObjectKind::Organisation, key)),
                    )],
                ),
            )
            .with_severity(severity),
        );
    }
    findings
}
