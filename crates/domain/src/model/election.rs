//! An election and its calendar.

use crate::Knowable;
use crate::catalogue::Phase;
use serde::Serialize;
use time::Date;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Election {
    pub name: String,
    pub phases: Vec<DatedPhase>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DatedPhase {
    pub phase: Phase,
    pub dates: Knowable<DateRange>,
}

/// Both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DateRange {
    pub from: Date,
    pub to: Date,
}

impl DateRange {
    pub fn contains(self, date: Date) -> bool {
        self.from <= date && date <= self.to
    }

    pub fn days(self) -> i64 {
        (self.to - self.from).whole_days() + 1
    }
}

impl Election {
    pub fn dates_of(&self, phase: Phase) -> Option<Knowable<DateRange>> {
        self.phases
            .iter()
            .find(|p| p.phase == phase)
            .map(|p| p.dates)
    }

    /// The dated span of the election period (campaign through results publication), from the
    /// phases whose dates are known; `None` when none of them is dated.
    pub fn election_period(&self) -> Option<DateRange> {
        let period = Phase::election_period();
        let ranges: Vec<DateRange> = self
            .phases
            .iter()
            .filter(|p| period.contains(p.phase))
            .filter_map(|p| p.dates.known().copied())
            .collect();
        let from = ranges.iter().map(|r| r.from).min()?;
        let to = ranges.iter().map(|r| r.to).max()?;
        Some(DateRange { from, to })
    }
}
