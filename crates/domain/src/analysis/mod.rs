//! The analysis of a collaboration model: where it has holes, what it shows in practice, how
//! mature it is, and which reference country it most resembles.
//!
//! The rules are documented, with their reasons, in docs/ANALYSIS.md.

mod agreements;
mod contacts;
mod critical_infrastructure;
mod evidence;
mod facts;
mod finding;
mod forums;
pub(crate) mod matrix;
#[cfg(test)]
mod properties;
mod reach;
mod recommendations;
mod sentence;
mod similarity;
pub mod wording;

pub use critical_infrastructure::{CriticalInfrastructure, Readiness, ReadinessCheck};
pub use evidence::{Approach, ApproachAssessment, Evidence, FocusAreaAssessment, Maturity};
pub use finding::{Finding, ObjectKind, ObjectRef, Rule, Severity};
pub use matrix::{GridCell, grid};
pub use recommendations::{RecommendationCheck, Status as RecommendationStatus};
pub use sentence::{Label, Sentence, Term, Wording};
pub use similarity::{Profile, Similarity};

use crate::catalogue::{CatalogueEntry, FocusArea};
use crate::model::Model;
use facts::Facts;
use serde::Serialize;
use time::Date;

/// How to analyse.
#[derive(Debug, Clone)]
pub struct AnalysisOptions {
    /// The date the analysis takes as today: for stale contacts and expired agreements.
    pub today: Date,
    /// Contacts verified longer ago than this are stale. Default 90 days.
    pub contact_max_age_days: i64,
    /// The reference countries to compare with.
    pub references: Vec<Profile>,
}

impl AnalysisOptions {
    pub const DEFAULT_CONTACT_MAX_AGE_DAYS: i64 = 90;

    pub fn new(today: Date) -> Self {
        AnalysisOptions {
            today,
            contact_max_age_days: Self::DEFAULT_CONTACT_MAX_AGE_DAYS,
            references: Vec::new(),
        }
    }
}

/// Counts that describe the model and the findings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub organisations: usize,
    pub contacts: Option<usize>,
    pub forums: Option<usize>,
    pub agreements: Option<usize>,
    pub assets: Option<usize>,
    pub responsibilities: Option<usize>,
    pub activities: Option<usize>,
    /// Cells of the responsibility matrix: asset x phase in use x threat that can hit it.
    pub matrix_cells: u64,
    pub gap_cells: u64,
    pub overlap_cells: u64,
    /// Findings by severity, from info to critical.
    pub findings: FindingCounts,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct FindingCounts {
    pub info: usize,
    pub low: usize,
    pub medium: usize,
    pub high: usize,
    pub critical: usize,
}

impl FindingCounts {
    fn count(findings: &[Finding]) -> Self {
        let mut counts = FindingCounts::default();
        for finding in findings {
            *match finding.severity {
                Severity::Info => &mut counts.info,
                Severity::Low => &mut counts.low,
                Severity::Medium => &mut counts.medium,
                Severity::High => &mut counts.high,
                Severity::Critical => &mut counts.critical,
            } += 1;
        }
        counts
    }
}

/// Everything the analysis found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    pub jurisdiction: String,
    pub code: Option<String>,
    pub as_of: String,
    pub summary: Summary,
    /// Most severe first; within a severity, by rule and id.
    pub findings: Vec<Finding>,
    /// Focus areas the model shows in practice, in the publication's order.
    pub focus_areas: Vec<FocusArea>,
    pub focus_area_assessments: Vec<FocusAreaAssessment>,
    pub approach: Option<Approach>,
    pub approach_evidence: ApproachAssessment,
    pub maturity: Maturity,
    pub critical_infrastructure: CriticalInfrastructure,
    pub recommendations: Vec<RecommendationCheck>,
    pub similar_countries: Vec<Similarity>,
}

impl Analysis {
    /// Whether any finding is at or above `severity`.
    pub fn has_findings_at_or_above(&self, severity: Severity) -> bool {
        self.findings.iter().any(|f| f.severity >= severity)
    }
}

/// Analyses a model.
pub fn analyse(model: &Model, options: &AnalysisOptions) -> Analysis {
    let facts = Facts::gather(model, options.today);
    let mut findings = Vec::new();

    match (&model.responsibilities, &model.assets) {
        (crate::Knowable::Unknown, _) => findings.push(Finding::new(
            Rule::ResponsibilityMatrixUnknown,
            "",
            vec![ObjectRef::new(
                ObjectKind::Jurisdiction,
                &model.jurisdiction.name,
            )],
            Sentence::plain(&wording::MATRIX_UNKNOWN),
        )),
        (_, crate::Knowable::Unknown) => findings.push(Finding::new(
            Rule::AssetRegisterUnknown,
            "",
            vec![ObjectRef::new(
                ObjectKind::Jurisdiction,
                &model.jurisdiction.name,
            )],
            Sentence::plain(&wording::ASSETS_UNKNOWN),
        )),
        (_, crate::Knowable::Known(assets)) if assets.is_empty() => findings.push(Finding::new(
            Rule::AssetRegisterEmpty,
            "",
            vec![ObjectRef::new(
                ObjectKind::Jurisdiction,
                &model.jurisdiction.name,
            )],
            Sentence::plain(&wording::ASSETS_EMPTY),
        )),
        _ => findings.extend(facts.matrix.findings(model)),
    }
    findings.extend(contacts::check(&facts, options.contact_max_age_days));
    findings.extend(forums::check(&facts));
    findings.extend(agreements::check(&facts));
    findings.extend(reach::check(&facts));

    let areas = evidence::focus_areas(&facts);
    let maturity = evidence::maturity(&areas);
    if let Some(next) = maturity.next {
        findings.push(Finding::new(
            Rule::MaturityNextLevel,
            next.id(),
            vec![ObjectRef::new(
                ObjectKind::FocusArea,
                next.focus_area().map_or("", |a| a.id()),
            )],
            Sentence::new(
                &wording::NEXT_LEVEL,
                vec![
                    ("rung", Term::number(maturity.rung)),
                    ("level", Term::label(maturity.level)),
                    ("next_rung", Term::number(next.rung())),
                    ("next_level", Term::label(next)),
                    ("missing", Sentence::all(&maturity.missing_for_next)),
                ],
            ),
        ));
    }
    let approach = evidence::approach(&facts);
    let critical_infrastructure =
        critical_infrastructure::assess(&facts, &areas, &maturity, &mut findings);
    let recommendations = recommendations::check(&facts, &areas, &maturity, &approach);
    findings.extend(recommendations::findings(&recommendations));

    findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| a.rule.cmp(b.rule))
            .then_with(|| a.id.cmp(&b.id))
    });

    let own_profile = profile_from(&facts, &areas, &approach);
    let similar_countries = similarity::most_similar(&own_profile, &options.references, 3);

    let count = |known: bool, n: usize| known.then_some(n);
    let summary = Summary {
        organisations: model.organisations.len(),
        contacts: count(!model.contacts.is_unknown(), model.contacts.items().len()),
        forums: count(!model.forums.is_unknown(), model.forums.items().len()),
        agreements: count(
            !model.agreements.is_unknown(),
            model.agreements.items().len(),
        ),
        assets: count(!model.assets.is_unknown(), model.assets.items().len()),
        responsibilities: count(
            !model.responsibilities.is_unknown(),
            model.responsibilities.items().len(),
        ),
        activities: count(
            !model.activities.is_unknown(),
            model.activities.items().len(),
        ),
        matrix_cells: facts.matrix.cells,
        gap_cells: facts.matrix.gap_cells,
        overlap_cells: facts.matrix.overlap_cells,
        findings: FindingCounts::count(&findings),
    };
    Analysis {
        jurisdiction: model.jurisdiction.name.clone(),
        code: model.jurisdiction.code.clone(),
        as_of: options.today.to_string(),
        summary,
        findings,
        focus_areas: evidence::shown_ids(&areas),
        focus_area_assessments: areas,
        approach: approach.approach,
        approach_evidence: approach,
        maturity,
        critical_infrastructure,
        recommendations,
        similar_countries,
    }
}

/// The similarity profile of a model, as used for the reference countries.
pub fn profile(model: &Model, today: Date) -> Profile {
    let facts = Facts::gather(model, today);
    let areas = evidence::focus_areas(&facts);
    let approach = evidence::approach(&facts);
    profile_from(&facts, &areas, &approach)
}

fn profile_from(
    facts: &Facts,
    areas: &[FocusAreaAssessment],
    approach: &ApproachAssessment,
) -> Profile {
    let model = facts.model;
    let (state_kinds, non_state_kinds) = similarity::kinds(model, &facts.involved);
    Profile {
        code: model.jurisdiction.code.clone().unwrap_or_default(),
        name: model.jurisdiction.name.clone(),
        administration: model.jurisdiction.administration,
        critical_infrastructure: model.jurisdiction.critical_infrastructure,
        focus_areas: evidence::shown_ids(areas).into_iter().collect(),
        approach: approach.approach,
        state_kinds,
        non_state_kinds,
        agreement_kinds: model.agreements.items().iter().map(|a| a.kind).collect(),
        activity_kinds: model.activities.items().iter().map(|a| a.kind).collect(),
        forums: model.forums.items().len(),
    }
}
