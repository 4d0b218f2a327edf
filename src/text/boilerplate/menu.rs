//! Site menus pasted with the article (a whole page copied with Ctrl+A): runs of
//! one- and two-word links above the headline ("News", "Opinion", "Europe
//! edition", "Print subscriptions"), most of which no lexicon lists.
//!
//! Two rules, both -> `navigation`:
//!
//! - the *top* of the header, the lines before the first content line (anything
//!   longer, punctuated or numbered, such as the headline): when it already holds
//!   two or more chrome lines (`navigation`, `masthead`, `cookie_banner`), its
//!   remaining one- and two-word lines are menu items too. Bylines come after the
//!   headline, so they are never in the top.
//! - in the header and footer zones, a run of lines of up to three words
//!   *between* two chrome lines ("Culture", "Lifestyle", "World"; a footer's
//!   "About us", "Work for us", "Privacy policy"). A byline never sits between
//!   two menu labels.

use super::lines::Line;
use super::shape::{ends_sentence, is_all_caps, measure, words};
use super::{Marked, COOKIE_BANNER, MASTHEAD, NAVIGATION};

/// Lines already marked in the top that make it a menu.
const MIN_MARKED: usize = 2;
/// Most words of a menu item in the top, and between two chrome lines.
const TOP_ITEM_WORDS: usize = 2;
const BETWEEN_ITEM_WORDS: usize = 3;
/// Longest menu item, in chars.
const ITEM_MAX_CHARS: usize = 30;

/// Marks menu items in the header (`lines[..header_end]`) and footer
/// (`lines[footer_start..]`).
pub(crate) fn mark_menu(
    lines: &[Line],
    hits: &mut [Option<Marked>],
    header_end: usize,
    footer_start: usize,
) {
    let header_end = header_end.min(lines.len());
    mark_top(lines, hits, header_end);
    mark_between(lines, hits, 0, header_end);
    mark_between(lines, hits, footer_start.max(header_end), lines.len());
}

fn is_whole(lines: &[Line], hits: &[Option<Marked>], i: usize) -> bool {
    hits[i].is_some_and(|m| m.span == lines[i].span)
}

/// A whole line marked as page chrome.
fn is_menu_mark(lines: &[Line], hits: &[Option<Marked>], i: usize) -> bool {
    is_whole(lines, hits, i)
        && hits[i].is_some_and(|m| [NAVIGATION, MASTHEAD, COOKIE_BANNER].contains(&m.reason))
}

fn mark_item(lines: &[Line], hits: &mut [Option<Marked>], i: usize) {
    hits[i] = Some(Marked {
        span: lines[i].span,
        reason: NAVIGATION,
    });
}

/// The top rule: see the module doc.
fn mark_top(lines: &[Line], hits: &mut [Option<Marked>], header_end: usize) {
    let top_end = (0..header_end)
        .find(|&i| !is_whole(lines, hits, i) && !is_item(&lines[i], TOP_ITEM_WORDS))
        .unwrap_or(header_end);
    let marked = (0..top_end)
        .filter(|&i| is_menu_mark(lines, hits, i))
        .count();
    if marked < MIN_MARKED {
        return;
    }
    for i in 0..top_end {
        if hits[i].is_none() {
            mark_item(lines, hits, i);
        }
    }
}

/// The between rule over `lines[start..end]`: see the module doc.
fn mark_between(lines: &[Line], hits: &mut [Option<Marked>], start: usize, end: usize) {
    let mut i = start;
    while i < end {
        if hits[i].is_some() || !is_item(&lines[i], BETWEEN_ITEM_WORDS) {
            i += 1;
            continue;
        }
        let run_end = (i..end)
            .find(|&j| hits[j].is_some() || !is_item(&lines[j], BETWEEN_ITEM_WORDS))
            .unwrap_or(end);
        let before = i > start && is_menu_mark(lines, hits, i - 1);
        let after = run_end < end && is_menu_mark(lines, hits, run_end);
        if before && after {
            for j in i..run_end {
                mark_item(lines, hits, j);
            }
        }
        i = run_end;
    }
}

/// Up to `max_words` words starting with a letter ("Europe edition", "Terms &
/// conditions"), no digits, colon or sentence end, not all caps (an all-caps
/// line is left to the masthead rule).
fn is_item(line: &Line, max_words: usize) -> bool {
    let shape = measure(line.text);
    let alpha_words = words(line.text)
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    line.standalone
        && (1..=max_words).contains(&alpha_words)
        && shape.chars <= ITEM_MAX_CHARS
        && shape.digits == 0
        && !is_all_caps(&shape)
        && !line.text.contains(':')
        && !ends_sentence(line.text)
        && line.text.starts_with(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use super::super::NAVIGATION;

    const MENU: &str = "Skip to main content\nPrint subscriptions\nSign in\nSearch jobs\nEurope edition\nNews\nOpinion\nMiddle East\nVladimir Putin";

    #[test]
    fn menu_items_above_the_headline() {
        let text = in_header(MENU);
        let got = marks(&text);
        assert_eq!(got.len(), MENU.lines().count(), "{got:?}");
        assert!(got
            .iter()
            .all(|(r, _)| *r == NAVIGATION || *r == "masthead"));
        assert_eq!(reason_of(&text, HEADLINE), None);
    }

    #[test]
    fn short_lines_without_known_menu_entries_are_kept() {
        assert_no_marks(&in_header(
            "Print subscriptions\nSearch jobs\nEurope edition",
        ));
        // One known entry is not enough.
        let text = in_header("Sign in\nSearch jobs\nEurope edition");
        assert_eq!(marks(&text).len(), 1);
    }

    #[test]
    fn bylines_after_the_headline_are_kept() {
        let text = format!("Menu\nSign in\n{HEADLINE}\nJane Doe\nShare\nTweet\n\n{BODY}");
        assert_eq!(reason_of(&text, "Jane Doe"), None);
        assert_eq!(reason_of(&text, HEADLINE), None);
    }

    #[test]
    fn items_between_menu_labels() {
        let header =
            "Home\nThe Ledger - Back to homepage\nCulture\nLifestyle\nWorld\nTechnology news";
        let text = in_header(header);
        assert_eq!(reason_of(&text, "Lifestyle"), Some(NAVIGATION));
        assert_eq!(
            reason_of(&text, "Technology news"),
            None,
            "not followed by a label"
        );
        let footer = format!("{BODY}\n\nAbout us\nWork for us\nTerms & conditions\nCookie policy");
        assert_eq!(marks(&footer).len(), 4, "{:?}", marks(&footer));
        let long = format!("{BODY}\n\nAbout us\nThe people who work here\nPrivacy policy");
        assert_eq!(marks(&long).len(), 2);
        // Only one side marked, or a body line between: kept.
        assert_no_marks(&format!("{BODY}\n\nJane Doe\nReuters Moscow"));
        let text = format!("{BODY}\n\nShare\nJane Doe\n\n{BODY2}\n\nTweet");
        assert_eq!(reason_of(&text, "Jane Doe"), None);
    }

    #[test]
    fn items_stop_at_content() {
        for item in [
            "Putin wins: officials",
            "Europe 2025",
            "Jane Doe.",
            "KREMLIN WATCH",
            "Putin’s big gamble",
        ] {
            let text = in_header(&format!("Menu\nSign in\n{item}\nEurope edition"));
            assert_ne!(reason_of(&text, item), Some(NAVIGATION), "{item}");
            assert_eq!(reason_of(&text, "Europe edition"), None, "after {item}");
        }
    }
}
