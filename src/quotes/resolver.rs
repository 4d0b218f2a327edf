//! Speaker resolution: from the words that name a speaker ("he",
//! "Stefanishyna", "the Kremlin") to the entity group and its canonical name.
//!
//! A speaker phrase overlapping a known name (`speakers`: an entity mention or
//! a capitalised run) takes its group; a pronoun takes the last compatible
//! speaker (or sentence subject) before it — "he"/"she" a person, "they"/"it"
//! an organisation, place or group; a bare surname takes the last fuller name
//! ending with it, or the first group whose name ends with it; a bare title
//! ("the President") the group that holds it.
//!
//! Every question goes to a table (`speaker_index`) rather than a walk back
//! through the text, so a document of unresolvable pronouns or surnames costs
//! linear time; the answers are the same as the walks gave.

use super::context::Ctx;
use super::names::{Np, NpKind};
use super::speaker_index::{Fuller, Groups, Reach, Recent, Subjects};
use super::speakers::{known_from_mentions, known_from_text, Class, Known, Resolved};
use crate::analysis::{Group, Mention};
use crate::text::span::Span;

/// Resolves speaker phrases in text order, remembering who spoke.
pub(crate) struct Resolver<'a> {
    ctx: &'a Ctx<'a>,
    known: Vec<Known<'a>>,
    groups: &'a [Group],
    recent: Recent,
    subjects: Subjects,
    reach: Reach,
    fuller: Fuller,
    by_group: Groups,
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
            subjects: Subjects::new(&known),
            reach: Reach::new(&known),
            fuller: Fuller::new(&known),
            by_group: Groups::new(groups),
            known,
            groups,
            recent: Recent::default(),
        }
    }

    /// Resolves `np`, spoken at byte `pos`, and remembers it for later
    /// pronouns. Call in text order: a pronoun looks back from the newest
    /// speaker remembered.
    pub fn resolve(&mut self, np: Np, pos: usize) -> Resolved {
        let r = self.lookup(np, pos);
        if !(np.kind == NpKind::Pronoun && r.group.is_none() && r.class == Class::Other) {
            self.recent.push(pos, &r);
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
            name: k.name.to_string(),
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
        let overlapping = self
            .reach
            .last_overlapping(&self.known, before, np.span)
            .map(|i| &self.known[i]);
        if let Some(k) = overlapping.filter(|k| k.group.is_some()) {
            return Self::from_known(k);
        }
        if np.kind == NpKind::Common {
            return self.text_only(np, Class::Org);
        }
        let words = np.span.slice(self.ctx.text);
        // A bare surname: the last fuller name ending with it.
        let surname = super::speakers::last_word(words);
        if let Some(i) = self.fuller.last_longer(surname, before, words.len()) {
            return Self::from_known(&self.known[i]);
        }
        if let Some(g) = self.by_group.find(words) {
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

    fn pronoun(&self, np: Np, pos: usize) -> Resolved {
        let word = np.span.slice(self.ctx.text).to_lowercase();
        let want = if word == "he" || word == "she" {
            Class::Person
        } else {
            Class::Org
        };
        let spoke = self.recent.last(want, pos);
        let before = self.known.partition_point(|k| k.span.end <= np.span.start);
        let subject = self.subjects.last(want, before).map(|i| &self.known[i]);
        match (spoke, subject) {
            // A subject newer than the last speaker wins ("Harry Kane won… He said").
            (Some((p, _)), Some(k)) if k.span.start > *p => Self::from_known(k),
            (Some((_, r)), _) => r.clone(),
            (None, Some(k)) => Self::from_known(k),
            (None, None) => self.text_only(np, Class::Other),
        }
    }
}
