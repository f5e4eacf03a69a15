//! Dates known to the year or month only, as public sources often give them.

use serde::{Serialize, Serializer};
use std::fmt;
use time::{Date, Month};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PartialDate {
    Year(i32),
    YearMonth(i32, Month),
    Day(Date),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, such as 2019 or 2019-03-05")]
pub struct PartialDateError(pub String);

impl PartialDate {
    pub fn parse(text: &str) -> Result<Self, PartialDateError> {
        let error = || PartialDateError(text.to_owned());
        let parts: Vec<&str> = text.trim().split('-').collect();
        let number = |s: &str, len: usize| -> Result<i32, PartialDateError> {
            if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(error());
            }
            s.parse().map_err(|_| error())
        };
        match parts.as_slice() {
            [y] => Ok(PartialDate::Year(number(y, 4)?)),
            [y, m] => {
                let month = u8::try_from(number(m, 2)?).map_err(|_| error())?;
                let month = Month::try_from(month).map_err(|_| error())?;
                Ok(PartialDate::YearMonth(number(y, 4)?, month))
            }
            [y, m, d] => {
                let month = u8::try_from(number(m, 2)?).map_err(|_| error())?;
                let month = Month::try_from(month).map_err(|_| error())?;
                let day = u8::try_from(number(d, 2)?).map_err(|_| error())?;
                Date::from_calendar_date(number(y, 4)?, month, day)
                    .map(PartialDate::Day)
                    .map_err(|_| error())
            }
            _ => Err(error()),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Year(y) => write!(f, "{y:04}"),
            PartialDate::YearMonth(y, m) => write!(f, "{y:04}-{:02}", *m as u8),
            PartialDate::Day(d) => {
                write!(f, "{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
            }
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_the_three_precisions() {
        for text in ["2019", "2019-03", "2019-03-05"] {
            assert_eq!(PartialDate::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for text in [
            "19",
            "2019-13",
            "2019-02-30",
            "2019/03/05",
            "",
            "2019-3-5",
            "abcd",
        ] {
            assert!(PartialDate::parse(text).is_err(), "{text}");
        }
    }
}
