//! Placing a stored quote whose text was edited (a typo fixed, a word changed):
//! by where its prefix ends and its suffix starts, within a quarter of edits
//! of the quote; or, when only one side of its context survived, by the
//! stretch running on from it that matches the quote best.

use super::anchor::{Located, Selectors};
use super::distance::{best_prefix, edit_distance};
use foldhash::HashMap;

/// Longest quote placed by approximate matching (edit distance is quadratic).
const MAX_FUZZY: usize = 1_000;
/// Units of prefix / suffix used to find the context of an edited quote.
const CONTEXT_PROBE: usize = 16;
/// Occurrences of a probe considered, the nearest the old position (a common
/// phrase must not blow up). The nearest, not the first on the page: when the
/// probe recurs more often than this (a repeated paragraph), the first ones
/// could all lie before the quote, which was then not placed.
const MAX_CANDIDATES: usize = 64;

/// Whether an edited quote this long is looked for (edit distance is quadratic).
pub(super) fn may_place(sel: &Selectors) -> bool {
    sel.exact.len() <= MAX_FUZZY
}

/// The end of the prefix and the start of the suffix, whose occurrences
/// [`place`] is given.
pub(super) fn probes(sel: &Selectors) -> [&[u16]; 2] {
    let prefix = &sel.prefix[sel.prefix.len().saturating_sub(CONTEXT_PROBE)..];
    let suffix = &sel.suffix[..sel.suffix.len().min(CONTEXT_PROBE)];
    [prefix, suffix]
}

/// The quote was edited: the best span between a prefix end and a suffix
/// start, given every start of each of its [`probes`] (ascending), of which
/// the [`MAX_CANDIDATES`] nearest the old position are tried.
pub(super) fn place(
    dom: &[u16],
    sel: &Selectors,
    prefix_at: &[usize],
    suffix_at: &[usize],
) -> Option<Located> {
    let same = Computed {
        remember: true,
        ..Computed::default()
    };
    place_with(dom, sel, prefix_at, suffix_at, same)
}

/// [`place`], with the distances already computed.
fn place_with<'a>(
    dom: &'a [u16],
    sel: &Selectors,
    prefix_at: &[usize],
    suffix_at: &[usize],
    mut same: Computed<'a>,
) -> Option<Located> {
    let (exact, hint) = (&sel.exact[..], sel.hint);
    let [probe_p, probe_s] = probes(sel);
    let prefix_at = nearest(prefix_at, hint, MAX_CANDIDATES);
    let suffix_at = nearest(suffix_at, hint, MAX_CANDIDATES);
    let starts: Vec<usize> = prefix_at.iter().map(|i| i + probe_p.len()).collect();
    let ends = suffix_at;
    let (lo, hi) = (exact.len() / 2, exact.len() * 2 + CONTEXT_PROBE);
    let budget = (exact.len() / 4).max(1);
    let mut found: Vec<(usize, usize, usize)> = Vec::new(); // (edits, start, end)
    let both = !probe_p.is_empty() && !probe_s.is_empty();
    for &s in starts.iter().filter(|_| both) {
        for &e in ends
            .iter()
            .filter(|&&e| e >= s && (lo..=hi).contains(&(e - s)))
        {
            let (s, e) = trim(dom, s, e);
            let text = &dom[s..e];
            if let Some(edits) = recall(same.remember, &mut same.between, text, || {
                edit_distance(text, exact, budget)
            }) {
                found.push((edits, s, e));
            }
        }
    }
    if found.is_empty() {
        // Only one side of the context survived: the quote runs on from the
        // prefix, or back from the suffix, for however long matches best.
        let window = exact.len() + budget;
        for &s in starts.iter().filter(|_| !probe_p.is_empty()) {
            let text = &dom[s..(s + window).min(dom.len())];
            if let Some((k, edits)) = recall(same.remember, &mut same.after, text, || {
                best_prefix(text.iter().copied(), exact.iter().copied(), budget)
            }) {
                found.push((edits, s, s + k));
            }
        }
        for &e in ends.iter().filter(|_| !probe_s.is_empty()) {
            let text = &dom[e.saturating_sub(window)..e];
            if let Some((k, edits)) = recall(same.remember, &mut same.before, text, || {
                best_prefix(
                    text.iter().rev().copied(),
                    exact.iter().rev().copied(),
                    budget,
                )
            }) {
                found.push((edits, e - k, e));
            }
        }
    }
    found
        .into_iter()
        .map(|(edits, s, e)| {
            let (s, e) = trim(dom, s, e);
            (edits, s.abs_diff(hint), s, e)
        })
        .filter(|&(_, _, s, e)| s < e)
        .min()
        .map(|(edits, _, start, end)| Located::Edited { start, end, edits })
}

/// The distances already computed for one quote, by the text compared with
/// it. A page that repeats a passage (a photo credit under every picture, a
/// sign-off, an article pasted twice) gives many candidates the same text, and
/// a distance is quadratic in the quote where looking one up is linear: the
/// scaling benchmark's article repeated to 1 MB, spaces doubled, spent two
/// thirds of its time computing one photo credit's distance to its 64
/// identical candidates.
#[derive(Default)]
struct Computed<'a> {
    /// Off only for the tests' reference, which computes every distance.
    remember: bool,
    /// The whole quote's distance to a span between the probes.
    between: HashMap<&'a [u16], Option<usize>>,
    /// The best prefix of a stretch after a prefix probe: length and edits.
    after: HashMap<&'a [u16], Option<(usize, usize)>>,
    /// The best suffix of a stretch before a suffix probe.
    before: HashMap<&'a [u16], Option<(usize, usize)>>,
}

/// `f()`, computed once for each `text` when remembering.
fn recall<'a, T: Copy>(
    remember: bool,
    map: &mut HashMap<&'a [u16], T>,
    text: &'a [u16],
    f: impl FnOnce() -> T,
) -> T {
    match remember {
        true => *map.entry(text).or_insert_with(f),
        false => f(),
    }
}

/// The `k` values of `sorted` (ascending) nearest `hint`: a run of it,
/// grown from where `hint` would go towards the nearer neighbour.
fn nearest(sorted: &[usize], hint: usize, k: usize) -> &[usize] {
    let split = sorted.partition_point(|&s| s < hint);
    let (mut lo, mut hi) = (split, split);
    while hi - lo < k {
        match (lo.checked_sub(1).map(|l| sorted[l]), sorted.get(hi)) {
            (None, None) => break,
            (Some(l), Some(&r)) if hint - l <= r - hint => lo -= 1,
            (_, Some(_)) => hi += 1,
            (Some(_), None) => lo -= 1,
        }
    }
    &sorted[lo..hi]
}

/// Without the spaces a re-rendering may add around the quote.
fn trim(dom: &[u16], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && dom[s] == u16::from(b' ') {
        s += 1;
    }
    while e > s && dom[e - 1] == u16::from(b' ') {
        e -= 1;
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_takes_the_run_around_the_hint() {
        let s = [10, 20, 30, 40, 50];
        assert_eq!(nearest(&s, 32, 2), [30, 40]);
        assert_eq!(nearest(&s, 36, 3), [30, 40, 50]);
        assert_eq!(nearest(&s, 0, 2), [10, 20]);
        assert_eq!(nearest(&s, 99, 2), [40, 50]);
        assert_eq!(nearest(&s, 25, 9), s);
        assert_eq!(nearest(&s, 25, 0), [] as [usize; 0]);
        assert_eq!(nearest(&[], 25, 3), [] as [usize; 0]);
        // as near on both sides: the earlier one first
        assert_eq!(nearest(&s, 25, 1), [20]);
    }

    #[cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency
    mod property {
        use super::*;
        use crate::highlight::needles::naive;
        use proptest::prelude::*;

        /// Few words, so that passages repeat and a quote's candidates often
        /// compare the same text (on both sides of where it was).
        const WORDS: [&str; 5] = ["Kyiv", "said", "no", "  ", "Photo: EPA"];

        fn units(words: &[usize]) -> Vec<u16> {
            let text: String = words
                .iter()
                .map(|&w| WORDS[w])
                .collect::<Vec<_>>()
                .join(" ");
            text.encode_utf16().collect()
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2_000))]
            /// Remembering the distances of texts already compared places
            /// every quote where computing each distance anew does.
            #[test]
            fn remembered_distances_place_as_computed_ones(
                page in proptest::collection::vec(0..WORDS.len(), 0..60),
                exact in proptest::collection::vec(0..WORDS.len(), 1..6),
                prefix in proptest::collection::vec(0..WORDS.len(), 0..4),
                suffix in proptest::collection::vec(0..WORDS.len(), 0..4),
                hint in 0usize..400,
            ) {
                let dom = units(&page);
                let sel = Selectors {
                    exact: units(&exact),
                    prefix: units(&prefix),
                    suffix: units(&suffix),
                    hint,
                };
                let [p, s] = probes(&sel);
                let (p_at, s_at) = (naive(&dom, p), naive(&dom, s));
                let computed = place_with(&dom, &sel, &p_at, &s_at, Computed::default());
                prop_assert_eq!(place(&dom, &sel, &p_at, &s_at), computed);
            }
        }
    }
}
