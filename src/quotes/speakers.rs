//! Speaker resolution: from the words that name a speaker ("he",
//! "Stefanishyna", "the Kremlin") to the entity group and its canonical name.
//!
//! With the entity layer's mentions, a speaker phrase overlapping a PERSON,
//! ORG, GPE or NORP mention takes its group; a pronoun takes the group of the
//! last compatible speaker (or sentence subject) before it — "he"/"she" a
//! person, "they"/"it" an organisation, place or group; a bare surname takes the
//! last group whose name ends with it; a bare title ("the President") the group
//! that holds it. Without mentions the same rules run over capitalised runs
//! found in the text (`known_from_text`), so resolved names are still available
//! to callers that read them (`Attributed::speaker_name`).

use super::context::Ctx;
use super::names::{name_in_run, Np, NpKind};
use crate::analysis::{Group, Mention};
use crate::text::span::Span;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Person,
    Org,
    Other,
}

/// A name in the text: an entity mention, or a capitalised run.
#[derive(Clone, Debug)]
pub(crate) struct Known {
    pub span: Span,
    pub name: String,
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

fn class_of(label: &str) -> Class {
    match label {
        "PERSON" | "PER" => Class::Person,
        "ORG" | "GPE" | "NORP" | "LOC" => Class::Org,
        _ => Class::Other,
    }
}

/// Names from the entity layer's mentions (those that can speak).
pub(crate) fn known_from_mentions(ctx: &Ctx, entities: &[Mention], groups: &[Group]) -> Vec<Known> {
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
                    .map_or_else(|| m.span.slice(ctx.text).to_string(), |g| g.name.clone()),
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
pub(crate) fn known_from_text(ctx: &Ctx) -> Vec<Known> {
    let mut out: Vec<Known> = Vec::new();
    let mut surnames: HashMap<String, String> = HashMap::new();
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
        let org = (i..b).any(|k| ctx.lex.org_words.contains(&ctx.lower(k)));
        let (class, name) = if org {
            (Class::Org, words.to_string())
        } else if b2 - a2 >= 2 {
            surnames.insert(last_word(words).to_string(), words.to_string());
            (Class::Person, words.to_string())
        } else if let Some(full) = surnames.get(words) {
            (Class::Person, full.clone())
        } else {
            (Class::Other, words.to_string())
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

fn last_word(name: &str) -> &str {
    name.split_whitespace()
        .last()
        .unwrap_or("")
        .trim_end_matches("’s")
        .trim_end_matches("'s")
}

/// Resolves speaker phrases in text order, remembering who spoke.
pub(crate) struct Resolver<'a> {
    ctx: &'a Ctx<'a>,
    known: Vec<Known>,
    groups: &'a [Group],
    history: Vec<(usize, Resolved)>,
}

impl<'a> Resolver<'a> {
    /// `quotes`: spans of quotations in marks, whose names are not subjects.
    pub fn new(
        ctx: &'a Ctx<'a>,
        entities: &'a [Mention],
        groups: &'a [Group],
        quotes: &[Span],
    ) -> Self {
        let mut known = if entities.is_empty() {
            known_from_text(ctx)
        } else {
            known_from_mentions(ctx, entities, groups)
        };
        for k in &mut known {
            if super::cues::inside(quotes, k.span.start) {
                k.subject = false;
            }
        }
        Resolver {
            ctx,
            known,
            groups,
            history: Vec::new(),
        }
    }

    /// Resolves `np`, spoken at byte `pos`, and remembers it for later pronouns.
    pub fn resolve(&mut self, np: Np, pos: usize) -> Resolved {
        let r = self.lookup(np, pos);
        if !(np.kind == NpKind::Pronoun && r.group.is_none() && r.class == Class::Other) {
            self.history.push((pos, r.clone()));
        }
        r
    }

    fn text_only(&self, np: Np, class: Class) -> Resolved {
        Resolved {
            group: None,
            name: np.span.slice(self.ctx.text).to_string(),
            class,
            unnamed: np.kind == NpKind::Unnamed,
        }
    }

    fn from_known(k: &Known) -> Resolved {
        Resolved {
            group: k.group,
            name: k.name.clone(),
            class: k.class,
            unnamed: false,
        }
    }

    fn lookup(&self, np: Np, pos: usize) -> Resolved {
        match np.kind {
            NpKind::Unnamed => return self.text_only(np, Class::Other),
            NpKind::Pronoun => return self.pronoun(np, pos),
            NpKind::Name | NpKind::Common => {}
        }
        // The mention the phrase ends on is its head ("Civil Defense Authority").
        let before = self.known.partition_point(|k| k.span.start < np.span.end);
        let overlapping = self.known[..before]
            .iter()
            .rev()
            .find(|k| k.span.overlaps(np.span));
        if let Some(k) = overlapping.filter(|k| k.group.is_some()) {
            return Self::from_known(k);
        }
        if np.kind == NpKind::Common {
            return self.text_only(np, Class::Org);
        }
        let words = np.span.slice(self.ctx.text);
        let surname = last_word(words);
        // A bare surname: the last fuller name ending with it.
        let fuller = self.known[..before].iter().rev().find(|k| {
            k.class != Class::Org && k.name.len() > words.len() && last_word(&k.name) == surname
        });
        if let Some(k) = fuller {
            return Self::from_known(k);
        }
        if let Some(g) = self.group_by_surname_or_role(words) {
            return Resolved {
                group: Some(g),
                name: self.groups[g].name.clone(),
                class: Class::Person,
                unnamed: false,
            };
        }
        let class = if words
            .split_whitespace()
            .any(|w| self.ctx.lex.org_words.contains(&w.to_lowercase()))
        {
            Class::Org
        } else {
            Class::Person
        };
        self.text_only(np, class)
    }

    /// A group whose name ends with `words`, or whose roles include them.
    fn group_by_surname_or_role(&self, words: &str) -> Option<usize> {
        let surname = last_word(words);
        self.groups.iter().position(|g| {
            (class_of(g.label) == Class::Person
                && g.name.len() > words.len()
                && last_word(&g.name) == surname)
                || g.roles.iter().any(|r| r.eq_ignore_ascii_case(words))
        })
    }

    fn pronoun(&self, np: Np, pos: usize) -> Resolved {
        let word = np.span.slice(self.ctx.text).to_lowercase();
        let want = if word == "he" || word == "she" {
            Class::Person
        } else {
            Class::Org
        };
        let fits = |c: Class, unnamed: bool| c == want || (want == Class::Org && unnamed);
        let spoke = self
            .history
            .iter()
            .rev()
            .find(|(p, r)| *p <= pos && fits(r.class, r.unnamed))
            .map(|(p, r)| (*p, r.clone()));
        let before = self.known.partition_point(|k| k.span.end <= np.span.start);
        let subject = self.known[..before]
            .iter()
            .rev()
            .find(|k| k.class == want && k.subject);
        match (spoke, subject) {
            // A subject newer than the last speaker wins ("Harry Kane won… He said").
            (Some((p, _)), Some(k)) if k.span.start > p => Self::from_known(k),
            (Some((_, r)), _) => r,
            (None, Some(k)) => Self::from_known(k),
            (None, None) => self.text_only(np, Class::Other),
        }
    }
}
