//! The features of one sentence, hashed into a fixed space.
//!
//! Two families: word uni- and bigrams (lowercased, numbers folded to their
//! shape, so "700,000" and "9" weigh the same) with two word-shape features
//! (a capitalised word after a given word; a word ending in "-ed") — measured
//! to help where trigrams, stems, NB weighting, averaging, character n-grams,
//! suffixes, skip-grams and length normalisation did not (figures in
//! `data/claims/README.md`) — and *cue* features — one per
//! reason kind found, sources, opinion markers, question, length — named with a
//! `c:` prefix so that a model trained without n-grams (the cues-only scorer)
//! reads the same names. Features are binary and returned sorted and deduplicated,
//! so a score is a sum in a fixed order (identical on every platform).

use super::cues::Cue;
use super::sources::{Source, SourceKind};
use super::words::Word;
use crate::text::tokens::TokenKind;

/// Number of bits of the hashed feature space.
pub const HASH_BITS: u32 = 18;

/// What the feature extractor knows about a sentence besides its words.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    pub cues: &'a [Cue],
    pub sources: &'a [Source],
    /// Number of opinion or courtesy markers ("I think", "thank you").
    pub opinions: usize,
    /// A speech verb was found (with or without a subject).
    pub speech_verbs: usize,
}

/// Sorted, deduplicated feature indices of a sentence.
pub fn extract(words: &[Word], ctx: &Context, ngrams: bool) -> Vec<u32> {
    let mut out = Vec::with_capacity(words.len() * 2 + 16);
    if ngrams {
        let mut prev = "<s>";
        for (i, w) in words.iter().enumerate() {
            let Some(norm) = normal(w) else {
                continue;
            };
            out.push(hash(&["u:", norm]));
            out.push(hash(&["b:", prev, " ", norm]));
            // Word shapes: a name after this word ("in <CAP>"), a past participle.
            if i > 0 && w.capitalised && w.kind == TokenKind::Word {
                out.push(hash(&["s:", prev, " <CAP>"]));
            }
            if w.kind == TokenKind::Word && w.key.len() > 4 && w.key.ends_with("ed") {
                out.push(hash(&["s:<ED>"]));
            }
            prev = norm;
        }
        out.push(hash(&["b:", prev, " </s>"]));
    }
    cue_features(words, ctx, &mut out);
    out.sort_unstable();
    out.dedup();
    out
}

fn cue_features(words: &[Word], ctx: &Context, out: &mut Vec<u32>) {
    let mut cue = |name: &str| out.push(hash(&["c:", name]));
    for kind in [
        "statistic",
        "comparison",
        "causal",
        "prediction",
        "hedged",
        "contested_term",
        "disputed",
    ] {
        match ctx.cues.iter().filter(|c| c.kind == kind).count() {
            0 => {}
            1 => cue(kind),
            _ => {
                cue(kind);
                cue(&format!("{kind}:2"));
            }
        }
    }
    for (kind, name) in [
        (SourceKind::Named, "named_source"),
        (SourceKind::Pronoun, "pronoun_source"),
        (SourceKind::Unnamed, "anonymous_source"),
    ] {
        if ctx.sources.iter().any(|s| s.kind == kind) {
            cue(name);
        }
    }
    if ctx.speech_verbs > 0 {
        cue("speech_verb");
    }
    if ctx.opinions > 0 {
        cue("opinion");
    }
    if words.last().is_some_and(|w| w.key.contains('?')) {
        cue("question");
    }
    let alpha = words.iter().filter(|w| w.is_alpha()).count();
    cue(match alpha {
        0..=4 => "len:0",
        5..=9 => "len:1",
        10..=19 => "len:2",
        20..=34 => "len:3",
        _ => "len:4",
    });
    let names = words
        .iter()
        .skip(1)
        .filter(|w| w.capitalised && w.kind == TokenKind::Word && w.key != "i")
        .count();
    cue(match names {
        0 => "caps:0",
        1..=2 => "caps:1",
        _ => "caps:2",
    });
    if words.iter().any(|w| w.kind == TokenKind::Number) {
        cue("digits");
    }
}

/// The n-gram form of a token, or `None` for tokens n-grams skip (quotation
/// marks, brackets, commas, dashes): the word's key, a part of it or a static
/// name, never a copy (an owned copy was an allocation a word of every sentence).
fn normal(w: &Word) -> Option<&str> {
    Some(match w.kind {
        TokenKind::Number => number_shape(&w.key),
        TokenKind::Quote | TokenKind::Dash => return None,
        TokenKind::Punct if !w.key.contains(['?', '!', '.']) => return None,
        TokenKind::Punct => w
            .key
            .get(..w.key.chars().next().map_or(0, char::len_utf8))?,
        TokenKind::Url | TokenKind::Email => "<url>",
        TokenKind::Symbol
            if w.key
                .chars()
                .next()
                .is_some_and(crate::text::tokens::is_currency) =>
        {
            "<cur>"
        }
        _ => &w.key,
    })
}

fn number_shape(key: &str) -> &'static str {
    if key.ends_with('%') {
        "<pct>"
    } else if key.len() == 4
        && key.starts_with(['1', '2'])
        && key.bytes().all(|b| b.is_ascii_digit())
    {
        "<year>"
    } else if key.contains(|c: char| c.is_alphabetic()) {
        "<numword>"
    } else if key.contains('.') {
        "<dec>"
    } else {
        "<num>"
    }
}

/// FNV-1a (32 bits) of the concatenated parts, folded to [`HASH_BITS`]: fixed
/// and platform-independent, unlike the standard library's hasher.
pub fn hash(parts: &[&str]) -> u32 {
    crate::fnv::hash32_folded(parts, HASH_BITS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::words::words;
    use crate::text::span::Span;

    #[test]
    fn numbers_fold_to_shapes_and_features_are_sorted() {
        let ctx = Context {
            cues: &[],
            sources: &[],
            opinions: 0,
            speech_verbs: 0,
        };
        let a = "We lost 700,000 jobs.";
        let b = "We lost 9 jobs.";
        let fa = extract(&words(a, Span::new(0, a.len())), &ctx, true);
        let fb = extract(&words(b, Span::new(0, b.len())), &ctx, true);
        assert_eq!(fa, fb);
        assert!(fa.windows(2).all(|w| w[0] < w[1]));
        let cues_only = extract(&words(a, Span::new(0, a.len())), &ctx, false);
        assert!(cues_only.len() < fa.len());
    }
}
