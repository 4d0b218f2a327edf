//! Initials written together before a surname: "J.K. Rowling", "H.R.
//! McMaster", "K.C. Maurer".
//!
//! The tokenizer keeps "J.K." as one token, a shape the training texts (which
//! mostly write "J. K.") hardly show, so the tagger misses the person or
//! finds the surname alone. Two or three dotted capitals directly before a
//! capitalised word start a person's name when:
//! - the capitals are not a place or organisation the lists know once the
//!   dots are gone ("U.S. Army", "Washington, D.C. The", "U.N. Security"),
//!   nor an abbreviation ("P.S.", "A.M.");
//! - the word after them is a PERSON name the tagger found (which then
//!   starts at the initials), or is untagged, shaped like a name, not a
//!   common English word and not in the place, group or organisation lists.

use super::super::gazetteer::Gazetteer;
use super::super::hash;
use super::initial_names::NOT_FIRST_NAMES;
use super::{mention, starting_at, NameMention, Sentences};
use crate::entities::common_words::is_common_word;
use crate::text::span::Span;

/// Dotted capitals that are abbreviations, not initials ("P.S. Slacks are
/// on sale" is a postscript).
const NOT_INITIALS: [&str; 8] = [
    "P.S.", "A.M.", "P.M.", "B.C.", "A.D.", "N.B.", "R.I.P.", "P.P.S.",
];

/// "J.K.", "J.R.R.": two or three capitals, each with its period.
fn is_dotted_initials(w: &str) -> bool {
    // the shape first: it turns away almost every word, unlike the list
    let b = w.as_bytes();
    (4..=6).contains(&b.len())
        && b.len() % 2 == 0
        && b.chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
        && !NOT_INITIALS.contains(&w)
}

/// A capitalised word of lower-case letters after the first ("Rowling",
/// "McMaster", "O'Neill" and "Smith-Jones" too).
fn surname_shaped(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && w.chars().count() >= 2
        && w.chars().any(char::is_lowercase)
        && chars.all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
}

/// Whether the lists know `w` as a place, group, organisation or title: no
/// one's initials or surname.
fn listed(gaz: &Gazetteer, w: &str) -> bool {
    let bits = gaz.lookup_one(hash::lower(w));
    NOT_FIRST_NAMES.iter().any(|l| bits & l.begin_bit() != 0)
}

pub fn apply(text: &str, sentences: &Sentences, names: &mut Vec<NameMention>) {
    let gaz = Gazetteer::get();
    let mut found = Vec::new();
    for sent in sentences {
        for pair in sent.windows(2) {
            let ((a, b), (c, d)) = (pair[0], pair[1]);
            let initials = &text[a..b];
            if !is_dotted_initials(initials) || listed(gaz, &initials.replace('.', "")) {
                continue;
            }
            let word = &text[c..d];
            // the name that starts last before the word ends covers it, if any does
            let before = names.partition_point(|n| n.span.start < d);
            let covered = before > 0 && names[before - 1].span.end > c;
            match starting_at(names, c) {
                Some(k) if names[k].label == "PERSON" => names[k].span.start = a,
                Some(_) => {}
                None if covered => {}
                None => {
                    if surname_shaped(word) && !is_common_word(word) && !listed(gaz, word) {
                        found.push(mention(Span::new(a, d), "PERSON", 0.6));
                    }
                }
            }
        }
    }
    names.extend(found);
    crate::sort::by_key(names, |n| n.span.start);
}

#[cfg(test)]
mod tests {
    use super::super::testing::{has, names};
    use super::*;

    #[test]
    fn initials_start_a_person_name() {
        for (t, name) in [
            ("The author J.K. Rowling wrote it.", "J.K. Rowling"),
            ("The adviser H.R. McMaster resigned.", "H.R. McMaster"),
            ("The treasurer K.C. Maurer said so.", "K.C. Maurer"),
            ("The columnist E.J. Dionne wrote it.", "E.J. Dionne"),
        ] {
            assert!(has(t, name, "PERSON"), "{t}: {:?}", names(t));
        }
    }

    #[test]
    fn places_and_words_after_initials_stay_apart() {
        for t in [
            "Officials of the U.S. Army met.",
            "He flew to Washington, D.C. The next day he left.",
            "The U.K. Parliament voted.",
            "It cost A.B. Nothing more.",
            "See you soon. P.S. Slacks are on sale.",
        ] {
            assert!(
                !names(t)
                    .iter()
                    .any(|(n, l)| n.contains(". ") && *l == "PERSON"),
                "{t}: {:?}",
                names(t)
            );
        }
        assert!(is_dotted_initials("J.K.") && is_dotted_initials("J.R.R."));
        assert!(
            !is_dotted_initials("U.S") && !is_dotted_initials("J.") && !is_dotted_initials("Mr.")
        );
    }
}
