//! Similarity to the reference countries of the publication: which model a country's
//! collaboration most resembles, and what those countries have that it lacks.

use super::evidence::Approach;
use super::sentence::{Sentence, Term, Wording};
use super::wording;
use crate::Knowable;
use crate::catalogue::{
    ActivityKind, Administration, AgreementKind, CatalogueEntry, CatalogueSet,
    CriticalInfrastructureStatus, FocusArea, OrganisationKind, Sector,
};
use serde::Serialize;

/// The features of a collaboration model that similarity is measured on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Profile {
    pub code: String,
    pub name: String,
    pub administration: Knowable<Administration>,
    pub critical_infrastructure: Knowable<CriticalInfrastructureStatus>,
    pub focus_areas: CatalogueSet<FocusArea>,
    pub approach: Option<Approach>,
    pub state_kinds: CatalogueSet<OrganisationKind>,
    pub non_state_kinds: CatalogueSet<OrganisationKind>,
    pub agreement_kinds: CatalogueSet<AgreementKind>,
    pub activity_kinds: CatalogueSet<ActivityKind>,
    pub forums: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Similarity {
    pub code: String,
    pub name: String,
    /// 0 (nothing in common) to 1 (the same on every feature both record).
    pub score: f64,
    pub shared: Vec<Sentence>,
    /// What the reference has that the model lacks.
    pub they_have: Vec<Sentence>,
}

/// 0, 1, 2–3 or 4 and more forums: one task force and many small groups are different models.
fn forum_bucket(forums: usize) -> u8 {
    match forums {
        0 => 0,
        1 => 1,
        2 | 3 => 2,
        _ => 3,
    }
}

fn jaccard<T: CatalogueEntry>(a: CatalogueSet<T>, b: CatalogueSet<T>) -> Option<f64> {
    let union = a.union(b).len();
    (union > 0).then(|| a.intersection(b).len() as f64 / union as f64)
}

fn same<T: PartialEq>(a: &Knowable<T>, b: &Knowable<T>) -> Option<f64> {
    match (a, b) {
        (Knowable::Known(x), Knowable::Known(y)) => Some(if x == y { 1.0 } else { 0.0 }),
        _ => None,
    }
}

/// Weighted mean of the features both profiles record. Focus areas weigh most: they are what
/// the collaboration does; who takes part comes next.
pub fn score(a: &Profile, b: &Profile) -> f64 {
    let features: [(f64, Option<f64>); 9] = [
        (3.0, jaccard(a.focus_areas, b.focus_areas)),
        (2.0, jaccard(a.state_kinds, b.state_kinds)),
        (2.0, jaccard(a.non_state_kinds, b.non_state_kinds)),
        (1.0, jaccard(a.agreement_kinds, b.agreement_kinds)),
        (1.0, jaccard(a.activity_kinds, b.activity_kinds)),
        (
            1.5,
            match (a.approach, b.approach) {
                (Some(x), Some(y)) => Some(if x == y {
                    1.0
                } else if x == Approach::Mixed || y == Approach::Mixed {
                    0.5
                } else {
                    0.0
                }),
                _ => None,
            },
        ),
        (1.0, same(&a.administration, &b.administration)),
        (
            1.0,
            same(&a.critical_infrastructure, &b.critical_infrastructure),
        ),
        (
            1.0,
            Some(if forum_bucket(a.forums) == forum_bucket(b.forums) {
                1.0
            } else {
                0.0
            }),
        ),
    ];
    let (mut total, mut weight) = (0.0, 0.0);
    for (w, value) in features {
        if let Some(v) = value {
            total += w * v;
            weight += w;
        }
    }
    if weight == 0.0 { 0.0 } else { total / weight }
}

/// "agencies: police, CERT".
fn they_have_kinds<E: CatalogueEntry>(
    wording: &'static Wording,
    kinds: CatalogueSet<E>,
) -> Sentence {
    Sentence::new(wording, vec![("kinds", Term::labels(kinds.iter()))])
}

/// The `count` references most like `model`, best first; a reference with the model's own code
/// is left out.
pub fn most_similar(model: &Profile, references: &[Profile], count: usize) -> Vec<Similarity> {
    let mut scored: Vec<(f64, &Profile)> = references
        .iter()
        .filter(|r| r.code.is_empty() || !r.code.eq_ignore_ascii_case(&model.code))
        .map(|r| (score(model, r), r))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.code.cmp(&b.1.code)));
    scored
        .into_iter()
        .take(count)
        .map(|(score, r)| {
            let mut shared = Vec::new();
            let common_areas = model.focus_areas.intersection(r.focus_areas);
            if !common_areas.is_empty() {
                shared.push(Sentence::new(
                    &wording::SHARED_AREAS,
                    vec![("areas", Term::labels(common_areas.iter()))],
                ));
            }
            if let (Some(a), Some(b)) = (model.approach, r.approach)
                && a == b
            {
                shared.push(Sentence::plain(match a {
                    Approach::Horizontal => &wording::SHARED_APPROACH_HORIZONTAL,
                    Approach::Vertical => &wording::SHARED_APPROACH_VERTICAL,
                    Approach::Mixed => &wording::SHARED_APPROACH_MIXED,
                }));
            }
            if same(&model.administration, &r.administration) == Some(1.0)
                && let Knowable::Known(a) = r.administration
            {
                shared.push(Sentence::new(
                    &wording::SHARED_ADMINISTRATION,
                    vec![("administration", Term::label(a))],
                ));
            }
            let mut they_have = Vec::new();
            let areas = r.focus_areas.difference(model.focus_areas);
            if !areas.is_empty() {
                they_have.push(Sentence::new(
                    &wording::SHARED_AREAS,
                    vec![("areas", Term::labels(areas.iter()))],
                ));
            }
            let state = r.state_kinds.difference(model.state_kinds);
            if !state.is_empty() {
                they_have.push(they_have_kinds(&wording::THEY_HAVE_AGENCIES, state));
            }
            let non_state = r.non_state_kinds.difference(model.non_state_kinds);
            if !non_state.is_empty() {
                they_have.push(they_have_kinds(&wording::THEY_HAVE_NON_STATE, non_state));
            }
            let agreements = r.agreement_kinds.difference(model.agreement_kinds);
            if !agreements.is_empty() {
                they_have.push(they_have_kinds(&wording::THEY_HAVE_AGREEMENTS, agreements));
            }
            let designated = |p: &Profile| {
                p.critical_infrastructure
                    == Knowable::Known(CriticalInfrastructureStatus::Designated)
            };
            if designated(r) && !designated(model) {
                they_have.push(Sentence::plain(&wording::THEY_HAVE_DESIGNATION));
            }
            if r.forums > model.forums {
                they_have.push(Sentence::new(
                    &wording::THEY_HAVE_FORUMS,
                    vec![
                        ("count", Term::number(r.forums)),
                        ("yours", Term::number(model.forums)),
                    ],
                ));
            }
            Similarity {
                code: r.code.clone(),
                name: r.name.clone(),
                score: (score * 100.0).round() / 100.0,
                shared,
                they_have,
            }
        })
        .collect()
}

/// The kinds of organisations that take part, split by sector.
pub(crate) fn kinds(
    model: &crate::model::Model,
    involved: &[bool],
) -> (
    CatalogueSet<OrganisationKind>,
    CatalogueSet<OrganisationKind>,
) {
    let mut state = CatalogueSet::empty();
    let mut non_state = CatalogueSet::empty();
    for id in model.org_ids() {
        let org = model.organisation(id);
        // Every listed state body counts; non-state ones only if they take part.
        match org.sector {
            Sector::State => state.insert(org.kind),
            Sector::NonState if involved[id.index()] || model.forums.is_unknown() => {
                non_state.insert(org.kind)
            }
            Sector::NonState => {}
        }
    }
    (state, non_state)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(code: &str, areas: &[FocusArea]) -> Profile {
        Profile {
            code: code.to_owned(),
            name: code.to_owned(),
            administration: Knowable::Known(Administration::Centralized),
            critical_infrastructure: Knowable::Unknown,
            focus_areas: areas.iter().copied().collect(),
            approach: Some(Approach::Horizontal),
            state_kinds: [OrganisationKind::Emb, OrganisationKind::Cert]
                .into_iter()
                .collect(),
            non_state_kinds: CatalogueSet::empty(),
            agreement_kinds: CatalogueSet::empty(),
            activity_kinds: CatalogueSet::empty(),
            forums: 1,
        }
    }

    #[test]
    fn identical_profiles_score_one_and_differences_lower_it() {
        let a = profile("A", &[FocusArea::CommunicationDirectory]);
        assert_eq!(score(&a, &a), 1.0);
        let b = profile("B", &[FocusArea::JointExercises]);
        assert!(score(&a, &b) < 1.0);
    }

    #[test]
    fn the_closest_reference_comes_first_and_names_what_it_has() {
        let model = profile("X", &[FocusArea::CommunicationDirectory]);
        let near = profile(
            "NEAR",
            &[
                FocusArea::CommunicationDirectory,
                FocusArea::JointRiskAssessment,
            ],
        );
        let far = profile("FAR", &[FocusArea::JointExercises]);
        let own = profile("X", &[FocusArea::CommunicationDirectory]);
        let result = most_similar(&model, &[far, near, own], 5);
        assert_eq!(result.len(), 2, "the model's own code is left out");
        assert_eq!(result[0].code, "NEAR");
        assert!(
            result[0].they_have[0]
                .to_string()
                .contains("joint risk assessment")
        );
    }
}
