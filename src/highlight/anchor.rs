//! Re-anchoring: finding a stored annotation again after the page was re-rendered
//! or lightly edited, from its W3C selectors (the quote with its prefix and
//! suffix, and the old position as a hint), as Hypothesis does for its highlights.
//!
//! In order: the old position if the text there is unchanged; else the occurrence
//! of the exact text whose context matches best (nearest the old position on a
//! tie); else, when the quoted text itself was edited, the text between where the
//! prefix ends and the suffix starts, if it is within a quarter of edits of the
//! quote. Otherwise the annotation is reported as not placed.

use super::edited;
use super::marks::{Mark, Selector};
use super::needles::find_all;

/// A stored annotation's selectors (UTF-16 offsets in the DOM text).
#[derive(Clone, Debug, Default)]
pub struct Placement<'a> {
    pub exact: &'a str,
    pub prefix: &'a str,
    pub suffix: &'a str,
    pub position: Option<(usize, usize)>,
}

impl<'a> From<&'a Mark> for Placement<'a> {
    /// What a mark stored: its quote selector and its position.
    fn from(m: &'a Mark) -> Placement<'a> {
        let mut p = Placement::default();
        for s in &m.selectors {
            match s {
                Selector::TextQuoteSelector {
                    exact,
                    prefix,
                    suffix,
                } => (p.exact, p.prefix, p.suffix) = (exact, prefix, suffix),
                Selector::TextPositionSelector { start, end } => p.position = Some((*start, *end)),
            }
        }
        p
    }
}

/// Where an annotation was placed, and how sure that is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Located {
    /// Same text at the same position.
    Unchanged(usize, usize),
    /// Same text, elsewhere (content was added or removed before it).
    Moved(usize, usize),
    /// The quoted text itself changed: placed by its context, with `edits` edits.
    Edited {
        start: usize,
        end: usize,
        edits: usize,
    },
}

impl Located {
    pub fn span(self) -> (usize, usize) {
        match self {
            Located::Unchanged(s, e) | Located::Moved(s, e) => (s, e),
            Located::Edited { start, end, .. } => (start, end),
        }
    }
}

/// Places `p` in `dom` (UTF-16 units), or `None` when it cannot be placed.
pub fn anchor(dom: &[u16], p: &Placement) -> Option<Located> {
    anchor_all(dom, std::slice::from_ref(p)).pop().flatten()
}

/// A placement's selectors in UTF-16 units.
pub(super) struct Selectors {
    pub exact: Vec<u16>,
    pub prefix: Vec<u16>,
    pub suffix: Vec<u16>,
    /// Where the mark began before: the tie-break between equal contexts.
    pub hint: usize,
}

/// Places each of `placements` in `dom` as [`anchor`] does, reading the page a
/// fixed number of times however many there are (see `needles`): a page whose
/// marks have all moved is re-anchored in time linear in the page and marks.
pub fn anchor_all(dom: &[u16], placements: &[Placement]) -> Vec<Option<Located>> {
    let mut out = vec![None; placements.len()];
    // The marks not where they were, with their selectors in UTF-16 units
    // (only theirs: an unchanged mark's context is never read).
    let mut moved: Vec<(usize, Selectors)> = Vec::new();
    for (i, p) in placements.iter().enumerate() {
        let exact: Vec<u16> = p.exact.encode_utf16().collect();
        if exact.is_empty() {
            continue;
        }
        match p.position {
            Some((s, e)) if dom.get(s..e) == Some(&exact[..]) => {
                out[i] = Some(Located::Unchanged(s, e));
            }
            _ => moved.push((
                i,
                Selectors {
                    exact,
                    prefix: p.prefix.encode_utf16().collect(),
                    suffix: p.suffix.encode_utf16().collect(),
                    hint: p.position.map_or(0, |(s, _)| s),
                },
            )),
        }
    }
    let exacts: Vec<&[u16]> = moved.iter().map(|(_, sel)| &sel.exact[..]).collect();
    let found = find_all(dom, &exacts);
    let mut changed = Vec::new();
    for (j, (i, sel)) in moved.iter().enumerate() {
        match best_occurrence(dom, found.of(j), sel) {
            Some(s) => out[*i] = Some(Located::Moved(s, s + sel.exact.len())),
            None if edited::may_place(sel) => changed.push((*i, sel)),
            None => {}
        }
    }
    let probes: Vec<&[u16]> = (changed.iter())
        .flat_map(|(_, sel)| edited::probes(sel))
        .collect();
    let found = find_all(dom, &probes);
    for (j, (i, sel)) in changed.into_iter().enumerate() {
        out[i] = edited::place(dom, sel, found.of(2 * j), found.of(2 * j + 1));
    }
    out
}

/// Occurrences of a mark's text whose context is compared, nearest the old
/// position first. Without a bound, a page re-rendered so that no mark kept
/// its full context (every space doubled) made each mark compare every
/// occurrence of its text: 66,054 marks of an article repeated to 2 MB took
/// 3.2 s, 1.6 s/MB against 0.7 s/MB at 0.1 MB, and quadratic beyond. A text
/// that occurs more often than this is placed by the best context among the
/// occurrences nearest where it was.
pub(super) const MAX_COMPARED: usize = 64;

/// Of the starts of the mark's exact text (ascending), the one whose context
/// matches best, nearest the old position on a tie (the later one of two as
/// near), among the [`MAX_COMPARED`] nearest the old position. They are tried
/// from the old position outwards, so that when the context matches in full
/// (the common case: text added or removed elsewhere) the search ends at the
/// nearest such start rather than after every occurrence of a common name.
fn best_occurrence(dom: &[u16], starts: &[usize], sel: &Selectors) -> Option<usize> {
    let full = sel.prefix.len() + sel.suffix.len();
    let hint = sel.hint;
    let (mut left, mut right) = {
        let split = starts.partition_point(|&s| s < hint);
        (split, split) // next candidates: starts[left - 1] and starts[right]
    };
    let mut best: Option<(usize, std::cmp::Reverse<usize>, usize)> = None;
    for _ in 0..MAX_COMPARED {
        let s = match (left.checked_sub(1).map(|l| starts[l]), starts.get(right)) {
            (None, None) => break,
            (Some(l), Some(&r)) if hint - l < r - hint => {
                left -= 1;
                l
            }
            (_, Some(&r)) => {
                right += 1;
                r
            }
            (Some(l), None) => {
                left -= 1;
                l
            }
        };
        let distance = s.abs_diff(hint);
        if best.is_some_and(|(score, far, _)| score == full && distance > far.0) {
            break;
        }
        let e = s + sel.exact.len();
        let key = (
            context_match(dom, s, e, &sel.prefix, &sel.suffix),
            std::cmp::Reverse(distance),
            s,
        );
        best = best.max(Some(key)); // None is below any key
    }
    best.map(|(_, _, s)| s)
}

/// How many units of prefix and suffix agree with the text around `[s, e)`.
pub(super) fn context_match(
    dom: &[u16],
    s: usize,
    e: usize,
    prefix: &[u16],
    suffix: &[u16],
) -> usize {
    let before = dom[..s]
        .iter()
        .rev()
        .zip(prefix.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let after = dom[e..]
        .iter()
        .zip(suffix)
        .take_while(|(a, b)| a == b)
        .count();
    before + after
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::highlight::testing::u;

    fn at(
        dom: &str,
        exact: &'static str,
        prefix: &'static str,
        suffix: &'static str,
        pos: Option<(usize, usize)>,
    ) -> Option<(Located, String)> {
        let d = u(dom);
        let p = Placement {
            exact,
            prefix,
            suffix,
            position: pos,
        };
        anchor(&d, &p).map(|l| {
            let (s, e) = l.span();
            (l, String::from_utf16_lossy(&d[s..e]))
        })
    }

    #[test]
    fn unchanged_text_stays_where_it_was() {
        let r = at(
            "Putin met Zelensky.",
            "Zelensky",
            "met ",
            ".",
            Some((10, 18)),
        );
        assert_eq!(r, Some((Located::Unchanged(10, 18), "Zelensky".into())));
    }

    #[test]
    fn text_that_moved_is_found_by_its_context_not_the_first_occurrence() {
        let dom = "Update: Kyiv said no. Earlier, Kyiv said yes to the deal.";
        let r = at(dom, "Kyiv", "Earlier, ", " said yes", Some((0, 4))).unwrap();
        assert_eq!(r.0, Located::Moved(31, 35));
        // With no context, the occurrence nearest the old position wins.
        let r = at("Kyiv, then Kyiv.", "Kyiv", "", "", Some((10, 14))).unwrap();
        assert_eq!(r.0, Located::Moved(11, 15));
    }

    #[test]
    fn an_edited_quote_is_placed_by_its_prefix_and_suffix() {
        // The CMS fixed a typo inside the quote and added a sentence before it.
        let dom = "New intro. She said the talks were “very constructive” on Monday.";
        let stored = "“very constuctive”";
        let r = at(
            dom,
            stored,
            "She said the talks were ",
            " on Monday.",
            Some((24, 42)),
        )
        .unwrap();
        assert_eq!(r.1, "“very constructive”");
        assert!(matches!(r.0, Located::Edited { edits: 1, .. }), "{:?}", r.0);
        // Only the suffix survived: the quote's length back from it.
        let r = at(
            "Rewritten start “very constructive” on Monday.",
            stored,
            "gone ",
            " on Monday.",
            None,
        )
        .unwrap();
        assert_eq!(r.1, "“very constructive”");
    }

    #[test]
    fn a_very_common_text_is_placed_among_the_occurrences_nearest_where_it_was() {
        // "Kyiv" 600 times after "x ", then once with the stored context far
        // down the page: beyond the MAX_COMPARED nearest, so the best context
        // among those (the first, nearest the old position) wins.
        let mut dom = "x Kyiv ".repeat(600);
        let far = dom.len() + 2;
        dom.push_str("y Kyiv z");
        let r = at(&dom, "Kyiv", "y ", " z", Some((0, 4))).unwrap();
        assert_eq!(r.0, Located::Moved(2, 6));
        // Nearer the old position, the full context is found.
        let r = at(&dom, "Kyiv", "y ", " z", Some((far - 50, far - 46))).unwrap();
        assert_eq!(r.0, Located::Moved(far, far + 4));
    }

    #[test]
    fn an_edited_quote_after_many_copies_of_its_context_is_placed() {
        // The quote's prefix and suffix recur in 100 paragraphs before it
        // (more than MAX_CANDIDATES), around other words: the occurrences
        // nearest where it was are tried, not the first on the page.
        let mut dom = "She said “nothing at all like it” on Monday. ".repeat(100);
        let old = dom.encode_utf16().count() + "She said ".len();
        dom.push_str("She said “very constructive” on Monday.");
        let r = at(
            &dom,
            "“very constuctive”",
            "She said ",
            " on Monday.",
            Some((old, old + 18)),
        )
        .unwrap();
        assert_eq!(r.1, "“very constructive”");
        assert_eq!(r.0.span().0, old);
        assert!(matches!(r.0, Located::Edited { edits: 1, .. }), "{:?}", r.0);
    }

    #[test]
    fn text_that_is_gone_or_rewritten_is_not_placed() {
        assert_eq!(
            at("Nothing here.", "Zelensky", "met ", ".", Some((10, 18))),
            None
        );
        let dom = "She said the talks were a complete failure, a waste of time on Monday.";
        assert_eq!(
            at(
                dom,
                "“very constructive”",
                "She said the talks were ",
                " on Monday.",
                None
            ),
            None
        );
        assert_eq!(at("x", "", "", "", None), None);
    }
}
