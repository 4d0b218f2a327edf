//! Who is responsible for a sentence's claim: a named speaker (`attributed`), an
//! unnamed one (`anonymous_source`) or nobody (`unattributed`).
//!
//! The quotes layer is the authority when it has run: a quote overlapping the
//! sentence gives its speaker, named or not. Its own cue detection covers the
//! rest (and everything while that layer is empty): a speech verb from
//! `data/claims/speech_verbs.txt` with its subject just before it ("Putin said",
//! "officials in Kyiv signalled", "he also suggested") or after it ("said
//! Putin", "according to the ministry").

use super::catalogue::Found;
use super::lexicons::Lexicon;
use super::source_lookup::Lookup;
use super::words::Word;
use crate::analysis::{Group, Mention, QuoteFound};
use crate::text::span::Span;
use crate::text::span_index::SpanIndex;
use crate::text::tokens::TokenKind;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// A named person or organisation.
    Named,
    /// "he", "she", "they": named earlier in the text.
    Pronoun,
    /// "officials in Kyiv", "a source close to the talks".
    Unnamed,
}

/// A speaker of the sentence's claim.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub kind: SourceKind,
    /// The speaker's words.
    pub span: Span,
    /// The canonical name (entity group) or the speaker's words.
    pub name: String,
    /// The speech verb or cue, when known.
    pub verb: Option<Span>,
}

const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i"];
/// Words allowed between a subject and its speech verb ("Putin also said").
const BETWEEN: &[&str] = &[
    "also", "then", "later", "has", "have", "had", "was", "is", "had",
];
const NAME_LABELS: &[&str] = &["PERSON", "ORG", "GPE", "NORP"];

/// The sources of one sentence, quotes layer first.
pub fn find(
    text: &str,
    words: &[Word],
    sentence: Span,
    entities: &[Mention],
    groups: &[Group],
    quotes: &[QuoteFound],
    found: &Found,
) -> Vec<Source> {
    let mut out: Vec<Source> = quotes
        .iter()
        .filter(|q| q.span.overlaps(sentence))
        .filter_map(|q| {
            let s = q.speaker.as_ref()?;
            let kind = if s.unnamed {
                SourceKind::Unnamed
            } else {
                SourceKind::Named
            };
            let name = s
                .group
                .and_then(|g| groups.get(g))
                .map(|g| g.name.clone())
                .unwrap_or_else(|| text.get(s.span.range()).unwrap_or("").to_string());
            Some(Source {
                kind,
                span: s.span,
                name,
                verb: q.cue,
            })
        })
        .collect();
    // Most sentences have no speech verb: they need neither the unnamed
    // sources nor the look-up built from them.
    let verbs = found.speech_verbs();
    if verbs.is_empty() {
        return out;
    }
    let lookup = Lookup::new(found.unnamed_sources(), entities, NAME_LABELS);
    let mut found_by_verbs = Vec::new();
    for &hit in verbs {
        let verb = Lexicon::span(words, hit);
        let found = if words[hit.first].key == "according" {
            after(text, words, hit.end, &lookup, groups)
                .or_else(|| phrase_after(text, words, hit.end))
        } else {
            before(text, words, hit.first, &lookup, groups)
                .or_else(|| after(text, words, hit.end, &lookup, groups))
        };
        if let Some(mut s) = found {
            s.verb = Some(verb);
            found_by_verbs.push(s);
        }
    }
    if found_by_verbs.is_empty() {
        return out;
    }
    // Each verb's source is kept unless it overlaps one kept before it: an
    // index of the kept spans, not a scan of them for every verb.
    let spans: Vec<Span> = out.iter().chain(&found_by_verbs).map(|s| s.span).collect();
    let mut kept = SpanIndex::with_absent(&spans);
    (0..out.len()).for_each(|id| kept.insert(id));
    let first = out.len();
    for (k, s) in found_by_verbs.into_iter().enumerate() {
        if !kept.any_overlapping(s.span) {
            kept.insert(first + k);
            out.push(s);
        }
    }
    out
}

/// The subject ending just before word `v` (skipping "also", "has", adverbs).
fn before(
    text: &str,
    words: &[Word],
    v: usize,
    lookup: &Lookup,
    groups: &[Group],
) -> Option<Source> {
    let mut end = v;
    while end > 0 && end + 3 > v && {
        let k = &words[end - 1].key;
        BETWEEN.contains(&k.as_str()) || (k.ends_with("ly") && k.len() > 4)
    } {
        end -= 1;
    }
    let last = words.get(end.checked_sub(1)?)?;
    if let Some(h) = lookup.unnamed_ending(end) {
        let span = Span::new(words[h.first].span.start, last.span.end);
        return Some(source(text, SourceKind::Unnamed, span, None));
    }
    if PRONOUNS.contains(&last.key.as_str()) {
        return Some(source(text, SourceKind::Pronoun, last.span, None));
    }
    if let Some(m) = lookup.entity_ending(last.span.end) {
        let name = groups.get(m.group).map(|g| g.name.clone());
        return Some(source(text, SourceKind::Named, m.span, name));
    }
    let mut first = end;
    while first > 0 && first + 4 > end && is_name_word(&words[first - 1]) {
        first -= 1;
    }
    name_run(text, words, first.max(end.saturating_sub(2)), end)
}

/// The subject starting at word `i` ("said Putin", "according to officials").
fn after(
    text: &str,
    words: &[Word],
    i: usize,
    lookup: &Lookup,
    groups: &[Group],
) -> Option<Source> {
    let mut i = i;
    if words
        .get(i)
        .is_some_and(|w| matches!(w.key.as_str(), "the" | "a"))
    {
        i += 1;
    }
    if let Some(h) = lookup.unnamed_at(i) {
        let span = Span::new(words[i].span.start, words[h.end - 1].span.end);
        return Some(source(text, SourceKind::Unnamed, span, None));
    }
    let first = words.get(i)?;
    if let Some(m) = lookup.entity_starting(first.span.start) {
        let name = groups.get(m.group).map(|g| g.name.clone());
        return Some(source(text, SourceKind::Named, m.span, name));
    }
    let mut end = i;
    while end < words.len() && end < i + 3 && is_name_word(&words[end]) {
        end += 1;
    }
    name_run(text, words, i, end)
}

/// "according to the ministry": up to three words up to the next punctuation.
fn phrase_after(text: &str, words: &[Word], i: usize) -> Option<Source> {
    let i = i + usize::from(words.get(i).is_some_and(|w| w.key == "the"));
    let n = words
        .get(i..)?
        .iter()
        .take(3)
        .take_while(|w| w.is_alpha())
        .count();
    (n > 0).then(|| {
        let span = Span::new(words[i].span.start, words[i + n - 1].span.end);
        source(text, SourceKind::Named, span, None)
    })
}

fn name_run(text: &str, words: &[Word], first: usize, end: usize) -> Option<Source> {
    let mut first = first;
    while first < end && words[first].key == "the" {
        first += 1;
    }
    (first < end).then(|| {
        let span = Span::new(words[first].span.start, words[end - 1].span.end);
        source(text, SourceKind::Named, span, None)
    })
}

fn is_name_word(w: &Word) -> bool {
    w.capitalised && matches!(w.kind, TokenKind::Word | TokenKind::Abbreviation)
}

fn source(text: &str, kind: SourceKind, span: Span, name: Option<String>) -> Source {
    Source {
        kind,
        span,
        name: name.unwrap_or_else(|| text.get(span.range()).unwrap_or("").to_string()),
        verb: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::words::words;

    fn sources(text: &str) -> Vec<(SourceKind, String)> {
        let s = Span::new(0, text.len());
        let ws = words(text, s);
        let found = crate::claims::Lexicons::builtin().find_all(text, &ws);
        find(text, &ws, s, &[], &[], &[], &found)
            .into_iter()
            .map(|x| (x.kind, x.name))
            .collect()
    }

    #[test]
    fn named_unnamed_and_pronoun_subjects() {
        assert_eq!(
            sources("Vladimir Putin said on Monday that Russia is ready, just as officials in Kyiv signalled that a deal was close."),
            [
                (SourceKind::Named, "Vladimir Putin".to_string()),
                (SourceKind::Unnamed, "officials in Kyiv".to_string())
            ]
        );
        assert_eq!(
            sources("He also suggested that Russia would be ready."),
            [(SourceKind::Pronoun, "He".to_string())]
        );
        assert_eq!(
            sources("with Deputy Prime Minister Olha Stefanishyna writing on X that talks were constructive"),
            [(SourceKind::Named, "Olha Stefanishyna".to_string())]
        );
        assert_eq!(
            sources("According to the ministry, 40 people died."),
            [(SourceKind::Named, "ministry".to_string())]
        );
    }

    #[test]
    fn no_speech_verb_no_source() {
        assert!(sources("Kyiv has faced mounting pressure to sign a deal.").is_empty());
    }
}
