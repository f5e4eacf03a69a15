//! Disinformation items in the store: routing by the matrix, the audience on every read path,
//! links to incidents, rectification requests and their response times.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use liaison_domain::access::{Role, Viewer};
use liaison_domain::caller::Caller;
use liaison_domain::catalogue::{
    DisinformationStatus, IncidentSeverity, Phase, RectificationOutcome, ThreatKind,
};
use liaison_domain::sharing::{TlpLevel, principals_of};
use liaison_store::SharedItem;
use liaison_store::testing::{TestDatabase, load_demoland as demoland, person};
use liaison_store::{
    AuditFilter, DisinformationFilter, DisinformationItem, DisinformationReport,
    DisinformationUpdate, IncidentReport, Store, StoreError,
};
use time::Duration;

const BASE: &str = "https://liaison.example";

fn claim(tlp: TlpLevel) -> DisinformationReport {
    DisinformationReport {
        claim: "Polling stations in the north are closed because of a cyber attack".into(),
        threat: ThreatKind::DisinformationTurnout,
        platform: "Chirp".into(),
        where_seen: Some("https://chirp.example/post/123".into()),
        reach: Some(48_000),
        first_seen_at: Some(liaison_store::testing::test_now() - Duration::hours(1)),
        phase: Some(Phase::Voting),
        tlp,
        recipients: Vec::new(),
        observers: false,
        incidents: Vec::new(),
    }
}

async fn sees(store: &Store, viewer: &Viewer, id: &str) -> bool {
    let one = match store
        .disinformation_item(&Caller::new(viewer.clone()), id)
        .await
    {
        Ok(_) => true,
        Err(StoreError::NotFound) => false,
        Err(e) => panic!("{e}"),
    };
    let listed = store
        .items::<DisinformationItem>(
            &Caller::new(viewer.clone()),
            &DisinformationFilter {
                text: Some("polling stations".into()),
                limit: 50,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(listed.items.iter().any(|i| i.id == id), one);
    assert_eq!(
        listed.total,
        listed.items.len() as i64,
        "counts only what is seen"
    );
    let audited = store
        .audit_entries(&AuditFilter {
            key: Some(id.to_owned()),
            limit: 50,
            reader: principals_of(Some(viewer)),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(
        !audited.is_empty(),
        one,
        "the audit trail shows what is seen"
    );
    one
}

#[tokio::test]
async fn a_false_claim_reaches_the_organisations_of_the_matrix_and_nobody_else() {
    let db = TestDatabase::new().await;
    let store = &db.store;
    demoland(store).await;
    let office = person(
        store,
        "clerk@north1.example",
        "local-north-1",
        Role::Analyst,
    )
    .await;
    let cec = person(store, "press@cec.example", "cec", Role::Analyst).await;
    let chirp = person(store, "trust@chirp.example", "platform-chirp", Role::Reader).await;
    let cert = person(store, "duty@cert.example", "cert", Role::Analyst).await;

    let item = store
        .report_disinformation(&Caller::new(office.clone()), claim(TlpLevel::Amber), BASE)
        .await
        .unwrap();
    assert_eq!(item.reference(), "DIS-1");
    assert_eq!(item.status, DisinformationStatus::Active);
    let routed: Vec<&str> = item
        .routed
        .iter()
        .map(|r| r.organisation.as_str())
        .collect();
    assert!(
        routed.contains(&"cec") && routed.contains(&"platform-chirp"),
        "{routed:?}"
    );
    assert!(sees(store, &office, &item.id).await);
    assert!(sees(store, &cec, &item.id).await);
    assert!(
        sees(store, &chirp, &item.id).await,
        "consulted under the matrix"
    );
    assert!(!sees(store, &cert, &item.id).await, "no need to know");

    // The CEC's people were told by e-mail; the CERT's were not.
    let queued: Vec<String> = store
        .claim_outbox(store.clock().now(), Duration::minutes(1), 100)
        .await
        .unwrap()
        .into_iter()
        .filter(|d| {
            d.subject
                .starts_with("[TLP:AMBER] False claim DIS-1 on Chirp")
        })
        .map(|d| d.recipient)
        .collect();
    assert!(
        queued.contains(&"press@cec.example".to_owned()),
        "{queued:?}"
    );
    assert!(!queued.contains(&"duty@cert.example".to_owned()));

    // Someone outside the audience cannot work on it, and learns nothing from trying.
    let status = DisinformationUpdate::Status {
        status: DisinformationStatus::Countered,
    };
    assert!(matches!(
        store
            .update_item::<DisinformationItem>(
                &Caller::new(cert.clone()),
                &item.id,
                None,
                status.clone(),
                BASE
            )
            .await,
        Err(StoreError::NotFound)
    ));
    // A platform's reader sees it but does not handle it.
    assert!(matches!(
        store
            .update_item::<DisinformationItem>(
                &Caller::new(chirp.clone()),
                &item.id,
                None,
                status,
                BASE
            )
            .await,
        Err(StoreError::Forbidden(_))
    ));

    // AMBER+STRICT keeps it to the source, and says who it did not reach.
    let strict = store
        .report_disinformation(
            &Caller::new(office.clone()),
            claim(TlpLevel::AmberStrict),
            BASE,
        )
        .await
        .unwrap();
    assert!(strict.routed.iter().all(|r| r.withheld));
    assert!(!sees(store, &cec, &strict.id).await);
    // Only the source widens it, and that reaches the CEC.
    assert!(matches!(
        store
            .update_item::<DisinformationItem>(
                &Caller::new(cec.clone()),
                &strict.id,
                None,
                DisinformationUpdate::Sharing {
                    tlp: TlpLevel::Green,
                    recipients: vec![],
                    observers: false
                },
                BASE
            )
            .await,
        Err(StoreError::NotFound)
    ));
    store
        .update_item::<DisinformationItem>(
            &Caller::new(office.clone()),
            &strict.id,
            Some(strict.version),
            DisinformationUpdate::Sharing {
                tlp: TlpLevel::Amber,
                recipients: vec!["cert".into()],
                observers: false,
            },
            BASE,
        )
        .await
        .unwrap();
    assert!(sees(store, &cec, &strict.id).await);
    assert!(sees(store, &cert, &strict.id).await, "named recipient");

    // Only claims about the process are disinformation items.
    let mut not_a_claim = claim(TlpLevel::Green);
    not_a_claim.threat = ThreatKind::Ddos;
    let error = store
        .report_disinformation(&Caller::new(office.clone()), not_a_claim, BASE)
        .await
        .unwrap_err();
    assert!(error.to_string().contains("false claim"), "{error}");
}

#[tokio::test]
async fn rectification_requests_measure_how_long_platforms_take() {
    let db = TestDatabase::new().await;
    let store = &db.store;
    demoland(store).await;
    let cec = person(store, "press@cec.example", "cec", Role::Analyst).await;
    let item = store
        .report_disinformation(&Caller::new(cec.clone()), claim(TlpLevel::Green), BASE)
        .await
        .unwrap();
    let sent = store.clock().now() - Duration::hours(3);
    let item = store
        .update_item::<DisinformationItem>(
            &Caller::new(cec.clone()),
            &item.id,
            Some(item.version),
            DisinformationUpdate::RequestRectification {
                platform: "Chirp".into(),
                reference: Some("CASE-881".into()),
                sent_at: Some(sent),
                notes: None,
            },
            BASE,
        )
        .await
        .unwrap();
    assert_eq!(item.status, DisinformationStatus::Rectifying);
    let caller = Caller::new(cec.clone());
    let detail = store
        .item_detail::<DisinformationItem>(&caller, &item.id)
        .await
        .unwrap();
    let request = detail.rectifications[0].clone();
    assert_eq!(request.response_time, None);

    // An answer before the request is refused and changes nothing.
    let early = store
        .update_item::<DisinformationItem>(
            &Caller::new(cec.clone()),
            &item.id,
            None,
            DisinformationUpdate::RecordAnswer {
                request: request.id.clone(),
                acknowledged_at: Some(sent - Duration::minutes(5)),
                acted_on_at: None,
                outcome: None,
                notes: None,
            },
            BASE,
        )
        .await
        .unwrap_err();
    assert!(early.to_string().contains("before the request"), "{early}");

    store
        .update_item::<DisinformationItem>(
            &Caller::new(cec.clone()),
            &item.id,
            None,
            DisinformationUpdate::RecordAnswer {
                request: request.id.clone(),
                acknowledged_at: Some(sent + Duration::minutes(40)),
                acted_on_at: Some(sent + Duration::minutes(135)),
                outcome: Some(RectificationOutcome::Removed),
                notes: None,
            },
            BASE,
        )
        .await
        .unwrap();
    let detail = store
        .item_detail::<DisinformationItem>(&caller, &item.id)
        .await
        .unwrap();
    let answered = &detail.rectifications[0];
    assert_eq!(answered.acknowledgement_time.as_deref(), Some("40 min"));
    assert_eq!(answered.response_time.as_deref(), Some("2 h 15 min"));
    assert_eq!(answered.outcome, Some(RectificationOutcome::Removed));
    assert_eq!(answered.reference.as_deref(), Some("CASE-881"));
}

#[tokio::test]
async fn links_to_incidents_show_only_what_the_reader_sees_of_both() {
    let db = TestDatabase::new().await;
    let store = &db.store;
    demoland(store).await;
    let cec = person(store, "press@cec.example", "cec", Role::Analyst).await;
    let chirp = person(store, "trust@chirp.example", "platform-chirp", Role::Reader).await;
    let incident = store
        .report_incident(
            &Caller::new(cec.clone()),
            IncidentReport {
                title: "Fake CEC account posting closures".into(),
                description: String::new(),
                threat: ThreatKind::DisinformationTurnout,
                severity: IncidentSeverity::High,
                phase: Some(Phase::Voting),
                assets: vec![],
                tlp: TlpLevel::AmberStrict,
                recipients: vec![],
                observers: false,
                observed_at: None,
                observables: vec![],
            },
            BASE,
        )
        .await
        .unwrap();
    let mut report = claim(TlpLevel::Green);
    report.incidents = vec![incident.id.clone()];
    let item = store
        .report_disinformation(&Caller::new(cec.clone()), report, BASE)
        .await
        .unwrap();
    let seen_by = |v: &Viewer| {
        let caller = Caller::new(v.clone());
        let id = item.id.clone();
        async move {
            store
                .item_detail::<DisinformationItem>(&caller, &id)
                .await
                .unwrap()
                .incidents
                .len()
        }
    };
    assert_eq!(seen_by(&cec).await, 1);
    assert_eq!(seen_by(&chirp).await, 0, "the STRICT incident stays hidden");

    // A reporter cannot link an incident it cannot see.
    let office = person(
        store,
        "clerk@north1.example",
        "local-north-1",
        Role::Analyst,
    )
    .await;
    let mut hidden = claim(TlpLevel::Green);
    hidden.incidents = vec![incident.id.clone()];
    let error = store
        .report_disinformation(&Caller::new(office.clone()), hidden, BASE)
        .await
        .unwrap_err();
    assert!(error.to_string().contains("no incident"), "{error}");
}

#[tokio::test]
async fn a_false_claim_keeps_its_history_and_says_what_each_reader_may_do_on_it() {
    let db = TestDatabase::new().await;
    let store = &db.store;
    demoland(store).await;
    let office = person(
        store,
        "clerk@north1.example",
        "local-north-1",
        Role::Analyst,
    )
    .await;
    let cec = person(store, "press@cec.example", "cec", Role::Analyst).await;
    let item = store
        .report_disinformation(&Caller::new(office.clone()), claim(TlpLevel::Amber), BASE)
        .await
        .unwrap();
    store
        .update_item::<DisinformationItem>(
            &Caller::new(cec.clone()),
            &item.id,
            None,
            DisinformationUpdate::RequestRectification {
                platform: "Chirp".into(),
                reference: None,
                sent_at: None,
                notes: None,
            },
            BASE,
        )
        .await
        .unwrap();
    store
        .update_item::<DisinformationItem>(
            &Caller::new(office.clone()),
            &item.id,
            None,
            DisinformationUpdate::Sharing {
                tlp: TlpLevel::Green,
                recipients: Vec::new(),
                observers: false,
            },
            BASE,
        )
        .await
        .unwrap();

    let source = store
        .item_detail::<DisinformationItem>(&Caller::new(office.clone()), &item.id)
        .await
        .unwrap();
    let kinds: Vec<&str> = source.timeline.iter().map(|t| t.kind.as_str()).collect();
    assert_eq!(kinds, ["reported", "rectification", "sharing"]);
    assert!(
        source.timeline[2].text.contains("TLP:AMBER to TLP:GREEN"),
        "{}",
        source.timeline[2].text
    );
    assert!(source.may.reshare && source.may.comment);

    let accountable = store
        .item_detail::<DisinformationItem>(&Caller::new(cec.clone()), &item.id)
        .await
        .unwrap();
    assert!(accountable.may.handle, "the matrix makes the CEC act on it");
    assert!(!accountable.may.reshare, "only the source reshares");
}
