//! Speaker names: what the resolver (`resolver`) can point a speaker phrase
//! at ("he", "Stefanishyna", "the Kremlin") — the entity layer's mentions, or
//! without them capitalised runs found in the text (`known_from_text`), so
//! resolved names are still available to callers that read them
//! (`Attributed::speaker_name`).

use super::context::Ctx;
use super::names::name_in_run;
use crate::analysis::{Group, Mention};
use crate::text::span::Span;
use foldhash::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Person,
    Org,
    Other,
}

/// A name in the text: an entity mention, or a capitalised run.
#[derive(Clone, Debug)]
pub(crate) struct Known<'a> {
    pub span: Span,
    /// The name as the document writes it (or its group's name): borrowed,
    /// not copied for every mention.
    pub name: &'a str,
    pub class: Class,
    pub group: Option<usize>,
    /// The first name of its sentence (a likely subject).
    pub subject: bool,
}

/// A resolved speaker.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Resolved {
    pub group: Option<usize>,
    pub name: String,
    pub class: Class,
    pub unnamed: bool,
}

/// Who can be a speaker: people, organisations and places, nothing else.
pub(crate) fn class_of(label: &str) -> Class {
    match label {
        "PERSON" | "PER" => Class::Person,
        "ORG" | "GPE" | "NORP" | "LOC" => Class::Org,
        _ => Class::Other,
    }
}

/// Names from the entity layer's mentions (those that can speak).
pub(crate) fn known_from_mentions<'a>(
    ctx: &Ctx<'a>,
    entities: &[Mention],
    groups: &'a [Group],
) -> Vec<Known<'a>> {
    let mut last_sentence = None;
    entities
        .iter()
        .filter(|m| class_of(m.label) != Class::Other && m.span.end <= ctx.text.len())
        .map(|m| {
            let s = ctx.sentence_at(m.span.start);
            let subject = s != last_sentence;
            last_sentence = s;
            Known {
                span: m.span,
                name: groups
                    .get(m.group)
                    .map_or_else(|| m.span.slice(ctx.text), |g| g.name.as_str()),
                class: class_of(m.label),
                group: (m.group < groups.len()).then_some(m.group),
                subject,
            }
        })
        .collect()
}

/// Names found without the entity layer: runs of capitalised words. A
/// single word that ends an earlier two-word person's name is that person
/// ("Rathbun" after "Mark Rathbun").
pub(crate) fn known_from_text<'a>(ctx: &Ctx<'a>) -> Vec<Known<'a>> {
    let mut out: Vec<Known> = Vec::new();
    let mut surnames: HashMap<&str, &str> = HashMap::default();
    let mut last_sentence = None;
    let mut i = 0;
    while i < ctx.tokens.len() {
        if !ctx.is_name_word(i) {
            i += 1;
            continue;
        }
        let mut b = i + 1;
        while b < ctx.tokens.len() && ctx.is_name_word(b) {
            b += 1;
        }
        let (a2, b2) = name_in_run(ctx, i, b);
        let span = ctx.span_of(a2, b2);
        let words = span.slice(ctx.text);
        let org = (i..b).any(|k| ctx.lex.org_words.contains(&*ctx.lower(k)));
        let (class, name) = if org {
            (Class::Org, words)
        } else if b2 - a2 >= 2 {
            surnames.insert(last_word(words), words);
            (Class::Person, words)
        } else if let Some(&full) = surnames.get(words) {
            (Class::Person, full)
        } else {
            (Class::Other, words)
        };
        let s = ctx.sentence_at(span.start);
        out.push(Known {
            span,
            name,
            class,
            group: None,
            subject: s != last_sentence,
        });
        last_sentence = s;
        i = b;
    }
    out
}

/// The surname of a name ("Mark Rathbun’s" → "Rathbun").
pub(crate) fn last_word(name: &str) -> &str {
    name.split_whitespace()
        .last()
        .unwrap_or("")
        .trim_end_matches("’s")
        .trim_end_matches("'s")
}
