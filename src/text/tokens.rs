//! Word tokens, in byte spans of the original text.
//!
//! The cut follows the Penn Treebank conventions the entity tagger's training
//! data (GUM, wikigold) uses, because a tagger fed "Putin’s" or "Ukraine." as
//! one token sees a word it never learnt: possessives and contractions, a
//! sentence's final period, quotation marks and brackets are tokens of their
//! own, while abbreviations ("U.S.", "Mr."), initials ("F."), numbers
//! ("1,200.50", "45%"), hyphenated words, URLs, e-mail addresses, hashtags and
//! @handles stay whole. Every non-blank character of the input lies in exactly
//! one token; scanning is a single forward pass (linear time, never panics).

mod chars;
mod links;
mod plain;
mod words;

pub(crate) use chars::{
    is_closing_bracket, is_closing_quote, is_currency, is_line_break, is_opening_bracket,
    is_opening_quote, is_regex_word, is_terminal, split_ascii_digits,
};
pub(crate) use words::is_initial;

use crate::text::span::{is_blank, Span};
use chars::{char_at, char_before, is_dash, is_punct, is_quote, is_word_char};
use std::collections::VecDeque;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with marks, hyphens and inner apostrophes): "Zaporizhzhia", "O’Brien".
    Word,
    /// Starts with a digit: "17", "3.5", "1,200", "45%", "1990s", "10:30".
    Number,
    /// Keeps its period: "U.S.", "Mr.", "e.g.", "F." (initials), "Ph.D.".
    Abbreviation,
    /// A possessive or contraction split off its word: "’s", "n't", "'re".
    Clitic,
    /// Sentence and clause punctuation, brackets, ellipses ("...", "…", "?!").
    Punct,
    /// One quotation mark: " ' “ ” ‘ ’ « » „.
    Quote,
    /// A dash or a run of hyphens standing alone: "—", "–", "--".
    Dash,
    /// Anything else: currency signs, "%", "+", emoji (with modifiers and ZWJ sequences).
    Symbol,
    /// A URL or a bare domain: "https://x.org/a", "www.bbc.co.uk", "CBC.ca".
    Url,
    Email,
    /// "#Ukraine".
    Hashtag,
    /// "@POTUS".
    Mention,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

/// Tokens inside `span` of `text`, in order.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    Tokens::new(text, span).collect()
}

/// The tokens of a span as a lazy iterator, so that a megabyte-long paragraph
/// can be split into sentences without holding all its tokens.
#[derive(Debug)]
pub struct Tokens<'a> {
    /// The text cut at the span's end, so that no look-ahead leaves the span.
    s: &'a str,
    pos: usize,
    queue: VecDeque<Token>,
}

impl<'a> Tokens<'a> {
    /// Tokens of `span`; a span out of range or off char boundaries is shrunk to fit.
    pub fn new(text: &'a str, span: Span) -> Self {
        let mut end = span.end.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut pos = span.start.min(end);
        while !text.is_char_boundary(pos) {
            pos += 1;
        }
        Tokens {
            s: &text[..end],
            pos,
            queue: VecDeque::new(),
        }
    }

    /// Reads the next token(s) at `self.pos`: one token is returned, more
    /// (a run cut into pieces) go to the queue, which is empty on entry.
    ///
    /// Most tokens are single: a word, a number, a punctuation mark. Returned
    /// directly, they skip the queue's push and pop (which, with its capacity
    /// and wrap-around checks, cost about as much as scanning the word).
    fn fill(&mut self) -> Option<Token> {
        let s = self.s;
        let bytes = s.as_bytes();
        // ASCII white space (all of it blank, and the only blank ASCII)
        // skipped by byte; the first other byte is decoded only if it is not
        // ASCII, and then the search for a non-blank char goes on by char.
        let mut from = self.pos;
        while from < bytes.len() && matches!(bytes[from], b' ' | b'\t'..=b'\r') {
            from += 1;
        }
        let i = if bytes.get(from).is_some_and(u8::is_ascii) {
            from
        } else {
            from + s[from..]
                .find(|c: char| !is_blank(c))
                .unwrap_or(s.len() - from)
        };
        let Some(c) = char_at(s, i) else {
            self.pos = s.len();
            return None;
        };
        let one = i + c.len_utf8();
        let (end, kind) = if let Some(e) = links::url_at(s, i) {
            (e, TokenKind::Url)
        } else if let Some(e) = (c == '#').then(|| links::hashtag_at(s, i)).flatten() {
            (e, TokenKind::Hashtag)
        } else if let Some(e) = (c == '@').then(|| links::mention_at(s, i)).flatten() {
            (e, TokenKind::Mention)
        } else if let Some(token) = plain::plain_token(s, i) {
            (token.span.end, token.kind)
        } else if is_word_char(c) {
            let (end, plain) = words::scan_run(s, i);
            self.pos = words::emit_run(s, i, end, plain, &mut self.queue);
            return None;
        } else if self.starts_signed_number(i, c) {
            let (end, plain) = words::scan_run(s, one);
            self.pos = words::emit_run(s, one, end, plain, &mut self.queue);
            if let Some(first) = self.queue.front_mut() {
                first.span.start = i;
            }
            return None;
        } else if c == '.' || c == '…' {
            (run_of(s, i, |d| d == '.' || d == '…'), TokenKind::Punct)
        } else if is_terminal(c) {
            (
                run_of(s, i, |d| is_terminal(d) && d != '.' && d != '…'),
                TokenKind::Punct,
            )
        } else if c == '-' {
            (run_of(s, i, |d| d == '-'), TokenKind::Dash)
        } else if is_dash(c) {
            (one, TokenKind::Dash)
        } else if is_quote(c) {
            (one, TokenKind::Quote)
        } else if is_punct(c) {
            (one, TokenKind::Punct)
        } else {
            (symbol_end(s, i), TokenKind::Symbol)
        };
        self.pos = end;
        Some(Token {
            span: Span::new(i, end),
            kind,
        })
    }

    /// "-5", "+3", "−2.5", ".324": a sign or point not glued to a word before it.
    fn starts_signed_number(&self, i: usize, c: char) -> bool {
        matches!(c, '-' | '+' | '−' | '.')
            && char_at(self.s, i + c.len_utf8()).is_some_and(|d| d.is_ascii_digit())
            && char_before(self.s, i).map_or(true, |p| is_blank(p) || is_opening_bracket(p))
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        if let Some(token) = self.queue.pop_front() {
            return Some(token);
        }
        while self.pos < self.s.len() {
            if let Some(token) = self.fill().or_else(|| self.queue.pop_front()) {
                return Some(token);
            }
        }
        None
    }
}

/// The end of the run of chars matching `f` from `i` (at least one char).
fn run_of(s: &str, i: usize, f: impl Fn(char) -> bool) -> usize {
    let first = char_at(s, i).map_or(0, char::len_utf8);
    i + first
        + s[i + first..]
            .chars()
            .take_while(|&c| f(c))
            .map(char::len_utf8)
            .sum::<usize>()
}

/// The end of a symbol, kept whole with what makes it one emoji: modifiers,
/// variation selectors, ZWJ sequences (👩‍⚕️) and flag pairs (🇺🇦).
fn symbol_end(s: &str, i: usize) -> usize {
    let Some(c) = char_at(s, i) else {
        return i;
    };
    let mut j = i + c.len_utf8();
    if chars::is_regional_indicator(c) {
        if let Some(d) = char_at(s, j).filter(|&d| chars::is_regional_indicator(d)) {
            j += d.len_utf8();
        }
    }
    while let Some(d) = char_at(s, j) {
        if chars::is_emoji_extender(d) {
            j += d.len_utf8();
        } else if let Some(e) = char_at(s, j + 3).filter(|&e| d == '\u{200D}' && !is_blank(e)) {
            j += 3 + e.len_utf8();
        } else {
            break;
        }
    }
    j
}

#[cfg(test)]
mod tests;
