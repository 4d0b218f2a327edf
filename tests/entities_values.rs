//! Value entities on real text (the reference article), on random input
//! (proptest) and on pathological input (megabytes of digits or signs).
//! The article lives in the `shared/` folder next to the repository.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use article_annotator::entities::values::{find_values, ValueMention};
use article_annotator::text::span::Span;
use article_annotator::text::tokens::tokenize;
use proptest::prelude::*;
use std::time::{Duration, Instant};

use common::read_shared;

fn values(text: &str) -> Vec<ValueMention> {
    find_values(text, &tokenize(text, Span::new(0, text.len())))
}

fn listed(text: &str) -> Vec<(String, &'static str)> {
    values(text)
        .into_iter()
        .map(|m| (m.span.slice(text).to_string(), m.label))
        .collect()
}

/// Sorted, non-overlapping, non-empty, trimmed, on char boundaries.
fn check_spans(text: &str, found: &[ValueMention]) {
    for m in found {
        assert!(
            m.span.start < m.span.end && m.span.end <= text.len(),
            "{m:?}"
        );
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        assert_eq!(m.span.trim(text), m.span, "trimmed");
        assert!((0.0..=1.0).contains(&m.confidence));
    }
    for pair in found.windows(2) {
        assert!(
            pair[0].span.end <= pair[1].span.start,
            "sorted, disjoint: {pair:?}"
        );
    }
}

#[test]
fn the_reference_article() {
    let text = read_shared("articles/novaya-gazeta-rare-earths.txt");
    let found = listed(&text);
    let has = |s: &str, label: &str| found.iter().filter(|(t, l)| t == s && *l == label).count();
    assert_eq!(has("Feb 25, 2025", "DATE"), 1, "the dateline: {found:?}");
    assert_eq!(has("Monday", "DATE"), 2);
    assert_eq!(has("2022", "DATE"), 1);
    assert_eq!(has("17", "CARDINAL"), 1);
    assert_eq!(has("January", "DATE"), 1);
    assert_eq!(has("three years ago", "DATE"), 1);
    assert_eq!(has("several weeks", "DATE"), 1);
    assert_eq!(has("second", "ORDINAL"), 1, "a second term");
    assert_eq!(has("third", "ORDINAL"), 1, "the third anniversary");
    for (t, label) in &found {
        assert!(
            !t.contains("anniversary") && !t.contains("term"),
            "{t} {label}"
        );
    }
    check_spans(&text, &values(&text));
}

#[test]
fn a_mixed_paragraph() {
    let text = "On Friday, July 21, 2017 at 10:30 a.m., the firm said profits rose 3.5% to \
                $1.2 billion, about 45 per cent more than in the 1990s, with 17 tonnes shipped \
                for the third time in three years.";
    assert_eq!(
        listed(text),
        [
            ("Friday, July 21, 2017", "DATE"),
            ("10:30 a.m.", "TIME"),
            ("3.5%", "PERCENT"),
            ("$1.2 billion", "MONEY"),
            ("about 45 per cent", "PERCENT"),
            ("the 1990s", "DATE"),
            ("17 tonnes", "QUANTITY"),
            ("third", "ORDINAL"),
            ("three years", "DATE"),
        ]
        .map(|(s, l)| (s.to_string(), l))
    );
}

fn bounded(text: &str) -> Vec<ValueMention> {
    let start = Instant::now();
    let found = values(text);
    let took = start.elapsed();
    if std::env::var_os("VALUES_TIMING").is_some() {
        eprintln!(
            "{took:?} for {:?}…",
            text.chars().take(12).collect::<String>()
        );
    }
    assert!(took < Duration::from_secs(20), "linear time");
    check_spans(text, &found);
    found
}

#[test]
fn pathological_inputs_are_linear_and_safe() {
    bounded(&"7".repeat(10_000_000));
    bounded(&"$".repeat(100_000));
    bounded(&"$1 ".repeat(20_000));
    bounded(&"early ".repeat(20_000));
    bounded(&"the past ".repeat(20_000));
    bounded(&"one hundred and ".repeat(20_000));
    bounded(&"1,000,".repeat(20_000));
    bounded(&"12:30 ".repeat(20_000));
    bounded(&"Monday, ".repeat(20_000));
    bounded(&"2014–".repeat(20_000));
    assert!(values("").is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_text_never_panics(text in "\\PC{0,200}") {
        bounded(&text);
    }

    #[test]
    fn value_like_text_gives_valid_spans(
        words in proptest::collection::vec(
            prop_oneof![
                Just("$".to_string()), Just("%".to_string()), Just("May".to_string()),
                Just("the".to_string()), Just("a".to_string()), Just("second".to_string()),
                Just("last".to_string()), Just("years".to_string()), Just("ago".to_string()),
                Just("million".to_string()), Just("–".to_string()), Just("\n".to_string()),
                Just("per cent".to_string()), Just("km".to_string()), Just("a.m.".to_string()),
                Just("Monday".to_string()), Just(",".to_string()), Just("one".to_string()),
                "[0-9]{1,5}", "[0-9]{1,2}:[0-9]{2}", "[0-9]{1,3}(,[0-9]{3}){0,2}(\\.[0-9])?",
                "\\PC{1,3}",
            ],
            0..40,
        )
    ) {
        let text = words.join(" ");
        bounded(&text);
    }
}
