//! The sentences the analysis says: a wording's key and the values it names, so that each
//! reader's language can word them.
//!
//! The domain owns the English wordings (in [`super::wording`]); the locale crate's English file
//! is written from them and the other languages translate it. A value the sentence names stays
//! a value (an object, a catalogue entry, a number, a date) until it is worded, so a page can
//! name and link an object and a language can choose its plural forms.

use super::finding::ObjectRef;
use crate::catalogue::CatalogueEntry;
use serde::{Serialize, Serializer};
use std::fmt::{self, Write as _};
use time::Date;

/// A sentence to be worded, in English: placeholders `{ $name }` (Fluent syntax).
#[derive(Debug, PartialEq, Eq)]
pub struct Wording {
    pub key: &'static str,
    pub english: &'static str,
}

impl Wording {
    /// The names of its placeholders, in order of appearance.
    pub fn variables(&self) -> Vec<&'static str> {
        let mut names = Vec::new();
        let mut rest = self.english;
        while let Some(at) = rest.find("{ $") {
            rest = &rest[at + 3..];
            let end = rest.find([' ', '}']).unwrap_or(rest.len());
            names.push(&rest[..end]);
        }
        names
    }
}

/// A value a sentence names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// An object of the model; a page names and links it, English quotes its key.
    Object(ObjectRef),
    /// A catalogue entry, inside a sentence.
    Label(Label),
    Number(i64),
    Date(Date),
    /// Text from the model itself, such as an agreement's title: shown as written.
    Text(String),
    /// "a, b and c", or "a, b, c and 2 more" when `more` were left out.
    List {
        items: Vec<Term>,
        more: usize,
    },
    /// A clause worded on its own.
    Clause(Box<Sentence>),
}

/// A catalogue entry as a sentence names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// The entry's list ([`CatalogueEntry::LIST_NAME`]) and id.
    pub list: &'static str,
    pub id: &'static str,
    english: String,
}

impl Term {
    pub fn label<E: CatalogueEntry>(entry: E) -> Term {
        Term::Label(Label {
            list: E::LIST_NAME,
            id: entry.id(),
            english: entry.label_in_sentence(),
        })
    }

    pub fn labels<E: CatalogueEntry>(entries: impl IntoIterator<Item = E>) -> Term {
        Term::list(entries.into_iter().map(Term::label).collect(), 0)
    }

    pub fn object(object: ObjectRef) -> Term {
        Term::Object(object)
    }

    pub fn list(items: Vec<Term>, more: usize) -> Term {
        Term::List { items, more }
    }

    pub fn number(n: impl TryInto<i64>) -> Term {
        Term::Number(n.try_into().unwrap_or(i64::MAX))
    }

    pub fn text(text: impl Into<String>) -> Term {
        Term::Text(text.into())
    }

    pub fn clause(sentence: Sentence) -> Term {
        Term::Clause(Box::new(sentence))
    }
}

/// A wording with its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub wording: &'static Wording,
    pub args: Vec<(&'static str, Term)>,
}

impl Sentence {
    /// The wording with `args`, one per placeholder.
    pub fn new(wording: &'static Wording, args: Vec<(&'static str, Term)>) -> Sentence {
        debug_assert!(
            {
                let mut wanted = wording.variables();
                let mut given: Vec<&str> = args.iter().map(|(name, _)| *name).collect();
                wanted.sort_unstable();
                wanted.dedup();
                given.sort_unstable();
                wanted == given
            },
            "{} takes {:?}",
            wording.key,
            wording.variables()
        );
        Sentence { wording, args }
    }

    /// A wording without placeholders.
    pub fn plain(wording: &'static Wording) -> Sentence {
        Sentence::new(wording, Vec::new())
    }

    /// This sentence, then `next`: "a; b".
    pub fn then(self, next: Sentence) -> Sentence {
        Sentence::new(
            &super::wording::ALSO,
            vec![
                ("first", Term::clause(self)),
                ("second", Term::clause(next)),
            ],
        )
    }

    /// Sentences one after the other: "a; b; c".
    pub fn all(sentences: &[Sentence]) -> Term {
        let mut rest = sentences.iter().rev().cloned();
        match rest.next() {
            Some(last) => Term::clause(rest.fold(last, |later, earlier| earlier.then(later))),
            None => Term::text(""),
        }
    }

    pub fn key(&self) -> &'static str {
        self.wording.key
    }

    /// The objects it names, in order, nested clauses and lists included.
    pub fn objects(&self) -> Vec<&ObjectRef> {
        fn walk<'a>(term: &'a Term, out: &mut Vec<&'a ObjectRef>) {
            match term {
                Term::Object(o) => out.push(o),
                Term::List { items, .. } => items.iter().for_each(|t| walk(t, out)),
                Term::Clause(s) => s.args.iter().for_each(|(_, t)| walk(t, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        self.args.iter().for_each(|(_, t)| walk(t, &mut out));
        out
    }
}

/// English, as the command line's reports and the JSON report write it.
impl fmt::Display for Sentence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.fill(self.wording.english, f)
    }
}

impl Sentence {
    /// Writes `pattern` with its placeables filled: `{ $name }`, and `{ $name -> [one] …
    /// *[other] … }`, which chooses English's form for the number `name`.
    fn fill(&self, pattern: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = pattern;
        while let Some(at) = rest.find("{ $") {
            f.write_str(&rest[..at])?;
            let after = &rest[at + 3..];
            let end = after.find([' ', '}']).unwrap_or(after.len());
            let name = &after[..end];
            let term = self.args.iter().find(|(n, _)| *n == name).map(|(_, t)| t);
            if let Some(select) = after[end..].strip_prefix(" ->") {
                let close = closing_brace(select);
                let one = matches!(term, Some(Term::Number(1)));
                self.fill(variant(&select[..close], one), f)?;
                rest = select.get(close + 1..).unwrap_or("");
            } else {
                match term {
                    Some(term) => write!(f, "{term}")?,
                    None => write!(f, "{{ ${name} }}")?,
                }
                rest = after.get(end + 2..).unwrap_or("");
            }
        }
        f.write_str(rest)
    }
}

/// Where the selector that `text` is the inside of ends: its closing brace.
fn closing_brace(text: &str) -> usize {
    let mut depth = 0usize;
    for (at, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return at,
            '}' => depth -= 1,
            _ => {}
        }
    }
    text.len()
}

/// The variant of a selector's variants: `[one]` for one when there is one, else the default
/// (`*[…]`).
fn variant(variants: &str, one: bool) -> &str {
    let mut chosen = "";
    for line in variants.lines().map(str::trim_start) {
        let (default, line) = match line.strip_prefix('*') {
            Some(line) => (true, line),
            None => (false, line),
        };
        let Some((key, text)) = line.strip_prefix('[').and_then(|l| l.split_once(']')) else {
            continue;
        };
        if one && key == "one" {
            return text.trim();
        }
        if default {
            chosen = text.trim();
        }
    }
    chosen
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Term::Object(o) => write!(f, "'{}'", o.id),
            Term::Label(label) => f.write_str(&label.english),
            Term::Number(n) => f.write_str(&grouped(*n)),
            Term::Date(d) => write!(f, "{d}"),
            Term::Text(t) => f.write_str(t),
            Term::Clause(s) => write!(f, "{s}"),
            Term::List { items, more } => {
                let words: Vec<String> = items.iter().map(ToString::to_string).collect();
                match (words.as_slice(), more) {
                    ([], _) => Ok(()),
                    (_, 0) if words.len() == 1 => f.write_str(&words[0]),
                    ([init @ .., last], 0) => write!(f, "{} and {last}", init.join(", ")),
                    (all, more) => write!(f, "{} and {more} more", all.join(", ")),
                }
            }
        }
    }
}

/// "12,345", as English groups digits.
fn grouped(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        let _ = out.write_char(c);
    }
    out
}

/// A sentence is written out in English where it is serialised (the JSON report).
impl Serialize for Sentence {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::ObjectKind;
    use crate::catalogue::Phase;

    static WHO: Wording = Wording {
        key: "test-who",
        english: "{ $who } meets in { $phases } ({ $count } times).",
    };

    #[test]
    fn english_fills_each_placeholder() {
        let sentence = Sentence::new(
            &WHO,
            vec![
                ("who", Term::object(ObjectRef::new(ObjectKind::Forum, "tf"))),
                ("phases", Term::labels([Phase::Voting, Phase::Counting])),
                ("count", Term::number(12_345)),
            ],
        );
        assert_eq!(
            sentence.to_string(),
            "'tf' meets in voting and counting (12,345 times)."
        );
        assert_eq!(WHO.variables(), ["who", "phases", "count"]);
        assert_eq!(sentence.objects().len(), 1);
    }

    static CELLS: Wording = Wording {
        key: "test-cells",
        english: "{ $count ->\n    [one] { $count } cell has\n   *[other] { $count } cells have\n} no { $what }.",
    };

    #[test]
    fn english_chooses_the_singular_for_one() {
        let said = |n: i64| {
            Sentence::new(
                &CELLS,
                vec![("count", Term::Number(n)), ("what", Term::text("owner"))],
            )
            .to_string()
        };
        assert_eq!(said(1), "1 cell has no owner.");
        assert_eq!(said(13), "13 cells have no owner.");
        assert_eq!(said(1_000), "1,000 cells have no owner.");
        assert_eq!(CELLS.variables(), ["count", "count", "count", "what"]);
    }

    #[test]
    fn a_list_with_more_says_how_many_were_left_out() {
        let items = vec![Term::text("a"), Term::text("b")];
        assert_eq!(Term::list(items.clone(), 3).to_string(), "a, b and 3 more");
        assert_eq!(Term::list(items[..1].to_vec(), 0).to_string(), "a");
        assert_eq!(Term::list(Vec::new(), 0).to_string(), "");
    }
}
