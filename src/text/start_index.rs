//! "The first token starting at or after byte p", answered from the 64-byte
//! block of text that p falls in.
//!
//! The entity layer's document passes look up the tokens around every name
//! (where it starts, where it ends), some thirty look-ups a name, in the token
//! list of the whole document; the quotation rules do so for every sentence. As binary searches over it (16 bytes a token natively: 6.4 MB for
//! a 2 MB text) each cost about 20 dependent loads, most of them cache misses:
//! 20% of the native pipeline's time on the 2 MB mix of articles went there
//! (`perf`, the binary searches inlined into `Tagger::tag`). A table of the
//! first token of each block (one index per 64 bytes of text, 1/16 of the text
//! in wasm) narrows a search to the dozen tokens of one block.

use super::paged::{partition_indices, Paged};
use super::tokens::Token;
use std::ops::Range;

/// A token's byte range in the text.
pub trait Bounds {
    fn start(&self) -> usize;
    fn end(&self) -> usize;
}

impl Bounds for (usize, usize) {
    fn start(&self) -> usize {
        self.0
    }
    fn end(&self) -> usize {
        self.1
    }
}

impl Bounds for Token {
    fn start(&self) -> usize {
        self.span.start
    }
    fn end(&self) -> usize {
        self.span.end
    }
}

/// Tokens by index: a `Vec` of them, or a [`Paged`] list.
pub trait TokenList {
    fn count(&self) -> usize;
    fn start_of(&self, k: usize) -> usize;
    fn end_of(&self, k: usize) -> usize;
}

/// The same three methods for each kind of list.
macro_rules! token_list {
    ($($list:ty),*) => {$(
        impl<B: Bounds> TokenList for $list {
            fn count(&self) -> usize {
                self.len()
            }
            #[inline]
            fn start_of(&self, k: usize) -> usize {
                self[k].start()
            }
            #[inline]
            fn end_of(&self, k: usize) -> usize {
                self[k].end()
            }
        }
    )*};
}

token_list!(Vec<B>, Paged<B>);

/// Bytes of text per block.
const BLOCK: usize = 64;

/// For each 64-byte block of the text, the first token starting in it or later.
#[derive(Clone, Debug, Default)]
pub struct StartIndex {
    /// `first[b]`: the first token whose start is `>= b * BLOCK`; one entry
    /// past the block of the last token's start, holding the token count.
    first: Vec<usize>,
}

impl StartIndex {
    /// The index of `tokens`, byte spans in text order that do not overlap.
    pub fn new(tokens: &impl TokenList) -> StartIndex {
        let n = tokens.count();
        debug_assert!(
            (1..n).all(|k| tokens.end_of(k - 1) <= tokens.start_of(k)),
            "tokens in text order, not overlapping"
        );
        let blocks = n
            .checked_sub(1)
            .map_or(0, |last| tokens.start_of(last) / BLOCK + 1);
        let mut first = Vec::with_capacity(blocks + 1);
        let mut k = 0;
        for b in 0..=blocks {
            while k < n && tokens.start_of(k) < b * BLOCK {
                k += 1;
            }
            first.push(k);
        }
        StartIndex { first }
    }

    /// The tokens among which the first one starting at or after `pos` lies
    /// (the range may end at the token count).
    #[inline]
    fn candidates(&self, pos: usize) -> Range<usize> {
        let b = pos / BLOCK;
        match (self.first.get(b), self.first.get(b + 1)) {
            (Some(&lo), Some(&hi)) => lo..hi,
            // past the block of the last start: every token starts before `pos`
            _ => {
                let n = self.first.last().copied().unwrap_or(0);
                n..n
            }
        }
    }

    /// `tokens.partition_point(|t| t.0 < pos)`: the first token (of the
    /// tokens this index was built from) starting at or after `pos`.
    #[inline]
    pub fn first_starting_from(&self, tokens: &impl TokenList, pos: usize) -> usize {
        partition_indices(self.candidates(pos), |k| tokens.start_of(k) < pos)
    }

    /// `tokens.partition_point(|t| t.1 < pos)`: the first token ending at or
    /// after `pos`. It is the one before the first token starting at or after
    /// `pos`, when that one reaches `pos`, else that token: the ends of the
    /// tokens before lie at or before the next token's start, below `pos`.
    #[inline]
    pub fn first_ending_from(&self, tokens: &impl TokenList, pos: usize) -> usize {
        let k = self.first_starting_from(tokens, pos);
        match k.checked_sub(1) {
            Some(p) if tokens.end_of(p) >= pos => p,
            _ => k,
        }
    }

    /// `tokens.partition_point(|t| t.1 <= pos)`: the first token ending after
    /// `pos`, so that with [`Self::first_starting_from`] the tokens inside a
    /// span are `first_starting_from(start)..first_ending_after(end)`.
    #[inline]
    pub fn first_ending_after(&self, tokens: &impl TokenList, pos: usize) -> usize {
        self.first_ending_from(tokens, pos.saturating_add(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokens from (gap before, length) pairs.
    fn tokens(parts: &[(usize, usize)]) -> Vec<(usize, usize)> {
        let mut at = 0;
        parts
            .iter()
            .map(|&(gap, len)| {
                let start = at + gap;
                at = start + len;
                (start, at)
            })
            .collect()
    }

    #[test]
    fn finds_tokens_by_their_start_and_end() {
        // a 130-byte gap leaves two blocks without a token start
        let t = tokens(&[(0, 3), (1, 2), (130, 5), (0, 1), (60, 4)]);
        assert_eq!(t, [(0, 3), (4, 6), (136, 141), (141, 142), (202, 206)]);
        let index = StartIndex::new(&t);
        let from = |p| index.first_starting_from(&t, p);
        let ending = |p| index.first_ending_from(&t, p);
        assert_eq!(
            [from(0), from(1), from(4), from(5), from(100)],
            [0, 1, 1, 2, 2]
        );
        assert_eq!(
            [from(141), from(142), from(206), from(10_000)],
            [3, 4, 5, 5]
        );
        assert_eq!([ending(0), ending(3), ending(4), ending(7)], [0, 0, 1, 2]);
        assert_eq!(
            [ending(141), ending(142), ending(206), ending(207)],
            [2, 3, 4, 5]
        );
        let empty: Vec<(usize, usize)> = Vec::new();
        let none = StartIndex::new(&empty);
        assert_eq!(none.first_starting_from(&empty, 0), 0);
        assert_eq!(none.first_ending_from(&empty, 50), 0);
    }

    #[cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency
    mod property {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(300))]

            /// The same answers as the binary searches over every token, at every
            /// byte, with gaps and tokens across block bounds (adjacent tokens too).
            #[test]
            fn agrees_with_binary_search(parts in prop::collection::vec((0usize..150, 1usize..90), 0..60)) {
                let t = tokens(&parts);
                let index = StartIndex::new(&t);
                let paged: Paged<(usize, usize)> = t.iter().copied().collect();
                let last = t.last().map_or(0, |t| t.1);
                for pos in 0..last + 70 {
                    prop_assert_eq!(index.first_starting_from(&paged, pos), index.first_starting_from(&t, pos));
                    prop_assert_eq!(index.first_ending_after(&paged, pos), index.first_ending_after(&t, pos));
                    prop_assert_eq!(index.first_starting_from(&t, pos), t.partition_point(|x| x.0 < pos));
                    prop_assert_eq!(index.first_ending_from(&t, pos), t.partition_point(|x| x.1 < pos));
                    prop_assert_eq!(index.first_ending_after(&t, pos), t.partition_point(|x| x.1 <= pos));
                }
            }
        }
    }
}
