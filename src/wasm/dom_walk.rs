//! Reading a live DOM subtree as text: its text nodes in reading order, each with
//! the break that block elements and `<br>` put before it. Scripts, styles, form
//! controls, embedded documents, `contenteditable="false"` islands and elements
//! marked `data-annotator-ignore` are left out (their text is not the article's,
//! and a CMS must be able to fence off widgets).

use crate::highlight::{Break, Chunk};
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Text};

/// The text nodes to annotate and their chunks, index for index.
pub struct Walked {
    pub nodes: Vec<Text>,
    pub chunks: Vec<Chunk>,
}

const SKIPPED: &[&str] = &[
    "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "INPUT", "SELECT", "OPTION", "BUTTON",
    "IFRAME", "OBJECT", "EMBED", "CANVAS", "SVG", "MATH", "VIDEO", "AUDIO",
];

const BLOCKS: &[&str] = &[
    "ADDRESS",
    "ARTICLE",
    "ASIDE",
    "BLOCKQUOTE",
    "DD",
    "DETAILS",
    "DIV",
    "DL",
    "DT",
    "FIELDSET",
    "FIGCAPTION",
    "FIGURE",
    "FOOTER",
    "FORM",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "HEADER",
    "HR",
    "LI",
    "MAIN",
    "NAV",
    "OL",
    "P",
    "PRE",
    "SECTION",
    "SUMMARY",
    "TABLE",
    "TBODY",
    "TD",
    "TFOOT",
    "TH",
    "THEAD",
    "TR",
    "UL",
    "CAPTION",
];

fn skipped(tag: &str, el: &Element) -> bool {
    SKIPPED.contains(&tag)
        || el
            .get_attribute("contenteditable")
            .is_some_and(|v| v.eq_ignore_ascii_case("false"))
        || el.has_attribute("data-annotator-ignore")
}

enum Step {
    Enter(Node),
    Leave { block: bool, pre: bool },
}

/// Walks `root` without recursion (a CMS page can nest thousands of levels).
pub fn walk(root: &Element) -> Walked {
    let mut walked = Walked {
        nodes: Vec::new(),
        chunks: Vec::new(),
    };
    let mut pending = Break::None;
    let mut pre_depth = 0usize;
    let mut stack = vec![Step::Enter(root.clone().into())];
    let raise = |pending: &mut Break, to: Break| {
        if to == Break::Paragraph || *pending == Break::None {
            *pending = to;
        }
    };
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Leave { block, pre } => {
                if block {
                    raise(&mut pending, Break::Paragraph);
                }
                pre_depth -= usize::from(pre);
                continue;
            }
            Step::Enter(node) => node,
        };
        if let Some(text) = node.dyn_ref::<Text>() {
            let data = text.data();
            if !data.is_empty() {
                let mut chunk = Chunk::new(data, pending);
                chunk.preformatted = pre_depth > 0;
                walked.chunks.push(chunk);
                walked.nodes.push(text.clone());
                pending = Break::None;
            }
            continue;
        }
        let Some(el) = node.dyn_ref::<Element>() else {
            continue;
        };
        let tag = el.tag_name().to_ascii_uppercase();
        if skipped(&tag, el) {
            continue;
        }
        if tag == "BR" {
            raise(&mut pending, Break::Line);
            continue;
        }
        let block = BLOCKS.contains(&tag.as_str());
        let pre = tag == "PRE";
        if block {
            raise(&mut pending, Break::Paragraph);
        }
        pre_depth += usize::from(pre);
        stack.push(Step::Leave { block, pre });
        let children = node.child_nodes();
        for i in (0..children.length()).rev() {
            if let Some(child) = children.get(i) {
                stack.push(Step::Enter(child));
            }
        }
    }
    walked
}
