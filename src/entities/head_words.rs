//! Capitalised words that belong to an organisation or place name because the
//! name ends in a word that heads such names: "the Refugee Council", "the
//! Australian Centre for Control of Iodine Deficiency Disorders".
//!
//! The tagger often takes only the head ("Council") when the word before it
//! is a common noun with a capital ("Refugee"), drops a nationality that
//! opens the name ("Australian" read as a group, then "Centre for …").
//! News conventions keep the whole name. This pass
//! - extends an organisation or place name whose head word (its last word,
//!   or the word before "of"/"for") is a listed head word leftwards over up
//!   to three capitalised words no other name holds, in the same sentence;
//!   never over "The", a title ("President"), a month or weekday, or a
//!   common word that has its capital only from opening the sentence;
//! - takes in a nationality name right before such a name ("Australian").
//!
//! `ampersand_names` continues names over "&".

use super::flat::Sentences;
use super::gazetteer::{Gazetteer, List};
use super::of_names::head_type;
use super::of_words::DATE_WORDS;
use super::Coarse;
use crate::entities::common_words::is_common_word;
use crate::text::span::Span;

const PERSON: usize = 0;
const ORG: usize = 1;
const PLACE: usize = 2;

/// Most capitalised words taken in before the name.
const MAX_BEFORE: usize = 3;

/// The word that says what kind of thing `name` is: its last word, or the
/// word before "of" or "for" ("Centre for Control of …").
fn head_word(name: &str) -> &str {
    // The first " of " or " for ", found at the spaces: two `str::find`s with
    // a string pattern each set up a searcher, for every organisation and place.
    let b = name.as_bytes();
    let at = (0..b.len()).find(|&i| {
        b[i] == b' ' && (b[i + 1..].starts_with(b"of ") || b[i + 1..].starts_with(b"for "))
    });
    let head = at.map_or(name, |at| &name[..at]);
    head.rsplit(' ').next().unwrap_or(head)
}

/// Whether `w` starts with a capital letter and is a word (not "&" or "-").
pub(super) fn capitalised_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(char::is_alphabetic)
}

/// Whether the capitalised word `w` can open an organisation's name.
fn may_join(gaz: &Gazetteer, w: &str, opens_sentence: bool) -> bool {
    capitalised_word(w)
        && w != "The"
        && !w.contains(['\'', '’'])
        && !DATE_WORDS.contains(&w)
        && gaz.lookup(w) & List::PersonTitle.begin_bit() == 0
        && !(opens_sentence && is_common_word(w))
}

/// Whether token `k` opens its sentence, a line or a clause after
/// punctuation, where any word has a capital ("At Eton College", "If Company").
fn opens(text: &str, sentences: &Sentences, k: usize) -> bool {
    let before = text[..sentences.tokens()[k].0].trim_end_matches([' ', '\t']);
    sentences.starts_sentence(k)
        || !before
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == ',')
}

/// Whether `w` is a nationality word ("Australian", "British").
fn is_demonym(gaz: &Gazetteer, w: &str) -> bool {
    gaz.lookup(w) & List::Demonym.begin_bit() != 0
}

/// Applies the extensions; names stay sorted by position.
pub fn apply(
    text: &str,
    sentences: &Sentences,
    gaz: &Gazetteer,
    names: Vec<Coarse>,
) -> Vec<Coarse> {
    let tokens = sentences.tokens();
    let word = |k: usize| sentences.word(text, k);
    let mut out: Vec<Coarse> = Vec::with_capacity(names.len());
    let mut i = 0;
    while i < names.len() {
        let mut c = names[i];
        i += 1;
        let headed = c.ty == ORG || c.ty == PLACE;
        if headed && head_type(gaz, head_word(c.span.slice(text))).is_some() {
            if let Some(first) = sentences.starting_at(c.span.start) {
                let free_from = out.last().map_or(0, |p| p.span.end);
                let mut k = first;
                while first - k < MAX_BEFORE
                    && !sentences.starts_sentence(k)
                    && tokens[k - 1].0 >= free_from
                    && may_join(gaz, word(k - 1), opens(text, sentences, k - 1))
                {
                    k -= 1;
                }
                // a nationality the model typed apart: "Australian" + "Centre for …"
                if k == first && k > 0 && !sentences.starts_sentence(k) {
                    if let Some(prev) = out.last() {
                        if prev.span.end == tokens[k - 1].1
                            && prev.span.start == tokens[k - 1].0
                            && prev.ty != PERSON
                            && is_demonym(gaz, word(k - 1))
                        {
                            out.pop();
                            k -= 1;
                        }
                    }
                }
                c.span = Span::new(tokens[k].0, c.span.end);
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::pass_testing::{one, run_pass};
    use super::*;

    #[cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency
    proptest::proptest! {
        /// The scan at the spaces finds the head the two `find`s found.
        #[test]
        fn head_word_is_the_find_head(name in "(of|for|Of|o|f|fo|Centre|x| |  |é){0,12}") {
            let by_find = |name: &str| -> String {
                let head = [" of ", " for "]
                    .iter()
                    .filter_map(|sep| name.find(sep))
                    .min()
                    .map_or(name, |at| &name[..at]);
                head.rsplit(' ').next().unwrap_or(head).to_string()
            };
            proptest::prop_assert_eq!(head_word(&name), by_find(&name));
        }
    }

    fn extended(text: &str, parts: &[(&str, usize)]) -> Vec<(String, usize)> {
        run_pass(text, parts, apply)
    }

    #[test]
    fn capitalised_words_before_a_head_word_join_the_name() {
        assert_eq!(
            extended("The CEO of the Refugee Council spoke.", &[("Council", ORG)]),
            one("Refugee Council", ORG)
        );
        assert_eq!(
            extended(
                "He chairs the Australian Centre for Control of Iodine Deficiency Disorders now.",
                &[
                    ("Australian", 3),
                    ("Centre for Control of Iodine Deficiency Disorders", ORG)
                ]
            ),
            one(
                "Australian Centre for Control of Iodine Deficiency Disorders",
                ORG
            )
        );
    }

    #[test]
    fn words_that_do_not_belong_to_the_name_stay_out() {
        // "The", a title, a weekday, another name, the sentence's own capital
        for (text, parts) in [
            ("We met at The Council yesterday.", vec![("Council", ORG)]),
            (
                "It was President Council who spoke.",
                vec![("Council", ORG)],
            ),
            ("On Monday Council members met.", vec![("Council", ORG)]),
            ("Officials said Council staff left.", vec![("Council", ORG)]),
            ("Several Council staff left.", vec![("Council", ORG)]),
            (
                "A school.\nAt Eton College he read.",
                vec![("Eton College", ORG)],
            ),
            (
                "He left: If Company rules allow it.",
                vec![("Company", ORG)],
            ),
        ] {
            let name = parts[0].0;
            assert_eq!(extended(text, &parts), one(name, ORG), "{text}");
        }
        // a person or a name without a head word is never extended
        assert_eq!(
            extended("The Refugee Smith spoke.", &[("Smith", PERSON)]),
            one("Smith", PERSON)
        );
        assert_eq!(
            extended("The Refugee Apple spoke.", &[("Apple", ORG)]),
            one("Apple", ORG)
        );
        // a nationality before a name without a head word stays its own name
        assert_eq!(
            extended(
                "The Russian Gazprom said so.",
                &[("Russian", 3), ("Gazprom", ORG)]
            ),
            vec![("Russian".to_string(), 3), ("Gazprom".to_string(), ORG)]
        );
    }
}
