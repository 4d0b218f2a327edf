//! Applying a highlight plan to the live DOM, and undoing it exactly: text nodes
//! are split where marks begin and end and each piece is wrapped in nested
//! `<mark data-kind data-label data-ann>` elements; `clear` moves the pieces back,
//! restores each original node's text and removes the nodes the splits made, so
//! the subtree's `innerHTML` (and its original text-node objects) come back.

use crate::highlight::{Kind, Mark, Piece};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, Node, Text};

/// What was changed, to undo it.
#[derive(Default)]
pub struct Applied {
    /// Outermost mark of each piece and the piece's text node.
    wrappers: Vec<(Element, Node)>,
    /// Each split text node, its original text and the nodes split off it.
    splits: Vec<(Text, String, Vec<Text>)>,
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
        let original = node.data();
        let mut created = Vec::new();
        // From the last piece back, so the earlier offsets stay valid in `node`.
        for piece in list.iter().rev() {
            if (piece.end as u32) < node.length() {
                created.push(node.split_text(piece.end as u32)?);
            }
            let target: Text = if piece.start > 0 {
                let t = node.split_text(piece.start as u32)?;
                created.push(t.clone());
                t
            } else {
                node.clone()
            };
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
            parent.insert_before(&outer, Some(&target))?;
            inner.append_child(&target)?;
            applied.wrappers.push((outer, target.into()));
        }
        applied.splits.push((node.clone(), original, created));
    }
    Ok(applied)
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
            node.set_data(&original);
        }
    }
}
