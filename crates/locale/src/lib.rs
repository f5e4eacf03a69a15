//! The languages Liaison speaks: its Fluent catalogues, the choice of a language for a reader,
//! and dates and numbers written the way that language writes them.
//!
//! Every text a person reads (pages, messages, e-mails, reports) is looked up here by key, in
//! the reader's [`Locale`]. The catalogues are compiled into the binary, one Fluent file per
//! area of the platform and language (`locales/<tag>/<area>.ftl`); a language that lacks an
//! area does not build, and a test fails on a key present in one language and not another.

mod catalogue;
mod format;
mod labels;
mod message;
mod negotiate;
mod refusals;
mod rules;
mod sentences;

pub use catalogue::{AREAS, Area, Arg, ToArg};
pub use format::MonthStyle;
pub use labels::{english_catalogue, key as label_key};
pub use message::{Message, Value};
pub use rules::english_rules;
pub use sentences::english_sentences;

use std::fmt;

/// A language of the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Locale {
    #[default]
    En,
    Fr,
    Es,
    Ar,
}

impl Locale {
    /// Every shipped language, English first (the language of the source texts).
    pub const ALL: [Locale; 4] = [Locale::En, Locale::Fr, Locale::Es, Locale::Ar];

    /// The BCP 47 tag, as in `lang="…"` and `Accept-Language`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::Ar => "ar",
        }
    }

    /// The language's own name for itself, as a reader looks for it in a list.
    pub fn own_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Fr => "Français",
            Locale::Es => "Español",
            Locale::Ar => "العربية",
        }
    }

    /// The direction of its script: `rtl` for Arabic, `ltr` for the others.
    pub fn dir(self) -> &'static str {
        match self {
            Locale::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language of a tag such as `fr`, `fr-CA` or `AR`; `None` when it is not shipped.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.trim();
        Locale::ALL
            .into_iter()
            .find(|locale| locale.tag().eq_ignore_ascii_case(primary))
    }

    /// The best shipped language for an `Accept-Language` header; English when none fits.
    pub fn negotiate(accept_language: &str) -> Locale {
        negotiate::best(accept_language).unwrap_or_default()
    }

    /// The text of `key`.
    pub fn text(self, key: &str) -> String {
        catalogue::format(self, key, &[])
    }

    /// The text of `key` with its variables (`{ $name }` in the catalogue).
    pub fn text_with(self, key: &str, args: &[(&str, Arg)]) -> String {
        catalogue::format(self, key, args)
    }

    /// Whether `key` is a message of this language's catalogue.
    pub fn has(self, key: &str) -> bool {
        catalogue::has(self, key)
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}
