//! The readable text and its source map, written piece by piece.
//!
//! Everything that is not visible by itself — separators, collapsed white
//! space, non-breaking spaces, preformatted white space — is held back until
//! visible text follows on the same line. That one rule gives the layout a
//! browser shows: no separator at the start or end of the text, blocks trimmed,
//! never more than one blank line in a row, separators merged (the strongest
//! wins), and no line made only of blanks.

use super::align::Atom;
use crate::text::source_map::SourceMap;
use crate::text::span::Span;

/// What separates the text written so far from the next visible text; a
/// stronger separator replaces a weaker one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Sep {
    None,
    /// Collapsed white space: one space.
    Space,
    /// Between table cells: a tab.
    Cell,
    /// A line break: one newline.
    Line,
    /// Between blocks, or two line breaks: a blank line.
    Paragraph,
}

impl Sep {
    fn text(self) -> &'static str {
        match self {
            Sep::None => "",
            Sep::Space => " ",
            Sep::Cell => "\t",
            Sep::Line => "\n",
            Sep::Paragraph => "\n\n",
        }
    }
}

/// Text held back until visible text follows it on the same line.
#[derive(Clone, Copy, Debug)]
struct Held {
    /// Range in `Writer::held_text`.
    text: Span,
    source: Span,
    exact: bool,
    kind: HeldKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum HeldKind {
    Space,
    Newline,
    Other,
}

/// Builds the readable text and its map into `source`.
#[derive(Debug)]
pub struct Writer<'s> {
    source: &'s str,
    out: String,
    map: SourceMap,
    sep: Sep,
    /// Where `sep` comes from: the white space it collapses, or an empty range
    /// at the tag that asked for it.
    sep_source: Span,
    held: Vec<Held>,
    held_text: String,
    held_newlines: usize,
}

impl<'s> Writer<'s> {
    pub fn new(source: &'s str) -> Self {
        Writer {
            source,
            out: String::new(),
            map: SourceMap::default(),
            sep: Sep::None,
            sep_source: Span::default(),
            held: Vec::new(),
            held_text: String::new(),
            held_newlines: 0,
        }
    }

    /// Collapsible white space (outside preformatted text): at most one space,
    /// and none next to a stronger separator.
    pub fn space(&mut self, source: Span) {
        if self.held.is_empty() {
            if self.sep == Sep::None {
                (self.sep, self.sep_source) = (Sep::Space, source);
            }
        } else if self.held.last().is_some_and(|h| h.kind != HeldKind::Space) {
            let space = Atom {
                text: " ",
                source,
                exact: false,
            };
            self.hold(space, HeldKind::Space);
        }
    }

    /// Invisible but real characters (no-break space, zero-width space): kept
    /// inside a line, dropped at its edges, where they would only pad it.
    pub fn blank(&mut self, piece: Atom<'_>) {
        if !self.out.is_empty() && self.sep < Sep::Cell {
            self.hold(piece, HeldKind::Other);
        }
    }

    /// White space other than a newline in preformatted text: kept as is when
    /// visible text follows on its line.
    pub fn pre_space(&mut self, piece: Atom<'_>) {
        self.hold(piece, HeldKind::Space);
    }

    /// A newline in preformatted text: kept unless it would start a second
    /// blank line (or a blank line at the start of the text). White space
    /// before it ends a line, where it is invisible, so it is dropped.
    pub fn pre_newline(&mut self, piece: Atom<'_>) {
        while self
            .held
            .last()
            .is_some_and(|h| h.kind != HeldKind::Newline)
        {
            let h = self.held.pop().expect("checked non-empty");
            self.held_text.truncate(h.text.start);
        }
        let before = match self.sep {
            _ if self.out.is_empty() => 2,
            Sep::Paragraph => 2,
            Sep::Line => 1,
            _ => 0,
        };
        if before + self.held_newlines < 2 {
            if self.sep < Sep::Line {
                self.sep = Sep::None; // would end the line: invisible
            }
            self.hold(piece, HeldKind::Newline);
            self.held_newlines += 1;
        }
    }

    /// Visible text: writes what was held back, then the text.
    pub fn visible(&mut self, piece: Atom<'_>) {
        if self.out.is_empty() {
            self.clear_held();
        } else {
            self.write(self.sep.text(), self.sep_source, false);
            let held = std::mem::take(&mut self.held);
            let held_text = std::mem::take(&mut self.held_text);
            for h in &held {
                self.write(h.text.slice(&held_text), h.source, h.exact);
            }
            (self.held, self.held_text) = (held, held_text);
            self.clear_held();
        }
        self.sep = Sep::None;
        self.write(piece.text, piece.source, piece.exact);
    }

    /// A separator asked for by the tag at `at`: drops what was held back on
    /// the line it ends. Two line breaks in a row make a blank line.
    pub fn separate(&mut self, sep: Sep, at: usize) {
        self.clear_held();
        let next = match sep {
            Sep::Line if self.sep == Sep::Line => Sep::Paragraph,
            _ => sep.max(self.sep),
        };
        if next != self.sep {
            (self.sep, self.sep_source) = (next, Span::new(at, at));
        }
    }

    /// The text and its map; what is still held back is trailing and dropped.
    pub fn finish(self) -> (String, SourceMap) {
        (self.out, self.map)
    }

    fn hold(&mut self, piece: Atom<'_>, kind: HeldKind) {
        let start = self.held_text.len();
        self.held_text.push_str(piece.text);
        self.held.push(Held {
            text: Span::new(start, self.held_text.len()),
            source: piece.source,
            exact: piece.exact,
            kind,
        });
    }

    fn clear_held(&mut self) {
        self.held.clear();
        self.held_text.clear();
        self.held_newlines = 0;
    }

    /// Appends `text` from `source`. A run of equal lengths must be a verbatim
    /// copy (readers map inside it position by position), so a replacement of
    /// the same length as its source (`\n` → ` `, `&acE;` → `∾̳`) is split: its
    /// first char maps to an empty range at the start of the source, the rest
    /// to the whole source (several runs may share one source range, so this
    /// keeps both ends of the source ranges non-decreasing).
    fn write(&mut self, text: &str, source: Span, exact: bool) {
        debug_assert!(!exact || text == source.slice(self.source));
        let start = self.out.len();
        self.out.push_str(text);
        let span = Span::new(start, self.out.len());
        if exact || text.len() != source.len() || text == source.slice(self.source) {
            self.map.push(span, source);
            return;
        }
        let first = text.chars().next().map_or(0, char::len_utf8);
        self.map.push(
            Span::new(start, start + first),
            Span::new(source.start, source.start),
        );
        self.map.push(Span::new(start + first, span.end), source);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(source: &str, start: usize, end: usize) -> Atom<'_> {
        Atom {
            text: &source[start..end],
            source: Span::new(start, end),
            exact: true,
        }
    }

    #[test]
    fn separators_are_merged_and_never_at_the_edges() {
        let source = "ab cd";
        let mut w = Writer::new(source);
        w.separate(Sep::Paragraph, 0);
        w.visible(piece(source, 0, 2));
        w.space(Span::new(2, 3));
        w.separate(Sep::Line, 3);
        w.separate(Sep::Line, 3);
        w.separate(Sep::Line, 3);
        w.visible(piece(source, 3, 5));
        w.separate(Sep::Paragraph, 5);
        let (text, map) = w.finish();
        assert_eq!(text, "ab\n\ncd");
        assert_eq!(map.validate(&text, source), Ok(()));
    }

    #[test]
    fn same_length_replacement_is_never_a_copy() {
        let source = "a\nb&acE;";
        let mut w = Writer::new(source);
        w.visible(piece(source, 0, 1));
        w.space(Span::new(1, 2));
        w.visible(piece(source, 2, 3));
        w.visible(Atom {
            text: "∾̳",
            source: Span::new(3, 8),
            exact: false,
        });
        let (text, map) = w.finish();
        assert_eq!(text, "a b∾̳");
        assert_eq!(map.validate(&text, source), Ok(()));
        assert_eq!(map.to_source(Span::new(1, 2)), Span::new(1, 1));
        assert_eq!(map.to_source(Span::new(3, text.len())), Span::new(3, 8));
    }

    #[test]
    fn preformatted_newlines_allow_one_blank_line() {
        let source = "a \n \n \n  b";
        let mut w = Writer::new(source);
        w.visible(piece(source, 0, 1));
        for (i, c) in source.char_indices().skip(1).take(8) {
            let p = piece(source, i, i + 1);
            if c == '\n' {
                w.pre_newline(p)
            } else {
                w.pre_space(p)
            }
        }
        w.visible(piece(source, 9, 10));
        let (text, map) = w.finish();
        assert_eq!(text, "a\n\n  b");
        assert_eq!(map.validate(&text, source), Ok(()));
    }
}
