//! False claims over HTTP: the TLP permission matrix across every read path, malformed and
//! hostile input, and the work on a claim (rectification requests, links, status).

use super::TestApp;
use super::incidents::conforms;
use super::shared_items::{KindUnderTest, assert_none, read_matrix, refuse_hostile_reports};
use axum::http::{Method, StatusCode};
use liaison_domain::access::Role;
use serde_json::json;

#[tokio::test]
async fn every_read_path_shows_each_false_claim_to_exactly_its_audience() {
    let app = TestApp::new().await;
    // Reported in the campaign, when the matrix names neither the police nor the CERT for
    // false claims.
    let kind = KindUnderTest {
        path: "disinformation",
        audit_kind: "disinformation",
        counted: "claim",
        report: |level, word, recipients| {
            json!({
                "claim": format!("Voting by text message is open {word}"),
                "threat_kind": "disinformation_turnout",
                "platform": "Chirp",
                "where_seen": "https://chirp.example/post/1",
                "reach": 12000,
                "phase": "campaign",
                "tlp": level,
                "recipients": recipients,
            })
        },
    };
    let (_, failures) = read_matrix(&app, &kind).await;
    assert_none(&failures);
}

#[tokio::test]
async fn malformed_hostile_and_oversized_claims_get_clear_errors_and_write_nothing() {
    let app = TestApp::new().await;
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
        (with("claim", json!("x".repeat(5_001))), "longer than 5,000"),
        (with("claim", json!("   ")), "claim is empty"),
        (with("platform", json!("")), "platform is empty"),
        (
            with("where_seen", json!("a\u{0007}b")),
            "control characters",
        ),
        (with("colour", json!("red")), "unknown field"),
        (json!("not an object"), "not valid"),
    ];
    refuse_hostile_reports(
        &app,
        "disinformation",
        &base,
        cases,
        &["status=open%27%20OR%201=1", "limit=-1", "q=%25%25_"],
    )
    .await;
    let mut client = app.signed_in(Role::Analyst).await;
    client.get("/disinformation").await;

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

#[tokio::test]
async fn the_list_of_claims_is_read_page_by_page_to_its_end() {
    let app = TestApp::new().await;
    let mut analyst = app.signed_in(Role::Analyst).await;
    analyst.get("/").await;
    for n in 0..3 {
        analyst
            .created(
                "/api/v1/disinformation",
                serde_json::json!({"claim": format!("Paged claim {n}"), "threat_kind": "disinformation_trust", "platform": "Chirp", "tlp": "green"}),
            )
            .await;
    }
    let claims = |page: &serde_json::Value| -> Vec<String> {
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["claim"].as_str().unwrap().to_owned())
            .collect()
    };
    let first = analyst
        .get("/api/v1/disinformation?q=Paged&limit=2")
        .await
        .json();
    assert_eq!(claims(&first), ["Paged claim 2", "Paged claim 1"]);
    let next = first["next"].as_str().expect("a next page").to_owned();
    let last = analyst
        .get(&format!(
            "/api/v1/disinformation?q=Paged&limit=2&after={next}"
        ))
        .await
        .json();
    assert_eq!(claims(&last), ["Paged claim 0"]);
    assert_eq!(last["next"], serde_json::Value::Null);
}
