//! Check-worthiness of one sentence: the fitted linear model's logit plus a few
//! fixed editorial rules, through a sigmoid.
//!
//! The model (`weights.rs`) was fitted on debate sentences, which hold almost no
//! contested wording, unnamed sources or explicit disputes; those cues matter in
//! news, so they add fixed amounts here ([`EDITORIAL`]), stated in the open
//! rather than learnt. A sentence too short to state a fact is pushed down. The
//! decision threshold is folded into the model's bias, so a claim is a sentence
//! whose check-worthiness is at least [`CLAIM_THRESHOLD`] (0.5).

use super::catalogue::Lexicons;
use super::cues::{self, Cue};
use super::features::{self, Context};
use super::sources::{self, Source, SourceKind};
use super::weights::Model;
use super::words::{words, Word};
use crate::analysis::{Group, Mention, QuoteFound};
use crate::text::span::Span;
use std::sync::OnceLock;

/// Check-worthiness at or above which a sentence is a claim.
pub const CLAIM_THRESHOLD: f32 = 0.5;

/// Fixed logit additions for news cues the debate data cannot teach. A claim
/// resting on unnamed sources is the first thing a fact-checker verifies,
/// whatever its wording, so that cue alone lifts a sentence over the threshold.
pub const EDITORIAL: [(&str, f32); 4] = [
    ("contested_term", 1.0),
    ("anonymous_source", 2.5),
    ("disputed", 1.5),
    ("hedged", 1.0),
];

/// Logit subtracted from a sentence that cannot state a fact: fewer than
/// [`MIN_WORDS`] words, or fewer than two lower-case words (captions, credits,
/// labels: "Photo: EPA-EFE/MICHAEL BUHOLZER").
const SHORT_PENALTY: f32 = 4.0;
const MIN_WORDS: usize = 4;

/// Everything found in one sentence.
#[derive(Clone, Debug)]
pub struct Sentence {
    pub span: Span,
    pub words: Vec<Word>,
    pub cues: Vec<Cue>,
    pub sources: Vec<Source>,
    pub opinions: usize,
    pub speech_verbs: usize,
}

impl Sentence {
    /// Finds the words, cues and sources of `span`.
    pub fn analyse(
        text: &str,
        span: Span,
        entities: &[Mention],
        groups: &[Group],
        quotes: &[QuoteFound],
        lex: &Lexicons,
    ) -> Sentence {
        let words = words(text, span);
        let found = lex.find_all(text, &words);
        Sentence {
            cues: cues::find(text, &words, span, entities, lex, &found),
            sources: sources::find(text, &words, span, entities, groups, quotes, &found),
            opinions: found.opinion().len(),
            speech_verbs: found.speech_verbs().len(),
            span,
            words,
        }
    }

    /// The sentence's feature indices for a model that does (or not) read n-grams.
    pub fn features(&self, ngrams: bool) -> Vec<u32> {
        let ctx = Context {
            cues: &self.cues,
            sources: &self.sources,
            opinions: self.opinions,
            speech_verbs: self.speech_verbs,
        };
        features::extract(&self.words, &ctx, ngrams)
    }

    fn has(&self, kind: &str) -> bool {
        self.cues.iter().any(|c| c.kind == kind)
            || (kind == "anonymous_source"
                && self.sources.iter().any(|s| s.kind == SourceKind::Unnamed))
    }

    /// Check-worthiness in 0..1 under `model`.
    pub fn score(&self, model: &Model) -> f32 {
        sigmoid(
            model.logit(&self.features(model.ngrams))
                + model.meaning_logit(&self.words)
                + self.adjustment(),
        )
    }

    /// What the editorial rules add to the model's logit.
    pub fn adjustment(&self) -> f32 {
        let mut add = 0.0;
        for (kind, value) in EDITORIAL {
            if self.has(kind) {
                add += value;
            }
        }
        let alpha = self.words.iter().filter(|w| w.is_alpha()).count();
        let lower = self
            .words
            .iter()
            .filter(|w| w.is_alpha() && !w.capitalised)
            .count();
        if alpha < MIN_WORDS || lower < 2 {
            add -= SHORT_PENALTY;
        }
        add
    }
}

pub fn sigmoid(x: f32) -> f32 {
    if x.is_nan() {
        return 0.0;
    }
    1.0 / (1.0 + (-x).exp())
}

/// The committed model (word n-grams + cues, fitted on ClaimBuster).
pub fn builtin() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        Model::from_bytes(include_bytes!("../../data/claims/weights.bin")).unwrap_or_default()
    })
}

/// The cues-only model: no word n-gram weights, only the `c:` cue features.
pub fn cues_only() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        Model::from_bytes(include_bytes!("../../data/claims/weights-cues.bin")).unwrap_or_default()
    })
}
