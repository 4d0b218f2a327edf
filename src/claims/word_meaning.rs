//! Word meaning: one learnt number per common English word, so that words the
//! debate data never showed still count by what they mean.
//!
//! The trainer gives the scorer a sentence's mean word vector (pretrained GloVe
//! vectors, `scripts/claims_embeddings.sh`) as 100 extra features. A linear model
//! reads them as w·mean(e) = mean(w·e), so the whole block folds into one number
//! per vocabulary word, s(word) = w·e(word): the scorer adds the mean of s over
//! the sentence's words found in the table. No vector ships, only the numbers
//! (int8), keyed by a hash of the word. Measured in `data/claims/README.md`.
//!
//! Table bytes (little-endian; inside the weights file, see `weights.rs`): `u8`
//! hash bits; `f32` scale; `u32` count; `count` LEB128 deltas of the ascending
//! word hashes; `count` `i8` numbers / scale, in the same order.

use super::weights::{int8_scale, to_int8};
use super::words::Word;
use crate::leb128;
use crate::sorted_keys::SortedKeys;
use crate::text::tokens::TokenKind;

/// One number per vocabulary word, by word hash.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WordMeaning {
    /// Bits of [`word_hash`] (fewer bits: a smaller file, more false hits).
    pub bits: u8,
    pub scale: f32,
    /// Word hashes, ascending.
    hashes: SortedKeys,
    /// Quantised numbers, parallel to `hashes`.
    q: Vec<i8>,
}

/// Whether a token counts: words and numbers, not punctuation or symbols.
pub fn looked_up(w: &Word) -> bool {
    w.is_alpha() || w.kind == TokenKind::Number
}

/// FNV-1a of the word's key, folded to `bits` bits.
pub fn word_hash(key: &str, bits: u8) -> u32 {
    crate::fnv::hash32_folded(&[key], u32::from(bits))
}

impl WordMeaning {
    /// Quantises `(key, number)` pairs, most frequent word first: on a hash
    /// collision the earlier word keeps the slot.
    pub fn quantise<'a>(words: impl IntoIterator<Item = (&'a str, f32)>, bits: u8) -> Self {
        let words: Vec<(&str, f32)> = words.into_iter().collect();
        let scale = int8_scale(words.iter().map(|&(_, v)| v));
        let mut pairs: Vec<(u32, usize, i8)> = words
            .iter()
            .enumerate()
            .map(|(rank, &(w, v))| (word_hash(w, bits), rank, to_int8(v, scale)))
            .collect();
        pairs.sort_unstable();
        pairs.dedup_by_key(|p| p.0);
        WordMeaning {
            bits,
            scale,
            hashes: SortedKeys::new(pairs.iter().map(|p| p.0).collect()),
            q: pairs.iter().map(|p| p.2).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.q.len()
    }

    pub fn is_empty(&self) -> bool {
        self.q.is_empty()
    }

    /// The number of one word key (`None`: not in the table).
    pub fn number(&self, key: &str) -> Option<f32> {
        let i = self.hashes.position(word_hash(key, self.bits))?;
        Some(f32::from(self.q[i]) * self.scale)
    }

    /// What the sentence's words add to its logit: the mean number of those in
    /// the table, 0 when none is.
    pub fn logit(&self, words: &[Word]) -> f32 {
        let (mut sum, mut n) = (0f32, 0u32);
        for w in words.iter().filter(|w| looked_up(w)) {
            if let Some(v) = self.number(&w.key) {
                sum += v;
                n += 1;
            }
        }
        if n == 0 {
            0.0
        } else {
            sum / n as f32
        }
    }

    pub fn write(&self, out: &mut Vec<u8>) {
        out.push(self.bits);
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&(self.q.len() as u32).to_le_bytes());
        leb128::write_deltas(self.hashes.as_slice(), out);
        out.extend(self.q.iter().map(|&q| q as u8));
    }

    /// Reads a table at `b[*pos..]`, moving `pos` past it.
    pub fn read(b: &[u8], pos: &mut usize) -> Result<WordMeaning, String> {
        let header = b
            .get(*pos..*pos + 9)
            .ok_or("word-meaning table truncated")?;
        let bits = header[0];
        let scale = f32::from_le_bytes([header[1], header[2], header[3], header[4]]);
        let count = u32::from_le_bytes([header[5], header[6], header[7], header[8]]) as usize;
        *pos += 9;
        let hashes = SortedKeys::new(leb128::read_deltas(b, pos, count)?);
        let q = b
            .get(*pos..*pos + count)
            .ok_or("word-meaning table truncated")?
            .iter()
            .map(|&x| x as i8)
            .collect();
        *pos += count;
        Ok(WordMeaning {
            bits,
            scale,
            hashes,
            q,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::words::words;
    use crate::text::span::Span;

    fn table() -> WordMeaning {
        WordMeaning::quantise(
            [("percent", 1.27), ("unemployment", 0.635), ("hello", -1.0)],
            24,
        )
    }

    #[test]
    fn a_sentence_adds_the_mean_number_of_its_known_words() {
        let t = table();
        let text = "Unemployment rose 5 percent, hello!";
        let ws = words(text, Span::new(0, text.len()));
        // unemployment 0.635, percent 1.27, hello -1.0 (rounded to int8 steps);
        // "rose", "5", "," and "!" are not in the table.
        let want = (0.635 + 1.27 - 1.0) / 3.0;
        assert!((t.logit(&ws) - want).abs() < 0.02, "{}", t.logit(&ws));
        let none = "Nothing known here";
        assert_eq!(t.logit(&words(none, Span::new(0, none.len()))), 0.0);
    }

    #[test]
    fn keys_are_case_folded_words() {
        let t = table();
        assert!(t.number("percent").is_some());
        assert!(
            t.number("Percent").is_none(),
            "the scorer looks up lowercase keys"
        );
        assert_eq!(t.number("zebra"), None);
    }

    #[test]
    fn on_a_collision_the_more_frequent_word_keeps_the_slot() {
        // With 1 bit of hash, at most two slots: later words collide.
        let t = WordMeaning::quantise([("a", 1.0), ("b", -1.0), ("c", 0.5), ("d", 0.25)], 1);
        assert!(t.len() <= 2);
        assert_eq!(t.number("a"), Some(1.0));
    }

    #[test]
    fn bytes_round_trip() {
        let t = table();
        let mut b = vec![7];
        t.write(&mut b);
        let mut pos = 1;
        assert_eq!(WordMeaning::read(&b, &mut pos), Ok(t));
        assert_eq!(pos, b.len());
        for cut in 1..b.len() {
            let mut pos = 1;
            assert!(
                WordMeaning::read(&b[..cut], &mut pos).is_err(),
                "cut at {cut}"
            );
        }
    }
}
