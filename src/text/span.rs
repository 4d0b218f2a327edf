//! Byte ranges into a document's text.
//!
//! Every layer of the core speaks in byte offsets into the (cleaned) text; the
//! conversion to the caller's unit (UTF-16, chars, bytes) happens once, at the
//! output boundary (`crate::output`).

use std::ops::Range;

/// A half-open byte range `start..end` into a document's text.
///
/// Both ends always lie on `char` boundaries of the text they were made from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The text this span covers.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.range()]
    }

    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Shrinks the span so that it neither starts nor ends with white space
    /// (Unicode `White_Space`, which includes nbsp) or zero-width format characters.
    pub fn trim(self, text: &str) -> Span {
        let s = self.slice(text);
        let lead = s.len() - s.trim_start_matches(is_blank).len();
        let trimmed_start = &s[lead..];
        let kept = trimmed_start.trim_end_matches(is_blank).len();
        Span::new(self.start + lead, self.start + lead + kept)
    }
}

/// White space or an invisible formatting character (ZWSP, ZWNJ, ZWJ, BOM, word joiner).
pub fn is_blank(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_strips_nbsp_and_zero_width() {
        let text = "\u{a0} \u{200b}Putin\u{a0}\n";
        let span = Span::new(0, text.len()).trim(text);
        assert_eq!(span.slice(text), "Putin");
    }

    #[test]
    fn trim_of_all_blank_is_empty() {
        let text = " \u{a0} ";
        assert!(Span::new(0, text.len()).trim(text).is_empty());
    }

    #[test]
    fn overlap_and_containment() {
        let a = Span::new(0, 10);
        assert!(a.contains(Span::new(2, 5)));
        assert!(!a.contains(Span::new(5, 11)));
        assert!(a.overlaps(Span::new(9, 12)));
        assert!(!a.overlaps(Span::new(10, 12)));
    }
}
