//! The cyber-hygiene self-assessment: the six failings that generic attacks exploit, as the
//! publication lists them, each answered on a four-step scale; the score; and who may compare
//! an organisation's result, as the organisation chose.

use serde::Serialize;

/// The six aspects, in the publication's order: (id, question).
pub const ASPECTS: [(&str, &str); 6] = [
    (
        "training",
        "Users are trained and aware of how to keep systems healthy and safe online.",
    ),
    (
        "maintenance",
        "Technology is up to date; testing and maintenance are regular.",
    ),
    (
        "procedures",
        "Procedures and security principles keep pace with new threats.",
    ),
    (
        "separation",
        "Internal systems are separated from Internet-connected ones.",
    ),
    (
        "screening",
        "Staff with access to confidential systems are screened and their access monitored.",
    ),
    (
        "proportionate_defence",
        "Defences are proportionate to a determined, well-resourced attacker.",
    ),
];

/// The answer scale: (label, meaning).
pub const LEVELS: [(&str, &str); 4] = [
    ("Not in place", "Nothing is done about it yet."),
    (
        "Started",
        "Some steps are taken, not yet for everyone or everything.",
    ),
    (
        "Mostly",
        "In place for most people and systems; gaps are known.",
    ),
    ("In place", "In place everywhere, written down and checked."),
];

/// Who may see an organisation's result beside others'.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HygieneSharing {
    /// Only the organisation itself.
    Own,
    /// The organisation and the platform's coordinators.
    Coordinators,
    /// Every member organisation.
    Members,
}

impl HygieneSharing {
    pub fn id(self) -> &'static str {
        match self {
            HygieneSharing::Own => "own",
            HygieneSharing::Coordinators => "coordinators",
            HygieneSharing::Members => "members",
        }
    }

    pub fn parse(text: &str) -> Option<HygieneSharing> {
        [
            HygieneSharing::Own,
            HygieneSharing::Coordinators,
            HygieneSharing::Members,
        ]
        .into_iter()
        .find(|s| s.id() == text)
    }

    /// Whether a reader sees the result: its own organisation always; coordinators when shared
    /// with them or with every member; other members when shared with every member.
    pub fn shows_to(self, own: bool, coordinator: bool, member: bool) -> bool {
        own || match self {
            HygieneSharing::Own => false,
            HygieneSharing::Coordinators => coordinator,
            HygieneSharing::Members => member,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HygieneError {
    #[error("answer each of the six aspects, not {0}")]
    Count(usize),
    #[error("'{aspect}' is answered from 0 (not in place) to 3 (in place), not {given}")]
    OutOfScale { aspect: &'static str, given: i64 },
}

/// Checks six answers and returns the score in percent (0–100).
pub fn score(answers: &[i64]) -> Result<u8, HygieneError> {
    if answers.len() != ASPECTS.len() {
        return Err(HygieneError::Count(answers.len()));
    }
    let mut total = 0i64;
    for (answer, (aspect, _)) in answers.iter().zip(ASPECTS) {
        if !(0..=3).contains(answer) {
            return Err(HygieneError::OutOfScale {
                aspect,
                given: *answer,
            });
        }
        total += answer;
    }
    Ok(u8::try_from(total * 100 / 18).unwrap_or(100))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_percentages_of_the_best_answers() {
        assert_eq!(score(&[3; 6]), Ok(100));
        assert_eq!(score(&[0; 6]), Ok(0));
        assert_eq!(score(&[3, 3, 3, 0, 0, 0]), Ok(50));
        assert_eq!(score(&[3; 5]), Err(HygieneError::Count(5)));
        assert!(matches!(
            score(&[3, 3, 4, 3, 3, 3]),
            Err(HygieneError::OutOfScale {
                aspect: "procedures",
                given: 4
            })
        ));
    }

    #[test]
    fn each_organisation_decides_who_compares_its_result() {
        use HygieneSharing::*;
        assert!(Own.shows_to(true, false, true));
        assert!(!Own.shows_to(false, true, true));
        assert!(Coordinators.shows_to(false, true, true));
        assert!(!Coordinators.shows_to(false, false, true));
        assert!(Members.shows_to(false, false, true));
        assert!(!Members.shows_to(false, false, false), "observers never");
    }
}
