//! The analysis's rules (title, why it matters, what to do) in every language.
//!
//! As for the catalogue, the domain owns the rules' ids and English texts; `rules.ftl` in
//! English is written from it (a test keeps the two equal) and the other languages translate it.

use crate::Locale;
use liaison_domain::analysis::Rule;

impl Locale {
    /// The rule's title: "No 24/7 emergency contact".
    pub fn rule_title(self, rule: Rule) -> String {
        self.text(&rule_key(rule))
    }

    /// Why a finding of the rule matters.
    pub fn rule_why(self, rule: Rule) -> String {
        self.text(&format!("{}.why", rule_key(rule)))
    }

    /// What to do about it.
    pub fn rule_remedy(self, rule: Rule) -> String {
        self.text(&format!("{}.remedy", rule_key(rule)))
    }
}

fn rule_key(rule: Rule) -> String {
    format!("rule-{}", rule.id().replace('_', "-"))
}

/// The English rules file, as the domain's texts make it.
pub fn english_rules() -> String {
    let mut out = String::from(
        "# The analysis's rules. Written from the domain's rules:\n\
         # LIAISON_BLESS=1 cargo test -p liaison-locale rewrites this file; do not edit it here.\n\n",
    );
    for rule in Rule::ALL {
        out.push_str(&format!(
            "{} = {}\n    .why = {}\n    .remedy = {}\n",
            rule_key(*rule),
            rule.title(),
            rule.why(),
            rule.remedy()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_rules_are_the_domains() {
        crate::catalogue::assert_written_from_domain("rules", &english_rules());
    }

    #[test]
    fn every_rule_is_worded_in_every_language() {
        for locale in Locale::ALL {
            for rule in Rule::ALL {
                let key = rule_key(*rule);
                for part in [key.clone(), format!("{key}.why"), format!("{key}.remedy")] {
                    assert!(locale.has(&part), "{locale} lacks {part}");
                }
            }
        }
        assert_eq!(
            Locale::En.rule_title(Rule::ContactNoEmergency),
            Rule::ContactNoEmergency.title()
        );
    }
}
