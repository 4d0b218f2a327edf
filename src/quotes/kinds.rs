//! The kind of a quotation in marks: `direct` (a quoted sentence or more),
//! `partial` (a quoted fragment inside the writer's own sentence) or `scare`
//! (a quoted term with no speech act: the “new regions”, as the Kremlin calls
//! them). Scare quotes are attributed only to whoever the text says coined the
//! term (`coiner`).

use super::coined::coined;
use super::context::Ctx;
use super::marks::Marked;
use super::names::{np_ending, Np};
use crate::analysis::QuoteKind;
use crate::text::span::Span;

/// How the quotation sits in its sentence, as the kind rules need it.
pub(crate) struct Setting {
    /// A speaker was found for it.
    pub attributed: bool,
    /// The last non-blank character before the opening mark, and whether it
    /// opens the sentence (or follows a speech verb directly).
    pub before: Option<char>,
    pub opens_sentence: bool,
    pub after_cue: bool,
    /// Only punctuation or an attribution follows it in its sentence.
    pub ends_sentence: bool,
    /// It resumes a quotation split by its attribution (“…,” she said, “…”).
    pub continues_split: bool,
}

fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Whether the quoted words hold more than one sentence.
fn several_sentences(ctx: &Ctx, q: &Marked) -> bool {
    if q.paragraphs > 1 {
        return true;
    }
    let inner = q.inner.slice(ctx.text);
    let b = inner.as_bytes();
    (1..b.len().saturating_sub(1)).any(|i| {
        matches!(b[i], b'.' | b'?' | b'!')
            && b[i + 1] == b' '
            && inner[i + 2..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    })
}

/// The kind of the quotation `q`.
pub(crate) fn kind(ctx: &Ctx, q: &Marked, s: &Setting) -> QuoteKind {
    let inner = q.inner.slice(ctx.text);
    let n = words(inner);
    let first = inner.chars().find(|c| c.is_alphanumeric());
    let upper = first.is_some_and(char::is_uppercase);
    let last = inner.chars().last();
    let ends_punct = last.is_some_and(|c| ".,!?…".contains(c));
    if several_sentences(ctx, q) || (s.continues_split && n >= 2) {
        return QuoteKind::Direct;
    }
    let introduced = matches!(s.before, Some(':') | Some(','));
    let whole = (s.opens_sentence || introduced) && (s.ends_sentence || ends_punct);
    if n >= 3 && upper && (whole || (s.after_cue && s.ends_sentence)) {
        return QuoteKind::Direct;
    }
    if n >= 5 && s.after_cue && s.ends_sentence {
        return QuoteKind::Direct;
    }
    if n >= 3 && upper && ends_punct && s.opens_sentence && s.attributed {
        return QuoteKind::Direct;
    }
    if s.attributed {
        QuoteKind::Partial
    } else {
        QuoteKind::Scare
    }
}

/// Who coined a scare-quoted term, when the text says so right after it:
/// the “new regions” — the name the Kremlin uses…; “special military
/// operation”, as Moscow calls it. Returns the coiner and the verb.
pub(crate) fn coiner(ctx: &Ctx, q: &Marked) -> Option<(Np, Span)> {
    let sentence = ctx.sentence_span(q.span.end.saturating_sub(1));
    let end = sentence
        .end
        .max(q.span.end)
        .min(q.span.end + 160)
        .min(ctx.text.len());
    let mut end = end;
    while !ctx.text.is_char_boundary(end) {
        end -= 1;
    }
    let after = &ctx.text[q.span.end..end];
    let found = coined(after)?;
    let (who_start, who_end) = found.who;
    // At most 60 characters of coiner (checked here: a bounded repetition
    // made the pattern this was a large automaton).
    if after[who_start..who_end].chars().count() > 60 {
        return None;
    }
    let verb_end = found.end;
    let who_span = Span::new(q.span.end + who_start, q.span.end + who_end);
    let r = ctx.tokens_in(who_span);
    let np = np_ending(ctx, r.end.checked_sub(1)?, r.start)?;
    let verb_start = q.span.end
        + after[..verb_end]
            .rfind(char::is_whitespace)
            .map_or(who_end, |i| i + 1);
    Some((np, Span::new(verb_start, q.span.end + verb_end)))
}

/// Whether a naming verb ("named", "dubbed") comes within three words before
/// the quotation: then the quoted words are a name or a title.
pub(crate) fn named(ctx: &Ctx, q: &Marked) -> bool {
    let k = ctx.token_at(q.span.start);
    (k.saturating_sub(3)..k)
        .any(|i| ctx.is_word(i) && ctx.lex.naming_verbs.contains(&*ctx.lower(i)))
        || ctx
            .before(q.span.start, 16)
            .trim_end()
            .to_lowercase()
            .ends_with("so-called")
}
