//! `masthead`: the site's name or a section banner at the top of the page, and
//! copyright lines.
//!
//! In the header zone: whole lines from `data/boilerplate/masthead.txt` (outlet
//! names, section kickers) and short all-caps banners ("THE AMERICA ONE NEWS")
//! standing before any content. A banner needs a masthead word
//! (`masthead_words.txt`) or a headline after it; otherwise the all-caps line is
//! taken for the headline itself and kept.

use super::lexicon::{self, fold};
use super::lines::{Keys, Line};
use super::shape::{ends_sentence, is_all_caps, measure, words};
use super::{Marked, MASTHEAD};

/// An outlet name or section banner on a line of its own (header zone only).
pub(crate) fn is_named(keys: &Keys) -> bool {
    keys.whole
        .as_deref()
        .is_some_and(|k| lexicon::masthead().whole(k, true).is_some())
}

/// Longest copyright line, in chars.
const COPYRIGHT_MAX_CHARS: usize = 160;

/// "© 2025 Novaya Gazeta Europe", "Copyright 2025 Reuters. All rights reserved.",
/// "All rights reserved." Anywhere: no sentence of an article opens that way.
pub(crate) fn is_copyright(line: &str) -> bool {
    line.chars().count() <= COPYRIGHT_MAX_CHARS && super::numbers::opens_copyright(line)
}

/// Most words and chars of an all-caps banner; longer all-caps lines are headlines.
const BANNER_MAX_WORDS: usize = 6;
const BANNER_MAX_CHARS: usize = 60;

/// A short all-caps line with no colon, sentence end or more than 4 digits:
/// `Some(true)` if it holds a masthead word.
fn banner(line: &str) -> Option<bool> {
    let shape = measure(line);
    let fits = (1..=BANNER_MAX_WORDS).contains(&shape.words)
        && shape.chars <= BANNER_MAX_CHARS
        && shape.digits <= 4
        && is_all_caps(&shape)
        && !line.contains(':')
        && !ends_sentence(line);
    fits.then(|| {
        words(line).any(|w| {
            let w = fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
            lexicon::masthead_words().contains(&w)
        })
    })
}

/// A line that can be the headline: unmarked (or only prefix-marked), three or
/// more words, not all caps.
fn is_headline(line: &Line, hit: Option<Marked>) -> bool {
    let shape = measure(line.text);
    hit.map_or(true, |m| m.span != line.span) && shape.words >= 3 && !is_all_caps(&shape)
}

/// Marks all-caps banners in the header (`lines[..header_end]`) that stand before
/// any content line; content is any line left unmarked, or marked only in part.
pub(crate) fn mark_banners(lines: &[Line], hits: &mut [Option<Marked>], header_end: usize) {
    let header_end = header_end.min(lines.len());
    let mut headline_after = vec![false; header_end + 1];
    for i in (0..header_end).rev() {
        headline_after[i] = headline_after[i + 1] || is_headline(&lines[i], hits[i]);
    }
    for i in 0..header_end {
        let line = &lines[i];
        match hits[i] {
            Some(m) if m.span == line.span => continue,
            Some(_) => return,
            None => {}
        }
        let cue = if line.standalone {
            banner(line.text)
        } else {
            None
        };
        match cue {
            Some(cue) if cue || headline_after[i + 1] => {
                hits[i] = Some(Marked {
                    span: line.span,
                    reason: MASTHEAD,
                });
            }
            _ => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use super::*;

    #[test]
    fn every_entry_marks_its_line_in_the_header_only() {
        for e in lexicon::masthead().entries() {
            for line in [capitalised(&e.phrase), e.phrase.to_uppercase()] {
                assert_eq!(
                    reason_of(&in_header(&line), &line),
                    Some(MASTHEAD),
                    "{line}"
                );
                assert_no_marks(&in_body(&line));
            }
            assert_no_marks(&in_sentence(&e.phrase));
        }
    }

    #[test]
    fn every_masthead_word_makes_an_all_caps_banner() {
        for word in lexicon::masthead_words() {
            let line = format!("THE {} OF EURASIA", word.to_uppercase());
            let text = format!("{line}\n\n{BODY}");
            assert_eq!(reason_of(&text, &line), Some(MASTHEAD), "{line}");
            assert_no_marks(&in_body(&line));
            assert_no_marks(&in_sentence(word));
        }
    }

    #[test]
    fn all_caps_line_without_cue_needs_a_headline_after_it() {
        assert_eq!(
            reason_of(&in_header("REMER EAGLE"), "REMER EAGLE"),
            Some(MASTHEAD)
        );
        assert_no_marks(&format!("PUTIN OFFERS RARE EARTHS\n\n{BODY}"));
    }

    #[test]
    fn banner_after_content_is_kept() {
        let text = format!("{HEADLINE}\n\nTHE AMERICA ONE NEWS\n\n{BODY}");
        assert_no_marks(&text);
    }

    #[test]
    fn banners_after_other_residue_still_count() {
        let text = format!("Menu\n\nTHE AMERICA ONE NEWS\n\n{HEADLINE}\n\n{BODY}");
        assert_eq!(reason_of(&text, "THE AMERICA ONE NEWS"), Some(MASTHEAD));
    }

    #[test]
    fn not_banners() {
        for line in [
            "PHOTO: EPA-EFE/MICHAEL BUHOLZER",
            "PUTIN PROPOSES US INVESTMENT IN RARE EARTH METALS IN RUSSIA",
            "The America One News",
            "NEWS 2025 12345",
            "BREAKING NEWS.",
        ] {
            assert_eq!(banner(line), None, "{line}");
        }
    }

    #[test]
    fn copyright_lines_anywhere() {
        for line in [
            "© 2025 Novaya Gazeta Europe",
            "Copyright 2025 Reuters. All rights reserved.",
            "(c) 2025 Example Media",
            "All rights reserved.",
        ] {
            assert_eq!(reason_of(&in_body(line), line), Some(MASTHEAD), "{line}");
        }
        for line in [
            "Copyright law in Russia was changed in 2022, the ministry said on Monday in a statement.",
            "All rights reserved, the agency said, but it would share the images with partners.",
        ] {
            assert_no_marks(&in_body(line));
        }
    }
}
