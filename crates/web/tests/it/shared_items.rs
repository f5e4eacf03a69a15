//! What every kind of shared item must hold, tried once over the kind: each TLP level reaches
//! exactly its audience through every read path (pages, API, search, counts, attachments, the
//! live stream and its replay with `Last-Event-ID`, the audit log, notifications).

use super::TestApp;
use super::incidents::{LEVELS, Reader, collect_events, cookie_of, readers};
use axum::http::{Method, StatusCode};
use liaison_domain::access::Role;
use serde_json::{Value, json};
use std::time::Duration;

/// A kind of shared item as the matrix tries it.
pub(super) struct KindUnderTest {
    /// Its path in the API and among the pages: `incidents`.
    pub path: &'static str,
    /// Its kind in the audit log.
    pub audit_kind: &'static str,
    /// The list page counts what it shows as `<n> <counted>`.
    pub counted: &'static str,
    /// The report of one item at `level` for `recipients`, carrying `word` in its text.
    pub report: fn(level: &str, word: &str, recipients: Value) -> Value,
}

/// The items the CEC's analyst reported, one per level: (level, id, the word only it carries,
/// its attachment).
pub(super) type Reported = Vec<(&'static str, String, String, String)>;

/// Reports one item of `kind` per TLP level as the CEC's analyst (AMBER and AMBER+STRICT for
/// the CERT, RED for the CERT's analyst), each with an attachment, while every reader of
/// [`readers`] listens live; then reads every path as each reader. Returns the items and what
/// went wrong, for the kind's own test to add what only it has.
pub(super) async fn read_matrix(app: &TestApp, kind: &KindUnderTest) -> (Reported, Vec<String>) {
    let path = kind.path;
    // C: an organisation the items are not shared with, with a coordinator who reads the
    // audit log.
    app.person("police@test.example", "police-cyber", Role::Coordinator)
        .await;
    let readers = readers();
    let mut clients = Vec::new();
    for reader in &readers {
        let mut client = app.client();
        if let Some(email) = reader.email {
            let response = client.sign_in(email, super::PASSWORD).await;
            assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", reader.name);
        }
        clients.push(client);
    }
    // Everyone listens before anything is reported.
    let listeners: Vec<_> = clients
        .iter()
        .map(|c| {
            let app = app.app.clone();
            let cookie = (!c.cookies.is_empty()).then(|| cookie_of(c));
            tokio::spawn(async move {
                collect_events(&app, cookie, None, Duration::from_millis(1500)).await
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(200)).await;

    let mut reporter = app.signed_in(Role::Analyst).await;
    reporter.get(&format!("/{path}")).await;
    let mut items = Vec::new();
    for level in LEVELS {
        let word = format!("{}word{}", kind.audit_kind, level.replace('+', ""));
        let recipients = match level {
            "amber" | "amber+strict" => json!(["cert"]),
            "red" => json!(["certanalyst@test.example"]),
            _ => json!([]),
        };
        let created = reporter
            .api(
                Method::POST,
                &format!("/api/v1/{path}"),
                None,
                Some((kind.report)(level, &word, recipients)),
            )
            .await;
        assert_eq!(
            created.status,
            StatusCode::CREATED,
            "{level}: {}",
            created.text
        );
        let id = created.json()["id"].as_str().unwrap().to_owned();
        let detail = reporter.get(&format!("/api/v1/{path}/{id}")).await;
        assert!(
            !detail.text.contains("\"organisation\":\"police-cyber\""),
            "the test needs the police outside the routing"
        );
        let csrf = reporter.csrf.clone().unwrap_or_default();
        let attached = reporter
            .send(
                Method::POST,
                &format!("/api/v1/{path}/{id}/attachments?filename=shot.png"),
                Some("image/png"),
                vec![137, 80, 78, 71],
                &[("x-csrf-token", csrf.as_str())],
            )
            .await;
        assert_eq!(attached.status, StatusCode::CREATED, "{}", attached.text);
        let attachment = attached.json()["id"].as_str().unwrap().to_owned();
        items.push((level, id, word, attachment));
    }

    let mut failures = Vec::new();
    for (reader, client) in readers.iter().zip(clients.iter_mut()) {
        read_every_path(kind, reader, client, &items, &mut failures).await;
    }

    // Live events, and their replay from the start with `Last-Event-ID`: each reader received
    // exactly the items they may see.
    for (reader, (listener, client)) in readers.iter().zip(listeners.into_iter().zip(&clients)) {
        let live = listener.await.unwrap();
        let cookie = (!client.cookies.is_empty()).then(|| cookie_of(client));
        let replay = collect_events(&app.app, cookie, Some("0"), Duration::from_millis(300)).await;
        for (stream_name, (status, stream)) in [("live events", live), ("replay", replay)] {
            if reader.email.is_none() {
                if status != StatusCode::UNAUTHORIZED {
                    failures.push(format!("anonymous: the {stream_name} answered {status}"));
                }
                continue;
            }
            for (i, (level, id, _, _)) in items.iter().enumerate() {
                let saw = stream.contains(id.as_str());
                if saw != reader.sees[i] {
                    failures.push(format!(
                        "{}: {level} in the {stream_name}: saw {saw}, expected {}",
                        reader.name, reader.sees[i]
                    ));
                }
            }
        }
    }

    // The audit log, read by a coordinator of C: nothing about the items C may not see.
    let mut police = app.client();
    police.sign_in("police@test.example", super::PASSWORD).await;
    let audit = police
        .get(&format!("/admin/audit?kind={}", kind.audit_kind))
        .await;
    assert_eq!(audit.status, StatusCode::OK);
    let outsider = readers
        .iter()
        .position(|r| r.name == "outsider (C)")
        .unwrap();
    for (i, (level, id, _, _)) in items.iter().enumerate() {
        if audit.text.contains(id.as_str()) && !readers[outsider].sees[i] {
            failures.push(format!("outsider (C): {level} in the audit log"));
        }
    }

    // Notifications: nobody outside the audience was sent anything, and RED mail carries no
    // details.
    let outbox = app
        .db
        .store
        .claim_outbox(app.now(), time::Duration::minutes(1), 1_000)
        .await
        .unwrap();
    let red_word = &items[4].2;
    for delivery in &outbox {
        if delivery.recipient == "police@test.example"
            || delivery.recipient == "observer@test.example"
        {
            failures.push(format!(
                "{} was notified: {}",
                delivery.recipient, delivery.subject
            ));
        }
        if delivery.body.contains(red_word.as_str()) || delivery.subject.contains(red_word.as_str())
        {
            failures.push("a RED notification carries the text".to_owned());
        }
    }
    (items, failures)
}

/// Every read path of one reader against every item.
async fn read_every_path(
    kind: &KindUnderTest,
    reader: &Reader,
    client: &mut super::Client,
    items: &Reported,
    failures: &mut Vec<String>,
) {
    let path = kind.path;
    let anonymous = reader.email.is_none();
    let visible = reader.sees.iter().filter(|s| **s).count();
    // The list page and the API list count only what the reader may see.
    let page = client.get(&format!("/{path}")).await;
    let api = client.get(&format!("/api/v1/{path}?limit=100")).await;
    if anonymous {
        if page.status != StatusCode::SEE_OTHER || api.status != StatusCode::UNAUTHORIZED {
            failures.push(format!(
                "anonymous: the lists answered {} and {}",
                page.status, api.status
            ));
        }
    } else {
        let total = api.json()["total"].as_i64().unwrap();
        if total != visible as i64 {
            failures.push(format!(
                "{}: the API counts {total}, expected {visible}",
                reader.name
            ));
        }
        if !page.text.contains(&format!("{visible} {}", kind.counted)) {
            failures.push(format!(
                "{}: the list page does not count {visible}",
                reader.name
            ));
        }
    }
    for (i, (level, id, word, attachment)) in items.iter().enumerate() {
        let expected = reader.sees[i];
        let mut seen = Vec::new();
        let detail_page = client.get(&format!("/{path}/{id}")).await;
        seen.push(("page", detail_page.status == StatusCode::OK));
        let detail_api = client.get(&format!("/api/v1/{path}/{id}")).await;
        seen.push(("api", detail_api.status == StatusCode::OK));
        if !anonymous && !expected && detail_api.status != StatusCode::NOT_FOUND {
            failures.push(format!(
                "{}: hidden {level} answered {} instead of 404",
                reader.name, detail_api.status
            ));
        }
        let listed = client.get(&format!("/{path}")).await;
        seen.push(("list page", listed.text.contains(word.as_str())));
        let searched = client.get(&format!("/api/v1/{path}?q={word}")).await;
        seen.push(("search", searched.text.contains(id.as_str())));
        // The search box repeats the word: look for the item's link instead.
        let search_page = client.get(&format!("/{path}?q={word}")).await;
        seen.push(("search page", search_page.text.contains(id.as_str())));
        let everything = client.get(&format!("/api/v1/search?q={word}")).await;
        seen.push((
            "search of every kind",
            everything.text.contains(id.as_str()),
        ));
        let everything_page = client.get(&format!("/search?q={word}")).await;
        seen.push((
            "page searching every kind",
            everything_page.text.contains(id.as_str()),
        ));
        let file_api = client
            .get(&format!("/api/v1/{path}/{id}/attachments/{attachment}"))
            .await;
        seen.push(("attachment api", file_api.status == StatusCode::OK));
        let file_page = client
            .get(&format!("/{path}/{id}/attachments/{attachment}"))
            .await;
        seen.push(("attachment page", file_page.status == StatusCode::OK));
        for (what, saw) in seen {
            if saw != expected {
                failures.push(format!(
                    "{}: {level} through {what}: saw {saw}, expected {expected}",
                    reader.name
                ));
            }
        }
    }
}

/// Fails with every leak or refusal found.
pub(super) fn assert_none(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} leaks or refusals:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A kind's report refused, whatever is wrong with it, with a clear error and nothing written:
/// each of `cases` (a body, then words its message must hold), JSON cut short, a body far too
/// large, the wrong media type, no CSRF token, an observer; then hostile list filters, each
/// refused with the API's `invalid` code or harmless, and a method the path does not take.
pub(super) async fn refuse_hostile_reports(
    app: &TestApp,
    path: &str,
    valid: &Value,
    cases: Vec<(Value, &str)>,
    filters: &[&str],
) {
    let api = format!("/api/v1/{path}");
    let mut client = app.signed_in(Role::Analyst).await;
    client.get(&format!("/{path}")).await;
    for (body, expected) in cases {
        let response = client
            .api(Method::POST, &api, None, Some(body.clone()))
            .await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{body}: {}",
            response.text
        );
        let error = response.json();
        assert_eq!(error["code"], "invalid");
        let message = error["message"].as_str().unwrap().to_owned();
        assert!(
            message.contains(expected),
            "{message} (expected {expected})"
        );
    }
    let csrf = client.csrf.clone().unwrap_or_default();
    let token = [("x-csrf-token", csrf.as_str())];
    let valid = serde_json::to_vec(valid).unwrap();
    for (media_type, body, headers, expected) in [
        (
            "application/json",
            b"{\"title\": ".to_vec(),
            &token[..],
            &[StatusCode::UNPROCESSABLE_ENTITY][..],
        ),
        (
            "application/json",
            vec![b' '; 3 * 1024 * 1024],
            &token[..],
            &[
                StatusCode::PAYLOAD_TOO_LARGE,
                StatusCode::UNPROCESSABLE_ENTITY,
            ][..],
        ),
        (
            "text/plain",
            valid.clone(),
            &token[..],
            &[StatusCode::UNSUPPORTED_MEDIA_TYPE][..],
        ),
        // Without the CSRF token a session cannot report.
        (
            "application/json",
            valid.clone(),
            &[][..],
            &[StatusCode::FORBIDDEN][..],
        ),
    ] {
        let response = client
            .send(Method::POST, &api, Some(media_type), body, headers)
            .await;
        assert!(
            expected.contains(&response.status),
            "{media_type}: {}",
            response.status
        );
    }
    let mut observer = app.signed_in(Role::Observer).await;
    observer.get(&format!("/{path}")).await;
    let refused = observer
        .api(
            Method::POST,
            &api,
            None,
            Some(serde_json::from_slice(&valid).unwrap()),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);
    assert_eq!(
        client.get(&api).await.json()["total"],
        0,
        "nothing was written"
    );
    for filter in filters {
        let response = client.get(&format!("{api}?{filter}")).await;
        assert!(
            matches!(
                response.status,
                StatusCode::UNPROCESSABLE_ENTITY | StatusCode::BAD_REQUEST | StatusCode::OK
            ),
            "{filter}: {}",
            response.status
        );
        // JSON with a stable code, also when the framework refused the parameter.
        if response.status != StatusCode::OK {
            assert_eq!(response.json()["code"], "invalid", "{filter}");
        } else {
            assert_eq!(response.json()["total"], 0, "{filter}");
        }
    }
    let wrong_method = client
        .send(Method::PATCH, &api, None, Vec::new(), &token)
        .await;
    assert_eq!(wrong_method.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(wrong_method.json()["code"], "method_not_allowed");
}
