//! Applying a highlight plan to the live DOM, and undoing it exactly: text nodes
//! are split where marks begin and end and each piece is wrapped in nested
//! `<mark data-kind data-label data-ann>` elements; `clear` moves the pieces back,
//! restores each original node's text and removes the nodes the splits made, so
//! the subtree's `innerHTML` (and its original text-node objects) come back.
//!
//! The original text is kept as the JavaScript string itself, never read into
//! Rust: a `String` would turn a lone surrogate in the page's text into U+FFFD,
//! and `clear()` would then change the page it promised to restore.

use crate::highlight::{Kind, Mark, Piece};
use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, Node, Text};

/// The text node property that holds its text.
const DATA: &str = "data";

/// What was changed, to undo it.
#[derive(Default)]
pub struct Applied {
    /// Outermost mark of each piece and the piece's text node.
    wrappers: Vec<(Element, Node)>,
    /// Each split text node, its original text (the JS string) and the nodes
    /// split off it.
    splits: Vec<(Text, JsValue, Vec<Text>)>,
}

fn mark_element(doc: &Document, mark: &Mark) -> Result<Element, JsValue> {
    let el = doc.create_element("mark")?;
    el.set_attribute("data-kind", mark.kind.name())?;
    el.set_attribute("data-label", &mark.label)?;
    el.set_attribute("data-ann", &mark.id)?;
    if let (Kind::Claim, Some(score)) = (mark.kind, mark.score) {
        // The same bands as the page (www/view/annotations.js): the underline's style.
        let band = if score >= 0.75 {
            "high"
        } else if score >= 0.5 {
            "mid"
        } else {
            "low"
        };
        el.set_attribute("data-band", band)?;
    }
    Ok(el)
}

/// Wraps every piece of every text node in its marks.
pub fn apply(nodes: &[Text], pieces: &[Vec<Piece>], marks: &[Mark]) -> Result<Applied, JsValue> {
    let mut applied = Applied::default();
    for (node, list) in nodes.iter().zip(pieces) {
        if list.is_empty() {
            continue;
        }
        let Some(doc) = node.owner_document() else {
            continue;
        };
        let original = Reflect::get(node, &DATA.into())?;
        let len = node.length() as usize;
        let mut cuts: Vec<usize> = (list.iter())
            .flat_map(|p| [p.start, p.end])
            .filter(|&c| 0 < c && c < len)
            .collect();
        cuts.dedup(); // ascending: the pieces are in order and do not overlap
        let mut parts = Vec::with_capacity(cuts.len() + 1);
        split(node.clone(), 0, &cuts, &mut parts)?;
        for piece in list {
            let Ok(at) = parts.binary_search_by_key(&piece.start, |p| p.0) else {
                continue;
            };
            let target = &parts[at].1;
            let Some(parent) = target.parent_node() else {
                continue;
            };
            let mut outer: Option<Element> = None;
            let mut inner: Option<Element> = None;
            for &m in &piece.marks {
                let el = mark_element(&doc, &marks[m])?;
                match &inner {
                    Some(i) => {
                        i.append_child(&el)?;
                    }
                    None => outer = Some(el.clone()),
                }
                inner = Some(el);
            }
            let (Some(outer), Some(inner)) = (outer, inner) else {
                continue;
            };
            parent.insert_before(&outer, Some(target))?;
            inner.append_child(target)?;
            applied.wrappers.push((outer, target.clone().into()));
        }
        let created = parts.into_iter().skip(1).map(|(_, t)| t).collect();
        applied.splits.push((node.clone(), original, created));
    }
    Ok(applied)
}

/// Splits `node` (the text from offset `from` of the original node) at
/// `cuts` (ascending, inside it), pushing each part with its offset, in
/// order. At the middle cut first, then each half: a split copies the text
/// on both sides of it, so cutting one end off at a time copied the rest of
/// the node again for every cut, and a page that was one text node of 0.8 MB
/// took 21 s to highlight (1.6 MB: 101 s).
fn split(
    node: Text,
    from: usize,
    cuts: &[usize],
    out: &mut Vec<(usize, Text)>,
) -> Result<(), JsValue> {
    let Some(&at) = cuts.get(cuts.len() / 2) else {
        out.push((from, node));
        return Ok(());
    };
    let right = node.split_text((at - from) as u32)?;
    split(node, from, &cuts[..cuts.len() / 2], out)?;
    split(right, at, &cuts[cuts.len() / 2 + 1..], out)
}

impl Applied {
    /// Restores the subtree as it was before [`apply`]; a second call does nothing.
    pub fn undo(&mut self) {
        for (outer, piece) in self.wrappers.drain(..) {
            if let Some(parent) = outer.parent_node() {
                let _ = parent.insert_before(&piece, Some(&outer));
                let _ = parent.remove_child(&outer);
            }
        }
        for (node, original, created) in self.splits.drain(..) {
            for extra in created {
                if let Some(parent) = extra.parent_node() {
                    let _ = parent.remove_child(&extra);
                }
            }
            let _ = Reflect::set(&node, &DATA.into(), &original);
        }
    }
}
