//! The terminal report: most severe first, with colour that a pipe strips.

use super::worded::{FindingWords, Worded, finding_counts, quoted_key};
use anstyle::{AnsiColor, Style};
use liaison_domain::analysis::{Analysis, RecommendationStatus, Severity};
use liaison_locale::Locale;
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
        "{BOLD}{}{BOLD:#} {DIM}({}){DIM:#}",
        locale.text_with(
            "check-title",
            &[("jurisdiction", a.jurisdiction.as_str().into())]
        ),
        locale.text_with("check-as-of", &[("date", a.as_of.as_str().into())])
    )?;
    writeln!(out, "{}", words.summary.join(" · "))?;
    if let Some(matrix) = &words.matrix {
        writeln!(out, "{matrix}")?;
    }
    writeln!(out)?;

    writeln!(
        out,
        "{BOLD}{}{BOLD:#}: {}",
        t("analysis-findings"),
        finding_counts(a, locale)
    )?;
    for f in &a.findings {
        let style = severity_style(f.severity);
        let f_words = FindingWords::of(f, locale, &mut quoted_key);
        writeln!(
            out,
            "{style}{:<8}{style:#} {BOLD}{}{BOLD:#}  {DIM}{}{DIM:#}",
            f_words.severity_label.to_uppercase(),
            f_words.title,
            f.id
        )?;
        writeln!(out, "         {}", f_words.message)?;
        writeln!(out, "         {DIM}→ {}{DIM:#}", f_words.remedy)?;
    }
    writeln!(out)?;

    writeln!(out, "{BOLD}{}{BOLD:#}", t("analysis-collaboration"))?;
    writeln!(out, "  {}", words.level)?;
    if let Some(next) = &words.next {
        writeln!(out, "  {next}")?;
    }
    for area in &words.areas {
        let detail = match area.evidence.as_slice() {
            _ if !area.shown => t("check-not-shown"),
            [] => String::new(),
            [only] => only.clone(),
            [first, rest @ ..] => format!(
                "{first} {}",
                locale.text_with("check-more", &[("count", rest.len().into())])
            ),
        };
        writeln!(out, "  {} {:<24} {detail}", mark(area.shown), area.id)?;
    }
    writeln!(
        out,
        "  {} {}",
        t("analysis-approach"),
        locale.text_with(
            "check-approach-signs",
            &[
                ("approach", words.approach.as_str().into()),
                ("horizontal", words.horizontal.len().into()),
                ("vertical", words.vertical.len().into()),
            ],
        )
    )?;
    writeln!(out, "    {}", words.approach_reason)?;
    writeln!(
        out,
        "  {} {}",
        t("analysis-ci"),
        words.critical_infrastructure
    )?;
    writeln!(out)?;

    writeln!(out, "{BOLD}{}{BOLD:#}", t("analysis-recommendations"))?;
    for r in &words.recommendations {
        let symbol = match r.status {
            RecommendationStatus::Met => mark(true),
            RecommendationStatus::NotMet => mark(false),
            RecommendationStatus::Partly => "◐".to_owned(),
            RecommendationStatus::Unknown => "?".to_owned(),
        };
        writeln!(
            out,
            "  {symbol} {:>2}. {} {DIM}({}){DIM:#}",
            r.number, r.title, r.status_label
        )?;
    }
    if !words.similar.is_empty() {
        writeln!(out)?;
        writeln!(out, "{BOLD}{}{BOLD:#}", t("analysis-similar"))?;
        for c in &words.similar {
            writeln!(out, "  {} ({}), {}", c.name, c.code, c.score)?;
            if let Some(they_have) = &c.they_have {
                writeln!(out, "     {they_have}")?;
            }
        }
    }
    Ok(())
}
