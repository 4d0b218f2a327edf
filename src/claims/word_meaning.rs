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
use crate::phrase_table::PhraseTable;
use crate::text::tokens::TokenKind;

/// One number per vocabulary word, by word hash.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WordMeaning {
    /// Bits of [`word_hash`] (fewer bits: a smaller file, more false hits).
    pub bits: u8,
    pub scale: f32,
    /// Word hashes, ascending.
    hashes: Vec<u32>,
    /// Quantised numbers, parallel to `hashes`.
    q: Vec<i8>,
    /// The same, for look-ups (see [`table`]).
    table: PhraseTable,
}

/// A word hash's key in the table: the hash spread over 64 bits (a
/// multiplication by an odd number, so no two hashes share a key), as the
/// table finds a key's home slot by its top bits.
fn table_key(hash: u32) -> u64 {
    u64::from(hash).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Set in every stored value beside the number's byte, as the table keeps
/// non-zero values only and a number may be 0.
const STORED: u32 = 1 << 8;

/// Word hash → quantised number, open-addressed: a look-up reads a slot or
/// two, where a search of the sorted hashes read a bucket start, then hashes,
/// then the parallel numbers, in tables the rest of the pipeline has pushed
/// out of the cache by the next sentence. On a repeated hash (never in a
/// written table) the first number stays.
fn table(hashes: &[u32], q: &[i8]) -> PhraseTable {
    let mut table = PhraseTable::with_capacity(hashes.len());
    for (&h, &q) in hashes.iter().zip(q) {
        let key = table_key(h);
        if table.get(key).is_none() {
            table.or_insert(key, STORED | u32::from(q as u8));
        }
    }
    table
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
        let hashes: Vec<u32> = pairs.iter().map(|p| p.0).collect();
        let q: Vec<i8> = pairs.iter().map(|p| p.2).collect();
        WordMeaning {
            bits,
            scale,
            table: table(&hashes, &q),
            hashes,
            q,
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
        let q = self.stored(word_hash(key, self.bits))?;
        Some(f32::from(q) * self.scale)
    }

    /// The quantised number stored for a word hash.
    fn stored(&self, hash: u32) -> Option<i8> {
        let value = self.table.get(table_key(hash))?;
        Some(value as u8 as i8)
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
        leb128::write_deltas(&self.hashes, out);
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
        let hashes = leb128::read_deltas(b, pos, count)?;
        let q: Vec<i8> = b
            .get(*pos..*pos + count)
            .ok_or("word-meaning table truncated")?
            .iter()
            .map(|&x| x as i8)
            .collect();
        *pos += count;
        Ok(WordMeaning {
            bits,
            scale,
            table: table(&hashes, &q),
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
    fn every_stored_word_hash_finds_its_number_and_no_other_does() {
        let m = crate::claims::scorer::builtin()
            .meaning
            .as_ref()
            .expect("the committed model has a word-meaning table");
        assert!(m.len() > 5_000);
        for (&h, &q) in m.hashes.iter().zip(&m.q) {
            assert_eq!(m.stored(h), Some(q), "hash {h}");
        }
        let stored: std::collections::HashSet<u32> = m.hashes.iter().copied().collect();
        let mask = (1u32 << m.bits) - 1;
        let absent: Vec<u32> = (0..100_000u32)
            .map(|i| i.wrapping_mul(2_654_435_761) & mask)
            .filter(|h| !stored.contains(h))
            .collect();
        assert!(absent.len() > 90_000);
        assert!(absent.iter().all(|&h| m.stored(h).is_none()));
        assert_eq!(WordMeaning::default().number("percent"), None);
        let empty = WordMeaning::quantise([], 24);
        assert_eq!(empty.number("percent"), None);
        let one = WordMeaning::quantise([("percent", 1.0)], 24);
        assert_eq!(one.number("percent"), Some(1.0));
        assert_eq!(one.number("jobs"), None);
    }

    #[test]
    fn a_repeated_hash_in_a_file_keeps_its_first_number() {
        let t = table();
        let (first, second) = (t.hashes[0], t.hashes[1]);
        let forged = WordMeaning {
            hashes: vec![first, first, second],
            q: vec![t.q[0], -t.q[0], t.q[1]],
            ..t.clone()
        };
        let mut bytes = Vec::new();
        forged.write(&mut bytes);
        let read = WordMeaning::read(&bytes, &mut 0).unwrap();
        assert_eq!(read.stored(first), Some(t.q[0]));
        assert_eq!(read.stored(second), Some(t.q[1]));
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
