//! Content attributed with "according to X": "According to Rathbun, a
//! detective … was provided with material…" and "…killing 107 or more,
//! according to Saudi Arabia's Civil Defense Authority."
//!
//! The span is the attributed clause: after the comma when the phrase opens
//! the sentence, before it when the phrase ends it (a phrase in the middle
//! attributes what comes before it). A clause that is mostly a quotation in
//! marks is left to the quotation, which takes the same speaker.

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
}

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
            let span = ctx.span_of(a, b2);
            if cues::quoted_len(quotes, span) * 2 > span.len() {
                continue;
            }
            out.push(According {
                span,
                speaker,
                cue: ctx.span_of(k, e),
            });
        }
    }
    out
}
