//! Names in text: a learned sequence tagger (averaged perceptron over hashed
//! word, shape, affix, context, gazetteer and document features; Viterbi
//! decoding) plus document-level consistency and OntoNotes labelling.
//!
//! ```
//! let text = "Russian President Vladimir Putin met NATO officials in Brussels. Putin said little.";
//! let names = article_annotator::entities::tag_text(text);
//! let found: Vec<(&str, &str)> = names.iter().map(|m| (m.span.slice(text), m.label)).collect();
//! assert!(found.contains(&("Vladimir Putin", "PERSON")));
//! ```
//!
//! Layout: `tokenize` (the one tokenizer boundary), `token_info` + `features`
//! (shared by training and inference), `gazetteer`, `model` (weights + Viterbi),
//! `consistency` and `abbreviations` (document-level fixes), `ontonotes` (fine
//! labels), `train` (native only: corpora, trainer, writer, scorer).

pub mod abbreviations;
pub mod affiliations;
mod ampersand_names;
pub mod common_words;
pub mod consistency;
pub mod coordinated;
pub mod custom;
mod event_names;
pub mod features;
pub mod flat;
mod front_coded;
pub mod gazetteer;
mod gazetteer_builder;
pub mod groups;
pub mod hash;
pub mod head_words;
pub mod hyphen_tails;
pub mod hyphenated;
pub mod inner_words;
pub mod labels;
pub mod layer;
mod long_forms;
mod longer_names;
pub mod model;
mod name_edges;
mod of_names;
mod of_words;
pub mod ontonotes;
pub mod particles;
mod person_acts;
pub mod roles;
pub mod rules;
pub mod safety_net;
pub mod split;
pub mod teams;
pub mod titles;
pub mod token_info;
pub mod tokenize;
pub mod town_state;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;
pub mod values;
mod word_scores;

use crate::text::span::Span;
use flat::Sentences;
use gazetteer::Gazetteer;
use labels::NUM_TAGS;
use model::Model;
use std::sync::OnceLock;
use word_scores::WordScores;

/// The committed weights (see data/ner/README.md for how they were made).
pub static MODEL_BYTES: &[u8] = include_bytes!("../../data/ner/model.bin");

/// A name found in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct NameMention {
    pub span: Span,
    /// An OntoNotes label: PERSON, NORP, FAC, ORG, GPE, LOC, EVENT, or MISC
    /// for names of no other type.
    pub label: &'static str,
    /// The model's belief in the span and label, in 0..=1.
    pub confidence: f32,
}

/// A name in the model's four coarse types, before the document-level passes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Coarse {
    pub span: Span,
    /// Index into [`labels::TYPES`].
    pub ty: usize,
    pub confidence: f32,
}

/// The index of the name starting at byte `pos`, in names sorted by start.
pub(crate) fn name_starting_at(names: &[Coarse], pos: usize) -> Option<usize> {
    names.binary_search_by_key(&pos, |c| c.span.start).ok()
}

/// The model and lists, loaded once.
pub struct Tagger {
    model: Model,
    gaz: &'static Gazetteer,
}

impl Tagger {
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, model::FormatError> {
        Ok(Tagger {
            model: Model::from_bytes(bytes, features::KEY_BITS)?,
            gaz: Gazetteer::get(),
        })
    }

    /// The shared tagger over the committed weights.
    pub fn shared() -> &'static Tagger {
        static T: OnceLock<Tagger> = OnceLock::new();
        T.get_or_init(|| Tagger::from_bytes(MODEL_BYTES).expect("committed NER weights are valid"))
    }

    /// The model's names, before document-level passes.
    ///
    /// Feature keys (~22 a token) are scored as they are extracted, never
    /// stored: for a whole document they would take ~20 bytes per input byte.
    /// The document evidence comes first, from a pass that reads only the
    /// three facts it needs of each token. A token's facts, and the scores
    /// of its keys that depend on one word alone, come from [`WordScores`],
    /// once per distinct word.
    pub fn coarse(&self, text: &str, sentences: &Sentences) -> Vec<Coarse> {
        let mut doc = features::DocContext::default();
        let lowers = sentences.lowers(text);
        let mut lowers = lowers.iter();
        for sent in sentences {
            for (i, (&(a, b), &lower)) in sent.iter().zip(&mut lowers).enumerate() {
                let (cap, lower_initial) = token_info::initial_case(&text[a..b]);
                doc.add(i, lower, cap, lower_initial);
            }
        }
        let mut words = WordScores::new(&self.model, sentences.tokens().len());
        let (mut numbers, mut infos) = (Vec::new(), Vec::new());
        let mut ex = features::Extractor::default();
        let mut out = Vec::new();
        let mut em: Vec<[f32; NUM_TAGS]> = Vec::new();
        let mut tags = Vec::new();
        let mut scratch = model::Scratch::default();
        for sent in sentences {
            words.start_sentence();
            numbers.clear();
            numbers.extend(
                sent.iter()
                    .map(|&(a, b)| words.number(&text[a..b], &self.model)),
            );
            infos.clear();
            infos.extend(numbers.iter().map(|&n| *words.info(n)));
            em.clear();
            // Each key scored as it is made, and the keys of one word as
            // that word's sums (of integers: the same in any order).
            let mut acc = [0i32; NUM_TAGS];
            ex.each_key(
                &infos,
                &doc,
                self.gaz,
                features::Keys::Context,
                |key| match key {
                    Some(k) => self.model.add_key(&mut acc, k),
                    None => {
                        words.add_kept(&numbers, em.len(), &mut acc);
                        em.push(self.model.scaled(&acc));
                        acc = [0; NUM_TAGS];
                    }
                },
            );
            model::viterbi(&em, self.model.transitions(), &mut scratch, &mut tags);
            for (a, b, ty) in labels::spans(&tags) {
                let confidence = (a..b)
                    .map(|t| model::tag_probability(&em, self.model.transitions(), &tags, t))
                    .fold(1f32, f32::min);
                out.push(Coarse {
                    span: Span::new(sent[a].0, sent[b - 1].1),
                    ty,
                    confidence,
                });
            }
        }
        out
    }

    /// Names with OntoNotes labels, after the document-level passes.
    pub fn tag(&self, text: &str, sentences: &Sentences) -> Vec<NameMention> {
        let coarse = titles::strip(text, sentences, self.gaz, self.coarse(text, sentences));
        let coarse = inner_words::apply(text, sentences, self.gaz, coarse);
        let coarse = coordinated::apply(text, self.gaz, coarse);
        let coarse = hyphenated::apply(text, sentences, coarse);
        let coarse = hyphen_tails::apply(text, sentences, self.gaz, coarse);
        let coarse = split::apply(text, sentences, self.gaz, coarse);
        let coarse = particles::apply(text, sentences, coarse);
        let coarse = affiliations::apply(text, sentences, self.gaz, coarse);
        let coarse = town_state::apply(text, sentences, self.gaz, coarse);
        let coarse = head_words::apply(text, sentences, self.gaz, coarse);
        let coarse = ampersand_names::apply(text, sentences, self.gaz, coarse);
        let coarse = of_names::apply(text, sentences, self.gaz, coarse);
        let coarse = of_words::apply(text, sentences, self.gaz, coarse);
        let coarse = consistency::apply(text, sentences, self.gaz, coarse);
        let coarse = event_names::apply(text, sentences, self.gaz, coarse);
        let coarse = long_forms::apply(text, sentences, self.gaz, coarse);
        let coarse = abbreviations::apply(text, sentences, coarse);
        let coarse = safety_net::apply(text, sentences, self.gaz, coarse);
        let mut coarse = name_edges::apply(text, sentences, self.gaz, coarse);
        teams::retype(text, sentences, self.gaz, &mut coarse);
        coarse
            .into_iter()
            .map(|c| NameMention {
                span: c.span,
                label: ontonotes::label(c.span.slice(text), c.ty, self.gaz),
                confidence: c.confidence,
            })
            .collect()
    }
}

/// Names in `text`, given the byte spans of its word tokens, sentence by sentence.
pub fn tag_names(text: &str, sentences: &Sentences) -> Vec<NameMention> {
    Tagger::shared().tag(text, sentences)
}

/// Names in `text`, tokenized with this module's own tokenizer.
pub fn tag_text(text: &str) -> Vec<NameMention> {
    tag_names(text, &tokenize::sentences(text))
}

/// Helpers for the tests of the document-level passes.
#[cfg(test)]
pub(crate) mod pass_testing {
    use super::Coarse;
    use crate::text::span::Span;

    /// Names at the first occurrence of each part, with the given coarse types.
    pub fn names_at(text: &str, parts: &[(&str, usize)]) -> Vec<Coarse> {
        parts
            .iter()
            .map(|&(p, ty)| {
                let start = text.find(p).expect("part in text");
                Coarse {
                    span: Span::new(start, start + p.len()),
                    ty,
                    confidence: 0.9,
                }
            })
            .collect()
    }

    /// The PERSON names the tagger and its passes find in `text`.
    pub fn people(text: &str) -> Vec<String> {
        super::tag_text(text)
            .into_iter()
            .filter(|n| n.label == "PERSON")
            .map(|n| n.span.slice(text).to_string())
            .collect()
    }

    /// Runs a pass that reads the gazetteer over `text`, with the given names
    /// (at the first occurrence of each part) as the tagger's: each name's
    /// text and coarse type after it.
    pub fn run_pass(
        text: &str,
        parts: &[(&str, usize)],
        pass: impl Fn(&str, &super::flat::Sentences, &super::Gazetteer, Vec<Coarse>) -> Vec<Coarse>,
    ) -> Vec<(String, usize)> {
        let sentences = super::tokenize::sentences(text);
        let names = pass(
            text,
            &sentences,
            super::Gazetteer::get(),
            names_at(text, parts),
        );
        described(text, names)
    }

    /// One name's text and coarse type, as [`run_pass`] describes it.
    pub fn one(name: &str, ty: usize) -> Vec<(String, usize)> {
        vec![(name.to_string(), ty)]
    }

    /// The parts as [`run_pass`] describes them when a pass leaves them alone.
    pub fn unchanged(parts: &[(&str, usize)]) -> Vec<(String, usize)> {
        parts.iter().map(|&(n, t)| (n.to_string(), t)).collect()
    }

    /// Each name's text and coarse type.
    pub fn described(text: &str, names: Vec<Coarse>) -> Vec<(String, usize)> {
        names
            .into_iter()
            .map(|c| (c.span.slice(text).to_string(), c.ty))
            .collect()
    }
}
