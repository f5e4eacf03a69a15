//! What changed between two models, such as the same country's model in two election cycles:
//! the items added, removed and changed in each section, the cells of the responsibility
//! matrix whose accountable organisations moved, and how the analysis moved (findings, focus
//! areas, approach, maturity).
//!
//! Items are compared in the file format, where references are ids: two models number their
//! organisations differently, and an item is unchanged when it reads the same in a file.

use crate::model_file::to_file_format;
use liaison_domain::analysis::{Analysis, Approach, grid};
use liaison_domain::catalogue::{CollaborationLevel, FocusArea, Phase, ThreatKind};
use liaison_domain::model::Model;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// The sections whose items have ids, in the order of a model file.
pub const SECTIONS: [&str; 7] = [
    "organisations",
    "contacts",
    "forums",
    "agreements",
    "assets",
    "activities",
    "escalation_protocols",
];

/// The changes of one section, by item id, each list sorted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionChanges {
    pub section: &'static str,
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<String>,
    /// Whether the section was known (not `unknown`) in the old and in the new model.
    pub known_before: bool,
    pub known_after: bool,
}

impl SectionChanges {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.known_before == self.known_after
    }
}

/// A cell of the matrix (threat × phase) whose accountable organisations differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CellChange {
    pub threat: ThreatKind,
    pub phase: Phase,
    /// Organisation ids, sorted; empty where nobody was accountable.
    pub before: Vec<String>,
    pub after: Vec<String>,
}

/// Everything that changed from one model to another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModelChanges {
    /// Every section of [`SECTIONS`], changed or not, in that order.
    pub sections: Vec<SectionChanges>,
    /// In catalogue order of threats, then phases.
    pub cells: Vec<CellChange>,
}

impl ModelChanges {
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty() && self.sections.iter().all(SectionChanges::is_empty)
    }
}

/// A value in the old model and in the new.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Moved<T> {
    pub before: T,
    pub after: T,
}

impl<T: PartialEq> Moved<T> {
    pub fn moved(&self) -> bool {
        self.before != self.after
    }
}

/// How the analysis of a model moved from one model to the next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnalysisChanges {
    /// Finding ids (`<rule>/<key>`) found now and not before, and the reverse; sorted.
    pub new_findings: Vec<String>,
    pub resolved_findings: Vec<String>,
    /// Focus areas shown now and not before, and the reverse; in the publication's order.
    pub focus_areas_gained: Vec<FocusArea>,
    pub focus_areas_lost: Vec<FocusArea>,
    pub approach: Moved<Option<Approach>>,
    pub maturity: Moved<CollaborationLevel>,
}

impl AnalysisChanges {
    pub fn is_empty(&self) -> bool {
        self.new_findings.is_empty()
            && self.resolved_findings.is_empty()
            && self.focus_areas_gained.is_empty()
            && self.focus_areas_lost.is_empty()
            && !self.approach.moved()
            && !self.maturity.moved()
    }
}

/// Compares the analyses of two models.
pub fn compare_analyses(old: &Analysis, new: &Analysis) -> AnalysisChanges {
    let ids = |a: &Analysis| {
        a.findings
            .iter()
            .map(|f| f.id.clone())
            .collect::<std::collections::BTreeSet<_>>()
    };
    let (before, after) = (ids(old), ids(new));
    let only = |areas: &[FocusArea], other: &[FocusArea]| {
        areas
            .iter()
            .copied()
            .filter(|a| !other.contains(a))
            .collect::<Vec<_>>()
    };
    AnalysisChanges {
        new_findings: after.difference(&before).cloned().collect(),
        resolved_findings: before.difference(&after).cloned().collect(),
        focus_areas_gained: only(&new.focus_areas, &old.focus_areas),
        focus_areas_lost: only(&old.focus_areas, &new.focus_areas),
        approach: Moved {
            before: old.approach,
            after: new.approach,
        },
        maturity: Moved {
            before: old.maturity.level,
            after: new.maturity.level,
        },
    }
}

/// Compares two models.
pub fn compare(old: &Model, new: &Model) -> ModelChanges {
    let (old_file, new_file) = (file_value(old), file_value(new));
    let sections = SECTIONS
        .iter()
        .map(|section| compare_section(section, &old_file, &new_file))
        .collect();
    ModelChanges {
        sections,
        cells: compare_cells(old, new),
    }
}

fn file_value(model: &Model) -> Value {
    serde_json::to_value(to_file_format(model)).unwrap_or(Value::Null)
}

/// The items of a section by id; `None` when the section is `unknown`.
fn items<'a>(file: &'a Value, section: &str) -> Option<BTreeMap<&'a str, &'a Value>> {
    match file.get(section) {
        None | Some(Value::Null) => Some(BTreeMap::new()),
        Some(Value::Array(items)) => Some(
            items
                .iter()
                .filter_map(|item| Some((item.get("id")?.as_str()?, item)))
                .collect(),
        ),
        Some(_) => None,
    }
}

fn compare_section(section: &'static str, old: &Value, new: &Value) -> SectionChanges {
    let before = items(old, section);
    let after = items(new, section);
    let (known_before, known_after) = (before.is_some(), after.is_some());
    let (before, after) = (before.unwrap_or_default(), after.unwrap_or_default());
    let owned = |ids: Vec<&&str>| ids.into_iter().map(|id| (*id).to_owned()).collect();
    SectionChanges {
        section,
        added: owned(
            after
                .keys()
                .filter(|id| !before.contains_key(*id))
                .collect(),
        ),
        removed: owned(
            before
                .keys()
                .filter(|id| !after.contains_key(*id))
                .collect(),
        ),
        changed: owned(
            before
                .iter()
                .filter(|(id, item)| after.get(*id).is_some_and(|now| now != *item))
                .map(|(id, _)| id)
                .collect(),
        ),
        known_before,
        known_after,
    }
}

/// The accountable organisations of every cell, by their ids.
fn accountable(model: &Model) -> BTreeMap<(ThreatKind, Phase), Vec<String>> {
    grid(model, None)
        .into_iter()
        .map(|cell| {
            let mut ids: Vec<String> = cell
                .accountable
                .iter()
                .map(|id| model.organisations[id.index()].key.clone())
                .collect();
            ids.sort();
            ((cell.threat, cell.phase), ids)
        })
        .collect()
}

fn compare_cells(old: &Model, new: &Model) -> Vec<CellChange> {
    let (before, after) = (accountable(old), accountable(new));
    let mut cells: Vec<(ThreatKind, Phase)> = before.keys().chain(after.keys()).copied().collect();
    cells.sort();
    cells.dedup();
    cells
        .into_iter()
        .filter_map(|cell| {
            let was = before.get(&cell).cloned().unwrap_or_default();
            let is = after.get(&cell).cloned().unwrap_or_default();
            (was != is).then_some(CellChange {
                threat: cell.0,
                phase: cell.1,
                before: was,
                after: is,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model_file::parse_model_str;

    const OLD: &str = "\
jurisdiction:
  name: Testland
organisations:
  - {id: cec, name: Election Commission, kind: emb}
  - {id: cert, name: National CERT, kind: cert}
  - {id: police, name: Police, kind: police}
forums:
  - {id: tf, name: Task force, kind: task_force, members: [cec, cert]}
assets:
  - {id: site, name: Results website, kind: results_website, operator: cec}
responsibilities:
  - {organisation: cec, role: accountable, threats: [ddos], phases: [tabulation], assets: all}
";

    /// The next cycle: the police leave, a regulator joins the task force, the CERT becomes
    /// accountable for DDoS on results night.
    const NEW: &str = "\
jurisdiction:
  name: Testland
organisations:
  - {id: regulator, name: Media regulator, kind: media_regulator}
  - {id: cert, name: National CERT, kind: cert}
  - {id: cec, name: Election Commission, kind: emb}
forums:
  - {id: tf, name: Task force, kind: task_force, members: [cec, cert, regulator]}
assets:
  - {id: site, name: Results website, kind: results_website, operator: cec}
responsibilities:
  - {organisation: cec, role: accountable, threats: [ddos], phases: [tabulation], assets: all}
  - {organisation: cert, role: accountable, threats: [ddos], phases: [results_publication], assets: all}
";

    fn model(text: &str) -> Model {
        parse_model_str("model.yaml", text).expect("a valid model")
    }

    #[test]
    fn a_model_compared_with_itself_has_no_changes_even_when_its_order_differs() {
        let changes = compare(&model(OLD), &model(OLD));
        assert!(changes.is_empty(), "{changes:#?}");
        let reordered = OLD.replace(
            "  - {id: cec, name: Election Commission, kind: emb}\n  - {id: cert, name: National CERT, kind: cert}\n",
            "  - {id: cert, name: National CERT, kind: cert}\n  - {id: cec, name: Election Commission, kind: emb}\n",
        );
        assert_ne!(reordered, OLD);
        assert!(compare(&model(OLD), &model(&reordered)).is_empty());
    }

    #[test]
    fn items_added_removed_and_changed_are_named_by_id() {
        let changes = compare(&model(OLD), &model(NEW));
        let organisations = &changes.sections[0];
        assert_eq!(organisations.added, ["regulator"]);
        assert_eq!(organisations.removed, ["police"]);
        assert!(organisations.changed.is_empty(), "{organisations:?}");
        let forums = &changes.sections[2];
        assert_eq!(forums.changed, ["tf"]);
        assert!(changes.sections[1].is_empty());
    }

    #[test]
    fn matrix_cells_whose_accountable_organisations_moved_are_listed() {
        let changes = compare(&model(OLD), &model(NEW));
        let results: Vec<&CellChange> = changes
            .cells
            .iter()
            .filter(|c| c.threat == ThreatKind::Ddos)
            .collect();
        assert_eq!(results.len(), 1, "{results:?}");
        assert_eq!(results[0].phase, Phase::ResultsPublication);
        assert!(results[0].before.is_empty());
        assert_eq!(results[0].after, ["cert"]);
    }

    #[test]
    fn the_analysis_moves_with_the_model() {
        let analyse = |m: &Model| {
            liaison_domain::analysis::analyse(
                m,
                &liaison_domain::analysis::AnalysisOptions::new(time::macros::date!(
                    2026 - 11 - 25
                )),
            )
        };
        let (old, new) = (analyse(&model(OLD)), analyse(&model(NEW)));
        assert!(compare_analyses(&old, &old).is_empty());
        let changes = compare_analyses(&old, &new);
        assert!(!changes.is_empty());
        // Exactly the findings that differ, each on the side it is on.
        for id in &changes.new_findings {
            assert!(
                new.findings.iter().any(|f| &f.id == id)
                    && !old.findings.iter().any(|f| &f.id == id)
            );
        }
        for id in &changes.resolved_findings {
            assert!(
                old.findings.iter().any(|f| &f.id == id)
                    && !new.findings.iter().any(|f| &f.id == id)
            );
        }
        let differing = new
            .findings
            .iter()
            .filter(|f| !old.findings.iter().any(|o| o.id == f.id))
            .count()
            + old
                .findings
                .iter()
                .filter(|f| !new.findings.iter().any(|n| n.id == f.id))
                .count();
        assert_eq!(
            changes.new_findings.len() + changes.resolved_findings.len(),
            differing
        );
        assert_eq!(changes.maturity.before, old.maturity.level);
        assert_eq!(changes.maturity.after, new.maturity.level);
    }

    #[test]
    fn a_section_that_becomes_known_is_a_change() {
        let unknown = format!("{OLD}contacts: unknown\n");
        let changes = compare(&model(&unknown), &model(OLD));
        let contacts = &changes.sections[1];
        assert!(!contacts.known_before && contacts.known_after);
        assert!(!contacts.is_empty());
    }
}
