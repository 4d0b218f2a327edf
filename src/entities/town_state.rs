//! A town before a comma and its state or country is a place: "a boy from
//! Irving, Texas", "born in Clearwater, Florida".
//!
//! The tagger knows large cities from its lists, but a small town's name is
//! new to it and often has a person's shape ("Irving", "Warren"), so it reads
//! it as a person even where the state after it says what it is. The pass
//! asks for both sides: a place preposition before the name and a listed
//! state or country after the comma that ends the phrase. "Elizabeth Warren,
//! Massachusetts Democrat" (a word follows the state) and "said Warren,
//! Texas" (no preposition) stay people.

use super::flat::Sentences;
use super::gazetteer::{Gazetteer, List};
use super::{name_starting_at, Coarse};

const PERSON: usize = 0;
const PLACE: usize = 2;
/// Longest town name retyped, in tokens.
const MAX_TOKENS: usize = 3;

/// Words after which a name is where something is or comes from.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "from",
    "of",
    "at",
    "near",
    "outside",
    "to",
    "into",
    "around",
    "across",
    "throughout",
];

/// Whether `name` is a listed country or region (the region list holds the US
/// states).
fn is_state_or_country(gaz: &Gazetteer, name: &str) -> bool {
    gaz.lookup(name) & (List::Country.begin_bit() | List::Region.begin_bit()) != 0
}

/// Whether the phrase may end before token `k` of `sent`: the sentence ends,
/// or punctuation or a lower-case word follows.
fn phrase_ends(text: &str, sent: &[(usize, usize)], k: usize) -> bool {
    sent.get(k).map_or(true, |&(a, b)| {
        let w = &text[a..b];
        !w.starts_with(|c: char| c.is_alphanumeric()) || w.starts_with(char::is_lowercase)
    })
}

/// Applies the rule; names keep their order and spans.
pub fn apply(
    text: &str,
    sentences: &Sentences,
    gaz: &Gazetteer,
    mut names: Vec<Coarse>,
) -> Vec<Coarse> {
    for sent in sentences {
        let (Some(first), Some(last)) = (sent.first(), sent.last()) else {
            continue;
        };
        let lo = names.partition_point(|c| c.span.start < first.0);
        let hi = names.partition_point(|c| c.span.start < last.1);
        for n in lo..hi {
            let c = names[n];
            if c.ty != PERSON {
                continue;
            }
            let i = sent.partition_point(|&(a, _)| a < c.span.start);
            let j = sent.partition_point(|&(_, b)| b <= c.span.end);
            let word = |k: usize| sent.get(k).map_or("", |&(a, b)| &text[a..b]);
            if j - i > MAX_TOKENS || i == 0 || !PLACE_PREPOSITIONS.contains(&word(i - 1)) {
                continue;
            }
            if word(j) != "," {
                continue;
            }
            let Some(state) = sent.get(j + 1).and_then(|t| name_starting_at(&names, t.0)) else {
                continue;
            };
            let state = names[state];
            let after = sent.partition_point(|&(_, b)| b <= state.span.end);
            if state.ty == PLACE
                && is_state_or_country(gaz, state.span.slice(text))
                && phrase_ends(text, sent, after)
            {
                names[n].ty = PLACE;
            }
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::pass_testing::run_pass;

    fn run(text: &str, parts: &[(&str, usize)]) -> Vec<(String, usize)> {
        run_pass(text, parts, apply)
    }

    #[test]
    fn towns_before_their_state_are_places() {
        let t = "Ahmed Mohamed, a boy from Irving, Texas, was arrested.";
        let got = run(
            t,
            &[
                ("Ahmed Mohamed", PERSON),
                ("Irving", PERSON),
                ("Texas", PLACE),
            ],
        );
        assert_eq!(got[1], ("Irving".into(), PLACE));
        let t = "She was born in Warren, Ohio.";
        let got = run(t, &[("Warren", PERSON), ("Ohio", PLACE)]);
        assert_eq!(got[0], ("Warren".into(), PLACE));
        let t = "They met near Port Lincoln, Australia and left.";
        let got = run(t, &[("Port Lincoln", PERSON), ("Australia", PLACE)]);
        assert_eq!(got[0], ("Port Lincoln".into(), PLACE));
    }

    #[test]
    fn people_stay_people() {
        // a word follows the state: a description of the person
        let t = "It was backed by Elizabeth Warren, Massachusetts Democrat, today.";
        let got = run(t, &[("Elizabeth Warren", PERSON), ("Massachusetts", PLACE)]);
        assert_eq!(got[0].1, PERSON);
        // no place preposition before the name
        let t = "The letter was signed by Jo Irving, Texas, and others.";
        let got = run(t, &[("Jo Irving", PERSON), ("Texas", PLACE)]);
        assert_eq!(got[0].1, PERSON);
        let t = "A letter from Irving, said Texas.";
        let got = run(t, &[("Irving", PERSON), ("Texas", PLACE)]);
        assert_eq!(got[0].1, PERSON);
        // not a listed state or country after the comma
        let t = "A letter from Irving, Smith and Jones.";
        let got = run(t, &[("Irving", PERSON), ("Smith", PLACE)]);
        assert_eq!(got[0].1, PERSON);
    }
}
