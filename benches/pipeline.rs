//! `cargo bench --bench pipeline` (part of `make bench`): the whole native
//! pipeline with criterion on the same texts as bench/bench.mjs — the reference
//! article, 40 copies of it joined, the 263 GUM texts joined (nothing repeated:
//! repeats flatter the annotator, which marks them as boilerplate and scores no
//! claims in them) and a 2 MB mix of real articles — reported as throughput
//! (bytes per second).

use article_annotator::claims::train::{jsonl_texts, shared_data};
use article_annotator::{Annotator, Options};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::path::PathBuf;

fn data() -> PathBuf {
    shared_data().expect("../shared/data beside the checkout")
}

fn inputs() -> Vec<(&'static str, String)> {
    let reference = std::fs::read_to_string(data().join("articles/novaya-gazeta-rare-earths.txt"))
        .expect("../shared/data/articles beside the checkout");
    let mut texts = vec![reference.clone()];
    texts.extend(jsonl_texts("gum/gum-news.jsonl").expect("GUM news texts"));
    let mut mix = String::new();
    for t in texts.iter().cycle() {
        if mix.len() >= 2_000_000 {
            break;
        }
        mix.push_str(t);
        mix.push_str("\n\n");
    }
    vec![
        ("reference", reference.clone()),
        ("40x-reference", vec![reference; 40].join("\n\n")),
        (
            "GUM-distinct",
            jsonl_texts("gum/gum.jsonl")
                .expect("GUM texts")
                .join("\n\n"),
        ),
        ("2MB-mix", mix),
    ]
}

fn pipeline(c: &mut Criterion) {
    let annotator = Annotator::with_options(Options::default()).expect("default options");
    let mut group = c.benchmark_group("pipeline");
    for (name, text) in inputs() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() > 1_000_000 {
            group.sample_size(10);
        }
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| annotator.annotate(t))
        });
    }
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
