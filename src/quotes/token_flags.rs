//! One yes/no fact per token ("is a word", "is a word outside quotations"),
//! with "how many before token k" and "the last one before token k" in O(1).
//!
//! The cue index answers these for every quotation. A number per token (a
//! running count, or the last hit's index) answers them in one read, but at 4
//! bytes a token two such lists were a fifth of the wasm heap during the
//! quotation layer on a 2 MB text. Here a token costs one bit, and every block
//! of 64 tokens one count and one index, a quarter of a byte a token: an answer
//! is one block's summary plus one masked word of bits.

const NONE: u32 = u32::MAX;

pub(crate) struct TokenFlags {
    /// Bit `k % 64` of `bits[k / 64]`: the fact for token `k`. One word more
    /// than the tokens need, so that `k == len` has a block.
    bits: Vec<u64>,
    /// Per block: how many tokens before it have the fact.
    count: Vec<u32>,
    /// Per block: the last token before it with the fact, or `NONE`.
    last: Vec<u32>,
}

impl TokenFlags {
    /// The fact `has(k)` for each of tokens `0..n`, asked in that order.
    pub fn new(n: usize, mut has: impl FnMut(usize) -> bool) -> Self {
        let blocks = n / 64 + 1;
        let mut bits = vec![0u64; blocks];
        for k in (0..n).filter(|&k| has(k)) {
            bits[k / 64] |= 1 << (k % 64);
        }
        let (mut count, mut last) = (Vec::with_capacity(blocks), Vec::with_capacity(blocks));
        let (mut c, mut l) = (0u32, NONE);
        for (b, &word) in bits.iter().enumerate() {
            count.push(c);
            last.push(l);
            c += word.count_ones();
            if word != 0 {
                l = (b * 64 + 63 - word.leading_zeros() as usize) as u32;
            }
        }
        TokenFlags { bits, count, last }
    }

    /// The flags of the tokens before `k` in `k`'s block.
    fn below(&self, k: usize) -> u64 {
        self.bits[k / 64] & ((1u64 << (k % 64)) - 1)
    }

    /// How many of tokens `0..k` have the fact (`k` at most the token count).
    pub fn count_before(&self, k: usize) -> usize {
        self.count[k / 64] as usize + self.below(k).count_ones() as usize
    }

    /// The last of tokens `0..k` with the fact.
    pub fn last_before(&self, k: usize) -> Option<usize> {
        match self.below(k) {
            0 => Some(self.last[k / 64])
                .filter(|&l| l != NONE)
                .map(|l| l as usize),
            m => Some(k / 64 * 64 + 63 - m.leading_zeros() as usize),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every answer against a walk, on patterns across block edges.
    #[test]
    fn answers_as_a_walk_does() {
        for n in [0, 1, 63, 64, 65, 130, 300] {
            for pattern in 0..6u64 {
                let has = |k: usize| match pattern {
                    0 => false,
                    1 => true,
                    2 => k % 3 == 0,
                    3 => k == 64 || k == 129,
                    4 => k + 1 == n,
                    _ => (k as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 61 == 0,
                };
                let flags = TokenFlags::new(n, has);
                for k in 0..=n {
                    assert_eq!(flags.count_before(k), (0..k).filter(|&j| has(j)).count());
                    assert_eq!(flags.last_before(k), (0..k).rev().find(|&j| has(j)));
                }
            }
        }
    }
}
