//! False claims over HTTP: the TLP permission matrix across every read path, malformed and
//! hostile input, and the work on a claim (rectification requests, links, status).

use super::TestApp;
use super::incidents::{LEVELS, collect_events, conforms, cookie_of, readers};
use axum::http::{Method, StatusCode};
use liaison_domain::access::Role;
use serde_json::json;
use std::time::Duration;

#[tokio::test]
async fn every_read_path_shows_each_false_claim_to_exactly_its_audience() {
    let app = TestApp::new().await;
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
    let listeners: Vec<_> = clients
        .iter()
        .map(|c| {
            let app = app.app.clone();
            let cookie = (!c.cookies.is_empty()).then(|| cookie_of(c));
            tokio::spawn(
                async move { collect_events(&app, cookie, Duration::from_millis(1500)).await },
            )
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(200)).await;

    // The CEC's analyst reports one claim per level, in the campaign, when the matrix names
    // neither the police nor the CERT for false claims.
    let mut reporter = app.signed_in(Role::Analyst).await;
    reporter.get("/disinformation").await;
    let mut items = Vec::new();
    for level in LEVELS {
        let word = format!("claimword{}", level.replace('+', ""));
        let recipients = match level {
            "amber" | "amber+strict" => json!(["cert"]),
            "red" => json!(["certanalyst@test.example"]),
            _ => json!([]),
        };
        let created = reporter
            .api(
                Method::POST,
                "/api/v1/disinformation",
                None,
                Some(json!({
                    "claim": format!("Voting by text message is open {word}"),
                    "threat_kind": "disinformation_turnout",
                    "platform": "Chirp",
                    "where_seen": "https://chirp.example/post/1",
                    "reach": 12000,
                    "phase": "campaign",
                    "tlp": level,
                    "recipients": recipients,
                })),
            )
            .await;
        assert_eq!(
            created.status,
            StatusCode::CREATED,
            "{level}: {}",
            created.text
        );
        let item = created.json();
        let routed: Vec<&str> = item["routed"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["organisation"].as_str().unwrap())
            .collect();
        assert!(!routed.contains(&"police-cyber") && !routed.contains(&"cert"));
        let id = item["id"].as_str().unwrap().to_owned();
        let csrf = reporter.csrf.clone().unwrap_or_default();
        let attached = reporter
            .send(
                Method::POST,
                &format!("/api/v1/disinformation/{id}/attachments?filename=screenshot.png"),
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
        let anonymous = reader.email.is_none();
        let visible = reader.sees.iter().filter(|s| **s).count();
        let page = client.get("/disinformation").await;
        let api = client.get("/api/v1/disinformation?limit=100").await;
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
            if !page.text.contains(&format!("{visible} claim")) {
                failures.push(format!(
                    "{}: the list page does not count {visible}",
                    reader.name
                ));
            }
        }
        for (i, (level, id, word, attachment)) in items.iter().enumerate() {
            let expected = reader.sees[i];
            let mut seen = Vec::new();
            let detail_page = client.get(&format!("/disinformation/{id}")).await;
            seen.push(("page", detail_page.status == StatusCode::OK));
            let detail_api = client.get(&format!("/api/v1/disinformation/{id}")).await;
            seen.push(("api", detail_api.status == StatusCode::OK));
            if !anonymous && !expected && detail_api.status != StatusCode::NOT_FOUND {
                failures.push(format!(
                    "{}: hidden {level} answered {} instead of 404",
                    reader.name, detail_api.status
                ));
            }
            let listed = client.get("/disinformation").await;
            seen.push(("list page", listed.text.contains(word.as_str())));
            let searched = client
                .get(&format!("/api/v1/disinformation?q={word}"))
                .await;
            seen.push(("search", searched.text.contains(id.as_str())));
            let search_page = client.get(&format!("/disinformation?q={word}")).await;
            seen.push(("search page", search_page.text.contains(id.as_str())));
            let file_api = client
                .get(&format!(
                    "/api/v1/disinformation/{id}/attachments/{attachment}"
                ))
                .await;
            seen.push(("attachment api", file_api.status == StatusCode::OK));
            let file_page = client
                .get(&format!("/disinformation/{id}/attachments/{attachment}"))
                .await;
            seen.push(("attachment page", file_page.status == StatusCode::OK));
            for (path, saw) in seen {
                if saw != expected {
                    failures.push(format!(
                        "{}: {level} through {path}: saw {saw}, expected {expected}",
                        reader.name
                    ));
                }
            }
        }
    }
    for (reader, listener) in readers.iter().zip(listeners) {
        let (status, stream) = listener.await.unwrap();
        if reader.email.is_none() {
            if status != StatusCode::UNAUTHORIZED {
                failures.push(format!("anonymous: the event stream answered {status}"));
            }
            continue;
        }
        for (i, (level, id, _, _)) in items.iter().enumerate() {
            let saw = stream.contains(id.as_str());
            if saw != reader.sees[i] {
                failures.push(format!(
                    "{}: {level} in live events: saw {saw}, expected {}",
                    reader.name, reader.sees[i]
                ));
            }
        }
    }
    let mut police = app.client();
    police.sign_in("police@test.example", super::PASSWORD).await;
    let audit = police.get("/admin/audit?kind=disinformation").await;
    assert_eq!(audit.status, StatusCode::OK);
    for (i, (level, id, _, _)) in items.iter().enumerate() {
        if audit.text.contains(id.as_str()) && !readers[3].sees[i] {
            failures.push(format!("outsider (C): {level} in the audit log"));
        }
    }
    let outbox = app
        .db
        .store
        .claim_outbox(app.now(), time::Duration::minutes(1), 1_000)
        .await
        .unwrap();
    for delivery in &outbox {
        if delivery.recipient == "police@test.example"
            || delivery.recipient == "observer@test.example"
        {
            failures.push(format!(
                "{} was notified: {}",
                delivery.recipient, delivery.subject
            ));
        }
        if delivery.subject.starts_with("[TLP:RED]")
            && (delivery.body.contains("claimword") || delivery.subject.contains("claimword"))
        {
            failures.push("a RED notification carries the claim".to_owned());
        }
    }
    assert!(
        failures.is_empty(),
        "{} leaks or refusals:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[tokio::test]
async fn malformed_hostile_and_oversized_claims_get_clear_errors_and_write_nothing() {
    let app = TestApp::new().await;
    let mut client = app.signed_in(Role::Analyst).await;
    client.get("/disinformation").await;
    let base = json!({"claim": "c", "threat_kind": "disinformation_trust", "platform": "Chirp"});
    let with = |field: &str, value: serde_json::Value| {
        let mut body = base.clone();
        body[field] = value;
        body
    };
    let cases: Vec<(serde_json::Value, &str)> = vec![
        (with("threat_kind", json!("ddos")), "false claim"),
        (
            with("threat_kind", json!("disinformation_turnuot")),
            "did you mean",
        ),
        (with("tlp", json!("amber strict")), "not a TLP level"),
        (with("reach", json!(-5)), "negative"),
        (with("reach", json!("many")), "not valid"),
        (with("first_seen_at", json!("last week")), "first_seen_at"),
        (
            with("first_seen_at", json!("2999-01-01T00:00:00Z")),
            "future",
        ),
        (with("recipients", json!(["nobody"])), "not an organisation"),
        (with("incidents", json!(["INC-999"])), "no incident"),
        (with("claim", json!("x".repeat(5_001))), "longer than 5000"),
        (with("claim", json!("   ")), "claim is empty"),
        (with("platform", json!("")), "platform is empty"),
        (
            with("where_seen", json!("a\u{0007}b")),
            "control characters",
        ),
        (with("colour", json!("red")), "unknown field"),
        (json!("not an object"), "not valid"),
    ];
    for (body, expected) in cases {
        let response = client
            .api(
                Method::POST,
                "/api/v1/disinformation",
                None,
                Some(body.clone()),
            )
            .await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{body}: {}",
            response.text
        );
        let message = response.json()["message"].as_str().unwrap().to_owned();
        assert!(
            message.contains(expected),
            "{message} (expected {expected})"
        );
    }
    let csrf = client.csrf.clone().unwrap_or_default();
    let huge = client
        .send(
            Method::POST,
            "/api/v1/disinformation",
            Some("application/json"),
            vec![b' '; 3 * 1024 * 1024],
            &[("x-csrf-token", &csrf)],
        )
        .await;
    assert!(
        matches!(
            huge.status,
            StatusCode::PAYLOAD_TOO_LARGE | StatusCode::UNPROCESSABLE_ENTITY
        ),
        "{}",
        huge.status
    );
    let forged = client
        .send(
            Method::POST,
            "/api/v1/disinformation",
            Some("application/json"),
            serde_json::to_vec(&base).unwrap(),
            &[],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let mut observer = app.signed_in(Role::Observer).await;
    observer.get("/disinformation").await;
    let refused = observer
        .api(
            Method::POST,
            "/api/v1/disinformation",
            None,
            Some(base.clone()),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);
    for query in ["status=open%27%20OR%201=1", "limit=-1", "q=%25%25_"] {
        let response = client.get(&format!("/api/v1/disinformation?{query}")).await;
        assert!(
            response.status != StatusCode::INTERNAL_SERVER_ERROR,
            "{query}: {}",
            response.status
        );
    }
    assert_eq!(
        client.get("/api/v1/disinformation").await.json()["total"],
        0,
        "nothing was written"
    );

    // The form keeps what was typed and says what is wrong.
    let refused = client
        .post(
            "/disinformation",
            &[
                ("claim", "Polls close at noon"),
                ("threat_kind", "disinformation_turnout"),
                ("platform", "Chirp"),
                ("reach", "lots"),
                ("tlp", "green"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text.contains("reach: write the number"),
        "{}",
        refused.text
    );
    assert!(refused.text.contains("Polls close at noon"));
    let created = client
        .post(
            "/disinformation",
            &[
                ("claim", "Polls close at noon <script>alert(1)</script>"),
                ("threat_kind", "disinformation_turnout"),
                ("platform", "Chirp"),
                ("reach", "48,000"),
                ("tlp", "green"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text);
    let page = client.get(created.location()).await;
    assert!(page.text.contains("48000 people"));
    assert!(!page.text.contains("<script>alert(1)"), "escaped");
    assert!(page.text.contains("&#60;script&#62;"));
    // A bad action or answer on the page is a 400 with a sentence, never a 500.
    let id = created.location().rsplit('/').next().unwrap().to_owned();
    for fields in [
        vec![
            ("action", "answer"),
            ("request", "nonsense"),
            ("outcome", "removed"),
        ],
        vec![
            ("action", "answer"),
            ("request", "x"),
            ("acted_on_at", "soon"),
        ],
        vec![("action", "status"), ("status", "gone")],
        vec![("action", "explode")],
    ] {
        let response = client
            .post(&format!("/disinformation/{id}/work"), &fields)
            .await;
        assert!(
            matches!(
                response.status,
                StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY
            ),
            "{fields:?}: {} {}",
            response.status,
            response.text
        );
    }
}

#[tokio::test]
async fn a_claim_is_worked_with_rectification_requests_over_the_api() {
    let app = TestApp::new().await;
    let mut chirp = app
        .person("trust@chirp.example", "platform-chirp", Role::Analyst)
        .await;
    let mut cec = app.signed_in(Role::Analyst).await;
    cec.get("/disinformation").await;
    let incident = cec
        .api(
            Method::POST,
            "/api/v1/incidents",
            None,
            Some(
                json!({"title": "Fake CEC account", "threat_kind": "disinformation_trust",
                        "severity": "medium", "tlp": "green"}),
            ),
        )
        .await;
    assert_eq!(incident.status, StatusCode::CREATED, "{}", incident.text);
    let created = cec
        .api(
            Method::POST,
            "/api/v1/disinformation",
            None,
            Some(
                json!({"claim": "The results were hacked", "threat_kind": "false_hacking_claim",
                        "platform": "Chirp", "tlp": "amber", "incidents": ["INC-1"]}),
            ),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let id = created.json()["id"].as_str().unwrap().to_owned();
    let sent = (app.now() - time::Duration::hours(2))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let requested = cec
        .api(
            Method::POST,
            &format!("/api/v1/disinformation/{id}/rectifications"),
            None,
            Some(json!({"platform": "Chirp", "reference": "T-77", "sent_at": sent})),
        )
        .await;
    assert_eq!(requested.status, StatusCode::OK, "{}", requested.text);
    assert_eq!(requested.json()["status"], "rectifying");
    let detail = cec
        .get(&format!("/api/v1/disinformation/{id}"))
        .await
        .json();
    assert_eq!(detail["incidents"][0]["number"], 1);
    let request = detail["rectifications"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let acted = app.now() - time::Duration::minutes(30);
    let answered = cec
        .api(
            Method::POST,
            &format!("/api/v1/disinformation/{id}/rectifications/{request}"),
            None,
            Some(json!({"acted_on_at": acted.format(&time::format_description::well_known::Rfc3339).unwrap(),
                        "outcome": "labelled"})),
        )
        .await;
    assert_eq!(answered.status, StatusCode::OK, "{}", answered.text);
    let detail = cec
        .get(&format!("/api/v1/disinformation/{id}"))
        .await
        .json();
    assert_eq!(detail["rectifications"][0]["response_time"], "1 h 30 min");
    assert_eq!(detail["rectifications"][0]["outcome"], "labelled");
    let page = cec.get(&format!("/disinformation/{id}")).await;
    assert!(page.text.contains("1 h 30 min") && page.text.contains("Labelled"));

    // The platform, consulted under the matrix, sees it but cannot handle it or reshare it.
    assert_eq!(
        chirp
            .get(&format!("/api/v1/disinformation/{id}"))
            .await
            .status,
        StatusCode::OK
    );
    for (path, body) in [
        ("status", json!({"status": "closed"})),
        ("sharing", json!({"tlp": "clear"})),
        ("rectifications", json!({"platform": "Chirp"})),
    ] {
        let response = chirp
            .api(
                Method::POST,
                &format!("/api/v1/disinformation/{id}/{path}"),
                None,
                Some(body),
            )
            .await;
        assert_eq!(
            response.status,
            StatusCode::FORBIDDEN,
            "{path}: {}",
            response.text
        );
    }
    // A stale version is refused.
    let stale = cec
        .api(
            Method::POST,
            &format!("/api/v1/disinformation/{id}/status"),
            None,
            Some(json!({"status": "countered", "version": 1})),
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "{}", stale.text);
    let openapi = cec.get("/api/v1/openapi.json").await.json();
    assert!(openapi["paths"]["/api/v1/disinformation/{id}/rectifications/{request}"].is_object());
    // Its answers are as the document describes them.
    conforms(&openapi, "DisinformationDetailSchema", &detail);
    let list = cec.get("/api/v1/disinformation").await.json();
    conforms(&openapi, "DisinformationPageSchema", &list);
}
