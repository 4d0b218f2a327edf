//! Property tests of the DOM highlighter's planning (no DOM needed): for any text
//! nodes, the annotator's text keeps each node's length, every mark's selectors
//! slice the DOM text, and the pieces stay inside their node, in order, never
//! overlapping; re-anchoring finds every mark again in the unchanged text.

#![cfg(not(target_arch = "wasm32"))]

use article_annotator::highlight::{
    anchor, marks_from_annotations, pieces, Break, Chunk, Kind, Layout, Placement, Selector,
};
use article_annotator::{OffsetUnit, Options};
use proptest::prelude::*;

fn chunk() -> impl Strategy<Value = Chunk> {
    let text = prop::sample::select(vec![
        "Vladimir Putin",
        " said ",
        "“very ",
        "constructive",
        "”",
        " on Monday.",
        "Olha ",
        "Stefanishyna",
        "\n   ",
        "Kyiv",
        " 17 elements, ",
        "👍🏽",
        "Путин",
        " according to officials",
        "Sponsor: ACME",
        "$1.2 billion",
        "",
        "\t",
    ]);
    let brk = prop::sample::select(vec![
        Break::None,
        Break::None,
        Break::Line,
        Break::Paragraph,
    ]);
    (prop::collection::vec(text, 1..4), brk, any::<bool>()).prop_map(|(parts, b, pre)| {
        let mut c = Chunk::new(parts.concat(), b);
        c.preformatted = pre;
        c
    })
}

proptest! {
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn plans_are_valid_for_any_text_nodes(chunks in prop::collection::vec(chunk(), 0..25)) {
        let layout = Layout::new(&chunks);
        let dom: Vec<u16> = chunks.iter().flat_map(|c| c.text.encode_utf16()).collect();
        prop_assert_eq!(&layout.dom, &dom);
        let options = Options { offsets: OffsetUnit::Utf16, ..Options::default() };
        let annotations = article_annotator::annotate(&layout.text, &options);
        let marks = marks_from_annotations(&layout, &annotations, &Kind::ALL);
        for m in &marks {
            prop_assert!(m.start < m.end && m.end <= dom.len());
            prop_assert_eq!(&m.text, &layout.dom_text(m.start, m.end));
            let Selector::TextQuoteSelector { exact, prefix, suffix } = &m.selectors[0] else {
                panic!("the quote selector comes first")
            };
            let placement = Placement { exact, prefix, suffix, position: Some((m.start, m.end)) };
            prop_assert_eq!(anchor(&dom, &placement).map(|l| l.span()), Some((m.start, m.end)));
        }
        let plan = pieces(&layout, &marks);
        prop_assert_eq!(plan.len(), chunks.len());
        for (c, list) in chunks.iter().zip(&plan) {
            let len = c.text.encode_utf16().count();
            let mut last = 0;
            for p in list {
                prop_assert!(last <= p.start && p.start < p.end && p.end <= len);
                prop_assert!(!p.marks.is_empty());
                prop_assert!(p.marks.windows(2).all(|w| marks[w[0]].kind <= marks[w[1]].kind));
                last = p.end;
            }
        }
    }
}
