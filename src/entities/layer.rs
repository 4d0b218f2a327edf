//! The entity layer of the pipeline: names from the tagger, values from the
//! rules, a newsroom's own names on top, then mention groups and roles.
//!
//! Precedence where spans overlap: custom names, then names, then values
//! ("Sunday Times" is an ORG, not a DATE). Names inside site residue (mastheads,
//! sponsor lines, navigation) are dropped; a verbatim repeat (`duplicate`) keeps
//! its names, grouped with the first copy.

use super::custom::CustomNames;
use super::gazetteer::Gazetteer;
use super::groups::{self, Ungrouped};
use super::{roles, tokenize, values};
use crate::analysis::{Group, Mention};
use crate::text::boilerplate::Marked;
use crate::text::span::Span;
use crate::text::tokens;

/// Finds, groups and describes the entities of a document.
pub fn find_entities(
    text: &str,
    sentences: &[Span],
    boilerplate: &[Marked],
    custom: &CustomNames,
) -> (Vec<Mention>, Vec<Group>) {
    let name_tokens: Vec<Vec<(usize, usize)>> = sentences
        .iter()
        .map(|s| {
            tokenize::words(s.slice(text))
                .map(|(a, b)| (s.start + a, s.start + b))
                .collect()
        })
        .collect();
    let residue = |span: Span| {
        boilerplate
            .iter()
            .any(|m| m.reason != "duplicate" && m.span.overlaps(span))
    };
    let mut mentions: Vec<Ungrouped> = custom
        .find(text)
        .into_iter()
        .map(|(span, label)| Ungrouped {
            span,
            label,
            confidence: 1.0,
        })
        .collect();
    let value_tokens: Vec<tokens::Token> = sentences
        .iter()
        .flat_map(|&s| tokens::tokenize(text, s))
        .collect();
    let found_values = values::find_values(text, &value_tokens);
    let mut names = super::tag_names(text, &name_tokens);
    super::rules::apply(text, &name_tokens, &mut names);
    people_by_surname(text, &mut names);
    for n in names {
        if n.label != "MISC" && !residue(n.span) && !is_date_word(text, n.span, &found_values) {
            add(&mut mentions, n.span, n.label, n.confidence);
        }
    }
    for v in found_values {
        // In site residue only dates and times mean something (a dateline);
        // "ONE" in a masthead or a "0" counter are not quantities.
        if matches!(v.label, "DATE" | "TIME") || !residue(v.span) {
            add(&mut mentions, v.span, v.label, v.confidence);
        }
    }
    mentions.sort_by_key(|m| m.span.start);
    let (mentions, mut groups) = groups::group(text, &mentions);
    attach_roles(text, &mentions, &mut groups);
    (mentions, groups)
}

/// Document consistency for people: a multi-word name the model typed otherwise
/// ("Vladimir Putin" read as an ORG at the start of a sentence) is a PERSON when
/// its last word is, alone, a PERSON elsewhere in the article ("Putin said").
fn people_by_surname(text: &str, names: &mut [super::NameMention]) {
    let surnames: std::collections::HashSet<&str> = names
        .iter()
        .filter(|n| n.label == "PERSON" && !n.span.slice(text).contains(char::is_whitespace))
        .map(|n| n.span.slice(text))
        .collect();
    for n in names.iter_mut().filter(|n| n.label != "PERSON") {
        let name = n.span.slice(text);
        let mut words = name.split_whitespace();
        let (Some(_), Some(last)) = (words.next(), words.next_back()) else {
            continue;
        };
        if surnames.contains(last) {
            n.label = "PERSON";
        }
    }
}

/// A month or weekday name that a date rule read as a date with its cue ("in
/// May", "May 16"): the date, not the name the tagger (or its document
/// consistency, after "Theresa May") made of it.
fn is_date_word(text: &str, name: Span, found: &[values::ValueMention]) -> bool {
    values::is_calendar_word(name.slice(text))
        && found.iter().any(|v| {
            v.label == values::DATE
                && v.confidence >= 0.8
                && v.span.start <= name.start
                && name.end <= v.span.end
        })
}

/// Adds a mention unless it overlaps one already there (earlier sources win).
fn add(mentions: &mut Vec<Ungrouped>, span: Span, label: &'static str, confidence: f32) {
    if !span.is_empty() && !mentions.iter().any(|m| m.span.overlaps(span)) {
        mentions.push(Ungrouped {
            span,
            label,
            confidence,
        });
    }
}

fn attach_roles(text: &str, mentions: &[Mention], groups: &mut [Group]) {
    let gaz = Gazetteer::get();
    for m in mentions.iter().filter(|m| m.label == "PERSON") {
        let found = [
            roles::title_before(text, m.span, gaz),
            roles::apposition_after(text, m.span, gaz),
        ];
        for role in found.into_iter().flatten() {
            let role: String = role
                .slice(text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let g = &mut groups[m.group];
            if !g.roles.contains(&role) {
                g.roles.push(role);
            }
        }
    }
}
