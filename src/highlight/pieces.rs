//! Where each text node is cut: the pieces of a node and the marks covering each,
//! outermost first, so that the binding wraps a piece in nested `<mark>`s and a
//! name that runs from a text node into an inline element gets one mark per node.

use super::{Layout, Mark};

/// `[start, end)` of one text node (UTF-16 offsets inside the node) and the
/// indices of the marks covering it, outermost first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    pub marks: Vec<usize>,
}

/// The pieces of every chunk (text node) of `layout` that some mark covers.
/// Whitespace-only pieces are left out: wrapping the indentation between two
/// `<li>`s or table cells would put a `<mark>` where HTML allows none.
/// `marks` must be ordered by start (as [`super::marks_from_annotations`] gives them).
///
/// Within a node, the marks that cover each piece are kept up to date as its
/// cuts are swept in order (a mark joins where it starts, leaves where it
/// ends), so the time is the pieces' marks, not cuts × marks: one text node
/// holding a whole 0.4 MB article (5,936 marks) took 91 ms when each piece
/// asked every mark of its node, and four times that for twice the text.
pub fn pieces(layout: &Layout, marks: &[Mark]) -> Vec<Vec<Piece>> {
    let order = |m: usize| {
        let mark = &marks[m];
        (mark.kind, mark.start, std::cmp::Reverse(mark.end), m)
    };
    let mut out = Vec::with_capacity(layout.len());
    let mut active: Vec<usize> = Vec::new();
    let mut next = 0;
    let mut events: Vec<(usize, bool, usize)> = Vec::new(); // (at, leaves, mark)
    let mut covering: Vec<usize> = Vec::new(); // in `order`
    for chunk in 0..layout.len() {
        let (cs, ce) = layout.chunk_range(chunk);
        active.retain(|&m| marks[m].end > cs);
        while next < marks.len() && marks[next].start < ce {
            if marks[next].end > cs {
                active.push(next);
            }
            next += 1;
        }
        events.clear();
        for &m in &active {
            events.push((marks[m].start.clamp(cs, ce), false, m));
            events.push((marks[m].end.clamp(cs, ce), true, m));
        }
        // By place; where one mark ends and another starts, the piece after
        // has the new one and not the old (a mark of no length joins and
        // leaves at once, covering nothing).
        crate::sort::by_key(&mut events, |&e| e);
        covering.clear();
        let mut list = Vec::new();
        let mut i = 0;
        while i < events.len() {
            let a = events[i].0;
            while let Some(&(_, leaves, m)) = events.get(i).filter(|e| e.0 == a) {
                let at = covering.binary_search_by_key(&order(m), |&c| order(c));
                match (leaves, at) {
                    (false, Err(at)) => covering.insert(at, m),
                    (true, Ok(at)) => {
                        covering.remove(at);
                    }
                    _ => {}
                }
                i += 1;
            }
            let Some(&(b, ..)) = events.get(i) else {
                break;
            };
            if covering.is_empty() || layout.dom[a..b].iter().all(|&u| is_space(u)) {
                continue;
            }
            list.push(Piece {
                start: a - cs,
                end: b - cs,
                marks: covering.clone(),
            });
        }
        out.push(list);
    }
    out
}

fn is_space(unit: u16) -> bool {
    char::from_u32(u32::from(unit)).is_some_and(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::highlight::{Break, Chunk, Ids, Kind};

    fn mark(layout: &Layout, kind: Kind, start: usize, end: usize, ids: &mut Ids) -> Mark {
        Mark::new(layout, kind, "X", start, end, ids)
    }

    #[test]
    fn a_name_across_two_text_nodes_is_cut_at_the_node_boundary() {
        // "Olha <b>Stefanishyna</b> said" as three text nodes.
        let layout = Layout::new(&[
            Chunk::new("Olha ", Break::None),
            Chunk::new("Stefanishyna", Break::None),
            Chunk::new(" said", Break::None),
        ]);
        let ids = &mut Ids::default();
        let marks = vec![
            mark(&layout, Kind::Claim, 0, 22, ids),
            mark(&layout, Kind::Entity, 0, 17, ids),
        ];
        let p = pieces(&layout, &marks);
        assert_eq!(
            p[0],
            vec![Piece {
                start: 0,
                end: 5,
                marks: vec![0, 1]
            }]
        );
        assert_eq!(
            p[1],
            vec![Piece {
                start: 0,
                end: 12,
                marks: vec![0, 1]
            }]
        );
        assert_eq!(
            p[2],
            vec![Piece {
                start: 0,
                end: 5,
                marks: vec![0]
            }]
        );
    }

    #[test]
    fn overlapping_marks_nest_outermost_first_and_whitespace_is_skipped() {
        let layout = Layout::new(&[
            Chunk::new("Putin said “yes” today.", Break::None),
            Chunk::new("\n   ", Break::Paragraph),
            Chunk::new("Next.", Break::Paragraph),
        ]);
        let ids = &mut Ids::default();
        // A quote from 11 to 16, an entity 0..5, a claim over everything.
        let mut marks = vec![
            mark(&layout, Kind::Claim, 0, 32, ids),
            mark(&layout, Kind::Entity, 0, 5, ids),
            mark(&layout, Kind::Quote, 11, 16, ids),
        ];
        marks.sort_by_key(|m| m.start);
        let p = pieces(&layout, &marks);
        let claim = marks.iter().position(|m| m.kind == Kind::Claim).unwrap();
        let entity = marks.iter().position(|m| m.kind == Kind::Entity).unwrap();
        let quote = marks.iter().position(|m| m.kind == Kind::Quote).unwrap();
        assert_eq!(
            p[0],
            vec![
                Piece {
                    start: 0,
                    end: 5,
                    marks: vec![claim, entity]
                },
                Piece {
                    start: 5,
                    end: 11,
                    marks: vec![claim]
                },
                Piece {
                    start: 11,
                    end: 16,
                    marks: vec![claim, quote]
                },
                Piece {
                    start: 16,
                    end: 23,
                    marks: vec![claim]
                },
            ]
        );
        assert!(p[1].is_empty(), "the indentation node is not wrapped");
        assert_eq!(
            p[2],
            vec![Piece {
                start: 0,
                end: 5,
                marks: vec![claim]
            }]
        );
    }

    #[test]
    fn no_marks_no_pieces() {
        let layout = Layout::new(&[Chunk::new("plain", Break::None)]);
        assert_eq!(pieces(&layout, &[]), vec![Vec::<Piece>::new()]);
    }

    #[cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency
    mod property {
        use super::*;
        use proptest::collection::vec;
        use proptest::prelude::*;

        /// The cutting this module did before the sweep: each piece asked every
        /// mark of its node whether it covered it (the tests' reference).
        fn pieces_by_scan(layout: &Layout, marks: &[Mark]) -> Vec<Vec<Piece>> {
            let mut out = Vec::with_capacity(layout.len());
            let mut active: Vec<usize> = Vec::new();
            let mut next = 0;
            for chunk in 0..layout.len() {
                let (cs, ce) = layout.chunk_range(chunk);
                active.retain(|&m| marks[m].end > cs);
                while next < marks.len() && marks[next].start < ce {
                    if marks[next].end > cs {
                        active.push(next);
                    }
                    next += 1;
                }
                let mut cuts: Vec<usize> = vec![cs, ce];
                for &m in &active {
                    cuts.extend([marks[m].start.clamp(cs, ce), marks[m].end.clamp(cs, ce)]);
                }
                cuts.sort_unstable();
                cuts.dedup();
                let mut list = Vec::new();
                for w in cuts.windows(2) {
                    let (a, b) = (w[0], w[1]);
                    let mut covering: Vec<usize> = active
                        .iter()
                        .copied()
                        .filter(|&m| marks[m].start <= a && marks[m].end >= b)
                        .collect();
                    if covering.is_empty() || layout.dom[a..b].iter().all(|&u| is_space(u)) {
                        continue;
                    }
                    crate::sort::by_key(&mut covering, |&m| {
                        (
                            marks[m].kind,
                            marks[m].start,
                            std::cmp::Reverse(marks[m].end),
                            m,
                        )
                    });
                    list.push(Piece {
                        start: a - cs,
                        end: b - cs,
                        marks: covering,
                    });
                }
                out.push(list);
            }
            out
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(1_000))]
            /// Any text nodes (some only whitespace) and any marks over them
            /// (nested, crossing, repeated, across nodes): the same pieces as
            /// the scan.
            #[test]
            fn the_sweep_cuts_as_the_scan_did(
                nodes in vec(prop_oneof![Just("Putin "), Just(" \n "), Just("said"), Just("“yes”"), Just("👍🏽")], 1..8),
                spans in vec((0usize..40, 0usize..12, 0usize..4), 0..12),
            ) {
                let chunks: Vec<Chunk> = nodes.iter().map(|&n| Chunk::new(n, Break::None)).collect();
                let layout = Layout::new(&chunks);
                let len = layout.dom.len();
                let ids = &mut Ids::default();
                let mut marks: Vec<Mark> = spans
                    .iter()
                    .map(|&(start, n, kind)| {
                        let start = start % len;
                        mark(&layout, Kind::ALL[kind], start, (start + n).min(len), ids)
                    })
                    .collect();
                marks.sort_by_key(|m| m.start);
                prop_assert_eq!(pieces(&layout, &marks), pieces_by_scan(&layout, &marks));
            }
        }
    }
}
