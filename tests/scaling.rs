//! Long adversarial inputs finish: the shapes that once made a pass quadratic
//! (a line of publication names, a repeated caption, random capitalised
//! words, a sentence with no full stop, walls of quotation marks, quoted
//! speech verbs, a stop-less sentence thick with speech verbs, text without
//! spaces), at 200 KB each.
//!
//! Not a timing test: the bound is loose enough for a slow debug build, and
//! trips only when a pass goes quadratic again (then it takes minutes).
//! `cargo run --release --bin scaling` prints the per-MB figures.

#![cfg(not(target_arch = "wasm32"))]

use article_annotator::Annotator;
use std::time::{Duration, Instant};

const SIZE: usize = 200_000;
const BOUND: Duration = Duration::from_secs(60);

fn repeat(unit: &str) -> String {
    unit.repeat(SIZE / unit.len() + 1)
}

fn cycle(words: &[&str]) -> String {
    let mut out = String::new();
    let mut x: u64 = 7;
    while out.len() < SIZE {
        x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        out.push_str(words[(x >> 33) as usize % words.len()]);
        out.push(' ');
    }
    out
}

#[test]
fn adversarial_inputs_finish() {
    let annotator = Annotator::new();
    let inputs = [
        ("publication names", repeat("Fox News Daily Mail Times ")),
        ("caption lines", repeat("Photo: AP/John Smith\n")),
        (
            "capitalised words",
            cycle(&["Alpha", "Bravo", "Charlie", "Mr.", "Smith", "said", "the"]),
        ),
        (
            "no full stop",
            cycle(&["the", "said", "Smith", "John", "of", "Paris", "Putin", "a"]),
        ),
        ("quotation marks", cycle(&["\"", "“", "”", "a", "Smith"])),
        (
            "quoted cues",
            repeat("“We will win,” he said, and Smith said “no” "),
        ),
        (
            "speech verbs, no full stop",
            cycle(&[
                "Smith", "said", "the", "market", "that", "Putin", "told", "he",
            ]),
        ),
        ("no spaces", repeat("Smith,Jones,Putin,said,")),
    ];
    for (name, text) in inputs {
        let start = Instant::now();
        let out = annotator.annotate(&text);
        let took = start.elapsed();
        assert!(took < BOUND, "{name}: {took:?} for {} bytes", text.len());
        assert!(!out.sentences.is_empty(), "{name}");
    }
}
