//! Names that the layout of a news page or a fixed phrase decides better than
//! the sequence model: photo credits, the site name after a headline, "X" the
//! platform, the members of a list of places, a first name at a sentence start.
//!
//! Each rule is a small pass over the tagger's names (`NameMention`s sorted by
//! position) and the words of each sentence; each looks at a bounded window,
//! so the whole is linear in the text. They run in the entity layer, after
//! the tagger and before values and groups.

mod credits;
mod dotted_initials;
mod initial_names;
mod lists;
mod media;
mod platforms;
mod products;
mod site_names;
mod titled_people;
mod works;

use super::NameMention;
use crate::text::span::Span;

pub use super::flat::Sentences;

/// Applies every rule, in an order where later rules see earlier results.
pub fn apply(text: &str, sentences: &Sentences, names: &mut Vec<NameMention>) {
    crate::sort::by_key(names, |n| n.span.start);
    credits::apply(text, names);
    site_names::apply(text, names);
    platforms::apply(text, sentences, names);
    media::apply(text, sentences, names);
    works::apply(text, sentences, names);
    products::apply(text, sentences, names);
    titled_people::apply(text, sentences, names);
    lists::apply(text, names);
    initial_names::apply(text, sentences, names);
    dotted_initials::apply(text, sentences, names);
    crate::sort::by_key(names, |n| n.span.start);
}

/// Puts the rule's `found` names (in text order, not overlapping each other)
/// in place of every name they overlap, in one sweep: a rule that fires on
/// every line of a long text stays linear.
fn replace_all(names: &mut Vec<NameMention>, found: Vec<NameMention>) {
    if found.is_empty() {
        return;
    }
    let mut k = 0;
    names.retain(|n| {
        while k < found.len() && found[k].span.end <= n.span.start {
            k += 1;
        }
        !found[k..]
            .iter()
            .take_while(|f| f.span.start < n.span.end)
            .any(|f| f.span.overlaps(n.span))
    });
    names.extend(found);
    crate::sort::by_key(names, |n| n.span.start);
}

/// Each line of `text` with the byte offset it starts at.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive('\n').scan(0, |at, line| {
        let start = *at;
        *at += line.len();
        Some((start, line))
    })
}

/// The index of the name starting at byte `pos` (names sorted by start).
fn starting_at(names: &[NameMention], pos: usize) -> Option<usize> {
    names.binary_search_by_key(&pos, |n| n.span.start).ok()
}

fn mention(span: Span, label: &'static str, confidence: f32) -> NameMention {
    NameMention {
        span,
        label,
        confidence,
    }
}

/// Whether every letter-bearing word of `s` starts with a capital (or is a
/// connector such as "of", "the", "&" inside a name).
fn all_capitalised(s: &str) -> bool {
    let mut words = 0;
    for w in s.split_whitespace() {
        words += 1;
        let first = w.chars().next().unwrap_or(' ');
        let connector = matches!(w, "of" | "the" | "and" | "&" | "de" | "for" | "la" | "le");
        if !(first.is_uppercase() || first.is_ascii_digit() || (connector && words > 1)) {
            return false;
        }
    }
    words > 0
}

#[cfg(test)]
pub(super) mod testing {
    use super::super::{tokenize, NameMention};

    /// Names of `text` after the tagger and every rule: (text, label).
    pub fn names(text: &str) -> Vec<(String, &'static str)> {
        let sentences = tokenize::sentences(text);
        let mut names: Vec<NameMention> = super::super::tag_names(text, &sentences);
        super::apply(text, &sentences, &mut names);
        names
            .into_iter()
            .map(|n| (n.span.slice(text).to_string(), n.label))
            .collect()
    }

    pub fn has(text: &str, name: &str, label: &str) -> bool {
        names(text).iter().any(|(n, l)| n == name && *l == label)
    }
}
