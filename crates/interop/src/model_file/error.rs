//! Errors in model files, each with the place it was found and a sentence a non-programmer
//! understands.

use super::values::Position;
use std::fmt;

/// One problem in a model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError {
    /// Where it is; `None` for problems of the model as a whole, such as an empty directory.
    pub at: Option<Position>,
    pub message: String,
}

impl ModelError {
    pub fn at(at: Position, message: impl Into<String>) -> Self {
        ModelError {
            at: Some(at),
            message: message.into(),
        }
    }

    pub fn whole(message: impl Into<String>) -> Self {
        ModelError {
            at: None,
            message: message.into(),
        }
    }
}

/// A model that cannot be used, with every problem found in it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct InvalidModel {
    /// The files read, by their index in [`Position::source`].
    pub sources: Vec<String>,
    /// Sorted by file, line and column.
    pub errors: Vec<ModelError>,
    /// Problems found beyond the reporting limit.
    pub not_shown: usize,
}

impl InvalidModel {
    pub(crate) fn new(sources: Vec<String>, mut errors: Vec<ModelError>, limit: usize) -> Self {
        errors.sort_by_key(|e| e.at.map(|p| (p.source, p.line, p.column)));
        errors.dedup();
        let not_shown = errors.len().saturating_sub(limit);
        errors.truncate(limit);
        InvalidModel {
            sources,
            errors,
            not_shown,
        }
    }

    /// `file:line:column` of a position.
    pub fn place(&self, at: Position) -> String {
        let file = self
            .sources
            .get(at.source as usize)
            .map(String::as_str)
            .unwrap_or("?");
        if at.line == 0 {
            file.to_owned()
        } else {
            format!("{file}:{}:{}", at.line, at.column)
        }
    }

    /// One line per problem: `file:line:column: message`.
    pub fn lines(&self) -> Vec<String> {
        let mut lines: Vec<String> = self
            .errors
            .iter()
            .map(|e| match e.at {
                Some(at) => format!("{}: {}", self.place(at), e.message),
                None => e.message.clone(),
            })
            .collect();
        if self.not_shown > 0 {
            lines.push(format!("… and {} more problems not shown", self.not_shown));
        }
        lines
    }
}

impl fmt::Display for InvalidModel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.errors.len() + self.not_shown;
        writeln!(
            f,
            "the model has {count} problem{}:",
            if count == 1 { "" } else { "s" }
        )?;
        for line in self.lines() {
            writeln!(f, "  {line}")?;
        }
        Ok(())
    }
}
