//! Reports of the analysis: a terminal report, JSON for an EMB's own CI, Markdown, and a
//! self-contained HTML page.

mod html;
mod json;
mod markdown;
mod text;

pub use json::{REPORT_FORMAT, report_schema, to_json};

use liaison_domain::analysis::Analysis;

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
pub fn render(analysis: &Analysis, format: Format) -> Result<String, RenderError> {
    match format {
        Format::Text => Ok(text::render(analysis)),
        Format::Json => to_json(analysis),
        Format::Markdown => Ok(markdown::render(analysis)),
        Format::Html => html::render(analysis),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("cannot write the JSON report: {0}")]
    Json(#[from] serde_json::Error),
    #[error("cannot render the HTML report: {0}")]
    Html(#[from] askama::Error),
}

/// "12,345".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The sections of the summary line, leaving out what is not recorded.
pub fn summary_parts(analysis: &Analysis) -> Vec<String> {
    let s = &analysis.summary;
    let mut parts = vec![format!(
        "{} organisations",
        thousands(s.organisations as u64)
    )];
    let mut add = |count: Option<usize>, noun: &str| match count {
        Some(n) => parts.push(format!("{} {noun}", thousands(n as u64))),
        None => parts.push(format!("{noun} not recorded")),
    };
    add(s.contacts, "contacts");
    add(s.forums, "forums");
    add(s.agreements, "agreements");
    add(s.assets, "assets");
    add(s.responsibilities, "responsibility rows");
    add(s.activities, "activities");
    parts
}

pub fn recommendation_status(
    status: liaison_domain::analysis::RecommendationStatus,
) -> &'static str {
    use liaison_domain::analysis::RecommendationStatus::*;
    match status {
        Met => "met",
        Partly => "partly met",
        NotMet => "not met",
        Unknown => "unknown",
    }
}

pub fn readiness(readiness: liaison_domain::analysis::Readiness) -> &'static str {
    use liaison_domain::analysis::Readiness::*;
    match readiness {
        Ready => "ready",
        Partly => "partly ready",
        NotReady => "not ready",
        NotApplicable => "not applicable",
        Unknown => "unknown",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_grouped() {
        assert_eq!(super::thousands(0), "0");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(1_234_567), "1,234,567");
    }
}
