//! The four report formats of Demoland, as snapshots, and the exit codes of `--fail-on`.

use super::{AS_OF, liaison, repository_root};

fn demoland(format: &str) -> String {
    demoland_in(format, "en")
}

fn demoland_in(format: &str, language: &str) -> String {
    let path = repository_root().join("examples/models/demoland");
    let output = liaison(&[
        "check",
        &path.to_string_lossy(),
        "--format",
        format,
        "--as-of",
        AS_OF,
        "--language",
        language,
    ]);
    assert_eq!(output.status.code(), Some(1));
    String::from_utf8(output.stdout).expect("UTF-8 report")
}

#[test]
fn text_report() {
    let text = demoland("text");
    assert!(!text.contains('\u{1b}'), "no colour codes when piped");
    insta::assert_snapshot!("demoland_text", text);
}

#[test]
fn json_report() {
    insta::assert_snapshot!("demoland_json", demoland("json"));
}

#[test]
fn markdown_report() {
    insta::assert_snapshot!("demoland_markdown", demoland("markdown"));
}

#[test]
fn html_report() {
    let html = demoland("html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        !html.contains("<script") && !html.contains("src=\"http"),
        "self-contained"
    );
    insta::assert_snapshot!("demoland_html", html);
}

#[test]
fn the_reports_speak_the_language_asked_for_and_json_stays_english() {
    let english = liaison_domain::testing::english_fragments();
    for language in ["fr", "es", "ar"] {
        for format in ["text", "markdown", "html"] {
            let report = demoland_in(format, language);
            for fragment in &english {
                assert!(
                    !report.contains(fragment),
                    "{language} {format}: \"{fragment}\" in {report}"
                );
            }
            for heading in ["Findings", "The ten recommendations", "Most similar"] {
                assert!(!report.contains(heading), "{language} {format}: {heading}");
            }
        }
    }
    let html = demoland_in("html", "ar");
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");
    assert_eq!(demoland_in("json", "fr"), demoland("json"));
    let refused = liaison(&["check", "examples/models/demoland", "--language", "de"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("'de' is not a language"));
}

#[test]
fn colour_is_used_on_request_only() {
    let path = repository_root().join("examples/models/demoland");
    let output = super::liaison_command()
        .args(["check", &path.to_string_lossy(), "--as-of", AS_OF])
        .env("CLICOLOR_FORCE", "1")
        .env_remove("NO_COLOR")
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&output.stdout).contains('\u{1b}'));
}

#[test]
fn fail_on_sets_the_exit_code() {
    let path = repository_root().join("examples/models/demoland");
    let path = path.to_string_lossy();
    let strict = liaison(&[
        "check",
        &path,
        "--as-of",
        AS_OF,
        "--fail-on",
        "info",
        "--format",
        "json",
    ]);
    assert_eq!(strict.status.code(), Some(1));
    let lenient = liaison(&[
        "check",
        &path,
        "--as-of",
        AS_OF,
        "--fail-on",
        "critical",
        "--format",
        "json",
    ]);
    assert_eq!(
        lenient.status.code(),
        Some(0),
        "Demoland has no critical finding"
    );
}

#[test]
fn the_report_can_be_written_to_a_file() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let out = dir.path().join("report.md");
    let path = repository_root().join("examples/models/demoland");
    let output = liaison(&[
        "check",
        &path.to_string_lossy(),
        "--as-of",
        AS_OF,
        "--format",
        "markdown",
        "--output",
        &out.to_string_lossy(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let written = std::fs::read_to_string(&out).expect("report written");
    assert!(written.starts_with("# Liaison check: Demoland"));
}
