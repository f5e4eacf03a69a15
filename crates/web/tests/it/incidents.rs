//! Incidents over HTTP: the TLP permission matrix across every read path, reporting through
//! the API and the form, malformed and hostile input, and live events.

use super::shared_items::{KindUnderTest, assert_none, read_matrix, refuse_hostile_reports};
use super::{Client, TestApp};
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use http_body_util::BodyExt;
use liaison_domain::access::Role;
use serde_json::json;
use std::time::Duration;
use tower::ServiceExt;

/// A reader of the matrix: who they are, and for each TLP level whether they may see an item
/// the CEC's analyst reported (AMBER and AMBER+STRICT shared with the CERT, RED with the
/// CERT's analyst).
pub(super) struct Reader {
    pub(super) name: &'static str,
    pub(super) email: Option<&'static str>,
    /// CLEAR, GREEN, AMBER, AMBER+STRICT, RED.
    pub(super) sees: [bool; 5],
}

pub(super) const LEVELS: [&str; 5] = ["clear", "green", "amber", "amber+strict", "red"];

pub(super) fn readers() -> Vec<Reader> {
    vec![
        Reader {
            name: "reporter (A)",
            email: Some("analyst@test.example"),
            sees: [true; 5],
        },
        // A colleague of the reporter: not a named person of the RED item.
        Reader {
            name: "colleague (A)",
            email: Some("coordinator@test.example"),
            sees: [true, true, true, true, false],
        },
        Reader {
            name: "recipient (B)",
            email: Some("certanalyst@test.example"),
            sees: [true; 5],
        },
        Reader {
            name: "outsider (C)",
            email: Some("police@test.example"),
            sees: [true, true, false, false, false],
        },
        Reader {
            name: "observer",
            email: Some("observer@test.example"),
            sees: [true, false, false, false, false],
        },
        Reader {
            name: "observer inside (A)",
            email: Some("cecobserver@test.example"),
            sees: [true, false, false, false, false],
        },
        Reader {
            name: "anonymous",
            email: None,
            sees: [false; 5],
        },
    ]
}

/// Reads a live event stream until it has been quiet for `quiet`.
pub(super) async fn collect_events(
    app: &axum::Router,
    cookie: Option<String>,
    last_event_id: Option<&str>,
    quiet: Duration,
) -> (StatusCode, String) {
    let mut request = Request::builder().uri("/api/v1/events");
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    if let Some(last) = last_event_id {
        request = request.header("last-event-id", last);
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let mut body = response.into_body();
    let mut text = String::new();
    while let Ok(Some(Ok(frame))) = tokio::time::timeout(quiet, body.frame()).await {
        if let Some(data) = frame.data_ref() {
            text.push_str(&String::from_utf8_lossy(data));
        }
    }
    (status, text)
}

pub(super) fn cookie_of(client: &Client) -> String {
    client
        .cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ")
}

#[tokio::test]
async fn every_read_path_shows_each_tlp_level_to_exactly_its_audience() {
    let app = TestApp::new().await;
    let kind = KindUnderTest {
        path: "incidents",
        audit_kind: "incident",
        counted: "incident",
        report: |level, word, recipients| {
            json!({
                "title": format!("Defacement {word}"),
                "description": "The home page shows a false message about polling hours.",
                "threat_kind": "defacement",
                "severity": "low",
                "tlp": level,
                "recipients": recipients,
                "assets": ["cec-website"],
                "observables": [{"kind": "url", "value": "hxxps://cec-website[.]example/"}],
            })
        },
    };
    let (_, mut failures) = read_matrix(&app, &kind).await;
    // The dashboard of the list page counts only what each reader may see.
    for reader in readers().iter().filter(|r| r.email.is_some()) {
        let mut client = app.client();
        client.sign_in(reader.email.unwrap(), super::PASSWORD).await;
        let visible = reader.sees.iter().filter(|s| **s).count();
        let page = client.get("/incidents").await;
        if !page.text.contains(&format!(
            "<div class=\"number\">{visible}</div>open incidents"
        )) {
            failures.push(format!(
                "{}: the dashboard count is not {visible}",
                reader.name
            ));
        }
        // The live dashboard's pushed part counts the same, whichever render it shares.
        let mut live = super::live_dashboards::OpenDashboard::open(&app, &cookie_of(&client)).await;
        let pushed = live.next().await.map(|p| p.open());
        if pushed != Some(visible as i64) {
            failures.push(format!(
                "{}: the live dashboard shows {pushed:?}, not {visible}",
                reader.name
            ));
        }
    }
    assert_none(&failures);
}

#[tokio::test]
async fn malformed_hostile_and_oversized_reports_get_clear_errors_and_write_nothing() {
    let app = TestApp::new().await;
    let valid = json!({"title": "t", "threat_kind": "ddos", "severity": "high"});
    let cases: Vec<(serde_json::Value, &str)> = vec![
        (
            json!({"title": "t", "threat_kind": "ddoss", "severity": "high"}),
            "did you mean 'ddos'",
        ),
        (
            json!({"title": "t", "threat_kind": "ddos", "severity": "urgent"}),
            "severity",
        ),
        (
            json!({"title": "t", "threat_kind": "ddos", "severity": "high", "tlp": "amber strict"}),
            "not a TLP level",
        ),
        (
            json!({"title": "t", "threat_kind": "ddos", "severity": "high", "colour": "red"}),
            "unknown field",
        ),
        (
            json!({"title": "t", "threat_kind": "ddos", "severity": "high", "observables": [{"kind": "ipv4", "value": "999.0.0.1"}]}),
            "observables[0]",
        ),
        (
            json!({"title": "t", "threat_kind": "ddos", "severity": "high", "observables": [{"kind": "url", "value": "javascript:alert(1)"}]}),
            "http",
        ),
        (
            json!({"title": "t", "threat_kind": "ddos", "severity": "high", "observed_at": "yesterday"}),
            "observed_at",
        ),
        (
            json!({"title": "t", "threat_kind": "ddos", "severity": "high", "recipients": ["nobody"]}),
            "not an organisation",
        ),
        (
            json!({"title": "<script>alert(1)</script>".repeat(20), "threat_kind": "ddos", "severity": "high"}),
            "longer than 200",
        ),
        (
            json!({"title": "t", "threat_kind": "ddos", "severity": "high", "description": "x".repeat(20_001)}),
            "longer than 20,000",
        ),
        (
            json!({"title": "t", "threat_kind": "ddos", "severity": "high", "observables": vec![json!({"kind": "text", "value": "x"}); 501]}),
            "at most 500",
        ),
        (json!(["not", "an", "object"]), "not valid"),
        (
            json!({"title": 5, "threat_kind": "ddos", "severity": "high"}),
            "not valid",
        ),
    ];
    refuse_hostile_reports(
        &app,
        "incidents",
        &valid,
        cases,
        &[
            "status=open%27%20OR%201=1",
            "min_severity=9",
            "tlp=purple",
            "limit=-1",
            "limit=abc",
            "after=99999999999999999999",
            // base64 of "12|yesterday": a number, but no stored time.
            "after=MTJ8eWVzdGVyZGF5",
            "q=%25%25_",
        ],
    )
    .await;

    // The form keeps what was typed and says what is wrong.
    let mut client = app.signed_in(Role::Analyst).await;
    let page = client.get("/incidents/new").await;
    assert_eq!(page.status, StatusCode::OK);
    let refused = client
        .post(
            "/incidents",
            &[
                ("title", "Phishing of the north office"),
                ("threat_kind", "social_engineering"),
                ("severity", "medium"),
                ("tlp", "amber"),
                ("observables", "ipv4 198.51.100.7\nnonsense"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text.contains("observables, line 2"),
        "{}",
        refused.text
    );
    assert!(refused.text.contains("Phishing of the north office"));
    let created = client
        .post(
            "/incidents",
            &[
                ("title", "Phishing of the north office"),
                ("threat_kind", "social_engineering"),
                ("severity", "medium"),
                ("tlp", "amber"),
                ("organisations", "cert"),
                ("organisations", "nss"),
                (
                    "observables",
                    "email phish@cec-elections[.]example\nurl hxxp://cec-elections[.]example/reset",
                ),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text);
    let page = client.get(created.location()).await;
    assert!(
        page.text.contains("phish@cec-elections.example"),
        "defanged values are read as meant"
    );
    assert!(page.text.contains("TLP:AMBER"));
}

#[tokio::test]
async fn an_incident_is_worked_through_its_lifecycle_over_the_api() {
    let app = TestApp::new().await;
    let mut cec = app.signed_in(Role::Analyst).await;
    cec.get("/incidents").await;
    let created = cec
        .api(
            Method::POST,
            "/api/v1/incidents",
            None,
            Some(json!({"title": "Results website down", "threat_kind": "ddos", "severity": "critical",
                        "phase": "voting", "assets": ["results-website"]})),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let incident = created.json();
    assert_eq!(incident["tlp"], "amber", "AMBER is the default");
    assert_eq!(incident["reference"], "INC-1");
    let id = incident["id"].as_str().unwrap().to_owned();

    // The CERT is responsible: it acknowledges and works on it.
    let mut cert = app.client();
    cert.sign_in("certanalyst@test.example", super::PASSWORD)
        .await;
    cert.get("/incidents").await;
    let ack = cert
        .api(
            Method::POST,
            &format!("/api/v1/incidents/{id}/acknowledge"),
            None,
            Some(json!({})),
        )
        .await;
    assert_eq!(ack.status, StatusCode::OK, "{}", ack.text);
    let status = |s: &str, lessons: Option<&str>| json!({"status": s, "lessons_learned": lessons});
    let triaged = cert
        .api(
            Method::POST,
            &format!("/api/v1/incidents/{id}/status"),
            None,
            Some(status("triaged", None)),
        )
        .await;
    assert_eq!(triaged.status, StatusCode::OK, "{}", triaged.text);
    let stale = cert
        .api(
            Method::POST,
            &format!("/api/v1/incidents/{id}/status"),
            None,
            Some(json!({"status": "contained", "version": 1})),
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    let closed = cert
        .api(
            Method::POST,
            &format!("/api/v1/incidents/{id}/status"),
            None,
            Some(status("closed", None)),
        )
        .await;
    assert_eq!(closed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        closed.json()["message"]
            .as_str()
            .unwrap()
            .contains("lessons learned")
    );
    let note = cert
        .api(
            Method::POST,
            &format!("/api/v1/incidents/{id}/notes"),
            None,
            Some(json!({"text": "Traffic moved to the scrubbing centre.", "action": true})),
        )
        .await;
    assert_eq!(note.status, StatusCode::OK);
    // The CERT is not the source: it may not reshare.
    let reshare = cert
        .api(
            Method::POST,
            &format!("/api/v1/incidents/{id}/sharing"),
            None,
            Some(json!({"tlp": "clear"})),
        )
        .await;
    assert_eq!(reshare.status, StatusCode::FORBIDDEN);
    let closed = cert
        .api(
            Method::POST,
            &format!("/api/v1/incidents/{id}/status"),
            None,
            Some(status(
                "closed",
                Some("Keep the scrubbing contract active through results publication."),
            )),
        )
        .await;
    assert_eq!(closed.status, StatusCode::OK, "{}", closed.text);

    let detail = cert.get(&format!("/api/v1/incidents/{id}")).await.json();
    let kinds: Vec<&str> = detail["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["kind"].as_str().unwrap())
        .collect();
    for kind in [
        "reported",
        "routed",
        "escalated",
        "acknowledged",
        "status",
        "action",
    ] {
        assert!(kinds.contains(&kind), "{kind} missing from {kinds:?}");
    }
    // The OpenAPI document describes the incident interface, and its answers as they are.
    let openapi = cert.get("/api/v1/openapi.json").await.json();
    conforms(&openapi, "IncidentDetailSchema", &detail);
    let list = cert.get("/api/v1/incidents").await.json();
    conforms(&openapi, "IncidentPageSchema", &list);
    for path in [
        "/api/v1/incidents",
        "/api/v1/incidents/{id}",
        "/api/v1/events",
        "/api/v1/incidents/{id}/attachments",
    ] {
        assert!(
            openapi["paths"][path].is_object(),
            "{path} is not documented"
        );
    }
}

#[tokio::test]
async fn a_reader_that_reconnects_receives_what_it_missed_and_only_that() {
    let app = TestApp::new().await;
    let mut cec = app.signed_in(Role::Analyst).await;
    cec.get("/incidents").await;
    let mut reports = Vec::new();
    for (title, tlp) in [
        ("First", "green"),
        ("Hidden from the CERT", "amber+strict"),
        ("Third", "green"),
    ] {
        let r = cec
            .api(Method::POST, "/api/v1/incidents", None, Some(json!({"title": title, "threat_kind": "defacement", "severity": "low", "tlp": tlp})))
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        reports.push(r.json()["id"].as_str().unwrap().to_owned());
    }
    let mut cert = app.client();
    cert.sign_in("certanalyst@test.example", super::PASSWORD)
        .await;
    let request = Request::builder()
        .uri("/api/v1/events")
        .header("cookie", cookie_of(&cert))
        .header("last-event-id", "0")
        .body(Body::empty())
        .unwrap();
    let response = app.app.clone().oneshot(request).await.unwrap();
    assert_eq!(response.headers()["content-type"], "text/event-stream");
    let mut body = response.into_body();
    let mut text = String::new();
    while let Ok(Some(Ok(frame))) =
        tokio::time::timeout(Duration::from_millis(500), body.frame()).await
    {
        if let Some(data) = frame.data_ref() {
            text.push_str(&String::from_utf8_lossy(data));
        }
    }
    assert!(
        text.contains(&reports[0]) && text.contains(&reports[2]),
        "{text}"
    );
    assert!(
        !text.contains(&reports[1]),
        "an AMBER+STRICT item not shared with the CERT was replayed"
    );
}

/// A live stream checks its credential again before every event: once the API token that
/// opened it is revoked, the next event closes it instead of reaching the reader.
#[tokio::test]
async fn a_live_stream_ends_when_its_token_is_revoked() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::PlatformAdmin).await;
    let mut stream = feed(&app, &mut admin, "30").await;
    let mut reporter = app.signed_in(Role::Analyst).await;
    reporter.get("/incidents").await;
    reporter
        .created("/api/v1/incidents", green("Before the revocation"))
        .await;
    let mut text = String::new();
    read_until(&mut stream, &mut text, "Before the revocation")
        .await
        .expect("the first event arrives");

    let id = app.db.store.api_tokens(None).await.unwrap()[0].id.clone();
    admin.post(&format!("/admin/tokens/{id}/revoke"), &[]).await;
    reporter
        .created("/api/v1/incidents", green("After the revocation"))
        .await;
    loop {
        match tokio::time::timeout(Duration::from_secs(5), stream.frame()).await {
            Ok(Some(Ok(frame))) => {
                if let Some(data) = frame.data_ref() {
                    text.push_str(&String::from_utf8_lossy(data));
                }
            }
            Ok(_) => break,
            Err(_) => panic!("the stream stayed open after its token was revoked"),
        }
    }
    assert!(!text.contains("After the revocation"), "{text}");
}

/// Changes are numbered when written and reach the streams when committed. On PostgreSQL two
/// transactions (two servers, or a report and an escalation) may commit in the other order
/// than they were numbered: the one numbered first, committed second, still reaches an open
/// stream. SQLite has one server, which writes one transaction at a time: there changes
/// commit in the order they were numbered, and only the first part applies.
#[tokio::test]
async fn a_change_numbered_first_and_committed_second_still_reaches_an_open_stream() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::PlatformAdmin).await;
    let mut stream = feed(&app, &mut admin, "30").await;
    let mut reporter = app.signed_in(Role::Analyst).await;
    reporter.get("/incidents").await;
    let incident = reporter
        .created("/api/v1/incidents", green("Results site defaced"))
        .await;
    let mut text = String::new();
    read_until(&mut stream, &mut text, "Results site defaced")
        .await
        .expect("the report arrives");

    if !app.db.url.starts_with("postgres") {
        return;
    }
    // Written as a second server would, each with its notification.
    let pool = sqlx::AnyPool::connect(&app.db.url).await.unwrap();
    let change = async |tx: &mut sqlx::Transaction<'static, sqlx::Any>, title: &str| {
        let seq: i64 = sqlx::query_scalar(
            "INSERT INTO live_events (at, item_id, kind, data) VALUES ($1, $2, 'incident.updated', $3) RETURNING seq",
        )
        .bind("2026-11-25T11:21:00Z")
        .bind(incident["id"].as_str().unwrap())
        .bind(json!({ "title": title }).to_string())
        .fetch_one(&mut **tx)
        .await
        .unwrap();
        sqlx::query("SELECT pg_notify('liaison_live', $1)")
            .bind(seq.to_string())
            .execute(&mut **tx)
            .await
            .unwrap();
        seq
    };
    let mut first = pool.begin().await.unwrap();
    let numbered_first = change(&mut first, "Numbered first").await;
    let mut second = pool.begin().await.unwrap();
    let numbered_second = change(&mut second, "Numbered second").await;
    assert!(numbered_first < numbered_second);
    second.commit().await.unwrap();
    read_until(&mut stream, &mut text, "Numbered second")
        .await
        .expect("the second arrives");
    first.commit().await.unwrap();
    read_until(&mut stream, &mut text, "Numbered first")
        .await
        .expect("the change committed last arrives too");
}

/// The live event stream of a new API token of the CERT (a reader's, valid `days`), made by
/// `admin`.
async fn feed(app: &TestApp, admin: &mut Client, days: &str) -> Body {
    let token = admin
        .new_token(&[
            ("name", "feed"),
            ("role", "reader"),
            ("organisation", "cert"),
            ("days", days),
        ])
        .await;
    let response = app
        .app
        .clone()
        .oneshot(
            Request::builder()
                .uri("/api/v1/events")
                .header("authorization", format!("Bearer {token}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    response.into_body()
}

/// A GREEN report of a defacement titled `title`.
fn green(title: &str) -> serde_json::Value {
    json!({"title": title, "description": "Seen on the results site.", "threat_kind": "defacement",
           "severity": "low", "tlp": "green"})
}

/// Reads `stream` until `text` holds `until`; `None` when the stream ends first.
async fn read_until(stream: &mut Body, text: &mut String, until: &str) -> Option<()> {
    while !text.contains(until) {
        let frame = tokio::time::timeout(Duration::from_secs(5), stream.frame())
            .await
            .expect("an event or the end arrives")?
            .unwrap();
        if let Some(data) = frame.data_ref() {
            text.push_str(&String::from_utf8_lossy(data));
        }
    }
    Some(())
}

#[tokio::test]
async fn open_streams_ask_the_database_again_only_when_access_changed_or_time_ran_out() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in(Role::PlatformAdmin).await;
    let mut stream = feed(&app, &mut admin, "1").await;
    let office = admin
        .new_token(&[
            ("name", "office"),
            ("role", "analyst"),
            ("organisation", "cec"),
            ("days", "30"),
        ])
        .await;
    let mut reporter = app.signed_in(Role::Analyst).await;
    reporter.get("/incidents").await;
    let mut text = String::new();
    let before = app.state.stream_rechecks();
    for n in 0..3 {
        let title = format!("Unchanged access {n}");
        reporter.created("/api/v1/incidents", green(&title)).await;
        read_until(&mut stream, &mut text, &title)
            .await
            .expect("delivered");
    }
    // Checked when it opened, and not again: nothing that grants access changed since.
    assert_eq!(app.state.stream_rechecks() - before, 0);

    // Someone else's session ends: access changed somewhere, so the stream checks again, and
    // its own token still stands.
    let mut other = app.signed_in(Role::Coordinator).await;
    other.get("/").await;
    other.post("/logout", &[]).await;
    reporter
        .created("/api/v1/incidents", green("After a sign-out"))
        .await;
    read_until(&mut stream, &mut text, "After a sign-out")
        .await
        .expect("still delivered");
    assert_eq!(app.state.stream_rechecks() - before, 1);

    // The feed's day runs out with nothing else changing: the next event ends the stream
    // instead of reaching it.
    app.db
        .store
        .clock()
        .advance(Duration::from_secs(2 * 24 * 3600));
    let sent = reporter
        .api(
            Method::POST,
            "/api/v1/incidents",
            Some(&office),
            Some(green("After the expiry")),
        )
        .await;
    assert_eq!(sent.status, StatusCode::CREATED, "{}", sent.text);
    assert!(
        read_until(&mut stream, &mut text, "After the expiry")
            .await
            .is_none(),
        "the stream ended when its token ran out: {text}"
    );
}

/// Fails unless `value` matches the schema the OpenAPI document names `schema`.
pub(crate) fn conforms(openapi: &serde_json::Value, schema: &str, value: &serde_json::Value) {
    let root = json!({
        "$ref": format!("#/components/schemas/{schema}"),
        "components": openapi["components"],
    });
    let validator = jsonschema::validator_for(&root).expect("the document's schemas are valid");
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{schema}: {errors:?}");
}

/// The CEC's analyst reports `body`, shared AMBER with the CERT; returns the incident's id,
/// the analyst, and the CERT's analyst, signed in.
async fn reported_to_the_cert(app: &TestApp, body: serde_json::Value) -> (String, Client, Client) {
    let mut analyst = app.signed_in(Role::Analyst).await;
    analyst.get("/").await;
    let mut body = body;
    body["tlp"] = json!("amber");
    body["recipients"] = json!(["cert"]);
    let created = analyst.created("/api/v1/incidents", body).await;
    let id = created["id"].as_str().unwrap().to_owned();
    let mut cert = app.client();
    cert.sign_in("certanalyst@test.example", super::PASSWORD)
        .await;
    (id, analyst, cert)
}

#[tokio::test]
async fn pages_name_organisations_and_systems_rather_than_their_identifiers() {
    let app = TestApp::new().await;
    let (id, mut analyst, _) = reported_to_the_cert(
        &app,
        json!({"title": "Defaced home page", "threat_kind": "defacement", "severity": "low",
               "assets": ["cec-website"]}),
    )
    .await;
    let page = analyst.get(&format!("/incidents/{id}")).await.text;
    for shown in [
        "by <a href=\"/organisations/cec\">Central Election Commission of Demoland</a>",
        "<a href=\"/assets#asset-cec-website\">CEC website and online voter services</a>",
        "Named: Demoland Computer Emergency Response Team.",
        "Acknowledge for Central Election Commission of Demoland",
    ] {
        assert!(page.contains(shown), "the incident page lacks {shown}");
    }
    let list = analyst.get("/incidents").await.text;
    assert!(
        list.contains("<td>Central Election Commission of Demoland</td>"),
        "the list names the source"
    );
    // A RED incident names its people by name too.
    let red = analyst
        .created(
            "/api/v1/incidents",
            json!({"title": "Insider", "threat_kind": "insider", "severity": "low",
                   "tlp": "red", "recipients": ["certanalyst@test.example"]}),
        )
        .await;
    let page = analyst
        .get(&format!("/incidents/{}", red["id"].as_str().unwrap()))
        .await
        .text;
    assert!(page.contains("Named: Test analyst."), "{page}");
    // The platform administrator belongs to no organisation: the header says none.
    let mut admin = app.signed_in(Role::PlatformAdmin).await;
    let home = admin.get("/").await.text;
    assert!(!home.contains(", platform</span>"), "{home}");
}

#[tokio::test]
async fn the_list_says_what_waits_for_the_reader_and_refreshes_its_count_with_its_rows() {
    let app = TestApp::new().await;
    let (id, _, mut cert) = reported_to_the_cert(
        &app,
        json!({"title": "Results website down", "threat_kind": "ddos", "severity": "high",
               "assets": ["results-website"]}),
    )
    .await;
    let detail = cert.get(&format!("/api/v1/incidents/{id}")).await.json();
    assert_eq!(
        detail["may"]["acknowledge"], true,
        "the test needs the CERT asked"
    );

    let list = cert.get("/incidents").await.text;
    assert!(
        list.contains(&format!(
            "<a href=\"/incidents/{id}\">INC-1 Results website down</a> <span class=\"tag part\">awaiting your acknowledgement</span>\n"
        )),
        "the whole title is the link, and the row says it waits: {list}"
    );
    // The count sits in the part a live update replaces, so the two never disagree.
    let region = &list[list.find("id=\"incident-list\"").unwrap()..];
    let count = region.find("1 incident matches. ").unwrap();
    assert!(count < region.find("</table>").unwrap());
    assert!(region.contains("1 waits for your acknowledgement"));

    // Acknowledged from the list itself, which it returns to.
    assert!(list.contains(&format!(
        "<form method=\"post\" action=\"/incidents/{id}/work\" class=\"acknowledge inline\">"
    )));
    let acknowledged = cert
        .post(
            &format!("/incidents/{id}/work"),
            &[("action", "acknowledge"), ("back", "list")],
        )
        .await;
    assert_eq!(
        acknowledged.status,
        StatusCode::SEE_OTHER,
        "{}",
        acknowledged.text
    );
    assert_eq!(acknowledged.location(), "/incidents");
    let list = cert.get("/incidents").await.text;
    assert!(!list.contains("awaiting your acknowledgement"));
    assert!(!list.contains("class=\"acknowledge inline\""));
    let detail = cert.get(&format!("/api/v1/incidents/{id}")).await.json();
    assert_eq!(detail["may"]["acknowledge"], false);
}

#[tokio::test]
async fn an_incident_page_leads_with_what_the_reader_must_do() {
    let app = TestApp::new().await;
    let (id, _, mut cert) = reported_to_the_cert(
        &app,
        json!({"title": "Results website down", "threat_kind": "ddos", "severity": "high",
               "assets": ["results-website"],
               "observables": [{"kind": "ipv4", "value": "198.51.100.7"}]}),
    )
    .await;
    let page = cert.get(&format!("/incidents/{id}")).await.text;
    let acknowledge = page.find("Acknowledge for").unwrap();
    for later in ["<dt>Kind</dt>", "<h2>Observables</h2>", "<h2>Timeline</h2>"] {
        assert!(
            acknowledge < page.find(later).unwrap(),
            "the acknowledgement comes before {later}"
        );
    }
}

#[tokio::test]
async fn the_incident_pages_speak_french_and_arabic() {
    let app = TestApp::new().await;
    let (id, _, mut cert) = reported_to_the_cert(
        &app,
        json!({"title": "Results website down", "threat_kind": "ddos", "severity": "high"}),
    )
    .await;
    let get = |language: &'static str, path: String| (language, path);
    for (language, path) in [
        get("fr", "/incidents".to_owned()),
        get("fr", format!("/incidents/{id}")),
        get("fr", "/escalations".to_owned()),
        get("ar", "/incidents".to_owned()),
        get("ar", format!("/incidents/{id}")),
        get("ar", "/escalations".to_owned()),
    ] {
        let page = cert.get_in(&path, language).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        let text = &page.text;
        let dir = if language == "ar" { "rtl" } else { "ltr" };
        assert!(
            text.contains(&format!("<html lang=\"{language}\" dir=\"{dir}\">")),
            "{path} in {language}: {text}"
        );
        let heading = match (language, path.as_str()) {
            ("fr", "/incidents") => "Signaler un incident",
            ("fr", "/escalations") => "<h1>Protocoles d'escalade</h1>",
            ("fr", _) => "Accuser réception pour",
            ("ar", "/incidents") => "<h1>الحوادث</h1>",
            ("ar", "/escalations") => "<h1>بروتوكولات التصعيد</h1>",
            _ => "<h2>التسلسل الزمني</h2>",
        };
        let heading = heading.replace('\'', "&#39;");
        assert!(text.contains(&heading), "{path} in {language}: {text}");
    }
}

#[tokio::test]
async fn an_alert_is_written_in_the_language_of_the_account_it_is_for() {
    let app = TestApp::new().await;
    let mut cert = app.client();
    cert.sign_in("certanalyst@test.example", super::PASSWORD)
        .await;
    cert.get("/account").await;
    let chosen = cert.post("/account/language", &[("language", "fr")]).await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER, "{}", chosen.text);
    let mut analyst = app.signed_in(Role::Analyst).await;
    analyst.get("/").await;
    analyst
        .created(
            "/api/v1/incidents",
            json!({"title": "Results website down", "threat_kind": "ddos", "severity": "high",
                   "tlp": "amber", "recipients": ["cert"]}),
        )
        .await;
    let outbox = app
        .db
        .store
        .claim_outbox(app.now(), time::Duration::minutes(1), 1_000)
        .await
        .unwrap();
    let to_cert = outbox
        .iter()
        .find(|d| d.recipient == "certanalyst@test.example")
        .expect("the CERT's analyst is alerted");
    assert!(
        to_cert
            .subject
            .starts_with("[TLP:AMBER] Nouvel incident INC-1 ("),
        "{}",
        to_cert.subject
    );
    assert!(
        to_cert.body.contains("Titre : Results website down"),
        "{}",
        to_cert.body
    );
    assert!(
        to_cert.body.contains("Traitement : TLP:AMBER."),
        "{}",
        to_cert.body
    );
    // Those who chose no language read English.
    assert!(
        outbox
            .iter()
            .filter(|d| d.channel == "email" && d.recipient != "certanalyst@test.example")
            .all(|d| d.subject.contains("New incident")),
        "{outbox:?}"
    );
}

#[tokio::test]
async fn a_stale_edit_is_explained_in_arabic_to_an_arabic_reader() {
    let app = TestApp::new().await;
    let mut first = app.signed_in(Role::Coordinator).await;
    let mut second = app.signed_in(Role::PlatformAdmin).await;
    let record = app
        .db
        .store
        .record(
            liaison_domain::access::RecordKind::Forum,
            "disinfo-wg",
            super::ALL_AUDIENCES,
        )
        .await
        .unwrap();
    let version = record.version.to_string();
    let theirs = record
        .body
        .replace("cadence: fortnightly", "cadence: weekly");
    let mine = record
        .body
        .replace("cadence: fortnightly", "cadence: daily");
    first.get("/account").await;
    let chosen = first.post("/account/language", &[("language", "ar")]).await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER, "{}", chosen.text);
    first.get("/records/forum/disinfo-wg/edit").await;
    second.get("/records/forum/disinfo-wg/edit").await;
    second
        .post(
            "/records/forum/disinfo-wg",
            &[("version", &version), ("body", &theirs)],
        )
        .await;
    let conflict = first
        .post(
            "/records/forum/disinfo-wg",
            &[("version", &version), ("body", &mine)],
        )
        .await;
    assert_eq!(conflict.status, StatusCode::CONFLICT);
    let text = &conflict.text;
    assert!(text.contains("dir=\"rtl\""), "{text}");
    assert!(text.contains("<h2>نسختك (غير محفوظة)</h2>"), "{text}");
    assert!(text.contains("لم يُحفظ تعديلك"), "{text}");
}

#[tokio::test]
async fn the_history_of_an_incident_is_read_in_the_reader_s_language_and_the_api_stays_english() {
    let app = TestApp::new().await;
    let (id, _, mut cert) = reported_to_the_cert(
        &app,
        json!({"title": "Results website down", "threat_kind": "ddos", "severity": "high",
               "assets": ["results-website"]}),
    )
    .await;
    let french = cert.get_in(&format!("/incidents/{id}"), "fr").await.text;
    let reported = format!(
        "Signalé par Central Election Commission of Demoland : {}, gravité {}, TLP:AMBER.",
        liaison_locale::Locale::Fr.label_in_sentence(liaison_domain::catalogue::ThreatKind::Ddos),
        liaison_locale::Locale::Fr
            .label_in_sentence(liaison_domain::catalogue::IncidentSeverity::High),
    );
    assert!(
        french.contains(&askama_escape(&reported)),
        "the French page lacks {reported}"
    );
    assert!(
        !french.contains("Reported by"),
        "English left on the French page"
    );
    let arabic = cert.get_in(&format!("/incidents/{id}"), "ar").await.text;
    assert!(arabic.contains("أبلغت عنه"), "the Arabic page's history");
    let api = cert.get(&format!("/api/v1/incidents/{id}")).await.json();
    assert!(
        api["timeline"][0]["text"]
            .as_str()
            .is_some_and(|t| t.starts_with("Reported by Central Election Commission of Demoland")),
        "{}",
        api["timeline"]
    );
}

/// Text as a page writes it: the characters HTML escapes.
fn askama_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

#[tokio::test]
async fn a_refusal_is_said_in_the_reader_s_language_and_in_english_to_the_api() {
    let app = TestApp::new().await;
    let (id, _, mut cert) = reported_to_the_cert(
        &app,
        json!({"title": "Results website down", "threat_kind": "ddos", "severity": "high",
               "assets": ["results-website"]}),
    )
    .await;
    cert.get("/account").await;
    cert.post("/account/language", &[("language", "fr")]).await;
    cert.get(&format!("/incidents/{id}")).await;
    let work = format!("/incidents/{id}/work");
    let first = cert.post(&work, &[("action", "acknowledge")]).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.text);
    cert.get(&format!("/incidents/{id}")).await;
    let again = cert.post(&work, &[("action", "acknowledge")]).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    let said = again.text.replace("&#39;", "'");
    assert!(
        said.contains("votre organisation a déjà accusé réception de cet incident"),
        "{said}"
    );
    let api = cert
        .api(
            Method::POST,
            &format!("/api/v1/incidents/{id}/acknowledge"),
            None,
            Some(json!({})),
        )
        .await;
    assert_eq!(api.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", api.text);
    assert!(
        api.json()["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("your organisation already acknowledged this incident")),
        "{}",
        api.text
    );
}

#[tokio::test]
async fn a_wrong_observable_on_the_report_form_is_explained_in_the_reader_s_language() {
    let app = TestApp::new().await;
    let mut client = app.signed_in(Role::Analyst).await;
    client.get("/account").await;
    client
        .post("/account/language", &[("language", "fr")])
        .await;
    client.get("/incidents/new").await;
    let form = |observables: &'static str| {
        [
            ("title", "Hameçonnage du bureau nord"),
            ("threat_kind", "social_engineering"),
            ("severity", "medium"),
            ("tlp", "green"),
            ("observables", observables),
        ]
    };
    let refused = client
        .post("/incidents", &form("ipv4 198.51.100.7\nipv4 999.1.1.1"))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let said = refused.text.replace("&#39;", "'");
    assert!(
        said.contains(
            "observables, ligne 2 : adresse IPv4 « 999.1.1.1 » n'est pas une adresse IPv4 comme 192.0.2.10"
        ),
        "{said}"
    );
    client.get("/incidents/new").await;
    let kind = client.post("/incidents", &form("ip 198.51.100.7")).await;
    assert_eq!(kind.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        kind.text
            .replace("&#39;", "'")
            .contains("« ip » n'est pas un type d'observable"),
        "{}",
        kind.text
    );
}

#[tokio::test]
async fn a_long_list_is_read_page_by_page_without_skipping_or_repeating_as_reports_arrive() {
    let app = TestApp::new().await;
    let mut office = app.signed_in(Role::Analyst).await;
    // A page first: the API takes the session's CSRF token from it.
    office.get("/").await;
    let report = |n: usize| json!({"title": format!("Paged report {n}"), "threat_kind": "ddos", "severity": "low", "tlp": "green"});
    // The clock is pinned: every report has the same time, so the number orders them.
    for n in 0..7 {
        office.created("/api/v1/incidents", report(n)).await;
    }
    let titles = |page: &serde_json::Value| -> Vec<String> {
        page["incidents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["title"].as_str().unwrap().to_owned())
            .collect()
    };
    let first = office.get("/api/v1/incidents?q=Paged&limit=3").await.json();
    assert_eq!(
        titles(&first),
        ["Paged report 6", "Paged report 5", "Paged report 4"]
    );
    assert_eq!(first["total"], 7);
    let next = first["next"].as_str().expect("a next page").to_owned();

    // A report arriving between two pages does not shift the next one.
    office.created("/api/v1/incidents", report(7)).await;
    let second = office
        .get(&format!("/api/v1/incidents?q=Paged&limit=3&after={next}"))
        .await
        .json();
    assert_eq!(
        titles(&second),
        ["Paged report 3", "Paged report 2", "Paged report 1"]
    );
    let next = second["next"].as_str().expect("a last page").to_owned();
    let last = office
        .get(&format!("/api/v1/incidents?q=Paged&limit=3&after={next}"))
        .await
        .json();
    assert_eq!(titles(&last), ["Paged report 0"]);
    assert_eq!(
        last["next"],
        serde_json::Value::Null,
        "nothing after the oldest"
    );

    let refused = office.get("/api/v1/incidents?after=somewhere").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text.contains("after"), "{}", refused.text);

    // The page links to the older reports with the same filters.
    let page = office.get("/incidents?q=Paged&limit=3").await;
    let link = page
        .text
        .split("href=\"/incidents?")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a link to the older reports")
        // The page writes `&` as a character reference, as HTML may.
        .replace("&#38;", "&")
        .replace("&amp;", "&");
    assert!(
        link.contains("q=Paged") && link.contains("after="),
        "{link}"
    );
    let older = office.get(&format!("/incidents?{link}")).await;
    assert!(
        older.text.contains("Paged report 4"),
        "the next page after the newest three"
    );
    assert!(!older.text.contains("Paged report 5<"), "{}", older.text);
}

#[tokio::test]
async fn reports_sent_at_once_are_each_kept_with_a_number_of_their_own_and_a_bad_one_fails_alone() {
    let app = TestApp::new().await;
    let mut office = app.signed_in(Role::Analyst).await;
    office.get("/").await;
    let audited = app.db.store.verify_audit_chain().await.unwrap().entries;
    // Twelve offices at once (they share the commits of a batch); the fifth names a system
    // the register does not have, which is found only after its report began to be written.
    let sent = (0..12).map(|n| {
        let mut office = office.clone();
        let asset = if n == 4 { "no-such-system" } else { "results-website" };
        let body = json!({"title": format!("At once {n}"), "threat_kind": "ddos", "severity": "high", "tlp": "green", "assets": [asset]});
        async move { (n, office.api(Method::POST, "/api/v1/incidents", None, Some(body)).await) }
    });
    let mut numbers = Vec::new();
    for (n, response) in futures_util::future::join_all(sent).await {
        if n == 4 {
            assert_eq!(
                response.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{}",
                response.text
            );
            assert!(
                response.text.contains("no-such-system"),
                "{}",
                response.text
            );
        } else {
            assert_eq!(
                response.status,
                StatusCode::CREATED,
                "report {n}: {}",
                response.text
            );
            numbers.push(response.json()["number"].as_i64().expect("a number"));
        }
    }
    numbers.sort_unstable();
    assert!(
        numbers.windows(2).all(|pair| pair[1] == pair[0] + 1),
        "eleven numbers in a row, none taken by the refused report: {numbers:?}"
    );
    let listed = office.get("/api/v1/incidents?q=once").await.json();
    assert_eq!(listed["total"], 11);
    assert_eq!(
        app.db.store.verify_audit_chain().await.unwrap().entries,
        audited + 11,
        "one audit entry per report kept, and the chain verifies"
    );
}
