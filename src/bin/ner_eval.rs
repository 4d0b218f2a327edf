//! Benchmarks the name tagger: entity-level exact-match P/R/F1 for PERSON, ORG
//! and LOC (GPE+LOC+FAC) and label-blind F1 on the GUM news documents (never
//! trained on) and the wikigold held-out part, end to end on raw text; then the
//! speed of the entity layer on one core.
//!
//! cargo run --release --bin ner_eval -- [--data ../shared/data] [--model data/ner/model.bin]
//!     [--errors]   (also list the GUM news misses and false alarms)

use article_annotator::entities::train::{corpus, score};
use article_annotator::entities::{tokenize, Tagger, MODEL_BYTES};
use std::time::Instant;

fn main() {
    let mut data = corpus::default_data_dir();
    let mut model: Option<Vec<u8>> = None;
    let mut errors = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--data" => data = args.next().expect("--data DIR").into(),
            "--model" => {
                model = Some(std::fs::read(args.next().expect("--model FILE")).expect("read model"))
            }
            "--errors" => errors = true,
            _ => panic!("unknown argument {a}"),
        }
    }
    let bytes = model.as_deref().unwrap_or(MODEL_BYTES);
    let tagger = Tagger::from_bytes(bytes).expect("valid model");
    let splits = corpus::splits(&data).expect("read the shared data");
    print!(
        "{}",
        score::evaluate(&tagger, &splits.gum_news).report("GUM news (dev, 24 documents)")
    );
    print!(
        "{}",
        score::evaluate(&tagger, &splits.wikigold_heldout)
            .report("wikigold held-out (every 5th article)")
    );
    if errors {
        for d in &splits.gum_news {
            print!("{}", score::errors(&tagger, d));
        }
    }
    speed(&tagger, &splits.gum_news);
}

/// Throughput over the GUM news texts, repeated to about 20 MB.
fn speed(tagger: &Tagger, docs: &[corpus::Doc]) {
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let rounds = (20_000_000 / bytes.max(1)).max(1);
    let tokenized: Vec<_> = texts.iter().map(|t| tokenize::sentences(t)).collect();
    let start = Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        for (t, s) in texts.iter().zip(&tokenized) {
            n += tagger.tag(t, s).len();
        }
    }
    let tag_secs = start.elapsed().as_secs_f64();
    let start = Instant::now();
    for _ in 0..rounds {
        for t in &texts {
            n += tokenize::sentences(t).len();
        }
    }
    let tok_secs = start.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "speed (one core): tagging {:.1} MB/s; with this module's tokenizer {:.1} MB/s ({} MB, {} results)",
        mb / tag_secs,
        mb / (tag_secs + tok_secs),
        mb.round(),
        n
    );
}
