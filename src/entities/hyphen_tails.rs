//! A name joined by a hyphen to a lower-case word that makes an adjective of
//! it: "Moscow-based", "Kremlin-backed", "US-led", "Booker Prize-winner".
//!
//! The tokenizer keeps "Moscow-based" as one word (hyphenated words are one
//! token), so the tagger either misses the place or takes the whole word,
//! and at a sentence start even the article before it ("The Moscow-based"
//! came out as a PERSON). News conventions tag the name part: "Moscow" is a
//! place, "Kremlin" an organisation. This pass
//! - cuts a name that ends in such a word at the hyphen, drops a leading
//!   "The" with it, and types what is left from the lists when they know it
//!   ("Moscow" a place); a person-typed name cut before "-winner" or
//!   "-winning" names a prize, not a person, and is dropped;
//! - adds the name part of such a word no name covers when the lists know it
//!   as a country, city, region or organisation ("US-led", "Kremlin-backed"),
//!   or the document names it alone or as a person's surname ("Andy Warhol"
//!   … "a Warhol-like wig").

use super::flat::Sentences;
use super::gazetteer::Gazetteer;
use super::{split, Coarse};
use crate::fnv::HashMap;
use crate::text::span::Span;
use std::cell::OnceCell;

const PERSON: usize = 0;
#[cfg(test)]
const ORG: usize = 1;
#[cfg(test)]
const PLACE: usize = 2;

/// Lower-case words that, after a hyphen, make an adjective or a description
/// of the name before it.
const TAILS: &[&str] = &[
    "based",
    "backed",
    "led",
    "run",
    "born",
    "owned",
    "funded",
    "made",
    "controlled",
    "held",
    "allied",
    "linked",
    "affiliated",
    "sponsored",
    "brokered",
    "occupied",
    "annexed",
    "installed",
    "appointed",
    "aligned",
    "leaning",
    "bound",
    "style",
    "era",
    "winning",
    "winner",
    "winners",
    "nominated",
    "like",
];

/// Tails after which a person-typed name is a prize ("Booker Prize-winner").
const PRIZE_TAILS: &[&str] = &["winning", "winner", "winners", "nominated"];

/// The byte offset of the hyphen in `word` when its tail is a listed one.
fn tail_hyphen(word: &str) -> Option<(usize, &str)> {
    // '-' is one byte: its last byte position is its last char position
    let at = word.bytes().rposition(|b| b == b'-')?;
    let tail = &word[at + 1..];
    (at > 0 && TAILS.contains(&tail)).then_some((at, tail))
}

/// The type the lists give `name`, if they know it as a place or organisation.
fn listed_type(gaz: &Gazetteer, name: &str) -> Option<usize> {
    split::place_or_org(gaz.lookup(name))
}

/// Applies the cuts and additions; names stay sorted by position.
pub fn apply(
    text: &str,
    sentences: &Sentences,
    gaz: &Gazetteer,
    names: Vec<Coarse>,
) -> Vec<Coarse> {
    // Names the document gives alone, and the surnames of its people: built
    // at the first free tail word only, as most documents have none.
    let known: OnceCell<HashMap<&str, usize>> = OnceCell::new();
    let known_type = |head: &str| {
        let known = known.get_or_init(|| {
            let mut known = HashMap::default();
            for c in &names {
                let name = c.span.slice(text);
                match name.rsplit_once(' ') {
                    None => known.entry(name).or_insert(c.ty),
                    Some((_, last)) if c.ty == PERSON => known.entry(last).or_insert(PERSON),
                    Some(_) => continue,
                };
            }
            known
        });
        known.get(head).copied()
    };
    let mut out = Vec::with_capacity(names.len());
    let mut next = 0;
    let push_free = |out: &mut Vec<Coarse>, upto: usize, next: &mut usize| {
        // the words before byte `upto` that no name covers
        for &(a, b) in &sentences.tokens()[*next..] {
            if a >= upto {
                break;
            }
            *next += 1;
            let Some((at, _)) = tail_hyphen(&text[a..b]) else {
                continue;
            };
            let head = &text[a..a + at];
            if head.starts_with(char::is_uppercase) {
                if let Some(ty) = listed_type(gaz, head).or_else(|| known_type(head)) {
                    let span = Span::new(a, a + at);
                    out.push(Coarse {
                        span,
                        ty,
                        confidence: 0.7,
                    });
                }
            }
        }
    };
    for &given in &names {
        let mut c = given;
        push_free(&mut out, c.span.start, &mut next);
        // skip the tokens inside this name
        let tokens = sentences.tokens();
        while next < tokens.len() && tokens[next].0 < c.span.end {
            next += 1;
        }
        let name = c.span.slice(text);
        let last_start = name.rfind(' ').map_or(0, |i| i + 1);
        if let Some((at, tail)) = tail_hyphen(&name[last_start..]) {
            let mut start = c.span.start;
            let end = c.span.start + last_start + at;
            if let Some(rest) = text[start..end].strip_prefix("The ") {
                start = end - rest.len();
            }
            let kept = &text[start..end];
            if let Some(ty) = listed_type(gaz, kept) {
                c.ty = ty;
            } else if c.ty == PERSON && PRIZE_TAILS.contains(&tail) {
                continue;
            }
            c.span = Span::new(start, end);
        }
        out.push(c);
    }
    push_free(&mut out, text.len(), &mut next);
    out
}

#[cfg(test)]
mod tests {
    use super::super::pass_testing::run_pass;
    use super::*;

    fn run(text: &str, parts: &[(&str, usize)]) -> Vec<(String, usize)> {
        run_pass(text, parts, apply)
    }

    #[test]
    fn a_name_before_a_tail_is_cut_at_the_hyphen() {
        let t = "The Moscow-based analyst said so.";
        assert_eq!(
            run(t, &[("The Moscow-based", PERSON)]),
            [("Moscow".into(), PLACE)]
        );
        let t = "Atwood, a Booker Prize-winner, was there.";
        let got = run(t, &[("Atwood", PERSON), ("Booker Prize-winner", PERSON)]);
        assert_eq!(got, [("Atwood".into(), PERSON)]);
        let t = "The Acme Widgets-owned plant closed.";
        let got = run(t, &[("Acme Widgets-owned", ORG)]);
        assert_eq!(got, [("Acme Widgets".into(), ORG)]);
    }

    #[test]
    fn a_listed_name_before_a_tail_is_added() {
        let t = "Kremlin-backed separatists fought the US-led coalition.";
        let got = run(t, &[]);
        assert_eq!(got, [("Kremlin".into(), ORG), ("US".into(), PLACE)]);
        let t = "A Germany-born chef met a Paris-based one.";
        let got = run(t, &[]);
        assert_eq!(got, [("Germany".into(), PLACE), ("Paris".into(), PLACE)]);
    }

    #[test]
    fn a_name_the_document_gives_before_a_tail_is_added() {
        let t = "Andy Warhol was there; guests wore a Warhol-like wig, not a Smith-like one.";
        let got = run(t, &[("Andy Warhol", PERSON)]);
        assert_eq!(
            got,
            [("Andy Warhol".into(), PERSON), ("Warhol".into(), PERSON)]
        );
    }

    #[test]
    fn other_hyphenated_words_stay() {
        let t = "Coca-Cola and the X-ray of a well-known Rolls-Royce were sold.";
        let parts = [("Coca-Cola", ORG), ("Rolls-Royce", ORG)];
        assert_eq!(run(t, &parts).len(), 2);
        // an unlisted name before a tail is not added
        let t = "Zorblax-based firms grew.";
        assert!(run(t, &[]).is_empty());
    }
}
