//! Speaker phrases around a speech verb: a name ("Olha Stefanishyna", "the
//! Kremlin"), a pronoun, an unnamed source or a common noun ("the ministry").
//!
//! Names are found without the entity layer, as runs of capitalised words
//! (with particles such as "al-" or "van"), titles stripped ("Ambassador
//! Mohib" → "Mohib"), so that attribution works on its own; the entity
//! layer's mentions then give the run its group (`speakers`).

use super::context::Ctx;
use super::unnamed;
use crate::text::span::Span;

/// What kind of phrase a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NpKind {
    Name,
    Pronoun,
    Unnamed,
    Common,
}

/// A speaker phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Np {
    pub span: Span,
    pub kind: NpKind,
}

/// Lowercase particles inside names ("Ludwig van Beethoven", "Suleiman al-Amr").
const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "bin", "ibn", "al", "el", "da", "di", "del", "du", "la",
    "le", "dos", "das", "of", "y",
];

/// Pronouns that speak.
pub(crate) const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we"];

/// Words between a subject and its verb ("he also said", "has called").
pub(crate) fn is_skippable(word: &str) -> bool {
    matches!(
        word,
        "also"
            | "later"
            | "then"
            | "has"
            | "have"
            | "had"
            | "was"
            | "is"
            | "were"
            | "are"
            | "would"
            | "will"
            | "did"
            | "does"
            | "could"
            | "may"
            | "might"
            | "again"
            | "once"
            | "first"
            | "further"
    ) || (word.len() > 4 && word.ends_with("ly"))
}

fn is_particle(ctx: &Ctx, i: usize) -> bool {
    PARTICLES.contains(&ctx.word(i))
}

/// The capitalised run ending at token `j` (not before `min`), as a token range.
fn run_ending(ctx: &Ctx, j: usize, min: usize) -> Option<(usize, usize)> {
    if !ctx.is_name_word(j) {
        return None;
    }
    let mut a = j;
    while a > min {
        let p = a - 1;
        if ctx.is_name_word(p) || (is_particle(ctx, p) && p > min && ctx.is_name_word(p - 1)) {
            a = p;
        } else {
            break;
        }
    }
    Some((a, j + 1))
}

/// The capitalised run starting at token `i` (before `max`), titles included.
pub(crate) fn run_starting(ctx: &Ctx, i: usize, max: usize) -> Option<(usize, usize)> {
    if i >= max || !(ctx.is_name_word(i) || ctx.lex.titles.contains(&*ctx.lower(i))) {
        return None;
    }
    let mut b = i + 1;
    while b < max {
        let particle = is_particle(ctx, b) && b + 1 < max && ctx.is_name_word(b + 1);
        if ctx.is_name_word(b) || particle {
            b += 1;
        } else {
            break;
        }
    }
    Some((i, b))
}

/// The name inside a run: titles before it and post-nominals after it
/// stripped; a run longer than three words keeps its last two ("…Integration
/// Olha Stefanishyna" → "Olha Stefanishyna").
pub(crate) fn name_in_run(ctx: &Ctx, a: usize, b: usize) -> (usize, usize) {
    let titles = &ctx.lex.titles;
    let mut a2 = a;
    for k in a..b {
        if titles.contains(&*ctx.lower(k)) && k + 1 < b {
            a2 = k + 1;
        }
    }
    while a2 < b && is_particle(ctx, a2) {
        a2 += 1;
    }
    let mut b2 = b;
    while b2 > a2 + 1 && titles.contains(&*ctx.lower(b2 - 1)) {
        b2 -= 1;
    }
    if a2 >= b2 {
        return (a, b);
    }
    if b2 - a2 > 3 {
        a2 = b2 - 2;
    }
    (a2, b2)
}

/// The speaker phrase ending at token `e` (not before `min`).
pub(crate) fn np_ending(ctx: &Ctx, e: usize, min: usize) -> Option<Np> {
    if e < min || e >= ctx.tokens.len() {
        return None;
    }
    let lower = ctx.lower(e);
    if PRONOUNS.contains(&&*lower) {
        return Some(Np {
            span: ctx.tokens[e].span,
            kind: NpKind::Pronoun,
        });
    }
    if let Some(span) = unnamed::ending(ctx, e, min) {
        return Some(Np {
            span,
            kind: NpKind::Unnamed,
        });
    }
    if let Some((a, b)) = run_ending(ctx, e, min) {
        let (a, b) = name_in_run(ctx, a, b);
        return Some(Np {
            span: ctx.span_of(a, b),
            kind: NpKind::Name,
        });
    }
    common_ending(ctx, e, min)
}

/// "the city", "The report's authors", "police": a lowercase head noun with
/// a determiner (or a possessive) at most three words before it, or a head in
/// the speaker-noun lexicon.
fn common_ending(ctx: &Ctx, e: usize, min: usize) -> Option<Np> {
    let head = ctx.lower(e);
    let is_lower = ctx.word(e).chars().next().is_some_and(char::is_lowercase);
    if !ctx.is_word(e) || !is_lower || ctx.lex.name_stopwords.contains(&*head) {
        return None;
    }
    let known = ctx.lex.speaker_nouns.contains(&*head);
    let mut a = e;
    let mut determined = false;
    for _ in 0..3 {
        if a <= min {
            break;
        }
        let p = a - 1;
        let w = ctx.lower(p);
        if matches!(
            &*w,
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our"
        ) {
            a = p;
            determined = true;
            break;
        }
        if ctx.word(p) == "’s" || ctx.word(p) == "'s" || (ctx.is_word(p) && !is_stop(ctx, p)) {
            a = p;
        } else {
            break;
        }
    }
    (determined || known).then(|| Np {
        span: ctx.span_of(if determined || known { a } else { e }, e + 1),
        kind: NpKind::Common,
    })
}

fn is_stop(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.lower(i);
    ctx.lex.name_stopwords.contains(&*w) || ctx.is_cue(i) || matches!(&*w, "that" | "which" | "who")
}

/// The speaker after an inverted verb ("said Ambassador Mohib", "added KCNA",
/// "said the minister"), starting at token `i`, before `max`.
pub(crate) fn np_after(ctx: &Ctx, i: usize, max: usize) -> Option<Np> {
    if i >= max {
        return None;
    }
    let lower = ctx.lower(i);
    if matches!(&*lower, "he" | "she" | "they" | "it") {
        return Some(Np {
            span: ctx.tokens[i].span,
            kind: NpKind::Pronoun,
        });
    }
    let start = if lower == "the" { i + 1 } else { i };
    if let Some((a, b)) = run_starting(ctx, start, max) {
        let (a, b) = name_in_run(ctx, a, b);
        return Some(Np {
            span: ctx.span_of(a, b),
            kind: NpKind::Name,
        });
    }
    if start > i {
        let mut b = start;
        while b < max && b < start + 3 && ctx.is_word(b) && !is_stop(ctx, b) {
            b += 1;
        }
        if b > start {
            let np = np_ending(ctx, b - 1, i)?;
            return Some(np);
        }
    }
    None
}

/// The speaker named in tokens `a..b` after a verbless cue ("according to
/// the Sydney Morning Herald", "in the words of the Crown prosecutor, Mark
/// Tedeschi, QC"): the longest name run (the last of equals), else an unnamed
/// source or a common noun phrase ending the range.
pub(crate) fn np_in(ctx: &Ctx, a: usize, b: usize) -> Option<Np> {
    let b = b.min(ctx.tokens.len());
    let mut best: Option<(usize, usize)> = None;
    let mut i = a;
    while i < b {
        if let Some((ra, rb)) = run_starting(ctx, i, b) {
            let (na, nb) = name_in_run(ctx, ra, rb);
            if best.map_or(true, |(x, y)| nb - na >= y - x) {
                best = Some((na, nb));
            }
            i = rb.max(i + 1);
        } else {
            i += 1;
        }
    }
    if let Some((x, y)) = best {
        return Some(Np {
            span: ctx.span_of(x, y),
            kind: NpKind::Name,
        });
    }
    let mut e = b;
    while e > a && !ctx.is_word(e - 1) {
        e -= 1;
    }
    np_ending(ctx, e.checked_sub(1)?, a)
}
