//! The Fluent catalogues, compiled in: one bundle per language, built once.

use crate::Locale;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// One area of the platform's texts, in every language (in the order of [`Locale::ALL`]).
#[derive(Debug)]
pub struct Area {
    pub name: &'static str,
    pub sources: [&'static str; 4],
}

impl Area {
    pub fn source(&self, locale: Locale) -> &'static str {
        self.sources[locale as usize]
    }
}

/// Lists the areas; each must exist in every language, or the crate does not build.
macro_rules! areas {
    ($($area:literal),* $(,)?) => {
        /// Every area of the catalogues.
        pub const AREAS: &[Area] = &[$(Area {
            name: $area,
            sources: [
                include_str!(concat!("../locales/en/", $area, ".ftl")),
                include_str!(concat!("../locales/fr/", $area, ".ftl")),
                include_str!(concat!("../locales/es/", $area, ".ftl")),
                include_str!(concat!("../locales/ar/", $area, ".ftl")),
            ],
        }),*];
    };
}

areas![
    "common",
    "catalogue",
    "account",
    "incidents",
    "reports",
    "directory",
    "overview",
    "analysis",
    "forms",
    "rules",
    "sentences",
    "refusals",
    "modelfile",
];

/// Fails unless the shipped English file of `area` is `written`, the text the domain makes;
/// with `LIAISON_BLESS` set, writes it first.
#[cfg(test)]
pub(crate) fn assert_written_from_domain(area: &str, written: &str) {
    let path = format!("{}/locales/en/{area}.ftl", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("LIAISON_BLESS").is_some() {
        std::fs::write(&path, written).expect("the locale files are writable");
    }
    let shipped = AREAS
        .iter()
        .find(|a| a.name == area)
        .map(|a| a.source(Locale::En))
        .unwrap_or_default();
    assert!(
        shipped == written,
        "locales/en/{area}.ftl differs from the domain's texts: run LIAISON_BLESS=1 cargo test -p liaison-locale"
    );
}

/// A value given to a message: a text, or a number (which also chooses plural forms).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}
impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}
impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}
macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(value: $t) -> Self {
                Arg::Number(value as f64)
            }
        }
        impl From<&$t> for Arg {
            fn from(value: &$t) -> Self {
                Arg::from(*value)
            }
        }
    )*};
}
number_args!(usize, u8, u16, u32, u64, i32, i64);

/// Anything a message can be given, however deeply borrowed (templates pass references).
pub trait ToArg {
    fn to_arg(&self) -> Arg;
}

impl ToArg for str {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.to_owned())
    }
}
impl ToArg for String {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.clone())
    }
}
impl ToArg for Arg {
    fn to_arg(&self) -> Arg {
        self.clone()
    }
}
impl<T: ToArg + ?Sized> ToArg for &T {
    fn to_arg(&self) -> Arg {
        (**self).to_arg()
    }
}
macro_rules! number_to_arg {
    ($($t:ty),*) => {$(
        impl ToArg for $t {
            fn to_arg(&self) -> Arg {
                Arg::from(*self)
            }
        }
    )*};
}
number_to_arg!(usize, u8, u16, u32, u64, i32, i64);

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 4] {
    static BUNDLES: OnceLock<[Bundle; 4]> = OnceLock::new();
    BUNDLES.get_or_init(|| Locale::ALL.map(bundle))
}

fn bundle(locale: Locale) -> Bundle {
    let id: LanguageIdentifier = locale.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks keep a Latin name from reordering the Arabic sentence around it; in the
    // left-to-right languages they would only be noise.
    bundle.set_use_isolating(locale == Locale::Ar);
    bundle.set_formatter(Some(crate::format::fluent_number(locale)));
    for area in AREAS {
        // A file with errors still gives its good messages; the catalogue tests fail on it.
        let resource = FluentResource::try_new(area.source(locale).to_owned())
            .unwrap_or_else(|(resource, _)| resource);
        // A key defined twice keeps its first text; the tests fail on it.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

pub(crate) fn has(locale: Locale, key: &str) -> bool {
    let (id, attribute) = split(key);
    bundles()[locale as usize]
        .get_message(id)
        .is_some_and(|m| match attribute {
            None => m.value().is_some(),
            Some(a) => m.get_attribute(a).is_some(),
        })
}

fn split(key: &str) -> (&str, Option<&str>) {
    match key.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (key, None),
    }
}

/// The text of `key` in `locale`; in English when the language lacks it, and the key itself
/// when English lacks it too, so that a missing text shows rather than breaking the page.
pub(crate) fn format(locale: Locale, key: &str, args: &[(&str, Arg)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::String(Cow::Owned(text.clone())),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent.set(*name, value);
        }
        fluent
    });
    for candidate in [locale, Locale::En] {
        if let Some(text) = format_in(candidate, key, fluent_args.as_ref()) {
            return text;
        }
    }
    key.to_owned()
}

fn format_in(locale: Locale, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let bundle = &bundles()[locale as usize];
    let (id, attribute) = split(key);
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        None => message.value()?,
        Some(a) => message.get_attribute(a)?.value(),
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentResource;
    use std::collections::BTreeSet;

    /// The message and attribute keys of one area in one language.
    fn keys(area: &Area, locale: Locale) -> BTreeSet<String> {
        let resource = match FluentResource::try_new(area.source(locale).to_owned()) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!(
                "{}/{}.ftl does not parse: {errors:?}",
                locale.tag(),
                area.name
            ),
        };
        let mut keys = BTreeSet::new();
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                let id = message.id.name;
                assert!(
                    keys.insert(id.to_owned()),
                    "{}/{}.ftl defines {id} twice",
                    locale.tag(),
                    area.name
                );
                for attribute in &message.attributes {
                    keys.insert(format!("{id}.{}", attribute.id.name));
                }
            }
        }
        keys
    }

    #[test]
    fn every_language_has_every_key_of_every_area_and_no_other() {
        let mut problems = Vec::new();
        for area in AREAS {
            let english = keys(area, Locale::En);
            for locale in &Locale::ALL[1..] {
                let theirs = keys(area, *locale);
                for missing in english.difference(&theirs) {
                    problems.push(format!(
                        "{}/{}.ftl lacks {missing}",
                        locale.tag(),
                        area.name
                    ));
                }
                for extra in theirs.difference(&english) {
                    problems.push(format!(
                        "{}/{}.ftl has {extra}, which English does not",
                        locale.tag(),
                        area.name
                    ));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn no_key_is_defined_in_two_areas() {
        let mut seen = std::collections::BTreeMap::new();
        for area in AREAS {
            for key in keys(area, Locale::En) {
                if let Some(other) = seen.insert(key.clone(), area.name) {
                    panic!("{key} is defined in {other}.ftl and {}.ftl", area.name);
                }
            }
        }
    }

    #[test]
    fn every_variable_a_translation_uses_is_one_english_gives() {
        // A translation that names a variable English does not pass would show "{$name}".
        let mut problems = Vec::new();
        for area in AREAS {
            for locale in &Locale::ALL[1..] {
                let english = variables(area, Locale::En);
                for (key, names) in variables(area, *locale) {
                    let given = english.get(&key).cloned().unwrap_or_default();
                    for name in names.difference(&given) {
                        problems.push(format!(
                            "{}/{}.ftl: {key} uses ${name}, which English does not",
                            locale.tag(),
                            area.name
                        ));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    fn variables(
        area: &Area,
        locale: Locale,
    ) -> std::collections::BTreeMap<String, BTreeSet<String>> {
        // The variables of a message, read from its source text: `{ $name }` and `{ $name ->`.
        let mut found = std::collections::BTreeMap::new();
        let mut current = String::new();
        for line in area.source(locale).lines() {
            if let Some((id, _)) = line.split_once('=')
                && !line.starts_with([' ', '\t', '#', '.', '*', '['])
            {
                current = id.trim().to_owned();
            }
            let mut rest = line;
            while let Some(at) = rest.find('$') {
                rest = &rest[at + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                found
                    .entry(current.clone())
                    .or_insert_with(BTreeSet::new)
                    .insert(name);
            }
        }
        found
    }

    #[test]
    fn a_missing_key_shows_the_key_and_a_missing_translation_falls_back_to_english() {
        assert_eq!(Locale::Fr.text("no-such-key"), "no-such-key");
        assert!(!Locale::Fr.has("no-such-key"));
        assert!(Locale::Fr.has("nav-home"));
    }

    #[test]
    fn plural_forms_follow_the_language() {
        let one = Locale::En.text_with("items-count", &[("count", Arg::from(1usize))]);
        let many = Locale::En.text_with("items-count", &[("count", Arg::from(12_345usize))]);
        assert_eq!(one, "1 item");
        assert_eq!(many, "12,345 items");
        assert_eq!(
            Locale::Fr.text_with("items-count", &[("count", Arg::from(12_345usize))]),
            "12\u{202f}345 éléments"
        );
        // Arabic has a dual form.
        let two = Locale::Ar.text_with("items-count", &[("count", Arg::from(2usize))]);
        assert!(two.contains("عنصران"), "{two}");
    }
}
