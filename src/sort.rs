//! Stable sorting with one shared instantiation in the wasm build.
//!
//! The standard library's stable sort (driftsort) is generic over the element
//! and the comparison: each `sort_by_key` call site adds some 4 KB of wasm, and
//! the annotator has a few dozen of them. In the wasm build these functions sort
//! a list of indices instead, through a `dyn` comparison, so the sort itself is
//! compiled once; the elements are then moved into place by following the
//! permutation's cycles. Natively they are the standard library's own sorts, so
//! native speed is unchanged.
//!
//! Both ways are stable sorts by the same total order, so they leave any slice
//! in exactly the same order.

use std::cmp::Ordering;

/// Sorts `v` stably by `key`, as [`slice::sort_by_key`] does.
pub fn by_key<T, K: Ord>(v: &mut [T], key: impl FnMut(&T) -> K) {
    #[cfg(target_arch = "wasm32")]
    {
        let mut key = key;
        by(v, |a, b| key(a).cmp(&key(b)));
    }
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by_key(key);
}

/// Sorts `v` stably by `compare`, as [`slice::sort_by`] does.
pub fn by<T>(v: &mut [T], compare: impl FnMut(&T, &T) -> Ordering) {
    #[cfg(target_arch = "wasm32")]
    {
        let mut compare = compare;
        let order = sorted_order(v.len(), &mut |a, b| compare(&v[a], &v[b]));
        permute(order, &mut |a, b| v.swap(a, b));
    }
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by(compare);
}

/// The indices `0..len` in stable sorted order: `order[i]` is the index of the
/// element that belongs at `i`.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn sorted_order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Applies `order` (from [`sorted_order`]) with swaps: each cycle of the
/// permutation is walked once, each swap putting one element in its place.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn permute(mut order: Vec<usize>, swap: &mut dyn FnMut(usize, usize)) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at];
            // Mark `at` as placed, so the outer loop skips this cycle later.
            order[at] = at;
            if from == start {
                break;
            }
            swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The wasm build's path, run natively against the standard library.
    fn shared_path<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
        let order = sorted_order(v.len(), &mut |a, b| compare(&v[a], &v[b]));
        permute(order, &mut |a, b| v.swap(a, b));
    }

    #[test]
    fn matches_the_standard_stable_sort() {
        // Pairs sorted by their first half only, so stability shows.
        let mut seed = 7u64;
        for len in 0..200 {
            let mut v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_by_key(|p| p.0);
            shared_path(&mut v, |a, b| a.0.cmp(&b.0));
            assert_eq!(v, expected, "length {len}");
        }
    }

    #[test]
    fn native_functions_sort_stably() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')];
        by_key(&mut v, |p| p.0);
        assert_eq!(v, [(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        by(&mut v, |a, b| b.0.cmp(&a.0));
        assert_eq!(v, [(2, 'a'), (2, 'c'), (1, 'b'), (1, 'd')]);
    }
}
