//! The platform speaks the reader's language: the one chosen on the account, else the one the
//! browser asks for; Arabic is laid out right to left.

use super::TestApp;
use axum::http::{Method, StatusCode};
use liaison_domain::access::Role;

#[tokio::test]
async fn the_sign_in_page_speaks_the_browser_s_language() {
    let app = TestApp::new().await;
    let mut client = app.client();
    let page = client.get_in("/login", "de-DE,fr;q=0.8,en;q=0.5").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text.contains("<html lang=\"fr\" dir=\"ltr\">"),
        "{}",
        page.text
    );
    assert!(
        page.text.contains("Se connecter à Liaison"),
        "{}",
        page.text
    );
    let english = client.get("/login").await;
    assert!(english.text.contains("Sign in to Liaison"));
}

#[tokio::test]
async fn a_language_chosen_on_the_account_wins_over_the_browser_s_and_arabic_runs_right_to_left() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.get("/account").await;
    let chosen = coordinator
        .post("/account/language", &[("language", "ar")])
        .await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER, "{}", chosen.text);
    let page = coordinator.get_in("/account", "es").await;
    assert!(
        page.text.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "{}",
        page.text
    );
    assert!(page.text.contains("حسابك"), "{}", page.text);
    // Back to the browser's choice.
    coordinator
        .post("/account/language", &[("language", "")])
        .await;
    let page = coordinator.get_in("/account", "es").await;
    assert!(
        page.text.contains("<html lang=\"es\" dir=\"ltr\">"),
        "{}",
        page.text
    );
}

#[tokio::test]
async fn an_unknown_or_hostile_language_is_refused_and_changes_nothing() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator
        .post("/account/language", &[("language", "fr")])
        .await;
    let long = "x".repeat(100_000);
    for hostile in ["de", "fr-FR", "<script>", "en\u{0}", long.as_str()] {
        let refused = coordinator
            .post("/account/language", &[("language", hostile)])
            .await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{hostile}"
        );
    }
    let page = coordinator.get("/account").await;
    assert!(
        page.text.contains("<html lang=\"fr\""),
        "the French choice stays"
    );
}

#[tokio::test]
async fn what_is_refused_far_from_a_page_is_said_in_the_request_s_language() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.get("/account").await;
    // A form too large is refused by the layer that checks forms, before any page runs.
    let body = format!("note={}", "x".repeat(2 * 1024 * 1024));
    let refused = coordinator
        .send(
            Method::POST,
            "/account/language",
            Some("application/x-www-form-urlencoded"),
            body.into_bytes(),
            &[("accept-language", "fr")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text.contains("Le formulaire est trop volumineux."),
        "{}",
        refused.text
    );
}

#[tokio::test]
async fn what_is_wrong_in_a_record_s_text_is_said_in_the_reader_s_language() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator
        .post("/account/language", &[("language", "fr")])
        .await;
    coordinator.get("/records/forum/taskforce/edit").await;
    let version = app
        .db
        .store
        .record(
            liaison_domain::access::RecordKind::Forum,
            "taskforce",
            super::ALL_AUDIENCES,
        )
        .await
        .unwrap()
        .version
        .to_string();
    for (body, french) in [
        // Read from the text alone.
        (
            "id: taskforce\nname: TF\nkind: taskforse\nmembers: []",
            "ne figure pas dans la liste",
        ),
        (
            "id: taskforce\nname: TF\nkind: task_force\nmembers: []\nnmae: x",
            "a une clé inconnue",
        ),
        // Found by the store, against the rest of the model.
        (
            "id: taskforce\nname: TF\nkind: task_force\nmembers: [cret]",
            "qui n&#39;est pas une organisation du modèle ; vouliez-vous dire",
        ),
    ] {
        let response = coordinator
            .post(
                "/records/forum/taskforce",
                &[("version", &version), ("body", body)],
            )
            .await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(response.text.contains(french), "{body}: {}", response.text);
        for english in [
            "did you mean",
            "which is not",
            "unknown key",
            "is not a forum kind",
            // A place in texts the reader never saw.
            "the shared model",
        ] {
            assert!(
                !response.text.contains(english),
                "{body}: {}",
                response.text
            );
        }
    }
}
