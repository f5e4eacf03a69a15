//! Reports of the analysis: a terminal report, JSON for an EMB's own CI, Markdown, and a
//! self-contained HTML page.

mod changes;
mod html;
mod json;
mod markdown;
mod text;
pub mod worded;

pub use changes::{
    CHANGES_FORMAT, ChangesBody, Comparison, FindingGroup, WordedChanges, changes_html,
    changes_text, changes_to_json,
};
pub use json::{REPORT_FORMAT, report_schema, to_json};

use liaison_domain::analysis::Analysis;
use liaison_locale::Locale;

/// An output format of `liaison check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Markdown,
    Html,
}

/// Renders the analysis. Text carries ANSI styles; whoever writes it to a terminal or a pipe
/// keeps or strips them.
/// The JSON report is for machines: its sentences are English, whatever `locale`.
pub fn render(analysis: &Analysis, format: Format, locale: Locale) -> Result<String, RenderError> {
    match format {
        Format::Text => Ok(text::render(analysis, locale)),
        Format::Json => to_json(analysis),
        Format::Markdown => Ok(markdown::render(analysis, locale)),
        Format::Html => html::render(analysis, locale),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("cannot write the JSON report: {0}")]
    Json(#[from] serde_json::Error),
    #[error("cannot render the HTML report: {0}")]
    Html(#[from] askama::Error),
}
