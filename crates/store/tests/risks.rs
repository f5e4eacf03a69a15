//! The joint risk register in the store: seeding from the catalogue, each agency's assessment
//! and the joint view, history, measures and who may do what.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use liaison_domain::access::Role;
use liaison_domain::caller::Caller;
use liaison_domain::catalogue::{MeasureStatus, MitigationFamily, Phase, ThreatKind};
use liaison_interop::model_file::{LoadOptions, load_model};
use liaison_store::testing::{TestDatabase, load_demoland as demoland, person};
use liaison_store::{Actor, NewAssessment, NewMeasure, NewRisk, RiskFilter, RiskOrder, StoreError};
use std::path::Path;

fn assessment(l: i64, i: i64) -> NewAssessment {
    NewAssessment {
        likelihood: l,
        impact: i,
        residual_likelihood: None,
        residual_impact: None,
        rationale: None,
    }
}

#[tokio::test]
async fn agencies_assess_the_seeded_register_and_see_where_they_disagree() {
    let db = TestDatabase::new().await;
    let store = &db.store;
    demoland(store).await;
    let coordinator = person(store, "c@cec.example", "cec", Role::Coordinator).await;
    let cert = person(store, "a@cert.example", "cert", Role::Analyst).await;
    let nss = person(store, "a@nss.example", "nss", Role::Analyst).await;
    let reader = person(store, "r@cec.example", "cec", Role::Reader).await;
    let observer = person(store, "o@observers.example", "observers", Role::Observer).await;

    // Seeding twice adds nothing the second time.
    let added = store
        .seed_risks(&Caller::new(coordinator.clone()))
        .await
        .unwrap();
    assert!(
        added > 20,
        "the catalogue suggests risks for Demoland's technology: {added}"
    );
    assert_eq!(
        store
            .seed_risks(&Caller::new(coordinator.clone()))
            .await
            .unwrap(),
        0
    );
    assert!(matches!(
        store.seed_risks(&Caller::new(cert.clone())).await,
        Err(StoreError::Forbidden(_))
    ));

    let all = store
        .risks(
            &Caller::new(reader.clone()),
            &RiskFilter::default(),
            RiskOrder::Number,
        )
        .await
        .unwrap();
    assert_eq!(all.len(), added);
    let ddos = all
        .iter()
        .find(|r| r.threat_kind == ThreatKind::Ddos && r.asset == "results-website")
        .expect("a DDoS risk on the results website");
    // The results website is in use in tabulation and publication (its kind's typical phases):
    // the decisive one is the publication.
    assert_eq!(ddos.phase, Phase::ResultsPublication);
    assert_eq!(ddos.owner.as_deref(), Some("cec"), "the operator owns it");

    store
        .assess_risk(
            &Caller::new(coordinator.clone()),
            &ddos.id,
            assessment(4, 4),
        )
        .await
        .unwrap();
    store
        .assess_risk(&Caller::new(cert.clone()), &ddos.id, assessment(4, 5))
        .await
        .unwrap();
    let risk = store
        .assess_risk(&Caller::new(nss.clone()), &ddos.id, assessment(1, 2))
        .await
        .unwrap();
    let joint = risk.consensus.clone().unwrap();
    assert_eq!(joint.views, 3);
    assert!(joint.disagreement, "2 against 16 and 20");
    assert_eq!((joint.lowest, joint.highest), (2, 20));
    // A second assessment by the same agency replaces its view and stays in the history.
    let risk = store
        .assess_risk(&Caller::new(nss.clone()), &ddos.id, assessment(4, 4))
        .await
        .unwrap();
    assert!(!risk.consensus.unwrap().disagreement);
    assert_eq!(
        store
            .risk_history(&Caller::new(reader.clone()), &ddos.id)
            .await
            .unwrap()
            .len(),
        4
    );

    // Sorted by joint score, the assessed risk comes first; the disagreement filter is empty.
    let sorted = store
        .risks(
            &Caller::new(reader.clone()),
            &RiskFilter::default(),
            RiskOrder::Score,
        )
        .await
        .unwrap();
    assert_eq!(sorted[0].id, ddos.id);
    let disagreeing = store
        .risks(
            &Caller::new(reader.clone()),
            &RiskFilter {
                disagreement_only: true,
                ..Default::default()
            },
            RiskOrder::Score,
        )
        .await
        .unwrap();
    assert!(disagreeing.is_empty());

    // Out of scale, residual above inherent, readers and observers: refused, nothing written.
    for bad in [assessment(0, 3), assessment(3, 6)] {
        assert!(matches!(
            store
                .assess_risk(&Caller::new(cert.clone()), &ddos.id, bad)
                .await,
            Err(StoreError::Invalid(_))
        ));
    }
    let mut worse = assessment(2, 2);
    worse.residual_likelihood = Some(3);
    worse.residual_impact = Some(2);
    assert!(matches!(
        store
            .assess_risk(&Caller::new(cert.clone()), &ddos.id, worse)
            .await,
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        store
            .assess_risk(&Caller::new(reader.clone()), &ddos.id, assessment(3, 3))
            .await,
        Err(StoreError::Forbidden(_))
    ));
    assert!(matches!(
        store
            .risks(
                &Caller::new(observer.clone()),
                &RiskFilter::default(),
                RiskOrder::Score
            )
            .await,
        Err(StoreError::Forbidden(_))
    ));
    assert_eq!(
        store
            .risk_history(&Caller::new(reader.clone()), &ddos.id)
            .await
            .unwrap()
            .len(),
        4
    );

    // The same risk cannot be added twice.
    let again = store
        .add_risk(
            &Caller::new(coordinator.clone()),
            NewRisk {
                threat: ddos.threat_kind,
                asset: ddos.asset.clone(),
                phase: ddos.phase,
                owner: None,
                treatment: liaison_domain::catalogue::RiskTreatment::Reduce,
                next_review: None,
                notes: None,
            },
        )
        .await;
    assert!(matches!(again, Err(StoreError::Invalid(_))));
}

#[tokio::test]
async fn overdue_measures_stand_out_and_only_their_owner_moves_them() {
    let db = TestDatabase::new().await;
    let store = &db.store;
    demoland(store).await;
    let coordinator = person(store, "c@cec.example", "cec", Role::Coordinator).await;
    let cert = person(store, "a@cert.example", "cert", Role::Analyst).await;
    let police = person(store, "a@police.example", "police-cyber", Role::Analyst).await;
    store
        .seed_risks(&Caller::new(coordinator.clone()))
        .await
        .unwrap();
    let risks = store
        .risks(
            &Caller::new(coordinator.clone()),
            &RiskFilter::default(),
            RiskOrder::Number,
        )
        .await
        .unwrap();
    let today = store.clock().today();
    let late = store
        .add_measure(
            &Caller::new(coordinator.clone()),
            NewMeasure {
                family: MitigationFamily::SecuringTechnology,
                title: "DDoS protection for the results website".into(),
                description: String::new(),
                owner: "cert".into(),
                due_on: Some(today - time::Duration::days(3)),
                risks: vec![risks[0].id.clone()],
            },
        )
        .await
        .unwrap();
    let later = store
        .add_measure(
            &Caller::new(coordinator.clone()),
            NewMeasure {
                family: MitigationFamily::HumanResources,
                title: "Phishing training for local offices".into(),
                description: String::new(),
                owner: "cec".into(),
                due_on: Some(today + time::Duration::days(30)),
                risks: vec![],
            },
        )
        .await
        .unwrap();
    assert!(late.overdue && !later.overdue);
    let listed = store.measures(&Caller::new(cert.clone())).await.unwrap();
    assert_eq!(listed[0].id, late.id, "overdue first");
    let risk = store
        .risk(&Caller::new(cert.clone()), &risks[0].id)
        .await
        .unwrap();
    assert!(risk.measures[0].overdue);

    assert!(matches!(
        store
            .update_measure(
                &Caller::new(police.clone()),
                &late.id,
                None,
                MeasureStatus::Done,
                None
            )
            .await,
        Err(StoreError::Forbidden(_))
    ));
    let done = store
        .update_measure(
            &Caller::new(cert.clone()),
            &late.id,
            Some(late.version),
            MeasureStatus::Done,
            None,
        )
        .await
        .unwrap();
    assert!(!done.overdue, "done is not overdue");
    assert!(matches!(
        store
            .update_measure(
                &Caller::new(cert.clone()),
                &late.id,
                Some(late.version),
                MeasureStatus::InProgress,
                None
            )
            .await,
        Err(StoreError::Changed)
    ));
    let unknown = store
        .add_measure(
            &Caller::new(coordinator.clone()),
            NewMeasure {
                family: MitigationFamily::QualityControl,
                title: "x".into(),
                description: String::new(),
                owner: "nobody".into(),
                due_on: None,
                risks: vec![],
            },
        )
        .await;
    assert!(matches!(unknown, Err(StoreError::Invalid(_))));
}

#[tokio::test]
async fn the_next_election_sees_how_each_risk_stood_in_the_last_one() {
    let db = TestDatabase::new().await;
    let store = &db.store;
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/models/demoland");
    let mut model = load_model(&path, &LoadOptions::default()).expect("Demoland is valid");
    store.import_model(&Actor::system(), &model).await.unwrap();
    let coordinator = person(store, "c@cec.example", "cec", Role::Coordinator).await;
    let cert = person(store, "a@cert.example", "cert", Role::Analyst).await;
    store
        .seed_risks(&Caller::new(coordinator.clone()))
        .await
        .unwrap();
    let find = |risks: Vec<liaison_store::Risk>| {
        risks
            .into_iter()
            .find(|r| r.threat_kind == ThreatKind::Ddos && r.asset == "results-website")
            .unwrap()
    };
    let old = find(
        store
            .risks(
                &Caller::new(cert.clone()),
                &RiskFilter::default(),
                RiskOrder::Number,
            )
            .await
            .unwrap(),
    );
    store
        .assess_risk(&Caller::new(cert.clone()), &old.id, assessment(4, 5))
        .await
        .unwrap();
    assert_eq!(old.previous, None);
    let measure = |title: &str, risks: Vec<String>| NewMeasure {
        family: MitigationFamily::SecuringTechnology,
        title: title.into(),
        description: String::new(),
        owner: "cec".into(),
        due_on: None,
        risks,
    };
    store
        .add_measure(
            &Caller::new(coordinator.clone()),
            measure("DDoS protection", vec![old.id.clone()]),
        )
        .await
        .unwrap();
    // Kept before measures belonged to an election: placed in the current one on opening.
    let unplaced = store
        .add_measure(
            &Caller::new(coordinator.clone()),
            measure("Staff training", Vec::new()),
        )
        .await
        .unwrap();
    let pool = sqlx::AnyPool::connect(&db.url).await.unwrap();
    sqlx::query("UPDATE measures SET election = NULL WHERE id = $1")
        .bind(&unplaced.id)
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    assert_eq!(
        store
            .measures(&Caller::new(coordinator.clone()))
            .await
            .unwrap()
            .len(),
        1
    );
    let reopened = liaison_store::Store::open(&db.url, 2, store.clock().clone())
        .await
        .unwrap();
    assert_eq!(
        reopened
            .measures(&Caller::new(coordinator.clone()))
            .await
            .unwrap()
            .len(),
        2
    );
    reopened.close().await;

    // The next cycle: the model's election changes, and the register starts again.
    model.election.as_mut().unwrap().name = "General election 2031".into();
    store.import_model(&Actor::system(), &model).await.unwrap();
    assert!(
        store
            .risks(
                &Caller::new(cert.clone()),
                &RiskFilter::default(),
                RiskOrder::Number
            )
            .await
            .unwrap()
            .is_empty()
    );
    store
        .seed_risks(&Caller::new(coordinator.clone()))
        .await
        .unwrap();
    let new = find(
        store
            .risks(
                &Caller::new(cert.clone()),
                &RiskFilter::default(),
                RiskOrder::Number,
            )
            .await
            .unwrap(),
    );
    assert_ne!(new.id, old.id);
    let previous = new.previous.expect("the last cycle's score");
    assert_eq!(previous.election, "General election 2027");
    assert_eq!(previous.score, 20);
    assert_eq!(new.consensus, None, "not assessed yet in this cycle");
    // Its measures too: the last cycle's stay with it, and cannot answer this cycle's risks.
    assert!(
        store
            .measures(&Caller::new(coordinator.clone()))
            .await
            .unwrap()
            .is_empty()
    );
    let refused = store
        .add_measure(
            &Caller::new(coordinator.clone()),
            measure("Reuse", vec![old.id.clone()]),
        )
        .await;
    assert!(
        matches!(&refused, Err(StoreError::Invalid(m)) if m.to_string().contains("General election 2031")),
        "{refused:?}"
    );
    store
        .add_measure(
            &Caller::new(coordinator.clone()),
            measure("DDoS protection, again", vec![new.id.clone()]),
        )
        .await
        .unwrap();
    assert_eq!(
        store
            .measures(&Caller::new(coordinator.clone()))
            .await
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn the_dashboard_overview_ranks_and_counts_as_the_register_does() {
    let db = TestDatabase::new().await;
    let store = &db.store;
    demoland(store).await;
    let coordinator = person(store, "c@cec.example", "cec", Role::Coordinator).await;
    let agencies = [
        coordinator.clone(),
        person(store, "a@cert.example", "cert", Role::Analyst).await,
        person(store, "a@nss.example", "nss", Role::Analyst).await,
    ];
    let observer = person(store, "o@observers.example", "observers", Role::Observer).await;
    store
        .seed_risks(&Caller::new(coordinator.clone()))
        .await
        .unwrap();
    let register = store
        .risks(
            &Caller::new(coordinator.clone()),
            &RiskFilter::default(),
            RiskOrder::Number,
        )
        .await
        .unwrap();
    // Varied views, some risks left unassessed, and second thoughts that replace a first view.
    for (n, risk) in register.iter().enumerate().filter(|(n, _)| n % 4 != 3) {
        for (a, agency) in agencies.iter().enumerate().take(1 + n % 3) {
            let l = 1 + ((n * 7 + a * 3) % 5) as i64;
            let i = 1 + ((n * 3 + a * 5) % 5) as i64;
            store
                .assess_risk(&Caller::new(agency.clone()), &risk.id, assessment(l, i))
                .await
                .unwrap();
        }
        if n % 5 == 0 {
            store
                .assess_risk(
                    &Caller::new(agencies[0].clone()),
                    &risk.id,
                    assessment(5, 5),
                )
                .await
                .unwrap();
        }
    }

    let by_score = store
        .risks(
            &Caller::new(coordinator.clone()),
            &RiskFilter::default(),
            RiskOrder::Score,
        )
        .await
        .unwrap();
    let overview = store
        .risk_overview(&Caller::new(coordinator.clone()), 5)
        .await
        .unwrap();
    let top: Vec<(&str, u8)> = overview
        .top
        .iter()
        .map(|r| (r.id.as_str(), r.score()))
        .collect();
    let expected: Vec<(&str, u8)> = by_score
        .iter()
        .take(5)
        .map(|r| (r.id.as_str(), r.score()))
        .collect();
    assert_eq!(top, expected);
    assert_eq!(overview.top, by_score[..5], "completed as in the register");
    let mut cells = std::collections::BTreeMap::new();
    for c in by_score.iter().filter_map(|r| r.consensus.as_ref()) {
        *cells
            .entry((c.inherent.likelihood.value(), c.inherent.impact.value()))
            .or_insert(0) += 1;
    }
    assert_eq!(overview.cells, cells);
    assert!(cells.len() > 3, "a spread of cells: {cells:?}");
    assert!(matches!(
        store.risk_overview(&Caller::new(observer.clone()), 5).await,
        Err(StoreError::Forbidden(_))
    ));
    // The asset register's counts agree with the register too.
    let mut per_asset = std::collections::BTreeMap::new();
    for r in &by_score {
        let entry = per_asset.entry(r.asset.clone()).or_insert((0, 0));
        entry.0 += 1;
        entry.1 = entry.1.max(r.score());
    }
    assert_eq!(
        store
            .risks_by_asset(&Caller::new(coordinator.clone()))
            .await
            .unwrap(),
        per_asset
    );
    assert!(matches!(
        store.risks_by_asset(&Caller::new(observer.clone())).await,
        Err(StoreError::Forbidden(_))
    ));
}

#[tokio::test]
async fn assessments_written_before_joint_views_were_kept_are_counted_once_the_store_opens() {
    let db = TestDatabase::new().await;
    demoland(&db.store).await;
    let coordinator = person(&db.store, "c@cec.example", "cec", Role::Coordinator).await;
    db.store
        .seed_risks(&Caller::new(coordinator.clone()))
        .await
        .unwrap();
    let risk = db
        .store
        .risks(
            &Caller::new(coordinator.clone()),
            &RiskFilter::default(),
            RiskOrder::Number,
        )
        .await
        .unwrap()
        .remove(0);
    // As an older version left it: an assessment, and no joint view beside the risk.
    let pool = sqlx::AnyPool::connect(&db.url).await.unwrap();
    sqlx::query(
        "INSERT INTO risk_assessments (id, risk_id, organisation, likelihood, impact, assessed_by, assessed_at) \
         VALUES ('old-1', $1, 'cert', 4, 3, 'someone', '2026-01-01T00:00:00Z')",
    )
    .bind(&risk.id)
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;
    assert!(
        db.store
            .risk_overview(&Caller::new(coordinator.clone()), 5)
            .await
            .unwrap()
            .top
            .is_empty()
    );

    let reopened = liaison_store::Store::open(&db.url, 2, db.store.clock().clone())
        .await
        .unwrap();
    let overview = reopened
        .risk_overview(&Caller::new(coordinator.clone()), 5)
        .await
        .unwrap();
    assert_eq!(overview.top.len(), 1);
    assert_eq!(overview.top[0].id, risk.id);
    assert_eq!(overview.top[0].score(), 12);
    assert_eq!(overview.cells, [((4, 3), 1)].into_iter().collect());
    reopened.close().await;
}
