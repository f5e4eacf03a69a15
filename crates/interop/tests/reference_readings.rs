//! Every reference country's focus areas and approach, against what the publication's Annex A
//! says of that country (`examples/models/reference/<code>/annex-reading.md`, one passage per
//! decision). Where the analysis still differs from the annex, the difference is listed below
//! with its cause and explained in docs/ANALYSIS.md: a change of a rule or a model that makes
//! the analysis agree, or disagree, anywhere else fails this test until the list is updated.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use liaison_domain::analysis::{self, AnalysisOptions};
use liaison_domain::catalogue::{CatalogueEntry, FocusArea};
use liaison_interop::model_file::{LoadOptions, load_model};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use time::macros::date;

/// (country, decision, what the analysis says, why it differs from the annex).
const KNOWN_DIFFERENCES: &[(&str, &str, &str, &str)] = &[
    (
        "au",
        "prevention_response",
        "no",
        "the task force's advice on reducing risks is guidance, which the analysis counts under expertise and tools",
    ),
    (
        "au",
        "independent_assessment",
        "no",
        "the annex does not say who carries out the cyber health checks, so no independent lead is recorded",
    ),
    (
        "au",
        "approach",
        "mixed",
        "the COAG-requested health checks count as the agencies' own joint work beside the task force the government set up",
    ),
    (
        "bg",
        "expertise_tools",
        "no",
        "security operations contracted to state agencies are technical assistance, counted under prevention and response",
    ),
    (
        "bg",
        "approach",
        "mixed",
        "the annex does not say who set up the interservice group, which counts as set up by the agencies",
    ),
    (
        "eu",
        "approach",
        "mixed",
        "the networks the Commission recommended count as set up by the agencies, since the annex does not say the recommendation sets them up",
    ),
    (
        "md",
        "public_communication",
        "yes",
        "the Security and Intelligence Service announces attacks on the commission's behalf, which counts as joint communication",
    ),
    (
        "mx",
        "communication_directory",
        "no",
        "the annex describes long-standing collaboration with stated roles but no forum, contact list, agreement or repeated joint activity with a state agency",
    ),
    (
        "mx",
        "approach",
        "horizontal",
        "the annex calls the collaboration top-down but names no instrument; the only signs are the MoUs with platforms",
    ),
    (
        "no",
        "communication_directory",
        "no",
        "the annex does not say whether an election body sits in the 2017 cooperation, so its forum has no EMB",
    ),
    (
        "nl",
        "approach",
        "mixed",
        "the ministry's own bodies working together count as horizontal beside the Electoral Law; the annex reads them as one vertical structure",
    ),
    (
        "us",
        "independent_assessment",
        "no",
        "the Election Assistance Commission is the model's election body, so its certification of voting systems is not independent of it",
    ),
    (
        "za",
        "communication_directory",
        "yes",
        "the constitution sets the roles of the IEC, the police and the security agency, which the analysis reads as agreed roles",
    ),
];

const DECISIONS: [&str; 8] = [
    "communication_directory",
    "joint_risk_assessment",
    "public_communication",
    "prevention_response",
    "expertise_tools",
    "independent_assessment",
    "joint_exercises",
    "approach",
];

fn reference_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/models/reference");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("the reference models exist")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// The reading's decisions: (decision, what the annex says), each with a passage.
fn reading(dir: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(dir.join("annex-reading.md"))
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut rows = Vec::new();
    for line in text.lines().filter(|l| l.starts_with("| ")) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        if let [decision, says, passage] = cells[..]
            && DECISIONS.contains(&decision)
        {
            assert!(
                passage.len() > 40,
                "{}: {decision} needs the passage it rests on",
                dir.display()
            );
            rows.push((decision.to_owned(), says.to_owned()));
        }
    }
    let decided: Vec<&str> = rows.iter().map(|(d, _)| d.as_str()).collect();
    assert_eq!(
        decided,
        DECISIONS,
        "{}: one row per decision",
        dir.display()
    );
    rows
}

#[test]
fn every_reference_country_agrees_with_the_annex_except_where_documented() {
    let dirs = reference_dirs();
    assert_eq!(dirs.len(), 20);
    let mut differences = BTreeSet::new();
    let mut agreed = 0;
    for dir in &dirs {
        let code = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let model = load_model(dir, &LoadOptions::default())
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        let a = analysis::analyse(&model, &AnalysisOptions::new(date!(2026 - 11 - 25)));
        for (decision, annex) in reading(dir) {
            let said = if decision == "approach" {
                a.approach.map_or("undetermined", |x| x.id()).to_owned()
            } else {
                let area = FocusArea::ALL
                    .iter()
                    .find(|x| x.id() == decision)
                    .expect("a focus area");
                if a.focus_areas.contains(area) {
                    "yes"
                } else {
                    "no"
                }
                .to_owned()
            };
            if said == annex {
                agreed += 1;
            } else {
                differences.insert((code.to_owned(), decision, said));
            }
        }
    }
    let known: BTreeSet<(String, String, String)> = KNOWN_DIFFERENCES
        .iter()
        .map(|(c, d, s, _)| ((*c).to_owned(), (*d).to_owned(), (*s).to_owned()))
        .collect();
    let new: Vec<_> = differences.difference(&known).collect();
    let gone: Vec<_> = known.difference(&differences).collect();
    assert!(
        new.is_empty() && gone.is_empty(),
        "the analysis moved against the annex: newly differing {new:#?}; now agreeing {gone:#?}"
    );
    assert_eq!(agreed + differences.len(), 8 * dirs.len());
    println!(
        "{agreed} of {} decisions agree with the annex",
        8 * dirs.len()
    );
}
