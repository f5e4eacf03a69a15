//! The store on a fresh database (SQLite, or PostgreSQL with LIAISON_TEST_DATABASE_URL).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use liaison_domain::access::{Audience, RecordKind, Role};
use liaison_interop::model_file::{LoadOptions, load_model, to_file_format, write_yaml};
use liaison_store::testing::TestDatabase;
use liaison_store::{Actor, NewAccount, RecordChange, StoreError};
use std::path::Path;

const ALL: &[Audience] = &[Audience::Everyone, Audience::Members];

fn demoland() -> liaison_domain::model::Model {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/models/demoland");
    load_model(&path, &LoadOptions::default()).expect("Demoland is valid")
}

fn admin() -> Actor {
    Actor {
        account: Some("admin".to_owned()),
        organisation: Some("cec".to_owned()),
    }
}

#[tokio::test]
async fn a_model_imported_and_exported_is_the_same_byte_for_byte() {
    let db = TestDatabase::new().await;
    let model = demoland();
    let summary = db.store.import_model(&admin(), &model).await.unwrap();
    assert_eq!(summary.added(), 1 + 37 + 40 + 4 + 10 + 17 + 29 + 10 + 3 + 1);
    let (file, back) = db.store.model(ALL).await.unwrap();
    assert_eq!(back, model);
    let exported = write_yaml(&file).unwrap();
    assert_eq!(exported, write_yaml(&to_file_format(&model)).unwrap());

    // Importing the export changes nothing, and exports the same bytes again.
    let again = liaison_interop::model_file::parse_model_str("export.yaml", &exported).unwrap();
    let summary = db.store.import_model(&admin(), &again).await.unwrap();
    assert!(summary.is_empty(), "{summary:?}");
    let (file, _) = db.store.model(ALL).await.unwrap();
    assert_eq!(write_yaml(&file).unwrap(), exported);
}

#[tokio::test]
async fn observers_get_a_model_without_what_is_kept_among_members() {
    let db = TestDatabase::new().await;
    db.store.import_model(&admin(), &demoland()).await.unwrap();
    let (_, seen) = db.store.model(&[Audience::Everyone]).await.unwrap();
    assert!(seen.contacts.items().is_empty(), "contacts are for members");
    assert_eq!(
        seen.assets.items().len(),
        17,
        "the technology in use is shared with observers"
    );
    assert!(
        seen.agreements
            .items()
            .iter()
            .all(|a| a.public == liaison_domain::Knowable::Known(true))
    );
    assert!(
        !seen
            .agreements
            .items()
            .iter()
            .any(|a| a.key == "cec-nss-annex")
    );
    let hidden = db
        .store
        .record(
            RecordKind::Agreement,
            "cec-nss-annex",
            &[Audience::Everyone],
        )
        .await;
    assert!(
        matches!(hidden, Err(StoreError::NotFound)),
        "hidden is the same as missing"
    );
    assert_eq!(seen.organisations.len(), 37);
}

#[tokio::test]
async fn a_stale_edit_is_a_conflict_and_loses_nothing() {
    let db = TestDatabase::new().await;
    db.store.import_model(&admin(), &demoland()).await.unwrap();
    let contact = db
        .store
        .record(RecordKind::Contact, "cec-duty", ALL)
        .await
        .unwrap();
    let edited = contact.body.replace("CEC", "Commission");
    let saved = db
        .store
        .change_record(
            &admin(),
            RecordChange::Update {
                kind: RecordKind::Contact,
                key: "cec-duty".into(),
                version: contact.version,
                body: edited.clone(),
            },
        )
        .await
        .unwrap()
        .unwrap();
    assert_eq!(saved.version, contact.version + 1);
    let stale = db
        .store
        .change_record(
            &admin(),
            RecordChange::Update {
                kind: RecordKind::Contact,
                key: "cec-duty".into(),
                version: contact.version,
                body: contact.body.clone(),
            },
        )
        .await;
    match stale {
        Err(StoreError::Conflict { current }) => {
            assert_eq!(
                current.as_ref().as_ref().map(|r| r.body.clone()),
                Some(edited)
            );
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
}

#[tokio::test]
async fn a_change_that_breaks_a_reference_is_refused() {
    let db = TestDatabase::new().await;
    db.store.import_model(&admin(), &demoland()).await.unwrap();
    let cert = db
        .store
        .record(RecordKind::Organisation, "cert", ALL)
        .await
        .unwrap();
    let refused = db
        .store
        .change_record(
            &admin(),
            RecordChange::Delete {
                kind: RecordKind::Organisation,
                key: "cert".into(),
                version: cert.version,
            },
        )
        .await;
    match refused {
        Err(StoreError::Invalid(message)) => assert!(
            message
                .to_string()
                .contains("'cert', which is not an organisation"),
            "{message}"
        ),
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert!(
        db.store
            .record(RecordKind::Organisation, "cert", ALL)
            .await
            .is_ok(),
        "nothing was lost"
    );
}

#[tokio::test]
async fn the_audit_chain_holds_and_names_the_first_altered_entry() {
    let db = TestDatabase::new().await;
    db.store.import_model(&admin(), &demoland()).await.unwrap();
    let report = db.store.verify_audit_chain().await.unwrap();
    assert!(report.first_break.is_none(), "{report:?}");
    assert_eq!(report.entries, 152);
    let entries = db
        .store
        .audit_entries(&liaison_store::AuditFilter {
            kind: Some("forum".into()),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(entries.len(), 4);
    assert!(entries.iter().all(|e| e.actor.as_deref() == Some("admin")));
}

#[tokio::test]
async fn accounts_sessions_and_tokens_work_and_are_audited() {
    let db = TestDatabase::new().await;
    let account = db
        .store
        .create_account(
            &Actor::system(),
            &NewAccount {
                email: " Admin@Example.ORG ".into(),
                name: "Admin".into(),
                organisation: None,
                role: Role::PlatformAdmin,
                password_hash: "$argon2id$v=19$hash".into(),
                must_change_password: true,
            },
        )
        .await
        .unwrap();
    assert_eq!(account.email, "admin@example.org");
    let again = db
        .store
        .account_by_email("ADMIN@example.org")
        .await
        .unwrap();
    assert_eq!(again.map(|a| a.id), Some(account.id.clone()));
    let duplicate = db
        .store
        .create_account(
            &Actor::system(),
            &NewAccount {
                email: "admin@example.org".into(),
                name: "Other".into(),
                organisation: None,
                role: Role::Reader,
                password_hash: "x".into(),
                must_change_password: false,
            },
        )
        .await;
    assert!(
        // The store's own words, the same on both backends, never the backend's message.
        matches!(duplicate, Err(StoreError::AlreadyExists)),
        "{duplicate:?}"
    );

    for _ in 0..4 {
        assert_eq!(
            db.store
                .note_failed_login(&account.id, 5, time::Duration::minutes(15))
                .await
                .unwrap(),
            liaison_store::LoginOutcome::Failed
        );
    }
    assert_eq!(
        db.store
            .note_failed_login(&account.id, 5, time::Duration::minutes(15))
            .await
            .unwrap(),
        liaison_store::LoginOutcome::Locked
    );
    let locked = db.store.account(&account.id).await.unwrap();
    assert!(locked.is_locked(db.store.clock().now()));

    let session = liaison_store::Session {
        token_hash: "h1".into(),
        account_id: account.id.clone(),
        csrf_token: "c".into(),
        second_factor_pending: false,
        expires_at: liaison_store::format_time(db.store.clock().now() + time::Duration::hours(1)),
    };
    db.store.create_session(&session).await.unwrap();
    assert!(db.store.session("h1").await.unwrap().is_some());
    let expired = liaison_store::Session {
        token_hash: "h2".into(),
        expires_at: liaison_store::format_time(db.store.clock().now() - time::Duration::seconds(1)),
        ..session
    };
    db.store.create_session(&expired).await.unwrap();
    assert!(
        db.store.session("h2").await.unwrap().is_none(),
        "an expired session is no session"
    );

    let report = db.store.verify_audit_chain().await.unwrap();
    assert!(report.first_break.is_none());
    let audit = db
        .store
        .audit_entries(&liaison_store::AuditFilter {
            limit: 100,
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(
        audit
            .iter()
            .all(|e| !e.after.as_deref().unwrap_or("").contains("argon2")),
        "no secret in the audit log"
    );
}

async fn tamper(url: &str, sql: &str) {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await.unwrap();
    sqlx::query(sql).execute(&pool).await.unwrap();
    pool.close().await;
}

#[tokio::test]
async fn a_row_changed_removed_or_cut_off_by_hand_breaks_the_chain() {
    let db = TestDatabase::new().await;
    db.store.import_model(&admin(), &demoland()).await.unwrap();
    let entries = db
        .store
        .audit_entries(&liaison_store::AuditFilter {
            limit: 1000,
            ..Default::default()
        })
        .await
        .unwrap();
    let id_of = |seq: i64| entries.iter().find(|e| e.seq == seq).map(|e| e.id.clone());

    tamper(
        &db.url,
        "UPDATE audit_log SET after = 'name: Forged' WHERE seq = 5",
    )
    .await;
    let report = db.store.verify_audit_chain().await.unwrap();
    let found = report.first_break.expect("the altered entry is found");
    assert_eq!((found.seq, found.id.clone()), (5, id_of(5)));
    assert!(found.problem.contains("altered"), "{}", found.problem);
}

#[tokio::test]
async fn a_removed_entry_and_a_cut_tail_are_found() {
    let db = TestDatabase::new().await;
    db.store.import_model(&admin(), &demoland()).await.unwrap();
    tamper(&db.url, "DELETE FROM audit_log WHERE seq = 7").await;
    let found = db
        .store
        .verify_audit_chain()
        .await
        .unwrap()
        .first_break
        .expect("found");
    assert_eq!(found.seq, 8);
    assert!(found.problem.contains("missing"), "{}", found.problem);

    let db = TestDatabase::new().await;
    db.store.import_model(&admin(), &demoland()).await.unwrap();
    tamper(
        &db.url,
        "DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)",
    )
    .await;
    let found = db
        .store
        .verify_audit_chain()
        .await
        .unwrap()
        .first_break
        .expect("found");
    assert!(
        found.problem.contains("newest entries were removed"),
        "{}",
        found.problem
    );
}
