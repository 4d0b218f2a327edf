//! Em-dash dialogue: paragraphs that open with a dash instead of a quotation
//! mark, the convention of Russian, French and Spanish-language writing and
//! of translations from them:
//!
//! — We will win, — said Putin. — And soon.
//!
//! The words up to the next spaced dash are the quotation; the stretch after
//! that dash, when it has a speech verb, is its attribution; a third dash
//! resumes the quotation. A dash-led paragraph counts only when it has such an
//! attribution or a neighbouring paragraph is dash-led too, so a list or a
//! stray dash is not taken for speech.

use super::context::Ctx;
use super::cues;
use super::names::np_after;
use super::patterns::Attribution;
use super::subjects::subject_before;
use crate::text::span::{is_blank, Span};

/// One utterance of em-dash dialogue.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct DashQuote {
    pub span: Span,
    pub attribution: Option<Attribution>,
}

fn is_dialogue_dash(c: char) -> bool {
    matches!(c, '—' | '―' | '–')
}

/// Whether paragraph `p` opens with a dialogue dash followed by a blank.
fn dash_led(text: &str, p: Span) -> bool {
    let mut chars = p.slice(text).chars();
    chars.next().is_some_and(is_dialogue_dash) && chars.next().is_some_and(is_blank)
}

/// The pieces of a dash-led paragraph between spaced dashes.
fn pieces(text: &str, p: Span) -> Vec<Span> {
    let s = p.slice(text);
    let mut out = Vec::new();
    let mut start = s.chars().next().map_or(0, char::len_utf8);
    let mut prev_blank = false;
    for (i, c) in s.char_indices() {
        if i >= start && is_dialogue_dash(c) && prev_blank {
            let next_blank = s[i + c.len_utf8()..].chars().next().map_or(true, is_blank);
            if next_blank {
                out.push(Span::new(p.start + start, p.start + i));
                start = i + c.len_utf8();
            }
        }
        prev_blank = is_blank(c);
    }
    out.push(Span::new(p.start + start, p.end));
    out
}

/// The attribution inside one piece ("said Putin", "he added").
fn attribution(ctx: &Ctx, piece: Span) -> Option<Attribution> {
    let r = ctx.tokens_in(piece);
    let k = cues::first_cue(ctx, r.start, r.end, &[])?;
    let speaker = np_after(ctx, k + 1, r.end).or_else(|| subject_before(ctx, k, r.start))?;
    Some(Attribution {
        speaker,
        cue: ctx.tokens[k].span,
        confidence: 0.75,
    })
}

/// Every utterance of em-dash dialogue in the document.
pub(crate) fn dialogue(ctx: &Ctx) -> Vec<DashQuote> {
    let text = ctx.text;
    let led: Vec<bool> = ctx.paragraphs.iter().map(|&p| dash_led(text, p)).collect();
    let mut out = Vec::new();
    for (pi, &p) in ctx.paragraphs.iter().enumerate() {
        if !led[pi] {
            continue;
        }
        let parts = pieces(text, p);
        let attr = parts.get(1).and_then(|&s| attribution(ctx, s));
        let neighbour = (pi > 0 && led[pi - 1]) || led.get(pi + 1).copied().unwrap_or(false);
        if attr.is_none() && !neighbour {
            continue;
        }
        for (k, &piece) in parts.iter().enumerate() {
            if k % 2 == 1 && attr.is_some() {
                continue;
            }
            let span = piece.trim(text);
            let span = Span::new(
                span.start,
                span.start + text[span.range()].trim_end_matches([',', ' ']).len(),
            );
            if !span.is_empty() {
                out.push(DashQuote {
                    span,
                    attribution: attr,
                });
            }
        }
    }
    out
}
