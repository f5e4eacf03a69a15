//! The report of `liaison diff`: what changed between two models, in the reader's language for
//! people and as JSON for machines.

use super::RenderError;
use super::html::ReportPage;
use super::worded::{FindingWords, Namer};
use crate::model_changes::{AnalysisChanges, ModelChanges};
use askama::Template;
use liaison_domain::analysis::{Analysis, Approach, Finding};
use liaison_domain::analysis::{ObjectKind, ObjectRef};
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
    let words = WordedChanges::of(c, locale, &mut |o| o.id.clone());
    let mut out = String::new();
    let _ = write_text(&mut out, &words);
    out
}

/// The comparison as a self-contained HTML page, like the HTML report of `check`.
pub fn changes_html(c: &Comparison, locale: Locale) -> Result<String, RenderError> {
    let words = WordedChanges::of(c, locale, &mut |o| o.id.clone());
    Ok(ReportPage {
        lang: locale.tag(),
        dir: locale.dir(),
        title: words.title.clone(),
        footer: locale.text("check-footer"),
        body: ChangesBody {
            locale,
            words,
            standalone: true,
        }
        .render()?,
    }
    .render()?)
}

/// The comparison's content, inside a page of its own or of the platform.
#[derive(Debug, Template)]
#[template(path = "changes_body.html")]
pub struct ChangesBody {
    pub locale: Locale,
    pub words: WordedChanges,
    /// A page of its own holds its main landmark; inside the platform's page, the page does.
    pub standalone: bool,
}

impl ChangesBody {
    fn t(&self, key: &str) -> String {
        self.locale.text(key)
    }
}

/// Findings that appeared or went away, under their heading.
#[derive(Debug, Clone)]
pub struct FindingGroup {
    pub heading: String,
    pub findings: Vec<FindingWords>,
}

/// Everything the comparison says, worded in one language; objects named by the caller.
#[derive(Debug, Clone)]
pub struct WordedChanges {
    pub title: String,
    /// "The two models are the same…", when they are.
    pub same: Option<String>,
    /// One line per section with changes: "Organisations: 1 added (…)".
    pub sections: Vec<String>,
    /// "2 cells of the responsibility matrix changed", when any did.
    pub matrix: Option<String>,
    pub cells: Vec<String>,
    /// How the level, the approach and the focus areas moved.
    pub moves: Vec<String>,
    pub analysis_heading: String,
    pub findings: Vec<FindingGroup>,
}

/// The kind of object the items of a section are, for naming them; escalation protocols have
/// no kind of their own and are named by id.
fn section_kind(section: &str) -> Option<ObjectKind> {
    match section {
        "organisations" => Some(ObjectKind::Organisation),
        "contacts" => Some(ObjectKind::Contact),
        "forums" => Some(ObjectKind::Forum),
        "agreements" => Some(ObjectKind::Agreement),
        "assets" => Some(ObjectKind::Asset),
        "activities" => Some(ObjectKind::Activity),
        _ => None,
    }
}

impl WordedChanges {
    pub fn of(c: &Comparison, locale: Locale, name: Namer) -> WordedChanges {
        let title = locale.text_with(
            "changes-title",
            &[("old", c.old_name.into()), ("new", c.new_name.into())],
        );
        let mut names = |kind: Option<ObjectKind>, ids: &[String]| -> String {
            let named: Vec<String> = ids
                .iter()
                .map(|id| match kind {
                    Some(kind) => name(&ObjectRef::new(kind, id)),
                    None => id.clone(),
                })
                .collect();
            named.join(", ")
        };
        let mut sections = Vec::new();
        for section in c.model.sections.iter().filter(|s| !s.is_empty()) {
            let kind = section_kind(section.section);
            let mut parts = Vec::new();
            for (key, list) in [
                ("changes-added", &section.added),
                ("changes-removed", &section.removed),
                ("changes-changed", &section.changed),
            ] {
                if !list.is_empty() {
                    parts.push(locale.text_with(
                        key,
                        &[
                            ("count", list.len().into()),
                            ("ids", names(kind, list).into()),
                        ],
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
            sections.push(locale.text_with(
                "changes-section",
                &[
                    ("section", section.section.into()),
                    ("changes", parts.join("; ").into()),
                ],
            ));
        }
        let matrix = (!c.model.cells.is_empty())
            .then(|| locale.text_with("changes-matrix", &[("count", c.model.cells.len().into())]));
        let mut who = |orgs: &[String]| {
            if orgs.is_empty() {
                locale.text("changes-nobody")
            } else {
                names(Some(ObjectKind::Organisation), orgs)
            }
        };
        let cells = c
            .model
            .cells
            .iter()
            .map(|cell| {
                locale.text_with(
                    "changes-cell",
                    &[
                        ("threat", locale.label(cell.threat).into()),
                        ("phase", locale.label_in_sentence(cell.phase).into()),
                        ("before", who(&cell.before).into()),
                        ("after", who(&cell.after).into()),
                    ],
                )
            })
            .collect();
        let a = c.analysis;
        let mut moves = Vec::new();
        if a.maturity.moved() {
            moves.push(locale.text_with(
                "changes-maturity",
                &[
                    ("before", locale.label_in_sentence(a.maturity.before).into()),
                    ("after", locale.label_in_sentence(a.maturity.after).into()),
                ],
            ));
        }
        if a.approach.moved() {
            moves.push(locale.text_with(
                "changes-approach",
                &[
                    ("before", approach(locale, a.approach.before).into()),
                    ("after", approach(locale, a.approach.after).into()),
                ],
            ));
        }
        for (key, list) in [
            ("changes-focus-gained", &a.focus_areas_gained),
            ("changes-focus-lost", &a.focus_areas_lost),
        ] {
            if !list.is_empty() {
                moves.push(locale.text_with(key, &[("areas", areas(locale, list).into())]));
            }
        }
        let mut findings = Vec::new();
        for (key, list, analysis) in [
            ("changes-new-findings", &a.new_findings, c.new),
            ("changes-resolved-findings", &a.resolved_findings, c.old),
        ] {
            if list.is_empty() {
                continue;
            }
            findings.push(FindingGroup {
                heading: locale.text_with(key, &[("count", list.len().into())]),
                findings: list
                    .iter()
                    .filter_map(|id| Comparison::finding(analysis, id))
                    .map(|finding| FindingWords::of(finding, locale, name))
                    .collect(),
            });
        }
        WordedChanges {
            title,
            same: c.is_empty().then(|| locale.text("changes-none")),
            analysis_heading: locale.text("changes-analysis"),
            sections,
            matrix,
            cells,
            moves,
            findings,
        }
    }

    /// Whether the analysis moved at all.
    pub fn analysis_moved(&self) -> bool {
        !self.moves.is_empty() || !self.findings.is_empty()
    }
}

fn write_text(out: &mut String, words: &WordedChanges) -> std::fmt::Result {
    writeln!(out, "{}", words.title)?;
    if let Some(same) = &words.same {
        writeln!(out, "{same}")?;
        return Ok(());
    }
    for line in &words.sections {
        writeln!(out, "{line}")?;
    }
    if let Some(matrix) = &words.matrix {
        writeln!(out, "{matrix}")?;
        for cell in &words.cells {
            writeln!(out, "  {cell}")?;
        }
    }
    if !words.analysis_moved() {
        return Ok(());
    }
    writeln!(out, "{}", words.analysis_heading)?;
    for line in &words.moves {
        writeln!(out, "  {line}")?;
    }
    for group in &words.findings {
        writeln!(out, "  {}", group.heading)?;
        for finding in &group.findings {
            writeln!(
                out,
                "    {:<8} {}  ({})",
                finding.severity_label.to_uppercase(),
                finding.message,
                finding.id
            )?;
        }
    }
    Ok(())
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
