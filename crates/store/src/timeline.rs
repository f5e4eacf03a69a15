//! An item's history: what happened, when, by whom, kept as messages so that each reader
//! reads it in their own language (English for the API); lines from before the messages
//! keep the English text they were written with.

use crate::insert_batch::InsertBatch;
use crate::query::SqlValue;
use crate::{Result, Store, format_time, new_id, to_json};
use liaison_locale::{Locale, Message};
use serde::{Deserialize, Serialize};
use sqlx::{Any, Row, Transaction};

/// One line of an item's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineEntry {
    pub id: String,
    pub at: String,
    pub account: Option<String>,
    pub organisation: Option<String>,
    /// `reported`, `routed`, `gap`, `withheld`, `note`, `action`, `status`, `severity`,
    /// `acknowledged`, `escalated`, `escalation_stopped`, `deadline_missed`, `sharing`, `linked`,
    /// `merged`, `attachment`, `rectification`.
    pub kind: String,
    /// What happened, in English, as it was recorded.
    pub text: String,
    /// What happened as messages; absent on lines written before they were kept.
    #[serde(skip)]
    pub said: Option<Said>,
}

impl TimelineEntry {
    /// What happened, in the reader's language.
    pub fn text_in(&self, locale: Locale) -> String {
        match &self.said {
            Some(said) => said.in_language(locale),
            None => self.text.clone(),
        }
    }
}

/// What a line of the history says: the platform's sentences, then the person's own words.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Said {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<Message>,
    /// A note the person added, as they wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Said {
    /// The platform's sentences and no note.
    pub(crate) fn of(messages: impl IntoIterator<Item = Message>) -> Said {
        Said {
            messages: messages.into_iter().collect(),
            note: None,
        }
    }

    /// Only what a person wrote.
    pub(crate) fn note(text: &str) -> Said {
        Said {
            messages: Vec::new(),
            note: Some(text.to_owned()),
        }
    }

    /// With the person's note after the sentences, when they wrote one.
    pub(crate) fn with_note(mut self, note: Option<String>) -> Said {
        self.note = note.filter(|n| !n.is_empty());
        self
    }

    pub fn in_language(&self, locale: Locale) -> String {
        let mut text = locale.messages(&self.messages);
        if let Some(note) = &self.note {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(note);
        }
        text
    }
}

/// Adds a line to an item's history, at `at`, to the rows `rows` writes.
pub(crate) fn add(
    rows: &mut InsertBatch,
    at: time::OffsetDateTime,
    item_id: &str,
    by: (Option<&str>, Option<&str>),
    kind: &str,
    said: &Said,
) {
    let (account, organisation) = by;
    rows.row(
        "item_timeline",
        &[
            "id",
            "item_id",
            "at",
            "account",
            "organisation",
            "kind",
            "text",
            "said",
        ],
        [
            SqlValue::text(new_id()),
            SqlValue::text(item_id),
            SqlValue::text(format_time(at)),
            SqlValue::text_or_null(account),
            SqlValue::text_or_null(organisation),
            SqlValue::text(kind),
            // Worded when read, in the reader's language.
            SqlValue::NoText,
            SqlValue::text(to_json(said)),
        ],
    );
}

/// Adds a line to an item's history, at `at`, now.
pub(crate) async fn record(
    tx: &mut Transaction<'static, Any>,
    at: time::OffsetDateTime,
    item_id: &str,
    by: (Option<&str>, Option<&str>),
    kind: &str,
    said: &Said,
) -> Result<()> {
    let mut rows = InsertBatch::default();
    add(&mut rows, at, item_id, by, kind, said);
    rows.write(tx).await
}

impl Store {
    /// The history of an item, oldest first. The caller has checked the reader sees it.
    pub(crate) async fn timeline_of(&self, item_id: &str) -> Result<Vec<TimelineEntry>> {
        sqlx::query(
            "SELECT id, at, account, organisation, kind, text, said FROM item_timeline \
             WHERE item_id = $1 ORDER BY at, id",
        )
        .bind(item_id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            let said: Option<Said> = r
                .try_get::<Option<String>, _>("said")?
                .and_then(|s| serde_json::from_str(&s).ok());
            let kind: String = r.try_get("kind")?;
            // A line that cannot be read as messages shows what was recorded, or at least
            // what happened.
            let text = match (&said, r.try_get::<Option<String>, _>("text")?) {
                (Some(said), _) => said.in_language(Locale::En),
                (None, Some(text)) => text,
                (None, None) => kind.clone(),
            };
            Ok(TimelineEntry {
                id: r.try_get("id")?,
                at: r.try_get("at")?,
                account: r.try_get("account")?,
                organisation: r.try_get("organisation")?,
                kind,
                text,
                said,
            })
        })
        .collect()
    }
}
