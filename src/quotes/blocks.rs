//! Quotations without marks, set off as their own paragraphs:
//!
//! * pull quotes, a paragraph of quoted sentences signed by the speaker: “This
//!   was a very difficult decision… Charles Bolden, NASA Administrator”;
//! * block quotes introduced by a paragraph that ends with a colon after a
//!   speech verb: “the Church denied these allegations:” + the quoted paragraph.
//!
//! Both need a paragraph with no quotation marks of its own.

use super::context::Ctx;
use super::cues;
use super::names::{name_in_run, Np, NpKind};
use super::patterns::{introducer, Attribution};
use crate::text::span::Span;
use crate::text::tokens::is_terminal;

/// A quotation without marks.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Block {
    pub span: Span,
    pub attribution: Option<Attribution>,
}

/// Whether quotations in marks cover much of paragraph `p` (a word or two in
/// marks inside a block quote is fine: “She certainly wasn't ‘forced’…”).
fn quoted(p: Span, quotes: &[Span]) -> bool {
    4 * cues::quoted_len(quotes, p) > p.len()
}

fn word_count(ctx: &Ctx, s: Span) -> usize {
    ctx.tokens_in(s).filter(|&k| ctx.is_word(k)).count()
}

/// A pull quote: sentences, then a signature of two or more capitalised
/// words (optionally ", role") with no final period.
fn pull_quote(ctx: &Ctx, p: Span) -> Option<Block> {
    let s = p.slice(ctx.text);
    // The signature may hold periods of its own ("U.S. Senator"): try the last few cuts.
    s.char_indices()
        .rev()
        .filter(|&(i, c)| is_terminal(c) && s[i + c.len_utf8()..].starts_with(char::is_whitespace))
        .take(4)
        .find_map(|(i, c)| signed(ctx, p, Span::new(p.start, p.start + i + c.len_utf8())))
}

/// `body` followed by a signature to the end of paragraph `p`.
fn signed(ctx: &Ctx, p: Span, body: Span) -> Option<Block> {
    let tail = Span::new(body.end, p.end).trim(ctx.text);
    let r = ctx.tokens_in(tail);
    if r.len() < 2 || r.len() > 14 || word_count(ctx, body) < 6 {
        return None;
    }
    let last = tail.slice(ctx.text).chars().last()?;
    if is_terminal(last) || !ctx.is_name_word(r.start) || !ctx.is_name_word(r.start + 1) {
        return None;
    }
    let mut b = r.start;
    while b < r.end && ctx.is_name_word(b) {
        b += 1;
    }
    // After the name only a role: ", NASA Administrator", ", U.S. Senator (R-Texas)".
    if b < r.end && !ctx.is_punct(b, ",") {
        return None;
    }
    if (r.start..r.end).any(|k| ctx.is_cue(k)) {
        return None;
    }
    let (na, nb) = name_in_run(ctx, r.start, b);
    Some(Block {
        span: body,
        attribution: Some(Attribution {
            speaker: Np {
                span: ctx.span_of(na, nb),
                kind: NpKind::Name,
            },
            cue: tail,
            confidence: 0.6,
        }),
    })
}

/// The block quote's sentences: up to the first later sentence with a speech
/// verb, where the writer's narration resumes ("…engine room. They also
/// claimed Paris was a volunteer…").
fn quoted_part(ctx: &Ctx, p: Span, quotes: &[Span]) -> Span {
    let first = ctx.sentences.partition_point(|s| s.end <= p.start);
    let mut end = p.end;
    for s in ctx.sentences[first..]
        .iter()
        .skip(1)
        .take_while(|s| s.start < p.end)
    {
        let r = ctx.tokens_in(*s);
        if cues::first_cue(ctx, r.start, r.end, quotes).is_some() {
            end = ctx.text[..s.start].trim_end().len();
            break;
        }
    }
    Span::new(p.start, end.max(p.start))
}

/// Every unmarked quotation of the document.
pub(crate) fn blocks(ctx: &Ctx, quotes: &[Span]) -> Vec<Block> {
    let mut out = Vec::new();
    for (pi, &p) in ctx.paragraphs.iter().enumerate() {
        if cues::quoted_len(quotes, p) == 0 {
            if let Some(b) = pull_quote(ctx, p) {
                out.push(b);
                continue;
            }
        }
        if quoted(p, quotes) {
            continue;
        }
        let Some(&prev) = pi.checked_sub(1).and_then(|i| ctx.paragraphs.get(i)) else {
            continue;
        };
        let ends_colon = prev.slice(ctx.text).trim_end().ends_with(':');
        let last = p.slice(ctx.text).trim_end().chars().last();
        let prose = last.is_some_and(is_terminal) && word_count(ctx, p) >= 6;
        let starts_word = ctx.is_word(ctx.token_at(p.start));
        if ends_colon && prose && starts_word {
            if let Some(a) = introducer(ctx, p.start, &[]) {
                out.push(Block {
                    span: quoted_part(ctx, p, quotes),
                    attribution: Some(Attribution {
                        confidence: 0.6,
                        ..a
                    }),
                });
            }
        }
    }
    out
}

/// Pull quotes searched for repeats, at most (keeps the pass linear).
const MAX_PULL_QUOTES: usize = 16;
/// Repeats taken per pull quote, at most.
const MAX_REPEATS: usize = 4;

/// The body copies of pull quotes: a signed pull quote repeats words the
/// article also prints unsigned in its body ("I was basically hauled in…
/// Valeska Paris" above "I was basically hauled in… Her mother had…"). Each
/// verbatim repeat outside other quotations is the same speaker's quotation.
pub(crate) fn repeats(ctx: &Ctx, found: &[Block], quotes: &[Span]) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for b in found
        .iter()
        .filter(|b| b.attribution.is_some() && word_count(ctx, b.span) >= 6)
        .take(MAX_PULL_QUOTES)
    {
        let body = b.span.slice(ctx.text);
        for (at, _) in ctx.text.match_indices(body).take(MAX_REPEATS + 1) {
            let span = Span::new(at, at + body.len());
            let taken = found.iter().chain(&out).any(|o| o.span.overlaps(span))
                || quotes.iter().any(|q| q.overlaps(span));
            if !taken {
                out.push(Block {
                    span,
                    attribution: b.attribution.map(|a| Attribution {
                        confidence: 0.55,
                        ..a
                    }),
                });
            }
        }
    }
    out
}
