//! Reading the values of a stored row back into their types. A value the store wrote that no
//! longer parses (a catalogue id, a TLP level, JSON) means the database was changed by hand or
//! by a broken release: it is an internal error naming the column, never a panic.

use crate::{Result, StoreError};
use liaison_domain::catalogue::CatalogueEntry;
use liaison_domain::sharing::TlpLevel;
use serde::de::DeserializeOwned;
use sqlx::Row;
use sqlx::any::AnyRow;

/// A stored value that does not parse.
pub(crate) fn corrupt(what: &str, value: &str) -> StoreError {
    StoreError::Internal(format!("stored {what} '{value}' is not valid"))
}

/// A row of the store, read column by column.
pub(crate) struct StoredRow<'r>(pub &'r AnyRow);

impl StoredRow<'_> {
    pub fn text(&self, column: &str) -> Result<String> {
        Ok(self.0.try_get::<String, _>(column)?)
    }

    /// A catalogue entry stored by its id.
    pub fn entry<T: CatalogueEntry>(&self, column: &str) -> Result<T> {
        let id = self.text(column)?;
        T::from_id(&id).ok_or_else(|| corrupt(column, &id))
    }

    /// A catalogue entry stored by its id, or nothing.
    pub fn optional_entry<T: CatalogueEntry>(&self, column: &str) -> Result<Option<T>> {
        match self.0.try_get::<Option<String>, _>(column)? {
            Some(id) => T::from_id(&id)
                .map(Some)
                .ok_or_else(|| corrupt(column, &id)),
            None => Ok(None),
        }
    }

    pub fn tlp(&self) -> Result<TlpLevel> {
        let level = self.text("tlp")?;
        TlpLevel::parse(&level).ok_or_else(|| corrupt("tlp", &level))
    }

    /// A value stored as JSON.
    pub fn json<T: DeserializeOwned>(&self, column: &str) -> Result<T> {
        let text = self.text(column)?;
        serde_json::from_str(&text).map_err(|_| corrupt(column, &text))
    }

    /// A flag stored as 0 or 1.
    pub fn flag(&self, column: &str) -> Result<bool> {
        Ok(self.0.try_get::<i64, _>(column)? != 0)
    }
}
