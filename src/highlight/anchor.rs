//! Re-anchoring: finding a stored annotation again after the page was re-rendered
//! or lightly edited, from its W3C selectors (the quote with its prefix and
//! suffix, and the old position as a hint), as Hypothesis does for its highlights.
//!
//! In order: the old position if the text there is unchanged; else the occurrence
//! of the exact text whose context matches best (nearest the old position on a
//! tie); else, when the quoted text itself was edited, the text between where the
//! prefix ends and the suffix starts, if it is within a quarter of edits of the
//! quote. Otherwise the annotation is reported as not placed.

use super::distance::{best_prefix, edit_distance};

/// A stored annotation's selectors (UTF-16 offsets in the DOM text).
#[derive(Clone, Debug, Default)]
pub struct Placement<'a> {
    pub exact: &'a str,
    pub prefix: &'a str,
    pub suffix: &'a str,
    pub position: Option<(usize, usize)>,
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

/// Longest quote placed by approximate matching (edit distance is quadratic).
const MAX_FUZZY: usize = 1_000;
/// Units of prefix / suffix used to find the context of an edited quote.
const CONTEXT_PROBE: usize = 16;
/// Occurrences of a probe considered (a common phrase must not blow up).
const MAX_CANDIDATES: usize = 64;

/// Places `p` in `dom` (UTF-16 units), or `None` when it cannot be placed.
pub fn anchor(dom: &[u16], p: &Placement) -> Option<Located> {
    let exact: Vec<u16> = p.exact.encode_utf16().collect();
    if exact.is_empty() {
        return None;
    }
    if let Some((s, e)) = p.position {
        if dom.get(s..e) == Some(&exact[..]) {
            return Some(Located::Unchanged(s, e));
        }
    }
    let prefix: Vec<u16> = p.prefix.encode_utf16().collect();
    let suffix: Vec<u16> = p.suffix.encode_utf16().collect();
    let hint = p.position.map_or(0, |(s, _)| s);
    let best = occurrences(dom, &exact, usize::MAX)
        .into_iter()
        .max_by_key(|&s| {
            (
                context_match(dom, s, s + exact.len(), &prefix, &suffix),
                std::cmp::Reverse(s.abs_diff(hint)),
            )
        });
    if let Some(s) = best {
        return Some(Located::Moved(s, s + exact.len()));
    }
    edited(dom, &exact, &prefix, &suffix, hint)
}

/// How many units of prefix and suffix agree with the text around `[s, e)`.
fn context_match(dom: &[u16], s: usize, e: usize, prefix: &[u16], suffix: &[u16]) -> usize {
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

/// Start offsets of `needle` in `hay`, at most `limit`.
fn occurrences(hay: &[u16], needle: &[u16], limit: usize) -> Vec<usize> {
    let mut out = Vec::new();
    if needle.is_empty() || needle.len() > hay.len() {
        return out;
    }
    let first = needle[0];
    for i in 0..=hay.len() - needle.len() {
        if hay[i] == first && hay[i..i + needle.len()] == *needle {
            out.push(i);
            if out.len() >= limit {
                break;
            }
        }
    }
    out
}

/// The quote was edited: the best span between a prefix end and a suffix start.
fn edited(
    dom: &[u16],
    exact: &[u16],
    prefix: &[u16],
    suffix: &[u16],
    hint: usize,
) -> Option<Located> {
    if exact.len() > MAX_FUZZY {
        return None;
    }
    let probe_p = &prefix[prefix.len().saturating_sub(CONTEXT_PROBE)..];
    let probe_s = &suffix[..suffix.len().min(CONTEXT_PROBE)];
    let starts: Vec<usize> = occurrences(dom, probe_p, MAX_CANDIDATES)
        .into_iter()
        .map(|i| i + probe_p.len())
        .collect();
    let ends = occurrences(dom, probe_s, MAX_CANDIDATES);
    let (lo, hi) = (exact.len() / 2, exact.len() * 2 + CONTEXT_PROBE);
    let budget = (exact.len() / 4).max(1);
    let mut found: Vec<(usize, usize, usize)> = Vec::new(); // (edits, start, end)
    let both = !probe_p.is_empty() && !probe_s.is_empty();
    for &s in starts.iter().filter(|_| both) {
        for &e in ends
            .iter()
            .filter(|&&e| e >= s && (lo..=hi).contains(&(e - s)))
        {
            let (s, e) = trim(dom, s, e);
            if let Some(edits) = edit_distance(&dom[s..e], exact, budget) {
                found.push((edits, s, e));
            }
        }
    }
    if found.is_empty() {
        // Only one side of the context survived: the quote runs on from the
        // prefix, or back from the suffix, for however long matches best.
        let window = exact.len() + budget;
        for &s in starts.iter().filter(|_| !probe_p.is_empty()) {
            let text = &dom[s..(s + window).min(dom.len())];
            if let Some((k, edits)) =
                best_prefix(text.iter().copied(), exact.iter().copied(), budget)
            {
                found.push((edits, s, s + k));
            }
        }
        for &e in ends.iter().filter(|_| !probe_s.is_empty()) {
            let text = &dom[e.saturating_sub(window)..e];
            if let Some((k, edits)) = best_prefix(
                text.iter().rev().copied(),
                exact.iter().rev().copied(),
                budget,
            ) {
                found.push((edits, e - k, e));
            }
        }
    }
    found
        .into_iter()
        .map(|(edits, s, e)| {
            let (s, e) = trim(dom, s, e);
            (edits, s.abs_diff(hint), s, e)
        })
        .filter(|&(_, _, s, e)| s < e)
        .min()
        .map(|(edits, _, start, end)| Located::Edited { start, end, edits })
}

/// Without the spaces a re-rendering may add around the quote.
fn trim(dom: &[u16], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && dom[s] == u16::from(b' ') {
        s += 1;
    }
    while e > s && dom[e - 1] == u16::from(b' ') {
        e -= 1;
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

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
