//! Offline fitting and measuring of the claim scorer (native only).
//!
//! Everything here is deterministic: a fixed-seed shuffle, a fixed-order
//! optimiser (`logreg.rs`) and sums in a fixed order, so that
//! `cargo run --release --bin claims_train` rebuilds the committed weights
//! byte for byte (the trainer prints their fingerprint).

pub mod cv;
pub mod embeddings;
pub mod hedges;
pub mod logreg;
pub mod metrics;

use super::catalogue::Lexicons;
use super::scorer::Sentence;
use super::words::Word;
use crate::text::span::Span;
use embeddings::Embeddings;
use std::path::PathBuf;

/// One labelled sentence.
#[derive(Clone, Debug)]
pub struct Example {
    pub text: String,
    pub label: bool,
}

/// A sentence's features for both model kinds, and the rules' logit adjustment.
#[derive(Clone, Debug)]
pub struct Featurised {
    pub ngrams: Vec<u32>,
    pub cues: Vec<u32>,
    pub adjustment: f32,
    /// The mean word vector (the n-gram model's dense block; empty without vectors).
    pub mean_vector: Vec<f32>,
    /// The words, which the folded word-meaning table reads.
    pub words: Vec<Word>,
}

/// The shared data folder: `../shared/data` beside the checkout, or
/// `../../shared/data` from a worktree one level deeper.
pub fn shared_data() -> Result<PathBuf, String> {
    let here = env!("CARGO_MANIFEST_DIR");
    [
        format!("{here}/../shared/data"),
        format!("{here}/../../shared/data"),
    ]
    .into_iter()
    .map(PathBuf::from)
    .find(|p| p.is_dir())
    .ok_or_else(|| {
        format!("shared data not found: expected {here}/../shared/data or {here}/../../shared/data")
    })
}

/// The `text` of each line of a JSONL file of the shared data (`gum/gum.jsonl`):
/// the benchmarks' distinct text.
pub fn jsonl_texts(file: &str) -> Result<Vec<String>, String> {
    let path = shared_data()?.join(file);
    let lines = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    lines
        .lines()
        .map(|line| {
            let doc: serde_json::Value =
                serde_json::from_str(line).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(doc["text"].as_str().unwrap_or_default().to_string())
        })
        .collect()
}

/// Reads a ClaimBuster `kfold_*.json` file (`[{"sentence_id","label","text"}]`).
pub fn load_kfold(name: &str) -> Result<Vec<Example>, String> {
    let path = shared_data()?.join("claimbuster").join(name);
    let json = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(&json).map_err(|e| format!("{}: {e}", path.display()))?;
    rows.iter()
        .map(|r| {
            let text = r["text"].as_str().ok_or("row without text")?.to_string();
            let label = r["label"].as_i64().ok_or("row without label")? == 1;
            Ok(Example { text, label })
        })
        .collect()
}

/// Features of every example, computed once and shared by all folds; with
/// `vectors`, each sentence's mean word vector too.
pub fn featurise(examples: &[Example], vectors: Option<&Embeddings>) -> Vec<Featurised> {
    let lex = Lexicons::builtin();
    examples
        .iter()
        .map(|e| {
            let s = Sentence::analyse(&e.text, Span::new(0, e.text.len()), &[], &[], &[], lex);
            Featurised {
                ngrams: s.features(true),
                cues: s.features(false),
                adjustment: s.adjustment(),
                mean_vector: vectors.map_or_else(Vec::new, |v| v.mean(&s.words)),
                words: s.words,
            }
        })
        .collect()
}

/// A tiny deterministic generator (xorshift64*) for shuffles.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Fisher–Yates shuffle.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}
