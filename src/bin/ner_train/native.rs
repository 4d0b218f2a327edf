//! Trains the name tagger and writes `data/ner/model.bin`, bit for bit the same
//! on every run with the same data and options (fixed seed and order).
//!
//! cargo run --release --bin ner_train -- [--data ../shared/data] [--out data/ner/model.bin]
//!     [--epochs 12] [--seed 20240601] [--keep 12000]
//!
//! Trains on the licensed data only (GUM academic/court/interview/bio/voyage,
//! wikigold minus its held-out fifth, UNER-EWT); then scores the written model
//! on the GUM news documents and the wikigold held-out part.

use article_annotator::entities::gazetteer::Gazetteer;
use article_annotator::entities::train::{corpus, export, perceptron, score};
use article_annotator::entities::Tagger;
use std::path::PathBuf;

pub fn main() {
    let mut data = corpus::default_data_dir();
    let mut out = PathBuf::from("data/ner/model.bin");
    let mut opts = perceptron::Options::default();
    let mut keep = 12_000usize;
    let mut without = String::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--data" => data = val().into(),
            "--out" => out = val().into(),
            "--epochs" => opts.epochs = val().parse().expect("--epochs N"),
            "--seed" => opts.seed = val().parse().expect("--seed N"),
            "--runs" => opts.runs = val().parse().expect("--runs N"),
            "--keep" => keep = val().parse().expect("--keep N"),
            "--without" => without = val(),
            _ => panic!("unknown argument {a}"),
        }
    }
    let mut splits = corpus::splits(&data).expect("read the shared data");
    // ablation: drop one source ("gum", "wikigold", "uner")
    if !without.is_empty() {
        splits
            .train
            .retain(|d| !d.id.to_lowercase().starts_with(&without));
    }
    let tokens: usize = splits
        .train
        .iter()
        .flat_map(|d| &d.tags)
        .map(Vec::len)
        .sum();
    let misaligned: usize = splits.train.iter().map(|d| d.misaligned).sum();
    eprintln!(
        "training on {} documents, {} tokens ({} gold names not on token edges, left untagged)",
        splits.train.len(),
        tokens,
        misaligned
    );
    let weights = perceptron::train(&splits.train, Gazetteer::training(), &opts);
    let (bytes, stats) = export::export(&weights, keep);
    std::fs::write(&out, &bytes).expect("write the model");
    let mut h = article_annotator::entities::hash::Fnv::default();
    bytes.iter().for_each(|&b| h.byte(b));
    println!(
        "wrote {} ({} bytes, {} of {} features kept, scale {:e}), FNV-1a-64 {:016x}",
        out.display(),
        bytes.len(),
        stats.kept,
        stats.nonzero_features,
        stats.scale,
        h.0
    );
    let tagger = Tagger::from_bytes(&bytes).expect("re-read the model");
    print!(
        "{}",
        score::evaluate(&tagger, &splits.gum_news).report("GUM news (dev)")
    );
    print!(
        "{}",
        score::evaluate(&tagger, &splits.wikigold_heldout).report("wikigold held-out")
    );
}
