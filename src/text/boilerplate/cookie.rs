//! `cookie_banner`: cookie, consent and privacy banners pasted with the article.
//!
//! A banner sentence is recognised by its opening words (`data/boilerplate/cookie.txt`)
//! *and* a consent word in the same clause (`consent_words.txt`), on a line no
//! longer than a banner: "We use cookies to improve your experience" is a banner,
//! "We use cookies as a kind of memory, one engineer explained, … advertising" is
//! prose. Generic buttons ("Accept", "Close") count only right next to a banner line.

use super::lexicon::{self, fold};
use super::lines::{Keys, Line};
use super::{Marked, COOKIE_BANNER};

/// Longest banner sentence (bytes); real banners run to a few hundred chars.
const BANNER_MAX_BYTES: usize = 600;

/// The line is a banner sentence or a cookie-specific button.
pub(crate) fn is_banner(line: &str, keys: &Keys) -> bool {
    let lex = lexicon::cookie();
    if keys
        .whole
        .as_deref()
        .is_some_and(|k| lex.whole(k, false).is_some())
    {
        return true;
    }
    if line.len() > BANNER_MAX_BYTES {
        return false;
    }
    let Some(entry) = lex.prefix(&keys.head, false) else {
        return false;
    };
    let folded = fold(line.trim_start_matches(|c: char| !c.is_alphanumeric()));
    let rest = folded.strip_prefix(entry.phrase.as_str()).unwrap_or("");
    consent_follows(rest)
}

/// The clause after a banner opening names consent, or the opening is a
/// sentence of its own ("We value your privacy", "This site uses cookies.").
fn consent_follows(rest: &str) -> bool {
    let end = rest.find([',', ';', ':', '.', '!', '?']);
    let clause = &rest[..end.unwrap_or(rest.len())];
    if clause.trim().is_empty() {
        let stop = end.and_then(|i| rest[i..].chars().next());
        return matches!(stop, None | Some('.' | '!' | '?'));
    }
    lexicon::consent_words()
        .iter()
        .any(|w| clause.contains(w.as_str()))
}

/// Marks generic banner buttons standing next to a banner line, in both
/// directions, so a run of buttons below (or above) a banner is marked.
pub(crate) fn mark_buttons(lines: &[Line], keys: &[Keys], hits: &mut [Option<Marked>]) {
    let is_button = |i: usize, hits: &[Option<Marked>]| {
        hits[i].is_none()
            && lines[i].standalone
            && keys[i]
                .whole
                .as_deref()
                .is_some_and(|k| lexicon::cookie_buttons().whole(k, true).is_some())
    };
    let is_banner_hit = |h: &Option<Marked>| h.is_some_and(|m| m.reason == COOKIE_BANNER);
    let mark = |i: usize| {
        Some(Marked {
            span: lines[i].span,
            reason: COOKIE_BANNER,
        })
    };
    for i in 1..lines.len() {
        if is_banner_hit(&hits[i - 1]) && is_button(i, hits) {
            hits[i] = mark(i);
        }
    }
    for i in (0..lines.len().saturating_sub(1)).rev() {
        if is_banner_hit(&hits[i + 1]) && is_button(i, hits) {
            hits[i] = mark(i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use super::*;

    const BANNER: &str = "We use cookies to improve your experience on our site.";

    #[test]
    fn every_whole_entry_marks_its_line_anywhere() {
        for e in lexicon::cookie().entries().iter().filter(|e| !e.prefix) {
            let line = capitalised(&e.phrase);
            assert_eq!(
                reason_of(&in_body(&line), &line),
                Some(COOKIE_BANNER),
                "{line}"
            );
        }
    }

    #[test]
    fn every_prefix_entry_marks_a_banner_sentence() {
        for e in lexicon::cookie().entries().iter().filter(|e| e.prefix) {
            let line = format!(
                "{} to personalise content and ads, as described in our privacy policy.",
                capitalised(&e.phrase)
            );
            assert_eq!(
                reason_of(&in_body(&line), &line),
                Some(COOKIE_BANNER),
                "{line}"
            );
            let alone = capitalised(&e.phrase);
            assert_eq!(
                reason_of(&in_body(&alone), &alone),
                Some(COOKIE_BANNER),
                "{alone}"
            );
        }
    }

    #[test]
    fn no_entry_marks_prose() {
        // The opening words without a consent word after them.
        assert_phrases_never_mark_prose(
            lexicon::cookie()
                .entries()
                .iter()
                .map(|e| e.phrase.as_str()),
            "as rewards for the children who finished the race, the organisers said on Monday.",
        );
    }

    #[test]
    fn consent_word_must_be_in_the_opening_clause() {
        for line in [
            "This site uses cookies. By continuing to browse you agree to our use of cookies.",
            "We use cookies on our website to give you the most relevant experience.",
            "Cookies help us deliver our services. By using them, you agree to our use of cookies.",
        ] {
            assert_eq!(
                reason_of(&in_body(line), line),
                Some(COOKIE_BANNER),
                "{line}"
            );
        }
        for line in [
            "We use cookies as a kind of memory, one engineer explained, and removing them would hurt targeted advertising.",
            "We use cookies, the baker said, to reward the children who finished the race on Monday.",
        ] {
            assert_no_marks(&in_body(line));
        }
    }

    #[test]
    fn overlong_banner_is_not_marked() {
        let long = format!(
            "{BANNER} {}",
            "More text about the weather in Moscow. ".repeat(20)
        );
        assert_no_marks(&in_body(&long));
    }

    #[test]
    fn every_button_marks_next_to_a_banner_only() {
        for e in lexicon::cookie_buttons().entries() {
            let button = capitalised(&e.phrase);
            let after = in_body(&format!("{BANNER}\n\n{button}"));
            assert_eq!(reason_of(&after, &button), Some(COOKIE_BANNER), "{button}");
            let before = in_body(&format!("{button}\n\n{BANNER}"));
            assert_eq!(reason_of(&before, &button), Some(COOKIE_BANNER), "{button}");
            assert_no_marks(&in_body(&button));
            assert_no_marks(&in_sentence(&e.phrase));
        }
    }

    #[test]
    fn a_run_of_buttons_is_marked() {
        let text = in_body(&format!("{BANNER}\n\nAccept\n\nReject\n\nSettings"));
        assert_eq!(marks(&text).len(), 4);
    }
}
