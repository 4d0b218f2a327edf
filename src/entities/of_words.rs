//! Capitalised words after "of" that the tagger left out of a name headed by
//! an organisation or place word: "Museum" + "of Flight", "Department" + "of
//! Justice", "Ministry" + "of Defence".
//!
//! `of_names` joins two names at "of"; here the words after "of" are no name
//! at all, because alone they are common nouns ("Flight", "Justice"). Written
//! with capitals right after a head word and "of", they finish its name.
//! Up to four capitalised words join, in the same sentence, none of them
//! "The", a month or weekday, or an all-capitals word after the first ("the
//! Museum of Flight CEO"). Words that run into another name join nothing
//! ("Palace of Eight" + "Paradises"). A person never takes them.

use super::flat::Sentences;
use super::gazetteer::Gazetteer;
use super::of_names::head_type;
use super::{name_starting_at, Coarse};
use crate::text::span::Span;

const PERSON: usize = 0;

/// Most capitalised words joined after "of".
const MAX_WORDS: usize = 4;

/// Capitalised words that date a name rather than belong to it ("the Council
/// of March", "Monday Council meeting").
pub(super) const DATE_WORDS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn all_capitals(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
}

/// Applies the joins; names stay sorted by position.
pub fn apply(
    text: &str,
    sentences: &Sentences,
    gaz: &Gazetteer,
    mut names: Vec<Coarse>,
) -> Vec<Coarse> {
    let tokens = sentences.tokens();
    let word = |k: usize| sentences.word(text, k);
    for i in 0..names.len() {
        let c = names[i];
        if c.ty == PERSON {
            continue;
        }
        let Some(end) = sentences.ending_at(c.span.end) else {
            continue;
        };
        // the word test first: it turns away almost every name, cheaply
        if word(end + 1) != "of" {
            continue;
        }
        let last = c.span.slice(text).rsplit(' ').next().unwrap_or("");
        let Some(ty) = head_type(gaz, last) else {
            continue;
        };
        let first = end + 2;
        let mut k = first;
        while k < tokens.len() && k - first < MAX_WORDS && !sentences.starts_sentence(k) {
            if name_starting_at(&names, tokens[k].0).is_some() {
                // the words run into another name: no telling where this one ends
                k = first;
                break;
            }
            let w = word(k);
            let capitalised =
                w.starts_with(char::is_uppercase) && w.chars().any(char::is_alphabetic);
            if !capitalised
                || w == "The"
                || DATE_WORDS.contains(&w)
                || (k > first && all_capitals(w))
            {
                break;
            }
            k += 1;
        }
        if k > first && !sentences.starts_sentence(end + 1) {
            names[i] = Coarse {
                span: Span::new(c.span.start, tokens[k - 1].1),
                ty,
                confidence: c.confidence,
            };
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::super::pass_testing::{run_pass, unchanged};
    use super::*;

    const ORG: usize = 1;
    const PLACE: usize = 2;

    fn joined(text: &str, parts: &[(&str, usize)]) -> Vec<(String, usize)> {
        run_pass(text, parts, apply)
    }

    #[test]
    fn capitalised_words_after_of_finish_a_headed_name() {
        for (text, name, full, ty) in [
            (
                "He was the former Museum of Flight CEO until May.",
                "Museum",
                "Museum of Flight",
                PLACE,
            ),
            (
                "The Department of Justice said so.",
                "Department",
                "Department of Justice",
                ORG,
            ),
            (
                "A spokesman for the Ministry of Defence said so.",
                "Ministry",
                "Ministry of Defence",
                ORG,
            ),
        ] {
            assert_eq!(
                joined(text, &[(name, ty)]),
                vec![(full.to_string(), ty)],
                "{text}"
            );
        }
    }

    #[test]
    fn other_words_after_of_stay_out() {
        for (text, parts) in [
            // lower case, a date, "The", another name, a person, no head word
            ("The Council of ministers met.", vec![("Council", ORG)]),
            ("The Council of March met.", vec![("Council", ORG)]),
            ("The Council of The Hague met.", vec![("Council", ORG)]),
            (
                "The Council of Europe met.",
                vec![("Council", ORG), ("Europe", PLACE)],
            ),
            ("Smith of Flight met.", vec![("Smith", PERSON)]),
            ("The Fellow of Arts met.", vec![("Fellow", ORG)]),
        ] {
            assert_eq!(joined(text, &parts), unchanged(&parts), "{text}");
        }
    }
}
