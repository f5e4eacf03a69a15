//! For every rule of the analysis, a minimal model with exactly that defect, and the same model
//! with the defect fixed: the defect brings the rule's finding and nothing else new, and the
//! fixed model does not have it.

use super::{check_json, fixtures};
use liaison_domain::analysis::Rule;
use std::collections::BTreeSet;

fn rules_of(report: &serde_json::Value) -> BTreeSet<String> {
    report["findings"]
        .as_array()
        .expect("findings is an array")
        .iter()
        .map(|f| f["rule"].as_str().expect("rule is a string").to_owned())
        .collect()
}

#[test]
fn every_rule_has_a_defect_and_a_fix() {
    let mut problems = Vec::new();
    for rule in Rule::ALL {
        let dir = fixtures().join("findings").join(rule.id());
        let (defect, fixed) = (dir.join("defect.yaml"), dir.join("fixed.yaml"));
        if !defect.exists() || !fixed.exists() {
            problems.push(format!("{}: no defect.yaml and fixed.yaml", rule.id()));
            continue;
        }
        let (_, with_defect) = check_json(&defect);
        let (_, without) = check_json(&fixed);
        let found = rules_of(&with_defect);
        let after_fix = rules_of(&without);
        if !found.contains(rule.id()) {
            problems.push(format!("{}: the defect is not found", rule.id()));
        }
        if after_fix.contains(rule.id()) {
            problems.push(format!("{}: the fixed model still has it", rule.id()));
        }
        let new: Vec<&String> = found.difference(&after_fix).collect();
        if new.len() > 1 {
            problems.push(format!(
                "{}: the defect brings other findings too: {new:?}",
                rule.id()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
