//! Helpers for the quotation tests: run the layer on a text and read the
//! result as strings.
#![allow(dead_code)]

use article_annotator::analysis::{Group, Mention};
use article_annotator::quotes::analyse;
use article_annotator::text::segment;
use article_annotator::text::span::Span;

/// One quotation as strings: kind, quoted text, speaker words, resolved name,
/// unnamed flag, cue words, confidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Q {
    pub kind: &'static str,
    pub text: String,
    pub speaker: Option<String>,
    pub name: Option<String>,
    pub unnamed: bool,
    pub group: Option<usize>,
    pub cue: Option<String>,
    pub confidence: f32,
}

pub fn run_with(text: &str, mentions: &[Mention], groups: &[Group]) -> Vec<Q> {
    let paragraphs = segment::paragraphs(text);
    let sentences: Vec<Span> = paragraphs
        .iter()
        .flat_map(|&p| segment::sentences(text, p))
        .collect();
    analyse(text, &paragraphs, &sentences, mentions, groups)
        .into_iter()
        .map(|a| Q {
            kind: a.quote.kind.name(),
            text: a.quote.span.slice(text).to_string(),
            speaker: a
                .quote
                .speaker
                .as_ref()
                .map(|s| s.span.slice(text).to_string()),
            name: a.speaker_name.clone(),
            unnamed: a.quote.speaker.as_ref().is_some_and(|s| s.unnamed),
            group: a.quote.speaker.as_ref().and_then(|s| s.group),
            cue: a.quote.cue.map(|c| c.slice(text).to_string()),
            confidence: a.quote.confidence,
        })
        .collect()
}

pub fn run(text: &str) -> Vec<Q> {
    run_with(text, &[], &[])
}

/// The quotations in marks (not reported speech).
pub fn marked(text: &str) -> Vec<Q> {
    run(text)
        .into_iter()
        .filter(|q| matches!(q.kind, "direct" | "partial" | "scare"))
        .collect()
}

/// The quoted texts of the quotations in marks.
pub fn texts(text: &str) -> Vec<String> {
    marked(text).into_iter().map(|q| q.text).collect()
}

/// The one quotation whose text is `quoted`.
pub fn find(all: &[Q], quoted: &str) -> Q {
    all.iter()
        .find(|q| q.text == quoted)
        .unwrap_or_else(|| panic!("no quotation {quoted:?} in {all:#?}"))
        .clone()
}

/// A mention of `text`'s first occurrence of `words` (after byte `from`).
pub fn mention(text: &str, words: &str, from: usize, label: &'static str, group: usize) -> Mention {
    let start = from + text[from..].find(words).expect("mention words in text");
    Mention {
        span: Span::new(start, start + words.len()),
        label,
        group,
        confidence: 1.0,
    }
}

pub fn group(name: &str, label: &'static str, roles: &[&str]) -> Group {
    Group {
        name: name.to_string(),
        label,
        mentions: Vec::new(),
        roles: roles.iter().map(|r| r.to_string()).collect(),
    }
}
