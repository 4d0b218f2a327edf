//! `duplicate`: a later verbatim copy of an earlier line.
//!
//! Scrapers repeat photo credits, captions, pull quotes and whole paragraphs; the
//! first copy is content (a photo credit names the photographer, whom the entity
//! layer must find), every later copy is residue. Lines compare after collapsing
//! white space; one hash set makes this linear. Very short lines ("Yes.", "—")
//! repeat legitimately and are never duplicates.

use super::lines::Line;
use super::shape::words;
use super::{Marked, DUPLICATE};
use crate::text::span::Span;
use foldhash::HashSet;

/// Shortest line (chars) that can be a duplicate: repeated short lines of
/// dialogue or chants ("Did you like it?", "We need Trump now.") are content.
const MIN_CHARS: usize = 20;
/// Fewest words with a letter or digit in a duplicate.
const MIN_WORDS: usize = 3;

/// `duplicate` marks for later copies. Lines already marked whole keep their
/// mark (but still count as a first copy); a line marked only in part (a scraper
/// prefix) is compared, and marked, by its remainder.
pub(crate) fn find(lines: &[Line], hits: &[Option<Marked>]) -> Vec<Marked> {
    let mut seen: HashSet<String> = HashSet::default();
    let mut out = Vec::new();
    for (line, hit) in lines.iter().zip(hits) {
        let (span, text) = match hit {
            None => (line.span, line.text),
            Some(m) if m.span.end < line.span.end && m.span.start == line.span.start => {
                let rest = &line.text[m.span.end - line.span.start..];
                let trimmed = rest.trim_start_matches(crate::text::span::is_blank);
                let start = line.span.end - trimmed.len();
                (Span::new(start, line.span.end), trimmed)
            }
            Some(_) => {
                seen.insert(collapse(line.text));
                continue;
            }
        };
        if !qualifies(text) {
            continue;
        }
        let first = seen.insert(collapse(text));
        if !first && line.standalone {
            out.push(Marked {
                span,
                reason: DUPLICATE,
            });
        }
    }
    out
}

/// Long enough that a repeat is residue, not a repeated short answer.
fn qualifies(text: &str) -> bool {
    text.chars().count() >= MIN_CHARS
        && words(text)
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
            >= MIN_WORDS
}

/// White space runs collapsed to one space (case and punctuation kept).
fn collapse(text: &str) -> String {
    // Every line is collapsed, and most lines (one space between words) are
    // their own collapse: told by byte, decoding only the non-ASCII chars
    // (curly quotes and dashes, in most paragraphs), and copied as they are.
    if is_collapsed(text) {
        return text.to_string();
    }
    if text.is_ascii() {
        return super::shape::collapse_ascii(text, |&b| b);
    }
    let mut out = String::with_capacity(text.len());
    for w in words(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Whether `text` is its own collapse: no blank at either end, and every
/// blank a single ASCII space between two other chars (a non-ASCII blank,
/// such as a no-break space, is never kept).
fn is_collapsed(text: &str) -> bool {
    let bytes = text.as_bytes();
    // A blank right at the start counts as following one.
    let mut after_blank = true;
    for (i, &b) in bytes.iter().enumerate() {
        if b.is_ascii() {
            let blank = matches!(b, b' ' | b'\t'..=b'\r');
            if blank && (after_blank || b != b' ') {
                return false;
            }
            after_blank = blank;
        } else if b >= 0xC0 {
            // The first byte of a non-ASCII char (continuation bytes change nothing).
            if text[i..]
                .chars()
                .next()
                .is_some_and(crate::text::span::is_blank)
            {
                return false;
            }
            after_blank = false;
        }
    }
    !after_blank || text.is_empty()
}

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use super::super::{DUPLICATE, SCRAPER_PREFIX};
    use super::{collapse, words};

    const CREDIT: &str = "Photo: EPA-EFE/MICHAEL BUHOLZER";

    #[test]
    fn later_copies_are_marked_first_kept() {
        let text = format!("{CREDIT}\n\n{CREDIT}\n\n{BODY}\n\n{CREDIT}\n\n{BODY2}");
        let got = marks(&text);
        assert_eq!(got, vec![(DUPLICATE, CREDIT.to_string()); 2]);
        let first = detect_spans(&text);
        assert!(first.iter().all(|&start| start > 0));
    }

    #[test]
    fn repeated_paragraph_is_a_duplicate() {
        let text = format!("{BODY}\n\n{BODY2}\n\n{BODY}");
        assert_eq!(marks(&text), [(DUPLICATE, BODY.to_string())]);
    }

    #[test]
    fn white_space_differences_do_not_matter() {
        let text = format!("{CREDIT}\n\nPhoto:\u{a0} EPA-EFE/MICHAEL  BUHOLZER\n\n{BODY}");
        assert_eq!(marks(&text).len(), 1);
    }

    #[test]
    fn short_repeats_and_near_copies_are_kept() {
        assert_no_marks(&format!(
            "{BODY}\n\nYes.\n\nDid you like it?\n\nYes.\n\nDid you like it?\n\nDaniel Bernoulli\n\nDaniel Bernoulli\n\n{BODY2}"
        ));
        assert_no_marks(&format!(
            "{BODY}\n\n{CREDIT}\n\nphoto: epa-efe/michael buholzer\n\n{BODY2}"
        ));
    }

    #[test]
    fn prefix_remainder_is_compared() {
        let line = "NextImg:Putin proposes US investment in rare earths";
        let text = format!("{line}\n\nPutin proposes US investment in rare earths\n\n{BODY}");
        let got = marks(&text);
        assert_eq!(got[0], (SCRAPER_PREFIX, "NextImg:".to_string()));
        assert_eq!(
            got[1],
            (
                DUPLICATE,
                "Putin proposes US investment in rare earths".to_string()
            )
        );
        let twice = format!("{line}\n\n{line}\n\n{BODY}");
        let got = marks(&twice);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[2].1, "Putin proposes US investment in rare earths");
    }

    #[test]
    fn ascii_lines_collapse_as_their_words_join() {
        for s in [
            "",
            "  ",
            "A  photo\tcredit\x0b: AP ",
            "x\x1cY  z\r\n",
            "One",
        ] {
            assert_eq!(collapse(s), words(s).collect::<Vec<_>>().join(" "), "{s:?}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency
    proptest::proptest! {
        /// Lines collapse as their words join, whether copied as they are
        /// or rebuilt.
        #[test]
        fn lines_collapse_as_their_words_join(s in "[ a-zA-Z\u{a0}\u{200b}\u{2003}\u{3000}\t\n\r’“—é.]{0,30}") {
            proptest::prop_assert_eq!(collapse(&s), words(&s).collect::<Vec<_>>().join(" "));
        }
    }

    fn detect_spans(text: &str) -> Vec<usize> {
        super::super::detect(text, &crate::text::segment::paragraphs(text))
            .iter()
            .map(|m| m.span.start)
            .collect()
    }
}
