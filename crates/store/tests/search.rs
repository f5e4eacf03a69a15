//! Full-text search of incidents and false claims: words found in the language they were
//! written in, addresses as phrases, ranked, and never past the reader's audience; on a fresh
//! database (SQLite, or PostgreSQL with LIAISON_TEST_DATABASE_URL).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use liaison_domain::access::Role;
use liaison_domain::caller::Caller;
use liaison_domain::catalogue::{IncidentSeverity, Phase, ThreatKind};
use liaison_domain::sharing::TlpLevel;
use liaison_store::testing::{TestDatabase, load_demoland, person};
use liaison_store::{
    Actor, DisinformationFilter, DisinformationItem, DisinformationReport, Incident,
    IncidentFilter, IncidentReport,
};

const BASE: &str = "https://liaison.example";

fn incident(title: &str, description: &str, tlp: TlpLevel) -> IncidentReport {
    IncidentReport {
        title: title.into(),
        description: description.into(),
        threat: ThreatKind::Ddos,
        severity: IncidentSeverity::High,
        phase: Some(Phase::Voting),
        assets: vec!["results-website".into()],
        tlp,
        recipients: Vec::new(),
        observers: false,
        observed_at: None,
        observables: Vec::new(),
    }
}

fn references(hits: &[liaison_store::SearchHit]) -> Vec<&str> {
    hits.iter().map(|h| h.reference.as_str()).collect()
}

#[tokio::test]
async fn words_are_found_in_their_language_ranked_and_only_within_the_audience() {
    let db = TestDatabase::new().await;
    let store = &db.store;
    load_demoland(store).await;
    let cec = person(store, "a@cec.example", "cec", Role::Analyst).await;
    let police = person(store, "a@police.example", "police-cyber", Role::Analyst).await;
    store
        .set_language(&Actor::system(), &cec.account, Some("fr"))
        .await
        .unwrap();
    let as_cec = Caller::new(cec.clone());
    let as_police = Caller::new(police.clone());
    let as_dpa = Caller::new(person(store, "r@dpa.example", "dpa", Role::Reader).await);

    // INC-1, written in French by the CEC, shared with every member.
    store
        .report_incident(
            &as_cec,
            incident(
                "Attaques contre le site des résultats",
                "Trafic massif depuis 198.51.100.7 ; le site des résultats ne répond plus.",
                TlpLevel::Green,
            ),
            BASE,
        )
        .await
        .unwrap();
    // INC-2, in English by the police, AMBER to the police alone.
    store
        .report_incident(
            &as_police,
            incident(
                "Phishing of local officials",
                "Officials received e-mails asking for their passwords; one came from 198.51.100.8.",
                TlpLevel::Amber,
            ),
            BASE,
        )
        .await
        .unwrap();
    // DIS-1: a false claim about the results, shared with every member.
    store
        .report_disinformation(
            &as_police,
            DisinformationReport {
                claim: "The results were altered overnight".into(),
                threat: ThreatKind::DisinformationTrust,
                platform: "Chirp".into(),
                where_seen: None,
                reach: None,
                first_seen_at: None,
                phase: Some(Phase::Voting),
                tlp: TlpLevel::Green,
                recipients: Vec::new(),
                observers: false,
                incidents: Vec::new(),
            },
            BASE,
        )
        .await
        .unwrap();

    // An English word finds the French report by their common stem, and the claim.
    let hits = store.search(&as_police, "Results", 20).await.unwrap();
    let mut found = references(&hits);
    found.sort_unstable();
    assert_eq!(found, ["DIS-1", "INC-1"], "{hits:?}");
    // A French word, accents or not, finds the French report by its stem.
    assert_eq!(
        references(&store.search(&as_police, "résultat", 20).await.unwrap()),
        ["INC-1"]
    );
    assert_eq!(
        references(&store.search(&as_police, "attaque", 20).await.unwrap()),
        ["INC-1"]
    );
    // The start of a word finds it; every word must be found.
    assert_eq!(
        references(&store.search(&as_police, "phish offic", 20).await.unwrap()),
        ["INC-2"]
    );
    assert!(
        store
            .search(&as_police, "phishing résultats", 20)
            .await
            .unwrap()
            .is_empty()
    );
    // An address is a phrase: .7 is not .8.
    assert_eq!(
        references(&store.search(&as_police, "198.51.100.8", 20).await.unwrap()),
        ["INC-2"]
    );
    // The data-protection authority may not read the police's AMBER incident: no search finds
    // it, in the search or in the list's count.
    assert!(
        store
            .search(&as_dpa, "phishing", 20)
            .await
            .unwrap()
            .is_empty()
    );
    let listed = store
        .items::<Incident>(
            &as_dpa,
            &IncidentFilter {
                text: Some("198.51.100.8".into()),
                limit: 50,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!((listed.total, listed.items.len()), (0, 0));
    let listed = store
        .items::<Incident>(
            &as_police,
            &IncidentFilter {
                text: Some("198.51.100.7".into()),
                limit: 50,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(listed.total, 1);
    assert_eq!(listed.items[0].number, 1);
    let claims = store
        .items::<DisinformationItem>(
            &as_cec,
            &DisinformationFilter {
                text: Some("altered".into()),
                limit: 50,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(claims.total, 1);

    // Words that are operators of either database's syntax are only words.
    for hostile in [
        "\"",
        "*",
        "NEAR(a b)",
        "a OR b",
        "x:*",
        "!a & b",
        "<->",
        "') OR 1=1 --",
        "^",
        "",
    ] {
        assert!(
            store.search(&as_police, hostile, 20).await.is_ok(),
            "{hostile}"
        );
        let filter = IncidentFilter {
            text: Some(hostile.into()),
            limit: 50,
            ..Default::default()
        };
        assert!(
            store.items::<Incident>(&as_police, &filter).await.is_ok(),
            "{hostile}"
        );
    }
}

#[tokio::test]
async fn the_better_match_comes_first() {
    let db = TestDatabase::new().await;
    let store = &db.store;
    load_demoland(store).await;
    let cert = Caller::new(person(store, "a@cert.example", "cert", Role::Analyst).await);
    for (title, description) in [
        ("Slow website", "The turnout page loads slowly."),
        (
            "Ransomware at the regional office",
            "Ransomware encrypted the ransomware-free backup? No: ransomware everywhere.",
        ),
        ("Printer jam", "Not ransomware: a printer."),
    ] {
        store
            .report_incident(&cert, incident(title, description, TlpLevel::Green), BASE)
            .await
            .unwrap();
    }
    let hits = store.search(&cert, "ransomware", 20).await.unwrap();
    assert_eq!(references(&hits), ["INC-2", "INC-3"], "{hits:?}");
    assert!(hits[0].score > hits[1].score);
}
