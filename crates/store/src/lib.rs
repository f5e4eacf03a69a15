//! Liaison's persistence: the shared collaboration model, accounts, sessions, tokens and the
//! audit chain, on SQLite (embedded, the default) or PostgreSQL (several servers behind a load
//! balancer).
//!
//! One repository layer serves both backends through sqlx's `Any` driver: queries are written
//! in the SQL both dialects share, booleans are 0/1 integers, times RFC 3339 text in UTC. Only
//! the migrations differ, one folder per backend. No sqlx type leaves this crate.

mod accounts;
mod audiences;
mod audit;
mod batch;
mod clock;
mod directory;
mod disinformation;
mod escalation;
mod group_commit;
mod hygiene;
mod incidents;
mod insert_batch;
mod live;
mod model_snapshots;
mod notices;
mod outbox;
mod query;
mod records;
mod risks;
mod search;
mod shared_item;
mod sitreps;
mod stored_row;
#[cfg(any(test, feature = "test-support"))]
pub mod testing;
mod timeline;

pub use accounts::{
    Account, ApiToken, Invitation, LoginOutcome, NewAccount, PendingInvitation, Session,
    SessionState,
};
pub use audit::{AuditEntry, AuditFilter, ChainBreak, ChainReport};
pub use clock::{Clock, NotATime};
pub use disinformation::{
    DisinformationDetail, DisinformationFilter, DisinformationItem, DisinformationReport,
    DisinformationUpdate, MAX_CLAIM, Rectification, RoutedOrganisation,
};
pub use hygiene::{ComparedAssessment, HygieneAssessment};
pub use incidents::{
    AssignmentRow, Incident, IncidentCounts, IncidentDetail, IncidentFilter, IncidentRef,
    IncidentReport, IncidentUpdate, gap_message,
};
pub use live::LiveEvent;
pub use model_snapshots::ModelSnapshot;
pub use outbox::{
    MAX_ATTEMPTS, NotificationPreferences, OutboxDelivery, OutboxProblem, OutboxState, Webhook,
};
pub use records::{
    ActionItem, ImportChange, ImportSummary, MeetingEntry, Record, RecordChange, RecordCursor,
    RecordPage, content_key,
};
pub use risks::{
    Assessment, Measure, MeasureCursor, MeasurePage, MeasureRef, NewAssessment, NewMeasure,
    NewRisk, PreviousCycle, Risk, RiskCursor, RiskFilter, RiskHandling, RiskOrder, RiskOverview,
    RiskPage, RiskSummary,
};
pub use search::{MAX_HITS, SearchHit};
pub use shared_item::{
    AttachmentInfo, ItemKind, ItemPage, ListCursor, MAX_ATTACHMENT_BYTES, MAX_PAGE, NewAttachment,
    PermittedWork, Recipients, SharedItem,
};
pub use sitreps::{Sitrep, SitrepFilter};
pub use timeline::{Said, TimelineEntry};

use liaison_locale::{Message, Value};
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{Any, AnyPool, Transaction};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What went wrong, in terms the layers above can act on.
#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// Someone else changed the record since it was read.
    #[error("the record was changed by someone else")]
    Conflict { current: Box<Option<Record>> },
    /// The change would break the model or a rule of the store; the message is worded in the
    /// reader's language at the edge (`Display` gives English).
    #[error("{0}")]
    Invalid(Message),
    /// The caller may see the item but not do this to it.
    #[error("{0}")]
    Forbidden(Message),
    /// The item changed since the caller read it (another version is current).
    #[error("the item was changed by someone else; reload it and try again")]
    Changed,
    /// Something with the same identity exists already (a unique constraint), said the same
    /// way on both backends.
    #[error("that already exists")]
    AlreadyExists,
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
    #[error("database error: {0}")]
    Internal(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> Self {
        match error {
            sqlx::Error::RowNotFound => StoreError::NotFound,
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => {
                StoreError::Unavailable(error.to_string())
            }
            // The backends word these differently: the message is ours, the same on both.
            sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::AlreadyExists,
            sqlx::Error::Database(db) if db.is_foreign_key_violation() => {
                invalid(Message::new("refusal-unknown-reference"))
            }
            other => StoreError::Internal(other.to_string()),
        }
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(error: sqlx::migrate::MigrateError) -> Self {
        StoreError::Internal(format!("migration failed: {error}"))
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The database behind a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn from_url(url: &str) -> Result<Backend> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Ok(Backend::Postgres)
        } else {
            Err(invalid(
                Message::new("refusal-database-url")
                    .with("scheme", url.split(':').next().unwrap_or_default()),
            ))
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        }
    }
}

/// Who made a change: an account of an organisation, or the platform itself (`None`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Actor {
    pub account: Option<String>,
    pub organisation: Option<String>,
}

impl Actor {
    pub fn system() -> Self {
        Actor::default()
    }

    /// The account behind a viewer, with its organisation.
    pub fn of(viewer: &liaison_domain::access::Viewer) -> Self {
        Actor {
            account: Some(viewer.account.clone()),
            organisation: viewer.organisation.clone(),
        }
    }
}

/// A connection pool to the platform's database.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// Kept for PostgreSQL's LISTEN connection; never logged (it may hold a password).
    url: Option<Arc<str>>,
    live: Arc<live::LiveHub>,
    /// The shared model as last resolved, with the model version it was resolved at.
    model_cache: Arc<Mutex<Option<ResolvedModel>>>,
    /// Where every stored time, deadline and expiry takes "now" from.
    clock: Clock,
    /// What this server read of the directory of people, at its version.
    directory: directory::DirectoryCopy,
    /// The audiences this server found stored.
    known_audiences: audiences::KnownAudiences,
    /// Incident reports that arrive together, committed together.
    incident_reports: Arc<group_commit::GroupCommit<incidents::Incident>>,
}

/// The shared model with the model version it was resolved at.
type ResolvedModel = (i64, Arc<liaison_domain::model::Model>);

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.backend)
            .finish_non_exhaustive()
    }
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

/// The schema's migrations for `backend`.
fn migrator(backend: Backend) -> &'static sqlx::migrate::Migrator {
    match backend {
        Backend::Sqlite => &SQLITE_MIGRATIONS,
        Backend::Postgres => &POSTGRES_MIGRATIONS,
    }
}

impl Store {
    /// Connects, configures the connection and brings the schema up to date. Every time the
    /// store records or compares comes from `clock`.
    pub async fn open(url: &str, max_connections: u32, clock: Clock) -> Result<Store> {
        install_default_drivers();
        let backend = Backend::from_url(url)?;
        let options = AnyPoolOptions::new()
            .max_connections(max_connections.max(2))
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // Foreign keys are off by default in SQLite; FULL sync makes every
                        // committed audit entry durable; writers wait rather than fail.
                        sqlx::query("PRAGMA foreign_keys = ON")
                            .execute(&mut *conn)
                            .await?;
                        sqlx::query("PRAGMA synchronous = FULL")
                            .execute(&mut *conn)
                            .await?;
                        sqlx::query("PRAGMA busy_timeout = 10000")
                            .execute(&mut *conn)
                            .await?;
                    } else {
                        // The best plan of many queries depends on their values (the words of
                        // a search, a reader's principals): a plan made once for any value
                        // (PostgreSQL's generic plan of a prepared statement) may scan every
                        // item. Plan each execution for its values.
                        sqlx::query("SET plan_cache_mode = force_custom_plan")
                            .execute(&mut *conn)
                            .await?;
                    }
                    Ok(())
                })
            });
        let pool = options.connect(url).await.map_err(|e| {
            StoreError::Unavailable(format!(
                "cannot open {url_kind} database: {e}",
                url_kind = backend.name()
            ))
        })?;
        if backend == Backend::Sqlite {
            // WAL lets readers work while one writer commits; it is a property of the file.
            sqlx::query("PRAGMA journal_mode = WAL")
                .execute(&pool)
                .await?;
        }
        let store = Store {
            known_audiences: audiences::KnownAudiences::new(pool.clone()),
            pool,
            backend,
            url: (backend == Backend::Postgres).then(|| Arc::from(url)),
            live: Arc::default(),
            model_cache: Arc::default(),
            clock,
            directory: directory::DirectoryCopy::default(),
            incident_reports: Arc::default(),
        };
        store.migrate().await?;
        store.fill_joint_views().await?;
        let filled = store.fill_audiences().await? + store.fill_search_terms().await?;
        if filled > 0 && backend == Backend::Postgres {
            // Rows changed in bulk leave the planner's statistics behind until autovacuum
            // catches up; a search planned on them may walk every audience row.
            sqlx::query("ANALYZE").execute(&store.pool).await?;
        }
        store.place_unplaced_measures().await?;
        Ok(store)
    }

    async fn migrate(&self) -> Result<()> {
        migrator(self.backend).run(&self.pool).await?;
        Ok(())
    }

    /// The clock the store takes "now" from; the layers above use the same one.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Now, as stored: RFC 3339 in UTC with microseconds, so that text order is time order.
    pub(crate) fn now(&self) -> String {
        format_time(self.clock.now())
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Begins a transaction that writes. On SQLite it takes the write lock at once: a deferred
    /// transaction that reads first and writes later fails with "database is locked" when
    /// another connection wrote in between, without waiting for the busy timeout.
    async fn begin(&self) -> Result<Transaction<'static, Any>> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }

    /// A value of the instance's key-value settings.
    pub async fn meta(&self, key: &str) -> Result<Option<String>> {
        let row: Option<(String,)> = sqlx::query_as("SELECT value FROM meta WHERE key = $1")
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.0))
    }

    pub async fn delete_meta(&self, key: &str) -> Result<()> {
        sqlx::query("DELETE FROM meta WHERE key = $1")
            .bind(key)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn set_meta(&self, key: &str, value: &str) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM meta WHERE key = $1")
            .bind(key)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO meta (key, value) VALUES ($1, $2)")
            .bind(key)
            .bind(value)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}

/// A time as stored: RFC 3339 in UTC with microseconds, so that text order is time order.
pub fn format_time(at: time::OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:06}Z",
        at.year(),
        at.month() as u8,
        at.day(),
        at.hour(),
        at.minute(),
        at.second(),
        at.microsecond()
    )
}

/// A stored time read back; `None` if the text is not one.
pub fn parse_time(text: &str) -> Option<time::OffsetDateTime> {
    time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).ok()
}

/// A refusal of a request, in the reader's language once worded.
pub(crate) fn invalid(message: Message) -> StoreError {
    StoreError::Invalid(message)
}

/// A refusal for want of a right.
pub(crate) fn forbidden(message: Message) -> StoreError {
    StoreError::Forbidden(message)
}

/// Refuses unless `viewer` may take `action`; `why` is the refusal's key in the catalogue.
pub(crate) fn forbid(
    viewer: &liaison_domain::access::Viewer,
    action: liaison_domain::access::Action<'_>,
    why: &str,
) -> Result<()> {
    if liaison_domain::access::allows(viewer, action) {
        Ok(())
    } else {
        Err(forbidden(Message::new(why)))
    }
}

/// Checks an optional free-text field as [`check_text`] does; blank is none.
pub(crate) fn optional_text(field: &str, text: Option<&str>, max: usize) -> Result<Option<String>> {
    match text {
        Some(t) => Ok(Some(check_text(field, t, max, false)?).filter(|t| !t.is_empty())),
        None => Ok(None),
    }
}

/// Checks a free-text field: present if required, not too long, no control characters but
/// line breaks and tabs. Returns it trimmed. `field` is its name in the catalogue (`field-…`).
pub(crate) fn check_text(field: &str, text: &str, max: usize, required: bool) -> Result<String> {
    let text = text.trim();
    if required && text.is_empty() {
        return Err(invalid(
            Message::new("refusal-field-empty").with("field", Value::field(field)),
        ));
    }
    if text.chars().count() > max {
        return Err(invalid(
            Message::new("refusal-field-too-long")
                .with("field", Value::field(field))
                .with("max", max),
        ));
    }
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(invalid(
            Message::new("refusal-field-control").with("field", Value::field(field)),
        ));
    }
    Ok(text.to_owned())
}

/// JSON text of a value, for columns and audit entries.
pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> String {
    // The values serialised here are plain data and cannot fail to serialise.
    serde_json::to_string(value).unwrap_or_default()
}

/// A new id: a UUIDv7, which sorts by creation time.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// SHA-256 in hex: how secrets (session tokens, API tokens, invitations) are kept.
pub fn sha256_hex(data: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(data))
}

#[cfg(test)]
mod tests {
    #[test]
    fn stored_times_sort_as_text() {
        let a = super::format_time(time::macros::datetime!(2026-01-02 03:04:05.000006 UTC));
        let b = super::format_time(time::macros::datetime!(2026-01-02 03:04:05.1 UTC));
        assert_eq!(a, "2026-01-02T03:04:05.000006Z");
        assert!(a < b);
        assert_eq!(super::parse_time(&a).map(super::format_time), Some(a));
    }

    #[test]
    fn the_backend_follows_the_url() {
        assert_eq!(
            super::Backend::from_url("sqlite://x.db").ok(),
            Some(super::Backend::Sqlite)
        );
        assert_eq!(
            super::Backend::from_url("postgres://h/db").ok(),
            Some(super::Backend::Postgres)
        );
        assert!(super::Backend::from_url("mysql://h/db").is_err());
    }
}
