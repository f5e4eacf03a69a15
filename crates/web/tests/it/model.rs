//! The shared model over HTTP: no lost updates, import with a preview, export, the audit trail,
//! and the API with its OpenAPI document.

use super::TestApp;
use axum::http::{Method, StatusCode};
use liaison_domain::access::{RecordKind, Role};

#[tokio::test]
async fn a_stale_edit_shows_the_other_change_and_overwrites_nothing() {
    let app = TestApp::new().await;
    let mut first = app.signed_in(Role::Coordinator).await;
    let mut second = app.signed_in(Role::PlatformAdmin).await;
    let record = app
        .db
        .store
        .record(RecordKind::Forum, "disinfo-wg", super::ALL_AUDIENCES)
        .await
        .unwrap();
    let version = record.version.to_string();
    let theirs = record
        .body
        .replace("cadence: fortnightly", "cadence: weekly");
    let mine = record
        .body
        .replace("cadence: fortnightly", "cadence: daily");
    first.get("/records/forum/disinfo-wg/edit").await;
    second.get("/records/forum/disinfo-wg/edit").await;
    assert_eq!(
        second
            .post(
                "/records/forum/disinfo-wg",
                &[("version", &version), ("body", &theirs)]
            )
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let conflict = first
        .post(
            "/records/forum/disinfo-wg",
            &[("version", &version), ("body", &mine)],
        )
        .await;
    assert_eq!(conflict.status, StatusCode::CONFLICT);
    assert!(
        conflict.text.contains("cadence: weekly") && conflict.text.contains("cadence: daily"),
        "both versions are shown"
    );
    let saved = app
        .db
        .store
        .record(RecordKind::Forum, "disinfo-wg", super::ALL_AUDIENCES)
        .await
        .unwrap();
    assert!(
        saved.body.contains("cadence: weekly"),
        "their change stands"
    );

    let api = first
        .api(Method::PUT, "/api/v1/records/forum/disinfo-wg", None, Some(serde_json::json!({"version": record.version, "entry": {"id": "disinfo-wg", "name": "X", "kind": "working_group", "members": ["cec"]}})))
        .await;
    assert_eq!(api.status, StatusCode::CONFLICT, "{}", api.text);
    assert_eq!(api.json()["code"], "conflict");
    assert_eq!(api.json()["current"]["entry"]["cadence"], "weekly");
}

#[tokio::test]
async fn an_import_shows_what_would_change_then_applies_it() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    let exported = coordinator.get("/model/export.yaml").await;
    assert_eq!(exported.status, StatusCode::OK);
    let expected = liaison_interop::model_file::write_yaml(
        &liaison_interop::model_file::to_file_format(&super::demoland()),
    )
    .unwrap();
    assert_eq!(
        exported.text, expected,
        "the export is the model, byte for byte"
    );
    let changed = exported.text.replace(
        "name: Process Disinformation Working Group",
        "name: Disinformation Working Group",
    );
    coordinator.get("/model").await;
    let csrf = coordinator.csrf.clone().unwrap();
    let boundary = "XBOUNDARY";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.yaml\"\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(changed.as_bytes());
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let preview = coordinator
        .send(
            Method::POST,
            &format!("/model/import?csrf={csrf}"),
            Some(&format!("multipart/form-data; boundary={boundary}")),
            body,
            &[],
        )
        .await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.text);
    assert!(
        preview.text.contains(
            "<strong>0</strong> added, <strong>1</strong> changed, <strong>0</strong> removed"
        ),
        "{}",
        preview.text
    );
    let before = app
        .db
        .store
        .record(RecordKind::Forum, "disinfo-wg", super::ALL_AUDIENCES)
        .await
        .unwrap();
    assert!(
        before.body.contains("Process Disinformation"),
        "nothing changes before it is applied"
    );
    let start = preview.text.find("/model/import/").unwrap();
    let action = &preview.text[start..start + preview.text[start..].find('"').unwrap()];
    let applied = coordinator.post(action, &[]).await;
    assert_eq!(applied.status, StatusCode::SEE_OTHER, "{}", applied.text);
    let after = app
        .db
        .store
        .record(RecordKind::Forum, "disinfo-wg", super::ALL_AUDIENCES)
        .await
        .unwrap();
    assert!(after.body.contains("name: Disinformation Working Group"));
    let chain = app.db.store.verify_audit_chain().await.unwrap();
    assert!(chain.first_break.is_none());
}

#[tokio::test]
async fn every_change_is_in_the_audit_trail_with_who_and_before_and_after() {
    let app = TestApp::new().await;
    let mut analyst = app.signed_in(Role::Analyst).await;
    let record = app
        .db
        .store
        .record(RecordKind::Contact, "cec-duty", super::ALL_AUDIENCES)
        .await
        .unwrap();
    analyst.get("/organisations/cec").await;
    analyst
        .post(
            "/contacts/cec-duty/verify",
            &[("version", &record.version.to_string())],
        )
        .await;
    let entries = app
        .db
        .store
        .audit_entries(&liaison_store::AuditFilter {
            kind: Some("contact".into()),
            key: Some("cec-duty".into()),
            limit: 5,
            ..Default::default()
        })
        .await
        .unwrap();
    let latest = &entries[0];
    assert_eq!(latest.action, "update");
    assert_eq!(latest.actor_organisation.as_deref(), Some("cec"));
    assert!(
        latest.before.is_some()
            && latest
                .after
                .as_deref()
                .is_some_and(|a| a.contains("last_verified"))
    );
    let mut admin = app.signed_in(Role::PlatformAdmin).await;
    let page = admin.get("/admin/audit?kind=contact&key=cec-duty").await;
    assert!(page.text.contains("update contact"), "{}", page.text);
    assert!(
        app.db
            .store
            .verify_audit_chain()
            .await
            .unwrap()
            .first_break
            .is_none()
    );
}

#[tokio::test]
async fn the_openapi_document_describes_the_api() {
    let app = TestApp::new().await;
    let mut client = app.client();
    let document = client.get("/api/v1/openapi.json").await.json();
    assert_eq!(document["openapi"], "3.1.0");
    for path in [
        "/api/v1/organisations",
        "/api/v1/records/{kind}/{id}",
        "/api/v1/analysis",
        "/api/v1/contacts/{id}/verify",
    ] {
        assert!(document["paths"].get(path).is_some(), "{path}");
    }
    assert!(document["components"]["securitySchemes"]["bearer"].is_object());
}

#[tokio::test]
async fn records_are_created_changed_and_deleted_through_the_api() {
    let app = TestApp::new().await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.get("/").await;
    let created = coordinator
        .api(Method::POST, "/api/v1/records/forum", None, Some(serde_json::json!({"entry": {"id": "new-wg", "name": "New group", "kind": "working_group", "members": ["cec", "cert"], "cadence": "monthly"}})))
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    assert_eq!(
        created.json()["entry"]["members"],
        serde_json::json!(["cec", "cert"])
    );
    let changed = coordinator
        .api(Method::PUT, "/api/v1/records/forum/new-wg", None, Some(serde_json::json!({"version": 1, "entry": {"id": "new-wg", "name": "Renamed group", "kind": "working_group", "members": ["cec"]}})))
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    assert_eq!(changed.json()["version"], 2);
    let deleted = coordinator
        .api(
            Method::DELETE,
            "/api/v1/records/forum/new-wg?version=2",
            None,
            None,
        )
        .await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    let refused = coordinator
        .api(
            Method::DELETE,
            "/api/v1/records/organisation/cert?version=1",
            None,
            None,
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the CERT is referenced: {}",
        refused.text
    );
}

/// Lists of records come a page at a time, the next page named by a `Link` header; following
/// the links gives every record once, in model order, under the filter asked for.
#[tokio::test]
async fn record_lists_page_on_their_keys_with_a_link_to_the_next_page() {
    let app = TestApp::new().await;
    let mut reader = app.signed_in(Role::Analyst).await;
    for (path, filter) in [
        ("/api/v1/records/contact", ""),
        ("/api/v1/records/contact", "owner=cec&"),
        ("/api/v1/organisations", ""),
    ] {
        let whole = reader.get(&format!("{path}?{filter}")).await;
        assert!(
            whole.headers.get("link").is_none(),
            "{path}: one page holds them"
        );
        let whole = whole.json();
        let keys = |list: &serde_json::Value| -> Vec<String> {
            list.as_array()
                .unwrap()
                .iter()
                .map(|r| r["id"].as_str().unwrap().to_owned())
                .collect()
        };
        let all = keys(&whole);
        assert!(all.len() > 2, "{path}?{filter}: {all:?}");
        let mut seen = Vec::new();
        let mut next = Some(format!("{path}?{filter}limit=2"));
        while let Some(page) = next.take() {
            let response = reader.get(&page).await;
            assert_eq!(response.status, StatusCode::OK, "{page}");
            seen.extend(keys(&response.json()));
            next = response
                .headers
                .get("link")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.strip_prefix('<'))
                .and_then(|v| v.split_once(">; rel=\"next\""))
                .map(|(target, _)| target.to_owned());
            if let Some(target) = &next {
                assert!(target.starts_with(path), "{target}");
            }
        }
        assert_eq!(seen, all, "{path}?{filter}");
    }
    for bad in ["abc", &"A".repeat(300)] {
        let r = reader
            .api(
                Method::GET,
                &format!("/api/v1/records/contact?after={bad}"),
                None,
                None,
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
    }
}
