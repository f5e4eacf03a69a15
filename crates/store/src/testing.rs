//! A fresh, empty database per test: a SQLite file in a temporary directory, or — when
//! `LIAISON_TEST_DATABASE_URL` names a PostgreSQL server — a new database created on it and
//! dropped afterwards.

// Test support fails loudly: a test without its database cannot run.
#![allow(clippy::panic)]

use super::{Clock, Store};
use sqlx::Executor;
use time::OffsetDateTime;

/// The environment variable that selects PostgreSQL for the tests.
pub const TEST_DATABASE_URL: &str = "LIAISON_TEST_DATABASE_URL";

/// The environment variable that pins the time the tests run at (RFC 3339). `scripts/test`
/// runs the suite at two such times, in office hours and at night, so that a test that
/// depends on the hour cannot pass unnoticed.
pub const TEST_NOW: &str = "LIAISON_TEST_NOW";

/// The time tests run at when `LIAISON_TEST_NOW` is not set: a Wednesday in office hours, in
/// the planning phase of Demoland's election.
pub const DEFAULT_TEST_NOW: &str = "2026-11-25T11:20:00Z";

/// The time the tests run at: `LIAISON_TEST_NOW`, or `DEFAULT_TEST_NOW`. Never the wall clock.
pub fn test_now() -> OffsetDateTime {
    let text = std::env::var(TEST_NOW)
        .ok()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_TEST_NOW.to_owned());
    OffsetDateTime::parse(text.trim(), &time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|e| panic!("{TEST_NOW}={text} is not an RFC 3339 time: {e}"))
}

/// A clock pinned at the tests' time, running on from it.
pub fn test_clock() -> Clock {
    Clock::pinned(test_now())
}

/// A store on a database of its own; the database goes when this does.
#[derive(Debug)]
pub struct TestDatabase {
    pub store: Store,
    pub url: String,
    cleanup: Cleanup,
}

#[derive(Debug)]
enum Cleanup {
    Directory(#[allow(dead_code)] tempfile::TempDir),
    Postgres { server: String, name: String },
}

impl TestDatabase {
    /// A fresh database whose store runs on the tests' pinned clock.
    pub async fn new() -> TestDatabase {
        TestDatabase::with_clock(test_clock()).await
    }

    /// A fresh database whose store takes "now" from `clock`.
    pub async fn with_clock(clock: Clock) -> TestDatabase {
        let (url, cleanup) = empty_database().await;
        TestDatabase::open(url, cleanup, clock).await
    }

    /// A fresh database brought up to the schema before migration `version` (as a release
    /// before it left it), filled by `earlier`, then opened by the store as it is now: what an
    /// upgrade does to the data of an earlier release.
    pub async fn upgraded_from<F>(version: i64, earlier: F) -> TestDatabase
    where
        F: AsyncFnOnce(&sqlx::AnyPool),
    {
        let (url, cleanup) = empty_database().await;
        let pool = sqlx::AnyPool::connect(&url)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let backend = super::Backend::from_url(&url).unwrap_or_else(|e| panic!("{e}"));
        let all = super::migrator(backend);
        let before = sqlx::migrate::Migrator {
            migrations: all
                .migrations
                .iter()
                .filter(|m| m.version < version)
                .cloned()
                .collect::<Vec<_>>()
                .into(),
            ..sqlx::migrate::Migrator::DEFAULT
        };
        before.run(&pool).await.unwrap_or_else(|e| panic!("{e}"));
        earlier(&pool).await;
        pool.close().await;
        TestDatabase::open(url, cleanup, test_clock()).await
    }

    async fn open(url: String, cleanup: Cleanup, clock: Clock) -> TestDatabase {
        let store = Store::open(&url, 4, clock)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        TestDatabase {
            store,
            url,
            cleanup,
        }
    }
}

/// A new, empty database: on the PostgreSQL server of `LIAISON_TEST_DATABASE_URL`, else a
/// SQLite file in a temporary directory.
async fn empty_database() -> (String, Cleanup) {
    sqlx::any::install_default_drivers();
    match std::env::var(TEST_DATABASE_URL) {
        Ok(server) if !server.is_empty() => {
            let name = format!("liaison_test_{}", uuid::Uuid::new_v4().simple());
            let admin = sqlx::AnyPool::connect(&server)
                .await
                .unwrap_or_else(|e| panic!("PostgreSQL at {server} is unreachable: {e}"));
            admin
                .execute(format!("CREATE DATABASE {name}").as_str())
                .await
                .unwrap_or_else(|e| panic!("cannot create a test database: {e}"));
            admin.close().await;
            (
                database_url(&server, &name),
                Cleanup::Postgres { server, name },
            )
        }
        _ => {
            let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
            let url = format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display());
            (url, Cleanup::Directory(dir))
        }
    }
}

/// The URL of database `name` on the server of `server_url`.
fn database_url(server_url: &str, name: &str) -> String {
    let (base, query) = match server_url.split_once('?') {
        Some((base, query)) => (base, format!("?{query}")),
        None => (server_url, String::new()),
    };
    let without_db = match base.rfind('/') {
        Some(slash) if slash > base.find("//").map_or(0, |p| p + 1) => &base[..slash],
        _ => base,
    };
    format!("{without_db}/{name}{query}")
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Cleanup::Postgres { server, name } = &self.cleanup {
            let (server, name) = (server.clone(), name.clone());
            // Drop may run on the test's own single-threaded runtime, which cannot make
            // progress while it waits here: a thread with a runtime of its own drops the
            // database, and FORCE ends the pool's connections.
            let _ = std::thread::spawn(move || {
                let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                else {
                    return;
                };
                runtime.block_on(async move {
                    if let Ok(admin) = sqlx::AnyPool::connect(&server).await {
                        let _ = admin
                            .execute(
                                format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str(),
                            )
                            .await;
                        admin.close().await;
                    }
                });
            })
            .join();
        }
    }
}

/// Imports the Demoland example into a store.
pub async fn load_demoland(store: &Store) {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/models/demoland");
    let model = liaison_interop::model_file::load_model(&path, &Default::default())
        .unwrap_or_else(|e| panic!("Demoland is invalid: {e}"));
    store
        .import_model(&crate::Actor::system(), &model)
        .await
        .unwrap_or_else(|e| panic!("cannot import Demoland: {e}"));
}

/// A new account of `org` with `role`, as the viewer the store's calls take.
pub async fn person(
    store: &Store,
    email: &str,
    org: &str,
    role: liaison_domain::access::Role,
) -> liaison_domain::access::Viewer {
    let account = store
        .create_account(
            &crate::Actor::system(),
            &crate::NewAccount {
                email: email.into(),
                name: email.into(),
                organisation: Some(org.into()),
                role,
                password_hash: "not used".into(),
                must_change_password: false,
            },
        )
        .await
        .unwrap_or_else(|e| panic!("cannot create {email}: {e}"));
    liaison_domain::access::Viewer {
        account: account.id,
        organisation: Some(org.into()),
        role,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_test_database_replaces_the_servers_database() {
        assert_eq!(
            super::database_url("postgres://postgres@127.0.0.1:5432/postgres", "t1"),
            "postgres://postgres@127.0.0.1:5432/t1"
        );
        assert_eq!(
            super::database_url("postgres://u@h:5432", "t1"),
            "postgres://u@h:5432/t1"
        );
        assert_eq!(
            super::database_url("postgres://u@h/db?sslmode=disable", "t1"),
            "postgres://u@h/t1?sslmode=disable"
        );
    }
}
