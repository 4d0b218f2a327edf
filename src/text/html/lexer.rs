//! HTML tokens with their exact place in the source, from `html5gum`.
//!
//! `html5gum` is a WHATWG tokenizer: it decodes character references,
//! normalises CR/CRLF and switches to raw text inside `script`, `style`,
//! `title`… (its naive state switching, enough for a fragment). Its tag,
//! comment and doctype spans are exact, but the end of a text span can be off
//! after a character reference at the end of a token (`a &amp` ends one byte
//! short). So a text token's source is taken as everything from its start to
//! the start of the next markup token (or the end of the input); `align`
//! then matches the decoded text against that raw slice.

use crate::text::span::Span;
use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
use html5gum::Tokenizer;
use std::convert::Infallible;

/// A start tag. Positions are byte offsets into the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StartTag<'a> {
    /// Lowercase name.
    pub name: &'a [u8],
    /// Offset of the `<`.
    pub at: usize,
    /// Offset just past the `>`.
    pub end: usize,
    pub self_closing: bool,
    /// Marked hidden by its attributes (`hidden`, `style="display: none"`).
    pub hidden: bool,
}

/// One token the cleaner cares about; comments and doctypes are skipped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event<'a> {
    Start(StartTag<'a>),
    /// An end tag: lowercase name and offset of its `<`.
    End {
        name: &'a [u8],
        at: usize,
    },
    /// Text as the tokenizer decoded it, and the raw source it came from.
    Text {
        decoded: &'a str,
        raw: Span,
    },
}

/// Tokenizes `source`, handing each event to `sink` in source order.
pub fn tokenize(source: &str, sink: impl FnMut(Event<'_>)) {
    let mut lexer = Lexer {
        source,
        sink,
        text: Vec::new(),
        text_start: 0,
        last_end: 0,
        tag: Vec::new(),
        tag_at: 0,
        hidden: false,
        attribute: Vec::new(),
    };
    run(source, true, &mut |event, start, end| {
        lexer.handle(event, start, end)
    });
    lexer.flush_text(source.len());
}

/// Runs html5gum over `source`, handing `handle` each event with its byte span
/// (`naive`: switch to raw text inside `script`, `style`…). The tokenizer is
/// generic over its callback, and each instantiation is some 70 KB of wasm: this
/// is the only one, shared with the character-reference decoder.
pub(super) fn run(
    source: &str,
    naive: bool,
    handle: &mut dyn FnMut(CallbackEvent<'_>, usize, usize),
) {
    let mut emitter =
        CallbackEmitter::new(|event: CallbackEvent<'_>, span: html5gum::Span<usize>| {
            handle(event, span.start, span.end);
            None::<Infallible>
        });
    emitter.naively_switch_states(naive);
    if let Err(never) = Tokenizer::new_with_emitter(source, emitter).finish() {
        match never {}
    }
}

struct Lexer<'s, F> {
    source: &'s str,
    sink: F,
    /// Decoded text waiting for the next markup token, which tells where it ends.
    text: Vec<u8>,
    text_start: usize,
    /// End of the last markup token: text never starts before it.
    last_end: usize,
    tag: Vec<u8>,
    tag_at: usize,
    hidden: bool,
    attribute: Vec<u8>,
}

impl<F: FnMut(Event<'_>)> Lexer<'_, F> {
    fn handle(&mut self, event: CallbackEvent<'_>, start: usize, end: usize) {
        match event {
            CallbackEvent::String { value } => {
                if self.text.is_empty() {
                    self.text_start = start;
                }
                self.text.extend_from_slice(value);
            }
            CallbackEvent::OpenStartTag { name } => {
                self.flush_text(start);
                self.tag.clear();
                self.tag.extend_from_slice(name);
                self.tag_at = start;
                self.hidden = false;
                self.attribute.clear();
            }
            CallbackEvent::AttributeName { name } => {
                self.attribute.clear();
                self.attribute.extend_from_slice(name);
                self.hidden |= name == b"hidden";
            }
            CallbackEvent::AttributeValue { value } => {
                self.hidden |= self.attribute == b"style" && style_hides(value);
            }
            CallbackEvent::CloseStartTag { self_closing } => {
                if !self.tag.is_empty() {
                    let tag = StartTag {
                        name: &self.tag,
                        at: self.tag_at,
                        end: end.min(self.source.len()),
                        self_closing,
                        hidden: self.hidden,
                    };
                    (self.sink)(Event::Start(tag));
                }
                self.tag.clear();
                self.last_end = self.last_end.max(end);
            }
            CallbackEvent::EndTag { name } => {
                self.flush_text(start);
                (self.sink)(Event::End { name, at: start });
                self.last_end = self.last_end.max(end);
            }
            CallbackEvent::Comment { .. } | CallbackEvent::Doctype { .. } => {
                self.flush_text(start);
                self.last_end = self.last_end.max(end);
            }
            CallbackEvent::Error(_) => {}
        }
    }

    /// Hands on the pending text, whose raw source ends at `end`.
    fn flush_text(&mut self, end: usize) {
        if self.text.is_empty() {
            return;
        }
        let source = self.source;
        let end = char_ceil(source, end.min(source.len()));
        let start = char_ceil(source, self.text_start.max(self.last_end).min(end));
        let decoded = String::from_utf8_lossy(&self.text);
        (self.sink)(Event::Text {
            decoded: &decoded,
            raw: Span::new(start, end.max(start)),
        });
        self.text.clear();
    }
}

/// The first char boundary of `s` at or after `i` (`i <= s.len()`).
fn char_ceil(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Whether an inline style hides the element (`display:none`,
/// `visibility:hidden`), ignoring case and white space.
fn style_hides(style: &[u8]) -> bool {
    let squeezed: Vec<u8> = style
        .iter()
        .filter(|b| !b.is_ascii_whitespace())
        .map(u8::to_ascii_lowercase)
        .collect();
    let has = |needle: &[u8]| squeezed.windows(needle.len()).any(|w| w == needle);
    has(b"display:none") || has(b"visibility:hidden")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Events rendered compactly: `<p@0>`, `</p@5>`, `"text"@3..5`.
    fn events(source: &str) -> Vec<String> {
        let mut out = Vec::new();
        tokenize(source, |event| {
            out.push(match event {
                Event::Start(t) => {
                    let flags = match (t.self_closing, t.hidden) {
                        (true, _) => "/",
                        (_, true) => "!",
                        _ => "",
                    };
                    format!(
                        "<{}{flags}@{}-{}>",
                        String::from_utf8_lossy(t.name),
                        t.at,
                        t.end
                    )
                }
                Event::End { name, at } => format!("</{}@{at}>", String::from_utf8_lossy(name)),
                Event::Text { decoded, raw } => format!("{decoded:?}@{}..{}", raw.start, raw.end),
            })
        });
        out
    }

    #[test]
    fn tags_and_text_with_positions() {
        assert_eq!(
            events("<p class=x>Hi</p >\r\n<br/>"),
            [
                "<p@0-11>",
                "\"Hi\"@11..13",
                "</p@13>",
                "\"\\n\"@18..20",
                "<br/@20-25>"
            ]
        );
    }

    #[test]
    fn text_runs_to_the_next_markup_even_after_a_final_entity() {
        assert_eq!(events("x &amp"), ["\"x &\"@0..6"]);
        assert_eq!(events("&acE;<b>"), ["\"∾\\u{333}\"@0..5", "<b@5-8>"]);
        assert_eq!(events("&"), ["\"&\"@0..1"]);
    }

    #[test]
    fn comments_doctype_and_cdata_are_skipped() {
        assert_eq!(
            events("<!DOCTYPE html>a<!-- c -->b<![CDATA[x]]>c"),
            ["\"a\"@15..16", "\"b\"@26..27", "\"c\"@40..41"]
        );
    }

    #[test]
    fn script_content_is_raw_text() {
        assert_eq!(
            events("<script>a<b>&amp;</script>"),
            ["<script@0-8>", "\"a<b>&amp;\"@8..17", "</script@17>"]
        );
    }

    #[test]
    fn hiding_attributes() {
        assert_eq!(events("<div hidden>"), ["<div!@0-12>"]);
        assert_eq!(
            events("<p style='color:red; DISPLAY: None'>"),
            ["<p!@0-36>"]
        );
        assert_eq!(
            events("<p style='display:block' title=hidden>"),
            ["<p@0-38>"]
        );
    }

    #[test]
    fn quoted_greater_than_and_unfinished_tags() {
        assert_eq!(
            events("<a title='x>y'>t</a>"),
            ["<a@0-15>", "\"t\"@15..16", "</a@16>"]
        );
        assert_eq!(events("t<div"), ["\"t\"@0..5"]);
        assert_eq!(events("<"), ["\"<\"@0..1"]);
    }
}
