//! The tagger's tokenizer: names must not be glued to punctuation or clitics.

#![cfg(not(target_arch = "wasm32"))]

use article_annotator::entities::tokenize::sentences;

fn words(text: &str) -> Vec<Vec<&str>> {
    sentences(text)
        .iter()
        .map(|s| s.iter().map(|&(a, b)| &text[a..b]).collect())
        .collect()
}

#[test]
fn splits_final_period_and_possessive() {
    assert_eq!(
        words("He met Putin. The Kremlin’s view was clear."),
        vec![
            vec!["He", "met", "Putin", "."],
            vec!["The", "Kremlin", "’s", "view", "was", "clear", "."]
        ]
    );
}

#[test]
fn keeps_abbreviations_and_initials() {
    let w = words("Mr. J. Smith of Acme Inc. visited the U.S. on Monday.");
    assert_eq!(w.len(), 1, "abbreviations do not end sentences: {w:?}");
    assert!(w[0].contains(&"Mr."));
    assert!(w[0].contains(&"J."));
    assert!(w[0].contains(&"Inc."));
    assert!(w[0].contains(&"U.S."));
}

#[test]
fn keeps_hyphens_apostrophes_and_numbers_inside_words() {
    let w = words("O'Brien's all-girl team won 1,000.5 points at 10:30");
    assert_eq!(
        w[0],
        vec!["O'Brien", "'s", "all-girl", "team", "won", "1,000.5", "points", "at", "10:30"]
    );
}

#[test]
fn newlines_end_sentences() {
    assert_eq!(words("Kyiv\nMoscow").len(), 2);
}

#[test]
fn spans_are_char_boundaries() {
    let text = "Zürich — “Müller” said: naïve café.";
    for s in &sentences(text) {
        for &(a, b) in s {
            assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
            assert!(a < b);
        }
    }
}
