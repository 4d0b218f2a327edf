//! The document's word tokens numbered across sentences, read through the
//! tagger's per-sentence lists instead of a flat copy of them.
//!
//! Document-level passes ask for "token k" and "the token starting at byte p".
//! A flat copy of every span costs 16 bytes a token (about 3 bytes an input
//! byte) on top of the lists it copies; this index holds one number a
//! sentence. A look-up is a binary search over sentences (and one over tokens
//! for a byte position): the passes make a few per name.

/// Token spans `(start, end)` in text order, numbered from 0 across sentences.
pub struct FlatTokens<'a> {
    /// The non-empty sentences, each with the number of tokens before it.
    parts: Vec<(usize, &'a [(usize, usize)])>,
    len: usize,
}

impl<'a> FlatTokens<'a> {
    pub fn new(sentences: &'a [Vec<(usize, usize)>]) -> Self {
        let mut parts = Vec::new();
        let mut len = 0;
        for s in sentences.iter().filter(|s| !s.is_empty()) {
            parts.push((len, s.as_slice()));
            len += s.len();
        }
        FlatTokens { parts, len }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The span of token `k`, `None` past the last token.
    pub fn get(&self, k: usize) -> Option<(usize, usize)> {
        let i = self.parts.partition_point(|p| p.0 <= k).checked_sub(1)?;
        let (first, toks) = self.parts[i];
        toks.get(k - first).copied()
    }

    /// Whether token `k` is the first of its sentence (`false` past the last).
    pub fn starts_sentence(&self, k: usize) -> bool {
        let i = self.parts.partition_point(|p| p.0 <= k);
        k < self.len && i > 0 && self.parts[i - 1].0 == k
    }

    /// Every span, in order.
    pub fn iter(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.parts.iter().flat_map(|p| p.1).copied()
    }

    /// The token starting at byte `pos`, if one does. Tokens are non-empty
    /// and in text order, so starts (and ends) strictly increase.
    pub fn starting_at(&self, pos: usize) -> Option<usize> {
        self.find(pos, |t| t.0)
    }

    /// The token ending at byte `pos`, if one does.
    pub fn ending_at(&self, pos: usize) -> Option<usize> {
        self.find(pos, |t| t.1)
    }

    /// The first token whose key is `pos`: the sentence first, then the token.
    fn find(&self, pos: usize, key: impl Fn((usize, usize)) -> usize) -> Option<usize> {
        let i = self
            .parts
            .partition_point(|p| p.1.last().map_or(true, |&t| key(t) < pos));
        let (first, toks) = *self.parts.get(i)?;
        let j = toks.partition_point(|&t| key(t) < pos);
        toks.get(j).filter(|&&t| key(t) == pos).map(|_| first + j)
    }
}

/// Every token span of `sentences` in one list, allocated once at its exact
/// length (collecting a flattened iterator grows by doubling: up to twice the
/// 16 bytes a token). For passes that index tokens heavily; others read
/// through [`FlatTokens`].
pub fn copy(sentences: &[Vec<(usize, usize)>]) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(sentences.iter().map(Vec::len).sum());
    out.extend(sentences.iter().flatten().copied());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_tokens_across_sentences_and_empty_ones() {
        let sentences = vec![vec![(0, 3), (4, 6)], vec![], vec![(7, 9)], vec![]];
        let flat = FlatTokens::new(&sentences);
        assert_eq!(flat.len(), 3);
        assert_eq!(flat.get(0), Some((0, 3)));
        assert_eq!(flat.get(2), Some((7, 9)));
        assert_eq!(flat.get(3), None);
        assert_eq!(flat.iter().count(), 3);
        assert_eq!(flat.starting_at(7), Some(2));
        assert_eq!(flat.ending_at(6), Some(1));
        assert_eq!(flat.starting_at(5), None);
        assert_eq!(flat.ending_at(99), None);
        let starts: Vec<bool> = (0..4).map(|k| flat.starts_sentence(k)).collect();
        assert_eq!(starts, [true, false, true, false]);
        assert!(FlatTokens::new(&[]).is_empty());
        assert_eq!(copy(&sentences), [(0, 3), (4, 6), (7, 9)]);
    }
}
