//! The claims layer never panics, returns one score per sentence in 0..1, and
//! only spans on char boundaries inside the text, whatever the input.
#![cfg(not(target_arch = "wasm32"))]

use article_annotator::claims::{score_claims, Lexicons};
use article_annotator::text::span::Span;
use article_annotator::text::{boilerplate, segment};
use proptest::prelude::*;

fn check(text: &str) {
    let paragraphs = segment::paragraphs(text);
    let sentences: Vec<Span> = paragraphs
        .iter()
        .flat_map(|&p| segment::sentences(text, p))
        .collect();
    let marks = boilerplate::detect(text, &paragraphs);
    let (scores, claims) =
        score_claims(text, &sentences, &marks, &[], &[], &[], Lexicons::builtin());
    assert_eq!(scores.len(), sentences.len());
    assert!(scores.iter().all(|s| (0.0..=1.0).contains(s)));
    for c in &claims {
        assert!(c.span.start < c.span.end && text.get(c.span.range()).is_some());
        assert!(!c.reasons.is_empty());
        for r in &c.reasons {
            assert!(
                r.span.start < r.span.end && text.get(r.span.range()).is_some(),
                "{r:?}"
            );
            assert!(!r.explanation.is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text(text in "\\PC{0,300}") {
        check(&text);
    }

    #[test]
    fn news_like_text(parts in prop::collection::vec(prop::sample::select(vec![
        "Putin said", " that ", "officials in Kyiv signalled", " 17 elements", "“", "”", ". ",
        "\n\n", "Sponsor: QWIKET AI\n", "reportedly", " larger than ", "the biggest", "may",
        "won’t", "$", "2bn", "45%", "?", "according to", " the ", "illegally annexed", "é", "—",
    ]), 0..40)) {
        check(&parts.concat());
    }
}

#[test]
fn out_of_range_spans_are_tolerated() {
    let text = "Zoë said 45% left.";
    let bad = [Span::new(0, 999), Span::new(3, 4), Span::new(10, 2)];
    let (scores, _) = score_claims(text, &bad, &[], &[], &[], &[], Lexicons::builtin());
    assert_eq!(scores.len(), 3);
}
