//! What a server read of the directory of people (accounts, their organisations, roles,
//! languages and notification preferences, and the webhooks), kept until the directory's
//! version moves. The database moves it (`counters.directory`, by triggers) in the
//! transaction of every change of those tables, whatever code writes it, on every server: a
//! batch reads the version once and asks the database only what no read at that version
//! asked before. Reports otherwise read the same people, webhooks and coordinators over and
//! over, a round trip each.

use sqlx::any::AnyRow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Past this many answers the copy starts again: answers are per set of organisations and
/// per account, and a directory of a country's offices has tens of thousands.
const MAX_ANSWERS: usize = 20_000;

/// The answers read at one version of the directory, by the query that asked them.
#[derive(Clone, Default)]
pub(crate) struct DirectoryCopy {
    kept: Arc<Mutex<Answers>>,
}

#[derive(Default)]
struct Answers {
    version: i64,
    rows: HashMap<String, Vec<AnyRow>>,
}

impl DirectoryCopy {
    /// The rows `query` (a query's [`crate::query::Sql::key`]) answered at `version`, if it
    /// was asked at that version.
    pub(crate) fn answer(&self, version: i64, query: &str) -> Option<Vec<AnyRow>> {
        let kept = self.kept.lock().ok()?;
        (kept.version == version)
            .then(|| kept.rows.get(query).cloned())
            .flatten()
    }

    /// Keeps what `query` answered at `version`. An answer of a version older than the one
    /// kept is dropped: a batch that read the version before a change may answer after it.
    pub(crate) fn keep(&self, version: i64, query: String, rows: Vec<AnyRow>) {
        let Ok(mut kept) = self.kept.lock() else {
            return;
        };
        if version < kept.version {
            return;
        }
        if version > kept.version || kept.rows.len() >= MAX_ANSWERS {
            kept.version = version;
            kept.rows.clear();
        }
        kept.rows.insert(query, rows);
    }
}
