//! The choice of a language from a browser's `Accept-Language` header (RFC 9110 §12.5.4).

use crate::Locale;

/// The shipped language the reader prefers most; `None` when they accept none of them.
pub(crate) fn best(header: &str) -> Option<Locale> {
    let mut best: Option<(u16, usize, Locale)> = None;
    // Hostile headers are long: look at the first few ranges only.
    for (position, range) in header.split(',').take(32).enumerate() {
        let mut parts = range.split(';');
        let tag = parts.next().unwrap_or_default().trim();
        let quality = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .map_or(Some(1000), parse_quality);
        let (Some(quality), Some(locale)) = (quality, Locale::from_tag(tag)) else {
            continue;
        };
        if quality == 0 {
            continue;
        }
        // Higher quality wins; among equals, the one listed first.
        let better = match best {
            None => true,
            Some((q, p, _)) => quality > q || (quality == q && position < p),
        };
        if better {
            best = Some((quality, position, locale));
        }
    }
    best.map(|(_, _, locale)| locale)
}

/// A quality value in thousandths: "0.8" is 800; anything else than 0 to 1 is refused.
fn parse_quality(text: &str) -> Option<u16> {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{fraction:0<3}").parse::<u16>().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_preferred_shipped_language_wins() {
        assert_eq!(best("fr-CA,fr;q=0.9,en;q=0.8"), Some(Locale::Fr));
        assert_eq!(best("de-DE,de;q=0.9,es;q=0.5,en;q=0.4"), Some(Locale::Es));
        assert_eq!(best("en;q=0.5, ar"), Some(Locale::Ar));
        assert_eq!(best("ar-MA;q=0.7, es-ES;q=0.7"), Some(Locale::Ar));
        assert_eq!(best("de, *;q=0.1"), None);
        assert_eq!(best("fr;q=0, en;q=0.1"), Some(Locale::En));
    }

    #[test]
    fn malformed_and_hostile_headers_fall_back_to_none() {
        assert_eq!(best(""), None);
        assert_eq!(best(";;;,,,q=,"), None);
        assert_eq!(best("fr;q=2"), None);
        assert_eq!(best("fr;q=0.1234"), None);
        assert_eq!(best("fr;q=abc"), None);
        assert_eq!(best(&"xx,".repeat(100_000)), None);
        assert_eq!(Locale::negotiate("\u{0}\u{ffff}"), Locale::En);
    }
}
