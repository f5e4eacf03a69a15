//! Value types of the model-file format: "unknown", "all", catalogue ids, dates, and values
//! that remember where in the file they were written.

use liaison_domain::catalogue::{CatalogueEntry, CatalogueSet};
use liaison_domain::model::PartialDate;
use liaison_locale::Message;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{self, Deserializer, IntoDeserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;
use time::Date;

/// Serde carries a value type's complaint as text only. A message travels as its JSON behind
/// this mark, and the reader of the file unpacks it, so that it can be worded in any language.
const MESSAGE_MARK: &str = "\u{1}liaison-message:";

/// A serde error that carries `message`.
pub(crate) fn carry<E: de::Error>(message: &Message) -> E {
    let json = serde_json::to_string(message).unwrap_or_default();
    E::custom(format!("{MESSAGE_MARK}{json}"))
}

/// The message a value type sent through serde, if the text carries one.
pub(crate) fn unpack_message(text: &str) -> Option<Message> {
    serde_json::from_str(text.strip_prefix(MESSAGE_MARK)?).ok()
}

/// Where a value was written: the file (by its index in the load) and 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Position {
    pub source: u32,
    pub line: u32,
    pub column: u32,
}

impl Position {
    pub(crate) fn from_span(span: &marked_yaml::Span) -> Self {
        span.start()
            .map(|m| Position {
                source: m.source() as u32,
                line: m.line() as u32,
                column: m.column() as u32,
            })
            .unwrap_or_default()
    }
}

/// A value and where it was written. Only model files read through this crate carry
/// positions; the position is not part of the value and is not written back.
#[derive(Debug, Clone, PartialEq)]
pub struct Located<T> {
    pub value: T,
    pub at: Position,
}

impl<T> Located<T> {
    pub fn new(value: T) -> Self {
        Located {
            value,
            at: Position::default(),
        }
    }
}

impl<'de, T: Deserialize<'de> + Clone> Deserialize<'de> for Located<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let spanned = marked_yaml::Spanned::<T>::deserialize(d)?;
        // marked-yaml offers no way to move the value out; located values are short ids.
        Ok(Located {
            value: (*spanned).clone(),
            at: Position::from_span(spanned.span()),
        })
    }
}

impl<T: Serialize> Serialize for Located<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

impl<T: JsonSchema> JsonSchema for Located<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

/// A value, or the word `unknown` when the fact was not recorded.
#[derive(Debug, Clone, PartialEq)]
pub enum OrUnknown<T> {
    Known(T),
    Unknown,
}

/// A fact left out of a file is not known.
impl<T> Default for OrUnknown<T> {
    fn default() -> Self {
        OrUnknown::Unknown
    }
}

impl<T> OrUnknown<T> {
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> OrUnknown<U> {
        match self {
            OrUnknown::Known(v) => OrUnknown::Known(f(v)),
            OrUnknown::Unknown => OrUnknown::Unknown,
        }
    }
}

impl<T> From<OrUnknown<T>> for liaison_domain::Knowable<T> {
    fn from(value: OrUnknown<T>) -> Self {
        match value {
            OrUnknown::Known(v) => liaison_domain::Knowable::Known(v),
            OrUnknown::Unknown => liaison_domain::Knowable::Unknown,
        }
    }
}

impl<T> From<liaison_domain::Knowable<T>> for OrUnknown<T> {
    fn from(value: liaison_domain::Knowable<T>) -> Self {
        match value {
            liaison_domain::Knowable::Known(v) => OrUnknown::Known(v),
            liaison_domain::Knowable::Unknown => OrUnknown::Unknown,
        }
    }
}

const UNKNOWN: &str = "unknown";
const ALL: &str = "all";

/// Visits a YAML node and hands scalars, sequences and mappings to `T`, after `special`
/// has had the chance to claim a scalar word such as `unknown` or `all`.
struct WordOr<T, W> {
    word: &'static str,
    on_word: fn() -> W,
    wrap: fn(T) -> W,
    expecting: &'static str,
    _t: PhantomData<T>,
}

impl<'de, T: Deserialize<'de>, W> Visitor<'de> for WordOr<T, W> {
    type Value = W;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<W, E> {
        if v == self.word {
            return Ok((self.on_word)());
        }
        T::deserialize(ScalarText(v))
            .map(self.wrap)
            .map_err(|e| E::custom(e.to_string()))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<W, E> {
        T::deserialize(v.into_deserializer()).map(self.wrap)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<W, A::Error> {
        T::deserialize(SeqAccessDeserializer::new(seq)).map(self.wrap)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<W, A::Error> {
        T::deserialize(MapAccessDeserializer::new(map)).map(self.wrap)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OrUnknown<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(WordOr {
            word: UNKNOWN,
            on_word: || OrUnknown::Unknown,
            wrap: OrUnknown::Known,
            expecting: "a value or the word 'unknown'",
            _t: PhantomData,
        })
    }
}

impl<T: Serialize> Serialize for OrUnknown<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            OrUnknown::Known(v) => v.serialize(s),
            OrUnknown::Unknown => s.serialize_str(UNKNOWN),
        }
    }
}

impl<T: JsonSchema> JsonSchema for OrUnknown<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("{}_or_unknown", T::schema_name()).into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let known = generator.subschema_for::<T>();
        json_schema!({
            "anyOf": [
                known,
                { "const": UNKNOWN, "description": "The fact is not recorded." }
            ]
        })
    }
}

/// Every entry of a catalogue list (`all`), or the listed ones.
#[derive(Debug, Clone, PartialEq)]
pub enum AllOr<T> {
    All,
    Listed(Vec<T>),
}

/// A list left out of a file covers everything.
impl<T> Default for AllOr<T> {
    fn default() -> Self {
        AllOr::All
    }
}

impl<T: CatalogueEntry> AllOr<Entry<T>> {
    pub fn to_set(&self) -> CatalogueSet<T> {
        match self {
            AllOr::All => CatalogueSet::all(),
            AllOr::Listed(entries) => entries.iter().map(|e| e.0).collect(),
        }
    }

    /// `all` for the whole list, the entries otherwise.
    pub fn from_set(set: CatalogueSet<T>) -> Self {
        if set.is_all() {
            AllOr::All
        } else {
            AllOr::Listed(set.iter().map(Entry).collect())
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for AllOr<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ListOrAll<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for ListOrAll<T> {
            type Value = AllOr<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list or the word 'all'")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<AllOr<T>, E> {
                if v == ALL {
                    Ok(AllOr::All)
                } else {
                    Err(carry(&Message::new("model-list-or-all").with("given", v)))
                }
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<AllOr<T>, A::Error> {
                Vec::<T>::deserialize(SeqAccessDeserializer::new(seq)).map(AllOr::Listed)
            }
        }
        d.deserialize_any(ListOrAll(PhantomData))
    }
}

impl<T: Serialize> Serialize for AllOr<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            AllOr::All => s.serialize_str(ALL),
            AllOr::Listed(items) => items.serialize(s),
        }
    }
}

impl<T: JsonSchema> JsonSchema for AllOr<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("all_or_{}", T::schema_name()).into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let item = generator.subschema_for::<T>();
        json_schema!({
            "anyOf": [
                { "const": ALL, "description": "Every entry of the list." },
                { "type": "array", "items": item, "uniqueItems": true }
            ]
        })
    }
}

/// An entry of a catalogue list, written as its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry<T>(pub T);

impl<'de, T: CatalogueEntry> Deserialize<'de> for Entry<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = Cow::<'de, str>::deserialize(d)?;
        T::parse_id(&text)
            .map(Entry)
            .map_err(|e| carry(&Message::from(&e)))
    }
}

impl<T: CatalogueEntry> Serialize for Entry<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0.id())
    }
}

impl<T: CatalogueEntry> JsonSchema for Entry<T> {
    fn schema_name() -> Cow<'static, str> {
        T::LIST_NAME.to_lowercase().replace([' ', '-'], "_").into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let choices: Vec<serde_json::Value> = T::ALL
            .iter()
            .map(|e| {
                serde_json::json!({
                    "const": e.id(),
                    "title": e.label(),
                    "description": e.description(),
                })
            })
            .collect();
        json_schema!({
            "description": format!("A {} id.", T::LIST_NAME),
            "type": "string",
            "oneOf": choices,
        })
    }
}

/// A calendar date, written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub Date);

const DAY_FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = Cow::<'de, str>::deserialize(d)?;
        Date::parse(text.trim(), DAY_FORMAT)
            .map(Day)
            .map_err(|_| carry(&Message::new("model-not-a-day").with("given", text.as_ref())))
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let text = self
            .0
            .format(DAY_FORMAT)
            .map_err(serde::ser::Error::custom)?;
        s.serialize_str(&text)
    }
}

impl JsonSchema for Day {
    fn schema_name() -> Cow<'static, str> {
        "date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A date written YYYY-MM-DD."
        })
    }
}

/// A date known to the year, the month or the day: `2019`, `2019-03` or `2019-03-05`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Approximate(pub PartialDate);

impl<'de> Deserialize<'de> for Approximate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // A bare year is an integer to YAML; accept both spellings.
        struct YearOrText;
        impl Visitor<'_> for YearOrText {
            type Value = Approximate;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date such as 2019, 2019-03 or 2019-03-05")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Approximate, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Approximate, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Approximate, E> {
                PartialDate::parse(v)
                    .map(Approximate)
                    .map_err(|e| carry(&Message::from(&e)))
            }
        }
        d.deserialize_any(YearOrText)
    }
}

impl Serialize for Approximate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl JsonSchema for Approximate {
    fn schema_name() -> Cow<'static, str> {
        "approximate_date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "anyOf": [
                { "type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" },
                { "type": "integer", "minimum": 1000, "maximum": 9999 }
            ],
            "description": "A date known to the year, month or day: 2019, 2019-03 or 2019-03-05."
        })
    }
}

/// A YAML scalar handed to a type that wants a particular kind of value: YAML keeps scalars
/// as text, so booleans are read here rather than by serde's string deserializer.
struct ScalarText<'a>(&'a str);

impl<'de> Deserializer<'de> for ScalarText<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_str(self.0)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.0 {
            "true" => visitor.visit_bool(true),
            "false" => visitor.visit_bool(false),
            other => Err(carry(
                &Message::new("model-not-true-false-unknown").with("given", other),
            )),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        visitor.visit_some(self)
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use liaison_domain::catalogue::{Phase, ThreatKind};

    fn yaml<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, String> {
        marked_yaml::from_yaml(0, text).map_err(|e| {
            let text = e.to_string();
            // A carried message runs to the end of serde's text, or to its first space after
            // the JSON when a position follows.
            match text.find(MESSAGE_MARK) {
                Some(start) => {
                    let mut stream =
                        serde_json::Deserializer::from_str(&text[start + MESSAGE_MARK.len()..])
                            .into_iter::<Message>();
                    match stream.next() {
                        Some(Ok(message)) => message.to_string(),
                        _ => text,
                    }
                }
                None => text,
            }
        })
    }

    #[derive(Debug, Deserialize)]
    struct Doc<T> {
        v: T,
    }

    #[test]
    fn unknown_is_a_value_of_its_own() {
        let d: Doc<OrUnknown<bool>> = yaml("v: unknown").unwrap();
        assert_eq!(d.v, OrUnknown::Unknown);
        let d: Doc<OrUnknown<bool>> = yaml("v: false").unwrap();
        assert_eq!(d.v, OrUnknown::Known(false));
        let err = yaml::<Doc<OrUnknown<bool>>>("v: maybe").unwrap_err();
        assert!(
            err.contains("'maybe' is not true, false or unknown"),
            "{err}"
        );
    }

    #[test]
    fn all_or_a_list_of_catalogue_ids() {
        let d: Doc<AllOr<Entry<Phase>>> = yaml("v: all").unwrap();
        assert!(d.v.to_set().is_all());
        let d: Doc<AllOr<Entry<Phase>>> = yaml("v: [voting, counting]").unwrap();
        assert_eq!(d.v.to_set().ids(), "voting, counting");
        let err = yaml::<Doc<AllOr<Entry<ThreatKind>>>>("v: [dddos]").unwrap_err();
        assert!(err.contains("did you mean 'ddos'"), "{err}");
    }

    #[test]
    fn located_values_know_their_line_and_column() {
        let d: Doc<Vec<Located<String>>> = yaml("v:\n  - a\n  - b\n").unwrap();
        assert_eq!(d.v[1].value, "b");
        assert_eq!((d.v[1].at.line, d.v[1].at.column), (3, 5));
        let d: Doc<OrUnknown<Vec<Located<String>>>> = yaml("v: [x, y]").unwrap();
        let OrUnknown::Known(items) = d.v else {
            panic!("known list expected")
        };
        assert_eq!(items[1].at.column, 8);
    }

    #[test]
    fn dates_are_checked() {
        let d: Doc<Day> = yaml("v: 2027-05-15").unwrap();
        assert_eq!(d.v.0.to_string(), "2027-05-15");
        assert!(
            yaml::<Doc<Day>>("v: 2027-02-30")
                .unwrap_err()
                .contains("YYYY-MM-DD")
        );
        let d: Doc<Approximate> = yaml("v: 2019").unwrap();
        assert_eq!(d.v.0.to_string(), "2019");
    }
}
