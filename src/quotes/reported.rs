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
//! The clause ends at the sentence end, a semicolon, or a comma before a new
//! clause (", just as…", ", while…"). Speech inside quotation marks is left to
//! the quotation rules: a cue inside a quotation, or a clause that is mostly a
//! quotation, is skipped.

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

/// Verbs that may take a clause without "that" ("he said Russia is ready").
const BARE_CLAUSE: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "claim",
    "claims",
    "claimed",
    "insist",
    "insists",
    "insisted",
    "warn",
    "warns",
    "warned",
    "argue",
    "argues",
    "argued",
    "add",
    "adds",
    "added",
    "write",
    "writes",
    "wrote",
    "suggest",
    "suggests",
    "suggested",
    "report",
    "reports",
    "reported",
    "state",
    "states",
    "stated",
    "assert",
    "asserted",
    "admit",
    "admitted",
    "acknowledged",
    "maintained",
    "noted",
    "stressed",
];

/// Words that can start a clause's subject.
const CLAUSE_OPENERS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "there", "this", "these", "the", "a", "an", "its", "his",
    "her", "their", "our", "every", "some", "all", "no", "many", "most",
];

/// Words after a verb that do not open a reported clause ("said goodbye",
/// "told him so").
const NOT_CLAUSE: &[&str] = &[
    "so",
    "nothing",
    "something",
    "anything",
    "goodbye",
    "yes",
    "no",
    "more",
    "much",
    "little",
    "otherwise",
    "hello",
    "thanks",
    "sorry",
    "what",
    "how",
    "why",
    "whether",
    "if",
    "to",
];

/// Words after a comma that open a new clause, ending a reported one.
const CLAUSE_BREAKS: &[&str] = &[
    "just",
    "while",
    "whereas",
    "but",
    "although",
    "though",
    "as",
    "after",
    "before",
    "when",
    "with",
    "adding",
    "saying",
    "according",
    "which",
    "despite",
    "even",
];

/// Prepositions of adverbials between a verb and its clause ("on Monday",
/// "in a statement", "to reporters").
const ADVERBIAL: &[&str] = &[
    "on",
    "in",
    "at",
    "to",
    "during",
    "via",
    "through",
    "after",
    "before",
    "last",
    "this",
    "earlier",
    "later",
    "also",
    "again",
    "recently",
    "repeatedly",
    "publicly",
    "privately",
];

/// A reported clause longer than this is cut (linear time in long sentences).
const MAX_CLAUSE_TOKENS: usize = 120;

/// Where the clause starting at token `a` ends (exclusive), before `b`.
fn clause_end(ctx: &Ctx, a: usize, b: usize) -> usize {
    let b = b.min(a + MAX_CLAUSE_TOKENS);
    for k in a..b {
        let w = ctx.word(k);
        if w == ";" || (w == "," && k + 1 < b && CLAUSE_BREAKS.contains(&ctx.lower(k + 1).as_str()))
        {
            return k;
        }
    }
    b
}

/// The start of the reported clause after the verb at `cue`, before `b`.
fn clause_start(ctx: &Ctx, cue: usize, b: usize) -> Option<usize> {
    // "that" within ten tokens, past objects and adverbials.
    let limit = (cue + 12).min(b);
    if let Some(t) = (cue + 1..limit).find(|&k| ctx.lower(k) == "that") {
        let clean = (cue + 1..t).all(|k| {
            ctx.is_word(k)
                || ctx.is_punct(k, ",")
                || ctx.kind(k) == crate::text::tokens::TokenKind::Number
        });
        if clean {
            let mut s = t + 1;
            while s < b && ctx.is_punct(s, ",") {
                s += 1;
            }
            return Some(s);
        }
    }
    if !BARE_CLAUSE.contains(&ctx.lower(cue).as_str()) {
        return None;
    }
    let mut s = cue + 1;
    // An object of "tell": a name ("told BBC News"), a pronoun or "reporters".
    if matches!(
        ctx.lower(cue).as_str(),
        "tell" | "tells" | "told" | "telling"
    ) {
        while s < b
            && (ctx.is_name_word(s)
                || matches!(
                    ctx.lower(s).as_str(),
                    "reporters" | "journalists" | "me" | "us" | "him" | "them"
                ))
        {
            s += 1;
        }
    }
    if s >= b {
        return None;
    }
    let w = ctx.lower(s);
    // A bare noun may open the clause too ("says manufacturers could…").
    let noun = ctx.is_word(s)
        && ctx.word(s).chars().next().is_some_and(char::is_lowercase)
        && !ctx.lex.name_stopwords.contains(&w)
        && !NOT_CLAUSE.contains(&w.as_str())
        && !ctx.is_cue(s);
    let opens = CLAUSE_OPENERS.contains(&w.as_str()) || ctx.is_name_word(s) || noun;
    (opens && !ADVERBIAL.contains(&w.as_str())).then_some(s)
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
        for k in r.clone() {
            if !cues::is_cue(ctx, k) || cues::inside(quotes, ctx.tokens[k].span.start) {
                continue;
            }
            if let Some(rep) = forward(ctx, k, r.start, r.end, quotes)
                .or_else(|| backward(ctx, k, r.start, r.end, quotes))
            {
                out.push(rep);
            }
        }
    }
    out
}

fn trimmed(ctx: &Ctx, a: usize, b: usize) -> Span {
    let mut b = b;
    while b > a && matches!(ctx.word(b - 1), "." | "," | ":" | "—" | "–") {
        b -= 1;
    }
    ctx.span_of(a, b)
}

fn forward(ctx: &Ctx, cue: usize, sa: usize, sb: usize, quotes: &[Span]) -> Option<Reported> {
    let speaker = subject_before(ctx, cue, sa)?;
    let start = clause_start(ctx, cue, sb)?;
    let end = clause_end(ctx, start, sb);
    if end < start + 3 {
        return None;
    }
    let span = trimmed(ctx, start, end);
    if quoted_share(span, quotes) > 0.6 {
        return None;
    }
    Some(Reported {
        span,
        speaker,
        cue: ctx.tokens[cue].span,
        confidence: 0.75,
    })
}

fn backward(ctx: &Ctx, cue: usize, sa: usize, sb: usize, quotes: &[Span]) -> Option<Reported> {
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
    let span = trimmed(ctx, sa, before);
    if ctx.tokens_in(span).len() < 4 || quoted_share(span, quotes) > 0.6 {
        return None;
    }
    Some(Reported {
        span,
        speaker,
        cue: ctx.tokens[cue].span,
        confidence: 0.7,
    })
}
