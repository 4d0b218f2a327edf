//! Titles are not part of a person's name: "US President Barack Obama" names
//! "Barack Obama", and "Administrator" alone names no one (OntoNotes and GUM
//! agree). The tagger sometimes swallows a title into a PERSON span; this pass
//! strips leading title words (data/gazetteers/person_title.txt, plus a leading
//! country or demonym before a title: "US President", "Afghan Ambassador") and
//! drops names made of titles alone.

use super::gazetteer::{Gazetteer, List};
use super::hash;
use super::Coarse;
use crate::text::span::Span;

const PERSON: usize = 0;

/// Applies the pass to the PERSON names; other names pass unchanged.
pub fn strip(
    text: &str,
    sentences: &[Vec<(usize, usize)>],
    gaz: &Gazetteer,
    names: Vec<Coarse>,
) -> Vec<Coarse> {
    let tokens = super::flat::copy(sentences);
    let mut out = Vec::with_capacity(names.len());
    for mut c in names {
        if c.ty != PERSON {
            out.push(c);
            continue;
        }
        let first = tokens.partition_point(|&(s, _)| s < c.span.start);
        let last = tokens.partition_point(|&(_, e)| e <= c.span.end);
        let toks = &tokens[first..last.max(first)];
        let is_title = |&(s, e): &(usize, usize)| {
            let w = &text[s..e];
            gaz.lookup_one(hash::lower(w)) & List::PersonTitle.begin_bit() != 0
        };
        let is_place = |&(s, e): &(usize, usize)| {
            let bits = gaz.lookup_one(hash::lower(&text[s..e]));
            bits & (List::Country.begin_bit() | List::Demonym.begin_bit()) != 0
        };
        // skip: [place/demonym] title+ ; keep the rest
        let mut k = 0;
        if toks.len() > 1 && is_place(&toks[0]) && is_title(&toks[1]) {
            k = 1;
        }
        let before = k;
        while k < toks.len() && is_title(&toks[k]) {
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
