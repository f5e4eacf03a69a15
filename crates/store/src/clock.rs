//! The platform's one source of "now".
//!
//! Everything that needs the time of day (stored times, deadlines, session expiry, the phase of
//! the calendar, who answers the phone now) asks the store's `Clock`. In production it is the
//! system clock. Tests and demos pin it (`LIAISON_NOW`): it then reads the pinned time when it is
//! made and runs on from there with the monotonic clock, so that results do not depend on the
//! hour a test runs at, while order, leases and deadlines still behave as time passes.

// The one place allowed to read the wall clock (see `disallowed-methods` in clippy.toml).
#![allow(clippy::disallowed_methods)]

use std::sync::{Arc, Mutex};
use std::time::Instant;
use time::format_description::well_known::Rfc3339;
use time::{Date, Duration, OffsetDateTime, UtcOffset};

/// Where "now" comes from; cheap to clone, shared by everything of one platform.
#[derive(Clone)]
pub struct Clock {
    source: Arc<Source>,
}

enum Source {
    System,
    Pinned {
        origin: OffsetDateTime,
        started: Instant,
        /// Time skipped forward by `advance` (tests of deadlines and expiry).
        skipped: Mutex<Duration>,
    },
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &*self.source {
            Source::System => f.write_str("Clock::System"),
            Source::Pinned { origin, .. } => write!(f, "Clock::Pinned({origin})"),
        }
    }
}

impl Default for Clock {
    fn default() -> Self {
        Clock::system()
    }
}

/// A pinned time that is not an RFC 3339 date and time.
#[derive(Debug, thiserror::Error)]
#[error(
    "'{0}' is not a date and time such as 2027-05-15T11:20:00Z (RFC 3339, with a time zone or Z)"
)]
pub struct NotATime(String);

impl Clock {
    /// The system clock, in UTC.
    pub fn system() -> Clock {
        Clock {
            source: Arc::new(Source::System),
        }
    }

    /// A clock that reads `at` now and runs on from there.
    pub fn pinned(at: OffsetDateTime) -> Clock {
        Clock {
            source: Arc::new(Source::Pinned {
                origin: at.to_offset(UtcOffset::UTC),
                started: Instant::now(),
                skipped: Mutex::new(Duration::ZERO),
            }),
        }
    }

    /// The clock a setting asks for: pinned at an RFC 3339 time, or the system clock when the
    /// setting is absent or empty.
    pub fn from_setting(setting: Option<&str>) -> Result<Clock, NotATime> {
        match setting.map(str::trim).filter(|s| !s.is_empty()) {
            None => Ok(Clock::system()),
            Some(text) => OffsetDateTime::parse(text, &Rfc3339)
                .map(Clock::pinned)
                .map_err(|_| NotATime(text.to_owned())),
        }
    }

    /// Now, in UTC.
    pub fn now(&self) -> OffsetDateTime {
        match &*self.source {
            Source::System => OffsetDateTime::now_utc(),
            Source::Pinned {
                origin,
                started,
                skipped,
            } => {
                let skipped = *skipped.lock().unwrap_or_else(|e| e.into_inner());
                let elapsed = Duration::try_from(started.elapsed()).unwrap_or(Duration::MAX);
                origin.saturating_add(elapsed).saturating_add(skipped)
            }
        }
    }

    /// Today's date in UTC.
    pub fn today(&self) -> Date {
        self.now().date()
    }

    /// Whether the clock is pinned (tests, demos) rather than the system's.
    pub fn is_pinned(&self) -> bool {
        matches!(*self.source, Source::Pinned { .. })
    }

    /// Moves a pinned clock forward, for everything that shares it; the system clock cannot be
    /// moved, and is left as it is.
    pub fn advance(&self, by: std::time::Duration) {
        if let Source::Pinned { skipped, .. } = &*self.source {
            let mut skipped = skipped.lock().unwrap_or_else(|e| e.into_inner());
            *skipped = skipped.saturating_add(Duration::try_from(by).unwrap_or(Duration::MAX));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn a_pinned_clock_starts_at_its_pin_and_runs_on() {
        let clock = Clock::pinned(datetime!(2027-05-15 11:20 +02:00));
        let first = clock.now();
        assert_eq!(first.offset(), UtcOffset::UTC);
        assert!(first >= datetime!(2027-05-15 09:20 UTC));
        assert!(first < datetime!(2027-05-15 09:21 UTC));
        assert!(clock.now() >= first);
        assert_eq!(clock.today(), time::macros::date!(2027 - 05 - 15));
    }

    #[test]
    fn advancing_moves_every_copy() {
        let clock = Clock::pinned(datetime!(2027-05-15 23:30 UTC));
        let copy = clock.clone();
        clock.advance(std::time::Duration::from_secs(3600));
        assert_eq!(copy.today(), time::macros::date!(2027 - 05 - 16));
    }

    #[test]
    fn the_setting_is_rfc_3339_or_nothing() {
        assert!(!Clock::from_setting(None).unwrap().is_pinned());
        assert!(!Clock::from_setting(Some(" ")).unwrap().is_pinned());
        let pinned = Clock::from_setting(Some("2027-05-15T02:30:00Z")).unwrap();
        assert!(pinned.is_pinned());
        assert_eq!(pinned.now().hour(), 2);
        for bad in [
            "2027-05-15",
            "tomorrow",
            "2027-05-15T25:00:00Z",
            "2027-05-15 02:30",
        ] {
            let error = Clock::from_setting(Some(bad)).unwrap_err().to_string();
            assert!(error.contains(bad), "{error}");
        }
    }
}
