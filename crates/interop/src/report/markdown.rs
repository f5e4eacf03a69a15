//! The Markdown report, for pull requests and wikis.

use super::{readiness, recommendation_status, summary_parts, thousands};
use liaison_domain::analysis::Analysis;
use liaison_domain::catalogue::CatalogueEntry;
use std::fmt::Write;

/// Text safe inside a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

pub fn render(analysis: &Analysis) -> String {
    let mut out = String::new();
    let _ = write_report(&mut out, analysis);
    out
}

fn write_report(out: &mut String, a: &Analysis) -> std::fmt::Result {
    writeln!(out, "# Liaison check: {}\n", a.jurisdiction)?;
    writeln!(out, "As of {}. {}.\n", a.as_of, summary_parts(a).join(", "))?;
    let s = &a.summary;
    if s.matrix_cells > 0 {
        writeln!(
            out,
            "Responsibility matrix: {} cells, {} with no accountable organisation, {} with more than one.\n",
            thousands(s.matrix_cells),
            thousands(s.gap_cells),
            thousands(s.overlap_cells)
        )?;
    }

    let c = &s.findings;
    writeln!(out, "## Findings\n")?;
    writeln!(
        out,
        "{} critical, {} high, {} medium, {} low, {} info.\n",
        c.critical, c.high, c.medium, c.low, c.info
    )?;
    if !a.findings.is_empty() {
        writeln!(out, "| Severity | Finding | What to do | Id |")?;
        writeln!(out, "|---|---|---|---|")?;
        for f in &a.findings {
            writeln!(
                out,
                "| {} | **{}**: {} | {} | `{}` |",
                f.severity,
                cell(f.title),
                cell(&f.message),
                cell(f.remedy),
                cell(&f.id)
            )?;
        }
        writeln!(out)?;
    }

    writeln!(out, "## Collaboration\n")?;
    let m = &a.maturity;
    writeln!(out, "**Level {} of 7: {}.**", m.rung, m.level.label())?;
    if let Some(next) = m.next {
        writeln!(
            out,
            " Level {} ({}) needs: {}.",
            next.rung(),
            next.label_in_sentence(),
            m.missing_for_next.join("; ")
        )?;
    }
    writeln!(out)?;
    writeln!(out, "| Focus area | Shown | Evidence or what is missing |")?;
    writeln!(out, "|---|---|---|")?;
    for area in &a.focus_area_assessments {
        let detail = if area.shown {
            area.evidence
                .iter()
                .map(|e| e.text.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        } else {
            area.missing.join("; ")
        };
        writeln!(
            out,
            "| {} (`{}`) | {} | {} |",
            area.area.label(),
            area.area.id(),
            if area.shown { "yes" } else { "no" },
            cell(&detail)
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "**Approach:** {}.\n",
        a.approach.map_or("not determined", |x| x.id())
    )?;
    for (label, list) in [
        ("Horizontal", &a.approach_evidence.horizontal),
        ("Vertical", &a.approach_evidence.vertical),
    ] {
        for e in list {
            writeln!(out, "- {label}: {}", e.text)?;
        }
    }
    writeln!(out)?;
    let ci = &a.critical_infrastructure;
    writeln!(
        out,
        "**Critical infrastructure:** {}; readiness {}.\n",
        ci.status.known().map_or("unknown", |s| s.label()),
        readiness(ci.readiness)
    )?;
    for check in &ci.checks {
        let met = match check.met {
            Some(true) => "met",
            Some(false) => "not met",
            None => "unknown",
        };
        writeln!(out, "- {} ({met}): {}", check.check, check.evidence)?;
    }
    writeln!(out)?;

    writeln!(out, "## The ten recommendations\n")?;
    writeln!(out, "| # | Recommendation | Status | Evidence |")?;
    writeln!(out, "|---|---|---|---|")?;
    for r in &a.recommendations {
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            r.number,
            cell(r.title),
            recommendation_status(r.status),
            cell(&r.evidence.join("; "))
        )?;
    }
    if !a.similar_countries.is_empty() {
        writeln!(out, "\n## Most similar reference countries\n")?;
        for c in &a.similar_countries {
            writeln!(
                out,
                "- **{}** (`{}`), similarity {:.2}",
                c.name, c.code, c.score
            )?;
            if !c.they_have.is_empty() {
                writeln!(out, "  - they have: {}", c.they_have.join("; "))?;
            }
        }
    }
    Ok(())
}
