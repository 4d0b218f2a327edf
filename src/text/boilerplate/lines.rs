//! Lines: the unit the detector classifies.
//!
//! Residue is line-shaped (a sponsor widget, a share button, a date widget), so
//! the detector works on the trimmed lines inside each paragraph. That keeps it
//! correct whether the segmenter returns one paragraph per line (today) or groups
//! several lines into one paragraph (a rewrite may).

use crate::text::span::{is_blank, Span};

/// One trimmed, non-empty line inside a paragraph.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Line<'a> {
    pub span: Span,
    pub text: &'a str,
    /// The line is a unit of its own, not the continuation of hard-wrapped prose.
    /// Whole-line rules only look at standalone lines, so a wrapped fragment
    /// ("...revenue from" / "advertising.") is never taken for a label.
    pub standalone: bool,
}

/// A previous line at least this long without closing punctuation may be wrapped
/// prose.
const WRAPPED_LINE_CHARS: usize = 50;

/// The lines of every paragraph, in text order. Paragraph spans that do not fit
/// `text` (out of range, not on char boundaries) are skipped, never trusted.
pub(crate) fn split<'a>(text: &'a str, paragraphs: &[Span]) -> Vec<Line<'a>> {
    let mut out: Vec<Line<'a>> = Vec::new();
    for p in paragraphs {
        let Some(body) = text.get(p.range()) else {
            continue;
        };
        let mut start = p.start;
        for piece in body.split('\n') {
            let span = Span::new(start, start + piece.len()).trim(text);
            start += piece.len() + 1;
            if span.is_empty() {
                continue;
            }
            let line = span.slice(text);
            let standalone = !out.last().is_some_and(|prev| continues(text, prev, span));
            out.push(Line {
                span,
                text: line,
                standalone,
            });
        }
    }
    out
}

/// `next` continues hard-wrapped prose from `prev`: it follows on the very next
/// line (one newline, no blank line: the same whatever the segmenter makes of
/// it), `prev` is long and unterminated, and `next` starts lowercase. Residue
/// after a long headline ("Share", "Advertisement") is capitalised, so it stays
/// standalone.
fn continues(text: &str, prev: &Line, next: Span) -> bool {
    let adjacent = text
        .get(prev.span.end..next.start)
        .is_some_and(|gap| gap.matches('\n').count() == 1 && gap.chars().all(is_blank));
    adjacent && !ends_unit(prev.text) && text[next.range()].starts_with(char::is_lowercase)
}

/// The line closes a unit: ends like a sentence or a label, or is too short to be
/// wrapped prose.
fn ends_unit(line: &str) -> bool {
    let last = line.chars().next_back();
    matches!(
        last,
        Some('.' | '!' | '?' | ':' | ';' | '"' | '”' | '’' | '»' | ')' | '…' | '|')
    ) || line.chars().count() < WRAPPED_LINE_CHARS
}

/// Bullets, separators and arrows that decorate labels ("• Share", "Read more »").
fn is_decoration(c: char) -> bool {
    matches!(
        c,
        '|' | '•'
            | '·'
            | '*'
            | '-'
            | '–'
            | '—'
            | '›'
            | '»'
            | '‹'
            | '«'
            | '>'
            | '<'
            | '→'
            | '←'
            | '►'
            | '▶'
            | '■'
            | '▪'
            | '●'
            | '◦'
    ) || is_blank(c)
}

/// Longest line (in bytes) compared whole against the lexicons: every entry is
/// far shorter, and the bound keeps the work per line constant.
pub(crate) const MAX_KEY_BYTES: usize = 160;

/// The line as the whole-line lexicons compare it: decoration stripped at both
/// ends, trailing `: . ! …` dropped, folded. `None` for lines too long to be a label.
pub(crate) fn whole_key(line: &str) -> Option<String> {
    if line.len() > MAX_KEY_BYTES {
        return None;
    }
    let s = line.trim_start_matches(is_decoration);
    let s = s.trim_end_matches(|c: char| is_decoration(c) || matches!(c, ':' | '.' | '!' | '…'));
    Some(super::lexicon::fold(s))
}

/// The opening of the line as the prefix lexicons compare it: leading decoration
/// stripped, folded, bounded to [`MAX_KEY_BYTES`] of the line.
pub(crate) fn head_key(line: &str) -> String {
    let s = line.trim_start_matches(is_decoration);
    super::lexicon::fold(head(s, MAX_KEY_BYTES))
}

/// The longest prefix of `s` of at most `max` bytes ending on a char boundary.
pub(crate) fn head(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The two lexicon keys of a line, computed once and shared by the rules.
#[derive(Clone, Debug)]
pub(crate) struct Keys {
    /// See [`whole_key`].
    pub whole: Option<String>,
    /// See [`head_key`].
    pub head: String,
}

impl Keys {
    pub fn of(line: &str) -> Keys {
        Keys {
            whole: whole_key(line),
            head: head_key(line),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line<'_>> {
        split(text, &[Span::new(0, text.len())])
    }

    #[test]
    fn splits_and_trims_lines_inside_a_paragraph() {
        let text = " a\u{a0}\n\n  b \r\nc";
        let got: Vec<&str> = lines(text).iter().map(|l| l.text).collect();
        assert_eq!(got, ["a", "b", "c"]);
        for l in lines(text) {
            assert_eq!(l.span.slice(text), l.text);
        }
    }

    #[test]
    fn skips_paragraph_spans_that_do_not_fit() {
        let text = "Жук";
        let bad = [Span::new(1, 3), Span::new(0, 99), Span::new(4, 2)];
        assert!(split(text, &bad).is_empty());
    }

    #[test]
    fn wrapped_prose_continuation_is_not_standalone() {
        let text = "He said the talks on rare earth metals had gone well and he came\nback\nShare";
        let ls = lines(text);
        assert!(ls[0].standalone);
        assert!(
            !ls[1].standalone,
            "continuation of a long unterminated line"
        );
        assert!(ls[2].standalone, "after a short line");
    }

    #[test]
    fn continuation_is_the_same_across_paragraph_splits() {
        let text = "The company said most of its revenue came from online\nadvertising.";
        let one = lines(text);
        let two = split(text, &crate::text::segment::paragraphs(text));
        assert!(!one[1].standalone && !two[1].standalone);
    }

    #[test]
    fn capitalised_or_separated_lines_stay_standalone() {
        let headline = "Putin proposes US investment in rare earth metals in Russia";
        for text in [format!("{headline}\nShare"), format!("{headline}\n\nshare")] {
            let ls = split(&text, &crate::text::segment::paragraphs(&text));
            assert!(ls[1].standalone, "{text:?}");
        }
    }

    #[test]
    fn line_after_a_finished_sentence_is_standalone() {
        let text = "He said the talks on rare earth metals had gone well on Monday.\nAdvertisement";
        assert!(lines(text)[1].standalone);
    }

    #[test]
    fn keys_strip_decoration() {
        assert_eq!(whole_key("• Read more »").as_deref(), Some("read more"));
        assert_eq!(whole_key("Related:").as_deref(), Some("related"));
        assert_eq!(whole_key("| Share |").as_deref(), Some("share"));
        assert_eq!(whole_key(&"x".repeat(200)), None);
        assert_eq!(head_key("» Related: Putin"), "related: putin");
    }

    #[test]
    fn head_respects_char_boundaries() {
        assert_eq!(head("жжж", 3), "ж");
        assert_eq!(head("abc", 10), "abc");
    }
}
