//! The terminal report: most severe first, with colour that a pipe strips.

use super::{readiness, recommendation_status, summary_parts, thousands};
use anstyle::{AnsiColor, Style};
use liaison_domain::analysis::{Analysis, RecommendationStatus, Severity};
use liaison_domain::catalogue::CatalogueEntry;
use std::fmt::Write;

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

fn severity_style(severity: Severity) -> Style {
    let colour = match severity {
        Severity::Critical => AnsiColor::BrightRed,
        Severity::High => AnsiColor::Red,
        Severity::Medium => AnsiColor::Yellow,
        Severity::Low => AnsiColor::Cyan,
        Severity::Info => AnsiColor::BrightBlack,
    };
    Style::new().fg_color(Some(colour.into())).bold()
}

fn mark(ok: bool) -> String {
    let (symbol, colour) = if ok {
        ("✓", AnsiColor::Green)
    } else {
        ("✗", AnsiColor::Red)
    };
    let style = Style::new().fg_color(Some(colour.into()));
    format!("{style}{symbol}{style:#}")
}

pub fn render(analysis: &Analysis) -> String {
    let mut out = String::new();
    let _ = write_report(&mut out, analysis);
    out
}

fn write_report(out: &mut String, a: &Analysis) -> std::fmt::Result {
    writeln!(
        out,
        "{BOLD}Liaison check: {}{BOLD:#} {DIM}(as of {}){DIM:#}",
        a.jurisdiction, a.as_of
    )?;
    writeln!(out, "{}", summary_parts(a).join(" · "))?;
    let s = &a.summary;
    if s.matrix_cells > 0 {
        writeln!(
            out,
            "Responsibility matrix: {} cells, {} with no accountable organisation, {} with more than one",
            thousands(s.matrix_cells),
            thousands(s.gap_cells),
            thousands(s.overlap_cells)
        )?;
    }
    writeln!(out)?;

    let counts = &s.findings;
    writeln!(
        out,
        "{BOLD}Findings{BOLD:#}: {} critical, {} high, {} medium, {} low, {} info",
        counts.critical, counts.high, counts.medium, counts.low, counts.info
    )?;
    for f in &a.findings {
        let style = severity_style(f.severity);
        writeln!(
            out,
            "{style}{:<8}{style:#} {BOLD}{}{BOLD:#}  {DIM}{}{DIM:#}",
            f.severity.id().to_uppercase(),
            f.title,
            f.id
        )?;
        writeln!(out, "         {}", f.message)?;
        writeln!(out, "         {DIM}→ {}{DIM:#}", f.remedy)?;
    }
    writeln!(out)?;

    writeln!(out, "{BOLD}Collaboration{BOLD:#}")?;
    let m = &a.maturity;
    writeln!(out, "  Level {} of 7: {}", m.rung, m.level.label())?;
    if let Some(next) = m.next {
        writeln!(
            out,
            "  Next, level {} ({}), needs: {}",
            next.rung(),
            next.label_in_sentence(),
            m.missing_for_next.join("; ")
        )?;
    }
    for assessment in &a.focus_area_assessments {
        writeln!(
            out,
            "  {} {:<24} {}",
            mark(assessment.shown),
            assessment.area.id(),
            if assessment.shown {
                assessment
                    .evidence
                    .first()
                    .map(|e| e.text.clone())
                    .unwrap_or_default()
                    + &if assessment.evidence.len() > 1 {
                        format!(" (+{} more)", assessment.evidence.len() - 1)
                    } else {
                        String::new()
                    }
            } else {
                "not shown".to_owned()
            }
        )?;
    }
    let ap = &a.approach_evidence;
    writeln!(
        out,
        "  Approach: {} ({} horizontal and {} vertical signs)",
        a.approach.map_or("not determined", |x| x.id()),
        ap.horizontal.len(),
        ap.vertical.len()
    )?;
    let ci = &a.critical_infrastructure;
    writeln!(
        out,
        "  Critical infrastructure: {}; readiness {}",
        ci.status.known().map_or("unknown", |s| s.label()),
        readiness(ci.readiness)
    )?;
    writeln!(out)?;

    writeln!(out, "{BOLD}The ten recommendations{BOLD:#}")?;
    for r in &a.recommendations {
        let symbol = match r.status {
            RecommendationStatus::Met => mark(true),
            RecommendationStatus::NotMet => mark(false),
            RecommendationStatus::Partly => "◐".to_owned(),
            RecommendationStatus::Unknown => "?".to_owned(),
        };
        writeln!(
            out,
            "  {symbol} {:>2}. {} {DIM}({}){DIM:#}",
            r.number,
            r.title,
            recommendation_status(r.status)
        )?;
    }
    if !a.similar_countries.is_empty() {
        writeln!(out)?;
        writeln!(out, "{BOLD}Most similar reference countries{BOLD:#}")?;
        for c in &a.similar_countries {
            writeln!(out, "  {} ({}), similarity {:.2}", c.name, c.code, c.score)?;
            if !c.they_have.is_empty() {
                writeln!(out, "     they have: {}", c.they_have.join("; "))?;
            }
        }
    }
    Ok(())
}
