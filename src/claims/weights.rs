//! A fitted linear model: quantised, pruned weights over the hashed features, in
//! a small binary file (`data/claims/weights.bin`) that can be swapped.
//!
//! Format (little-endian): magic `CWv2`; `u8` hash bits; `u8` flags (bit 0: the
//! model reads n-gram features); `f32` bias (with the decision threshold folded
//! in, so a logit of 0 is the threshold); `f32` scale; `u32` count; then `count`
//! LEB128 deltas of the feature indices; then `count` `i8` weights / scale, in
//! the same order. Weights are int8 because the score's resolution needs no
//! more, and only non-zero ones are stored: the file stays a few tens of
//! kilobytes. Indices and weights are stored apart (not as pairs, as `CWv1`
//! did) because the wasm package is served gzipped, and two runs of like bytes
//! compress 3.6 KB better than interleaved pairs. With flag bit 1 set, a
//! word-meaning table follows (`word_meaning.rs`).

use super::features::HASH_BITS;
use super::word_meaning::WordMeaning;
use super::words::Word;
use crate::leb128;

const MAGIC: &[u8; 4] = b"CWv2";
/// Flag bit: a word-meaning table follows the weights.
const HAS_MEANING: u8 = 2;

/// The scale that maps the largest magnitude of `values` to 127 (1 when all are 0).
pub(super) fn int8_scale(values: impl Iterator<Item = f32>) -> f32 {
    let max = values.fold(0f32, |m, v| m.max(v.abs()));
    if max > 0.0 {
        max / 127.0
    } else {
        1.0
    }
}

/// `v` in units of `scale`, rounded into −127..=127.
pub(super) fn to_int8(v: f32, scale: f32) -> i8 {
    (v / scale).round().clamp(-127.0, 127.0) as i8
}

/// A linear model over binary features.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Model {
    /// The model reads word n-gram features (otherwise only the `c:` cue features).
    pub ngrams: bool,
    pub bias: f32,
    pub scale: f32,
    /// Feature indices, ascending.
    index: Vec<u32>,
    /// Quantised weights, parallel to `index`.
    q: Vec<i8>,
    /// The same weights by feature index, for scoring (see [`ByFeature`]).
    by_feature: ByFeature,
    /// One number per common word, fitted with the weights (`word_meaning.rs`).
    pub meaning: Option<WordMeaning>,
}

impl Model {
    /// Quantises dense weights to int8 (pruning those that round to zero).
    pub fn quantise(dense: &[f32], bias: f32, ngrams: bool) -> Model {
        let scale = int8_scale(dense.iter().copied());
        let mut model = Model {
            ngrams,
            bias,
            scale,
            ..Model::default()
        };
        let mut index = Vec::new();
        for (i, w) in dense.iter().enumerate() {
            let q = to_int8(*w, scale);
            if q != 0 {
                index.push(i as u32);
                model.q.push(q);
            }
        }
        model.index = index;
        model.by_feature = ByFeature::new(&model.index, &model.q);
        model
    }

    /// Keeps only the `keep` largest weights by magnitude (ties: lower index
    /// first, so the result is deterministic): the package ships the weights
    /// that decide scores, not the long tail of rare n-grams.
    pub fn prune(&mut self, keep: usize) {
        if self.q.len() <= keep {
            return;
        }
        let index = &self.index;
        let mut order: Vec<usize> = (0..self.q.len()).collect();
        crate::sort::by_key(&mut order, |&k| {
            (std::cmp::Reverse(self.q[k].unsigned_abs()), index[k])
        });
        let mut kept: Vec<usize> = order[..keep].to_vec();
        kept.sort_unstable();
        self.index = kept.iter().map(|&k| index[k]).collect();
        self.q = kept.iter().map(|&k| self.q[k]).collect();
        self.by_feature = ByFeature::new(&self.index, &self.q);
    }

    /// Number of stored (non-zero) weights.
    pub fn len(&self) -> usize {
        self.q.len()
    }

    pub fn is_empty(&self) -> bool {
        self.q.is_empty()
    }

    /// The weight of one feature.
    pub fn weight(&self, feature: u32) -> f32 {
        self.by_feature
            .0
            .get(feature as usize)
            .map_or(0.0, |&q| f32::from(q) * self.scale)
    }

    /// Bias plus the weights of `features` (sorted, deduplicated), summed in order.
    pub fn logit(&self, features: &[u32]) -> f32 {
        features
            .iter()
            .fold(self.bias, |acc, &f| acc + self.weight(f))
    }

    /// What the sentence's words mean to the model (0 without a word-meaning table).
    pub fn meaning_logit(&self, words: &[Word]) -> f32 {
        self.meaning.as_ref().map_or(0.0, |m| m.logit(words))
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + self.q.len() * 3);
        out.extend_from_slice(MAGIC);
        out.push(HASH_BITS as u8);
        out.push(
            u8::from(self.ngrams)
                | if self.meaning.is_some() {
                    HAS_MEANING
                } else {
                    0
                },
        );
        out.extend_from_slice(&self.bias.to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&(self.q.len() as u32).to_le_bytes());
        leb128::write_deltas(&self.index, &mut out);
        out.extend(self.q.iter().map(|&q| q as u8));
        if let Some(meaning) = &self.meaning {
            meaning.write(&mut out);
        }
        out
    }

    /// Reads a weights file; the error says what is wrong with it.
    pub fn from_bytes(b: &[u8]) -> Result<Model, String> {
        let header = b.get(..18).ok_or("weights file too short")?;
        if &header[..4] != MAGIC {
            return Err("not a claims weights file (bad magic)".into());
        }
        if u32::from(header[4]) != HASH_BITS {
            return Err(format!(
                "weights use {} hash bits, expected {HASH_BITS}",
                header[4]
            ));
        }
        let f32_at =
            |i: usize| f32::from_le_bytes([header[i], header[i + 1], header[i + 2], header[i + 3]]);
        let count = u32::from_le_bytes([header[14], header[15], header[16], header[17]]) as usize;
        let mut model = Model {
            ngrams: header[5] & 1 == 1,
            bias: f32_at(6),
            scale: f32_at(10),
            index: Vec::new(),
            q: Vec::with_capacity(count.min(b.len())),
            by_feature: ByFeature::default(),
            meaning: None,
        };
        let mut pos = 18;
        model.index = leb128::read_deltas(b, &mut pos, count)?;
        if model.index.iter().any(|&k| k >> HASH_BITS != 0) {
            return Err(format!("a feature index is not below 2^{HASH_BITS}"));
        }
        let q = b.get(pos..pos + count).ok_or("weights file truncated")?;
        model.q.extend(q.iter().map(|&q| q as i8));
        model.by_feature = ByFeature::new(&model.index, &model.q);
        pos += count;
        if header[5] & HAS_MEANING != 0 {
            model.meaning = Some(WordMeaning::read(b, &mut pos)?);
        }
        if pos != b.len() {
            return Err("trailing bytes after the weights".into());
        }
        Ok(model)
    }
}

/// Every feature's quantised weight at its index, 0 where none is stored: a
/// sentence's dozens of features are each one load, where a search among the
/// 35,000 stored indices was a few dependent, mispredicted steps each. The
/// feature space is 2^[`HASH_BITS`] (256 KB as `i8`), filled once per model.
#[derive(Clone, Default, PartialEq)]
struct ByFeature(Vec<i8>);

impl ByFeature {
    /// `q[i]` is the weight of feature `index[i]`.
    fn new(index: &[u32], q: &[i8]) -> ByFeature {
        let len = index.iter().max().map_or(0, |&k| k as usize + 1);
        let mut by_feature = vec![0; len];
        for (&k, &q) in index.iter().zip(q) {
            by_feature[k as usize] = q;
        }
        ByFeature(by_feature)
    }
}

impl std::fmt::Debug for ByFeature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ByFeature({} slots)", self.0.len())
    }
}

/// FNV-1a (64 bits) of a byte string, printed by the trainer so that a refit can
/// be compared with the committed file at a glance.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut dense = vec![0.0; 1000];
        dense[3] = 1.5;
        dense[999] = -0.7;
        dense[500] = 0.000_01;
        let m = Model::quantise(&dense, -0.25, true);
        assert_eq!(m.len(), 2);
        let back = Model::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(back, m);
        assert!((back.logit(&[3, 999]) - (-0.25 + 1.5 - 0.7)).abs() < 0.02);
    }

    #[test]
    fn a_word_meaning_table_rides_along() {
        let mut m = Model::quantise(&[0.5, 0.0, -1.0], 0.1, true);
        m.meaning = Some(WordMeaning::quantise([("jobs", 0.8), ("hello", -0.4)], 24));
        let b = m.to_bytes();
        assert_eq!(Model::from_bytes(&b), Ok(m.clone()));
        let text = "jobs";
        let ws = crate::claims::words::words(text, crate::text::span::Span::new(0, 4));
        assert!((m.meaning_logit(&ws) - 0.8).abs() < 0.01);
        // Without the flag, the table's bytes are trailing garbage.
        let mut plain = b.clone();
        plain[5] &= !HAS_MEANING;
        assert!(Model::from_bytes(&plain).is_err());
        assert!(Model::from_bytes(&b[..b.len() - 1]).is_err());
    }

    #[test]
    fn every_feature_weighs_what_the_file_stores() {
        let m = crate::claims::scorer::builtin();
        assert!(m.len() > 10_000, "the committed model is loaded");
        let stored: std::collections::HashMap<u32, i8> =
            m.index.iter().copied().zip(m.q.iter().copied()).collect();
        for f in 0..1u32 << HASH_BITS {
            let want = stored.get(&f).map_or(0.0, |&q| f32::from(q) * m.scale);
            assert_eq!(m.weight(f).to_bits(), want.to_bits(), "feature {f}");
        }
        // Outside the feature space: no weight, no panic.
        assert_eq!(m.weight(1 << HASH_BITS), 0.0);
        assert_eq!(m.weight(u32::MAX), 0.0);
        assert_eq!(Model::default().weight(7), 0.0);
    }

    #[test]
    fn pruning_and_reading_keep_the_weights_by_feature() {
        let mut m = Model::quantise(&[0.0, 2.0, -0.5, 1.0, 0.0, -3.0], 0.0, true);
        m.prune(2);
        // scale 3/127: 2.0 is 85 steps, -3.0 is -127; 1.0 and -0.5 are pruned
        assert_eq!(m.weight(1), 85.0 * m.scale);
        assert_eq!(m.weight(5), -127.0 * m.scale);
        assert_eq!((m.weight(2), m.weight(3), m.weight(0)), (0.0, 0.0, 0.0));
        assert_eq!(Model::from_bytes(&m.to_bytes()), Ok(m));
    }

    #[test]
    fn a_feature_index_outside_the_space_is_refused() {
        let mut dense = vec![0.0; (1 << HASH_BITS) + 1];
        dense[1 << HASH_BITS] = 1.0;
        let b = Model::quantise(&dense, 0.0, true).to_bytes();
        let err = Model::from_bytes(&b).unwrap_err();
        assert!(err.contains("feature index"), "{err}");
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(Model::from_bytes(b"CWv2").is_err());
        assert!(Model::from_bytes(&[0; 40]).is_err());
        let mut b = Model::quantise(&[1.0], 0.0, false).to_bytes();
        b.truncate(b.len() - 1);
        assert!(Model::from_bytes(&b).is_err());
    }
}
