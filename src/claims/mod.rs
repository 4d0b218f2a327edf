//! The claims layer: a check-worthiness for every sentence, and the sentences
//! above the threshold as claims with the reasons a fact-checker should look at.
//!
//! ```text
//! words (words.rs) ─┬─ cues: lexicons (lexicons.rs, catalogue.rs), figures (statistics.rs)
//!                   ├─ sources: quotes layer, speech verbs (sources.rs)
//!                   └─ features (features.rs) ─ linear model (weights.rs) + rules (scorer.rs)
//!                                                                 └─ reasons (reasons.rs)
//! ```
//!
//! The scorer is transparent: every feature is a word n-gram, a named cue or one
//! word's learnt number (`word_meaning.rs`), and every weight sits in
//! `data/claims/weights.bin`, refitted by `scripts/claims_embeddings.sh` and
//! `cargo run --release --bin claims_train` (native only, `train/`).

pub mod catalogue;
pub mod cues;
pub mod features;
pub mod lexicons;
mod nearby;
pub mod reasons;
pub mod scorer;
mod source_lookup;
pub mod sources;
mod starts;
pub mod statistics;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;
pub mod weights;
pub mod word_meaning;
pub mod words;

pub use catalogue::{LexiconOverrides, Lexicons, TermReason};
pub use weights::Model;

use crate::analysis::{ClaimFound, Group, Mention, QuoteFound};
use crate::text::boilerplate::Marked;
use crate::text::span::Span;
use scorer::{Sentence, CLAIM_THRESHOLD};
use sources::Source;

/// Scores every sentence with the committed model; returns the check-worthiness
/// of each sentence (same order) and the claims, in text order.
///
/// `entities`, `groups` and `quotes` may be empty (the layers have not run): the
/// layer then relies on its own number, speech-verb and source detection.
#[allow(clippy::too_many_arguments)]
pub fn score_claims(
    text: &str,
    sentences: &[Span],
    boilerplate: &[Marked],
    entities: &[Mention],
    groups: &[Group],
    quotes: &[QuoteFound],
    lexicons: &Lexicons,
) -> (Vec<f32>, Vec<ClaimFound>) {
    let layers = Layers {
        entities,
        groups,
        quotes,
    };
    score_claims_with(
        scorer::builtin(),
        text,
        sentences,
        boilerplate,
        layers,
        lexicons,
    )
}

/// The layers the claims layer reads.
#[derive(Clone, Copy, Debug, Default)]
pub struct Layers<'a> {
    pub entities: &'a [Mention],
    pub groups: &'a [Group],
    pub quotes: &'a [QuoteFound],
}

/// [`score_claims`] with a given model (e.g. [`scorer::cues_only`], or a
/// newsroom's own weights read with [`Model::from_bytes`]).
pub fn score_claims_with(
    model: &Model,
    text: &str,
    sentences: &[Span],
    boilerplate: &[Marked],
    layers: Layers,
    lexicons: &Lexicons,
) -> (Vec<f32>, Vec<ClaimFound>) {
    let mut scores = Vec::with_capacity(sentences.len());
    let mut claims = Vec::new();
    let mut previous: Option<(Span, Vec<Source>)> = None;
    let mut marks = boilerplate.iter().peekable();
    let mut entities = nearby::Nearby::new(layers.entities, |m: &Mention| m.span);
    let mut quotes = nearby::Nearby::new(layers.quotes, |q: &QuoteFound| q.span);
    for &sentence in sentences {
        while marks.next_if(|m| m.span.end <= sentence.start).is_some() {}
        let Some(span) = body(text, sentence, marks.clone()) else {
            scores.push(0.0);
            previous = None;
            continue;
        };
        let s = Sentence::analyse(
            text,
            span,
            &entities.touching(span),
            layers.groups,
            &quotes.touching(span),
            lexicons,
        );
        let score = s.score(model);
        scores.push(score);
        let same_paragraph = previous
            .as_ref()
            .filter(|(p, _)| {
                text.get(p.end..span.start)
                    .is_some_and(|gap| !gap.contains('\n'))
            })
            .map(|(_, sources)| sources.as_slice());
        if score >= CLAIM_THRESHOLD {
            claims.push(ClaimFound {
                span,
                score,
                reasons: reasons::reasons(text, &s, span, same_paragraph),
            });
        }
        previous = Some((span, s.sources));
    }
    (scores, claims)
}

/// The part of `sentence` outside boilerplate marks, or `None` when too little
/// (fewer than three words' worth of text) is left. Marks are sorted, so only
/// those from `marks` on can overlap.
fn body<'a>(text: &str, sentence: Span, marks: impl Iterator<Item = &'a Marked>) -> Option<Span> {
    let mut span = sentence;
    for m in marks.take_while(|m| m.span.start < sentence.end) {
        if m.span.start <= span.start && m.span.end > span.start {
            span.start = m.span.end.min(span.end);
        } else if m.span.start < span.end && m.span.end >= span.end {
            span.end = m.span.start.max(span.start);
        } else if m.span.start >= span.start && m.span.end <= span.end {
            // A mark inside the sentence (rare): keep the longer side.
            let (left, right) = (m.span.start - span.start, span.end - m.span.end);
            if left >= right {
                span.end = m.span.start;
            } else {
                span.start = m.span.end;
            }
        }
    }
    text.get(span.range())?;
    let span = span.trim(text);
    // three blank-separated words or more (counting past the third read
    // whole sentences: 1% of the pipeline on GUM in wasm)
    let words = text.get(span.range())?.split_whitespace().take(3).count();
    (words == 3).then_some(span)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body_of<'a>(text: &'a str, marks: &[(usize, usize)]) -> Option<&'a str> {
        let marks: Vec<Marked> = marks
            .iter()
            .map(|&(a, b)| Marked {
                span: Span::new(a, b),
                reason: "navigation",
            })
            .collect();
        body(text, Span::new(0, text.len()), marks.iter()).map(|s| s.slice(text))
    }

    /// A sentence is scored when three words or more are left of it outside
    /// boilerplate, however long it is; two words are too few.
    #[test]
    fn three_words_outside_marks_make_a_body() {
        assert_eq!(
            body_of("Prices rose sharply.", &[]),
            Some("Prices rose sharply.")
        );
        let long = "Prices rose sharply in every one of the regions last year.";
        assert_eq!(body_of(long, &[]), Some(long));
        assert_eq!(body_of("  Prices \n rose. ", &[]), None);
        assert_eq!(body_of("", &[]), None);
        let text = "Share this: Prices rose.";
        assert_eq!(body_of(text, &[(0, 11)]), None);
        assert_eq!(body_of(text, &[(0, 6)]), Some("this: Prices rose."));
    }
}
