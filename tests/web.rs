//! In-browser tests of the wasm package (`wasm-pack test --headless --chrome`).
//!
//! The checks run in JavaScript on the objects the package returns, exactly as a
//! page sees them: `text.slice(start, end)` must give each span's text.
#![cfg(target_arch = "wasm32")]

use article_annotator::wasm::{annotate, JsAnnotator};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
export function span_failures(text, r) {
  const failures = [];
  if (r.version !== 1) failures.push(`version ${r.version}`);
  if (r.offsets !== 'utf16') failures.push(`offsets ${r.offsets}`);
  if (r.length !== text.length) failures.push(`length ${r.length} != ${text.length}`);
  const layers = ['boilerplate', 'paragraphs', 'sentences', 'entities', 'quotes', 'claims'];
  for (const layer of layers) {
    if (!Array.isArray(r[layer])) { failures.push(`${layer} is not an array`); continue; }
    for (const s of r[layer]) {
      if (!(0 <= s.start && s.start < s.end && s.end <= text.length)) {
        failures.push(`${layer} span ${s.start}..${s.end} out of range`);
        continue;
      }
      const slice = text.slice(s.start, s.end);
      if ('text' in s && s.text !== slice) failures.push(`${layer} text ${JSON.stringify(s.text)} != ${JSON.stringify(slice)}`);
      if (slice.trim() !== slice) failures.push(`${layer} span ${JSON.stringify(slice)} is not trimmed`);
    }
  }
  return failures.join('\n');
}
export function sentence_texts(text, r) { return r.sentences.map((s) => text.slice(s.start, s.end)).join('|'); }
export function paragraph_count(r) { return r.paragraphs.length; }
export function is_error(e) { return e instanceof Error && e.message.length > 0; }
export function error_message(e) { return e instanceof Error ? e.message : `not an Error: ${String(e)}`; }
export function make_options(json) { return JSON.parse(json); }
export function json_differences(a, b) {
  const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
  if (x === y) return '';
  let i = 0;
  while (x[i] === y[i]) i++;
  return `differ at ${i}: ${x.slice(i, i + 80)} | ${y.slice(i, i + 80)}`;
}
"#)]
extern "C" {
    fn span_failures(text: &str, result: &JsValue) -> String;
    fn sentence_texts(text: &str, result: &JsValue) -> String;
    fn paragraph_count(result: &JsValue) -> u32;
    fn is_error(e: &JsValue) -> bool;
    fn error_message(e: &JsValue) -> String;
    fn make_options(json: &str) -> article_annotator::wasm::JsOptions;
    fn json_differences(a: &JsValue, b: &JsValue) -> String;
}

const MIXED: &str = "Путин заявил 👍🏽 в понедельник.\r\nThe U.S. said “yes” — again. Zoë Brontë-Müller 🇺🇦 agreed!\r\n\r\nשלום עולם. Sponsor: ACME\r\n";

#[wasm_bindgen_test]
fn every_span_slices_in_javascript() {
    let result = annotate(MIXED, None).expect("annotate");
    assert_eq!(span_failures(MIXED, &result), "");
    assert!(paragraph_count(&result) >= 2);
}

#[wasm_bindgen_test]
fn class_keeps_options_and_counts_utf16() {
    let annotator = JsAnnotator::new(Some(make_options(r#"{"offsets":"utf16"}"#))).expect("new");
    let result = annotator.annotate(MIXED).expect("annotate");
    assert_eq!(span_failures(MIXED, &result), "");
    let sentences = sentence_texts(MIXED, &result);
    assert!(
        sentences.contains("Путин заявил 👍🏽 в понедельник."),
        "{sentences}"
    );
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_utf16_offsets_aligned() {
    // A lone surrogate becomes U+FFFD on the way in: one UTF-16 unit for one unit.
    let text: String = char::decode_utf16([0xD83D_u16, 0x41, 0x2E, 0x20, 0x42, 0x2E])
        .map(|r| r.unwrap_or('\u{FFFD}'))
        .collect();
    let result = annotate(&text, None).expect("annotate");
    assert_eq!(span_failures(&text, &result), "");
}

#[wasm_bindgen_test]
fn invalid_options_raise_a_real_error() {
    let err = annotate("x", Some(make_options(r#"{"offsets":"utf32"}"#))).unwrap_err();
    let err: JsValue = err.into();
    assert!(is_error(&err));
    let message = error_message(&err);
    assert!(
        message.contains("utf32") && message.contains("utf16"),
        "{message}"
    );
    let err: JsValue = JsAnnotator::new(Some(make_options(r#"{"htm":true}"#)))
        .err()
        .expect("rejects")
        .into();
    assert!(error_message(&err).contains("htm"));
}

#[wasm_bindgen_test]
fn html_input_offsets_index_the_extracted_text() {
    let html = "<p>Zoë said &ldquo;hi&rdquo;.</p><script>alert(1)</script><p>Kyiv 👍.</p>";
    let result = annotate(html, Some(make_options(r#"{"html":true}"#))).expect("annotate");
    let text = js_sys::Reflect::get(
        &js_sys::Reflect::get(&result, &"html".into()).unwrap(),
        &"text".into(),
    )
    .unwrap()
    .as_string()
    .unwrap();
    assert!(!text.contains("alert"));
    assert_eq!(span_failures(&text, &result), "");
}

/// The tape (src/output/tape.rs, read by src/wasm/tape.js) builds exactly what
/// serde-wasm-bindgen's `json_compatible` serializer builds from the same
/// annotations, key order included, in every offset unit; the long text takes
/// several chunks.
#[wasm_bindgen_test]
fn results_match_serde_wasm_bindgen() {
    use serde::Serialize;
    let article = include_str!("golden/boilerplate/full-page-paste.txt");
    let long = article.repeat(100);
    let lone: String = char::decode_utf16([0x41, 0xD800, 0x20, 0x42])
        .map(|r| r.unwrap_or('\u{FFFD}'))
        .collect();
    for text in [MIXED, "", article, &long, &lone] {
        for unit in ["utf16", "chars", "bytes"] {
            let json = format!(r#"{{"offsets":"{unit}"}}"#);
            let ours = annotate(text, Some(make_options(&json))).expect("annotate");
            let options = article_annotator::Options::parse_json(&json).expect("options");
            let theirs = article_annotator::annotate(text, &options)
                .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
                .expect("serde-wasm-bindgen");
            assert_eq!(
                json_differences(&ours, &theirs),
                "",
                "{unit}, {} bytes",
                text.len()
            );
        }
    }
}
