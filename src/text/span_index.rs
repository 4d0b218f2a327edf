//! "Does any of these spans overlap (or contain) this one?" in O(log n).
//!
//! Several passes ask that question once per candidate against every span
//! found so far; asked with a scan, it makes them quadratic on long inputs (a
//! caption line repeated 50,000 times, 100,000 capitalised words). Here the
//! spans are sorted by start once, and a Fenwick tree keeps the largest end
//! over every prefix of that order: a span `s` overlaps one of them exactly
//! when the largest end among those starting before `s.end` is past
//! `s.start`, which is [`Span::overlaps`] for every pair, empty spans
//! included. Spans can be added later (all candidates are known up front,
//! absent until inserted) and ends may grow, so passes that extend a name
//! while they scan stay exact.

use super::span::Span;

/// A set of spans, each identified by its index in the slice it was built from.
pub struct SpanIndex {
    /// Starts in sorted order.
    starts: Vec<usize>,
    /// For each span id, its position in `starts`.
    slot: Vec<usize>,
    /// Fenwick tree over sorted positions of `end + 1` (0: absent).
    tree: Vec<usize>,
    spans: Vec<Span>,
}

impl SpanIndex {
    /// An index holding every span of `spans`.
    pub fn new(spans: &[Span]) -> SpanIndex {
        let mut index = SpanIndex::with_absent(spans);
        for id in 0..spans.len() {
            index.insert(id);
        }
        index
    }

    /// An index that knows `spans` but holds none of them until [`Self::insert`].
    pub fn with_absent(spans: &[Span]) -> SpanIndex {
        let mut order: Vec<usize> = (0..spans.len()).collect();
        crate::sort::by_key(&mut order, |&id| spans[id].start);
        let mut slot = vec![0; spans.len()];
        for (pos, &id) in order.iter().enumerate() {
            slot[id] = pos;
        }
        SpanIndex {
            starts: order.iter().map(|&id| spans[id].start).collect(),
            slot,
            tree: vec![0; spans.len() + 1],
            spans: spans.to_vec(),
        }
    }

    /// Adds span `id` (as given to the constructor, or as last extended).
    pub fn insert(&mut self, id: usize) {
        self.raise(self.slot[id], self.spans[id].end + 1);
    }

    /// Moves the end of span `id` to `end`, which must not be before its old
    /// end, and holds the span.
    pub fn extend_end(&mut self, id: usize, end: usize) {
        debug_assert!(end >= self.spans[id].end, "ends only grow");
        self.spans[id].end = end;
        self.insert(id);
    }

    fn raise(&mut self, pos: usize, value: usize) {
        let mut i = pos + 1;
        while i < self.tree.len() {
            self.tree[i] = self.tree[i].max(value);
            i += i & i.wrapping_neg();
        }
    }

    /// The largest `end + 1` among held spans at sorted positions `0..k` (0 if none).
    fn prefix_max(&self, k: usize) -> usize {
        let (mut i, mut best) = (k, 0);
        while i > 0 {
            best = best.max(self.tree[i]);
            i -= i & i.wrapping_neg();
        }
        best
    }

    /// Whether a held span overlaps `s` ([`Span::overlaps`]).
    pub fn any_overlapping(&self, s: Span) -> bool {
        let k = self.starts.partition_point(|&start| start < s.end);
        self.prefix_max(k) > s.start + 1
    }

    /// Whether a held span contains `s` ([`Span::contains`]).
    pub fn any_containing(&self, s: Span) -> bool {
        let k = self.starts.partition_point(|&start| start <= s.start);
        self.prefix_max(k) > s.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every query answers as the scan it replaces, on small exhaustive cases.
    #[test]
    fn agrees_with_a_scan() {
        let spans: Vec<Span> = [(0, 3), (2, 2), (5, 9), (6, 7), (9, 12), (4, 4)]
            .iter()
            .map(|&(a, b)| Span::new(a, b))
            .collect();
        let mut index = SpanIndex::with_absent(&spans);
        let mut held: Vec<Span> = Vec::new();
        for id in [3, 0, 5, 1, 4, 2] {
            index.insert(id);
            held.push(spans[id]);
            for a in 0..14 {
                for b in a..14 {
                    let s = Span::new(a, b);
                    assert_eq!(
                        index.any_overlapping(s),
                        held.iter().any(|h| h.overlaps(s)),
                        "{s:?}"
                    );
                    assert_eq!(
                        index.any_containing(s),
                        held.iter().any(|h| h.contains(s)),
                        "{s:?}"
                    );
                }
            }
        }
        index.extend_end(3, 11);
        assert!(index.any_containing(Span::new(8, 11)));
    }
}
