//! Words to find: how the text of a shared item is indexed and how a reader's words are asked
//! for, the same on every database.
//!
//! A text is cut into words (runs of letters and digits), folded (lower case, accents removed)
//! and indexed with, beside each word, its stem in the language it was written in, so that
//! "attaques" finds "attaque" in a French report. A reader's word is looked for as the start
//! of an indexed word, folded or stemmed in any shipped language, since a reader may search in
//! another language than the one a report was written in. Words written together with dots,
//! dashes or slashes (an address, a domain) are looked for as a phrase: `198.51.100.7` finds
//! exactly that address. All the reader's words must be found.

use rust_stemmers::{Algorithm, Stemmer};
use std::collections::BTreeSet;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The most words of a search that are looked for; further words are ignored.
pub const MAX_SEARCH_WORDS: usize = 8;
/// The longest word indexed or looked for, in characters: longer runs are cut.
const MAX_WORD: usize = 64;

/// The languages the platform ships, each with the stemmer of its words.
const LANGUAGES: [(&str, Algorithm); 4] = [
    ("en", Algorithm::English),
    ("fr", Algorithm::French),
    ("es", Algorithm::Spanish),
    ("ar", Algorithm::Arabic),
];

fn stemmer_of(language: &str) -> Stemmer {
    let primary = language.split(['-', '_']).next().unwrap_or_default();
    let algorithm = LANGUAGES
        .iter()
        .find(|(tag, _)| tag.eq_ignore_ascii_case(primary))
        .map_or(Algorithm::English, |(_, a)| *a);
    Stemmer::create(algorithm)
}

/// The words of `text`, folded, in order.
fn words(text: &str) -> Vec<String> {
    let folded: String = text
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect();
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().take(MAX_WORD).collect())
        .collect()
}

/// What is indexed of a text written in `language` (a tag such as `fr`; English when it is
/// not one the platform ships): its folded words, each followed by its stem when that differs,
/// separated by spaces.
pub fn index_terms(text: &str, language: &str) -> String {
    let stemmer = stemmer_of(language);
    let mut terms = Vec::new();
    for word in words(text) {
        let stem = stemmer.stem(&word).into_owned();
        let differs = stem != word && !stem.is_empty();
        terms.push(word);
        if differs {
            terms.push(stem);
        }
    }
    terms.join(" ")
}

/// One thing a search looks for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Term {
    /// A word: an indexed word that starts with any of these forms (folded, or stemmed).
    Word(BTreeSet<String>),
    /// Words written together (`198.51.100.7`): these indexed words, one after the other.
    Phrase(Vec<String>),
}

/// A reader's words, ready to be asked of either database's full-text index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    terms: Vec<Term>,
}

impl SearchQuery {
    /// The query for the words a reader typed; `None` when there is no word to look for.
    pub fn parse(given: &str) -> Option<SearchQuery> {
        let stemmers: Vec<Stemmer> = LANGUAGES.iter().map(|(_, a)| Stemmer::create(*a)).collect();
        let mut terms = Vec::new();
        for chunk in given.split_whitespace() {
            let parts = words(chunk);
            let term = match parts.as_slice() {
                [] => continue,
                [word] => {
                    let mut forms = BTreeSet::from([word.clone()]);
                    for stemmer in &stemmers {
                        let stem = stemmer.stem(word);
                        if !stem.is_empty() {
                            forms.insert(stem.into_owned());
                        }
                    }
                    // A form that starts with another adds nothing to a search by beginnings.
                    let shortest: BTreeSet<String> = forms
                        .iter()
                        .filter(|f| !forms.iter().any(|g| g != *f && f.starts_with(g.as_str())))
                        .cloned()
                        .collect();
                    Term::Word(shortest)
                }
                _ => Term::Phrase(parts),
            };
            if !terms.contains(&term) {
                terms.push(term);
            }
            if terms.len() == MAX_SEARCH_WORDS {
                break;
            }
        }
        (!terms.is_empty()).then_some(SearchQuery { terms })
    }

    /// The query in SQLite FTS5's syntax. Every word is quoted, so nothing the reader typed is
    /// read as an operator.
    pub fn fts5(&self) -> String {
        self.terms
            .iter()
            .map(|term| match term {
                Term::Word(forms) => {
                    let forms: Vec<String> = forms.iter().map(|f| format!("\"{f}\"*")).collect();
                    format!("({})", forms.join(" OR "))
                }
                Term::Phrase(words) => format!("\"{}\"", words.join(" ")),
            })
            .collect::<Vec<_>>()
            .join(" AND ")
    }

    /// The query in PostgreSQL's `to_tsquery('simple', …)` syntax. Words hold only letters
    /// and digits, so nothing the reader typed is read as an operator.
    pub fn tsquery(&self) -> String {
        self.terms
            .iter()
            .map(|term| match term {
                Term::Word(forms) => {
                    let forms: Vec<String> = forms.iter().map(|f| format!("{f}:*")).collect();
                    format!("({})", forms.join(" | "))
                }
                Term::Phrase(words) => format!("({})", words.join(" <-> ")),
            })
            .collect::<Vec<_>>()
            .join(" & ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_indexed_folded_with_the_stems_of_their_language() {
        assert_eq!(
            index_terms("Attaques DDoS contre le site des résultats", "fr"),
            "attaques attaqu ddos contre contr le site sit des de resultats resultat"
        );
        assert_eq!(
            index_terms("Phishing e-mails", "en"),
            "phishing phish e mails mail"
        );
        // An unknown language is read as English; an address keeps its parts in order.
        assert_eq!(index_terms("198.51.100.7", "xx"), "198 51 100 7");
        assert_eq!(index_terms("", "en"), "");
    }

    #[test]
    fn a_search_looks_for_each_word_folded_or_stemmed_and_for_addresses_as_phrases() {
        let query = SearchQuery::parse("Résultats 198.51.100.7").unwrap();
        assert_eq!(query.fts5(), "(\"resultat\"*) AND \"198 51 100 7\"");
        assert_eq!(query.tsquery(), "(resultat:*) & (198 <-> 51 <-> 100 <-> 7)");
    }

    #[test]
    fn hostile_and_empty_searches_are_only_words() {
        assert_eq!(
            SearchQuery::parse("  \"*' OR 1=1 --  "),
            SearchQuery::parse("or 1=1")
        );
        let hostile = SearchQuery::parse("NEAR(a b) \"x\" ^y :* & | ! <->").unwrap();
        for text in [hostile.fts5(), hostile.tsquery()] {
            assert!(!text.contains('^') && !text.contains('!') && !text.contains("<->\""));
        }
        assert_eq!(SearchQuery::parse(""), None);
        assert_eq!(SearchQuery::parse("-- ... !!"), None);
        let many = "a b c d e f g h i j k";
        assert_eq!(
            SearchQuery::parse(many).unwrap().terms.len(),
            MAX_SEARCH_WORDS
        );
        let long = "x".repeat(10_000);
        assert!(SearchQuery::parse(&long).unwrap().fts5().len() < 400);
    }
}
