//! Unnamed sources: "officials in Kyiv", "a source close to the talks",
//! "people familiar with the matter", "Western diplomats", "a Kremlin
//! spokesman". Fact-checkers weigh anonymous sourcing, so such a speaker is
//! flagged (`SpeakerRef::unnamed`) rather than resolved to a name.
//!
//! The phrase is a head noun from `data/quotes/unnamed_heads.txt`, with up to
//! three modifiers before it and, after it, nothing or a short qualifying
//! phrase that starts with a preposition ("in Kyiv", "familiar with…").

use super::context::Ctx;
use crate::text::span::Span;

/// Words that open the qualifying phrase after the head noun.
const QUALIFIERS: &[&str] = &[
    "in",
    "at",
    "from",
    "of",
    "close",
    "familiar",
    "with",
    "briefed",
    "involved",
    "inside",
    "within",
    "across",
    "near",
    "for",
    "on",
    "speaking",
    "who",
    "knowledgeable",
];

/// Words allowed before the head ("two senior Western officials").
fn is_modifier(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.lower(i);
    if matches!(
        &*w,
        "a" | "an"
            | "the"
            | "two"
            | "three"
            | "four"
            | "several"
            | "some"
            | "many"
            | "other"
            | "one"
            | "senior"
            | "unnamed"
            | "anonymous"
            | "local"
            | "western"
            | "government"
    ) {
        return true;
    }
    ctx.is_word(i) && !ctx.lex.name_stopwords.contains(&*w) && !ctx.is_cue(i) && w != "that"
}

/// The unnamed-source phrase ending at token `e` (not before `min`).
pub(crate) fn ending(ctx: &Ctx, e: usize, min: usize) -> Option<Span> {
    let lo = e.saturating_sub(8).max(min);
    // The head: the last unnamed-head noun in reach, followed only by a qualifier.
    let head = (lo..=e).rev().find(|&h| {
        ctx.is_word(h)
            && ctx.lex.unnamed_heads.contains(&*ctx.lower(h))
            && (h == e || QUALIFIERS.contains(&&*ctx.lower(h + 1)))
            && (h + 1..=e)
                .all(|k| ctx.is_word(k) || ctx.kind(k) == crate::text::tokens::TokenKind::Number)
    })?;
    // A named person after a role word ("spokeswoman Sujata Raisinghani") is not unnamed.
    if h_is_role_before_name(ctx, head, e) {
        return None;
    }
    let mut a = head;
    for _ in 0..3 {
        if a <= min || !is_modifier(ctx, a - 1) {
            break;
        }
        a -= 1;
    }
    // "Ambassador Mohib's aides" names someone; so does a capitalised name right before a singular head.
    Some(ctx.span_of(a, e + 1))
}

fn h_is_role_before_name(ctx: &Ctx, head: usize, e: usize) -> bool {
    head < e && ctx.is_name_word(head + 1)
}
