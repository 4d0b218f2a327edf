//! The gazetteers as a safety net: a well-known country, city, region or
//! organisation written with capitals ("Malaysia", "World Health Organization",
//! "WHO") that the tagger left untagged becomes a name. Guards against common
//! words that are also names ("Nice work", "the who"): every word of the match
//! must be capitalised (connectors like "of" excepted), a one-word match may
//! not open a sentence unless it is an acronym, and a word the document also
//! uses in lower case is skipped.

use super::flat::Sentences;
use super::gazetteer::{Gazetteer, HashMapU64, List};
use super::hash::{self, pair};
use super::Coarse;
use crate::text::span::Span;
use crate::text::span_index::SpanIndex;
use std::borrow::Cow;

const ORG: usize = 1;
const PLACE: usize = 2;
/// Longest list entry looked for, in tokens.
const MAX_LEN: usize = 6;

fn type_of(lists: u32) -> Option<usize> {
    if lists & List::Org.begin_bit() != 0 {
        Some(ORG)
    } else if lists
        & (List::Country.begin_bit() | List::City.begin_bit() | List::Region.begin_bit())
        != 0
    {
        Some(PLACE)
    } else {
        None
    }
}

fn capitalised(w: &str) -> bool {
    w.starts_with(char::is_uppercase) || matches!(w, "of" | "and" | "for" | "the" | "de" | "&")
}

fn acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.')
}

/// The lower-case hash a word is looked up by. A dotted acronym is looked up
/// without its dots ("U.N." as "UN", "E.U." as "EU"): the lists hold the
/// plain form, and news styles differ.
fn word_hash(w: &str) -> u64 {
    let b = w.as_bytes();
    let dotted = b.len() >= 4
        && b.len() % 2 == 0
        && b.chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.');
    if dotted {
        let plain: String = b.iter().step_by(2).map(|&c| c as char).collect();
        hash::lower(&plain)
    } else {
        hash::lower(w)
    }
}

/// Adds list names the tagger missed; names stay sorted by position.
pub fn apply(
    text: &str,
    sentences: &Sentences,
    gaz: &Gazetteer,
    mut names: Vec<Coarse>,
) -> Vec<Coarse> {
    // built only if a one-word candidate turns up (rarely)
    let lower_used = std::cell::OnceCell::<Cow<HashMapU64<()>>>::new();
    let is_lower_used = |w: &str| {
        lower_used
            .get_or_init(|| sentences.lower_case_words(text))
            .contains_key(&hash::lower(w))
    };
    // the tagger's names as an index: one look-up a candidate, not a scan
    let spans: Vec<Span> = names.iter().map(|c| c.span).collect();
    let taken = SpanIndex::new(&spans);
    let mut added = Vec::new();
    // Each capitalised word's look-up hash, once a sentence: the windows
    // below overlap, and hashed in each a word was hashed up to MAX_LEN
    // times. `None` for the words that end a window.
    let mut hashes: Vec<Option<u64>> = Vec::new();
    for sent in sentences {
        let w = |k: usize| &text[sent[k].0..sent[k].1];
        hashes.clear();
        hashes.extend((0..sent.len()).map(|k| capitalised(w(k)).then(|| word_hash(w(k)))));
        let mut i = 0;
        while i < sent.len() {
            let mut best = None;
            let mut h = super::gazetteer::SEED;
            for (j, &word) in (i..).zip(&hashes[i..sent.len().min(i + MAX_LEN)]) {
                let Some(word) = word else {
                    break;
                };
                h = pair(h, word);
                if let Some(ty) = type_of(gaz.lookup_hash(h)) {
                    best = Some((j + 1, ty));
                }
            }
            let Some((end, ty)) = best else {
                i += 1;
                continue;
            };
            let span = Span::new(sent[i].0, sent[end - 1].1);
            let single = end == i + 1;
            // cheap checks first: the document's lower-case words are gathered
            // only when a one-word candidate survives them
            let ok = w(i).starts_with(char::is_uppercase)
                && w(end - 1).starts_with(char::is_uppercase)
                && !(single && i == 0 && !acronym(w(i)))
                && !taken.any_overlapping(span)
                && !(single && is_lower_used(w(i)));
            if ok {
                added.push(Coarse {
                    span,
                    ty,
                    confidence: 0.5,
                });
            }
            i = end;
        }
    }
    names.extend(added);
    crate::sort::by_key(&mut names, |c| c.span);
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tokenize;

    fn added(text: &str) -> Vec<String> {
        apply(
            text,
            &tokenize::sentences(text),
            Gazetteer::get(),
            Vec::new(),
        )
        .into_iter()
        .map(|c| c.span.slice(text).to_string())
        .collect()
    }

    #[test]
    fn finds_listed_names() {
        assert_eq!(
            added("Officials in Malaysia and the World Health Organization agreed."),
            vec!["Malaysia", "World Health Organization"]
        );
        assert_eq!(added("The report by WHO was late."), vec!["WHO"]);
    }

    #[test]
    fn finds_dotted_acronyms() {
        assert_eq!(added("He went to the U.N. headquarters."), vec!["U.N."]);
        // not an acronym of single letters, or not listed
        assert!(added("He met U.N.C.L.E. agents and Ph.D. students.").is_empty());
        assert!(added("He met A.B. at noon.").is_empty());
    }

    #[test]
    fn skips_common_words() {
        assert!(added("Nice work, said the man who came.").is_empty());
        assert!(added("the world health organization").is_empty());
    }
}
