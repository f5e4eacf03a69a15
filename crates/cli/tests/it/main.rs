//! Integration tests of the `liaison` command: they run the real binary, as a user or an
//! election commission's CI would, and read what it prints.

// Helpers of tests fail loudly, like the tests themselves.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod delivery;
mod diff;
mod examples;
mod findings;
mod malformed;
mod pipes;
mod platform;
mod reports;
mod schemathesis;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The date every test takes as today, so that stale contacts and expired agreements do not
/// change with the calendar.
pub const AS_OF: &str = "2026-11-25";

/// The `liaison` binary on the tests' pinned clock (`LIAISON_NOW`), never the wall clock.
pub fn liaison_command() -> Command {
    let now = liaison_store::testing::test_now()
        .format(&time::format_description::well_known::Rfc3339)
        .expect("the tests' time formats");
    let mut command = Command::new(env!("CARGO_BIN_EXE_liaison"));
    command.env("LIAISON_NOW", now);
    command
}

pub fn liaison(args: &[&str]) -> Output {
    liaison_command()
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the liaison binary runs")
}

pub fn repository_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the repository root exists")
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// `liaison check --format json` of a model; panics with the error output if it is invalid.
pub fn check_json(path: &Path) -> (i32, serde_json::Value) {
    let path = path.to_string_lossy();
    let output = liaison(&["check", &path, "--format", "json", "--as-of", AS_OF]);
    let code = output.status.code().unwrap_or(-1);
    assert!(
        code == 0 || code == 1,
        "liaison check {path} exited with {code}:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report = serde_json::from_slice(&output.stdout).expect("the report is JSON");
    (code, report)
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
