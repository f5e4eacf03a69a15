//! Errors in model files, each with the place it was found and a sentence a non-programmer
//! understands, kept as a message so that each reader reads it in their language.

use super::values::Position;
use liaison_locale::{Locale, Message, Value};
use std::fmt;

/// One problem in a model.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelError {
    /// Where it is; `None` for problems of the model as a whole, such as an empty directory.
    pub at: Option<Position>,
    pub message: Message,
}

impl ModelError {
    pub fn at(at: Position, message: Message) -> Self {
        ModelError {
            at: Some(at),
            message,
        }
    }

    pub fn whole(message: Message) -> Self {
        ModelError { at: None, message }
    }
}

/// A model that cannot be used, with every problem found in it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct InvalidModel {
    /// The files read, by their index in [`Position::source`].
    pub sources: Vec<String>,
    /// Sorted by file, line and column.
    pub errors: Vec<ModelError>,
    /// Problems found beyond the reporting limit.
    pub not_shown: usize,
}

impl InvalidModel {
    pub(crate) fn new(sources: Vec<String>, mut errors: Vec<ModelError>, limit: usize) -> Self {
        errors.sort_by_key(|e| e.at.map(|p| (p.source, p.line, p.column)));
        errors.dedup();
        let not_shown = errors.len().saturating_sub(limit);
        errors.truncate(limit);
        InvalidModel {
            sources,
            errors,
            not_shown,
        }
    }

    /// `file:line:column` of a position.
    pub fn place(&self, at: Position) -> String {
        let file = self
            .sources
            .get(at.source as usize)
            .map(String::as_str)
            .unwrap_or("?");
        if at.line == 0 {
            file.to_owned()
        } else {
            format!("{file}:{}:{}", at.line, at.column)
        }
    }

    /// The same problems without their places, for a model put together from texts the reader
    /// never saw (the records of the shared model).
    #[must_use]
    pub fn without_places(&self) -> InvalidModel {
        InvalidModel {
            sources: Vec::new(),
            errors: self
                .errors
                .iter()
                .map(|e| ModelError::whole(e.message.clone()))
                .collect(),
            not_shown: self.not_shown,
        }
    }

    /// One message per problem, `file:line:column: what is wrong`, then how many are not shown.
    pub fn line_messages(&self) -> Vec<Message> {
        let mut lines: Vec<Message> = self
            .errors
            .iter()
            .map(|e| match e.at {
                Some(at) => Message::new("model-problem-at")
                    .with("place", self.place(at))
                    .with("problem", e.message.clone()),
                None => e.message.clone(),
            })
            .collect();
        if self.not_shown > 0 {
            lines.push(Message::new("model-problems-not-shown").with("count", self.not_shown));
        }
        lines
    }

    /// One line per problem in `locale`.
    pub fn lines_in(&self, locale: Locale) -> Vec<String> {
        self.line_messages()
            .iter()
            .map(|m| locale.message(m))
            .collect()
    }

    /// One line per problem in English, the language of logs and of the API.
    pub fn lines(&self) -> Vec<String> {
        self.lines_in(Locale::En)
    }

    /// The whole report in `locale`: how many problems, then one indented line for each.
    pub fn report_in(&self, locale: Locale) -> String {
        let count = self.errors.len() + self.not_shown;
        let mut report = locale.message(&Message::new("model-problems-count").with("count", count));
        report.push('\n');
        for line in self.lines_in(locale) {
            report.push_str("  ");
            report.push_str(&line);
            report.push('\n');
        }
        report
    }
}

/// Every problem, one per line, for a refusal kept and worded later.
impl From<&InvalidModel> for Message {
    fn from(invalid: &InvalidModel) -> Message {
        Message::new("model-problems").with(
            "problems",
            Value::Lines(
                invalid
                    .line_messages()
                    .into_iter()
                    .map(Value::from)
                    .collect(),
            ),
        )
    }
}

impl fmt::Display for InvalidModel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.report_in(Locale::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model_file::parse_model_str;

    /// A model with one problem of each common kind: an unknown key, a word not in the
    /// catalogue, a reference to nowhere, dates that are not ones.
    const WRONG: &str = "\
jurisdiction:
  name: Demoland
organisations:
  - id: cec
    name: Central Election Commission
    kind: emb
    levle: national
  - id: cert
    name: National CERT
    kind: nationl_cert
forums:
  - id: tf
    name: Task force
    kind: task_force
    members: [cec, crt]
agreements:
  - id: mou
    title: MoU
    kind: mou
    parties: [cec]
    adopted: 2019-13
election:
  name: General election
  phases:
    voting: 2027-02-30
";

    fn wrong() -> InvalidModel {
        parse_model_str("model.yaml", WRONG).expect_err("the model is wrong")
    }

    #[test]
    fn problems_read_in_english_as_the_file_s_author_wrote_them() {
        let lines = wrong().lines().join("\n");
        for expected in [
            "model.yaml:7:5: organisation 'cec' has an unknown key 'levle'; did you mean 'level'?",
            "'nationl_cert' is not an organisation kind",
            "forum 'tf' lists member 'crt', which is not an organisation; did you mean 'cert'?",
            "'2019-13' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD",
            "'2027-02-30' is not a date; write it as YYYY-MM-DD",
        ] {
            assert!(lines.contains(expected), "'{expected}' not in:\n{lines}");
        }
        assert!(
            !lines.contains('\u{1}'),
            "a carried message leaked:\n{lines}"
        );
    }

    #[test]
    fn problems_read_in_the_reader_s_language() {
        let invalid = wrong();
        let english = invalid.lines();
        for locale in [Locale::Fr, Locale::Es, Locale::Ar] {
            let lines = invalid.lines_in(locale);
            assert_eq!(lines.len(), english.len());
            for (line, english) in lines.iter().zip(&english) {
                assert_ne!(line, english, "{locale:?} is English");
                for words in [
                    "unknown key",
                    "which is not",
                    "did you mean",
                    "is not a date",
                ] {
                    assert!(!line.contains(words), "{locale:?}: '{words}' in {line}");
                }
                // The places and the words of the file stay as written.
                assert!(line.contains("model.yaml:"), "{line}");
            }
        }
        let french = invalid.lines_in(Locale::Fr).join("\n");
        assert!(french.contains("clé inconnue « levle »"), "{french}");
        assert!(
            french.contains("« crt », qui n'est pas une organisation du modèle"),
            "{french}"
        );
        assert!(
            invalid
                .report_in(Locale::Fr)
                .starts_with("le modèle a 5 problèmes")
        );
    }

    #[test]
    fn a_kept_refusal_holds_every_problem_in_any_language() {
        let invalid = wrong();
        let kept: Message =
            serde_json::from_str(&serde_json::to_string(&Message::from(&invalid)).unwrap())
                .unwrap();
        assert_eq!(Locale::En.message(&kept), invalid.lines().join("\n"));
        assert_eq!(
            Locale::Es.message(&kept),
            invalid.lines_in(Locale::Es).join("\n")
        );
    }

    #[test]
    fn problems_can_be_said_without_their_places() {
        let lines = wrong().without_places().lines();
        assert_eq!(lines.len(), wrong().lines().len());
        assert!(
            lines[0].starts_with("organisation 'cec' has an unknown key"),
            "{lines:?}"
        );
        assert!(lines.iter().all(|l| !l.contains("model.yaml")), "{lines:?}");
    }

    #[test]
    fn every_message_the_reader_of_model_files_names_is_in_the_catalogue() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model_file");
        let mut missing = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            for piece in text.split('"').skip(1).step_by(2) {
                let is_key = piece.starts_with("model-")
                    && piece.chars().all(|c| c.is_ascii_lowercase() || c == '-');
                if is_key && !Locale::En.has(piece) {
                    missing.push(format!("{}: {piece}", path.display()));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "not in the catalogue:\n{}",
            missing.join("\n")
        );
    }
}
