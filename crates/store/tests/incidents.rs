//! Incidents in the store: routing, escalation, outbox, sharing and every read path's audience,
//! on a fresh database (SQLite, or PostgreSQL with LIAISON_TEST_DATABASE_URL).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use liaison_domain::access::{Role, Viewer};
use liaison_domain::caller::Caller;
use liaison_domain::catalogue::{
    IncidentSeverity, IncidentStatus, ObservableKind, Phase, ThreatKind,
};
use liaison_domain::incident::Observable;
use liaison_domain::sharing::{TlpLevel, principals_of};
use liaison_locale::Locale;
use liaison_store::Incident;
use liaison_store::testing::{TestDatabase, load_demoland as demoland, person};
use liaison_store::{
    Actor, AuditFilter, IncidentFilter, IncidentReport, IncidentUpdate, NewAttachment, SharedItem,
    StoreError,
};

const BASE: &str = "https://liaison.example";

fn report(title: &str, tlp: TlpLevel, recipients: &[&str]) -> IncidentReport {
    IncidentReport {
        title: title.into(),
        description: "The results website answers with errors; traffic from many addresses.".into(),
        threat: ThreatKind::Ddos,
        severity: IncidentSeverity::Critical,
        phase: Some(Phase::Voting),
        assets: vec!["results-website".into()],
        tlp,
        recipients: recipients.iter().map(|s| s.to_string()).collect(),
        observers: false,
        observed_at: None,
        observables: vec![
            Observable::parse(ObservableKind::Ipv4, "198.51.100.7").unwrap(),
            Observable::parse(ObservableKind::Domain, "cec-results[.]example").unwrap(),
        ],
    }
}

/// A clerk of a local office reports the results website down, AMBER.
async fn office_reports(store: &liaison_store::Store) -> (Caller, liaison_store::Incident) {
    let clerk = person(
        store,
        "clerk@north1.example",
        "local-north-1",
        Role::Analyst,
    )
    .await;
    let source = Caller::new(clerk);
    let incident = store
        .report_incident(
            &source,
            report("Results website down", TlpLevel::Amber, &[]),
            BASE,
        )
        .await
        .unwrap();
    (source, incident)
}

/// Demoland with `analysts` of the CERT, and a local office's report; with a plain connection
/// to the store's database, to look at the rows it wrote.
async fn reported_to(
    analysts: &[&str],
) -> (TestDatabase, sqlx::AnyPool, Caller, liaison_store::Incident) {
    let db = TestDatabase::new().await;
    demoland(&db.store).await;
    for email in analysts {
        person(&db.store, email, "cert", Role::Analyst).await;
    }
    let (source, incident) = office_reports(&db.store).await;
    let database = sqlx::AnyPool::connect(&db.url).await.unwrap();
    (db, database, source, incident)
}

/// What is due for delivery now, claimed for a minute.
async fn claim_due(store: &liaison_store::Store) -> Vec<liaison_store::OutboxDelivery> {
    store
        .claim_outbox(store.clock().now(), time::Duration::minutes(1), 100)
        .await
        .unwrap()
}

/// The source's new sharing of an item: a level and recipient organisations, no observers.
fn sharing(tlp: TlpLevel, recipients: &[&str]) -> IncidentUpdate {
    IncidentUpdate::Sharing {
        tlp,
        recipients: recipients.iter().map(|s| s.to_string()).collect(),
        observers: false,
    }
}

fn sees(store_result: Result<liaison_store::Incident, StoreError>) -> bool {
    match store_result {
        Ok(_) => true,
        Err(StoreError::NotFound) => false,
        Err(e) => panic!("{e}"),
    }
}

#[tokio::test]
async fn a_report_is_routed_escalated_and_alerted_in_one_transaction() {
    let db = TestDatabase::new().await;
    let store = &db.store;
    demoland(store).await;
    let reporter = person(
        store,
        "clerk@north1.example",
        "local-north-1",
        Role::Analyst,
    )
    .await;
    let cert = person(store, "duty@cert.example", "cert", Role::Analyst).await;
    let nss = person(store, "officer@nss.example", "nss", Role::Reader).await;
    let police = person(store, "desk@police.example", "police-cyber", Role::Analyst).await;
    let coordinator = person(store, "coord@cec.example", "cec", Role::Coordinator).await;

    let incident = store
        .report_incident(
            &Caller::new(reporter.clone()),
            report("Results website down", TlpLevel::Amber, &[]),
            BASE,
        )
        .await
        .unwrap();
    assert_eq!(incident.number, 1);
    assert_eq!(incident.status, IncidentStatus::Reported);
    assert!(incident.gap.is_none());

    // The matrix (cec accountable, cert responsible) and both protocols (nss, moi; cert, cec)
    // draw their organisations into the AMBER audience; the police are not on it.
    for (viewer, expected) in [
        (&reporter, true),
        (&cert, true),
        (&nss, true),
        (&coordinator, true),
        (&police, false),
    ] {
        assert_eq!(
            sees(
                store
                    .incident(&Caller::new(viewer.clone()), &incident.id)
                    .await
            ),
            expected,
            "{:?}",
            viewer.organisation
        );
    }
    // Nobody reads without an account: the store takes a caller, which has one.

    let detail = store
        .item_detail::<Incident>(&Caller::new(cert.clone()), &incident.id)
        .await
        .unwrap();
    let role_of = |org: &str| {
        detail
            .assignments
            .iter()
            .find(|a| a.organisation == org)
            .map(|a| a.role.id())
    };
    assert_eq!(role_of("cec"), Some("accountable"));
    assert_eq!(role_of("cert"), Some("responsible"));
    assert_eq!(role_of("nss"), Some("escalation"));
    assert_eq!(role_of("moi"), Some("escalation"));
    let kinds: Vec<&str> = detail.timeline.iter().map(|t| t.kind.as_str()).collect();
    assert!(
        kinds.contains(&"reported") && kinds.contains(&"routed") && kinds.contains(&"escalated")
    );

    // Alerts: the people of the assigned organisations, and the first contacts of the
    // escalation targets; the police hear nothing.
    let due = claim_due(store).await;
    let recipients: Vec<&str> = due.iter().map(|d| d.recipient.as_str()).collect();
    assert!(recipients.contains(&"duty@cert.example"), "{recipients:?}");
    assert!(recipients.contains(&"officer@nss.example"));
    assert!(!recipients.contains(&"desk@police.example"));
    assert!(
        recipients.contains(&"duty@cec.example.dl"),
        "the CEC's emergency contact"
    );
    assert!(due.iter().all(|d| d.subject.starts_with("[TLP:AMBER]")));
    // People read who reported it by name.
    assert!(
        due.iter().all(|d| d
            .body
            .contains("Reported by: Ashby Municipal Election Office")),
        "{}",
        due[0].body
    );
    // A claimed message is not handed out twice while its lease runs.
    let again = claim_due(store).await;
    assert!(again.is_empty());
    for d in &due {
        store.outbox_delivered(d).await.unwrap();
    }

    // Nobody acknowledges: after ten minutes the next contacts are alerted, after fifteen the
    // deadline is missed and the coordinators hear of it.
    let later = store.clock().now() + time::Duration::minutes(11);
    assert!(store.run_due_escalations(later, BASE).await.unwrap() > 0);
    let much_later = store.clock().now() + time::Duration::minutes(40);
    store.run_due_escalations(much_later, BASE).await.unwrap();
    let detail = store
        .item_detail::<Incident>(&Caller::new(cert.clone()), &incident.id)
        .await
        .unwrap();
    assert!(
        detail
            .timeline
            .iter()
            .any(|t| t.kind == "deadline_missed" && t.text.contains("National Security Service")),
        "{:#?}",
        detail.timeline
    );
    let failures = store
        .claim_outbox(much_later, time::Duration::minutes(1), 100)
        .await
        .unwrap();
    assert!(
        failures
            .iter()
            .any(|d| d.recipient == "coord@cec.example" && d.subject.contains("Escalation failed")),
        "{failures:#?}"
    );
    // The steps are done: running again acts on nothing.
    let far = store.clock().now() + time::Duration::hours(5);
    store.run_due_escalations(far, BASE).await.unwrap();
    assert_eq!(store.run_due_escalations(far, BASE).await.unwrap(), 0);

    // The security service acknowledges; a reader may do that for their organisation.
    store
        .update_item::<Incident>(
            &Caller::new(nss.clone()),
            &incident.id,
            None,
            IncidentUpdate::Acknowledge { note: None },
            BASE,
        )
        .await
        .unwrap();
    let twice = store
        .update_item::<Incident>(
            &Caller::new(nss.clone()),
            &incident.id,
            None,
            IncidentUpdate::Acknowledge { note: None },
            BASE,
        )
        .await;
    assert!(matches!(twice, Err(StoreError::Invalid(_))), "{twice:?}");
    // …but a reader may not handle it.
    let handled = store
        .update_item::<Incident>(
            &Caller::new(nss.clone()),
            &incident.id,
            None,
            IncidentUpdate::Status {
                status: IncidentStatus::Triaged,
                lessons: None,
                note: None,
            },
            BASE,
        )
        .await;
    assert!(
        matches!(handled, Err(StoreError::Forbidden(_))),
        "{handled:?}"
    );
    // The police cannot even find it.
    let outside = store
        .update_item::<Incident>(
            &Caller::new(police.clone()),
            &incident.id,
            None,
            IncidentUpdate::Acknowledge { note: None },
            BASE,
        )
        .await;
    assert!(matches!(outside, Err(StoreError::NotFound)), "{outside:?}");

    // The audit trail holds, and shows the incident only to its readers.
    assert!(
        store
            .verify_audit_chain()
            .await
            .unwrap()
            .first_break
            .is_none()
    );
    let entries = |viewer: &Viewer| {
        let filter = AuditFilter {
            key: Some(incident.id.clone()),
            limit: 100,
            reader: principals_of(Some(viewer)),
            ..Default::default()
        };
        async move { store.audit_entries(&filter).await.unwrap().len() }
    };
    assert!(entries(&cert).await >= 3);
    assert_eq!(entries(&police).await, 0);
}

#[tokio::test]
async fn strict_and_red_sharing_withhold_and_reach_only_the_named() {
    let db = TestDatabase::new().await;
    let store = &db.store;
    demoland(store).await;
    let reporter = person(store, "clerk@cec.example", "cec", Role::Analyst).await;
    let colleague = person(store, "other@cec.example", "cec", Role::OrganisationAdmin).await;
    let cert = person(store, "duty@cert.example", "cert", Role::Analyst).await;
    let nss = person(store, "officer@nss.example", "nss", Role::Analyst).await;
    let observer = person(
        store,
        "watch@demowatch.example",
        "observers-demowatch",
        Role::Observer,
    )
    .await;

    let strict = store
        .report_incident(
            &Caller::new(reporter.clone()),
            report("Strict one", TlpLevel::AmberStrict, &["cert"]),
            BASE,
        )
        .await
        .unwrap();
    assert!(sees(
        store.incident(&Caller::new(cert.clone()), &strict.id).await
    ));
    assert!(!sees(
        store.incident(&Caller::new(nss.clone()), &strict.id).await
    ));
    let detail = store
        .item_detail::<Incident>(&Caller::new(reporter.clone()), &strict.id)
        .await
        .unwrap();
    let nss_row = detail
        .assignments
        .iter()
        .find(|a| a.organisation == "nss")
        .unwrap();
    assert!(nss_row.withheld && nss_row.alerted_at.is_none());
    assert!(detail.timeline.iter().any(|t| t.kind == "withheld"));

    let red = store
        .report_incident(
            &Caller::new(reporter.clone()),
            report("Red one", TlpLevel::Red, &["DUTY@cert.example"]),
            BASE,
        )
        .await
        .unwrap();
    assert!(sees(
        store
            .incident(&Caller::new(reporter.clone()), &red.id)
            .await
    ));
    assert!(sees(
        store.incident(&Caller::new(cert.clone()), &red.id).await
    ));
    assert!(!sees(
        store
            .incident(&Caller::new(colleague.clone()), &red.id)
            .await
    ));
    assert!(!sees(
        store
            .incident(&Caller::new(observer.clone()), &red.id)
            .await
    ));

    // Lists and counts never count what the reader may not see.
    let nss_list = store
        .items::<Incident>(
            &Caller::new(nss.clone()),
            &IncidentFilter {
                limit: 50,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(nss_list.total, 0);
    assert_eq!(
        store
            .incident_counts(&Caller::new(nss.clone()))
            .await
            .unwrap()
            .open,
        0
    );
    let cert_list = store
        .items::<Incident>(
            &Caller::new(cert.clone()),
            &IncidentFilter {
                limit: 50,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(cert_list.total, 2);
    let found = store
        .items::<Incident>(
            &Caller::new(cert.clone()),
            &IncidentFilter {
                text: Some("198.51.100.7 strict".into()),
                limit: 50,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(found.total, 1, "words are matched in title and observables");

    // Only the source may reshare; widening reaches the withheld organisation, which is then
    // alerted.
    let not_source = store
        .update_item::<Incident>(
            &Caller::new(cert.clone()),
            &strict.id,
            None,
            sharing(TlpLevel::Green, &[]),
            BASE,
        )
        .await;
    assert!(
        matches!(not_source, Err(StoreError::Forbidden(_))),
        "{not_source:?}"
    );
    let widened = store
        .update_item::<Incident>(
            &Caller::new(reporter.clone()),
            &strict.id,
            Some(strict.version),
            sharing(TlpLevel::Amber, &["cert"]),
            BASE,
        )
        .await
        .unwrap();
    assert_eq!(widened.tlp, TlpLevel::Amber);
    assert!(sees(
        store.incident(&Caller::new(nss.clone()), &strict.id).await
    ));
    // A stale version is refused.
    let stale = store
        .update_item::<Incident>(
            &Caller::new(reporter.clone()),
            &strict.id,
            Some(strict.version),
            IncidentUpdate::Note {
                text: "late".into(),
                action: false,
            },
            BASE,
        )
        .await;
    assert!(matches!(stale, Err(StoreError::Changed)), "{stale:?}");

    // Attachments are served through the incident's audience only.
    let file = store
        .attach_to::<Incident>(
            &Caller::new(reporter.clone()),
            &red.id,
            NewAttachment {
                filename: "../screenshot.png".into(),
                media_type: "image/png".into(),
                content: vec![137, 80, 78, 71, 1, 2, 3],
            },
        )
        .await
        .unwrap();
    assert_eq!(file.filename, "screenshot.png");
    let (_, bytes) = store
        .attachment(&Caller::new(cert.clone()), &red.id, &file.id)
        .await
        .unwrap();
    assert_eq!(bytes, vec![137, 80, 78, 71, 1, 2, 3]);
    let hidden = store
        .attachment(&Caller::new(colleague.clone()), &red.id, &file.id)
        .await;
    assert!(matches!(hidden, Err(StoreError::NotFound)));
    // Even through another incident the reader can see.
    let sideways = store
        .attachment(&Caller::new(nss.clone()), &strict.id, &file.id)
        .await;
    assert!(matches!(sideways, Err(StoreError::NotFound)));
}

#[tokio::test]
async fn the_lifecycle_needs_lessons_and_merges_only_into_wider_incidents() {
    let db = TestDatabase::new().await;
    let store = &db.store;
    demoland(store).await;
    let cec = person(store, "clerk@cec.example", "cec", Role::Analyst).await;
    let first = store
        .report_incident(
            &Caller::new(cec.clone()),
            report("Website slow", TlpLevel::Green, &[]),
            BASE,
        )
        .await
        .unwrap();
    let second = store
        .report_incident(
            &Caller::new(cec.clone()),
            report("Website slow again", TlpLevel::Amber, &[]),
            BASE,
        )
        .await
        .unwrap();
    let status = |status, lessons: Option<&str>| IncidentUpdate::Status {
        status,
        lessons: lessons.map(str::to_owned),
        note: None,
    };
    let closing = store
        .update_item::<Incident>(
            &Caller::new(cec.clone()),
            &first.id,
            None,
            status(IncidentStatus::Closed, None),
            BASE,
        )
        .await;
    assert!(
        matches!(closing, Err(StoreError::Invalid(m)) if m.to_string().contains("lessons learned"))
    );
    // Nothing was written by the refused change.
    let unchanged = store
        .incident(&Caller::new(cec.clone()), &first.id)
        .await
        .unwrap();
    assert_eq!(unchanged.version, first.version);
    store
        .update_item::<Incident>(
            &Caller::new(cec.clone()),
            &first.id,
            None,
            status(IncidentStatus::Resolved, None),
            BASE,
        )
        .await
        .unwrap();

    // The GREEN incident may not be merged into the narrower AMBER one…
    let merge = store
        .update_item::<Incident>(
            &Caller::new(cec.clone()),
            &first.id,
            None,
            IncidentUpdate::MergeInto {
                original: second.id.clone(),
            },
            BASE,
        )
        .await;
    assert!(matches!(merge, Err(StoreError::Invalid(m)) if m.to_string().contains("link the two")));
    // …but the AMBER one into the GREEN one, which closes it as a duplicate.
    let merged = store
        .update_item::<Incident>(
            &Caller::new(cec.clone()),
            &second.id,
            None,
            IncidentUpdate::MergeInto {
                original: first.id.clone(),
            },
            BASE,
        )
        .await
        .unwrap();
    assert_eq!(merged.status, IncidentStatus::Closed);
    assert_eq!(merged.duplicate_of.as_deref(), Some(first.id.as_str()));
    let original = store
        .item_detail::<Incident>(&Caller::new(cec.clone()), &first.id)
        .await
        .unwrap();
    assert_eq!(original.duplicates.len(), 1);
    let reopened = store
        .update_item::<Incident>(
            &Caller::new(cec.clone()),
            &second.id,
            None,
            status(IncidentStatus::InProgress, None),
            BASE,
        )
        .await;
    assert!(matches!(reopened, Err(StoreError::Invalid(_))));
    store
        .update_item::<Incident>(
            &Caller::new(cec.clone()),
            &first.id,
            None,
            status(
                IncidentStatus::Closed,
                Some("A second DNS provider would have helped."),
            ),
            BASE,
        )
        .await
        .unwrap();
}

#[tokio::test]
async fn malformed_reports_are_refused_and_write_nothing() {
    let db = TestDatabase::new().await;
    let store = &db.store;
    demoland(store).await;
    let cec = person(store, "clerk@cec.example", "cec", Role::Analyst).await;
    let observer = person(
        store,
        "watch@demowatch.example",
        "observers-demowatch",
        Role::Observer,
    )
    .await;
    let cases: Vec<(IncidentReport, &str)> = vec![
        (
            IncidentReport {
                title: "   ".into(),
                ..report("x", TlpLevel::Amber, &[])
            },
            "title is empty",
        ),
        (
            IncidentReport {
                title: "x".repeat(201),
                ..report("x", TlpLevel::Amber, &[])
            },
            "longer than 200",
        ),
        (
            IncidentReport {
                assets: vec!["results-websit".into()],
                ..report("x", TlpLevel::Amber, &[])
            },
            "did you mean 'results-website'",
        ),
        (
            report("x", TlpLevel::Amber, &["cret"]),
            "did you mean 'cert'",
        ),
        (report("x", TlpLevel::Red, &[]), "name at least one person"),
        (
            report("x", TlpLevel::Red, &["nobody@nowhere.example"]),
            "not an active account",
        ),
        (
            report("x", TlpLevel::Green, &["cert"]),
            "takes no named recipients",
        ),
        (
            IncidentReport {
                observed_at: Some(store.clock().now() + time::Duration::days(1)),
                ..report("x", TlpLevel::Amber, &[])
            },
            "in the future",
        ),
        (
            IncidentReport {
                description: "a\u{0}b".into(),
                ..report("x", TlpLevel::Amber, &[])
            },
            "control characters",
        ),
    ];
    for (bad, expected) in cases {
        match store
            .report_incident(&Caller::new(cec.clone()), bad, BASE)
            .await
        {
            Err(StoreError::Invalid(message)) => {
                assert!(
                    message.to_string().contains(expected),
                    "{message} (expected {expected})"
                )
            }
            other => panic!("expected an error containing {expected}, got {other:?}"),
        }
    }
    let refused = store
        .report_incident(
            &Caller::new(observer.clone()),
            report("x", TlpLevel::Amber, &[]),
            BASE,
        )
        .await;
    assert!(
        matches!(refused, Err(StoreError::Forbidden(_))),
        "{refused:?}"
    );
    let everything = store
        .items::<Incident>(
            &Caller::new(cec.clone()),
            &IncidentFilter {
                limit: 10,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(everything.total, 0, "no partial writes");
    let outbox = store.outbox_state().await.unwrap();
    assert_eq!(outbox.pending, 0);
}

/// The security review's finding: police-cyber reports a critical AMBER incident to the CERT,
/// the protocol draws in the CEC, and the source then narrows to AMBER+STRICT for the CERT.
/// What was on its way to the CEC (its duty address, its people, the next escalation steps)
/// stops, and the timeline says so; a disabled account receives nothing either.
#[tokio::test]
async fn deliveries_and_escalations_recheck_the_audience_when_they_go_out() {
    let db = TestDatabase::new().await;
    let store = &db.store;
    demoland(store).await;
    let police = person(store, "desk@police.example", "police-cyber", Role::Analyst).await;
    let cec = person(store, "officer@cec.example", "cec", Role::Analyst).await;
    let cert = person(store, "duty@cert.example", "cert", Role::Analyst).await;
    let leaver = person(store, "leaver@cert.example", "cert", Role::Analyst).await;
    let incident = store
        .report_incident(
            &Caller::new(police.clone()),
            report("Results website down", TlpLevel::Amber, &["cert"]),
            BASE,
        )
        .await
        .unwrap();
    assert!(
        sees(
            store
                .incident(&Caller::new(cec.clone()), &incident.id)
                .await
        ),
        "the critical-incident protocol draws the CEC in"
    );
    store
        .update_item::<Incident>(
            &Caller::new(police.clone()),
            &incident.id,
            None,
            sharing(TlpLevel::AmberStrict, &["cert"]),
            BASE,
        )
        .await
        .unwrap();
    assert!(!sees(
        store
            .incident(&Caller::new(cec.clone()), &incident.id)
            .await
    ));
    store
        .set_account_disabled(&liaison_store::Actor::system(), &leaver.account, true)
        .await
        .unwrap();

    let mut delivered = Vec::new();
    for minutes in [0, 11, 31, 45, 120] {
        let at = store.clock().now() + time::Duration::minutes(minutes);
        store.run_due_escalations(at, BASE).await.unwrap();
        for d in store
            .claim_outbox(at, time::Duration::minutes(1), 1_000)
            .await
            .unwrap()
        {
            store.outbox_delivered(&d).await.unwrap();
            delivered.push(d);
        }
    }
    let to: Vec<&str> = delivered.iter().map(|d| d.recipient.as_str()).collect();
    assert!(to.contains(&"duty@cert.example"), "{to:?}");
    for withheld in [
        "officer@cec.example",
        "duty@cec.example.dl",
        "leaver@cert.example",
    ] {
        assert!(!to.contains(&withheld), "{withheld} received {to:?}");
    }
    let detail = store
        .item_detail::<Incident>(&Caller::new(cert.clone()), &incident.id)
        .await
        .unwrap();
    assert!(
        detail
            .timeline
            .iter()
            .any(|t| t.kind == "escalation_stopped" && t.organisation.as_deref() == Some("cec")),
        "{:#?}",
        detail.timeline
    );
}

/// A duplicate names its original only to readers of the original: when the original's source
/// narrows its sharing after the merge, the duplicate's readers no longer learn of it, by its id
/// or its reference.
#[tokio::test]
async fn a_duplicate_does_not_name_an_original_its_reader_may_no_longer_read() {
    let db = TestDatabase::new().await;
    let store = &db.store;
    demoland(store).await;
    let police = person(store, "desk@police.example", "police-cyber", Role::Analyst).await;
    let cec = person(store, "officer@cec.example", "cec", Role::Analyst).await;
    let cert = person(store, "duty@cert.example", "cert", Role::Analyst).await;
    let original = store
        .report_incident(
            &Caller::new(police.clone()),
            report("Website down", TlpLevel::Green, &[]),
            BASE,
        )
        .await
        .unwrap();
    let duplicate = store
        .report_incident(
            &Caller::new(cec.clone()),
            report("Same outage", TlpLevel::Amber, &["cert"]),
            BASE,
        )
        .await
        .unwrap();
    store
        .update_item::<Incident>(
            &Caller::new(cec.clone()),
            &duplicate.id,
            None,
            IncidentUpdate::MergeInto {
                original: original.id.clone(),
            },
            BASE,
        )
        .await
        .unwrap();
    let before = store
        .incident(&Caller::new(cert.clone()), &duplicate.id)
        .await
        .unwrap();
    assert_eq!(before.duplicate_of.as_deref(), Some(original.id.as_str()));

    store
        .update_item::<Incident>(
            &Caller::new(police.clone()),
            &original.id,
            None,
            sharing(TlpLevel::AmberStrict, &["cec"]),
            BASE,
        )
        .await
        .unwrap();
    assert!(!sees(
        store
            .incident(&Caller::new(cert.clone()), &original.id)
            .await
    ));
    let one = store
        .incident(&Caller::new(cert.clone()), &duplicate.id)
        .await
        .unwrap();
    let listed = store
        .items::<Incident>(&Caller::new(cert.clone()), &IncidentFilter::default())
        .await
        .unwrap()
        .items
        .into_iter()
        .find(|i| i.id == duplicate.id)
        .unwrap();
    let detail = store
        .item_detail::<Incident>(&Caller::new(cert.clone()), &duplicate.id)
        .await
        .unwrap();
    for seen in [&one, &listed, &detail.incident] {
        assert_eq!(seen.duplicate_of, None);
        let lessons = seen.lessons_learned.as_deref().unwrap_or_default();
        assert!(!lessons.contains(&original.reference()), "{lessons}");
    }
    for entry in &detail.timeline {
        assert!(!entry.text.contains(&original.reference()), "{entry:?}");
    }
    // Who reads both still sees it named.
    assert_eq!(
        store
            .incident(&Caller::new(cec.clone()), &duplicate.id)
            .await
            .unwrap()
            .duplicate_of,
        Some(original.id.clone())
    );
}

#[tokio::test]
async fn the_history_is_kept_as_messages_each_reader_reads_in_their_language() {
    let db = TestDatabase::new().await;
    let store = &db.store;
    demoland(store).await;
    let (source, incident) = office_reports(store).await;
    store
        .update_item::<Incident>(
            &source,
            &incident.id,
            None,
            sharing(TlpLevel::Amber, &["police-cyber"]),
            BASE,
        )
        .await
        .unwrap();
    store
        .update_item::<Incident>(
            &source,
            &incident.id,
            None,
            IncidentUpdate::Note {
                text: "Le site répond de nouveau.".into(),
                action: false,
            },
            BASE,
        )
        .await
        .unwrap();
    let detail = store
        .item_detail::<Incident>(&source, &incident.id)
        .await
        .unwrap();
    let line = |kind: &str| {
        detail
            .timeline
            .iter()
            .find(|t| t.kind == kind)
            .unwrap_or_else(|| panic!("no {kind} line in {:#?}", detail.timeline))
    };

    // English is what the API gives and what was recorded.
    for entry in &detail.timeline {
        assert_eq!(entry.text_in(Locale::En), entry.text, "{entry:#?}");
    }
    // The platform's lines come in the reader's language, catalogue labels included.
    let reported = line("reported").text_in(Locale::Fr);
    assert!(reported.starts_with("Signalé par "), "{reported}");
    assert!(
        reported.contains(&Locale::Fr.label_in_sentence(ThreatKind::Ddos))
            && reported.contains(&Locale::Fr.label_in_sentence(IncidentSeverity::Critical)),
        "{reported}"
    );
    let routed = line("routed").text_in(Locale::Ar);
    assert!(
        routed.contains(&Locale::Ar.text("incident-role-accountable")),
        "{routed}"
    );
    // Recipients are named, not given as the model's identifiers.
    let shared = line("sharing");
    assert!(
        shared.text.contains("National Police Cybercrime Unit")
            && !shared.text.contains("police-cyber"),
        "{}",
        shared.text
    );
    assert!(
        shared.text_in(Locale::Es).contains("Destinatarios"),
        "{:?}",
        shared.text_in(Locale::Es)
    );
    // What a person wrote stays as they wrote it, in every language.
    for locale in Locale::ALL {
        assert_eq!(line("note").text_in(locale), "Le site répond de nouveau.");
    }
}

#[tokio::test]
async fn what_a_report_tells_is_stored_once_and_worded_in_each_readers_language_when_it_goes_out() {
    let db = TestDatabase::new().await;
    let store = &db.store;
    demoland(store).await;
    person(store, "duty@cert.example", "cert", Role::Analyst).await;
    let night = person(store, "night@cert.example", "cert", Role::Analyst).await;
    let nuit = person(store, "nuit@cert.example", "cert", Role::Analyst).await;
    store
        .set_language(&Actor::system(), &nuit.account, Some("fr"))
        .await
        .unwrap();
    let (_, incident) = office_reports(store).await;
    // She changes her language after the report and before the message goes out.
    store
        .set_language(&Actor::system(), &night.account, Some("es"))
        .await
        .unwrap();

    // Each reads the whole notice, in the language they read when it goes out.
    let due = claim_due(store).await;
    let to = |email: &str| {
        due.iter()
            .find(|d| d.recipient == email)
            .unwrap_or_else(|| panic!("nothing for {email} in {due:#?}"))
    };
    for (email, locale) in [
        ("duty@cert.example", Locale::En),
        ("night@cert.example", Locale::Es),
        ("nuit@cert.example", Locale::Fr),
    ] {
        let mail = to(email);
        assert!(
            mail.body.contains(&incident.title),
            "{email}: {}",
            mail.body
        );
        assert!(
            mail.body.contains(&locale.label(incident.severity)),
            "{email} reads {locale:?}: {}",
            mail.body
        );
        assert!(
            mail.subject.contains(&format!("INC-{}", incident.number)),
            "{}",
            mail.subject
        );
    }
    assert_ne!(
        Locale::En.label(incident.severity),
        Locale::Es.label(incident.severity)
    );

    // What the report is about is stored once for every message it sends.
    let database = sqlx::AnyPool::connect(&db.url).await.unwrap();
    let (messages, facts): (i64, i64) =
        sqlx::query_as("SELECT COUNT(*), COUNT(DISTINCT facts_id) FROM outbox WHERE item_id = $1")
            .bind(&incident.id)
            .fetch_one(&database)
            .await
            .unwrap();
    assert!(messages >= 3, "{messages} messages");
    assert_eq!(facts, 1);
}

#[tokio::test]
async fn a_stored_message_that_cannot_be_worded_is_set_aside_and_the_others_go_out() {
    let (db, database, _, incident) =
        reported_to(&["duty@cert.example", "night@cert.example"]).await;
    let store = &db.store;
    let spoiled: String = sqlx::query_scalar(
        "SELECT id FROM outbox WHERE recipient = 'night@cert.example' AND item_id = $1",
    )
    .bind(&incident.id)
    .fetch_one(&database)
    .await
    .unwrap();
    // Stored by another version, or damaged: not a notice this one knows.
    sqlx::query("UPDATE outbox SET said = '{\"recall\": 1}' WHERE id = $1")
        .bind(&spoiled)
        .execute(&database)
        .await
        .unwrap();

    let due = claim_due(store).await;
    assert!(due.iter().any(|d| d.recipient == "duty@cert.example"));
    assert!(!due.iter().any(|d| d.ids.contains(&spoiled)), "{due:#?}");
    let problems = store.outbox_problems(100).await.unwrap();
    let problem = problems
        .iter()
        .find(|p| p.id == spoiled)
        .unwrap_or_else(|| panic!("not among the problems: {problems:#?}"));
    assert!(problem.failed_at.is_some());
    assert_eq!(
        problem.last_error.as_deref(),
        Some("the stored notice cannot be worded")
    );
}

/// The store keeps what it read of the people it alerts between reports; a person who joins
/// the CERT, or changes how they hear, between two reports is heeded by the second.
#[tokio::test]
async fn who_is_alerted_follows_the_directory_from_one_report_to_the_next() {
    let (db, _, source, _) = reported_to(&["duty@cert.example"]).await;
    let store = &db.store;
    let drain = async || {
        let due = claim_due(store).await;
        for delivery in &due {
            store.outbox_delivered(delivery).await.unwrap();
        }
        due.into_iter().map(|d| d.recipient).collect::<Vec<_>>()
    };
    assert!(drain().await.contains(&"duty@cert.example".to_owned()));
    person(store, "night@cert.example", "cert", Role::Analyst).await;
    let duty = store
        .account_by_email("duty@cert.example")
        .await
        .unwrap()
        .unwrap();
    store
        .set_notification_preferences(
            &duty.id,
            &liaison_store::NotificationPreferences {
                email: "off".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    store
        .report_incident(
            &source,
            report("Results website down again", TlpLevel::Amber, &[]),
            BASE,
        )
        .await
        .unwrap();
    let told = drain().await;
    assert!(told.contains(&"night@cert.example".to_owned()), "{told:?}");
    assert!(!told.contains(&"duty@cert.example".to_owned()), "{told:?}");
}

#[tokio::test]
async fn a_line_of_history_is_stored_as_messages_and_worded_when_read() {
    let (db, database, source, incident) = reported_to(&[]).await;
    let store = &db.store;
    let worded: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM item_timeline WHERE item_id = $1 AND text IS NOT NULL",
    )
    .bind(&incident.id)
    .fetch_one(&database)
    .await
    .unwrap();
    assert_eq!(worded, 0, "no English copy beside the messages");

    // A line from before the messages keeps its text; one that can no longer be read as
    // messages says at least what happened.
    for (id, text, said) in [
        ("old-line", Some("Reported by the office."), None),
        ("unreadable", None, Some("{\"messages\": 7}")),
    ] {
        sqlx::query(
            "INSERT INTO item_timeline (id, item_id, at, kind, text, said) VALUES ($1, $2, '2026-11-25T11:20:01Z', 'note', $3, $4)",
        )
        .bind(id)
        .bind(&incident.id)
        .bind(text)
        .bind(said)
        .execute(&database)
        .await
        .unwrap();
    }
    let detail = store
        .item_detail::<Incident>(&source, &incident.id)
        .await
        .unwrap();
    let text_of = |id: &str| {
        detail
            .timeline
            .iter()
            .find(|t| t.id == id)
            .map(|t| t.text.clone())
            .unwrap_or_else(|| panic!("no line {id} in {:#?}", detail.timeline))
    };
    assert_eq!(text_of("old-line"), "Reported by the office.");
    assert_eq!(text_of("unreadable"), "note");
    let reported = detail
        .timeline
        .iter()
        .find(|t| t.kind == "reported")
        .expect("the report's line");
    assert!(
        reported
            .text
            .starts_with("Reported by Ashby Municipal Election Office"),
        "{reported:#?}"
    );
}
