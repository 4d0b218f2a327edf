//! The re-anchoring rows of the scaling benchmark: a page's marks stored, a
//! line added at the top of the page (so that every mark moved), and the
//! marks placed again, as `reanchor` does in the browser (less the DOM walk
//! and the wrapping, which are linear in the page and the marks).

use article_annotator::highlight::{
    anchor_all, marks_from_annotations, Break, Chunk, Ids, Kind, Layout, Mark, Placement,
};
use article_annotator::Annotator;
use std::time::Instant;

/// Seconds per MB for re-anchoring the marks of `text` (paragraphs at blank
/// lines, annotated with UTF-16 offsets) after a line was added above them.
pub(crate) fn seconds_per_mb(annotator: &Annotator, text: &str) -> f64 {
    let paragraphs: Vec<Chunk> = text
        .split("\n\n")
        .map(|p| Chunk::new(p, Break::Paragraph))
        .collect();
    let before = Layout::new(&paragraphs);
    let marks = marks_from_annotations(&before, &annotator.annotate(&before.text), &Kind::ALL);
    let mut edited = vec![Chunk::new(
        "Updated on Monday with a new line.",
        Break::None,
    )];
    edited.extend(paragraphs);
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
    assert_eq!(placed.len(), marks.len(), "every mark is placed again");
    t / (text.len().max(1) as f64 / 1e6)
}
