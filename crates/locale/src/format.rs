//! Numbers and dates as each language writes them.

use crate::{Arg, Locale};
use fluent_bundle::FluentValue;
use time::{Date, OffsetDateTime};

impl Locale {
    /// A whole number with the language's digit grouping: 12,345 · 12 345 · 12.345.
    pub fn number(self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        // Spanish groups from five digits on (CLDR's minimum grouping of 2): 1234 but 12.345.
        let min_grouped = if self == Locale::Es { 5 } else { 4 };
        let separator = match self {
            Locale::En | Locale::Ar => ",",
            // A narrow no-break space, so that a number never breaks across lines.
            Locale::Fr => "\u{202f}",
            Locale::Es => ".",
        };
        let mut out = String::new();
        if n < 0 {
            out.push('-');
        }
        if digits.len() < min_grouped {
            out.push_str(&digits);
            return out;
        }
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(separator);
            }
            out.push(digit);
        }
        out
    }

    /// A day: "25 November 2026", "25 novembre 2026", "25 de noviembre de 2026".
    pub fn date(self, date: Date, style: MonthStyle) -> String {
        let month = self.text(&format!(
            "month-{}{}",
            u8::from(date.month()),
            match style {
                MonthStyle::Long => "",
                MonthStyle::Short => "-short",
            }
        ));
        self.text_with(
            "date",
            &[
                ("day", Arg::Text(date.day().to_string())),
                ("month", Arg::Text(month)),
                ("year", Arg::Text(date.year().to_string())),
            ],
        )
    }

    /// A moment, in UTC as every time on the platform: "25 Nov 2026, 11:20 UTC".
    pub fn date_time(self, at: OffsetDateTime) -> String {
        let at = at.to_offset(time::UtcOffset::UTC);
        self.text_with(
            "date-time",
            &[
                ("date", Arg::Text(self.date(at.date(), MonthStyle::Short))),
                (
                    "time",
                    Arg::Text(format!("{:02}:{:02}", at.hour(), at.minute())),
                ),
            ],
        )
    }

    /// A stored RFC 3339 time or ISO date in the language; the text itself when it is neither.
    pub fn when(self, stored: &str) -> String {
        use time::format_description::well_known::{Iso8601, Rfc3339};
        if let Ok(at) = OffsetDateTime::parse(stored, &Rfc3339) {
            return self.date_time(at);
        }
        if let Ok(day) = Date::parse(stored, &Iso8601::DATE) {
            return self.date(day, MonthStyle::Long);
        }
        stored.to_owned()
    }
}

/// How a month is named in a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthStyle {
    Long,
    Short,
}

/// The formatter of the numbers given to Fluent messages in `locale`.
pub(crate) fn fluent_number<M>(locale: Locale) -> fn(&FluentValue<'_>, &M) -> Option<String> {
    match locale {
        Locale::En => number_in::<0, M>,
        Locale::Fr => number_in::<1, M>,
        Locale::Es => number_in::<2, M>,
        Locale::Ar => number_in::<3, M>,
    }
}

/// Whole numbers grouped as the language groups them; other numbers as Fluent writes them.
fn number_in<const LOCALE: usize, M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let n = number.value;
    if n.fract() != 0.0 || n.abs() > 9.0e15 {
        return None;
    }
    #[allow(clippy::cast_possible_truncation)]
    Some(Locale::ALL[LOCALE].number(n as i64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn numbers_are_grouped_as_each_language_groups_them() {
        assert_eq!(Locale::En.number(1_234_567), "1,234,567");
        assert_eq!(Locale::Fr.number(1_234), "1\u{202f}234");
        assert_eq!(Locale::Es.number(1_234), "1234");
        assert_eq!(Locale::Es.number(12_345), "12.345");
        assert_eq!(Locale::Ar.number(-999), "-999");
        assert_eq!(Locale::En.number(0), "0");
    }

    #[test]
    fn dates_are_written_in_the_language() {
        let day = date!(2026 - 11 - 25);
        assert_eq!(Locale::En.date(day, MonthStyle::Long), "25 November 2026");
        assert_eq!(Locale::Fr.date(day, MonthStyle::Long), "25 novembre 2026");
        assert_eq!(
            Locale::Es.date(day, MonthStyle::Long),
            "25 de noviembre de 2026"
        );
        assert!(Locale::Ar.date(day, MonthStyle::Long).contains("نوفمبر"));
        assert_eq!(
            Locale::En.date_time(datetime!(2026-11-25 11:20 UTC)),
            "25 Nov 2026, 11:20 UTC"
        );
        assert_eq!(
            Locale::Fr.when("2026-11-25T12:20:00+01:00"),
            Locale::Fr.date_time(datetime!(2026-11-25 11:20 UTC))
        );
        assert_eq!(Locale::Fr.when("not a date"), "not a date");
    }
}
