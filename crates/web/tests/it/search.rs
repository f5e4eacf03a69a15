//! Searching every kind at once, over HTTP: the page and `GET /api/v1/search` find what the
//! reader may read, best first, and bad or hostile words get a clear answer, never a 500. (The
//! read matrix of each kind checks the search against each item's audience.)

use super::TestApp;
use axum::http::{Method, StatusCode};
use liaison_domain::access::Role;
use serde_json::json;

#[tokio::test]
async fn a_search_finds_incidents_and_claims_and_refuses_bad_words_clearly() {
    let app = TestApp::new().await;
    let mut client = app.signed_in(Role::Analyst).await;
    client.get("/").await;
    let incident = client
        .api(
            Method::POST,
            "/api/v1/incidents",
            None,
            Some(json!({
                "title": "Defacement of the turnout page",
                "description": "The turnout page shows a false message.",
                "threat_kind": "defacement",
                "severity": "high",
                "tlp": "green",
            })),
        )
        .await;
    assert_eq!(incident.status, StatusCode::CREATED, "{}", incident.text);
    let claim = client
        .api(
            Method::POST,
            "/api/v1/disinformation",
            None,
            Some(json!({
                "claim": "Turnout was faked in the north",
                "threat_kind": "disinformation_trust",
                "platform": "Chirp",
                "tlp": "green",
            })),
        )
        .await;
    assert_eq!(claim.status, StatusCode::CREATED, "{}", claim.text);

    let found = client.get("/api/v1/search?q=turnout").await;
    assert_eq!(found.status, StatusCode::OK, "{}", found.text);
    let hits = found.json()["hits"].as_array().unwrap().clone();
    let mut kinds: Vec<&str> = hits.iter().map(|h| h["kind"].as_str().unwrap()).collect();
    kinds.sort_unstable();
    assert_eq!(kinds, ["disinformation", "incident"], "{hits:?}");
    let page = client.get("/search?q=defaced%20turnout").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.text.contains("Defacement of the turnout page"),
        "{}",
        page.text
    );
    assert!(page.text.contains("One match"), "{}", page.text);
    assert!(!page.text.contains("Turnout was faked"));
    let nothing = client.get("/search?q=ballot").await;
    assert!(
        nothing.text.contains("Nothing you may read matches"),
        "{}",
        nothing.text
    );
    // Without words, the page is the search box alone.
    let empty = client.get("/search").await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(!empty.text.contains("Nothing you may read"));

    // Too many characters or a bad limit: a sentence saying what is wrong.
    let long = "a".repeat(201);
    for (query, expected) in [
        (format!("q={long}"), "at most 200 characters"),
        ("q=turnout&limit=0".to_owned(), "limit: from 1 to 100"),
        ("q=turnout&limit=1000".to_owned(), "limit: from 1 to 100"),
    ] {
        let response = client.get(&format!("/api/v1/search?{query}")).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        assert_eq!(response.json()["code"], "invalid");
        assert!(
            response.text.contains(expected),
            "{query}: {}",
            response.text
        );
    }
    let page = client.get(&format!("/search?q={long}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("at most 200 characters"));
    let typed = client.get("/api/v1/search?q=x&limit=many").await;
    assert_eq!(typed.status, StatusCode::BAD_REQUEST, "{}", typed.text);
    // Words that are operators of FTS5 or tsquery are only words.
    for hostile in [
        "%22",
        "*",
        "NEAR(a%20b)",
        "a%20OR%20b",
        "x%3A*",
        "!a%20%26%20b",
        "%3C-%3E",
        "')%20OR%201=1%20--",
        "%5E",
        "%00",
        "%E2%80%AE",
    ] {
        for path in [
            "/api/v1/search",
            "/search",
            "/api/v1/incidents",
            "/incidents",
        ] {
            let response = client.get(&format!("{path}?q={hostile}")).await;
            assert_eq!(
                response.status,
                StatusCode::OK,
                "{path}?q={hostile}: {}",
                response.text
            );
        }
    }
}
