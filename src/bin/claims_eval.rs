//! The claim scorer's benchmark: `cargo run --release --bin claims_eval`.
//!
//! Prints, for each ClaimBuster kfold file, 5-fold stratified cross-validation
//! (fixed seed) precision / recall / F1 of the check-worthy class and average
//! precision, for the n-gram + cue + word-meaning model (it reads the word
//! vectors `scripts/claims_embeddings.sh` fetches) and the cues-only model; then hedge
//! detection against the gold set in `tests/gold/hedges/`; then speed.
//! `claims_eval kfold_25ncs.json` limits the run to one file; `--no-cv` skips it;
//! `--seeds 1,2,3,4,5` also runs the n-gram model on folds dealt with those
//! seeds and prints each seed's figures and their mean (one split's luck moves
//! F1 by about ±0.004). `scripts/claims_baseline.sh` runs the TF-IDF +
//! logistic regression baseline on the same folds.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use article_annotator::claims::train::embeddings::Embeddings;
    use article_annotator::claims::train::{
        cv, featurise, hedges, load_kfold, logreg::Params, metrics, Featurised,
    };
    use article_annotator::claims::Lexicons;
    use std::time::Instant;

    pub fn main() -> Result<(), String> {
        let mut args: Vec<String> = std::env::args().skip(1).collect();
        let seeds = take_seeds(&mut args)?;
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
                let r = cv::cross_validate(
                    &data,
                    &y,
                    ngrams,
                    &Params::from_env(),
                    5,
                    cv::FOLD_SEED,
                    vectors.as_ref(),
                );
                println!(
                    "{file:<18} {name:<12} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>8}",
                    r.scores.precision,
                    r.scores.recall,
                    r.scores.f1,
                    r.average_precision,
                    r.weights
                );
            }
            if !seeds.is_empty() {
                other_seeds(file, &data, &y, &seeds, vectors.as_ref());
            }
        }
        hedge_set("dev.tsv")?;
        hedge_set("test.tsv")?;
        speed()
    }

    /// `--seeds a,b,…` taken out of `args` (empty without it).
    fn take_seeds(args: &mut Vec<String>) -> Result<Vec<u64>, String> {
        let Some(at) = args.iter().position(|a| a == "--seeds") else {
            return Ok(Vec::new());
        };
        let list = args.get(at + 1).ok_or("--seeds needs a list, e.g. 1,2,3")?;
        let seeds = list
            .split(',')
            .map(|s| {
                s.trim()
                    .parse::<u64>()
                    .map_err(|e| format!("--seeds {s}: {e}"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        args.drain(at..at + 2);
        Ok(seeds)
    }

    /// The n-gram model's figures on folds dealt with each of `seeds`, then
    /// their mean.
    fn other_seeds(
        file: &str,
        data: &[Featurised],
        y: &[bool],
        seeds: &[u64],
        vectors: Option<&Embeddings>,
    ) {
        let mut sum = [0f64; 4];
        for &seed in seeds {
            let r = cv::cross_validate(data, y, true, &Params::from_env(), 5, seed, vectors);
            let row = [
                r.scores.precision,
                r.scores.recall,
                r.scores.f1,
                r.average_precision,
            ];
            println!(
                "{file:<18} {:<12} {:>6.3} {:>6.3} {:>6.3} {:>6.3}",
                format!("  seed {seed}"),
                row[0],
                row[1],
                row[2],
                row[3]
            );
            for (s, v) in sum.iter_mut().zip(row) {
                *s += v;
            }
        }
        let n = seeds.len() as f64;
        println!(
            "{file:<18} {:<12} {:>6.3} {:>6.3} {:>6.3} {:>6.3}",
            format!("  mean of {}", seeds.len()),
            sum[0] / n,
            sum[1] / n,
            sum[2] / n,
            sum[3] / n
        );
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
        let texts = article_annotator::claims::train::jsonl_texts("gum/gum.jsonl")?;
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
