//! Refits the committed claim-scorer weights on ClaimBuster:
//! `cargo run --release --bin claims_train` writes `data/claims/weights.bin`
//! (word n-grams + cues + the word-meaning table) and `data/claims/weights-cues.bin`
//! (cues only) and prints their fingerprints; a refit reproduces them byte for
//! byte. It reads the word vectors `scripts/claims_embeddings.sh` fetches.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use article_annotator::claims::train::embeddings::Embeddings;
    use article_annotator::claims::train::{cv, featurise, load_kfold, logreg::Params};
    use article_annotator::claims::weights::fingerprint;

    /// The training file: ClaimBuster's 2.5xNCS sample (its recommended one).
    pub const FILE: &str = "kfold_25ncs.json";

    pub fn main() -> Result<(), String> {
        let examples = load_kfold(FILE)?;
        let y: Vec<bool> = examples.iter().map(|e| e.label).collect();
        let vectors = Embeddings::load()?;
        let data = featurise(&examples, Some(&vectors));
        let refs: Vec<_> = data.iter().collect();
        let out = concat!(env!("CARGO_MANIFEST_DIR"), "/data/claims");
        for (ngrams, name) in [(true, "weights.bin"), (false, "weights-cues.bin")] {
            let model = cv::fit_with_threshold(
                &refs,
                &y,
                ngrams,
                &Params::default(),
                5,
                cv::FOLD_SEED + 1,
                Some(&vectors),
            );
            let bytes = model.to_bytes();
            let path = format!("{out}/{name}");
            std::fs::write(&path, &bytes).map_err(|e| format!("{path}: {e}"))?;
            println!(
                "{name}: {} sentences of {FILE}, {} weights, {} word numbers, {} bytes, fnv64 {:016x}",
                examples.len(),
                model.len(),
                model.meaning.as_ref().map_or(0, |m| m.len()),
                bytes.len(),
                fingerprint(&bytes)
            );
        }
        Ok(())
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if let Err(e) = native::main() {
        eprintln!("claims_train: {e}");
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
