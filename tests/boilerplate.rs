//! Boilerplate detection on whole articles: golden listings, explicit checks on
//! the reference article, and a property test that no input breaks the span
//! invariants.
//!
//! Goldens: every `tests/golden/boilerplate/<name>.txt` (plus the shared reference
//! article) is segmented with `text::segment::paragraphs`, run through
//! `text::boilerplate::detect`, and rendered one mark a line as
//! `reason<TAB>line:col<TAB>"marked text"` (1-based line, 1-based char column).
//! The listing must equal `<name>.expected`; regenerate all of them with
//! `UPDATE_GOLDEN=1 cargo test --test boilerplate` and review the diff.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use article_annotator::text::boilerplate::{detect, Marked};
use article_annotator::text::segment::paragraphs;
use article_annotator::text::span::Span;
use proptest::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};

const GOLDEN_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/boilerplate");

fn marks_of(text: &str) -> Vec<Marked> {
    detect(text, &paragraphs(text))
}

/// One line per mark: `reason<TAB>line:col<TAB>"text"`.
fn render(text: &str, marks: &[Marked]) -> String {
    if marks.is_empty() {
        return "(no marks)\n".to_string();
    }
    let mut out = String::new();
    for m in marks {
        let before = &text[..m.span.start];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = text[line_start..m.span.start].chars().count() + 1;
        out.push_str(&format!(
            "{}\t{line}:{col}\t{:?}\n",
            m.reason,
            m.span.slice(text)
        ));
    }
    out
}

/// Inputs: the reference article, then every `*.txt` in the golden folder.
fn golden_inputs() -> Vec<(String, String)> {
    let mut inputs = vec![(
        "novaya-gazeta-rare-earths".to_string(),
        common::read_shared("articles/novaya-gazeta-rare-earths.txt"),
    )];
    let mut files: Vec<PathBuf> = fs::read_dir(GOLDEN_DIR)
        .expect("golden folder exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for path in files {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        inputs.push((name, fs::read_to_string(&path).expect("readable input")));
    }
    inputs
}

#[test]
fn golden_listings() {
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let mut failures = Vec::new();
    let inputs = golden_inputs();
    assert!(
        inputs.len() >= 5,
        "expected the reference and 4 synthetic articles"
    );
    for (name, text) in inputs {
        let actual = render(&text, &marks_of(&text));
        let path = Path::new(GOLDEN_DIR).join(format!("{name}.expected"));
        if update {
            fs::write(&path, &actual).expect("writable golden file");
            continue;
        }
        let expected = fs::read_to_string(&path).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "{}:\n{}",
                path.display(),
                common::line_diff(&expected, &actual)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "golden mismatch (UPDATE_GOLDEN=1 cargo test --test boilerplate rewrites them):\n{}",
        failures.join("\n")
    );
}

#[test]
fn reference_article_expectations() {
    let text = common::read_shared("articles/novaya-gazeta-rare-earths.txt");
    let marks = marks_of(&text);
    let headline = text.find("Putin proposes").expect("headline present");
    let nextimg = text.find("NextImg:").expect("prefix present");
    let photos: Vec<usize> = text.match_indices("Photo: EPA").map(|(i, _)| i).collect();
    assert_eq!(photos.len(), 2);

    // Everything before the headline is boilerplate: every paragraph that ends
    // before it is covered by one mark, and the prefix alone is marked.
    for p in paragraphs(&text).into_iter().filter(|p| p.end <= nextimg) {
        assert!(
            marks.iter().any(|m| m.span == p),
            "header line {:?} not marked",
            p.slice(&text)
        );
    }
    let prefix = marks
        .iter()
        .find(|m| m.span.start == nextimg)
        .expect("prefix marked");
    assert_eq!(
        (prefix.reason, prefix.span.end),
        ("scraper_prefix", headline)
    );

    // First photo credit kept, the second a duplicate.
    assert!(marks.iter().all(|m| m.span.start != photos[0]));
    let copy = marks
        .iter()
        .find(|m| m.span.start == photos[1])
        .expect("copy marked");
    assert_eq!(copy.reason, "duplicate");

    // No body paragraph (anything after the second credit) is marked.
    assert!(marks.iter().all(|m| m.span.start <= photos[1]));
}

/// Lines that look like residue, prose and noise, for the property test.
fn line_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "THE AMERICA ONE NEWS",
            "Feb 25, 2025 \u{a0}| \u{a0}",
            "0",
            " | Remer,MN",
            "Sponsor:\u{a0} QWIKET AI",
            "back",
            "topic",
            "NextImg:Putin proposes",
            "Photo: EPA-EFE/MICHAEL BUHOLZER",
            "Advertisement",
            "We use cookies to improve your experience.",
            "Accept all",
            "Accept",
            "Share on Facebook",
            "Related: Putin",
            "|",
            "•",
            "Home › World",
            "AdvertisementPutin",
            "© 2025 Reuters",
            "ImgAlt:Жук",
            "Реклама",
            "МЕДУЗА",
            "Vladimir Putin said on Monday that Russia is ready to work with foreign partners.",
        ])
        .prop_map(str::to_string),
        "[ a-zA-Z0-9.,:;!?|•›»\"“”'’()\u{a0}\u{200b}жЖ€é-]{0,60}",
        any::<String>(),
    ]
}

fn check_invariants(text: &str, paras: &[Span], marks: &[Marked]) {
    for m in marks {
        assert!(
            m.span.start < m.span.end && m.span.end <= text.len(),
            "{m:?}"
        );
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        let s = m.span.slice(text);
        assert_eq!(
            s,
            s.trim_matches(article_annotator::text::span::is_blank),
            "untrimmed {m:?}"
        );
    }
    for w in marks.windows(2) {
        assert!(
            w[0].span.end <= w[1].span.start,
            "unsorted or overlapping {w:?}"
        );
    }
    let valid: Vec<&Span> = paras
        .iter()
        .filter(|p| text.get(p.range()).is_some())
        .collect();
    for m in marks {
        assert!(
            valid.iter().any(|p| p.contains(m.span)),
            "{m:?} outside paragraphs"
        );
    }
}

proptest! {
    #[test]
    fn no_panic_and_valid_spans(
        lines in prop::collection::vec(line_strategy(), 0..40),
        seps in prop::collection::vec(prop::sample::select(vec!["\n", "\n\n", "\r\n", " \n ", "\n\u{a0}\n"]), 40),
    ) {
        let mut text = String::new();
        for (line, sep) in lines.iter().zip(&seps) {
            text.push_str(line);
            text.push_str(sep);
        }
        let paras = paragraphs(&text);
        let marks = detect(&text, &paras);
        check_invariants(&text, &paras, &marks);
    }

    #[test]
    fn arbitrary_paragraph_spans_never_panic(
        text in "[a-zA-Z |:\n\u{a0}жЖ€]{0,80}",
        raw in prop::collection::vec((0usize..90, 0usize..90), 0..8),
    ) {
        let paras: Vec<Span> = raw.into_iter().map(|(a, b)| Span::new(a, b)).collect();
        let marks = detect(&text, &paras);
        check_invariants(&text, &paras, &marks);
    }
}
