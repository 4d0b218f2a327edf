//! `navigation`: share buttons, menus, teaser links and separators.
//!
//! Anywhere: whole lines from `data/boilerplate/navigation.txt` (a trailing or
//! leading count is ignored: "Comments (12)"), short label lines opened by a prefix
//! entry ("Related: …", "Follow us on …"), rows of share buttons ("Share on
//! Facebook") and lone separators ("|", "•"). At the edges only: the `^` entries
//! (plain words such as "back", "Home") and breadcrumbs ("World › Europe").

use super::lexicon;
use super::lines::Keys;
use super::shape::{ends_sentence, is_separator_only, is_short_label, words};

/// The line is navigation debris; `at_edge` allows the edge-only rules.
pub(crate) fn is_navigation(line: &str, keys: &Keys, at_edge: bool) -> bool {
    if is_separator_only(line) {
        return true;
    }
    let lex = lexicon::navigation();
    if let Some(key) = keys.whole.as_deref() {
        let key = strip_count(key);
        if lex.whole(key, at_edge).is_some() || is_share_row(key) {
            return true;
        }
    }
    if lex
        .prefix(&keys.head, at_edge)
        .is_some_and(|e| is_short_label(line, &e.phrase))
    {
        return true;
    }
    at_edge && is_breadcrumb(line)
}

/// Drops a count before or after a label: "comments (12)", "12 comments", "share 0".
fn strip_count(key: &str) -> &str {
    fn is_count(w: &str) -> bool {
        let w = w.trim_matches(|c| c == '(' || c == ')');
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | 'k' | 'm'))
    }
    let mut key = key;
    if let Some((first, rest)) = key.split_once(' ') {
        if is_count(first) {
            key = rest;
        }
    }
    if let Some((rest, last)) = key.rsplit_once(' ') {
        if is_count(last) {
            key = rest;
        }
    }
    key
}

/// Most words in a row of share buttons.
const SHARE_ROW_MAX_WORDS: usize = 12;

/// Two or more words, all share verbs or share targets, at least one a verb.
fn is_share_row(key: &str) -> bool {
    let (actions, targets) = (lexicon::share_actions(), lexicon::share_targets());
    let mut count = 0;
    let mut has_action = false;
    for word in words(key) {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        if word.is_empty() {
            continue;
        }
        count += 1;
        if actions.contains(word) {
            has_action = true;
        } else if !targets.contains(word) {
            return false;
        }
    }
    has_action && (2..=SHARE_ROW_MAX_WORDS).contains(&count)
}

/// Longest breadcrumb line, in bytes.
const BREADCRUMB_MAX_BYTES: usize = 120;

/// "Home › World › Europe", "News | Politics | Russia": short fields between
/// separators. `›`/`»`/`→`/`>` need two fields; `|` and ` / ` (also used between a
/// byline and an agency, or in lists such as "Second baseman / Shortstop") need
/// three, every word capitalised. Fields with digits, colons or "By" are bylines,
/// dates or credits, never breadcrumbs.
fn is_breadcrumb(line: &str) -> bool {
    if line.len() > BREADCRUMB_MAX_BYTES || ends_sentence(line) {
        return false;
    }
    let arrows = ['›', '»', '→', '>'];
    let (fields, weak): (Vec<&str>, bool) = if line.contains(arrows) {
        (line.split(arrows).collect(), false)
    } else if line.contains(" | ") {
        (line.split('|').collect(), true)
    } else if line.contains(" / ") {
        (line.split(" / ").collect(), true)
    } else {
        return false;
    };
    let fields: Vec<&str> = fields
        .into_iter()
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .collect();
    let capitalised = |f: &&str| words(f).all(|w| w.starts_with(char::is_uppercase));
    let enough = if weak {
        fields.len() >= 3 && fields.iter().all(capitalised)
    } else {
        fields.len() >= 2
    };
    enough && fields.iter().all(|f| is_crumb(f))
}

/// One breadcrumb field: 1–3 words starting with a letter, no digits or colon,
/// not a byline.
fn is_crumb(field: &str) -> bool {
    let n = words(field).count();
    (1..=3).contains(&n)
        && !field.contains(':')
        && !field.chars().any(|c| c.is_numeric())
        && words(field).all(|w| w.starts_with(char::is_alphabetic))
        && !field.to_lowercase().starts_with("by ")
}

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use super::super::NAVIGATION;
    use super::*;

    fn entries(prefix: bool, edge: bool) -> impl Iterator<Item = &'static lexicon::Entry> {
        lexicon::navigation()
            .entries()
            .iter()
            .filter(move |e| e.prefix == prefix && e.edge_only == edge)
    }

    #[test]
    fn every_anywhere_entry_marks_its_line_in_the_body() {
        for e in entries(false, false) {
            for line in [
                capitalised(&e.phrase),
                format!("• {}", e.phrase.to_uppercase()),
            ] {
                assert_eq!(
                    reason_of(&in_body(&line), &line),
                    Some(NAVIGATION),
                    "{line}"
                );
            }
        }
        for e in entries(true, false) {
            let line = format!("{} Telegram and X", capitalised(&e.phrase));
            assert_eq!(
                reason_of(&in_body(&line), &line),
                Some(NAVIGATION),
                "{line}"
            );
        }
    }

    #[test]
    fn every_edge_entry_marks_only_at_the_edges() {
        for e in entries(false, true).chain(entries(true, true)) {
            let line = if e.prefix {
                format!("{} Novaya Gazeta Europe", capitalised(&e.phrase))
            } else {
                capitalised(&e.phrase)
            };
            assert_eq!(
                reason_of(&in_header(&line), &line),
                Some(NAVIGATION),
                "{line}"
            );
            let footer = format!("{BODY}\n\n{line}");
            assert_eq!(reason_of(&footer, &line), Some(NAVIGATION), "{line}");
            assert_no_marks(&in_body(&line));
        }
    }

    #[test]
    fn no_entry_marks_prose() {
        assert_phrases_never_mark_prose(
            lexicon::navigation()
                .entries()
                .iter()
                .map(|e| e.phrase.as_str()),
            "the ministry said on Monday. It added that the talks would go on for weeks.",
        );
    }

    #[test]
    fn counts_are_ignored() {
        for line in ["Comments (12)", "12 Comments", "Share 0", "1.2k shares"] {
            let want = (line != "1.2k shares").then_some(NAVIGATION);
            assert_eq!(reason_of(&in_body(line), line), want, "{line}");
        }
    }

    #[test]
    fn every_share_word_forms_rows() {
        for action in lexicon::share_actions() {
            let line = format!("{action} on Facebook");
            assert_eq!(
                reason_of(&in_body(&line), &line),
                Some(NAVIGATION),
                "{line}"
            );
            assert_no_marks(&in_sentence(&line));
        }
        for target in lexicon::share_targets() {
            let line = format!("Share {target}");
            assert_eq!(
                reason_of(&in_body(&line), &line),
                Some(NAVIGATION),
                "{line}"
            );
            assert_no_marks(&in_sentence(&line));
        }
    }

    #[test]
    fn share_rows_need_a_verb_and_only_share_words() {
        assert!(is_share_row("like comment share"));
        assert!(is_share_row("share: facebook, twitter, whatsapp"));
        assert!(!is_share_row("facebook twitter"));
        assert!(!is_share_row("save the date"));
        assert!(!is_share_row("share"));
    }

    #[test]
    fn separators_anywhere() {
        for line in ["|", "•", "* * *", "—"] {
            assert_eq!(reason_of(&in_body(line), line), Some(NAVIGATION), "{line}");
        }
    }

    #[test]
    fn breadcrumbs_at_the_edges_only() {
        for line in [
            "Home › World › Europe",
            "World » Russia",
            "News | Politics | Russia",
            "Home / News / World",
        ] {
            assert_eq!(
                reason_of(&in_header(line), line),
                Some(NAVIGATION),
                "{line}"
            );
            assert_no_marks(&in_body(line));
        }
        for line in [
            "By Jane Doe | Reuters | Moscow",
            "Jane Doe / Reuters",
            "Moscow | Feb 25, 2025 | Reuters",
            "Photo: Jane Doe / AP / Reuters",
            "Prices > expectations, analysts say.",
            "Second baseman / Shortstop / Outfielder",
        ] {
            assert_no_marks(&in_header(line));
        }
    }
}
