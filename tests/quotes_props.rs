//! Robustness: random quote-mark-heavy text never panics and every span is
//! valid (inside the text, on char boundaries); pathological inputs (10,000
//! marks, one unclosed mark) run in time linear in their length.
#![cfg(not(target_arch = "wasm32"))]

mod quotes_common;

use article_annotator::quotes::find_quotes;
use article_annotator::text::segment;
use article_annotator::text::span::Span;
use proptest::prelude::*;
use std::time::{Duration, Instant};

fn check(text: &str) {
    let paragraphs = segment::paragraphs(text);
    let sentences: Vec<Span> = paragraphs
        .iter()
        .flat_map(|&p| segment::sentences(text, p))
        .collect();
    for q in find_quotes(text, &paragraphs, &sentences, &[], &[]) {
        let mut spans = vec![q.span];
        spans.extend(q.speaker.as_ref().map(|s| s.span));
        spans.extend(q.cue);
        for s in spans {
            assert!(
                s.start <= s.end && s.end <= text.len(),
                "{s:?} outside {text:?}"
            );
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "{s:?} splits a char in {text:?}"
            );
        }
        assert!(!q.span.is_empty());
        assert!((0.0..=1.0).contains(&q.confidence));
    }
}

fn piece() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "\"",
        "'",
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        "‹",
        "›",
        "„",
        "‚",
        "``",
        "''",
        "「",
        "」",
        " — ",
        "— ",
        " ",
        "\n\n",
        "\n",
        ". ",
        ", ",
        ": ",
        "said",
        " he said",
        "Putin",
        " Olha Stefanishyna",
        "according to",
        " officials in Kyiv",
        "that",
        "é",
        "日本",
        "🙂",
        "don’t",
        "x",
        "\u{a0}",
        "\u{200b}",
    ])
    .prop_map(str::to_string)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn spans_are_valid(parts in prop::collection::vec(piece(), 0..80)) {
        check(&parts.concat());
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        check(&text);
    }
}

fn time_per_byte(text: &str) -> Duration {
    let start = Instant::now();
    check(text);
    start.elapsed() / text.len().max(1) as u32
}

/// Generous: a quadratic pass would be hundreds of times slower at this size.
const SLOWDOWN_ALLOWED: u32 = 25;

#[test]
fn pathological_inputs_run_in_linear_time() {
    let normal = "Vladimir Putin said on Monday that Russia is ready to work with “foreign partners”. “We will win,” he added.\n\n"
        .repeat(400);
    let base = time_per_byte(&normal).max(Duration::from_nanos(20));
    let marks = "He said “a” and ‘b’ and \"c\" and « d ». ".repeat(1_250); // 10,000 marks
    let unclosed = format!(
        "He said “{}",
        "and the words go on and on without end. ".repeat(1_000)
    );
    let straight = "\"".repeat(10_000);
    for (name, text) in [
        ("marks", &marks),
        ("unclosed", &unclosed),
        ("straight", &straight),
    ] {
        let t = time_per_byte(text);
        assert!(
            t <= base * SLOWDOWN_ALLOWED,
            "{name}: {t:?} per byte vs {base:?} for normal text"
        );
    }
}
