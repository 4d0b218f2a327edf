//! Golden tests: whole articles in, every layer out as a readable listing,
//! compared with `tests/golden/*.expected` (regenerate: `make golden`, then review
//! the diff).

#![cfg(not(target_arch = "wasm32"))]

mod common;

use article_annotator::{annotate, OffsetUnit, Options};
use common::{assert_golden, assert_valid_in_all_units, describe, read_shared};

fn bytes() -> Options {
    Options {
        offsets: OffsetUnit::Bytes,
        html: false,
        ..Options::default()
    }
}

fn golden_plain(name: &str, text: &str) {
    assert_valid_in_all_units(text, false);
    let out = annotate(text, &bytes());
    assert_golden(&format!("{name}.expected"), &describe(text, &out));
}

#[test]
fn reference_article() {
    let text = read_shared("articles/novaya-gazeta-rare-earths.txt");
    golden_plain("novaya-gazeta-rare-earths", &text);
}

/// A few GUM news documents (the development set), whole.
#[test]
fn gum_news_documents() {
    let jsonl = read_shared("gum/gum-news.jsonl");
    let wanted = ["GUM_news_afghan", "GUM_news_defector", "GUM_news_iodine"];
    let mut found = 0;
    for line in jsonl.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = doc["id"].as_str().unwrap();
        if wanted.contains(&id) {
            golden_plain(&format!("gum-news/{id}"), doc["text"].as_str().unwrap());
            found += 1;
        }
    }
    assert_eq!(
        found,
        wanted.len(),
        "GUM news documents missing from the shared data"
    );
}

/// HTML input: the extracted text and its layers.
#[test]
fn html_clipboard_article() {
    let html = include_str!("golden/html/clipboard-article.html");
    assert_valid_in_all_units(html, true);
    let out = annotate(
        html,
        &Options {
            offsets: OffsetUnit::Bytes,
            html: true,
            ..Options::default()
        },
    );
    let text = &out.html.as_ref().expect("html source").text;
    let listing = format!("# text\n{text}\n\n{}", describe(text, &out));
    assert_golden("html/clipboard-article.expected", &listing);
}
