//! Titles are not part of a person's name: "US President Barack Obama" names
//! "Barack Obama", and "Administrator" alone names no one (OntoNotes and GUM
//! agree). The tagger sometimes swallows a title into a PERSON span; this pass
//! strips leading title words (data/gazetteers/person_title.txt, plus a leading
//! country or demonym before a title: "US President", "Afghan Ambassador") and
//! drops names made of titles alone.

use super::flat::Sentences;
use super::gazetteer::{Gazetteer, List};
use super::hash;
use super::Coarse;
use crate::text::span::Span;

const PERSON: usize = 0;

/// Words that make a title of the title word after them ("Crown Prince",
/// "Deputy Mayor", "Vice President"); stripped only together with it, so
/// that a name that merely starts with one of them keeps it.
const MODIFIERS: [&str; 6] = ["Crown", "Deputy", "Vice", "Acting", "Chief", "Former"];

/// Applies the pass to the PERSON names; other names pass unchanged.
pub fn strip(
    text: &str,
    sentences: &Sentences,
    gaz: &Gazetteer,
    names: Vec<Coarse>,
) -> Vec<Coarse> {
    let tokens = sentences.tokens();
    let mut out = Vec::with_capacity(names.len());
    for mut c in names {
        if c.ty != PERSON {
            out.push(c);
            continue;
        }
        let first = sentences.first_starting_from(c.span.start);
        let last = sentences.first_ending_after(c.span.end);
        let toks = &tokens[first..last.max(first)];
        let is_title = |&(s, e): &(usize, usize)| {
            let w = &text[s..e];
            gaz.lookup_one(hash::lower(w)) & List::PersonTitle.begin_bit() != 0
        };
        let is_place = |&(s, e): &(usize, usize)| {
            let bits = gaz.lookup_one(hash::lower(&text[s..e]));
            bits & (List::Country.begin_bit() | List::Demonym.begin_bit()) != 0
        };
        // skip: [place/demonym] [modifier] title+ ; keep the rest
        let is_modifier = |&(s, e): &(usize, usize)| MODIFIERS.contains(&&text[s..e]);
        let opens_title = |k: usize| {
            toks.get(k).is_some_and(is_title)
                || (toks.get(k).is_some_and(is_modifier) && toks.get(k + 1).is_some_and(is_title))
        };
        let mut k = 0;
        if toks.len() > 1 && is_place(&toks[0]) && opens_title(1) {
            k = 1;
        }
        let before = k;
        while k < toks.len() && (is_title(&toks[k]) || opens_title(k)) {
            k += 1;
        }
        if k == before {
            out.push(c);
            continue;
        }
        if k >= toks.len() {
            continue; // titles only: no name
        }
        c.span = Span::new(toks[k].0, c.span.end);
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::entities::pass_testing::people;

    #[test]
    fn titles_and_their_modifiers_stay_out() {
        for (t, name) in [
            (
                "US President Barack Obama tweeted on Monday.",
                "Barack Obama",
            ),
            (
                "Saudi Crown Prince Mohammed bin Salman met him.",
                "Mohammed bin Salman",
            ),
            ("Deputy Mayor Anna Kowalski resigned.", "Anna Kowalski"),
        ] {
            assert!(
                people(t).contains(&name.to_string()),
                "{t}: {:?}",
                people(t)
            );
        }
    }

    #[test]
    fn a_modifier_alone_is_not_a_title() {
        // "Chief" before a name that is no title stays where the model put it.
        let t = "Chief Keef released an album in Chicago.";
        assert!(!people(t).contains(&"Keef".to_string()), "{:?}", people(t));
    }
}
