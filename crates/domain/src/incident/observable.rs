//! Observables: the traces of an incident that CERTs exchange (addresses, names, hashes,
//! accounts, message text), checked and written in one canonical form so that the same
//! indicator reported twice is recognised.
//!
//! Reports often carry "defanged" indicators (`hxxp://evil[.]example`), written so that
//! nobody clicks them by mistake; they are read back to their real form.

use crate::catalogue::{CatalogueEntry, ObservableKind};
use serde::Serialize;
use std::net::{Ipv4Addr, Ipv6Addr};

/// One observable, in canonical form.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Observable {
    pub kind: ObservableKind,
    pub value: String,
}

/// The longest value of any kind but message text.
pub const MAX_VALUE_CHARS: usize = 2_048;
/// The longest message text.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// The most observables one incident may carry.
pub const MAX_PER_INCIDENT: usize = 500;

/// Why a value is not an observable of its kind, in a sentence.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} '{shown}' {problem}", kind.label_in_sentence())]
pub struct ObservableError {
    pub kind: ObservableKind,
    /// The value, shortened and without control characters.
    pub shown: String,
    pub problem: ObservableProblem,
}

/// What is wrong with a value; `Display` says it in English after the value ("is empty").
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ObservableProblem {
    #[error("is longer than {0} characters")]
    TooLong(usize),
    #[error("contains a NUL character")]
    Nul,
    #[error("is empty")]
    Empty,
    #[error("is not an IPv4 address such as 192.0.2.10")]
    NotIpv4,
    #[error("is not an IPv6 address such as 2001:db8::1")]
    NotIpv6,
    #[error("is not a URL such as https://example.org/page ({0})")]
    NotUrl(String),
    #[error("must start with http://, https:// or ftp://")]
    UrlScheme,
    #[error("has no host name")]
    NoHost,
    #[error("is not an e-mail address such as name@example.org")]
    NotEmail,
    #[error("has no valid name before the '@'")]
    BadMailbox,
    #[error("has a domain that {0}")]
    MailDomain(DomainProblem),
    #[error("is not a hash in hexadecimal digits")]
    NotHex,
    #[error("has the wrong length for an MD5 (32), SHA-1 (40), SHA-256 (64) or SHA-512 (128) hash")]
    HashLength,
    #[error("contains control characters")]
    Control,
    #[error("{0}")]
    Domain(DomainProblem),
}

/// What is wrong with a domain name, said after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DomainProblem {
    #[error("has non-ASCII letters; write internationalised names in their xn-- form")]
    NonAscii,
    #[error("is longer than 253 characters")]
    TooLong,
    #[error("is not a domain name such as example.org")]
    NotADomain,
    #[error("has an empty part or a part longer than 63 characters")]
    PartLength,
    #[error("may hold only letters, digits and inner hyphens between the dots")]
    Characters,
    #[error("ends in digits; an address is an IPv4 observable, not a domain")]
    EndsInDigits,
}

impl Observable {
    /// Checks a value of a kind and puts it in canonical form.
    pub fn parse(kind: ObservableKind, value: &str) -> Result<Observable, ObservableError> {
        let fail = |problem: ObservableProblem| ObservableError {
            kind,
            shown: shorten(value),
            problem,
        };
        let limit = if kind == ObservableKind::Text {
            MAX_TEXT_CHARS
        } else {
            MAX_VALUE_CHARS
        };
        if value.chars().count() > limit {
            return Err(fail(ObservableProblem::TooLong(limit)));
        }
        if value.contains('\0') {
            return Err(fail(ObservableProblem::Nul));
        }
        let trimmed = value.trim();
        if trimmed.is_empty() {
            return Err(fail(ObservableProblem::Empty));
        }
        let refanged = refang(trimmed);
        let canonical = match kind {
            ObservableKind::Ipv4 => refanged
                .parse::<Ipv4Addr>()
                .map(|a| a.to_string())
                .map_err(|_| fail(ObservableProblem::NotIpv4))?,
            ObservableKind::Ipv6 => refanged
                .trim_start_matches('[')
                .trim_end_matches(']')
                .parse::<Ipv6Addr>()
                .map(|a| a.to_string())
                .map_err(|_| fail(ObservableProblem::NotIpv6))?,
            ObservableKind::Domain => {
                domain(&refanged).map_err(|p| fail(ObservableProblem::Domain(p)))?
            }
            ObservableKind::Url => {
                let url = url::Url::parse(&refanged)
                    .map_err(|e| fail(ObservableProblem::NotUrl(e.to_string())))?;
                if !matches!(url.scheme(), "http" | "https" | "ftp" | "ftps") {
                    return Err(fail(ObservableProblem::UrlScheme));
                }
                if url.host_str().is_none_or(str::is_empty) {
                    return Err(fail(ObservableProblem::NoHost));
                }
                url.to_string()
            }
            ObservableKind::Email => {
                let (local, host) = refanged
                    .rsplit_once('@')
                    .ok_or_else(|| fail(ObservableProblem::NotEmail))?;
                if local.is_empty()
                    || local.chars().count() > 64
                    || local
                        .chars()
                        .any(|c| c.is_whitespace() || c.is_control() || c == '@')
                {
                    return Err(fail(ObservableProblem::BadMailbox));
                }
                let host = domain(host).map_err(|p| fail(ObservableProblem::MailDomain(p)))?;
                format!("{local}@{host}")
            }
            ObservableKind::FileHash => {
                let hex = trimmed.to_ascii_lowercase();
                if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                    return Err(fail(ObservableProblem::NotHex));
                }
                if !matches!(hex.len(), 32 | 40 | 64 | 128) {
                    return Err(fail(ObservableProblem::HashLength));
                }
                hex
            }
            ObservableKind::Account => {
                if trimmed.chars().any(char::is_control) {
                    return Err(fail(ObservableProblem::Control));
                }
                if trimmed.chars().count() > 256 {
                    return Err(fail(ObservableProblem::TooLong(256)));
                }
                trimmed.to_owned()
            }
            ObservableKind::Text => trimmed.to_owned(),
        };
        Ok(Observable {
            kind,
            value: canonical,
        })
    }

    /// The hash algorithm of a file hash, by its length.
    pub fn hash_algorithm(&self) -> Option<&'static str> {
        let name = match self.value.len() {
            32 => "MD5",
            40 => "SHA-1",
            64 => "SHA-256",
            _ => "SHA-512",
        };
        (self.kind == ObservableKind::FileHash).then_some(name)
    }
}

/// Undoes the usual ways of defanging an indicator.
fn refang(text: &str) -> String {
    let mut out = text
        .replace("[.]", ".")
        .replace("(.)", ".")
        .replace("{.}", ".")
        .replace("[dot]", ".")
        .replace("[:]", ":")
        .replace("[@]", "@")
        .replace("[at]", "@");
    for (defanged, real) in [("hxxps", "https"), ("hxxp", "http"), ("fxp", "ftp")] {
        if out.len() >= defanged.len() && out[..defanged.len()].eq_ignore_ascii_case(defanged) {
            out = format!("{real}{}", &out[defanged.len()..]);
        }
    }
    out
}

/// A domain name in lower case without a trailing dot, or what is wrong with it.
fn domain(text: &str) -> Result<String, DomainProblem> {
    let name = text.trim_end_matches('.').to_ascii_lowercase();
    if !name.is_ascii() {
        return Err(DomainProblem::NonAscii);
    }
    if name.len() > 253 {
        return Err(DomainProblem::TooLong);
    }
    let labels: Vec<&str> = name.split('.').collect();
    if labels.len() < 2 {
        return Err(DomainProblem::NotADomain);
    }
    for label in &labels {
        if label.is_empty() || label.len() > 63 {
            return Err(DomainProblem::PartLength);
        }
        if !label
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            || label.starts_with('-')
            || label.ends_with('-')
        {
            return Err(DomainProblem::Characters);
        }
    }
    if labels
        .last()
        .is_some_and(|tld| tld.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(DomainProblem::EndsInDigits);
    }
    Ok(name)
}

fn shorten(text: &str) -> String {
    let clean: String = text.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > 60 {
        format!("{}…", clean.chars().take(57).collect::<String>())
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ObservableKind::*;

    fn ok(kind: ObservableKind, value: &str) -> String {
        match Observable::parse(kind, value) {
            Ok(o) => o.value,
            Err(e) => panic!("{value}: {e}"),
        }
    }

    fn err(kind: ObservableKind, value: &str) -> String {
        match Observable::parse(kind, value) {
            Ok(o) => panic!("{value} accepted as {}", o.value),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn canonical_forms() {
        assert_eq!(ok(Ipv4, " 192.0.2.10 "), "192.0.2.10");
        assert_eq!(ok(Ipv4, "192[.]0[.]2[.]10"), "192.0.2.10");
        assert_eq!(ok(Ipv6, "2001:DB8:0:0::1"), "2001:db8::1");
        assert_eq!(
            ok(Domain, "Results-CEC.example.DL."),
            "results-cec.example.dl"
        );
        assert_eq!(ok(Domain, "cec-results[.]example"), "cec-results.example");
        assert_eq!(
            ok(Url, "hxxps://cec-results[.]example/login?x=1"),
            "https://cec-results.example/login?x=1"
        );
        assert_eq!(ok(Email, "Alerts@CEC.example.dl"), "Alerts@cec.example.dl");
        assert_eq!(ok(FileHash, &"AB".repeat(32)), "ab".repeat(32));
        assert_eq!(ok(Account, " @fake_cec "), "@fake_cec");
    }

    #[test]
    fn malformed_values_are_explained() {
        assert!(err(Ipv4, "999.1.1.1").contains("IPv4 address such as"));
        assert!(err(Ipv4, "").contains("is empty"));
        assert!(err(Domain, "localhost").contains("such as example.org"));
        assert!(err(Domain, "exa mple.org").contains("letters, digits"));
        assert!(err(Domain, "10.0.0.1").contains("IPv4 observable"));
        assert!(err(Domain, "bücher.example").contains("xn--"));
        assert!(err(Url, "javascript:alert(1)").contains("http"));
        assert!(err(Url, "not a url").contains("URL such as"));
        assert!(err(Email, "no-at-sign").contains("e-mail address"));
        assert!(err(FileHash, "abc").contains("wrong length"));
        assert!(err(FileHash, &"zz".repeat(16)).contains("hexadecimal"));
        assert!(err(Text, "a\0b").contains("NUL"));
        assert!(err(Account, "a\u{7}b").contains("control"));
    }

    #[test]
    fn oversized_values_are_refused_and_not_echoed_whole() {
        let long = "a".repeat(MAX_VALUE_CHARS + 1);
        let message = err(Account, &long);
        assert!(message.contains("longer than"));
        assert!(
            message.len() < 200,
            "the message quotes a short prefix only"
        );
        assert!(Observable::parse(Text, &"word ".repeat(1_000)).is_ok());
        assert!(Observable::parse(Text, &"x".repeat(MAX_TEXT_CHARS + 1)).is_err());
    }
}
