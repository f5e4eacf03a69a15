//! A message kept to be worded later: its key and its values, stored with what happened (an
//! item's history) and worded in each reader's language when it is read.
//!
//! Unlike a text formatted at once, a kept message names a catalogue entry by its key and a
//! number as a number, so French readers read "gravité élevée" and Arabic readers their own
//! plural forms, however long ago the line was written.

use crate::{Arg, Locale};
use liaison_domain::catalogue::{CatalogueEntry, in_sentence};
use serde::{Deserialize, Serialize};

/// A catalogue message's key with the values of its variables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub key: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, Value)>,
}

/// A value a kept message names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Value {
    /// A name or words as written (an organisation's name, a platform, a file name).
    Text(String),
    Number(i64),
    /// A catalogue entry (or any message of the catalogue) by its key, worded inside a sentence.
    Label(String),
    /// "a, b and c".
    List(Vec<Value>),
    /// A clause worded on its own.
    Message(Box<Message>),
    /// Clauses one per line, such as the problems of a model file.
    Lines(Vec<Value>),
}

impl Message {
    /// The message `key` with no values.
    pub fn new(key: &str) -> Message {
        Message {
            key: key.to_owned(),
            args: Vec::new(),
        }
    }

    /// Text already written elsewhere (by a check of a model file, say), kept as it is.
    pub fn as_written(text: impl Into<String>) -> Message {
        Message::new("refusal-as-written").with("text", Value::Text(text.into()))
    }

    /// The message with one more value.
    #[must_use]
    pub fn with(mut self, name: &str, value: impl Into<Value>) -> Message {
        self.args.push((name.to_owned(), value.into()));
        self
    }
}

impl Value {
    /// A catalogue entry: `Value::label(ThreatKind::Ddos)`.
    pub fn label<E: CatalogueEntry>(entry: E) -> Value {
        Value::Label(crate::labels::key(entry))
    }

    /// A field or scale as refusals name it: `lessons learned` is the catalogue's
    /// `field-lessons-learned`.
    pub fn field(name: &str) -> Value {
        Value::Label(format!("field-{}", name.replace(' ', "-")))
    }

    /// Why an organisation is on an incident (`accountable`, `escalation`…).
    pub fn assignment_role(role: liaison_domain::incident::AssignmentRole) -> Value {
        Value::Label(crate::labels::assignment_role_key(role))
    }

    /// A list of values.
    pub fn list<V: Into<Value>>(items: impl IntoIterator<Item = V>) -> Value {
        Value::List(items.into_iter().map(Into::into).collect())
    }
}

impl From<&str> for Value {
    fn from(value: &str) -> Self {
        Value::Text(value.to_owned())
    }
}
impl From<String> for Value {
    fn from(value: String) -> Self {
        Value::Text(value)
    }
}
impl From<&String> for Value {
    fn from(value: &String) -> Self {
        Value::Text(value.clone())
    }
}
impl From<i64> for Value {
    fn from(value: i64) -> Self {
        Value::Number(value)
    }
}
impl From<usize> for Value {
    fn from(value: usize) -> Self {
        Value::Number(i64::try_from(value).unwrap_or(i64::MAX))
    }
}
impl From<Message> for Value {
    fn from(value: Message) -> Self {
        Value::Message(Box::new(value))
    }
}

/// In English, the language of logs and of the API.
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Locale::En.message(self))
    }
}

impl Locale {
    /// A kept message in this language.
    pub fn message(self, message: &Message) -> String {
        let args: Vec<(&str, Arg)> = message
            .args
            .iter()
            .map(|(name, value)| (name.as_str(), self.value(value)))
            .collect();
        self.text_with(&message.key, &args)
    }

    /// Kept messages one after the other, each a sentence of its own.
    pub fn messages(self, messages: &[Message]) -> String {
        messages
            .iter()
            .map(|m| self.message(m))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A value as words on their own, numbers grouped as the language groups them.
    fn word(self, value: &Value) -> String {
        match self.value(value) {
            Arg::Text(text) => text,
            #[allow(clippy::cast_possible_truncation)]
            Arg::Number(n) => self.number(n as i64),
        }
    }

    fn value(self, value: &Value) -> Arg {
        match value {
            Value::Text(text) => Arg::Text(text.clone()),
            Value::Number(n) => Arg::from(*n),
            Value::Label(key) => Arg::Text(in_sentence(&self.text(key))),
            Value::Message(message) => Arg::Text(self.message(message)),
            Value::List(items) => {
                let words: Vec<String> = items.iter().map(|item| self.word(item)).collect();
                Arg::Text(self.list(&words, 0))
            }
            Value::Lines(items) => Arg::Text(
                items
                    .iter()
                    .map(|item| self.word(item))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use liaison_domain::catalogue::{IncidentSeverity, ThreatKind};

    fn reported() -> Message {
        Message::new("timeline-reported")
            .with("organisation", "Lowport election office")
            .with("threat", Value::label(ThreatKind::Ddos))
            .with("severity", Value::label(IncidentSeverity::High))
            .with("tlp", "TLP:AMBER")
    }

    #[test]
    fn a_kept_message_names_catalogue_entries_in_the_readers_language() {
        let english = Locale::En.message(&reported());
        let french = Locale::Fr.message(&reported());
        assert!(english.contains("Lowport election office"), "{english}");
        assert!(
            english.contains(&Locale::En.label_in_sentence(ThreatKind::Ddos)),
            "{english}"
        );
        assert!(
            french.contains(&Locale::Fr.label_in_sentence(ThreatKind::Ddos)),
            "{french}"
        );
        assert!(
            french.contains(&Locale::Fr.label_in_sentence(IncidentSeverity::High)),
            "{french}"
        );
        assert_ne!(english, french);
    }

    #[test]
    fn a_kept_message_survives_storage() {
        let nested = Message::new("timeline-routed").with(
            "organisations",
            Value::list([Message::new("timeline-routed-to")
                .with("organisation", "CERT")
                .with("role", Value::Label("incident-role-accountable".into()))]),
        );
        let stored = serde_json::to_string(&nested).unwrap();
        let read: Message = serde_json::from_str(&stored).unwrap();
        assert_eq!(read, nested);
        assert_eq!(Locale::Es.message(&read), Locale::Es.message(&nested));
    }
}
