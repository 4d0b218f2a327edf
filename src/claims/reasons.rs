//! The reasons a claim needs checking, each with its trigger and a one-line
//! explanation: every cue, who is responsible for the claim, or the absence of
//! any source.

use super::scorer::Sentence;
use super::sources::{Source, SourceKind};
use crate::analysis::ReasonFound;
use crate::text::span::Span;

/// Sources of the sentence before, when it is in the same paragraph: a claim
/// that continues a speaker's account is not unattributed.
pub type Previous<'a> = Option<&'a [Source]>;

/// The reasons of a claim spanning `claim` of `sentence`.
pub fn reasons(
    text: &str,
    sentence: &Sentence,
    claim: Span,
    previous: Previous,
) -> Vec<ReasonFound> {
    let mut out: Vec<ReasonFound> = sentence
        .cues
        .iter()
        .filter(|c| claim.contains(c.span))
        .map(|c| ReasonFound {
            kind: c.kind,
            span: c.span,
            explanation: c.explanation.clone(),
        })
        .collect();
    for s in &sentence.sources {
        out.push(source_reason(text, s, false));
    }
    if sentence.sources.is_empty() {
        let earlier = previous.and_then(|p| p.iter().find(|s| s.kind != SourceKind::Unnamed));
        out.push(match earlier {
            Some(s) => source_reason(text, s, true),
            None => ReasonFound {
                kind: "unattributed",
                span: claim,
                explanation: "stated as fact with no identifiable source in or near the sentence: who says so, and how do they know?".to_string(),
            },
        });
    }
    crate::sort::by_key(&mut out, |r| (r.span.start, r.span.end));
    // One speaker behind several quotes of the sentence is one reason, not one
    // per quote: the same kind on the same trigger says nothing new.
    out.dedup_by(|a, b| a.kind == b.kind && a.span == b.span);
    out
}

fn source_reason(text: &str, s: &Source, earlier: bool) -> ReasonFound {
    let verb = s
        .verb
        .and_then(|v| text.get(v.range()))
        .map(|v| format!(" (\u{201c}{v}\u{201d})"))
        .unwrap_or_default();
    let (kind, explanation) = match (s.kind, earlier) {
        (SourceKind::Unnamed, _) => (
            "anonymous_source",
            format!(
                "attributed to unnamed sources (\u{201c}{}\u{201d}){verb}: the reader cannot judge who knows",
                s.name
            ),
        ),
        (SourceKind::Pronoun, false) => (
            "attributed",
            format!(
                "stated by \u{201c}{}\u{201d}{verb}, named earlier in the text: that speaker is responsible for it",
                s.name
            ),
        ),
        (_, true) => (
            "attributed",
            format!(
                "continues the account of {} in the previous sentence: check it against their words",
                s.name
            ),
        ),
        (SourceKind::Named, false) => (
            "attributed",
            format!(
                "stated by {}{verb}: check it against what they said; they are responsible for it",
                s.name
            ),
        ),
    };
    ReasonFound {
        kind,
        span: s.span,
        explanation,
    }
}
