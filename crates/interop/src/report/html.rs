//! The HTML report: one self-contained page (inline CSS, no scripts, no external requests) that
//! can be mailed, archived or published by an observer.

use super::{RenderError, readiness, recommendation_status, summary_parts, thousands};
use askama::Template;
use liaison_domain::analysis::{Analysis, Finding, FocusAreaAssessment, RecommendationCheck};
use liaison_domain::catalogue::CatalogueEntry;

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage<'a> {
    body: ReportBody<'a>,
}

/// The report's content, inside its page.
#[derive(Template)]
#[template(path = "report_body.html")]
struct ReportBody<'a> {
    a: &'a Analysis,
    summary: String,
    matrix: Option<String>,
    level_label: &'a str,
    next: Option<(usize, String)>,
    approach: &'a str,
    ci_status: &'a str,
    ci_readiness: &'static str,
}

impl ReportBody<'_> {
    fn area_label(&self, area: &FocusAreaAssessment) -> &'static str {
        area.area.label()
    }
    fn area_id(&self, area: &FocusAreaAssessment) -> &'static str {
        area.area.id()
    }
    fn status(&self, r: &RecommendationCheck) -> &'static str {
        recommendation_status(r.status)
    }
    fn status_class(&self, r: &RecommendationCheck) -> &'static str {
        use liaison_domain::analysis::RecommendationStatus::*;
        match r.status {
            Met => "ok",
            Partly => "part",
            NotMet => "bad",
            Unknown => "unknown",
        }
    }
    fn severity(&self, f: &Finding) -> &'static str {
        f.severity.id()
    }
    fn check_met(&self, met: &Option<bool>) -> &'static str {
        match met {
            Some(true) => "met",
            Some(false) => "not met",
            None => "unknown",
        }
    }
}

pub fn render(a: &Analysis) -> Result<String, RenderError> {
    Ok(ReportPage { body: body(a) }.render()?)
}

fn body(a: &Analysis) -> ReportBody<'_> {
    let s = &a.summary;
    ReportBody {
        a,
        summary: summary_parts(a).join(" · "),
        matrix: (s.matrix_cells > 0).then(|| {
            format!(
                "Responsibility matrix: {} cells, {} with no accountable organisation, {} with more than one.",
                thousands(s.matrix_cells),
                thousands(s.gap_cells),
                thousands(s.overlap_cells)
            )
        }),
        level_label: a.maturity.level.label(),
        next: a.maturity.next.map(|n| (n.rung(), n.label_in_sentence())),
        approach: a.approach.map_or("not determined", |x| x.id()),
        ci_status: a
            .critical_infrastructure
            .status
            .known()
            .map_or("unknown", |s| s.label()),
        ci_readiness: readiness(a.critical_infrastructure.readiness),
    }
}
