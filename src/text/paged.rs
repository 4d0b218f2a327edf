//! A list kept in pages of [`PAGE`] items rather than in one block.
//!
//! Why: wasm memory never shrinks, and a block that fits none of the holes
//! the earlier layers left grows it for good. The quotation rules' token list
//! is one token per word and mark of the whole document (12 bytes a token in
//! wasm, 4.4 MB for the 2 MB mix of articles); allocated after the entity
//! layer, in one block, it fitted no hole and took the benchmark's peak from
//! 15.2 to 19.7 MB (9.8× the input, against the 10× budget). Pages of 48 KB
//! fit the holes. An item is found by two indexings, shift and mask.

use std::ops::{Index, Range};

/// Items a page holds (a power of two, so an index splits by shift and mask).
pub const PAGE: usize = 1 << 12;

/// Items in order, in pages of [`PAGE`] allocated one at a time.
#[derive(Clone, Debug, Default)]
pub struct Paged<T> {
    pages: Vec<Vec<T>>,
    len: usize,
}

impl<T> Paged<T> {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn get(&self, i: usize) -> Option<&T> {
        self.pages.get(i / PAGE).and_then(|p| p.get(i % PAGE))
    }

    /// The first index in `range` for which `pred` is false, where `pred`
    /// holds for a prefix of the range (as [`slice::partition_point`]).
    pub fn partition_point(&self, range: Range<usize>, mut pred: impl FnMut(&T) -> bool) -> usize {
        partition_indices(range.start..range.end.min(self.len), |i| pred(&self[i]))
    }
}

/// The first index in `range` for which `pred` is false, where `pred` holds
/// for a prefix of the range: [`slice::partition_point`] over indices, for
/// lists that are not one slice (`range.start` when the range is empty).
pub fn partition_indices(range: Range<usize>, mut pred: impl FnMut(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (range.start, range.end);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if pred(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

impl<T> FromIterator<T> for Paged<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut list = Paged {
            pages: Vec::new(),
            len: 0,
        };
        for item in items {
            if list.len % PAGE == 0 {
                list.pages.push(Vec::with_capacity(PAGE));
            }
            list.pages[list.len / PAGE].push(item);
            list.len += 1;
        }
        list
    }
}

impl<T> Index<usize> for Paged<T> {
    type Output = T;

    #[inline]
    fn index(&self, i: usize) -> &T {
        &self.pages[i / PAGE][i % PAGE]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_across_pages_keep_their_index() {
        let n = 2 * PAGE + 5;
        let list: Paged<usize> = (0..n).map(|i| i * 3).collect();
        assert_eq!(list.len(), n);
        assert_eq!(list.pages.len(), 3);
        assert!(list.pages.iter().all(|p| p.capacity() == PAGE));
        for i in [0, 1, PAGE - 1, PAGE, PAGE + 1, 2 * PAGE, n - 1] {
            assert_eq!(list[i], i * 3);
            assert_eq!(list.get(i), Some(&(i * 3)));
        }
        assert_eq!(list.get(n), None);
        assert_eq!(list.get(usize::MAX), None);
    }

    #[test]
    fn an_empty_list_has_no_page() {
        let list: Paged<u8> = std::iter::empty().collect();
        assert!(list.is_empty());
        assert!(list.pages.is_empty());
        assert_eq!(list.get(0), None);
        assert_eq!(list.partition_point(0..10, |_| true), 0);
    }

    #[test]
    #[should_panic]
    fn indexing_past_the_end_panics_as_a_slice_does() {
        let list: Paged<u8> = [1, 2, 3].into_iter().collect();
        let _ = list[3];
    }

    #[test]
    fn partition_point_agrees_with_the_slices_over_any_range() {
        let items: Vec<usize> = (0..PAGE + 40).map(|i| i / 7).collect();
        let list: Paged<usize> = items.iter().copied().collect();
        for (a, b) in [
            (0, items.len()),
            (3, 90),
            (PAGE - 10, PAGE + 20),
            (50, 50),
            (9, 4),
        ] {
            for cut in [0, 1, 12, 600, PAGE / 7, usize::MAX] {
                let want = a + items[a..b.max(a)].partition_point(|&x| x < cut);
                assert_eq!(
                    list.partition_point(a..b, |&x| x < cut),
                    want,
                    "{a}..{b} < {cut}"
                );
            }
        }
        // a range past the end stops at the end
        assert_eq!(list.partition_point(0..usize::MAX, |_| true), items.len());
    }
}
