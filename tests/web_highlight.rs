//! `highlightElement` and `reanchor` on live DOM in headless Chromium: the text
//! and the markup survive, names across inline elements get one mark per text
//! node, `clear()` restores `innerHTML` exactly, and stored selectors find their
//! text again after the CMS re-renders or edits the article.
#![cfg(target_arch = "wasm32")]

use article_annotator::wasm::{highlight_element, reanchor, Highlight};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
export function article(html) {
  const el = document.createElement('article');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}
export function inner_html(el) { return el.innerHTML; }
export function nested(depth, html) {
  const root = document.createElement('article');
  let cur = root;
  for (let i = 0; i < depth; i++) cur = cur.appendChild(document.createElement(i % 2 ? 'span' : 'em'));
  cur.innerHTML = html;
  document.body.append(root);
  return root;
}
export function text_content(el) { return el.textContent; }
/** One entry per annotation (its pieces joined): "LABEL:text|…". */
export function marks_of(el, kind) {
  const byId = new Map();
  for (const m of el.querySelectorAll(`mark[data-kind="${kind}"]`)) {
    const prev = byId.get(m.dataset.ann);
    byId.set(m.dataset.ann, prev ? prev + m.textContent : `${m.dataset.label}:${m.textContent}`);
  }
  return [...byId.values()].join('|');
}
/** Pieces of one mark id joined, per id, for ids with more than one piece. */
export function split_marks(el) {
  const byId = new Map();
  for (const m of el.querySelectorAll('mark[data-ann]')) byId.set(m.dataset.ann, [...(byId.get(m.dataset.ann) || []), m]);
  return [...byId.values()].filter((ms) => ms.length > 1).map((ms) => `${ms[0].dataset.label}:${ms.map((m) => m.textContent).join('+')}`).join('|');
}
/** Every mark's selectors: exact == DOM text slice, TextPositionSelector right. */
export function selector_failures(el, marks) {
  const skip = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'BUTTON']);
  let dom = '';
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, { acceptNode: (n) => {
    for (let p = n.parentElement; p && p !== el.parentElement; p = p.parentElement) {
      if (skip.has(p.tagName) || p.getAttribute('contenteditable') === 'false') return NodeFilter.FILTER_REJECT;
    }
    return NodeFilter.FILTER_ACCEPT;
  } });
  while (walker.nextNode()) dom += walker.currentNode.data;
  // The selectors' texts are well-formed: a lone surrogate is U+FFFD there (one
  // unit for one unit, so the positions still index the DOM's text).
  dom = dom.toWellFormed();
  const failures = [];
  for (const m of marks) {
    const [q, p] = m.selectors;
    if (dom.slice(p.start, p.end) !== q.exact || q.exact !== m.text) failures.push(`${m.id}: ${JSON.stringify(q.exact)} != ${JSON.stringify(dom.slice(p.start, p.end))}`);
    if (!dom.slice(0, p.start).endsWith(q.prefix)) failures.push(`${m.id}: prefix`);
    if (!dom.slice(p.end).startsWith(q.suffix)) failures.push(`${m.id}: suffix`);
  }
  return failures.join('\n');
}
/** An article that is one text node (a <pre>), remembered to check it is restored. */
export function one_text_node(text) {
  const el = article('');
  const pre = el.appendChild(document.createElement('pre'));
  pre.textContent = text;
  window.__onlyNode = pre.firstChild;
  window.__onlyText = pre.firstChild.data;
  return el;
}
/** The same, with a lone high surrogate at the start of every line and a lone
 * low one before every full stop (text no Rust string can hold). */
export function one_text_node_with_lone_surrogates(text) {
  return one_text_node(text.replaceAll('\n', '\n\uD800').replaceAll('.', '\uDC00.'));
}
export function the_one_node_is_back(el) {
  const pre = el.querySelector('pre');
  return pre.childNodes.length === 1 && pre.firstChild === window.__onlyNode
    && pre.firstChild.data === window.__onlyText;
}
export function script_ran() { return window.__highlightScript === true; }
export function set_inner_html(el, html) { el.innerHTML = html; }
export function options(json) { return JSON.parse(json); }
export function is_error(e) { return e instanceof Error && e.message.startsWith('article-annotator:'); }
"#)]
extern "C" {
    fn article(html: &str) -> web_sys::Element;
    fn inner_html(el: &web_sys::Element) -> String;
    fn nested(depth: u32, html: &str) -> web_sys::Element;
    fn text_content(el: &web_sys::Element) -> String;
    fn marks_of(el: &web_sys::Element, kind: &str) -> String;
    fn split_marks(el: &web_sys::Element) -> String;
    fn selector_failures(el: &web_sys::Element, marks: &JsValue) -> String;
    fn set_inner_html(el: &web_sys::Element, html: &str);
    fn one_text_node(text: &str) -> web_sys::Element;
    fn one_text_node_with_lone_surrogates(text: &str) -> web_sys::Element;
    fn the_one_node_is_back(el: &web_sys::Element) -> bool;
    fn options(json: &str) -> JsValue;
    fn is_error(e: &JsValue) -> bool;
}

const ARTICLE: &str = r#"<h1>Talks in <a href="/kyiv">Kyiv</a> resume</h1>
<p class="lede">Ukraine’s Deputy Prime Minister Olha <b>Stefanishyna</b> said on Monday that the talks were “very <em>constructive</em>”.</p>
<figure><img src="x.jpg" alt=""><figcaption>Photo: EPA-EFE/MICHAEL BUHOLZER</figcaption></figure>
<p>Vladimir Putin said Russia had “significantly” larger reserves than Ukraine, according to officials.</p>
<script>window.__highlightScript = true; // Angela Merkel</script>
<div contenteditable="false">Widget: Boris Johnson</div>
<p>Sponsor: QWIKET AI</p>"#;

fn highlight(el: &web_sys::Element, json: Option<&str>) -> Highlight {
    let opts = json.map(|j| options(j).unchecked_into());
    highlight_element(el.clone().into(), opts).unwrap_or_else(|_| panic!("highlightElement failed"))
}

#[wasm_bindgen_test]
fn marks_keep_the_text_and_the_markup_and_clear_restores_exactly() {
    let el = article(ARTICLE);
    let (html, text) = (inner_html(&el), text_content(&el));
    let mut h = highlight(&el, None);
    assert_eq!(text_content(&el), text, "the text is unchanged");
    let people = marks_of(&el, "entity");
    // (Label-blind here: these tests are about the DOM, not the tagger.)
    assert!(people.contains(":Vladimir Putin"), "{people}");
    assert!(people.contains("GPE:Kyiv"), "{people}");
    assert!(
        !people.contains("Merkel") && !people.contains("Boris"),
        "scripts and islands are left alone: {people}"
    );
    assert!(
        el.query_selector("a[href='/kyiv'] mark").unwrap().is_some(),
        "marks go inside the link"
    );
    assert!(
        el.query_selector("img").unwrap().is_some()
            && el.query_selector("figcaption").unwrap().is_some()
    );
    assert!(marks_of(&el, "quote").contains("“very constructive”"));
    assert!(marks_of(&el, "boilerplate").contains("sponsor:Sponsor: QWIKET AI"));
    assert_eq!(selector_failures(&el, &h.marks()), "");
    h.clear();
    assert_eq!(inner_html(&el), html, "clear() restores innerHTML exactly");
    h.clear();
    assert_eq!(inner_html(&el), html, "a second clear() changes nothing");
    el.remove();
}

/// Many marks in one text node: the node is cut at every piece (middle cut
/// first, then each half), each mark covers its own text, and `clear()` puts
/// back the one original node.
#[wasm_bindgen_test]
fn many_marks_in_one_text_node() {
    let paragraph =
        "Vladimir Putin met Olaf Scholz in Berlin on Monday. “We agree,” Scholz said.\n";
    let el = one_text_node(&paragraph.repeat(40));
    let (html, text) = (inner_html(&el), text_content(&el));
    let mut h = highlight(&el, None);
    assert_eq!(text_content(&el), text, "the text is unchanged");
    let entities = marks_of(&el, "entity");
    assert_eq!(
        entities.matches(":Vladimir Putin").count(),
        40,
        "{entities}"
    );
    assert_eq!(entities.matches(":Berlin").count(), 40, "{entities}");
    assert_eq!(marks_of(&el, "quote").matches("“We agree,”").count(), 40);
    assert_eq!(selector_failures(&el, &h.marks()), "");
    h.clear();
    assert_eq!(inner_html(&el), html, "clear() restores innerHTML exactly");
    assert!(the_one_node_is_back(&el), "the original text node, alone");
    el.remove();
}

/// A page's text may hold lone surrogates (JavaScript strings need not be
/// well-formed): the marks still cover their own text, and `clear()` gives back
/// the node's exact text, not one with U+FFFD in their place.
#[wasm_bindgen_test]
fn clear_restores_lone_surrogates() {
    let paragraph =
        "Vladimir Putin met Olaf Scholz in Berlin on Monday. “We agree,” Scholz said.\n";
    let el = one_text_node_with_lone_surrogates(&paragraph.repeat(3));
    let mut h = highlight(&el, None);
    let entities = marks_of(&el, "entity");
    assert_eq!(entities.matches(":Vladimir Putin").count(), 3, "{entities}");
    assert_eq!(entities.matches(":Berlin").count(), 3, "{entities}");
    assert_eq!(selector_failures(&el, &h.marks()), "");
    h.clear();
    assert!(
        the_one_node_is_back(&el),
        "the original text node, alone, with its text"
    );
    el.remove();
}

#[wasm_bindgen_test]
fn a_name_across_an_inline_element_gets_one_mark_per_text_node() {
    let el = article(ARTICLE);
    let html = inner_html(&el);
    let mut h = highlight(&el, Some(r#"{"kinds": ["entity", "quote"]}"#));
    let split = split_marks(&el);
    assert!(split.contains("PERSON:Olha +Stefanishyna"), "{split}");
    assert!(
        split.contains("partial:“very +constructive+”")
            || split.contains("direct:“very +constructive+”"),
        "{split}"
    );
    assert_eq!(marks_of(&el, "claim"), "", "only the kinds asked for");
    h.clear();
    assert_eq!(inner_html(&el), html);
    el.remove();
}

#[wasm_bindgen_test]
fn deeply_nested_inline_elements() {
    // Built with DOM calls: the HTML parser stops nesting at 512 levels.
    let el = nested(5_000, "Emmanuel <i><b>Macron</b></i> visited Berlin.");
    let before = inner_html(&el);
    let mut h = highlight(&el, Some(r#"{"kinds": ["entity"]}"#));
    assert_eq!(h.text(), "Emmanuel Macron visited Berlin.");
    assert_eq!(marks_of(&el, "entity"), "PERSON:Emmanuel Macron|GPE:Berlin");
    h.clear();
    assert_eq!(inner_html(&el), before);
    el.remove();
}

#[wasm_bindgen_test]
fn stored_marks_find_their_text_after_a_re_render_and_edits() {
    let el = article(ARTICLE);
    let h = highlight(&el, None);
    let stored = h.marks();
    drop(h); // the CMS re-renders: the old marks are gone with the old DOM
             // New markup, a new first paragraph, a typo fixed inside the quote, a sentence removed.
    set_inner_html(
        &el,
        r#"<p>Update: talks will continue on Friday.</p>
<h1>Talks in <a href="/kyiv">Kyiv</a> resume</h1>
<p>Ukraine’s Deputy Prime Minister <span>Olha Stefanishyna</span> said on Monday that the talks were “very constructive”.</p>
<p>Sponsor: QWIKET AI</p>"#,
    );
    let mut r = reanchor(el.clone().into(), stored.unchecked_into())
        .unwrap_or_else(|_| panic!("reanchor failed"));
    let placed = marks_of(&el, "entity");
    assert!(placed.contains("PERSON:Olha Stefanishyna"), "{placed}");
    assert!(
        !placed.contains("Vladimir Putin"),
        "the removed sentence is not placed"
    );
    let unplaced = js_sys::Array::from(&r.unplaced());
    assert!(
        unplaced.length() >= 1,
        "removed text is reported as unplaced"
    );
    assert_eq!(selector_failures(&el, &r.marks()), "");
    r.clear();
    assert!(el.query_selector("mark").unwrap().is_none());
    el.remove();
}

#[wasm_bindgen_test]
fn bad_options_are_real_errors() {
    let el = article("<p>Text.</p>");
    let err = highlight_element(
        el.clone().into(),
        Some(options(r#"{"kinds": ["names"]}"#).unchecked_into()),
    );
    assert!(err.is_err());
    let err = highlight_element(
        el.clone().into(),
        Some(options(r#"{"offset": "utf16"}"#).unchecked_into()),
    );
    assert!(err.is_err());
    let value: JsValue = err.err().map(Into::into).unwrap();
    assert!(is_error(&value));
    let not_an_element = highlight_element(JsValue::from_str("article"), None);
    assert!(is_error(&not_an_element.err().map(Into::into).unwrap()));
    el.remove();
}
