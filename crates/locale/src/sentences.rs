//! The analysis's sentences (findings, evidence, recommendations) in every language.
//!
//! The domain says what it found as a wording's key and its values; here each value is worded
//! in the reader's language (a catalogue label, a date, a list) and the sentence is formatted
//! from the catalogue. The English file `sentences.ftl` is written from the domain's wordings.

use crate::{Arg, Locale, MonthStyle};
use liaison_domain::analysis::{ObjectRef, Sentence, Term, wording};

impl Locale {
    /// The sentence in this language; `name` words each object it names (a page gives the
    /// object's name, or a marker it turns into a link).
    pub fn sentence(
        self,
        sentence: &Sentence,
        name: &mut dyn FnMut(&ObjectRef) -> String,
    ) -> String {
        let args: Vec<(&str, Arg)> = sentence
            .args
            .iter()
            .map(|(key, term)| (*key, self.term(term, name)))
            .collect();
        self.text_with(sentence.key(), &args)
    }

    /// Sentences one after the other, as the language separates them: "a; b".
    pub fn sentences(
        self,
        sentences: &[Sentence],
        name: &mut dyn FnMut(&ObjectRef) -> String,
    ) -> String {
        let separator = self.text("sentence-separator");
        sentences
            .iter()
            .map(|s| self.sentence(s, name))
            .collect::<Vec<_>>()
            .join(&separator)
    }

    fn term(self, term: &Term, name: &mut dyn FnMut(&ObjectRef) -> String) -> Arg {
        match term {
            Term::Object(object) => Arg::Text(name(object)),
            Term::Label(label) => Arg::Text(liaison_domain::catalogue::in_sentence(
                &self.text(&crate::labels::key_of(label.list, label.id)),
            )),
            Term::Number(n) => Arg::from(*n),
            Term::Date(date) => Arg::Text(self.date(*date, MonthStyle::Long)),
            Term::Text(text) => Arg::Text(text.clone()),
            Term::Clause(sentence) => Arg::Text(self.sentence(sentence, name)),
            Term::List { items, more } => {
                let words: Vec<String> = items
                    .iter()
                    .map(|item| match self.term(item, name) {
                        Arg::Text(text) => text,
                        Arg::Number(n) => self.number(n as i64),
                    })
                    .collect();
                Arg::Text(self.list(&words, *more))
            }
        }
    }

    /// "a, b and c"; "a, b, c and 2 more".
    pub fn list(self, words: &[String], more: usize) -> String {
        let separator = self.text("list-separator");
        match (words, more) {
            ([], _) => String::new(),
            ([one], 0) => one.clone(),
            ([init @ .., last], 0) => self.text_with(
                "list-and",
                &[
                    ("init", init.join(&separator).into()),
                    ("last", last.into()),
                ],
            ),
            (all, more) => self.text_with(
                "list-and-more",
                &[
                    ("listed", all.join(&separator).into()),
                    ("count", more.into()),
                ],
            ),
        }
    }
}

/// The English sentences file, as the domain's wordings make it.
pub fn english_sentences() -> String {
    let mut out = String::from(
        "# The analysis's sentences. Written from the domain's wordings:\n\
         # LIAISON_BLESS=1 cargo test -p liaison-locale rewrites this file; do not edit it here.\n\n",
    );
    for wording in wording::ALL {
        out.push_str(&format!("{} = {}\n", wording.key, wording.english));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use liaison_domain::analysis::{Analysis, AnalysisOptions, ObjectKind, analyse};
    use time::macros::date;

    /// Analyses of generated countries, which have a little of every defect.
    fn analyses() -> Vec<Analysis> {
        let today = date!(2026 - 11 - 25);
        (1..=4)
            .map(|seed| {
                let model = liaison_domain::synthetic::national_model(12, seed, today);
                analyse(&model, &AnalysisOptions::new(today))
            })
            .collect()
    }

    #[test]
    fn the_english_sentences_are_the_domains() {
        crate::catalogue::assert_written_from_domain("sentences", &english_sentences());
    }

    /// Every sentence the analysis says of generated models, worded in English here, is the
    /// domain's own English once objects are quoted and dates written the ISO way.
    #[test]
    fn english_here_says_what_the_domain_says() {
        let mut quote = |o: &ObjectRef| format!("'{}'", o.id);
        let analyses = analyses();
        let findings: Vec<_> = analyses.iter().flat_map(|a| &a.findings).collect();
        assert!(findings.len() > 20, "{}", findings.len());
        for finding in findings {
            let here = Locale::En.sentence(&finding.message, &mut quote);
            if !has_date(&finding.message) {
                assert_eq!(here, finding.message.to_string());
            }
            assert!(!here.contains("{"), "{here}");
        }
    }

    fn has_date(sentence: &Sentence) -> bool {
        fn term(t: &Term) -> bool {
            match t {
                Term::Date(_) => true,
                Term::Clause(s) => has_date(s),
                Term::List { items, .. } => items.iter().any(term),
                _ => false,
            }
        }
        sentence.args.iter().any(|(_, t)| term(t))
    }

    #[test]
    fn every_language_words_every_sentence_with_its_values() {
        let analyses = analyses();
        let mut name = |o: &ObjectRef| match o.kind {
            ObjectKind::Organisation => format!("«{}»", o.id),
            _ => o.id.clone(),
        };
        for locale in Locale::ALL {
            for wording in wording::ALL {
                assert!(locale.has(wording.key), "{locale} lacks {}", wording.key);
            }
            for finding in analyses.iter().flat_map(|a| &a.findings) {
                let text = locale.sentence(&finding.message, &mut name);
                for object in finding.message.objects() {
                    if object.kind == ObjectKind::Organisation {
                        assert!(
                            text.contains(&format!("«{}»", object.id)),
                            "{locale}: {text}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn counts_take_each_language_s_plural_forms() {
        let said = |locale: Locale, n: i64| {
            let sentence =
                Sentence::new(&wording::UNCOVERED_CELLS, vec![("count", Term::Number(n))]);
            locale.sentence(&sentence, &mut |o: &ObjectRef| o.id.clone())
        };
        assert_eq!(
            said(Locale::En, 1),
            "1 cell of the responsibility matrix has no accountable organisation"
        );
        assert!(said(Locale::En, 13).starts_with("13 cells"));
        assert!(
            said(Locale::Fr, 1).starts_with("1 case de"),
            "{}",
            said(Locale::Fr, 1)
        );
        assert!(said(Locale::Fr, 13).starts_with("13 cases de"));
        assert!(
            said(Locale::Ar, 2).contains("خانتان"),
            "{}",
            said(Locale::Ar, 2)
        );
        assert!(
            said(Locale::Ar, 5).contains("خانات"),
            "{}",
            said(Locale::Ar, 5)
        );
        // The domain's own English says the same.
        let english = Sentence::new(&wording::UNCOVERED_CELLS, vec![("count", Term::Number(1))]);
        assert_eq!(english.to_string(), said(Locale::En, 1));
    }

    #[test]
    fn lists_follow_the_language() {
        let words: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        assert_eq!(Locale::En.list(&words, 0), "a, b and c");
        assert_eq!(Locale::En.list(&words, 2), "a, b, c and 2 more");
        assert_eq!(Locale::Fr.list(&words, 0), "a, b et c");
        assert_eq!(Locale::Es.list(&words[..2], 0), "a y b");
    }
}
