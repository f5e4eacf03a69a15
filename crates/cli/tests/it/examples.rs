//! The examples: Demoland shows its planted defects, every reference model loads and is
//! analysed, and the generated JSON Schemas accept the examples and the reports.

use super::{check_json, liaison, repository_root};
use std::path::{Path, PathBuf};

fn schema(which: &str) -> jsonschema::Validator {
    let output = liaison(&["schema", which]);
    assert!(output.status.success());
    let schema: serde_json::Value = serde_json::from_slice(&output.stdout).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

fn yaml_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir)
        .expect("readable directory")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            yaml_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "yaml") {
            found.push(path);
        }
    }
}

fn reference_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> =
        std::fs::read_dir(repository_root().join("examples/models/reference"))
            .expect("the reference models exist")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
    dirs.sort();
    dirs
}

#[test]
fn demoland_shows_its_planted_defects() {
    let (code, report) = check_json(&repository_root().join("examples/models/demoland"));
    assert_eq!(code, 1, "high findings make check exit with 1");
    let ids: Vec<&str> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["id"].as_str().expect("id"))
        .collect();
    for expected in [
        "local_office_isolated/local-south-4",
        "contact_single_person/media-regulator",
        "contact_stale/police-cyber-duty",
        "contact_no_out_of_band/demotel",
        "contact_no_emergency/dpa",
        "forum_missing_member/dpa",
        "security_role_unbounded/cyber-command",
        "agreement_expired/cec-police-mou",
        "agreement_not_public/cec-nss-annex",
        "forum_inactive_in_election/vendor-council",
        "responsibility_gap/hack_and_leak/party_systems",
        "responsibility_overlap/cert+nss",
        "capability_mismatch/insider/criminal_investigation+forensics",
        "maturity_next_level/exercised",
    ] {
        assert!(
            ids.contains(&expected),
            "{expected} is missing from {ids:#?}"
        );
    }
    assert_eq!(report["maturity"]["rung"], 6);
    assert_eq!(
        report["similar_countries"].as_array().map(Vec::len),
        Some(3)
    );
}

#[test]
fn every_reference_model_loads_and_is_analysed() {
    let dirs = reference_dirs();
    assert_eq!(dirs.len(), 20, "one model per country of the publication");
    let report_schema = schema("report");
    for dir in dirs {
        let (_, report) = check_json(&dir);
        let code = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        assert_eq!(
            report["code"].as_str().map(str::to_lowercase).as_deref(),
            Some(code),
            "{} is filed under its code",
            dir.display()
        );
        let errors: Vec<String> = report_schema
            .iter_errors(&report)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", dir.display());
        let similar = report["similar_countries"].as_array().expect("similar");
        assert!(
            similar
                .iter()
                .all(|s| s["code"].as_str().map(str::to_lowercase).as_deref() != Some(code)),
            "a reference is not compared with itself"
        );
    }
}

#[test]
fn the_model_schema_accepts_every_example_file() {
    let validator = schema("model");
    let mut files = Vec::new();
    yaml_files(&repository_root().join("examples/models"), &mut files);
    assert!(files.len() > 20);
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable example");
        // A second, independent YAML parser turns the file into JSON for the validator.
        let value: serde_json::Value = serde_saphyr::from_str(&text).expect("the example is YAML");
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
    }
}

#[test]
fn the_model_schema_rejects_what_the_reader_rejects() {
    let validator = schema("model");
    for (text, why) in [
        (
            "organisations:\n  - {id: a, name: A, kind: embb}\n",
            "unknown kind",
        ),
        (
            "organisations:\n  - {id: a, nmae: A, kind: emb}\n",
            "unknown key",
        ),
        ("contacts: maybe\n", "neither a list nor unknown"),
        (
            "jurisdiction: {name: X, critical_infrastructure: yes}\n",
            "not a status",
        ),
    ] {
        let value: serde_json::Value = serde_saphyr::from_str(text).expect("YAML");
        assert!(!validator.is_valid(&value), "{why}: {text}");
    }
}

#[test]
fn validate_accepts_the_examples() {
    let demoland = repository_root().join("examples/models/demoland");
    let output = liaison(&["validate", &demoland.to_string_lossy()]);
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("valid (37 organisations)"));
}

#[test]
fn the_generated_model_is_valid_and_analysed() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let out = dir.path().join("synthetic");
    let output = liaison(&[
        "generate",
        "--jurisdictions",
        "250",
        "--out",
        &out.to_string_lossy(),
    ]);
    assert!(output.status.success(), "{}", super::stderr(&output));
    let (_, report) = check_json(&out);
    assert!(report["summary"]["matrix_cells"].as_u64().unwrap_or(0) > 250 * 90);
    // Generating into a directory that is not empty would overwrite a model.
    let again = liaison(&[
        "generate",
        "--jurisdictions",
        "10",
        "--out",
        &out.to_string_lossy(),
    ]);
    assert_eq!(again.status.code(), Some(2));
    assert!(super::stderr(&again).contains("not empty"));
}
