//! Where a reported clause starts and ends (`reported` finds the verbs).
//!
//! A clause starts after "that" or, for verbs that take a bare clause, at a
//! subject-like word; it ends at the sentence end, a semicolon, or a comma
//! before a new clause (", just as…", ", while…"). Two bounds keep it sane in
//! text with no full stop (a run-on transcript, a list of names): at most
//! `MAX_CLAUSE_TOKENS` tokens after the verb, and at most
//! `MAX_CLAUSE_BYTES` bytes, cut at a token boundary with lower confidence.
//! Without them each speech verb of a stop-less megabyte would report a clause
//! running to its end, and the output would grow with the square of the input.

use super::context::Ctx;
use crate::text::span::Span;

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

/// The longest reported clause, in bytes. Reported clauses in news run to a
/// few hundred bytes (the longest of the 315 found in the 263 GUM documents
/// and the reference article has 305); a longer one means the sentence never
/// ended.
pub(crate) const MAX_CLAUSE_BYTES: usize = 1_500;

/// Confidence of a clause cut at `MAX_CLAUSE_BYTES`: where it really ends
/// (or starts) is unknown.
pub(crate) const CAPPED_CONFIDENCE: f32 = 0.5;

/// The end (exclusive) of a clause of tokens `a..b` cut to at most
/// `MAX_CLAUSE_BYTES`, and whether it was cut.
pub(crate) fn capped_end(ctx: &Ctx, a: usize, b: usize) -> (usize, bool) {
    if a >= b {
        return (b, false);
    }
    let limit = ctx.tokens[a].span.start + MAX_CLAUSE_BYTES;
    let end = ctx.tokens.partition_point(a..b, |t| t.span.end <= limit);
    (end, end < b)
}

/// The first token of a clause that starts at token `a` or later and ends at
/// byte `end`, cut to at most `MAX_CLAUSE_BYTES`, and whether it was cut.
pub(crate) fn capped_start(ctx: &Ctx, a: usize, end: usize) -> (usize, bool) {
    let b = ctx.token_at(end).max(a);
    let start = ctx
        .tokens
        .partition_point(a..b, |t| t.span.start + MAX_CLAUSE_BYTES < end);
    (start, start > a)
}

/// Where the clause starting at token `a` ends (exclusive), before `b`.
pub(crate) fn clause_end(ctx: &Ctx, a: usize, b: usize) -> usize {
    let b = b.min(a + MAX_CLAUSE_TOKENS);
    for k in a..b {
        let w = ctx.word(k);
        if w == ";" || (w == "," && k + 1 < b && CLAUSE_BREAKS.contains(&&*ctx.lower(k + 1))) {
            return k;
        }
    }
    b
}

/// The start of the reported clause after the verb at `cue`, before `b`.
pub(crate) fn clause_start(ctx: &Ctx, cue: usize, b: usize) -> Option<usize> {
    // "that" within ten tokens, past objects and adverbials.
    let limit = (cue + 12).min(b);
    if let Some(t) = (cue + 1..limit).find(|&k| ctx.lower_is(k, "that")) {
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
    if !BARE_CLAUSE.contains(&&*ctx.lower(cue)) {
        return None;
    }
    let mut s = cue + 1;
    // An object of "tell": a name ("told BBC News"), a pronoun or "reporters".
    if matches!(&*ctx.lower(cue), "tell" | "tells" | "told" | "telling") {
        while s < b
            && (ctx.is_name_word(s)
                || matches!(
                    &*ctx.lower(s),
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
        && !ctx.lex.name_stopwords.contains(&*w)
        && !NOT_CLAUSE.contains(&&*w)
        && !ctx.is_cue(s);
    let opens = CLAUSE_OPENERS.contains(&&*w) || ctx.is_name_word(s) || noun;
    (opens && !ADVERBIAL.contains(&&*w)).then_some(s)
}

/// Whether `span` holds a word or a number: a "clause" of dashes and commas
/// alone ("he said that — — —") reports nothing.
pub(crate) fn says_something(ctx: &Ctx, span: Span) -> bool {
    ctx.tokens_in(span)
        .any(|k| ctx.is_word(k) || ctx.kind(k) == crate::text::tokens::TokenKind::Number)
}

/// Tokens `a..b` as a span, without trailing punctuation.
pub(crate) fn trimmed(ctx: &Ctx, a: usize, b: usize) -> Span {
    let mut b = b;
    while b > a && matches!(ctx.word(b - 1), "." | "," | ":" | "—" | "–") {
        b -= 1;
    }
    ctx.span_of(a, b)
}

/// What the clause finders' tests share: the clauses of a text, and the
/// check that a long one was cut at a word.
#[cfg(test)]
pub(crate) mod testing {
    use super::{CAPPED_CONFIDENCE, MAX_CLAUSE_BYTES};
    use crate::quotes::context::Ctx;
    use crate::text::segment::{paragraphs, sentences};
    use crate::text::span::Span;

    /// A word; a hundred of them overrun `MAX_CLAUSE_BYTES`.
    pub const LONG: &str = "extraordinarilyunprecedented ";

    /// A clause as text: (clause, speaker, confidence).
    pub type Clause = (String, String, f32);

    /// The clauses that `find` gives in `text`, each given by `parts` as
    /// (clause span, speaker span, confidence).
    pub fn clauses<T>(
        text: &str,
        find: impl Fn(&Ctx) -> Vec<T>,
        parts: impl Fn(&T) -> (Span, Span, f32),
    ) -> Vec<Clause> {
        let paras = paragraphs(text);
        let sents: Vec<Span> = paras.iter().flat_map(|&p| sentences(text, p)).collect();
        let ctx = Ctx::new(text, &paras, &sents);
        find(&ctx)
            .iter()
            .map(|c| {
                let (clause, speaker, confidence) = parts(c);
                let speaker = speaker.slice(text).to_string();
                (clause.slice(text).to_string(), speaker, confidence)
            })
            .collect()
    }

    /// `found` is one clause, cut at a word to within `LONG` of
    /// `MAX_CLAUSE_BYTES`, from `starts` to `ends`, with lower confidence.
    pub fn assert_one_cut(found: &[Clause], starts: &str, ends: &str) {
        assert_eq!(found.len(), 1, "{found:?}");
        let clause = &found[0].0;
        assert!(clause.len() <= MAX_CLAUSE_BYTES, "{}", clause.len());
        assert!(
            clause.len() > MAX_CLAUSE_BYTES - LONG.len(),
            "{}",
            clause.len()
        );
        assert!(
            clause.starts_with(starts) && clause.ends_with(ends),
            "{clause}"
        );
        assert_eq!(found[0].2, CAPPED_CONFIDENCE);
    }
}
