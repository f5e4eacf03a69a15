//! The analysis worded in a reader's language: every sentence, status and count as the
//! reports and the analysis page show them. One wording for all of them, so the command line's
//! reports and the platform's page say the same thing in the same words.

use liaison_domain::analysis::{
    Analysis, Finding, ObjectRef, Readiness, RecommendationStatus, Rule, Sentence,
};
use liaison_domain::catalogue::CatalogueEntry;
use liaison_locale::Locale;

/// How the objects a sentence names are written: a page gives names, a report quoted keys.
pub type Namer<'a> = &'a mut dyn FnMut(&ObjectRef) -> String;

/// The command line's way of naming an object: its key, quoted, as in the model files.
pub fn quoted_key(object: &ObjectRef) -> String {
    format!("'{}'", object.id)
}

/// Everything but the findings, worded.
#[derive(Debug, Clone)]
pub struct Worded {
    pub summary: Vec<String>,
    pub matrix: Option<String>,
    /// "Level 6 of 7: independent assurance."
    pub level: String,
    /// What the next level needs, as a sentence.
    pub next: Option<String>,
    pub areas: Vec<AreaWords>,
    pub approach: String,
    /// How the signs decide the approach.
    pub approach_reason: String,
    pub horizontal: Vec<String>,
    pub vertical: Vec<String>,
    /// "Under consideration; readiness not applicable."
    pub critical_infrastructure: String,
    pub checks: Vec<String>,
    pub recommendations: Vec<RecommendationWords>,
    pub similar: Vec<SimilarWords>,
}

/// A focus area: shown with its evidence, or what would show it.
#[derive(Debug, Clone)]
pub struct AreaWords {
    pub id: &'static str,
    pub label: String,
    pub shown: bool,
    pub evidence: Vec<String>,
    pub missing: String,
}

#[derive(Debug, Clone)]
pub struct RecommendationWords {
    pub number: u8,
    pub title: String,
    pub status: RecommendationStatus,
    pub status_label: String,
    /// `ok`, `part`, `bad` or `unknown`: how a page colours the status.
    pub class: &'static str,
    pub evidence: String,
}

#[derive(Debug, Clone)]
pub struct SimilarWords {
    pub name: String,
    pub code: String,
    pub score: String,
    pub they_have: Option<String>,
}

/// A finding, worded.
#[derive(Debug, Clone)]
pub struct FindingWords {
    pub id: String,
    pub severity: &'static str,
    pub severity_label: String,
    pub title: String,
    pub message: String,
    pub remedy: String,
}

impl Worded {
    pub fn of(a: &Analysis, locale: Locale, name: Namer) -> Worded {
        let mut one = |sentence: &Sentence| locale.sentence(sentence, name);
        let s = &a.summary;
        let count = |noun: &str, n: Option<usize>| match n {
            Some(n) => locale.text_with(&format!("analysis-count-{noun}"), &[("count", n.into())]),
            None => locale.text(&format!("analysis-unrecorded-{noun}")),
        };
        let summary = vec![
            count("organisations", Some(s.organisations)),
            count("contacts", s.contacts),
            count("forums", s.forums),
            count("agreements", s.agreements),
            count("assets", s.assets),
            count("responsibilities", s.responsibilities),
            count("activities", s.activities),
        ];
        let m = &a.maturity;
        let next = m.next.map(|n| {
            let missing = m
                .missing_for_next
                .iter()
                .map(&mut one)
                .collect::<Vec<_>>()
                .join(&locale.text("sentence-separator"));
            locale.text_with(
                "analysis-next-level",
                &[
                    ("rung", n.rung().into()),
                    ("label", locale.label_in_sentence(n).into()),
                    ("missing", missing.into()),
                ],
            )
        });
        let joined = |items: Vec<String>| items.join(&locale.text("sentence-separator"));
        let areas = a
            .focus_area_assessments
            .iter()
            .map(|area| AreaWords {
                id: area.area.id(),
                label: locale.label(area.area),
                shown: area.shown,
                evidence: area.evidence.iter().map(|e| one(&e.text)).collect(),
                missing: joined(area.missing.iter().map(&mut one).collect()),
            })
            .collect();
        let ci = &a.critical_infrastructure;
        let checks = ci
            .checks
            .iter()
            .map(|c| {
                let met = locale.text(match c.met {
                    Some(true) => "analysis-check-met",
                    Some(false) => "analysis-check-not-met",
                    None => "analysis-unknown",
                });
                locale.text_with(
                    "analysis-check",
                    &[
                        ("check", one(&c.check).into()),
                        ("met", met.into()),
                        ("evidence", one(&c.evidence).into()),
                    ],
                )
            })
            .collect();
        let recommendations = a
            .recommendations
            .iter()
            .map(|r| {
                let (status, class) = match r.status {
                    RecommendationStatus::Met => ("analysis-status-met", "ok"),
                    RecommendationStatus::Partly => ("analysis-status-partly", "part"),
                    RecommendationStatus::NotMet => ("analysis-status-not-met", "bad"),
                    RecommendationStatus::Unknown => ("analysis-unknown", "unknown"),
                };
                RecommendationWords {
                    number: r.number,
                    title: one(&r.title),
                    status: r.status,
                    status_label: locale.text(status),
                    class,
                    evidence: joined(r.evidence.iter().map(&mut one).collect()),
                }
            })
            .collect();
        let similar = a
            .similar_countries
            .iter()
            .map(|c| SimilarWords {
                name: c.name.clone(),
                code: c.code.clone(),
                score: locale.text_with(
                    "analysis-similarity",
                    &[("score", format!("{:.2}", c.score).into())],
                ),
                they_have: (!c.they_have.is_empty()).then(|| {
                    locale.text_with(
                        "analysis-they-have",
                        &[(
                            "what",
                            joined(c.they_have.iter().map(&mut one).collect()).into(),
                        )],
                    )
                }),
            })
            .collect();
        let approach = &a.approach_evidence;
        Worded {
            summary,
            matrix: (s.matrix_cells > 0).then(|| {
                locale.text_with(
                    "analysis-matrix-cells",
                    &[
                        ("cells", s.matrix_cells.into()),
                        ("gaps", s.gap_cells.into()),
                        ("overlaps", s.overlap_cells.into()),
                    ],
                )
            }),
            level: locale.text_with(
                "analysis-level",
                &[
                    ("rung", m.rung.into()),
                    ("label", locale.label(m.level).into()),
                ],
            ),
            next,
            areas,
            approach: locale.text(&format!(
                "analysis-approach-{}",
                a.approach.map_or("undetermined", |x| x.id())
            )),
            approach_reason: one(&approach.reason),
            horizontal: approach.horizontal.iter().map(|e| one(&e.text)).collect(),
            vertical: approach.vertical.iter().map(|e| one(&e.text)).collect(),
            critical_infrastructure: locale.text_with(
                "analysis-ci-status",
                &[
                    (
                        "status",
                        ci.status
                            .known()
                            .map_or_else(|| locale.text("analysis-unknown"), |s| locale.label(*s))
                            .into(),
                    ),
                    ("readiness", readiness(ci.readiness, locale).into()),
                ],
            ),
            checks,
            recommendations,
            similar,
        }
    }
}

fn readiness(readiness: Readiness, locale: Locale) -> String {
    locale.text(match readiness {
        Readiness::Ready => "analysis-readiness-ready",
        Readiness::Partly => "analysis-readiness-partly",
        Readiness::NotReady => "analysis-readiness-not-ready",
        Readiness::NotApplicable => "analysis-readiness-not-applicable",
        Readiness::Unknown => "analysis-unknown",
    })
}

impl FindingWords {
    pub fn of(finding: &Finding, locale: Locale, name: Namer) -> FindingWords {
        let rule = Rule::from_id(finding.rule);
        FindingWords {
            id: finding.id.clone(),
            severity: finding.severity.id(),
            severity_label: locale.text(&format!("severity-{}", finding.severity.id())),
            title: rule.map_or_else(|| finding.title.to_owned(), |r| locale.rule_title(r)),
            message: locale.sentence(&finding.message, name),
            remedy: rule.map_or_else(|| finding.remedy.to_owned(), |r| locale.rule_remedy(r)),
        }
    }
}

/// The counts of findings by severity: "1 critical, 4 high, 9 medium, 3 low, 2 info."
pub fn finding_counts(a: &Analysis, locale: Locale) -> String {
    let c = &a.summary.findings;
    format!(
        "{} {}",
        locale.text_with(
            "analysis-counts-top",
            &[
                ("critical", c.critical.into()),
                ("high", c.high.into()),
                ("medium", c.medium.into()),
            ],
        ),
        locale.text_with(
            "analysis-counts-rest",
            &[("low", c.low.into()), ("info", c.info.into())],
        )
    )
}
