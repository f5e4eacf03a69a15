//! The report of `liaison diff`: what changed between two models, in the reader's language for
//! people and as JSON for machines.

use super::RenderError;
use super::worded::{FindingWords, quoted_key};
use crate::model_changes::{AnalysisChanges, ModelChanges};
use liaison_domain::analysis::{Analysis, Approach, Finding};
use liaison_domain::catalogue::FocusArea;
use liaison_locale::Locale;
use serde::Serialize;
use std::fmt::Write;

/// The format tag of the JSON comparison.
pub const CHANGES_FORMAT: &str = "liaison-changes/1";

/// Two models and their analyses, compared.
#[derive(Debug)]
pub struct Comparison<'a> {
    /// The models as the user named them (paths).
    pub old_name: &'a str,
    pub new_name: &'a str,
    pub old: &'a Analysis,
    pub new: &'a Analysis,
    pub model: &'a ModelChanges,
    pub analysis: &'a AnalysisChanges,
}

impl Comparison<'_> {
    pub fn is_empty(&self) -> bool {
        self.model.is_empty() && self.analysis.is_empty()
    }

    fn finding<'f>(analysis: &'f Analysis, id: &str) -> Option<&'f Finding> {
        analysis.findings.iter().find(|f| f.id == id)
    }
}

#[derive(Serialize)]
struct Json<'a> {
    format: &'static str,
    old: &'a str,
    new: &'a str,
    same: bool,
    model: &'a ModelChanges,
    analysis: &'a AnalysisChanges,
}

pub fn changes_to_json(c: &Comparison) -> Result<String, RenderError> {
    let mut text = serde_json::to_string_pretty(&Json {
        format: CHANGES_FORMAT,
        old: c.old_name,
        new: c.new_name,
        same: c.is_empty(),
        model: c.model,
        analysis: c.analysis,
    })?;
    text.push('\n');
    Ok(text)
}

pub fn changes_text(c: &Comparison, locale: Locale) -> String {
    let mut out = String::new();
    let _ = write_text(&mut out, c, locale);
    out
}

fn ids(ids: &[String]) -> String {
    ids.join(", ")
}

fn approach(locale: Locale, approach: Option<Approach>) -> String {
    locale.text(&format!(
        "analysis-approach-{}",
        approach.map_or("undetermined", Approach::id)
    ))
}

fn areas(locale: Locale, areas: &[FocusArea]) -> String {
    let words: Vec<String> = areas.iter().map(|a| locale.label_in_sentence(*a)).collect();
    locale.list(&words, 0)
}

fn write_text(out: &mut String, c: &Comparison, locale: Locale) -> std::fmt::Result {
    writeln!(
        out,
        "{}",
        locale.text_with(
            "changes-title",
            &[("old", c.old_name.into()), ("new", c.new_name.into())]
        )
    )?;
    if c.is_empty() {
        writeln!(out, "{}", locale.text("changes-none"))?;
        return Ok(());
    }
    for section in c.model.sections.iter().filter(|s| !s.is_empty()) {
        let mut parts = Vec::new();
        for (key, list) in [
            ("changes-added", &section.added),
            ("changes-removed", &section.removed),
            ("changes-changed", &section.changed),
        ] {
            if !list.is_empty() {
                parts.push(locale.text_with(
                    key,
                    &[("count", list.len().into()), ("ids", ids(list).into())],
                ));
            }
        }
        if section.known_before != section.known_after {
            parts.push(locale.text(if section.known_after {
                "changes-now-known"
            } else {
                "changes-now-unknown"
            }));
        }
        writeln!(
            out,
            "{}",
            locale.text_with(
                "changes-section",
                &[
                    ("section", section.section.into()),
                    ("changes", parts.join("; ").into())
                ]
            )
        )?;
    }
    if !c.model.cells.is_empty() {
        writeln!(
            out,
            "{}",
            locale.text_with("changes-matrix", &[("count", c.model.cells.len().into())])
        )?;
        let who = |orgs: &[String]| {
            if orgs.is_empty() {
                locale.text("changes-nobody")
            } else {
                ids(orgs)
            }
        };
        for cell in &c.model.cells {
            writeln!(
                out,
                "  {}",
                locale.text_with(
                    "changes-cell",
                    &[
                        ("threat", locale.label(cell.threat).into()),
                        ("phase", locale.label_in_sentence(cell.phase).into()),
                        ("before", who(&cell.before).into()),
                        ("after", who(&cell.after).into()),
                    ]
                )
            )?;
        }
    }
    let a = c.analysis;
    if a.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}", locale.text("changes-analysis"))?;
    if a.maturity.moved() {
        writeln!(
            out,
            "  {}",
            locale.text_with(
                "changes-maturity",
                &[
                    ("before", locale.label_in_sentence(a.maturity.before).into()),
                    ("after", locale.label_in_sentence(a.maturity.after).into()),
                ]
            )
        )?;
    }
    if a.approach.moved() {
        writeln!(
            out,
            "  {}",
            locale.text_with(
                "changes-approach",
                &[
                    ("before", approach(locale, a.approach.before).into()),
                    ("after", approach(locale, a.approach.after).into()),
                ]
            )
        )?;
    }
    for (key, list) in [
        ("changes-focus-gained", &a.focus_areas_gained),
        ("changes-focus-lost", &a.focus_areas_lost),
    ] {
        if !list.is_empty() {
            writeln!(
                out,
                "  {}",
                locale.text_with(key, &[("areas", areas(locale, list).into())])
            )?;
        }
    }
    for (key, list, analysis) in [
        ("changes-new-findings", &a.new_findings, c.new),
        ("changes-resolved-findings", &a.resolved_findings, c.old),
    ] {
        if list.is_empty() {
            continue;
        }
        writeln!(
            out,
            "  {}",
            locale.text_with(key, &[("count", list.len().into())])
        )?;
        for finding in list
            .iter()
            .filter_map(|id| Comparison::finding(analysis, id))
        {
            let words = FindingWords::of(finding, locale, &mut quoted_key);
            writeln!(
                out,
                "    {:<8} {}  ({})",
                words.severity_label.to_uppercase(),
                words.message,
                finding.id
            )?;
        }
    }
    Ok(())
}
