//! Joint risk assessment: the documented 1–5 scales of likelihood and impact, scores and bands,
//! how far the agencies' own assessments of one risk agree, and the register seeded from the
//! catalogue (which threats act on which technology, in which phase).

use crate::catalogue::{CatalogueEntry, Phase, ThreatKind};
use crate::model::{AssetId, Model};
use serde::Serialize;

/// One step of a 1–5 scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Rating(u8);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RiskError {
    #[error("{scale} is rated from 1 to 5, not {given}")]
    OutOfScale { scale: &'static str, given: i64 },
    #[error(
        "the residual {0} cannot be higher than the inherent one: treatment does not make a risk worse"
    )]
    ResidualAboveInherent(&'static str),
}

impl Rating {
    pub const MIN: Rating = Rating(1);
    pub const MAX: Rating = Rating(5);

    pub fn new(scale: &'static str, given: i64) -> Result<Rating, RiskError> {
        match u8::try_from(given) {
            Ok(v @ 1..=5) => Ok(Rating(v)),
            _ => Err(RiskError::OutOfScale { scale, given }),
        }
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

/// The likelihood scale, as the register explains it: (label, meaning).
pub const LIKELIHOOD: [(&str, &str); 5] = [
    (
        "Rare",
        "Not expected in this election; only in exceptional circumstances.",
    ),
    (
        "Unlikely",
        "Could happen in this election, but there is no sign of intent or capability.",
    ),
    (
        "Possible",
        "Has happened in comparable elections, or an actor with the capability has shown interest.",
    ),
    (
        "Likely",
        "Expected at some point in the cycle; attempts have been seen or reported.",
    ),
    (
        "Almost certain",
        "Already happening, or expected with near certainty in this election.",
    ),
];

/// The impact scale, in electoral terms: (label, meaning).
pub const IMPACT: [(&str, &str); 5] = [
    (
        "Negligible",
        "No effect on the conduct of the election or on trust; handled in normal work.",
    ),
    (
        "Minor",
        "A local disruption or a short outage, put right without public notice.",
    ),
    (
        "Moderate",
        "Voters or offices of a region affected, or public attention that needs an official answer.",
    ),
    (
        "Major",
        "A phase delayed or its results in doubt nationally; lasting damage to trust.",
    ),
    (
        "Severe",
        "The election cannot be held or its result cannot be trusted; recounts, reruns or annulment.",
    ),
];

impl Rating {
    pub fn likelihood_label(self) -> &'static str {
        LIKELIHOOD[usize::from(self.0 - 1)].0
    }

    pub fn impact_label(self) -> &'static str {
        IMPACT[usize::from(self.0 - 1)].0
    }
}

/// How bad a score is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskBand {
    /// Scores 1–4: accepted and watched.
    Low,
    /// Scores 5–9: treated in the normal course of preparation.
    Medium,
    /// Scores 10–14: treated before the election period, with an owner and a date.
    High,
    /// Scores 15–25: treated now, and followed by the coordinators.
    Critical,
}

impl RiskBand {
    pub fn of(score: u8) -> RiskBand {
        match score {
            0..=4 => RiskBand::Low,
            5..=9 => RiskBand::Medium,
            10..=14 => RiskBand::High,
            _ => RiskBand::Critical,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            RiskBand::Low => "low",
            RiskBand::Medium => "medium",
            RiskBand::High => "high",
            RiskBand::Critical => "critical",
        }
    }
}

/// Likelihood and impact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Estimate {
    pub likelihood: Rating,
    pub impact: Rating,
}

impl Estimate {
    /// Likelihood × impact, 1 to 25.
    pub fn score(self) -> u8 {
        self.likelihood.0 * self.impact.0
    }

    pub fn band(self) -> RiskBand {
        RiskBand::of(self.score())
    }
}

/// One agency's view of a risk: before treatment, and after the treatment in place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgencyView {
    pub organisation: String,
    pub inherent: Estimate,
    pub residual: Option<Estimate>,
}

impl AgencyView {
    /// Checks that the residual estimate is not above the inherent one.
    pub fn check(&self) -> Result<(), RiskError> {
        if let Some(residual) = self.residual {
            if residual.likelihood > self.inherent.likelihood {
                return Err(RiskError::ResidualAboveInherent("likelihood"));
            }
            if residual.impact > self.inherent.impact {
                return Err(RiskError::ResidualAboveInherent("impact"));
            }
        }
        Ok(())
    }
}

/// What the agencies' views of one risk amount to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Consensus {
    /// The median likelihood and the median impact (the graver middle for an even count).
    pub inherent: Estimate,
    pub residual: Option<Estimate>,
    /// The lowest and the highest inherent score given.
    pub lowest: u8,
    pub highest: u8,
    /// The agencies disagree when their inherent scores fall two or more bands apart, or their
    /// likelihoods or impacts differ by two or more steps.
    pub disagreement: bool,
    pub views: usize,
}

/// The middle rating; of an even count, the graver of the two middles, so that an even split
/// between agencies does not play a risk down (the disagreement flag shows the split).
fn median(mut values: Vec<Rating>) -> Rating {
    values.sort();
    values[values.len() / 2]
}

/// The joint view of a risk, or `None` when no agency assessed it.
pub fn consensus(views: &[AgencyView]) -> Option<Consensus> {
    if views.is_empty() {
        return None;
    }
    let estimate = |pick: &dyn Fn(&AgencyView) -> Option<Estimate>| {
        let given: Vec<Estimate> = views.iter().filter_map(pick).collect();
        (!given.is_empty()).then(|| Estimate {
            likelihood: median(given.iter().map(|e| e.likelihood).collect()),
            impact: median(given.iter().map(|e| e.impact).collect()),
        })
    };
    let inherent = estimate(&|v| Some(v.inherent))?;
    let residual = estimate(&|v| v.residual);
    let scores: Vec<u8> = views.iter().map(|v| v.inherent.score()).collect();
    let spread = |f: &dyn Fn(&AgencyView) -> u8| {
        let values: Vec<u8> = views.iter().map(f).collect();
        values.iter().max().copied().unwrap_or(0) - values.iter().min().copied().unwrap_or(0)
    };
    let bands = views
        .iter()
        .map(|v| v.inherent.band() as i8)
        .fold((i8::MAX, i8::MIN), |(lo, hi), b| (lo.min(b), hi.max(b)));
    Some(Consensus {
        inherent,
        residual,
        lowest: scores.iter().min().copied().unwrap_or(0),
        highest: scores.iter().max().copied().unwrap_or(0),
        disagreement: bands.1 - bands.0 >= 2
            || spread(&|v| v.inherent.likelihood.0) >= 2
            || spread(&|v| v.inherent.impact.0) >= 2,
        views: views.len(),
    })
}

/// A risk the catalogue says applies: a threat acting on an asset of the register in the phase
/// where the asset matters most.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RiskSeed {
    pub threat: ThreatKind,
    pub asset: AssetId,
    pub phase: Phase,
}

/// The phase of an asset's use where a failure does the most harm: polling day and the results
/// first, then the phases closest to them.
fn decisive_phase(phases: impl Iterator<Item = Phase>) -> Option<Phase> {
    const ORDER: [Phase; 8] = [
        Phase::Voting,
        Phase::ResultsPublication,
        Phase::Tabulation,
        Phase::Counting,
        Phase::VoterRegistration,
        Phase::CandidateNomination,
        Phase::Campaign,
        Phase::Disputes,
    ];
    let phases: Vec<Phase> = phases.collect();
    ORDER
        .iter()
        .copied()
        .find(|p| phases.contains(p))
        .or_else(|| phases.first().copied())
}

/// The register the catalogue suggests for a model: for every asset, every threat that acts on
/// its kind, in the asset's decisive phase.
pub fn seed(model: &Model) -> Vec<RiskSeed> {
    let mut seeds = Vec::new();
    for (index, asset) in model.assets.items().iter().enumerate() {
        let Some(phase) = decisive_phase(asset.phases.iter()) else {
            continue;
        };
        for threat in ThreatKind::ALL {
            if threat.targets().contains(asset.kind) {
                seeds.push(RiskSeed {
                    threat: *threat,
                    asset: AssetId(index as u32),
                    phase,
                });
            }
        }
    }
    seeds
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(org: &str, l: i64, i: i64) -> AgencyView {
        AgencyView {
            organisation: org.into(),
            inherent: Estimate {
                likelihood: Rating::new("likelihood", l).unwrap(),
                impact: Rating::new("impact", i).unwrap(),
            },
            residual: None,
        }
    }

    #[test]
    fn scores_and_bands_follow_the_documented_scale() {
        assert_eq!(view("a", 1, 1).inherent.score(), 1);
        assert_eq!(view("a", 5, 5).inherent.score(), 25);
        assert_eq!(view("a", 2, 2).inherent.band(), RiskBand::Low);
        assert_eq!(view("a", 3, 3).inherent.band(), RiskBand::Medium);
        assert_eq!(view("a", 4, 3).inherent.band(), RiskBand::High);
        assert_eq!(view("a", 5, 3).inherent.band(), RiskBand::Critical);
        assert!(Rating::new("likelihood", 0).is_err());
        assert!(Rating::new("impact", 6).is_err());
        assert!(Rating::new("impact", -300).is_err());
        assert_eq!(Rating::MAX.likelihood_label(), "Almost certain");
        assert_eq!(Rating::MIN.impact_label(), "Negligible");
    }

    #[test]
    fn agencies_agree_or_disagree_and_the_median_is_the_joint_view() {
        assert_eq!(consensus(&[]), None);
        let close = consensus(&[view("cec", 3, 4), view("cert", 4, 4)]).unwrap();
        assert!(!close.disagreement);
        assert_eq!(close.inherent.score(), 16, "the graver middle of 3 and 4");
        let split = consensus(&[view("cec", 5, 4), view("cert", 2, 3)]).unwrap();
        assert!(split.disagreement);
        assert_eq!(
            split.inherent.score(),
            20,
            "an even split is not played down"
        );
        let apart = consensus(&[view("cec", 2, 2), view("cert", 4, 4), view("nss", 5, 4)]).unwrap();
        assert!(apart.disagreement);
        assert_eq!((apart.lowest, apart.highest), (4, 20));
        assert_eq!(apart.inherent.score(), 16, "median 4 × median 4");
    }

    #[test]
    fn residual_risk_is_never_above_inherent() {
        let mut v = view("cec", 3, 3);
        v.residual = Some(Estimate {
            likelihood: Rating(4),
            impact: Rating(2),
        });
        assert_eq!(
            v.check(),
            Err(RiskError::ResidualAboveInherent("likelihood"))
        );
        v.residual = Some(Estimate {
            likelihood: Rating(2),
            impact: Rating(2),
        });
        assert_eq!(v.check(), Ok(()));
    }

    #[test]
    fn the_decisive_phase_is_polling_day_first() {
        assert_eq!(
            decisive_phase([Phase::Campaign, Phase::Voting, Phase::Counting].into_iter()),
            Some(Phase::Voting)
        );
        assert_eq!(
            decisive_phase([Phase::Planning].into_iter()),
            Some(Phase::Planning)
        );
        assert_eq!(decisive_phase(std::iter::empty()), None);
    }
}
