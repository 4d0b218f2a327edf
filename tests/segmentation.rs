//! Segmentation on real text: the reference article (here), GUM's news
//! documents with gold sentence boundaries (`gum`), and random and huge input
//! (`robustness`). The data lives in the `shared/` folder next to the repository.

#![cfg(not(target_arch = "wasm32"))]

mod common;

#[path = "segmentation/gum.rs"]
mod gum;
#[path = "segmentation/robustness.rs"]
mod robustness;

use article_annotator::text::segment::{paragraphs, sentences};
use article_annotator::text::span::Span;
use article_annotator::text::tokens::tokenize;

const ARTICLE: &str = "articles/novaya-gazeta-rare-earths.txt";

/// Reads a file of the shared data folder, failing with a clear message.
fn read(relative: &str) -> String {
    common::read_shared(relative)
}

fn slices(text: &str, spans: &[Span]) -> Vec<String> {
    spans.iter().map(|s| s.slice(text).to_string()).collect()
}

// ---------------------------------------------------------------- the article

#[test]
fn article_paragraphs_are_its_lines() {
    let text = read(ARTICLE);
    let paras = slices(&text, &paragraphs(&text));
    assert_eq!(paras.len(), 21, "{paras:#?}");
    assert_eq!(paras[0], "THE AMERICA ONE NEWS");
    assert_eq!(
        paras[1], "Feb 25, 2025 \u{a0}|",
        "trailing nbsp trimmed, inner kept"
    );
    assert_eq!(paras[3], "| Remer,MN");
    assert!(paras[10].starts_with("NextImg:Putin proposes"));
    assert!(paras[13].starts_with("Vladimir Putin said on Monday"));
    assert!(paras[20].ends_with("no security guarantees in return."));
}

#[test]
fn article_body_paragraphs_are_one_sentence_each() {
    let text = read(ARTICLE);
    for p in paragraphs(&text).into_iter().skip(13) {
        let s = sentences(&text, p);
        assert_eq!(s, vec![p], "split inside: {:?}", slices(&text, &s));
    }
}

/// The body run together into one paragraph must come apart at the same places.
#[test]
fn article_body_joined_splits_at_the_original_sentences() {
    let text = read(ARTICLE);
    let body: Vec<&str> = paragraphs(&text)
        .into_iter()
        .skip(13)
        .map(|p| p.slice(&text))
        .collect();
    let joined = body.join(" ");
    let got = slices(&joined, &sentences(&joined, Span::new(0, joined.len())));
    assert_eq!(got, body);
}

/// The body hard-wrapped at 72 columns (CRLF, blank line between paragraphs)
/// comes back as its paragraphs.
#[test]
fn article_body_hard_wrapped_is_rejoined() {
    let text = read(ARTICLE);
    let body: Vec<&str> = paragraphs(&text)
        .into_iter()
        .skip(13)
        .map(|p| p.slice(&text))
        .collect();
    let wrapped: Vec<String> = body.iter().map(|p| wrap(p, 72, "\r\n")).collect();
    let mail = wrapped.join("\r\n\r\n");
    let got = slices(&mail, &paragraphs(&mail));
    let unwrap = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(got.iter().map(|s| unwrap(s)).collect::<Vec<_>>(), body);
}

fn wrap(paragraph: &str, width: usize, newline: &str) -> String {
    let mut lines: Vec<String> = vec![String::new()];
    for word in paragraph.split(' ') {
        let line = lines.last_mut().expect("one line");
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines.join(newline)
}

#[test]
fn article_tokens_split_possessives_and_final_periods() {
    let text = read(ARTICLE);
    let toks: Vec<&str> = tokenize(&text, Span::new(0, text.len()))
        .iter()
        .map(|t| t.span.slice(&text))
        .collect();
    let has = |seq: &[&str]| toks.windows(seq.len()).any(|w| w == seq);
    assert!(has(&["Russia", "’s", "invasion"]));
    assert!(has(&["Putin", "’s", "remarks"]));
    assert!(has(&["Euro-Atlantic", "Integration"]));
    assert!(has(&["Zaporizhzhia", "regions"]));
    assert!(has(&["in", "2022", "."]));
    assert!(has(&["“", "final", "stages", "”", "."]));
    assert!(has(&["EPA-EFE", "/", "MICHAEL"]));
}
