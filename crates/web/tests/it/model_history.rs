//! The model across election cycles: a coordinator keeps the model for the election, the model
//! changes, and the comparison says what changed, by name, to each reader within what they may
//! see.

use super::TestApp;
use axum::http::StatusCode;
use liaison_domain::access::{RecordKind, Role};

const ELECTION_PATH: &str = "/model/history/General%20election%202027";

/// Changes a record's body as the coordinator, through the record editor.
async fn edit(
    app: &TestApp,
    client: &mut super::Client,
    kind: RecordKind,
    key: &str,
    from: &str,
    to: &str,
) {
    let record = app
        .db
        .store
        .record(kind, key, super::ALL_AUDIENCES)
        .await
        .unwrap();
    assert!(record.body.contains(from), "{}", record.body);
    let response = client
        .post(
            &format!("/records/{}/{key}", kind.id()),
            &[
                ("version", &record.version.to_string()),
                ("body", &record.body.replace(from, to)),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.text);
}

#[tokio::test]
async fn a_kept_model_is_compared_with_the_model_now_by_name_within_what_each_reader_may_see() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    let history = coordinator.get("/model/history").await;
    assert_eq!(history.status, StatusCode::OK);
    assert!(history.text.contains("No model has been kept yet."));
    assert!(
        history
            .text
            .contains("Keep the model as it stands for General election 2027")
    );

    let kept = coordinator.post("/model/history", &[]).await;
    assert_eq!(kept.status, StatusCode::SEE_OTHER, "{}", kept.text);
    assert_eq!(kept.headers["location"], ELECTION_PATH);
    let same = coordinator.get(ELECTION_PATH).await;
    assert_eq!(same.status, StatusCode::OK);
    assert!(
        same.text.contains("The two models are the same"),
        "{}",
        same.text
    );

    edit(
        &app,
        &mut coordinator,
        RecordKind::Forum,
        "disinfo-wg",
        "cadence: fortnightly",
        "cadence: weekly",
    )
    .await;
    edit(
        &app,
        &mut coordinator,
        RecordKind::Agreement,
        "cec-nss-annex",
        "adopted: 2026-02",
        "adopted: 2026-03",
    )
    .await;

    let changed = coordinator.get(ELECTION_PATH).await;
    assert_eq!(changed.status, StatusCode::OK);
    for expected in [
        "Changes since General election 2027",
        "Forums: 1 changed (Process Disinformation Working Group)",
        "Classified annex on intelligence sharing between the CEC and the NSS",
    ] {
        assert!(
            changed.text.contains(expected),
            "{expected}: {}",
            changed.text
        );
    }
    assert!(!changed.text.contains("disinfo-wg)"), "names, not ids");

    // The observer reads the same comparison without what only members may see.
    let mut observer = app.signed_in(Role::Observer).await;
    let seen = observer.get(ELECTION_PATH).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert!(seen.text.contains("Process Disinformation Working Group"));
    // An observer inside a member organisation (the CEC) reads exactly what any observer reads.
    let mut inside = app.client();
    inside
        .sign_in("cecobserver@test.example", super::PASSWORD)
        .await;
    let seen_inside = inside.get(ELECTION_PATH).await;
    assert_eq!(seen_inside.status, StatusCode::OK);
    for hidden in ["Classified annex", "cec-nss-annex", "Agreements:"] {
        assert!(
            !seen_inside.text.contains(hidden),
            "{hidden} leaked to the observer inside the CEC"
        );
        assert!(
            !seen.text.contains(hidden),
            "{hidden} leaked: {}",
            seen.text
        );
    }

    let listed = observer.get("/model/history").await;
    assert!(listed.text.contains("General election 2027"));
    assert!(
        listed.text.contains("Test coordinator"),
        "who kept it, by name"
    );
    assert!(
        !listed.text.contains("action=\"/model/history\""),
        "only coordinators keep it"
    );
    assert_eq!(
        observer.post("/model/history", &[]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        observer
            .get("/model/history/No%20such%20election")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn keeping_the_model_again_replaces_the_election_s_copy_and_is_audited() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.post("/model/history", &[]).await;
    edit(
        &app,
        &mut coordinator,
        RecordKind::Forum,
        "disinfo-wg",
        "cadence: fortnightly",
        "cadence: weekly",
    )
    .await;
    assert_eq!(
        coordinator.post("/model/history", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    let again = coordinator.get(ELECTION_PATH).await;
    assert!(
        again.text.contains("The two models are the same"),
        "{}",
        again.text
    );
    assert_eq!(app.db.store.model_snapshots().await.unwrap().len(), 1);
    let audit = coordinator.get("/admin/audit").await;
    assert!(audit.text.contains("snapshot"), "{}", audit.text);
}
