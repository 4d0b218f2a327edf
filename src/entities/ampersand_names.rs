//! A name that goes on over "&" to a word that heads organisation or place
//! names: "the Evergreen Aviation & Space Museum", "the Mary & Leigh Block
//! Museum of Art".
//!
//! The tagger stops at the ampersand (or reads the given name before it as a
//! person). A name, of any type, followed by "&" and up to four capitalised
//! words the last (or a later) of which is a head word is one name through
//! that word, typed by it; names inside the continuation are taken in, and
//! the rest of one that goes on past the head word too ("… Museum of Art").
//! A person inside the continuation stops the join ("Smith & Nephew"), and
//! without a head word nothing joins ("Procter & Gamble" stays as the model
//! read it).

use super::flat::Sentences;
use super::gazetteer::Gazetteer;
use super::head_words::capitalised_word;
use super::of_names::head_type;
use super::Coarse;
use crate::text::span::Span;

const PERSON: usize = 0;

/// Most words after "&".
const MAX_AFTER_AMPERSAND: usize = 4;

/// Applies the joins; names stay sorted by position.
pub fn apply(
    text: &str,
    sentences: &Sentences,
    gaz: &Gazetteer,
    names: Vec<Coarse>,
) -> Vec<Coarse> {
    let mut out: Vec<Coarse> = Vec::with_capacity(names.len());
    let mut i = 0;
    while i < names.len() {
        let mut c = names[i];
        i += 1;
        if let Some((end, ty, next)) = after_ampersand(text, sentences, gaz, &names, i, c) {
            c = Coarse {
                span: Span::new(c.span.start, end),
                ty,
                confidence: c.confidence,
            };
            i = next;
        }
        out.push(c);
    }
    out
}

/// The end, type and next unread name when `c` continues over "&" with
/// capitalised words ending in a head word; names after `c` start at `i`.
fn after_ampersand(
    text: &str,
    sentences: &Sentences,
    gaz: &Gazetteer,
    names: &[Coarse],
    i: usize,
    c: Coarse,
) -> Option<(usize, usize, usize)> {
    let tokens = sentences.tokens();
    let end = sentences.ending_at(c.span.end)?;
    let amp = end + 1;
    if sentences.word(text, amp) != "&" {
        return None;
    }
    let mut best = None;
    let mut k = amp + 1;
    while k < tokens.len() && k - amp <= MAX_AFTER_AMPERSAND && !sentences.starts_sentence(k) {
        let w = sentences.word(text, k);
        if !capitalised_word(w) {
            break;
        }
        if let Some(ty) = head_type(gaz, w) {
            best = Some((tokens[k].1, ty));
        }
        k += 1;
    }
    let (mut end_byte, ty) = best?;
    // Names inside the continuation are taken in, and so is the rest of one
    // that goes on past the head word ("… & Leigh Block Museum of Art"); a
    // person there stops the join.
    let mut next = i;
    while next < names.len() && names[next].span.start < end_byte {
        if names[next].ty == PERSON {
            return None;
        }
        end_byte = end_byte.max(names[next].span.end);
        next += 1;
    }
    Some((end_byte, ty, next))
}

#[cfg(test)]
mod tests {
    use super::super::pass_testing::run_pass;
    use super::*;

    const ORG: usize = 1;
    const PLACE: usize = 2;

    fn extended(text: &str, parts: &[(&str, usize)]) -> Vec<(String, usize)> {
        run_pass(text, parts, apply)
    }

    #[test]
    fn a_name_continues_over_an_ampersand_to_a_head_word() {
        assert_eq!(
            extended(
                "We visited the Evergreen Aviation & Space Museum in Oregon.",
                &[("Evergreen Aviation", PLACE), ("Oregon", PLACE)]
            ),
            vec![
                ("Evergreen Aviation & Space Museum".to_string(), PLACE),
                ("Oregon".to_string(), PLACE)
            ]
        );
        assert_eq!(
            extended(
                "She joined Smith & Nephew Company last year.",
                &[("Smith", ORG), ("Nephew", PERSON)]
            ),
            vec![("Smith".to_string(), ORG), ("Nephew".to_string(), PERSON)]
        );
    }

    #[test]
    fn a_name_before_an_ampersand_and_a_headed_name_is_part_of_it() {
        assert_eq!(
            extended(
                "The show is at the Mary & Leigh Block Museum of Art in Evanston.",
                &[
                    ("Mary", PERSON),
                    ("Leigh Block Museum of Art", PLACE),
                    ("Evanston", PLACE)
                ]
            ),
            vec![
                ("Mary & Leigh Block Museum of Art".to_string(), PLACE),
                ("Evanston".to_string(), PLACE)
            ]
        );
    }

    #[test]
    fn an_ampersand_without_a_head_word_after_it_joins_nothing() {
        assert_eq!(
            extended(
                "Shares of Procter & Gamble rose.",
                &[("Procter", ORG), ("Gamble", ORG)]
            ),
            vec![("Procter".to_string(), ORG), ("Gamble".to_string(), ORG)]
        );
    }
}
