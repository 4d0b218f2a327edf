//! Robustness: random input never panics and always gives valid spans; large
//! and pathological inputs finish (linear time).

use article_annotator::text::segment::{paragraphs, sentences};
use article_annotator::text::span::Span;
use article_annotator::text::tokens::{tokenize, TokenKind};
use proptest::prelude::*;
use std::collections::BTreeSet;

fn check_spans(text: &str, spans: &[Span], within: Span) {
    let mut last = within.start;
    for s in spans {
        assert!(
            s.start >= last && s.start < s.end && s.end <= within.end,
            "{s:?} in {within:?}"
        );
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert_eq!(s.trim(text), *s, "untrimmed {s:?}");
        last = s.end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_text_gives_valid_spans(text in "(?s).{0,300}") {
        check(&text);
    }

    #[test]
    fn random_prose_gives_valid_spans(
        text in r#"([A-Za-zÉéЖж’'"“”«».,!?…:;()\-—0-9 \n\r\u{a0}\u{200b}\u{301}@#/%$]|U\.S\.|Mr\.|e\.g\.|\r\n){0,200}"#
    ) {
        check(&text);
    }
}

fn check(text: &str) {
    let whole = Span::new(0, text.len());
    let paras = paragraphs(text);
    check_spans(text, &paras, whole);
    for p in paras {
        let sents = sentences(text, p);
        check_spans(text, &sents, p);
        // Sentences cover the paragraph: only blank text lies between them.
        let mut at = p.start;
        for s in &sents {
            assert!(Span::new(at, s.start).trim(text).is_empty());
            at = s.end;
        }
        assert!(Span::new(at, p.end).trim(text).is_empty());
        let toks = tokenize(text, p);
        check_spans(text, &toks.iter().map(|t| t.span).collect::<Vec<_>>(), p);
        // Never inside a token: sentences start and end where tokens do.
        let starts: BTreeSet<usize> = toks.iter().map(|t| t.span.start).collect();
        let ends: BTreeSet<usize> = toks.iter().map(|t| t.span.end).collect();
        assert!(sents
            .iter()
            .all(|s| starts.contains(&s.start) && ends.contains(&s.end)));
        assert!(toks
            .iter()
            .all(|t| t.kind != TokenKind::Clitic || t.span.len() > 1));
    }
}

/// Runs both passes over `text` and checks the result; returns the sentence count.
fn segment_timed(name: &str, text: &str) -> usize {
    let started = std::time::Instant::now();
    let count: usize = paragraphs(text)
        .into_iter()
        .map(|p| sentences(text, p).len())
        .sum();
    println!(
        "{name}: {} bytes, {count} sentences in {:?}",
        text.len(),
        started.elapsed()
    );
    count
}

/// Inputs that make a quadratic or recursive segmenter hang or crash. The
/// sizes are large enough that a quadratic pass would not finish.
#[test]
fn large_inputs_finish_and_do_not_panic() {
    assert_eq!(
        segment_timed("1 MB, no punctuation", &"word ".repeat(200_000)),
        1
    );
    assert_eq!(
        segment_timed("100,000 capitalised words", &"Word ".repeat(100_000)),
        1
    );
    assert_eq!(segment_timed("initials", &"A. ".repeat(200_000)), 1);
    assert_eq!(segment_timed("dotted run", &"a.".repeat(500_000)), 1);
    assert_eq!(
        segment_timed("openers", &format!("It ended. {}", "(“".repeat(200_000))),
        1
    );
    assert_eq!(
        segment_timed("quoted questions", &"“Why?” Putin ".repeat(100_000)),
        100_001
    );
    assert!(segment_timed("lone marks", &"\u{301}".repeat(300_000)) == 1);
    assert!(segment_timed("only punctuation", &"!?.,;:()[]\"'“”«»—…".repeat(50_000)) >= 1);
    assert_eq!(
        segment_timed("short lines", &"Line\n".repeat(200_000)),
        200_000
    );
}

/// 10 MB in one line: about a second optimised, but ten or more unoptimised,
/// so it runs under `cargo test --release` only.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "slow unoptimised: run with cargo test --release"
)]
fn ten_megabytes_without_a_newline() {
    assert_eq!(
        segment_timed("10 MB, no newline", &"The cat sat. ".repeat(800_000)),
        800_000
    );
    let tokens = tokenize(&"a ".repeat(5_000_000), Span::new(0, 10_000_000));
    assert_eq!(tokens.len(), 5_000_000);
}
