//! `liaison diff`: Demoland against a copy changed as a next election cycle would change it.

use super::{AS_OF, liaison, repository_root, stderr};
use std::path::{Path, PathBuf};

/// A copy of Demoland in which the cut-off Lowport office is put under the southern region, as
/// the next cycle's model would fix it.
fn next_cycle() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let copy = dir.path().join("demoland-2031");
    std::fs::create_dir(&copy).unwrap();
    let source = repository_root().join("examples/models/demoland");
    for entry in std::fs::read_dir(&source).unwrap() {
        let path = entry.unwrap().path();
        let mut text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name == "organisations.yaml" {
            let office = "  - id: local-south-4\n    name: Lowport Island Election Office\n";
            assert!(text.contains(office), "Demoland's Lowport office has moved");
            text = text.replacen(office, &format!("{office}    parent: region-south\n"), 1);
        }
        std::fs::write(copy.join(&name), text).unwrap();
    }
    (dir, copy)
}

fn diff(old: &Path, new: &Path, extra: &[&str]) -> std::process::Output {
    let (old, new) = (old.to_string_lossy(), new.to_string_lossy());
    let mut args = vec!["diff", &*old, &*new, "--as-of", AS_OF];
    args.extend_from_slice(extra);
    liaison(&args)
}

fn demoland() -> PathBuf {
    repository_root().join("examples/models/demoland")
}

#[test]
fn a_model_compared_with_itself_has_not_changed() {
    let output = diff(&demoland(), &demoland(), &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("The two models are the same"), "{text}");
}

#[test]
fn the_next_cycle_shows_what_changed_and_the_finding_it_resolved() {
    let (_dir, next) = next_cycle();
    let output = diff(&demoland(), &next, &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("Organisations: 1 changed (local-south-4)"),
        "{text}"
    );
    assert!(text.contains("Findings resolved (1):"), "{text}");
    assert!(
        text.contains("local_office_isolated/local-south-4"),
        "{text}"
    );
    assert!(!text.contains("New findings"), "{text}");

    let json = diff(&demoland(), &next, &["--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(report["format"], "liaison-changes/1");
    assert_eq!(report["same"], false);
    assert_eq!(report["model"]["sections"][0]["section"], "organisations");
    assert_eq!(
        report["model"]["sections"][0]["changed"],
        serde_json::json!(["local-south-4"])
    );
    assert_eq!(
        report["analysis"]["resolved_findings"],
        serde_json::json!(["local_office_isolated/local-south-4"])
    );

    let french = diff(&demoland(), &next, &["--language", "fr"]);
    let text = String::from_utf8_lossy(&french.stdout);
    assert!(
        text.contains("Organisations : 1 modifié (local-south-4)"),
        "{text}"
    );
    assert!(text.contains("Constats résolus (1) :"), "{text}");
}

#[test]
fn going_back_a_cycle_brings_a_high_finding_back_and_fails() {
    let (_dir, next) = next_cycle();
    let output = diff(&next, &demoland(), &[]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("New findings (1):"), "{text}");
    // Above the threshold only.
    let output = diff(&next, &demoland(), &["--fail-on", "critical"]);
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn an_invalid_model_is_refused_with_its_problems() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.yaml");
    std::fs::write(&broken, "jurisdiction: [\n").unwrap();
    let output = diff(&demoland(), &broken, &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("broken.yaml:"),
        "{}",
        stderr(&output)
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn the_comparison_is_also_a_self_contained_page_in_the_reader_s_language() {
    let (_dir, next) = next_cycle();
    let output = diff(
        &demoland(),
        &next,
        &["--format", "html", "--language", "ar"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let page = String::from_utf8_lossy(&output.stdout);
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"), "{page}");
    assert!(page.contains("<main>"), "one main landmark: {page}");
    assert!(page.contains("local-south-4"), "{page}");
    assert!(
        page.contains("local_office_isolated/local-south-4"),
        "the resolved finding: {page}"
    );
    assert!(!page.contains("<script"), "no scripts: {page}");
    assert!(!page.contains("Organisations:"), "in Arabic: {page}");
}
