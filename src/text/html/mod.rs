//! HTML → readable text with a source map.
//!
//! Input is HTML as a browser's clipboard gives it when copying from a news
//! site: usually a fragment, often tag soup. The output is the text a reader
//! sees, laid out as plain text (blocks separated by a blank line, `<br>` as a
//! newline, table cells by a tab, white space collapsed as a browser renders
//! it), and a [`SourceMap`] from every output byte back into the HTML, so that
//! annotations on the text can be shown on the original.
//!
//! The pipeline is linear and non-recursive: `lexer` (`html5gum`, a WHATWG
//! tokenizer, with exact source positions) → `align` (decoded text matched
//! against its raw source, `references` decoded on their own) → this module
//! (open `elements` on a `stack` decide what is read, and layout asks for
//! separators) → `writer` (separators, white space, the map). Only
//! tokenizing happens: scripts and event handlers are never run.

mod align;
mod elements;
mod lexer;
mod references;
mod stack;
mod writer;

#[cfg(test)]
mod tests;

use crate::text::source_map::SourceMap;
use crate::text::span::{self, Span};
use align::{align, Atom};
use elements::Layout;
use lexer::{Event, StartTag};
use references::References;
use stack::Stack;
use writer::{Sep, Writer};

/// Extracts the readable text of an HTML document or fragment (plain text
/// works too: its entities are decoded and its white space collapsed).
///
/// The map's runs are ordered, contiguous and cover the text exactly; a run of
/// equal lengths is a verbatim copy of its source, any other stands for its
/// whole source range (an entity, collapsed white space, or an empty range at
/// the tag that asked for a separator). Never panics, whatever the input.
pub fn clean(source: &str) -> (String, SourceMap) {
    let mut extractor = Extractor {
        source,
        stack: Stack::default(),
        writer: Writer::new(source),
        references: References::default(),
    };
    lexer::tokenize(source, |event| match event {
        Event::Start(tag) => extractor.start(tag),
        Event::End { name, at } => extractor.end(name, at),
        Event::Text { decoded, raw } => extractor.text(decoded, raw),
    });
    extractor.writer.finish()
}

struct Extractor<'s> {
    source: &'s str,
    stack: Stack,
    writer: Writer<'s>,
    references: References,
}

impl Extractor<'_> {
    fn start(&mut self, tag: StartTag<'_>) {
        let role = elements::role(tag.name);
        // Hidden by its attributes, an element has no box at all (display: none).
        if !self.stack.hidden() && !tag.hidden {
            self.layout(role.layout, tag.at);
        }
        // `<div/>` opens a div in HTML, but honouring the slash is the safer
        // mistake: a `<svg/>` or `<nav/>` left open would hide the rest of the text.
        if role.void || (tag.self_closing && !role.raw_text) {
            return;
        }
        self.stack
            .close_implied(|open| elements::closes(tag.name, open));
        let hidden = role.hidden || tag.hidden;
        self.stack
            .push(tag.name, hidden, role.preformatted, role.raw_text);
    }

    fn end(&mut self, name: &[u8], at: usize) {
        let role = elements::role(name);
        let closed_hidden = self.stack.close(name) == Some(true);
        // Hidden by its attributes, the element had no box to separate; and a
        // cell's end needs no separator: the next cell or row provides one.
        let boxless = closed_hidden && !role.hidden;
        if !self.stack.hidden() && !boxless && role.layout != Layout::Cell {
            self.layout(role.layout, at);
        }
    }

    fn layout(&mut self, layout: Layout, at: usize) {
        let sep = match layout {
            Layout::Inline => return,
            Layout::Block => Sep::Paragraph,
            Layout::Line => Sep::Line,
            Layout::Cell => Sep::Cell,
        };
        self.writer.separate(sep, at);
    }

    fn text(&mut self, decoded: &str, raw: Span) {
        if self.stack.hidden() {
            return;
        }
        let pre = self.stack.preformatted();
        let references = (!self.stack.raw_text()).then_some(&mut self.references);
        let writer = &mut self.writer;
        align(references, decoded, self.source, raw, |atom| {
            feed(writer, atom, pre)
        });
    }
}

/// How a character takes part in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// HTML white space (space, tab, newline, form feed, carriage return).
    Space,
    /// A newline in preformatted text.
    Newline,
    /// Invisible but real: no-break space, zero-width space, other Unicode spaces.
    Blank,
    Visible,
    /// Control characters (NUL and the like), which a browser does not show,
    /// and soft hyphens, shown only where a line wraps: dropped, so that
    /// `Bundes&shy;regierung` reads as one word.
    Skip,
}

fn class(c: char, pre: bool) -> Class {
    match c {
        '\n' if pre => Class::Newline,
        ' ' | '\t' | '\n' | '\x0C' | '\r' => Class::Space,
        '\u{ad}' => Class::Skip,
        c if c.is_control() => Class::Skip,
        c if span::is_blank(c) => Class::Blank,
        _ => Class::Visible,
    }
}

/// Hands an atom to the writer in runs of one class (newlines one by one).
/// Runs of an exact atom map to their own bytes; those of a replacement, to
/// the whole replaced source.
fn feed(writer: &mut Writer<'_>, atom: Atom<'_>, pre: bool) {
    let text = atom.text;
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let kind = class(c, pre);
        let mut end = start + c.len_utf8();
        while let Some(&(i, d)) = chars.peek() {
            if kind == Class::Newline || class(d, pre) != kind {
                break;
            }
            end = i + d.len_utf8();
            chars.next();
        }
        let source = if atom.exact {
            Span::new(atom.source.start + start, atom.source.start + end)
        } else {
            atom.source
        };
        let piece = Atom {
            text: &text[start..end],
            source,
            exact: atom.exact,
        };
        match kind {
            Class::Space if pre => writer.pre_space(piece),
            Class::Space => writer.space(source),
            Class::Newline => writer.pre_newline(piece),
            Class::Blank if pre => writer.pre_space(piece),
            Class::Blank => writer.blank(piece),
            Class::Visible => writer.visible(piece),
            Class::Skip => {}
        }
    }
}
