//! The claim scorer's benchmark: `cargo run --release --bin claims_eval`.
//!
//! Prints, for each ClaimBuster kfold file, 5-fold stratified cross-validation
//! (fixed seed) precision / recall / F1 of the check-worthy class and average
//! precision, for the n-gram + cue + word-meaning model (it reads the word
//! vectors `scripts/claims_embeddings.sh` fetches) and the cues-only model; then hedge
//! detection against the gold set in `tests/gold/hedges/`; then speed.
//! `claims_eval kfold_25ncs.json` limits the run to one file; `--no-cv` skips it.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use article_annotator::claims::train::embeddings::Embeddings;
    use article_annotator::claims::train::{
        cv, featurise, hedges, load_kfold, logreg::Params, metrics,
    };
    use article_annotator::claims::Lexicons;
    use std::time::Instant;

    pub fn main() -> Result<(), String> {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let files: Vec<&str> = if args.iter().any(|a| a == "--no-cv") {
            vec![]
        } else if args.is_empty() {
            vec!["kfold_20ncs.json", "kfold_25ncs.json", "kfold_30ncs.json"]
        } else {
            args.iter().map(String::as_str).collect()
        };
        println!(
            "ClaimBuster, 5-fold stratified CV (seed {}), check-worthy class:",
            cv::FOLD_SEED
        );
        println!(
            "{:<18} {:<12} {:>6} {:>6} {:>6} {:>6} {:>8}",
            "file", "model", "P", "R", "F1", "AP", "weights"
        );
        let vectors = if files.is_empty() {
            None
        } else {
            Some(Embeddings::load()?)
        };
        for file in files {
            let examples = load_kfold(file)?;
            let y: Vec<bool> = examples.iter().map(|e| e.label).collect();
            let data = featurise(&examples, vectors.as_ref());
            for (ngrams, name) in [(true, "ngrams+cues"), (false, "cues only")] {
                let r =
                    cv::cross_validate(&data, &y, ngrams, &Params::from_env(), 5, vectors.as_ref());
                println!(
                    "{file:<18} {name:<12} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>8}",
                    r.scores.precision,
                    r.scores.recall,
                    r.scores.f1,
                    r.average_precision,
                    r.weights
                );
            }
        }
        hedge_set("dev.tsv")?;
        hedge_set("test.tsv")?;
        speed()
    }

    fn hedge_set(name: &str) -> Result<(), String> {
        let gold = hedges::load(name)?;
        let lex = Lexicons::builtin();
        let predicted: Vec<bool> = gold
            .iter()
            .map(|g| hedges::is_hedged(&g.text, lex))
            .collect();
        let labels: Vec<bool> = gold.iter().map(|g| g.hedged).collect();
        let s = metrics::prf(&predicted, &labels);
        println!(
            "\nHedge detection, tests/gold/hedges/{name} ({} sentences, {} hedged): P {:.3} R {:.3} F1 {:.3}",
            gold.len(),
            labels.iter().filter(|h| **h).count(),
            s.precision,
            s.recall,
            s.f1
        );
        for (g, p) in gold.iter().zip(&predicted) {
            if *p != g.hedged {
                println!("  {} {}", if *p { "FP" } else { "FN" }, g.text);
            }
        }
        Ok(())
    }

    /// The whole pipeline over the 263 GUM texts joined: distinct text, since a
    /// repeated paragraph is marked as boilerplate and scores no claims (the
    /// reference article ×200 ran 2–3× faster than text that repeats nothing).
    fn speed() -> Result<(), String> {
        let path = article_annotator::claims::train::shared_data()?.join("gum/gum.jsonl");
        let lines =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut texts = Vec::new();
        for line in lines.lines() {
            let doc: serde_json::Value =
                serde_json::from_str(line).map_err(|e| format!("{}: {e}", path.display()))?;
            texts.push(doc["text"].as_str().unwrap_or_default().to_string());
        }
        let big = texts.join("\n\n");
        let opts = article_annotator::Options::default();
        let start = Instant::now();
        let out = article_annotator::annotate(&big, &opts);
        let secs = start.elapsed().as_secs_f64();
        println!(
            "\nSpeed: the {} GUM texts joined ({} KB, {} sentences, {} claims) annotated in {:.3} s ({:.1} MB/s, whole pipeline)",
            texts.len(),
            big.len() / 1024,
            out.sentences.len(),
            out.claims.len(),
            secs,
            big.len() as f64 / secs / 1e6
        );
        Ok(())
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if let Err(e) = native::main() {
        eprintln!("claims_eval: {e}");
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
