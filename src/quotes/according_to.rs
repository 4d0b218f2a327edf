//! Content attributed with "according to X": "According to Rathbun, a
//! detective … was provided with material…" and "…killing 107 or more,
//! according to Saudi Arabia's Civil Defense Authority."
//!
//! The span is the attributed clause: after the comma when the phrase opens
//! the sentence, before it when the phrase ends it (a phrase in the middle
//! attributes what comes before it). A clause that is mostly a quotation in
//! marks is left to the quotation, which takes the same speaker. A clause is
//! cut to `MAX_CLAUSE_BYTES`, as reported clauses are: in a sentence that
//! never ends, each "according to" would otherwise take all the text before
//! it, and the output would grow with the square of the input.

use super::clause::{capped_end, capped_start, CAPPED_CONFIDENCE};
use super::context::Ctx;
use super::cues;
use super::names::{np_in, Np};
use crate::text::span::Span;

/// A clause attributed with "according to".
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct According {
    pub span: Span,
    pub speaker: Np,
    pub cue: Span,
    pub confidence: f32,
}

/// Confidence of a whole "according to" clause.
const CONFIDENCE: f32 = 0.8;

/// Every "according to" clause; `quotes` are the spans of quotations in marks.
pub(crate) fn find(ctx: &Ctx, quotes: &[Span]) -> Vec<According> {
    let mut out = Vec::new();
    for &sentence in ctx.sentences {
        let r = ctx.tokens_in(sentence);
        for k in r.clone() {
            if !(ctx.is_word(k) && ctx.lower_is(k, "according"))
                || cues::inside(quotes, ctx.tokens[k].span.start)
            {
                continue;
            }
            let Some(e) = cues::phrase_at(ctx, k).filter(|_| ctx.lower_is(k + 1, "to")) else {
                continue;
            };
            let stop = (e..r.end.min(e + 30))
                .find(|&j| matches!(ctx.word(j), "," | "." | ";" | ":"))
                .unwrap_or(r.end.min(e + 30));
            let Some(speaker) = np_in(ctx, e, stop) else {
                continue;
            };
            let opening = (r.start..k).all(|j| !ctx.is_word(j));
            let (a, b) = if opening {
                ((stop + 1).min(r.end), r.end)
            } else {
                let mut b = k;
                while b > r.start && matches!(ctx.word(b - 1), "," | "(" | "—" | "–") {
                    b -= 1;
                }
                (r.start, b)
            };
            let mut b2 = b;
            while b2 > a && matches!(ctx.word(b2 - 1), "." | "," | ";") {
                b2 -= 1;
            }
            if b2 < a + 3 {
                continue;
            }
            let (a, b2, capped) = if opening {
                let (b2, capped) = capped_end(ctx, a, b2);
                (a, b2, capped)
            } else {
                let (a, capped) = capped_start(ctx, a, ctx.span_of(a, b2).end);
                (a, b2, capped)
            };
            let span = ctx.span_of(a, b2);
            if cues::quoted_len(quotes, span) * 2 > span.len() {
                continue;
            }
            out.push(According {
                span,
                speaker,
                cue: ctx.span_of(k, e),
                confidence: if capped {
                    CAPPED_CONFIDENCE
                } else {
                    CONFIDENCE
                },
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::clause::testing::{assert_one_cut, clauses, Clause, LONG};
    use crate::quotes::clause::MAX_CLAUSE_BYTES;

    /// (clause, speaker, confidence) of each "according to" clause of `text`.
    fn according(text: &str) -> Vec<Clause> {
        clauses(
            text,
            |ctx| find(ctx, &[]),
            |a| (a.span, a.speaker.span, a.confidence),
        )
    }

    #[test]
    fn the_clause_before_or_after_the_phrase() {
        let r = according("Sales rose by a fifth last year, according to the ministry.");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, "Sales rose by a fifth last year");
        assert_eq!((r[0].1.as_str(), r[0].2), ("the ministry", CONFIDENCE));
        let r = according("According to the ministry, sales rose by a fifth last year.");
        assert_eq!(r[0].0, "sales rose by a fifth last year");
        assert!(according("Sales rose, the ministry said.").is_empty());
    }

    #[test]
    fn a_long_clause_before_the_phrase_is_cut_at_a_word() {
        let text = format!("The {}rose, according to the ministry.", LONG.repeat(100));
        let r = according(&text);
        assert_one_cut(&r, "extraordinarily", " rose");
        assert_eq!(r[0].1, "the ministry");
    }

    #[test]
    fn a_long_clause_after_the_phrase_is_cut_at_a_word() {
        let text = format!("According to the ministry, the {}.", LONG.repeat(100));
        assert_one_cut(&according(&text), "the ", "unprecedented");
    }

    /// In a sentence that never ends, each clause stays within the bound, so
    /// the output grows with the input, not with its square.
    #[test]
    fn clauses_in_a_run_on_sentence_stay_bounded() {
        let text = "prices rose sharply according to officials in Kyiv and ".repeat(200);
        let r = according(&text);
        assert!(r.len() > 100, "{}", r.len());
        assert!(r.iter().all(|c| c.0.len() <= MAX_CLAUSE_BYTES));
    }
}
