//! The HTML report: one self-contained page (inline CSS, no scripts, no external requests) that
//! can be mailed, archived or published by an observer.

use super::RenderError;
use super::worded::{FindingWords, Worded, finding_counts, quoted_key};
use askama::Template;
use liaison_domain::analysis::Analysis;
use liaison_locale::Locale;

/// A self-contained page around a report's body.
#[derive(Template)]
#[template(path = "report.html")]
pub(super) struct ReportPage {
    pub lang: &'static str,
    pub dir: &'static str,
    pub title: String,
    pub footer: String,
    /// The body, already rendered.
    pub body: String,
}

/// The report's content, inside its page.
#[derive(Template)]
#[template(path = "report_body.html")]
struct ReportBody {
    locale: Locale,
    title: String,
    as_of: String,
    counts: String,
    words: Worded,
    findings: Vec<FindingWords>,
}

impl ReportBody {
    /// A text of the report in its language.
    fn t(&self, key: &str) -> String {
        self.locale.text(key)
    }
    fn t1(&self, key: &str, name: &str, value: &str) -> String {
        self.locale.text_with(key, &[(name, value.into())])
    }
}

pub fn render(a: &Analysis, locale: Locale) -> Result<String, RenderError> {
    Ok(ReportPage {
        lang: locale.tag(),
        dir: locale.dir(),
        title: locale.text_with(
            "check-title",
            &[("jurisdiction", a.jurisdiction.as_str().into())],
        ),
        footer: locale.text("check-footer"),
        body: body(a, locale).render()?,
    }
    .render()?)
}

fn body(a: &Analysis, locale: Locale) -> ReportBody {
    let words = Worded::of(a, locale, &mut quoted_key);
    ReportBody {
        locale,
        title: locale.text_with(
            "check-title",
            &[("jurisdiction", a.jurisdiction.as_str().into())],
        ),
        as_of: format!(
            "{} {}.",
            locale.text_with("analysis-as-of", &[("date", a.as_of.as_str().into())]),
            words.summary.join(" · ")
        ),
        counts: finding_counts(a, locale),
        findings: a
            .findings
            .iter()
            .map(|f| FindingWords::of(f, locale, &mut quoted_key))
            .collect(),
        words,
    }
}
