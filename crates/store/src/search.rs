//! Full-text search of shared items: SQLite's FTS5 or PostgreSQL's `tsvector`, over what
//! [`liaison_domain::search`] indexes of each item, always with the reader's audience.
//!
//! A list's `q=` keeps the list's order (newest first, paged by key) and shows only the items
//! whose words match; [`Store::search`] ranks the matches of every kind by relevance.

use crate::batch::Batch;
use crate::query::Sql;
use crate::shared_item::{ItemKind, SharedItem};
use crate::{Backend, DisinformationItem, Incident, Result, Store};
use liaison_domain::caller::Caller;
use liaison_domain::search::{SearchQuery, index_terms};
use liaison_domain::sharing::Principal;
use serde::Serialize;
use sqlx::Row;

/// The language a text is indexed in when its writer chose none: the platform's default.
const DEFAULT_LANGUAGE: &str = "en";
/// The most matches a search returns.
pub const MAX_HITS: u32 = 100;
/// How many of the newest matches of each kind a search ranks.
pub const CANDIDATES: i64 = 1_000;

/// One item a search found, with what a list of results shows of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    /// `incident` or `disinformation`.
    pub kind: &'static str,
    pub id: String,
    /// `INC-12`, `DIS-3`.
    pub reference: String,
    /// An incident's title, a false claim's words.
    pub title: String,
    pub listed_at: String,
    /// How well it matches: higher is better; comparable within one search.
    pub score: f64,
}

/// The language `account` writes in: the one chosen for the platform, else the default.
pub(crate) async fn language_of(batch: &mut Batch<'_>, account: &str) -> Result<String> {
    let mut sql = Sql::new("SELECT language FROM accounts WHERE id = ");
    sql.text(account);
    let chosen = match batch.select(&sql).await?.first() {
        Some(row) => row.try_get::<Option<String>, _>(0)?,
        None => None,
    };
    Ok(chosen.unwrap_or_else(|| DEFAULT_LANGUAGE.to_owned()))
}

/// The kinds searched, with the column that names each item in a list of results.
const SEARCHED: [(&ItemKind, &str); 2] = [
    (&Incident::KIND, "title"),
    (&DisinformationItem::KIND, "claim"),
];

impl Store {
    /// Appends the condition that an item of `kind` (under its alias) matches `query`.
    pub(crate) fn matching(&self, sql: &mut Sql, kind: &ItemKind, query: &SearchQuery) {
        let (a, table) = (kind.alias, kind.table);
        match self.backend {
            Backend::Sqlite => sql
                .push(&format!(
                    "{a}.number IN (SELECT rowid FROM {table}_search WHERE {table}_search MATCH "
                ))
                .text(query.fts5())
                .push(")"),
            Backend::Postgres => sql
                .push(&format!("{a}.search_vector @@ to_tsquery('simple', "))
                .text(query.tsquery())
                .push(")"),
        };
    }

    /// The query of the `limit` best matches of `kind` among the newest [`CANDIDATES`] the
    /// reader may see: id, number, title, time listed and score, best first. Ranking is done
    /// on a window of the newest matches so that a common word costs the same as a rare one.
    pub(crate) fn ranked_matches(
        &self,
        sql: &mut Sql,
        kind: &ItemKind,
        title: &str,
        query: &SearchQuery,
        principals: &[Principal],
        limit: i64,
    ) {
        let (a, table, at) = (kind.alias, kind.table, kind.reported_at);
        match self.backend {
            // FTS5 walks its matches newest first by number and computes the rank (BM25, lower
            // for better matches) only of those it returns.
            Backend::Sqlite => sql
                .push(&format!(
                    "SELECT c.id, c.number, c.title, c.at, c.score FROM (\
                     SELECT {a}.id, {a}.number, {a}.{title} AS title, {a}.{at} AS at, -f.rank AS score \
                     FROM {table}_search f JOIN {table} {a} ON {a}.number = f.rowid \
                     WHERE {table}_search MATCH "
                ))
                .text(query.fts5()),
            // The query is bound once, as $1, and read by the match and the rank alike.
            Backend::Postgres => sql
                .push(&format!(
                    "SELECT c.id, c.number, c.title, c.at, \
                     CAST(ts_rank(c.terms, to_tsquery('simple', $1)) AS DOUBLE PRECISION) AS score FROM (\
                     SELECT {a}.id, {a}.number, {a}.{title} AS title, {a}.{at} AS at, {a}.search_vector AS terms \
                     FROM {table} {a} WHERE {a}.search_vector @@ to_tsquery('simple', "
                ))
                .text(query.tsquery())
                .push(")"),
        };
        // Newest first: by FTS5's own rowid (the number), which it walks in order and stops.
        let newest = match self.backend {
            Backend::Sqlite => "f.rowid".to_owned(),
            Backend::Postgres => format!("{a}.number"),
        };
        sql.push(" AND ")
            .in_audiences(&format!("{a}.audience"), principals)
            .push(&format!(" ORDER BY {newest} DESC LIMIT "))
            .int(CANDIDATES)
            .push(") c ORDER BY score DESC, c.at DESC, c.number DESC LIMIT ")
            .int(limit);
    }

    /// The items of every kind the caller may see that match `words`, best first (then
    /// newest), at most `limit`: ranked among the newest [`CANDIDATES`] matches of each kind.
    /// No words, no hits.
    pub async fn search(&self, caller: &Caller, words: &str, limit: u32) -> Result<Vec<SearchHit>> {
        let Some(query) = SearchQuery::parse(words) else {
            return Ok(Vec::new());
        };
        let limit = i64::from(limit.clamp(1, MAX_HITS));
        let mut hits = Vec::new();
        for (kind, title) in SEARCHED {
            let mut sql = Sql::new("");
            self.ranked_matches(&mut sql, kind, title, &query, caller.principals(), limit);
            for row in sql.query().fetch_all(&self.pool).await? {
                let number: i64 = row.try_get(1)?;
                hits.push(SearchHit {
                    kind: kind.name,
                    id: row.try_get(0)?,
                    reference: format!("{}-{number}", kind.prefix),
                    title: row.try_get(2)?,
                    listed_at: row.try_get(3)?,
                    score: row.try_get(4)?,
                });
            }
        }
        hits.sort_by(|x, y| {
            y.score
                .total_cmp(&x.score)
                .then_with(|| y.listed_at.cmp(&x.listed_at))
        });
        hits.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        Ok(hits)
    }

    /// Indexes the items written before full-text search (or straight into the tables), in the
    /// language of their reporters: run when the store opens; nothing to do once done. Returns
    /// how many items it indexed.
    pub(crate) async fn fill_search_terms(&self) -> Result<usize> {
        let mut filled = 0;
        for (kind, _) in SEARCHED {
            let table = kind.table;
            loop {
                let rows = sqlx::query(&format!(
                    "SELECT t.id, t.search_text, a.language FROM {table} t \
                     LEFT JOIN accounts a ON a.id = t.reporter \
                     WHERE t.search_terms IS NULL ORDER BY t.id LIMIT 1000"
                ))
                .fetch_all(&self.pool)
                .await?;
                if rows.is_empty() {
                    break;
                }
                let mut tx = self.begin().await?;
                for row in &rows {
                    let id: String = row.try_get(0)?;
                    let text: String = row.try_get(1)?;
                    let language: Option<String> = row.try_get(2)?;
                    let language = language.as_deref().unwrap_or(DEFAULT_LANGUAGE);
                    sqlx::query(&format!(
                        "UPDATE {table} SET search_terms = $2 WHERE id = $1"
                    ))
                    .bind(&id)
                    .bind(index_terms(&text, language))
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                filled += rows.len();
            }
        }
        Ok(filled)
    }
}
