//! The entity layer of the pipeline: names from the tagger, values from the
//! rules, a newsroom's own names on top, then mention groups and roles.
//!
//! Precedence where spans overlap: custom names, then names, then values
//! ("Sunday Times" is an ORG, not a DATE). Names inside site residue (mastheads,
//! sponsor lines, navigation) are dropped; a verbatim repeat (`duplicate`) keeps
//! its names, grouped with the first copy.

use super::custom::CustomNames;
use super::flat::Sentences;
use super::gazetteer::Gazetteer;
use super::groups::{self, Ungrouped};
use super::{roles, tokenize, values};
use crate::analysis::{Group, Mention};
use crate::text::boilerplate::Marked;
use crate::text::span::Span;
use crate::text::span_index::SpanIndex;
use crate::text::tokens;

/// Finds, groups and describes the entities of a document.
pub fn find_entities(
    text: &str,
    sentences: &[Span],
    boilerplate: &[Marked],
    custom: &CustomNames,
) -> (Vec<Mention>, Vec<Group>) {
    let mut name_tokens = Sentences::default();
    for s in sentences {
        for (a, b) in tokenize::words(s.slice(text)) {
            name_tokens.push_token(s.start + a, s.start + b);
        }
        name_tokens.end_sentence();
    }
    let name_tokens = name_tokens.finish();
    // Site residue, as an index: one look-up a name, not a scan of every mark.
    let residue_marks: Vec<Span> = boilerplate
        .iter()
        .filter(|m| m.reason != "duplicate")
        .map(|m| m.span)
        .collect();
    let residue_index = SpanIndex::new(&residue_marks);
    let residue = |span: Span| residue_index.any_overlapping(span);
    let mut mentions: Vec<Ungrouped> = custom
        .find(text)
        .into_iter()
        .map(|(span, label)| Ungrouped {
            span,
            label,
            confidence: 1.0,
        })
        .collect();
    // The value rules read the crate's tokens a line at a time, as they come.
    let found_values = values::find_values_in(
        text,
        sentences.iter().flat_map(|&s| tokens::Tokens::new(text, s)),
    );
    let mut names = super::tag_names(text, &name_tokens);
    super::rules::apply(text, &name_tokens, &mut names);
    people_by_surname(text, &mut names);
    // The word tokens (8 bytes a word in wasm) are not read again: freed
    // before grouping, the document's high-water mark of memory, lowers it.
    drop(name_tokens);
    let dates = DateIndex::new(&found_values);
    // Names first, then values; each is kept unless it overlaps one already kept.
    let candidates: Vec<Ungrouped> = names
        .into_iter()
        .filter(|n| n.label != "MISC" && !residue(n.span) && !dates.covers_word(text, n.span))
        .map(|n| Ungrouped {
            span: n.span,
            label: n.label,
            confidence: n.confidence,
        })
        .chain(
            found_values
                .into_iter()
                // In site residue only dates and times mean something (a
                // dateline); "ONE" in a masthead or a "0" counter are not quantities.
                .filter(|v| matches!(v.label, "DATE" | "TIME") || !residue(v.span))
                .map(|v| Ungrouped {
                    span: v.span,
                    label: v.label,
                    confidence: v.confidence,
                }),
        )
        .collect();
    add_all(&mut mentions, candidates);
    crate::sort::by_key(&mut mentions, |m| m.span.start);
    let (mentions, mut groups) = groups::group(text, &mentions);
    attach_roles(text, &mentions, &mut groups);
    (mentions, groups)
}

/// Document consistency for people: a multi-word name the model typed otherwise
/// ("Vladimir Putin" read as an ORG at the start of a sentence) is a PERSON when
/// its last word is, alone, a PERSON elsewhere in the article ("Putin said").
fn people_by_surname(text: &str, names: &mut [super::NameMention]) {
    let surnames: foldhash::HashSet<&str> = names
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

/// The confident dates among the values, to find a month or weekday name that
/// a date rule read as a date with its cue ("in May", "May 16"): the date, not
/// the name the tagger (or its document consistency, after "Theresa May")
/// made of it.
struct DateIndex(SpanIndex);

impl DateIndex {
    fn new(found: &[values::ValueMention]) -> DateIndex {
        let dates: Vec<Span> = found
            .iter()
            .filter(|v| v.label == values::DATE && v.confidence >= 0.8)
            .map(|v| v.span)
            .collect();
        DateIndex(SpanIndex::new(&dates))
    }

    /// Whether `name` is a calendar word inside a confident date.
    fn covers_word(&self, text: &str, name: Span) -> bool {
        values::is_calendar_word(name.slice(text)) && self.0.any_containing(name)
    }
}

/// Adds each candidate in turn unless it is empty or overlaps a mention
/// already there (earlier sources win). The spans live in one index, so this
/// stays O(n log n) however many mentions a document has.
fn add_all(mentions: &mut Vec<Ungrouped>, candidates: Vec<Ungrouped>) {
    let fixed = mentions.len();
    let spans: Vec<Span> = mentions.iter().chain(&candidates).map(|m| m.span).collect();
    let mut index = SpanIndex::with_absent(&spans);
    (0..fixed).for_each(|id| index.insert(id));
    for (k, m) in candidates.into_iter().enumerate() {
        if !m.span.is_empty() && !index.any_overlapping(m.span) {
            index.insert(fixed + k);
            mentions.push(m);
        }
    }
}

fn attach_roles(text: &str, mentions: &[Mention], groups: &mut [Group]) {
    let gaz = Gazetteer::get();
    let mut seen: foldhash::HashSet<(usize, String)> = groups
        .iter()
        .enumerate()
        .flat_map(|(g, group)| group.roles.iter().map(move |r| (g, r.clone())))
        .collect();
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
            // a set, not `roles.contains`: one person can carry many roles
            if seen.insert((m.group, role.clone())) {
                groups[m.group].roles.push(role);
            }
        }
    }
}
