//! A first name at the start of a sentence: "Olha Stefanishyna wrote …".
//!
//! At a sentence start every word is capitalised, so the model trusts a
//! capital only when it knows the word; an unfamiliar first name there is
//! left out and the surname alone comes back as the PERSON. When the word
//! before a sentence's second-word PERSON is capitalised like a name, is not
//! a common English word (`data/ner/common_words.txt`, seen lower-case in the
//! training texts), is never written lower-case in this document and is not a
//! place, group or title the gazetteers know, it is the person's first name.

use super::super::gazetteer::{Gazetteer, HashMapU64, List};
use super::super::hash;
use super::{NameMention, Sentences};
use crate::entities::common_words::is_common_word;
use std::borrow::Cow;

/// Lists whose words are not first names (nor initials or surnames).
pub(super) const NOT_FIRST_NAMES: [List; 8] = [
    List::Country,
    List::City,
    List::Region,
    List::Demonym,
    List::Norp,
    List::Org,
    List::PersonTitle,
    List::OrgCue,
];

fn name_shaped(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && w.chars().count() >= 2
        && chars.all(|c| c.is_lowercase() || c == '-')
}

pub fn apply(text: &str, sentences: &Sentences, names: &mut [NameMention]) {
    let gaz = Gazetteer::get();
    let mut lower_used: Option<Cow<HashMapU64<()>>> = None;
    for sent in sentences.iter().filter(|s| s.len() >= 3) {
        let Some(k) = super::starting_at(names, sent[1].0) else {
            continue;
        };
        let n = &mut names[k];
        if n.label != "PERSON" {
            continue;
        }
        let first = &text[sent[0].0..sent[0].1];
        if !name_shaped(first) || is_common_word(first) {
            continue;
        }
        let bits = gaz.lookup(first);
        if NOT_FIRST_NAMES.iter().any(|l| bits & l.begin_bit() != 0) {
            continue;
        }
        let used = lower_used.get_or_insert_with(|| sentences.lower_case_words(text));
        if used.contains_key(&hash::lower(first)) {
            continue;
        }
        n.span.start = sent[0].0;
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{has, names};
    use super::*;

    #[test]
    fn first_names_at_sentence_start() {
        let t = "Olha Stefanishyna wrote on Monday that negotiations were constructive.";
        assert!(has(t, "Olha Stefanishyna", "PERSON"), "{:?}", names(t));
    }

    #[test]
    fn common_words_and_places_stay_out() {
        assert!(is_common_word("Yesterday") && is_common_word("officials"));
        assert!(!is_common_word("Olha"));
        for (t, surname) in [
            (
                "Yesterday Stefanishyna wrote that talks were constructive.",
                "Stefanishyna",
            ),
            (
                "Ukrainian Stefanishyna wrote that talks were constructive.",
                "Stefanishyna",
            ),
        ] {
            let found = names(t);
            assert!(
                !found
                    .iter()
                    .any(|(n, _)| n.ends_with(surname) && n.contains(' ')),
                "{t}: {found:?}"
            );
        }
        // Used lower-case elsewhere in the text: a word, not a name.
        let t = "Frosty Stefanishyna wrote that talks were constructive. It was frosty.";
        assert!(!has(t, "Frosty Stefanishyna", "PERSON"), "{:?}", names(t));
    }
}
