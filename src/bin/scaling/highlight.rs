//! The highlighting rows of the scaling benchmark: the pure half of
//! `highlightElement` (marks and the cutting of text nodes) over a page that
//! is one text node, and of `reanchor`: a page's marks stored, a line added at
//! the top of the page (so that every mark moved), and the marks placed
//! again (or after every space was doubled, so that no mark kept its
//! context). The DOM walk and the wrapping happen in the browser only (the
//! wrapping's splits are timed in a browser; see src/wasm/dom_apply.rs).

use article_annotator::highlight::{
    anchor_all, marks_from_annotations, pieces, Break, Chunk, Ids, Kind, Layout, Mark, Placement,
};
use article_annotator::Annotator;
use std::time::Instant;

/// Seconds per MB for the marks of `text` as one text node (annotated with
/// UTF-16 offsets, untimed) and the cutting of that node into pieces.
pub(crate) fn marks_seconds_per_mb(annotator: &Annotator, text: &str) -> f64 {
    let layout = Layout::new(&[Chunk::new(text, Break::None)]);
    let annotations = annotator.annotate(&layout.text);
    let start = Instant::now();
    let marks = marks_from_annotations(&layout, &annotations, &Kind::ALL);
    let cut = pieces(&layout, &marks);
    let t = start.elapsed().as_secs_f64();
    assert!(
        cut[0].len() >= marks.len() / 2,
        "the node is cut at the marks"
    );
    t / (text.len().max(1) as f64 / 1e6)
}

/// How the page changed before its marks are placed again.
#[derive(Clone, Copy)]
pub(crate) enum Edit {
    /// A line added at the top: every mark moved, its context intact.
    LineAbove,
    /// Every space doubled: no mark keeps its full context, and those with a
    /// space inside are edited.
    SpacesDoubled,
}

/// Seconds per MB for re-anchoring the marks of `text` (paragraphs at blank
/// lines, annotated with UTF-16 offsets) after the page was edited.
pub(crate) fn reanchor_seconds_per_mb(annotator: &Annotator, text: &str, edit: Edit) -> f64 {
    let paragraphs: Vec<Chunk> = text
        .split("\n\n")
        .map(|p| Chunk::new(p, Break::Paragraph))
        .collect();
    let before = Layout::new(&paragraphs);
    let marks = marks_from_annotations(&before, &annotator.annotate(&before.text), &Kind::ALL);
    let edited: Vec<Chunk> = match edit {
        Edit::LineAbove => {
            let line = Chunk::new("Updated on Monday with a new line.", Break::None);
            std::iter::once(line).chain(paragraphs).collect()
        }
        Edit::SpacesDoubled => (text.split("\n\n"))
            .map(|p| Chunk::new(p.replace(' ', "  "), Break::Paragraph))
            .collect(),
    };
    let after = Layout::new(&edited);
    let placements: Vec<Placement> = marks.iter().map(Placement::from).collect();
    let start = Instant::now();
    let found = anchor_all(&after.dom, &placements);
    let mut ids = Ids::default();
    let placed: Vec<Mark> = (found.iter().zip(&marks))
        .filter_map(|(f, m)| {
            let (s, e) = f.as_ref()?.span();
            Some(Mark::new(&after, m.kind, &m.label, s, e, &mut ids))
        })
        .collect();
    let t = start.elapsed().as_secs_f64();
    if let Edit::LineAbove = edit {
        assert_eq!(placed.len(), marks.len(), "every mark is placed again");
    }
    t / (text.len().max(1) as f64 / 1e6)
}
