//! A name right after a person's title or occupation is a person:
//! "spokeswoman Sujata Raisinghani", "barrister Colin Yeo", "Mayor Kim".
//!
//! The model sometimes types an unfamiliar two-word name as an organisation
//! when it follows an organisation ("Environment Canada spokeswoman Sujata
//! Raisinghani"); the quotation layer then cannot give "she said" to her. The
//! word before the name settles it: a title from the gazetteer
//! (`person_title.txt`) or an occupation noun below. Names an organisation
//! list knows, or that end in an organisation word ("… Council"), are left
//! alone, as are one-word names ("Minister Foreign" is not a reading to make).

use super::super::gazetteer::{Gazetteer, List};
use super::{NameMention, Sentences};

/// Occupations written before a name in news ("campaigner Caitlin Boswell").
const OCCUPATIONS: [&str; 24] = [
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "researcher",
    "lawyer",
    "barrister",
    "attorney",
    "analyst",
    "campaigner",
    "activist",
    "curator",
    "musician",
    "actor",
    "actress",
    "singer",
    "author",
    "writer",
    "journalist",
    "photographer",
    "economist",
    "scientist",
    "illustrator",
    "artist",
    "director",
];

pub fn apply(text: &str, sentences: &Sentences, names: &mut [NameMention]) {
    let gaz = Gazetteer::get();
    for n in names.iter_mut() {
        if !matches!(n.label, "ORG" | "GPE" | "NORP" | "LOC") {
            continue;
        }
        // tokens are numbered across sentences: a binary search a name
        let Some(k) = sentences.starting_at(n.span.start) else {
            continue;
        };
        // the word before, in the same sentence
        let Some(before) = sentences
            .tokens()
            .get(k.wrapping_sub(1))
            .filter(|_| !sentences.starts_sentence(k))
        else {
            continue;
        };
        let name = n.span.slice(text);
        let words: Vec<&str> = name.split_whitespace().collect();
        if !(2..=3).contains(&words.len()) {
            continue;
        }
        let bits = gaz.lookup(name) | gaz.lookup(words[words.len() - 1]);
        let org_like = [
            List::Org,
            List::OrgCue,
            List::Country,
            List::City,
            List::Region,
        ]
        .iter()
        .any(|l| bits & l.begin_bit() != 0);
        if org_like {
            continue;
        }
        let before = &text[before.0..before.1];
        let title = gaz.lookup(before) & List::PersonTitle.begin_bit() != 0;
        if title || OCCUPATIONS.contains(&before.to_lowercase().as_str()) {
            n.label = "PERSON";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{has, names};

    #[test]
    fn names_after_titles_are_people() {
        let t = "Environment Canada spokeswoman Sujata Raisinghani told CBC News the department will look into it.";
        assert!(has(t, "Sujata Raisinghani", "PERSON"), "{:?}", names(t));
    }

    #[test]
    fn organisations_after_titles_stay() {
        let t = "The director of the Medical Research Council said funding would rise.";
        assert!(
            !has(t, "Medical Research Council", "PERSON"),
            "{:?}",
            names(t)
        );
        let t = "Spokesman Dmitry Peskov said the Kremlin had no comment.";
        assert!(has(t, "Kremlin", "ORG"), "{:?}", names(t));
    }
}
