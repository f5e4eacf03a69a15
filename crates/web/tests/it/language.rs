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
