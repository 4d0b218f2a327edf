//! [`anchor_all`] against the one-mark-at-a-time search it replaced (kept here
//! as the reference): the whole page scanned for each mark's text, the best
//! context by `max_by_key`, and the probes of an edited quote scanned for
//! again. On pages edited at random, every mark must land where that search
//! put it.

use super::anchor::{anchor_all, context_match, Located, Placement, Selectors};
use super::edited;
use super::needles::naive;
use proptest::prelude::*;
use std::cmp::Reverse;

/// The search before `anchor_all`, for one placement.
fn one_at_a_time(dom: &[u16], p: &Placement) -> Option<Located> {
    let sel = Selectors {
        exact: p.exact.encode_utf16().collect(),
        prefix: p.prefix.encode_utf16().collect(),
        suffix: p.suffix.encode_utf16().collect(),
        hint: p.position.map_or(0, |(s, _)| s),
    };
    if sel.exact.is_empty() {
        return None;
    }
    if let Some((s, e)) = p.position {
        if dom.get(s..e) == Some(&sel.exact[..]) {
            return Some(Located::Unchanged(s, e));
        }
    }
    let len = sel.exact.len();
    let best = naive(dom, &sel.exact).into_iter().max_by_key(|&s| {
        (
            context_match(dom, s, s + len, &sel.prefix, &sel.suffix),
            Reverse(s.abs_diff(sel.hint)),
        )
    });
    if let Some(s) = best {
        return Some(Located::Moved(s, s + len));
    }
    if !edited::may_place(&sel) {
        return None;
    }
    let [prefix, suffix] = edited::probes(&sel);
    edited::place(dom, &sel, &naive(dom, prefix), &naive(dom, suffix))
}

/// Few words, so that marks' texts recur and contexts half-match; an emoji,
/// so that offsets count surrogate pairs.
const WORDS: [&str; 8] = ["Kyiv", "said", "Putin", "no", "“", "”", ". ", "🇺🇦"];

/// A text of the given words, with each word's UTF-16 start.
fn page(words: &[usize]) -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut starts = Vec::new();
    for &w in words {
        starts.push(text.encode_utf16().count());
        text.push_str(WORDS[w]);
        text.push(' ');
    }
    starts.push(text.encode_utf16().count());
    (text, starts)
}

/// The placement a mark over words `[a, b)` stored, with `context` words
/// each side.
fn stored(words: &[usize], a: usize, b: usize, context: usize) -> [String; 3] {
    let join = |ws: &[usize]| page(ws).0;
    let exact = join(&words[a..b]);
    let prefix = join(&words[a.saturating_sub(context)..a]);
    let suffix = join(&words[b..(b + context).min(words.len())]);
    [exact.trim_end().to_string(), prefix, suffix]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]
    /// Marks of a page, then the page edited (words inserted, removed or
    /// replaced): the same placements as the one-at-a-time search.
    #[test]
    fn anchor_all_places_every_mark_as_one_at_a_time_did(
        before in proptest::collection::vec(0..WORDS.len(), 1..40),
        marks in proptest::collection::vec((0usize..40, 1usize..5, 0usize..4, any::<bool>()), 0..12),
        edits in proptest::collection::vec((0usize..40, 0usize..3, proptest::collection::vec(0..WORDS.len(), 0..4)), 0..4),
    ) {
        let (_, starts) = page(&before);
        let mut texts = Vec::new();
        for &(a, n, context, hint) in &marks {
            let a = a % before.len();
            let b = (a + n).min(before.len());
            let [exact, prefix, suffix] = stored(&before, a, b, context);
            let position = hint.then(|| (starts[a], starts[a] + exact.encode_utf16().count()));
            texts.push((exact, prefix, suffix, position));
        }
        let mut after = before.clone();
        for (at, remove, insert) in &edits {
            let at = at % (after.len() + 1);
            let remove = (*remove).min(after.len() - at);
            after.splice(at..at + remove, insert.iter().copied());
        }
        let dom: Vec<u16> = page(&after).0.encode_utf16().collect();
        let placements: Vec<Placement> = texts
            .iter()
            .map(|(exact, prefix, suffix, position)| Placement { exact, prefix, suffix, position: *position })
            .collect();
        let all = anchor_all(&dom, &placements);
        for (p, got) in placements.iter().zip(&all) {
            prop_assert_eq!(*got, one_at_a_time(&dom, p), "{:?}", p);
        }
    }
}
