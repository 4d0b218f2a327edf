//! `highlightElement(element, options?)` and `reanchor(element, stored)`: the
//! DOM side of [`crate::highlight`]. Walk the subtree (dom_walk), plan in the
//! core, wrap (dom_apply); the returned handle lists the marks with their W3C
//! selectors and undoes everything with `clear()`.

use super::dom_apply::{apply, Applied};
use super::dom_walk::walk;
use super::error;
use super::js_read::{kinds_and_rest, Stored};
use super::tape::to_js;
use crate::highlight::{
    anchor_all, marks_from_annotations, pieces, sort_marks, Ids, Kind, Layout, Located, Mark,
};
use crate::{OffsetUnit, Options};
use wasm_bindgen::prelude::*;
use web_sys::Element;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "HighlightOptions")]
    pub type JsHighlightOptions;
    #[wasm_bindgen(typescript_type = "StoredMark[]")]
    pub type JsStoredMarks;
}

/// A highlighted subtree: its marks, the annotator's result, and `clear()`.
#[wasm_bindgen(js_name = Highlight)]
pub struct Highlight {
    applied: Applied,
    marks: JsValue,
    result: JsValue,
    unplaced: JsValue,
    text: String,
}

#[wasm_bindgen(js_class = Highlight)]
impl Highlight {
    /// Every mark drawn, with `selectors` (TextQuoteSelector, TextPositionSelector).
    #[wasm_bindgen(getter, unchecked_return_type = "HighlightMark[]")]
    pub fn marks(&self) -> JsValue {
        self.marks.clone()
    }
    /// The annotator's full result over `text` (`null` after `reanchor`).
    #[wasm_bindgen(getter, unchecked_return_type = "Annotations | null")]
    pub fn result(&self) -> JsValue {
        self.result.clone()
    }
    /// The text the annotator read: the subtree's text with paragraph breaks.
    #[wasm_bindgen(getter)]
    pub fn text(&self) -> String {
        self.text.clone()
    }
    /// Stored marks `reanchor` could not place (empty for `highlightElement`).
    #[wasm_bindgen(getter, unchecked_return_type = "StoredMark[]")]
    pub fn unplaced(&self) -> JsValue {
        self.unplaced.clone()
    }
    /// Removes every mark and restores the subtree exactly (same `innerHTML`).
    pub fn clear(&mut self) {
        self.applied.undo();
    }
}

/// Highlight options: the annotator's options plus `kinds` to draw.
fn read_options(options: Option<JsHighlightOptions>) -> Result<(Options, Vec<Kind>), JsError> {
    let value: JsValue = options.map(Into::into).unwrap_or(JsValue::UNDEFINED);
    let (kinds, rest) = kinds_and_rest(&value)?;
    let mut options = Options::parse_json(&rest).map_err(error::invalid_options)?;
    options.offsets = OffsetUnit::Utf16;
    options.html = false;
    Ok((options, kinds))
}

/// The element argument, checked: a wrong value is an `Error`, not a crash.
fn as_element(value: &JsValue, function: &str) -> Result<Element, JsError> {
    value.dyn_ref::<Element>().cloned().ok_or_else(|| {
        JsError::new(&format!(
            "article-annotator: {function}: expected a DOM Element"
        ))
    })
}

/// Annotates the text of a live DOM subtree and wraps what it finds in `<mark>`s.
#[wasm_bindgen(js_name = highlightElement)]
pub fn highlight_element(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    options: Option<JsHighlightOptions>,
) -> Result<Highlight, JsError> {
    let element = as_element(&element, "highlightElement")?;
    let (options, kinds) = read_options(options)?;
    let walked = walk(&element);
    let layout = Layout::new(&walked.chunks);
    let annotations = crate::annotate(&layout.text, &options);
    let marks = marks_from_annotations(&layout, &annotations, &kinds);
    let applied =
        apply(&walked.nodes, &pieces(&layout, &marks), &marks).map_err(error::dom_failed)?;
    Ok(Highlight {
        applied,
        marks: to_js(&marks)?,
        result: to_js(&annotations)?,
        unplaced: js_sys::Array::new().into(),
        text: layout.text,
    })
}

/// Re-attaches stored marks to the subtree's current text (after a re-render or
/// small edits); those that cannot be placed are listed in `unplaced`.
#[wasm_bindgen]
pub fn reanchor(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    stored: JsStoredMarks,
) -> Result<Highlight, JsError> {
    let list: js_sys::Array = JsValue::from(stored)
        .dyn_into()
        .map_err(|_| error::invalid_options("reanchor: expected an array of stored marks"))?;
    let element = as_element(&element, "reanchor")?;
    let walked = walk(&element);
    let layout = Layout::new(&walked.chunks);
    let items: Vec<JsValue> = list.iter().collect();
    let stored: Vec<Stored> = items.iter().map(Stored::read).collect();
    let placements: Vec<_> = stored.iter().map(Stored::placement).collect();
    let unplaced = js_sys::Array::new();
    let mut ids = Ids::default();
    let mut marks: Vec<Mark> = Vec::new();
    let found = anchor_all(&layout.dom, &placements);
    for ((item, s), found) in items.iter().zip(&stored).zip(found) {
        let kind = s
            .kind
            .as_deref()
            .and_then(Kind::parse)
            .unwrap_or(Kind::Entity);
        match found {
            Some(found) => {
                let (start, end) = found.span();
                let mut mark = Mark::new(
                    &layout,
                    kind,
                    s.label.as_deref().unwrap_or(kind.name()),
                    start,
                    end,
                    &mut ids,
                );
                mark.anchored = Some(match found {
                    Located::Unchanged(..) => "unchanged",
                    Located::Moved(..) => "moved",
                    Located::Edited { .. } => "edited",
                });
                marks.push(mark);
            }
            None => {
                unplaced.push(item);
            }
        }
    }
    sort_marks(&mut marks);
    let applied =
        apply(&walked.nodes, &pieces(&layout, &marks), &marks).map_err(error::dom_failed)?;
    Ok(Highlight {
        applied,
        marks: to_js(&marks)?,
        result: JsValue::NULL,
        unplaced: unplaced.into(),
        text: layout.text,
    })
}
