//! The lifecycle of an incident: reported → triaged → in progress → contained → resolved →
//! closed. Work may skip steps forward (a false alarm goes straight to resolved); going back
//! is reopening, to triaged, in progress or contained; closing needs the lessons learned.

use crate::catalogue::{CatalogueEntry, IncidentStatus};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LifecycleError {
    #[error("the incident is already {}", .0.label_in_sentence())]
    Unchanged(IncidentStatus),
    #[error("closing an incident needs the lessons learned: what went well, what to change")]
    LessonsRequired,
    #[error("an incident cannot go back to 'reported'; reopen it as triaged or in progress")]
    BackToReported,
    #[error("a duplicate is closed with its original; reopen the original instead")]
    DuplicateReopened,
}

/// Whether an incident may move from one status to another. `lessons` are the lessons learned
/// given with the change (required to close); `duplicate` says whether the incident was merged
/// into another.
pub fn check_transition(
    from: IncidentStatus,
    to: IncidentStatus,
    lessons: Option<&str>,
    duplicate: bool,
) -> Result<(), LifecycleError> {
    if from == to {
        return Err(LifecycleError::Unchanged(from));
    }
    if duplicate {
        return Err(LifecycleError::DuplicateReopened);
    }
    if to == IncidentStatus::Reported {
        return Err(LifecycleError::BackToReported);
    }
    if to == IncidentStatus::Closed && lessons.is_none_or(|l| l.trim().is_empty()) {
        return Err(LifecycleError::LessonsRequired);
    }
    Ok(())
}

/// Whether the incident still needs work (it counts as open on dashboards).
pub fn is_open(status: IncidentStatus) -> bool {
    !matches!(status, IncidentStatus::Resolved | IncidentStatus::Closed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use IncidentStatus::*;

    #[test]
    fn forward_moves_and_reopening() {
        assert_eq!(check_transition(Reported, Triaged, None, false), Ok(()));
        assert_eq!(check_transition(Reported, Resolved, None, false), Ok(()));
        assert_eq!(check_transition(Resolved, InProgress, None, false), Ok(()));
        assert_eq!(
            check_transition(Triaged, Reported, None, false),
            Err(LifecycleError::BackToReported)
        );
        assert_eq!(
            check_transition(Triaged, Triaged, None, false),
            Err(LifecycleError::Unchanged(Triaged))
        );
        assert_eq!(
            check_transition(Closed, InProgress, None, true),
            Err(LifecycleError::DuplicateReopened)
        );
    }

    #[test]
    fn closing_needs_lessons_learned() {
        assert_eq!(
            check_transition(Resolved, Closed, Some("  "), false),
            Err(LifecycleError::LessonsRequired)
        );
        assert_eq!(
            check_transition(Resolved, Closed, Some("Keep a second DNS provider."), false),
            Ok(())
        );
    }

    #[test]
    fn every_move_but_to_the_same_status_or_back_to_reported_is_allowed_with_lessons() {
        for &from in IncidentStatus::ALL {
            for &to in IncidentStatus::ALL {
                let result = check_transition(from, to, Some("lessons"), false);
                assert_eq!(
                    result.is_ok(),
                    from != to && to != Reported,
                    "{from} -> {to}: {result:?}"
                );
            }
        }
    }
}
