//! The subject of a speech verb: the speaker phrase before it, through
//! appositives ("Jeff Rathke, the State Department Spokesperson, said"),
//! reduced relatives ("a letter seen by Sky News says") and participles
//! ("Sunak defended… whilst promising").

use super::context::Ctx;
use super::names::{is_skippable, name_in_run, np_ending, run_starting, Np, NpKind, PRONOUNS};

/// The subject of the speech verb at token `cue`, looking back no further
/// than `min`: "Putin said", "Jeff Rathke, the State Department
/// Spokesperson, said", "The secretary general of CEI, Nunzio Galantino, has
/// called", "he also suggested", "officials in Kyiv signalled", "A leaked
/// letter seen by Sky News says", "Sunak defended… whilst promising".
pub(crate) fn subject_before(ctx: &Ctx, cue: usize, min: usize) -> Option<Np> {
    let mut j = cue.checked_sub(1)?;
    let mut skipped = 0;
    while j > min && skipped < 3 && ctx.is_word(j) && is_skippable(&ctx.lower(j)) {
        j -= 1;
        skipped += 1;
    }
    if j < min {
        return None;
    }
    let participle = ctx.lower(cue).ends_with("ing");
    let joined = matches!(
        &*ctx.lower(j),
        "while" | "whilst" | "after" | "before" | "when" | "by" | "as" | "and"
    );
    if participle && joined {
        return clause_subject(ctx, min, cue);
    }
    if ctx.is_punct(j, ",") {
        // An appositive: the subject ends before the comma that opens it, or
        // the appositive is the name ("The secretary general, Nunzio Galantino, said").
        let lo = j.saturating_sub(16).max(min);
        let k = (lo..j).rev().find(|&k| ctx.is_punct(k, ","))?;
        let head = k.checked_sub(1).and_then(|e| np_ending(ctx, e, min));
        let inner = np_ending(ctx, j - 1, k + 1);
        // A name that is the object of a preposition ("The secretary general of
        // CEI, Nunzio Galantino, said") is not the subject; the appositive is.
        let governed = |h: &Np| {
            let a = ctx.token_at(h.span.start);
            a > min && matches!(&*ctx.lower(a - 1), "of" | "at" | "for" | "from" | "in")
        };
        return match (head, inner) {
            (Some(h), Some(i)) if governed(&h) && i.kind == NpKind::Name => Some(i),
            (Some(h), _) if h.kind == NpKind::Name || h.kind == NpKind::Pronoun => Some(h),
            (_, Some(i)) if i.kind == NpKind::Name => Some(i),
            (h, _) => h.filter(|h| h.kind != NpKind::Common),
        };
    }
    let np = np_ending(ctx, j, min)?;
    // "a letter seen by Sky News says": the agent of a participle is not the subject.
    let a = ctx.token_at(np.span.start);
    if np.kind == NpKind::Name && a >= min + 2 && ctx.lower_is(a - 1, "by") {
        let p = ctx.lower(a - 2);
        if p.ends_with("ed") || p.ends_with("en") || p == "seen" {
            return np_ending(ctx, a - 3, min).or(Some(np));
        }
    }
    Some(np)
}

/// The subject at the start of the clause `min..cue` (after a fronted
/// adverbial such as "During Prime Minister's Questions Wednesday,").
fn clause_subject(ctx: &Ctx, min: usize, cue: usize) -> Option<Np> {
    let mut i = min;
    let fronted = matches!(
        &*ctx.lower(i),
        "during"
            | "in"
            | "on"
            | "at"
            | "after"
            | "before"
            | "with"
            | "for"
            | "under"
            | "following"
            | "since"
            | "despite"
    );
    if fronted {
        i = (i..cue).find(|&k| ctx.is_punct(k, ","))? + 1;
    }
    if PRONOUNS.contains(&&*ctx.lower(i)) {
        return Some(Np {
            span: ctx.tokens[i].span,
            kind: NpKind::Pronoun,
        });
    }
    let start = if ctx.lower_is(i, "the") { i + 1 } else { i };
    let (a, b) = run_starting(ctx, start, cue)?;
    let (a, b) = name_in_run(ctx, a, b);
    Some(Np {
        span: ctx.span_of(a, b),
        kind: NpKind::Name,
    })
}
