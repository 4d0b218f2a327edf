//! Reported (indirect) speech: the reported clause as the span.
//!
//! * Forward: SPEAKER VERB [OBJECT] [ADVERBIALS] [that] CLAUSE — "Putin said on
//!   Monday that Russia is ready…", "officials in Kyiv signalled that Ukraine
//!   was close…", "Officials tell BBC News every claim will be assessed…".
//!   Without "that", only verbs that take a bare clause (say, tell, claim…) and
//!   only when a subject-like word follows (a pronoun, determiner or name).
//! * Backward: CLAUSE, SPEAKER VERB — "The proposal … could form part of
//!   broader economic cooperation…, Putin said".
//!
//! Where a clause starts and ends, and how long it may be, is `clause`'s
//! business. A backward clause starts after the sentence's previous reported
//! clause began (after its verb, or at its own start for a forward one): in
//! "Russia is ready, Putin said, and Ukraine is close, Smith said", Smith
//! reports "and Ukraine is close", not Putin's words with them. In a sentence
//! that never ends ("Smith, Jones, Putin said, Smith, …") that also keeps each
//! verb from reporting everything before it. Speech inside quotation marks is
//! left to the quotation rules: a cue inside a quotation, or a clause that is
//! mostly a quotation, is skipped.

use super::clause::{
    capped_end, capped_start, clause_end, clause_start, says_something, trimmed, CAPPED_CONFIDENCE,
};
use super::context::Ctx;
use super::cues;
use super::names::Np;
use super::subjects::subject_before;
use crate::text::span::Span;

/// A reported clause and its speaker.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Reported {
    pub span: Span,
    pub speaker: Np,
    pub cue: Span,
    pub confidence: f32,
}

fn quoted_share(span: Span, quotes: &[Span]) -> f32 {
    cues::quoted_len(quotes, span) as f32 / span.len().max(1) as f32
}

/// Every reported clause of the document; `quotes` are the spans of the
/// quotations in marks (sorted).
pub(crate) fn find(ctx: &Ctx, quotes: &[Span]) -> Vec<Reported> {
    let mut out = Vec::new();
    for &sentence in ctx.sentences {
        let r = ctx.tokens_in(sentence);
        // Where a backward clause may start: where the previous one began.
        let mut from = r.start;
        // The cues, from the index when there is one (every token was
        // already asked there), else token by token.
        let found: Vec<usize> = match ctx.cue_index(&[]) {
            Some((index, _)) => index.cues_in(r.start, r.end).collect(),
            None => r.clone().filter(|&k| cues::is_cue(ctx, k)).collect(),
        };
        for k in found {
            if cues::inside(quotes, ctx.tokens[k].span.start) {
                continue;
            }
            if let Some(rep) = forward(ctx, k, r.start, r.end, quotes) {
                from = ctx.token_at(rep.span.start);
                out.push(rep);
            } else if let Some(rep) = backward(ctx, k, r.start, from, r.end, quotes) {
                from = k + 1;
                out.push(rep);
            }
        }
    }
    out
}

fn forward(ctx: &Ctx, cue: usize, sa: usize, sb: usize, quotes: &[Span]) -> Option<Reported> {
    let speaker = subject_before(ctx, cue, sa)?;
    let start = clause_start(ctx, cue, sb)?;
    let (end, capped) = capped_end(ctx, start, clause_end(ctx, start, sb));
    if end < start + 3 {
        return None;
    }
    let span = trimmed(ctx, start, end);
    if !says_something(ctx, span) || quoted_share(span, quotes) > 0.6 {
        return None;
    }
    Some(Reported {
        span,
        speaker,
        cue: ctx.tokens[cue].span,
        confidence: if capped { CAPPED_CONFIDENCE } else { 0.75 },
    })
}

/// `sa..sb`: the sentence's tokens; `from`: the first token the clause may
/// hold (after the sentence's previous reported clause began).
fn backward(
    ctx: &Ctx,
    cue: usize,
    sa: usize,
    from: usize,
    sb: usize,
    quotes: &[Span],
) -> Option<Reported> {
    // ", SPEAKER VERB" then the sentence end or a comma.
    let next = cue + 1;
    if next < sb && !matches!(ctx.word(next), "," | "." | ";") {
        return None;
    }
    let speaker = subject_before(ctx, cue, sa)?;
    let before = ctx.token_at(speaker.span.start).checked_sub(1)?;
    if before <= sa || !ctx.is_punct(before, ",") {
        return None;
    }
    // A quotation right before the comma is a direct quote's attribution.
    if ctx.kind(before - 1) == crate::text::tokens::TokenKind::Quote {
        return None;
    }
    let mut from = from.max(sa);
    while from > sa && from < before && ctx.is_punct(from, ",") {
        from += 1;
    }
    let end = trimmed(ctx, from, before).end;
    let (from, capped) = capped_start(ctx, from, end);
    let span = Span::new(ctx.tokens[from].span.start.min(end), end);
    if ctx.tokens_in(span).len() < 4
        || !says_something(ctx, span)
        || quoted_share(span, quotes) > 0.6
    {
        return None;
    }
    Some(Reported {
        span,
        speaker,
        cue: ctx.tokens[cue].span,
        confidence: if capped { CAPPED_CONFIDENCE } else { 0.7 },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::clause::testing::{assert_one_cut, clauses, Clause, LONG};
    use crate::quotes::clause::MAX_CLAUSE_BYTES;

    /// (clause, speaker, confidence) of each reported clause of `text`.
    fn reported(text: &str) -> Vec<Clause> {
        clauses(
            text,
            |ctx| find(ctx, &[]),
            |r| (r.span, r.speaker.span, r.confidence),
        )
    }

    #[test]
    fn ordinary_clauses_are_whole() {
        let r = reported("Putin said on Monday that Russia is ready to work with partners.");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, "Russia is ready to work with partners");
        assert_eq!(r[0].2, 0.75);
        let r = reported("The proposal could form part of broader cooperation, Putin said.");
        assert_eq!(
            r[0].0,
            "The proposal could form part of broader cooperation"
        );
        assert_eq!(r[0].2, 0.7);
    }

    #[test]
    fn a_long_forward_clause_is_cut_at_a_word() {
        let text = format!("Smith said the {}.", LONG.repeat(100));
        assert_one_cut(&reported(&text), "the ", "unprecedented");
    }

    #[test]
    fn a_long_backward_clause_is_cut_at_a_word() {
        let text = format!("The {}rose, Smith said.", LONG.repeat(100));
        let r = reported(&text);
        assert_one_cut(&r, "extraordinarily", " rose");
        assert_eq!(r[0].1, "Smith");
    }

    #[test]
    fn a_backward_clause_starts_after_the_last_one() {
        let r = reported(
            "Russia is ready to sign the deal, Putin said, and Ukraine is close to a deal, \
             Smith said.",
        );
        let clauses: Vec<&str> = r.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            clauses,
            [
                "Russia is ready to sign the deal",
                "and Ukraine is close to a deal"
            ]
        );
        assert!(r.iter().all(|x| x.2 == 0.7));
        let r = reported("Putin said that Russia is ready to sign, officials in Kyiv said.");
        assert_eq!(r[1].0, "Russia is ready to sign");
    }

    /// Found by `make fuzz`: the forward clause was three dashes, trimmed to
    /// nothing, and came out as an empty quotation.
    #[test]
    fn a_clause_of_punctuation_alone_is_not_speech() {
        assert_eq!(reported("‚‚ he said that —  —  —  — "), []);
        assert_eq!(reported("He said that — — — —."), []);
        assert_eq!(reported("— — , — — — , — —, he said."), []);
        let r = reported("He said that — as expected — prices rose.");
        assert!(r[0].0.ends_with("as expected — prices rose"), "{r:?}");
        let r = reported("He said that 2024 — 2025.");
        assert_eq!(r[0].0, "2024 — 2025");
    }

    #[test]
    fn names_without_a_full_stop_give_short_clauses() {
        let text = "Smith,Jones,Putin,said,".repeat(2_000);
        let r = reported(&text);
        assert!(r.len() <= 2_000);
        assert!(r.iter().all(|x| x.0.len() <= MAX_CLAUSE_BYTES));
        let text = "Smith said Jones and Putin said the market rose ".repeat(500);
        assert!(reported(&text)
            .iter()
            .all(|x| x.0.len() <= MAX_CLAUSE_BYTES));
    }
}
