//! DATE precision/recall/F1 of the value rules on GUM (`shared/data/gum`), exact
//! and overlap match, and throughput in MB/s on one core.
//!
//! `cargo run --release --bin values_eval [DATA_DIR]` (default: `../shared/data`,
//! then `../../shared/data`, next to the repository). `VALUES_DEBUG=1` prints
//! every DATE missed or added on the news documents.
//!
//! GUM marks dates with its `<date>` element (see the data's README): its spans
//! differ from OntoNotes in places (clock times are dates, "this morning" a
//! date, "the" kept in "the day"), so the overlap score is the fairer one.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use article_annotator::entities::values::{find_values, DATE};
    use article_annotator::text::offsets::{byte_offsets, OffsetUnit};
    use article_annotator::text::span::Span;
    use article_annotator::text::tokens::tokenize;
    use std::time::Instant;

    struct Doc {
        text: String,
        /// Gold DATE spans, in bytes.
        dates: Vec<Span>,
    }

    fn load(path: &str) -> Vec<Doc> {
        let raw =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        raw.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|line| {
                let v: serde_json::Value = serde_json::from_str(line).expect("valid JSON line");
                let text = v["text"].as_str().expect("text").to_string();
                let map = byte_offsets(&text, OffsetUnit::Utf16);
                let dates = v["entities"]
                    .as_array()
                    .expect("entities")
                    .iter()
                    .filter(|e| e["label"] == DATE)
                    .map(|e| {
                        let at = |k: &str| map[e[k].as_u64().expect("offset") as usize];
                        let span = Span::new(at("start"), at("end"));
                        assert_eq!(
                            span.slice(&text),
                            e["text"].as_str().expect("text"),
                            "offsets"
                        );
                        span
                    })
                    .collect();
                Doc { text, dates }
            })
            .collect()
    }

    fn predict(text: &str) -> Vec<Span> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        find_values(text, &tokens)
            .into_iter()
            .filter(|m| m.label == DATE)
            .map(|m| m.span)
            .collect()
    }

    #[derive(Default)]
    struct Score {
        tp: usize,
        fp: usize,
        fn_: usize,
    }

    impl Score {
        fn line(&self, name: &str) -> String {
            let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
            let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
            let f = if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            };
            format!(
                "{name:<8} P {p:.3}  R {r:.3}  F1 {f:.3}  (tp {}, fp {}, fn {})",
                self.tp, self.fp, self.fn_
            )
        }
    }

    fn evaluate(docs: &[Doc], debug: bool) -> (Score, Score) {
        let (mut exact, mut overlap) = (Score::default(), Score::default());
        for doc in docs {
            let pred = predict(&doc.text);
            for p in &pred {
                let hit = doc.dates.contains(p);
                exact.tp += usize::from(hit);
                exact.fp += usize::from(!hit);
                let near = doc.dates.iter().any(|g| g.overlaps(*p));
                overlap.tp += usize::from(near);
                overlap.fp += usize::from(!near);
                if debug && !hit {
                    println!("  + {:?}", p.slice(&doc.text));
                }
            }
            for g in &doc.dates {
                exact.fn_ += usize::from(!pred.contains(g));
                overlap.fn_ += usize::from(!pred.iter().any(|p| p.overlaps(*g)));
                if debug && !pred.contains(g) {
                    println!("  - {:?}", g.slice(&doc.text));
                }
            }
        }
        (exact, overlap)
    }

    pub fn main() {
        let dir = std::env::args().nth(1).or_else(|| {
            [
                concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data"),
                concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/data"),
            ]
            .into_iter()
            .find(|d| std::path::Path::new(d).is_dir())
            .map(String::from)
        });
        let Some(dir) = dir else {
            eprintln!("shared data not found: pass its `data` directory as the first argument");
            std::process::exit(2);
        };
        let debug = std::env::var_os("VALUES_DEBUG").is_some();
        for (name, file) in [
            ("GUM news (dev)", "gum/gum-news.jsonl"),
            ("GUM all", "gum/gum.jsonl"),
        ] {
            let docs = load(&format!("{dir}/{file}"));
            let gold: usize = docs.iter().map(|d| d.dates.len()).sum();
            println!("{name}: {} documents, {gold} gold DATE", docs.len());
            let (exact, overlap) = evaluate(
                &docs,
                debug && (name.contains("news") != std::env::var_os("VALUES_DEBUG_ALL").is_some()),
            );
            println!("  {}\n  {}", exact.line("exact"), overlap.line("overlap"));
        }
        let docs = load(&format!("{dir}/gum/gum.jsonl"));
        let corpus: String = docs
            .iter()
            .map(|d| d.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n");
        let tokens = tokenize(&corpus, Span::new(0, corpus.len()));
        let start = Instant::now();
        let rounds = 5;
        let mut found = 0;
        for _ in 0..rounds {
            found += find_values(&corpus, &tokens).len();
        }
        let secs = start.elapsed().as_secs_f64();
        let mb = corpus.len() as f64 * rounds as f64 / 1e6;
        println!(
            "throughput: {:.1} MB/s (find_values on pre-computed tokens; {:.1} MB, {} values a round)",
            mb / secs,
            corpus.len() as f64 / 1e6,
            found / rounds
        );
        let start = Instant::now();
        for _ in 0..rounds {
            let tokens = tokenize(&corpus, Span::new(0, corpus.len()));
            std::hint::black_box(find_values(&corpus, &tokens));
        }
        println!(
            "throughput with tokenizing: {:.1} MB/s",
            mb / start.elapsed().as_secs_f64()
        );
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
