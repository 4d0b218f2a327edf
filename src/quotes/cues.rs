//! Speech cues: the verbs of `data/quotes/speech_verbs.txt` in any tense
//! ("said", "tweeting", "has written") and the phrases "according to" and
//! "in the words of", which introduce a speaker without a verb.
//!
//! A cue inside a quotation belongs to the quoted speaker's own sentence ("I
//! was told that…"), so callers pass the quotation spans to skip.

use super::context::Ctx;
use crate::text::span::Span;

/// Whether byte `pos` lies inside one of `quotes` (sorted by start, non-overlapping).
pub(crate) fn inside(quotes: &[Span], pos: usize) -> bool {
    let i = quotes.partition_point(|q| q.start <= pos);
    i > 0 && quotes[i - 1].end > pos
}

/// How many bytes of `span` lie inside `quotes` (sorted, non-overlapping).
pub(crate) fn quoted_len(quotes: &[Span], span: Span) -> usize {
    let first = quotes.partition_point(|q| q.end <= span.start);
    quotes[first..]
        .iter()
        .take_while(|q| q.start < span.end)
        .map(|q| q.end.min(span.end) - q.start.max(span.start))
        .sum()
}

/// Whether token `i` is a speech verb used actively: "was told" and "were
/// asked" make the subject the listener, not the speaker.
pub(crate) fn is_cue(ctx: &Ctx, i: usize) -> bool {
    if !ctx.is_cue(i) || !ctx.word(i).starts_with(char::is_lowercase) || is_noun_use(ctx, i) {
        return false;
    }
    let that_follows = (i + 1..(i + 5).min(ctx.tokens.len())).any(|k| ctx.lower_is(k, "that"));
    if ctx.lex.weak_verbs.contains(&*ctx.lower(i)) && !next_to_quote(ctx, i) && !that_follows {
        return false;
    }
    let passive = i > 0
        && matches!(
            &*ctx.lower(i - 1),
            "was" | "were" | "been" | "being" | "be" | "is" | "are"
        )
        && !ctx.lower(i).ends_with("ing");
    !passive
}

/// Determiners and possessives: a verb form right after one
/// is a noun — "the report", "Putin’s claims".
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
    "every", "some", "any", "no", "both", "such", "’s", "'s",
];

fn is_noun_use(ctx: &Ctx, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let prev = ctx.lower(i - 1);
    if DETERMINERS.contains(&&*prev) {
        return true;
    }
    // A base form ("claim", "report") is a verb only after a subject that takes
    // it (a pronoun, a plural, a name) or an auxiliary: "officials say", "they
    // claim", "refused to comment"; not "asylum claim", "a news report".
    let base = ctx.lex.speech_lemmas.contains(&*ctx.lower(i));
    let takes_base = matches!(
        &*prev,
        "i" | "we"
            | "you"
            | "they"
            | "will"
            | "would"
            | "to"
            | "did"
            | "do"
            | "does"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "should"
            | "not"
            | "n't"
            | "also"
            | "still"
            | "often"
            | "never"
            | "who"
    ) || (prev.ends_with('s') && !prev.ends_with("ss"))
        || ctx.is_name_word(i - 1);
    base && !takes_base
}

/// Whether a quotation mark is within two tokens of token `i` (for verbs that
/// cue speech only next to the words: "She continued: “…”").
fn next_to_quote(ctx: &Ctx, i: usize) -> bool {
    let n = ctx.tokens.len();
    let quote = |k: usize| k < n && ctx.kind(k) == crate::text::tokens::TokenKind::Quote;
    quote(i + 1)
        || quote(i + 2)
        || (i >= 1 && quote(i - 1))
        || (i >= 2 && quote(i - 2) && ctx.is_word(i - 1))
}

/// The last cue among tokens `a..b` outside `quotes`.
pub(crate) fn last_cue(ctx: &Ctx, a: usize, b: usize, quotes: &[Span]) -> Option<usize> {
    if let Some((index, unquoted)) = ctx.cue_index(quotes) {
        return index.last_cue(a, b, unquoted);
    }
    (a..b.min(ctx.tokens.len()))
        .rev()
        .find(|&k| is_cue(ctx, k) && !inside(quotes, ctx.tokens[k].span.start))
}

/// The first cue among tokens `a..b` outside `quotes`.
pub(crate) fn first_cue(ctx: &Ctx, a: usize, b: usize, quotes: &[Span]) -> Option<usize> {
    (a..b.min(ctx.tokens.len()))
        .find(|&k| is_cue(ctx, k) && !inside(quotes, ctx.tokens[k].span.start))
}

/// A verbless cue phrase starting at token `i` ("according to", "in the
/// words of"): the index of the token after it.
pub(crate) fn phrase_at(ctx: &Ctx, i: usize) -> Option<usize> {
    let n = ctx.tokens.len();
    // Both phrases open with "a" or "i" in either case; a word opening with
    // another ASCII byte is none (the cue index asks of every token). No
    // non-ASCII char lowercases to an ASCII letter of either phrase.
    let first = ctx
        .tokens
        .get(i)
        .and_then(|t| t.span.slice(ctx.text).as_bytes().first().copied());
    if first.is_some_and(|b| b.is_ascii() && !matches!(b, b'a' | b'A' | b'i' | b'I')) {
        return None;
    }
    let is = |k: usize, w: &str| k < n && ctx.is_word(k) && ctx.lower_is(k, w);
    if is(i, "according") && is(i + 1, "to") {
        return Some(i + 2);
    }
    if is(i, "in") && is(i + 1, "the") && is(i + 2, "words") && is(i + 3, "of") {
        return Some(i + 4);
    }
    None
}

/// The last verbless cue phrase among tokens `a..b`: (first token, token after it).
pub(crate) fn last_phrase(ctx: &Ctx, a: usize, b: usize) -> Option<(usize, usize)> {
    if let Some((index, _)) = ctx.cue_index(&[]) {
        return index.last_phrase(a, b);
    }
    (a..b)
        .rev()
        .find_map(|k| phrase_at(ctx, k).filter(|&e| e <= b).map(|e| (k, e)))
}
