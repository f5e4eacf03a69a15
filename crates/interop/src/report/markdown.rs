//! The Markdown report, for pull requests and wikis.

use super::worded::{FindingWords, Worded, finding_counts, quoted_key};
use liaison_domain::analysis::Analysis;
use liaison_locale::Locale;
use std::fmt::Write;

/// Text safe inside a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

pub fn render(analysis: &Analysis, locale: Locale) -> String {
    let mut out = String::new();
    let _ = write_report(&mut out, analysis, locale);
    out
}

fn write_report(out: &mut String, a: &Analysis, locale: Locale) -> std::fmt::Result {
    let words = Worded::of(a, locale, &mut quoted_key);
    let t = |key: &str| locale.text(key);
    writeln!(
        out,
        "# {}\n",
        locale.text_with(
            "check-title",
            &[("jurisdiction", a.jurisdiction.as_str().into())]
        )
    )?;
    writeln!(
        out,
        "{} {}.\n",
        locale.text_with("analysis-as-of", &[("date", a.as_of.as_str().into())]),
        words.summary.join(", ")
    )?;
    if let Some(matrix) = &words.matrix {
        writeln!(out, "{matrix}\n")?;
    }

    writeln!(out, "## {}\n", t("analysis-findings"))?;
    writeln!(out, "{}\n", finding_counts(a, locale))?;
    if !a.findings.is_empty() {
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            t("check-col-severity"),
            t("check-col-finding"),
            t("check-col-remedy"),
            t("check-col-id")
        )?;
        writeln!(out, "|---|---|---|---|")?;
        for f in &a.findings {
            let f = FindingWords::of(f, locale, &mut quoted_key);
            writeln!(
                out,
                "| {} | **{}**: {} | {} | `{}` |",
                f.severity_label,
                cell(&f.title),
                cell(&f.message),
                cell(&f.remedy),
                cell(&f.id)
            )?;
        }
        writeln!(out)?;
    }

    writeln!(out, "## {}\n", t("analysis-collaboration"))?;
    write!(out, "**{}**", words.level)?;
    if let Some(next) = &words.next {
        write!(out, " {next}")?;
    }
    writeln!(out, "\n")?;
    writeln!(
        out,
        "| {} | {} | {} |",
        t("analysis-col-area"),
        t("analysis-col-shown"),
        t("analysis-col-evidence")
    )?;
    writeln!(out, "|---|---|---|")?;
    let separator = t("sentence-separator");
    for area in &words.areas {
        let detail = if area.shown {
            area.evidence.join(&separator)
        } else {
            area.missing.clone()
        };
        writeln!(
            out,
            "| {} (`{}`) | {} | {} |",
            area.label,
            area.id,
            t(if area.shown {
                "analysis-yes"
            } else {
                "analysis-no"
            }),
            cell(&detail)
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "**{}** {}: {}.\n",
        t("analysis-approach"),
        words.approach,
        words.approach_reason
    )?;
    for (key, list) in [
        ("analysis-horizontal", &words.horizontal),
        ("analysis-vertical", &words.vertical),
    ] {
        for e in list {
            writeln!(
                out,
                "- {}",
                locale.text_with(key, &[("evidence", e.as_str().into())])
            )?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "**{}** {}\n",
        t("analysis-ci"),
        words.critical_infrastructure
    )?;
    for check in &words.checks {
        writeln!(out, "- {check}")?;
    }
    writeln!(out)?;

    writeln!(out, "## {}\n", t("analysis-recommendations"))?;
    writeln!(
        out,
        "| {} | {} | {} | {} |",
        t("analysis-col-number"),
        t("analysis-col-recommendation"),
        t("check-col-status"),
        t("analysis-col-evidence-only")
    )?;
    writeln!(out, "|---|---|---|---|")?;
    for r in &words.recommendations {
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            r.number,
            cell(&r.title),
            r.status_label,
            cell(&r.evidence)
        )?;
    }
    if !words.similar.is_empty() {
        writeln!(out, "\n## {}\n", t("analysis-similar"))?;
        for c in &words.similar {
            writeln!(out, "- **{}** (`{}`), {}", c.name, c.code, c.score)?;
            if let Some(they_have) = &c.they_have {
                writeln!(out, "  - {they_have}")?;
            }
        }
    }
    Ok(())
}
