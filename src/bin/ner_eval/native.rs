//! Benchmarks the name tagger: entity-level exact-match P/R/F1 for PERSON, ORG
//! and LOC (GPE+LOC+FAC) and label-blind F1 on the GUM news documents (never
//! trained on) and the wikigold held-out part, end to end on raw text; then the
//! speed of the entity layer on one core.
//!
//! cargo run --release --bin ner_eval -- [--data ../shared/data] [--model data/ner/model.bin]
//!     [--errors]   (also list the misses and false alarms: the whole layer's on GUM
//!                   news, the tagger's on wikigold)

use article_annotator::entities::train::{corpus, score};
use article_annotator::entities::{tokenize, Tagger, MODEL_BYTES};
use std::time::Instant;

pub fn main() {
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
    print!(
        "{}",
        pipeline(&splits.gum_news).report(
            "GUM news, the whole entity layer (committed model + rules, as `annotate` returns it)"
        )
    );
    if errors {
        for d in &splits.gum_news {
            print!("{}", layer_errors(d));
        }
        for d in &splits.wikigold_heldout {
            print!("{}", score::errors(&tagger, d));
        }
    }
    speed(&tagger, &splits.gum_news);
}

/// The whole layer's misses and false alarms on one document.
fn layer_errors(d: &corpus::Doc) -> String {
    let options = article_annotator::Options {
        offsets: article_annotator::OffsetUnit::Bytes,
        ..Default::default()
    };
    let out = article_annotator::Annotator::new().annotate_with(&d.text, &options);
    let spans = out.entities.iter().map(|e| {
        (
            article_annotator::text::span::Span::new(e.start, e.end),
            e.label,
        )
    });
    score::errors_of(d, spans)
}

/// Scores what users get: the entities of `annotate` (tagger, layout rules,
/// values taking precedence where they should), in bytes.
fn pipeline(docs: &[corpus::Doc]) -> score::Scores {
    let options = article_annotator::Options {
        offsets: article_annotator::OffsetUnit::Bytes,
        ..Default::default()
    };
    let annotator = article_annotator::Annotator::new();
    let mut scores = score::Scores::default();
    for d in docs {
        let out = annotator.annotate_with(&d.text, &options);
        scores.add(
            &d.text,
            d.gold.iter().map(|g| (g.span, g.label.as_str())),
            out.entities.iter().map(|e| {
                (
                    article_annotator::text::span::Span::new(e.start, e.end),
                    e.label,
                )
            }),
        );
    }
    scores
}

/// Throughput over the GUM news texts: the best of five rounds of about 4 MB
/// each (the best, because other work on the machine only ever slows a round).
fn speed(tagger: &Tagger, docs: &[corpus::Doc]) {
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let repeat = (4_000_000 / bytes.max(1)).max(1);
    let tokenized: Vec<_> = texts.iter().map(|t| tokenize::sentences(t)).collect();
    let mb = (bytes * repeat) as f64 / 1e6;
    let (mut best_tag, mut best_tok) = (f64::MAX, f64::MAX);
    let mut n = 0;
    let cpu_start = cpu_seconds();
    for _ in 0..5 {
        let start = Instant::now();
        for _ in 0..repeat {
            for (t, s) in texts.iter().zip(&tokenized) {
                n += tagger.tag(t, s).len();
            }
        }
        best_tag = best_tag.min(start.elapsed().as_secs_f64());
        let start = Instant::now();
        for _ in 0..repeat {
            for t in &texts {
                n += tokenize::sentences(t).len();
            }
        }
        best_tok = best_tok.min(start.elapsed().as_secs_f64());
    }
    let cpu = cpu_start.and_then(|s| Some(cpu_seconds()? - s));
    println!(
        "speed (one core, best of 5 x {mb:.1} MB): tagging {:.1} MB/s; with this module's tokenizer {:.1} MB/s ({n})",
        mb / best_tag,
        mb / (best_tag + best_tok),
    );
    if let Some(cpu) = cpu {
        println!(
            "  (CPU time of this thread, tagging + tokenizing: {:.1} MB/s)",
            5.0 * mb / cpu
        );
    }
}

/// CPU seconds used by this thread (Linux `/proc`; `None` elsewhere): on a
/// shared machine wall time also counts other processes' turns.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit(')').next()?.split_whitespace().collect();
    // after the command name: state is field 3, utime 14, stime 15 (1-based)
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}
