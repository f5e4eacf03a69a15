//! The API against its own OpenAPI document, tried by schemathesis (generated requests, valid
//! and not, for every operation): no answer is a server error, and every status answered is one
//! the document lists.

use super::platform::{serve_with, token};
use super::{repository_root, stderr};
use liaison_store::testing::TestDatabase;
use std::process::Command;

#[tokio::test(flavor = "multi_thread")]
async fn every_operation_answers_only_documented_statuses_and_no_server_error() {
    let schemathesis = repository_root().join(".venv/bin/schemathesis");
    assert!(
        schemathesis.exists(),
        "schemathesis is missing: run scripts/install-test-deps"
    );
    let db = TestDatabase::new().await;
    let dir = tempfile::tempdir().unwrap();
    let server = serve_with(&db.url, dir.path(), &[]);
    // The widest rights on the model, and the narrowest reader.
    for (org, role) in [("cec", "coordinator"), ("observers-demowatch", "observer")] {
        let token = token(&db.url, dir.path(), org, role);
        let output = Command::new(&schemathesis)
            // Its cache of found examples stays with the test, not in the checkout.
            .current_dir(dir.path())
            .args([
                "run",
                &format!("{}/api/v1/openapi.json", server.url),
                "--header",
                &format!("Authorization: Bearer {token}"),
                "--checks",
                "not_a_server_error,status_code_conformance,response_schema_conformance",
                "--max-examples",
                "5",
                // Reproducible: the same requests every run.
                "--seed",
                "1",
                // A live stream never ends; its access is tested on its own.
                "--exclude-path",
                "/api/v1/events",
                "--no-color",
            ])
            .output()
            .expect("schemathesis runs");
        let report = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "{role}: schemathesis found failures:\n{report}\n{}",
            stderr(&output)
        );
        assert!(report.contains("passed"), "{report}");
    }
}
