//! Attribution patterns for a quotation in marks: who said it, and with which
//! cue.
//!
//! In the quotation's own sentence: after it ("…,” Khaled Al-Maeena, editor at
//! large at the Saudi Gazette, said; “…,” said Ambassador Mohib; “…”, it added;
//! “…”, according to the Sydney Morning Herald) or before it (Najib Razak said,
//! “…”; Rathbun wrote, “…”; told the court that, …, “…”; in the words of the
//! Crown prosecutor, Mark Tedeschi, QC, “…”). A quotation split by its
//! attribution (“…,” she said, “…”) finds it before its second part. A
//! quotation standing alone takes the speaker of the sentence before it when
//! that sentence introduces it (“Rathbun stated,” “…the Church denied these
//! allegations:”), or of a short attribution sentence right after it
//! (“We will win.” Putin said.). Carrying a speaker over to the next
//! standalone quotation is done by the caller, which knows the previous one.

use super::context::Ctx;
use super::cues;
use super::kinds::Setting;
use super::marks::Marked;
use super::names::{np_after, np_in, Np};
use super::subjects::subject_before;
use crate::text::span::Span;

/// A speaker found by a pattern.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Attribution {
    pub speaker: Np,
    pub cue: Span,
    pub confidence: f32,
}

/// The token range of a sentence's words after the quotation, up to the next quotation.
fn after_range(ctx: &Ctx, q: &Marked, next_start: usize) -> (usize, usize) {
    let a = ctx.token_at(q.span.end);
    let sentence = ctx.sentence_span(q.span.end.saturating_sub(1));
    let limit = sentence.end.max(q.span.end).min(next_start);
    let b = ctx.token_at(limit).max(a);
    let only_punct = (a..b).all(|k| !ctx.is_word(k));
    if !only_punct {
        return (a, b);
    }
    // "“We will win.” Putin said." — a short attribution sentence right after.
    let Some(si) = ctx.sentence_at(q.span.end) else {
        return (a, b);
    };
    match ctx.sentences.get(si + 1) {
        Some(next)
            if next.end <= next_start
                && ctx.paragraph_at(next.start) == ctx.paragraph_at(q.span.start) =>
        {
            let r = ctx.tokens_in(*next);
            if r.len() <= 8 {
                (a.min(r.start), r.end)
            } else {
                (a, b)
            }
        }
        _ => (a, b),
    }
}

fn skip_punct(ctx: &Ctx, mut i: usize, b: usize) -> usize {
    let mut n = 0;
    while i < b && n < 3 && [",", "—", "–", "-", "(", ".", "”", "\""].contains(&ctx.word(i)) {
        i += 1;
        n += 1;
    }
    i
}

/// The attribution after the quotation, in tokens `a..b`.
fn after(ctx: &Ctx, a: usize, b: usize, quotes: &[Span], split: bool) -> Option<Attribution> {
    let i = skip_punct(ctx, a, b);
    if i >= b {
        return None;
    }
    if cues::is_cue(ctx, i) {
        let speaker = np_after(ctx, i + 1, b)?;
        return Some(Attribution {
            speaker,
            cue: ctx.tokens[i].span,
            confidence: 0.9,
        });
    }
    if let Some(e) = cues::phrase_at(ctx, i) {
        let stop = (e..b)
            .find(|&k| ctx.is_punct(k, ",") || ctx.is_punct(k, "."))
            .unwrap_or(b);
        return Some(Attribution {
            speaker: np_in(ctx, e, stop)?,
            cue: ctx.span_of(i, e),
            confidence: 0.85,
        });
    }
    let k = cues::first_cue(ctx, i, (i + 18).min(b), &[])?;
    // "…”, the government recommending “…”": that verb introduces the next
    // quotation — unless this one is the first half of a split quotation
    // ("“We are ready,” she said, “and…”"), which ends in a comma of its own.
    let mut next = if split { ctx.tokens.len() } else { k + 1 };
    while next < ctx.tokens.len() && matches!(ctx.word(next), "," | ":") {
        next += 1;
    }
    if next < ctx.tokens.len() && cues::inside(quotes, ctx.tokens[next].span.start) {
        return None;
    }
    let speaker = subject_before(ctx, k, i)?;
    let near = ctx.tokens[(i + 4).min(b - 1)].span.end;
    (speaker.span.start < near).then_some(Attribution {
        speaker,
        cue: ctx.tokens[k].span,
        confidence: 0.9,
    })
}

/// The subject of a verb coordinated with an earlier speech verb: "Cooper said
/// her party …, and said it was “damning…”" takes the first verb's subject.
fn coordinated(ctx: &Ctx, k: usize, a: usize, quotes: &[Span]) -> Option<Np> {
    let prev = k.checked_sub(1)?;
    if prev < a || !(ctx.lower_is(prev, "and") || ctx.is_punct(prev, ",")) {
        return None;
    }
    let earlier = cues::last_cue(ctx, a, prev, quotes)?;
    subject_before(ctx, earlier, a).or_else(|| coordinated(ctx, earlier, a, quotes))
}

/// The attribution before the quotation, in tokens `a..b` (its sentence up to
/// the opening mark), skipping cues inside other quotations.
fn before(ctx: &Ctx, a: usize, b: usize, quotes: &[Span]) -> Option<Attribution> {
    let verb = cues::last_cue(ctx, a, b, quotes);
    let phrase = cues::last_phrase(ctx, a, b);
    match (verb, phrase) {
        (Some(k), p) if p.map_or(true, |(s, _)| s < k) => {
            let speaker = subject_before(ctx, k, a)
                .or_else(|| coordinated(ctx, k, a, quotes))
                .or_else(|| np_after(ctx, k + 1, b))?;
            let confidence = if k + 5 >= b { 0.85 } else { 0.7 };
            Some(Attribution {
                speaker,
                cue: ctx.tokens[k].span,
                confidence,
            })
        }
        (_, Some((s, e))) => Some(Attribution {
            speaker: np_in(ctx, e, b)?,
            cue: ctx.span_of(s, e),
            confidence: 0.8,
        }),
        _ => None,
    }
}

/// The speaker introduced by the sentence before the one at `pos`, when that
/// sentence ends with a colon or a comma or has a speech verb near its end.
pub(crate) fn introducer(ctx: &Ctx, pos: usize, quotes: &[Span]) -> Option<Attribution> {
    let si = ctx.sentence_at(pos)?.checked_sub(1)?;
    let prev = ctx.sentences[si];
    let r = ctx.tokens_in(prev);
    let ends = ctx.text[..prev.end].trim_end().chars().last();
    let k = if matches!(ends, Some(':') | Some(',')) {
        cues::last_cue(ctx, r.start, r.end, quotes)?
    } else {
        // "… Baird said." — only a verb that ends the sentence introduces what follows.
        let k = r.end.checked_sub(2)?;
        if k < r.start || !cues::is_cue(ctx, k) {
            return None;
        }
        k
    };
    let speaker = subject_before(ctx, k, r.start).or_else(|| np_after(ctx, k + 1, r.end))?;
    let confidence = if matches!(ends, Some(':') | Some(',')) {
        0.8
    } else {
        0.6
    };
    Some(Attribution {
        speaker,
        cue: ctx.tokens[k].span,
        confidence,
    })
}

/// The attribution of quotation `quotes[i]` within its sentence (and the
/// setting the kind rules need). `spans` are every quotation's spans, sorted.
pub(crate) fn attribute(
    ctx: &Ctx,
    q: &Marked,
    spans: &[Span],
    i: usize,
) -> (Setting, Option<Attribution>) {
    let next_start = spans.get(i + 1).map_or(ctx.text.len(), |s| s.start);
    let sentence = ctx.sentence_span(q.span.start);
    let sa = ctx.token_at(sentence.start.min(q.span.start));
    let open = ctx.token_at(q.span.start);
    let (aa, ab) = after_range(ctx, q, next_start);
    let inner_end = q.inner.slice(ctx.text).chars().last();
    let split = matches!(inner_end, Some(',') | Some('?') | Some('!'));
    let after_found = after(ctx, aa, ab, spans, split);
    let before_found = before(ctx, sa, open, spans);
    let index = ctx.cue_index(spans).filter(|&(_, document)| document);
    let words_before = match index {
        Some((index, _)) => index.unquoted_word_in(sa, open),
        None => {
            (sa..open).any(|k| ctx.is_word(k) && !cues::inside(spans, ctx.tokens[k].span.start))
        }
    };
    let mut prev_tok = open;
    while prev_tok > sa && matches!(ctx.word(prev_tok - 1), "," | ":" | "that") {
        prev_tok -= 1;
    }
    let after_cue = prev_tok > sa && cues::is_cue(ctx, prev_tok - 1)
        || before_found.is_some_and(|b| b.confidence >= 0.85);
    let rest = ctx.token_at(q.span.end)..ctx.token_at(sentence_end(ctx, q));
    let rest_words = match index {
        Some((index, _)) => index.words_in(rest.start, rest.end),
        None => rest.filter(|&k| ctx.is_word(k)).count(),
    };
    let ends_sentence = rest_words == 0 || after_found.is_some() && rest_words <= 12;
    let mut found = match (after_found, before_found) {
        (Some(a), _)
            if a.speaker.span.start < ctx.tokens.get(aa + 5).map_or(usize::MAX, |t| t.span.end) =>
        {
            Some(a)
        }
        (a, Some(b)) => Some(b).or(a),
        (a, None) => a,
    };
    if found.is_none() && !words_before {
        found = introducer(ctx, q.span.start, spans);
    }
    let speech_act = cues::last_cue(ctx, sa, open, spans).is_some();
    // The second half of a split quotation: “…,” she said, “…”.
    let continues_split = i > 0 && spans[i - 1].start >= sentence.start && {
        let between = ctx.tokens_in(Span::new(spans[i - 1].end, q.span.start));
        between.len() <= 8 && before_found.is_some_and(|b| b.cue.start >= spans[i - 1].end)
    };
    let setting = Setting {
        attributed: found.is_some() || speech_act,
        before: ctx.before(q.span.start, 8).trim_end().chars().last(),
        opens_sentence: !words_before,
        after_cue,
        ends_sentence,
        continues_split,
    };
    (setting, found)
}

fn sentence_end(ctx: &Ctx, q: &Marked) -> usize {
    ctx.sentence_span(q.span.end.saturating_sub(1))
        .end
        .max(q.span.end)
}
