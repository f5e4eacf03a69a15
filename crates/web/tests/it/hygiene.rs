//! The cyber-hygiene self-assessment over HTTP: scoring, history, and comparison only as far
//! as each organisation shares its result.

use super::TestApp;
use axum::http::{Method, StatusCode};
use liaison_domain::access::Role;
use serde_json::json;

#[tokio::test]
async fn organisations_assess_themselves_and_share_as_they_choose() {
    let app = TestApp::new().await;
    let mut party = app
        .person("it@party-green.example", "party-green", Role::Analyst)
        .await;
    let mut vendor = app
        .person("sec@tally.example", "vendor-tally", Role::Analyst)
        .await;
    let mut cert = app.person("duty@cert.example", "cert", Role::Analyst).await;
    let mut coordinator = app.signed_in(Role::Coordinator).await;
    coordinator.get("/hygiene").await;

    // The party keeps its first result to itself, then improves and shares with coordinators.
    let first = party
        .api(
            Method::POST,
            "/api/v1/hygiene",
            None,
            Some(json!({"answers": [1, 0, 1, 0, 1, 0]})),
        )
        .await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text);
    assert_eq!(first.json()["score"], 16);
    let form = party
        .post(
            "/hygiene",
            &[
                ("training", "3"),
                ("maintenance", "2"),
                ("procedures", "2"),
                ("separation", "1"),
                ("screening", "2"),
                ("proportionate_defence", "1"),
                ("shared_with", "coordinators"),
                ("notes", "Training done in March"),
            ],
        )
        .await;
    assert_eq!(form.status, StatusCode::SEE_OTHER, "{}", form.text);
    let mine = party.get("/api/v1/hygiene").await.json();
    assert_eq!(
        mine["history"].as_array().unwrap().len(),
        2,
        "history is kept"
    );
    assert_eq!(mine["history"][0]["score"], 61);
    vendor
        .api(
            Method::POST,
            "/api/v1/hygiene",
            None,
            Some(json!({"answers": [3, 3, 3, 3, 2, 2], "shared_with": "members"})),
        )
        .await;

    let names = |value: &serde_json::Value| -> Vec<String> {
        value["comparison"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["organisation"].as_str().unwrap().to_owned())
            .collect()
    };
    let seen = coordinator.get("/api/v1/hygiene").await.json();
    assert_eq!(names(&seen), ["vendor-tally", "party-green"], "best first");
    assert!(
        seen["comparison"][1]["notes"].is_null(),
        "notes stay with the organisation"
    );
    assert_eq!(
        names(&cert.get("/api/v1/hygiene").await.json()),
        ["vendor-tally"]
    );
    let mut observer = app.signed_in(Role::Observer).await;
    assert_eq!(
        observer.get("/api/v1/hygiene").await.json()["comparison"],
        json!([])
    );
    let page = coordinator.get("/hygiene").await;
    assert!(page.text.contains("Green Alliance") && page.text.contains("61%"));
    // The columns say which aspect they are, and a key says what the answers mean.
    assert!(
        page.text
            .contains("<abbr title=\"Users are trained and aware")
    );
    assert!(page.text.contains(">Training</abbr>"));
    assert!(page.text.contains("<strong>0</strong> Not in place"));

    // Bad answers are refused and write nothing.
    for (body, expected) in [
        (json!({"answers": [3, 3, 3]}), "six"),
        (json!({"answers": [3, 3, 3, 3, 3, 9]}), "from 0"),
        (
            json!({"answers": [3, 3, 3, 3, 3, 3], "notes": "x".repeat(5_001)}),
            "longer than",
        ),
        (
            json!({"answers": [3, 3, 3, 3, 3, 3], "shared_with": "everyone"}),
            "shared_with",
        ),
        (json!({"answers": "all good"}), "not valid"),
    ] {
        let r = cert
            .api(Method::POST, "/api/v1/hygiene", None, Some(body.clone()))
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(
            r.json()["message"].as_str().unwrap().contains(expected),
            "{}",
            r.text
        );
    }
    assert_eq!(
        cert.get("/api/v1/hygiene").await.json()["history"],
        json!([])
    );
    let incomplete = cert
        .post("/hygiene", &[("training", "3"), ("shared_with", "own")])
        .await;
    assert!(matches!(
        incomplete.status,
        StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY
    ));
    let refused = observer
        .api(
            Method::POST,
            "/api/v1/hygiene",
            None,
            Some(json!({"answers": [3, 3, 3, 3, 3, 3]})),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    // Over time: the party's first result was its own, so coordinators see no earlier score;
    // once it shares twice, they see how it moved.
    let party_row = |value: &serde_json::Value| {
        value["comparison"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["organisation"] == "party-green")
            .cloned()
            .unwrap()
    };
    let seen = coordinator.get("/api/v1/hygiene").await.json();
    assert!(
        party_row(&seen)["previous_score"].is_null(),
        "the earlier result was its own"
    );
    party
        .api(
            Method::POST,
            "/api/v1/hygiene",
            None,
            Some(json!({"answers": [3, 3, 3, 3, 3, 3], "shared_with": "coordinators"})),
        )
        .await;
    let seen = coordinator.get("/api/v1/hygiene").await.json();
    assert_eq!(party_row(&seen)["score"], 100);
    assert_eq!(party_row(&seen)["previous_score"], 61);
    let page = coordinator.get("/hygiene").await;
    assert!(page.text.contains("<td>+39</td>"), "the change is shown");
    // Coordinators follow up those who share nothing with them; nobody else gets that list.
    let missing = seen["without_shared_result"].as_array().unwrap();
    assert!(missing.contains(&json!("cert")), "{missing:?}");
    assert!(!missing.contains(&json!("party-green")));
    assert!(!missing.contains(&json!("vendor-tally")));
    assert!(page.text.contains("id=\"without-result\""));
    assert_eq!(
        cert.get("/api/v1/hygiene").await.json()["without_shared_result"],
        json!([])
    );
    assert!(
        !cert
            .get("/hygiene")
            .await
            .text
            .contains("id=\"without-result\"")
    );
}
