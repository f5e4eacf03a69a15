//! "Did you mean …?" for ids typed by people.

/// The candidate closest to `given`, if one is close enough to be a likely typo.
pub fn closest<'a>(given: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let given_lower = given.to_lowercase();
    let mut best: Option<(&'a str, f64)> = None;
    for candidate in candidates {
        let score = strsim::normalized_damerau_levenshtein(&given_lower, &candidate.to_lowercase());
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((candidate, score));
        }
    }
    // Short ids need a higher similarity: 'cret' -> 'cert' scores 0.5 and is still a typo,
    // while 'police' vs 'cert' is not.
    best.filter(|(candidate, score)| {
        let distance = strsim::damerau_levenshtein(&given_lower, &candidate.to_lowercase());
        *score >= 0.6 || distance <= 2 && given_lower.chars().count() > 2
    })
    .map(|(c, _)| c)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn typos_find_their_word() {
        assert_eq!(closest("cret", ["cert", "emb", "police"]), Some("cert"));
        assert_eq!(closest("taskfroce", ["taskforce", "wg"]), Some("taskforce"));
        assert_eq!(closest("Ransomware", ["ransomware"]), Some("ransomware"));
    }

    #[test]
    fn unrelated_words_get_no_suggestion() {
        assert_eq!(closest("parliament", ["cert", "emb"]), None);
        assert_eq!(closest("xy", ["ab"]), None);
        assert_eq!(closest("anything", std::iter::empty()), None);
    }
}
