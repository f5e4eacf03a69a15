//! Bad input: every kind of broken, hostile or oversized model gets a clear sentence with its
//! place, and exit code 2, never a panic.

use super::{liaison, stderr};
use std::io::Write;
use std::path::{Path, PathBuf};

struct Case {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

/// A model file with the given bytes.
fn model_file(bytes: &[u8]) -> Case {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("model.yaml");
    std::fs::File::create(&path)
        .and_then(|mut f| f.write_all(bytes))
        .expect("file written");
    Case { _dir: dir, path }
}

/// Runs `check` and `validate` and expects exit code 2 with a message containing every needle.
fn rejected(path: &Path, needles: &[&str]) -> String {
    let path = path.to_string_lossy();
    let mut last = String::new();
    for command in ["check", "validate"] {
        let output = liaison(&[command, &path]);
        let err = stderr(&output);
        assert_eq!(output.status.code(), Some(2), "{command} {path}: {err}");
        assert!(!err.contains("panicked"), "{err}");
        assert!(output.stdout.is_empty() || command == "validate");
        for needle in needles {
            assert!(err.contains(needle), "'{needle}' not in:\n{err}");
        }
        last = err;
    }
    last
}

const HEAD: &str = "jurisdiction:\n  name: Testland\n";

#[test]
fn invalid_yaml_is_located() {
    let case =
        model_file(format!("{HEAD}organisations:\n  - {{id: a, name: [unclosed\n").as_bytes());
    rejected(&case.path, &["model.yaml:", "this is not valid YAML"]);
}

#[test]
fn wrong_types_are_explained() {
    let case = model_file(
        format!("{HEAD}organisations:\n  - id: a\n    name: [not, a, name]\n    kind: emb\n")
            .as_bytes(),
    );
    rejected(
        &case.path,
        &["model.yaml:5:", "organisation 'a'", "found a list"],
    );
}

#[test]
fn dangling_references_get_a_suggestion() {
    let case = model_file(
        format!(
            "{HEAD}organisations:\n  - {{id: cert, name: CERT, kind: cert}}\nforums:\n  - {{id: taskforce, name: TF, kind: task_force, members: [cret]}}\n"
        )
        .as_bytes(),
    );
    rejected(
        &case.path,
        &[
            "model.yaml:6:",
            "forum 'taskforce' lists member 'cret', which is not an organisation; did you mean 'cert'?",
        ],
    );
}

#[test]
fn a_supply_chain_names_organisations_and_known_keys_only() {
    let asset = |link: &str| {
        model_file(
            format!(
                "{HEAD}organisations:\n  - {{id: cec, name: CEC, kind: emb}}\n  - {{id: host, name: Host, kind: telecom}}\nassets:\n  - id: site\n    name: Site\n    kind: results_website\n    operator: cec\n    supply_chain:\n      - {link}\n"
            )
            .as_bytes(),
        )
    };
    let dangling = asset("{supplier: hots, provides: hosting}");
    rejected(
        &dangling.path,
        &[
            "model.yaml:12:20:",
            "asset 'site' has in its supply chain 'hots', which is not an organisation; did you mean 'host'?",
        ],
    );
    let unknown = asset("{supplier: host, certified: [ISO 27001]}");
    rejected(
        &unknown.path,
        &[
            "asset 'site' has an unknown key 'certified'",
            "certifications",
        ],
    );
    let not_a_list = asset("{supplier: host, certifications: ISO 27001}");
    rejected(&not_a_list.path, &["asset 'site'"]);
}

#[test]
fn duplicate_ids_name_both_places() {
    let case = model_file(
        format!("{HEAD}organisations:\n  - {{id: a, name: A, kind: emb}}\n  - {{id: a, name: B, kind: cert}}\n").as_bytes(),
    );
    rejected(
        &case.path,
        &[
            "model.yaml:5:",
            "two organisations with the id 'a' (the first at line 4)",
        ],
    );
}

#[test]
fn duplicate_keys_are_refused() {
    let case = model_file(format!("{HEAD}  name: Again\n").as_bytes());
    rejected(&case.path, &["the key 'name' appears twice"]);
}

#[test]
fn unknown_keys_and_sections_get_a_suggestion() {
    let case = model_file(
        format!("{HEAD}organisatons: []\norganisations:\n  - {{id: a, nmae: A, kind: emb}}\n")
            .as_bytes(),
    );
    let err = rejected(
        &case.path,
        &[
            "did you mean 'organisations'?",
            "unknown key 'nmae'; did you mean 'name'?",
        ],
    );
    assert!(err.contains("2 problems"), "{err}");
}

#[test]
fn all_errors_of_a_file_are_reported() {
    let case = model_file(
        format!(
            "{HEAD}organisations:\n  - {{id: a, name: A, kind: embb}}\n  - {{id: b, name: B, kind: cert, level: nationl}}\n  - {{id: 'c d', name: C, kind: police}}\nforums:\n  - {{id: f, name: F, kind: task_force, members: [a, x]}}\n"
        )
        .as_bytes(),
    );
    let err = rejected(
        &case.path,
        &[
            "did you mean 'emb'?",
            "did you mean 'national'?",
            "may only hold letters",
            "member 'x'",
        ],
    );
    assert!(err.contains("4 problems"), "{err}");
}

#[test]
fn a_parent_loop_is_refused() {
    let case = model_file(
        format!("{HEAD}organisations:\n  - {{id: a, name: A, kind: emb, parent: b}}\n  - {{id: b, name: B, kind: emb, parent: a}}\n").as_bytes(),
    );
    rejected(&case.path, &["is its own ancestor"]);
}

#[test]
fn a_fifty_megabyte_file_is_refused_before_parsing() {
    let mut text = String::from(HEAD);
    text.push_str("organisations:\n");
    let item = "  - {id: office, name: An office with a long name to fill the file, kind: election_office}\n";
    while text.len() < 50 * 1024 * 1024 {
        text.push_str(item);
    }
    let case = model_file(text.as_bytes());
    rejected(
        &case.path,
        &["larger than 32 MiB", "split a large model into a directory"],
    );
}

#[test]
fn deep_nesting_is_refused() {
    let flow = format!(
        "{HEAD}notes: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let case = model_file(flow.as_bytes());
    rejected(&case.path, &["model.yaml:3:"]);
    let block: String = (0..2_000)
        .map(|i| format!("{}a:\n", " ".repeat(i)))
        .collect();
    let case = model_file(format!("{HEAD}{block}").as_bytes());
    rejected(&case.path, &["nested more than 32 levels"]);
}

#[test]
fn non_utf8_is_located() {
    let mut bytes = HEAD.as_bytes().to_vec();
    bytes.extend_from_slice(b"organisations: [\xff\xfe]\n");
    let case = model_file(&bytes);
    rejected(&case.path, &["not UTF-8", "line 3, column 17"]);
}

#[test]
fn binary_junk_is_refused() {
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    let case = model_file(&bytes);
    rejected(&case.path, &["model.yaml"]);
}

#[test]
fn an_empty_directory_and_a_missing_path_are_explained() {
    let dir = tempfile::tempdir().expect("temporary directory");
    rejected(dir.path(), &["holds no model files"]);
    rejected(
        &dir.path().join("missing.yaml"),
        &["no such file or directory"],
    );
}

#[test]
fn an_empty_file_lacks_a_jurisdiction() {
    let case = model_file(b"# nothing here yet\n");
    rejected(&case.path, &["no 'jurisdiction:' section"]);
}

#[test]
fn anchors_aliases_and_tags_are_refused() {
    let laughs = format!(
        "{HEAD}notes: &a [\"lol\", \"lol\"]\nmore: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    );
    let case = model_file(laughs.as_bytes());
    rejected(&case.path, &["anchors and aliases"]);
    let case = model_file(format!("{HEAD}organisations: !!set {{}}\n").as_bytes());
    rejected(&case.path, &["model.yaml:3:"]);
}

#[test]
fn a_top_level_list_is_refused() {
    let case = model_file(b"- jurisdiction\n- organisations\n");
    rejected(&case.path, &["must be a set of sections"]);
}

#[test]
fn a_section_unknown_in_one_file_and_listed_in_another_is_refused() {
    let dir = tempfile::tempdir().expect("temporary directory");
    std::fs::write(
        dir.path().join("a.yaml"),
        format!("{HEAD}organisations:\n  - {{id: a, name: A, kind: emb}}\ncontacts: unknown\n"),
    )
    .expect("written");
    std::fs::write(
        dir.path().join("b.yaml"),
        "contacts:\n  - {id: c, organisation: a, name: C, kind: person, channels: [{kind: email, value: c@example.org}]}\n",
    )
    .expect("written");
    rejected(
        dir.path(),
        &["'contacts' is said to be unknown here but is listed"],
    );
}

#[test]
fn bad_arguments_are_explained_without_a_panic() {
    let output = liaison(&["check", "examples", "--as-of", "2026-13-45"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("is not a date"),
        "{}",
        stderr(&output)
    );
    let output = liaison(&["generate", "--jurisdictions", "0", "--out", "nowhere"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("between 1 and"));
}

#[test]
fn what_is_wrong_is_said_in_the_language_asked_for() {
    let case = model_file(
        format!("{HEAD}organisations:\n  - {{id: a, nmae: A, kind: emb}}\nforums:\n  - {{id: f, name: F, kind: task_force, members: [b]}}\n")
            .as_bytes(),
    );
    let path = case.path.to_string_lossy();
    for command in ["check", "validate"] {
        let output = liaison(&[command, "--language", "fr", &path]);
        let err = stderr(&output);
        assert_eq!(output.status.code(), Some(2), "{err}");
        assert!(err.starts_with("le modèle a 2 problèmes :"), "{err}");
        assert!(
            err.contains("qui n'est pas une organisation du modèle"),
            "{err}"
        );
        assert!(err.contains("model.yaml:4:"), "{err}");
        assert!(
            err.contains("a une clé inconnue « nmae » ; vouliez-vous dire « name » ?"),
            "{err}"
        );
    }
    let valid =
        model_file(format!("{HEAD}organisations:\n  - {{id: a, name: A, kind: emb}}\n").as_bytes());
    let output = liaison(&[
        "validate",
        "--language",
        "es",
        &valid.path.to_string_lossy(),
    ]);
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("válido (1 organización)"),
        "{}",
        stderr(&output)
    );
}
