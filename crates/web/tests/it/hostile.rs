//! Malformed and hostile input on every form: a clear 4xx, never a 500, nothing lost, and
//! markup always rendered back as text.

use super::TestApp;
use axum::http::{Method, StatusCode};
use liaison_domain::access::{RecordKind, Role};

const SCRIPT: &str = "<script>alert('x')</script><img src=x onerror=alert(1)>";

#[tokio::test]
async fn markup_in_every_text_field_comes_back_escaped() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.get("/organisations/cec/contacts/new").await;
    let created = coordinator
        .post(
            "/organisations/cec/contacts",
            &[
                ("id", "hostile"),
                ("name", SCRIPT),
                ("role", SCRIPT),
                ("kind", "person"),
                ("availability", "office_hours"),
                ("channel_kind", "email"),
                ("channel_value", SCRIPT),
                ("channel_out_of_band", "default"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text);
    coordinator.get("/forums/taskforce/meetings/new").await;
    let meeting = coordinator
        .post(
            "/forums/taskforce/meetings",
            &[
                ("version", "0"),
                ("date", "2027-01-02"),
                ("title", SCRIPT),
                ("agenda", SCRIPT),
                ("minutes", SCRIPT),
            ],
        )
        .await;
    assert_eq!(meeting.status, StatusCode::SEE_OTHER);
    let meeting_path = meeting.location().to_owned();
    for path in [
        "/organisations/cec",
        "/contact-sheet",
        meeting_path.as_str(),
        "/forums/taskforce",
        "/",
    ] {
        let page = coordinator.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(
            !page.text.contains("<script>alert"),
            "{path} renders markup"
        );
        assert!(!page.text.contains("<img src=x"), "{path} renders markup");
    }
    let page = coordinator.get("/organisations/cec").await;
    assert!(
        page.text
            .contains("&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;"),
        "the markup is shown as text"
    );
}

#[tokio::test]
async fn over_long_fields_are_refused_with_a_sentence() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.get("/organisations/cec/contacts/new").await;
    let long = "x".repeat(10_000);
    let response = coordinator
        .post(
            "/organisations/cec/contacts",
            &[
                ("id", "long"),
                ("name", &long),
                ("kind", "person"),
                ("availability", "office_hours"),
                ("channel_kind", "email"),
                ("channel_value", "a@b.c"),
                ("channel_out_of_band", "default"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.text.contains("longer than 200 characters"));
    let huge_body = "a".repeat(3 * 1024 * 1024);
    let response = coordinator
        .post("/records/forum", &[("body", &huge_body)])
        .await;
    assert!(response.status.is_client_error(), "{}", response.status);
}

#[tokio::test]
async fn bad_ids_and_unknown_kinds_are_not_found() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::PlatformAdmin).await;
    for path in [
        "/organisations/does-not-exist",
        "/organisations/..%2F..%2Fetc%2Fpasswd",
        "/records/nonsense/x/edit",
        "/records/forum/none/edit",
        "/forums/none",
        "/meetings/none",
        "/agreements/%3Cscript%3E",
        "/contact-sheet?forum=none",
        "/api/v1/records/nonsense",
        "/api/v1/organisations/none",
        "/api/v1/no-such-route",
        "/static/../../Cargo.toml",
    ] {
        let response = admin.get(path).await;
        assert_eq!(
            response.status,
            StatusCode::NOT_FOUND,
            "{path}: {}",
            response.status
        );
    }
    // A path that is not UTF-8 is refused before it reaches a page.
    assert_eq!(
        admin.get("/organisations/%00%FF").await.status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn broken_record_text_is_explained_and_changes_nothing() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    let before = app
        .db
        .store
        .record(RecordKind::Forum, "taskforce", super::ALL_AUDIENCES)
        .await
        .unwrap();
    coordinator.get("/records/forum/taskforce/edit").await;
    let version = before.version.to_string();
    for (body, message) in [
        ("id: taskforce\nname: [unclosed", "not valid YAML"),
        (
            "id: taskforce\nname: TF\nkind: taskforse\nmembers: []",
            "did you mean 'task_force'?",
        ),
        (
            "id: taskforce\nname: TF\nkind: task_force\nmembers: [cret]",
            "which is not an organisation; did you mean 'cert'?",
        ),
        (
            "id: other\nname: TF\nkind: task_force\nmembers: []",
            "The id cannot change",
        ),
        ("- a list", "block of keys"),
        (
            "id: taskforce\nname: TF\nkind: task_force\nmembers: []\nnmae: x",
            "did you mean 'name'?",
        ),
        ("\u{0}\u{1}binary", "missing"),
        ("&a [*a]", "anchors"),
    ] {
        let response = coordinator
            .post(
                "/records/forum/taskforce",
                &[("version", &version), ("body", body)],
            )
            .await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{body}: {}",
            response.status
        );
        assert!(
            response.text.contains(&message.replace('\'', "&#39;")),
            "{body}: {}",
            response.text
        );
    }
    let after = app
        .db
        .store
        .record(RecordKind::Forum, "taskforce", super::ALL_AUDIENCES)
        .await
        .unwrap();
    assert_eq!(after, before, "nothing changed");
}

#[tokio::test]
async fn hostile_api_input_gets_json_errors() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.get("/").await;
    for (body, code) in [
        (
            serde_json::json!({"entry": {"id": "x", "name": "X", "kind": "nonsense"}}),
            "invalid",
        ),
        (
            serde_json::json!({"entry": {"id": "bad id", "name": "X", "kind": "cert"}}),
            "invalid",
        ),
        (serde_json::json!({"entry": "not an object"}), "invalid"),
    ] {
        let response = coordinator
            .api(
                Method::POST,
                "/api/v1/records/organisation",
                None,
                Some(body),
            )
            .await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            response.text
        );
        assert_eq!(response.json()["code"], code);
    }
    let garbage = coordinator
        .send(
            Method::POST,
            "/api/v1/records/organisation",
            Some("application/json"),
            b"{not json".to_vec(),
            &[("x-csrf-token", coordinator.csrf.clone().unwrap().as_str())],
        )
        .await;
    assert!(garbage.status.is_client_error());
    let huge =
        serde_json::json!({"entry": {"id": "x", "name": "n".repeat(300_000), "kind": "cert"}});
    let response = coordinator
        .api(
            Method::POST,
            "/api/v1/records/organisation",
            None,
            Some(huge),
        )
        .await;
    assert!(response.status.is_client_error(), "{}", response.status);
}

#[tokio::test]
async fn a_broken_upload_is_explained_and_imports_nothing() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.get("/model").await;
    let csrf = coordinator.csrf.clone().unwrap();
    for (content, message) in [
        (
            "organisations:\n  - {id: a, name: A, kind: embb}\n"
                .as_bytes()
                .to_vec(),
            "did you mean",
        ),
        (vec![0xff, 0xfe, 0x00, 0x41], "UTF-8"),
        (Vec::new(), "jurisdiction"),
    ] {
        let boundary = "XBOUNDARY";
        let mut body = format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.yaml\"\r\nContent-Type: application/yaml\r\n\r\n").into_bytes();
        body.extend_from_slice(&content);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let response = coordinator
            .send(
                Method::POST,
                &format!("/model/import?csrf={csrf}"),
                Some(&format!("multipart/form-data; boundary={boundary}")),
                body,
                &[],
            )
            .await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            response.text
        );
        assert!(response.text.contains(message), "{}", response.text);
    }
    assert!(
        app.db
            .store
            .record(RecordKind::Organisation, "cec", super::ALL_AUDIENCES)
            .await
            .is_ok()
    );
}

#[tokio::test]
async fn every_form_refuses_nonsense_with_a_sentence() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::PlatformAdmin).await;
    admin.get("/").await;
    for (path, fields, message) in [
        (
            "/matrix/rows",
            vec![
                ("organisation", "cert"),
                ("role", "accountable"),
                ("threat", "earthquake"),
                ("phase", "all"),
                ("asset", "all"),
            ],
            "is not a threat kind",
        ),
        (
            "/matrix/rows",
            vec![
                ("organisation", "nobody"),
                ("role", "accountable"),
                ("threat", "ddos"),
                ("phase", "all"),
                ("asset", "all"),
            ],
            "not an organisation",
        ),
        (
            "/matrix/rows",
            vec![
                ("organisation", "cert"),
                ("role", "boss"),
                ("threat", "ddos"),
                ("phase", "all"),
                ("asset", "all"),
            ],
            "is not a RACI role",
        ),
        (
            "/admin/tokens",
            vec![
                ("name", "x"),
                ("role", "reader"),
                ("organisation", "cec"),
                ("days", "9999"),
            ],
            "from 1 to 365 days",
        ),
        (
            "/admin/tokens",
            vec![
                ("name", "x"),
                ("role", "platform_admin"),
                ("organisation", "cec"),
                ("days", "30"),
            ],
            "may not give that role",
        ),
        (
            "/admin/invitations",
            vec![
                ("email", "not an address"),
                ("role", "reader"),
                ("organisation", "cec"),
            ],
            "not an e-mail address",
        ),
        (
            "/admin/invitations",
            vec![
                ("email", "a@b.example"),
                ("role", "reader"),
                ("organisation", "atlantis"),
            ],
            "not an organisation",
        ),
        (
            "/forums/taskforce/meetings",
            vec![("version", "0"), ("date", "tomorrow"), ("title", "x")],
            "YYYY-MM-DD",
        ),
        (
            "/forums/taskforce/meetings",
            vec![
                ("version", "0"),
                ("date", "2027-01-01"),
                ("title", "x"),
                ("action_text", "do it"),
                ("action_owner", ""),
            ],
            "needs an owner",
        ),
        (
            "/account/password",
            vec![("current", "wrong"), ("new", "x"), ("repeat", "x")],
            "current password is not right",
        ),
    ] {
        let response = admin.post(path, &fields).await;
        assert!(
            response.status.is_client_error(),
            "{path} {fields:?}: {}",
            response.status
        );
        assert!(
            response.text.contains(message),
            "{path} {fields:?}: {}",
            response.text
        );
    }
    let typed = admin
        .send(
            Method::POST,
            "/admin/tokens",
            Some("application/x-www-form-urlencoded"),
            format!(
                "csrf={}&name=x&role=reader&days=many",
                admin.csrf.clone().unwrap()
            )
            .into_bytes(),
            &[],
        )
        .await;
    assert!(typed.status.is_client_error(), "{}", typed.status);
}
