//! Paragraphs from lines.
//!
//! Text pasted from a news site puts one paragraph on each line, and its
//! mastheads, bylines and captions are short lines of their own, so every line
//! is a paragraph. The exception is hard-wrapped text (e-mail, newsletters,
//! wire copy): runs of similarly long lines broken mid-sentence. Those are
//! detected per block (lines between blank lines) and re-joined, breaking only
//! where a line clearly ended a paragraph. A blank line, or U+2029, always ends
//! a paragraph. Lines end at "\r\n", "\n", "\r", U+2028 and the other Unicode
//! line terminators; spans index the original text, which is never altered.

use crate::text::span::{is_blank, Span};
use crate::text::tokens::{is_closing_bracket, is_closing_quote, is_line_break, is_terminal};

/// Widest line (in chars) of a block that can be hard-wrapped: e-mail and
/// wire copy wrap at 60–80 columns; typeset paragraphs are far longer.
const WRAP_WIDTHS: std::ops::RangeInclusive<usize> = 40..=120;

/// What the wrap heuristic needs to know about one non-blank line.
#[derive(Debug)]
struct Line {
    span: Span,
    chars: usize,
    /// Length of the first word: would it have fitted on the line before?
    first_word: usize,
    /// Ends with sentence-final punctuation (or a colon), before closing quotes.
    ends_sentence: bool,
    /// Starts with a letter that is not a capital: a sentence continuing.
    starts_lower: bool,
    /// Starts with a list bullet or number: a paragraph of its own.
    bullet: bool,
}

impl Line {
    fn new(text: &str, span: Span) -> Line {
        let s = span.slice(text);
        let last = s
            .chars()
            .rev()
            .find(|&c| !(is_closing_quote(c) || is_closing_bracket(c) || c == '"' || c == '\''));
        let first = s.chars().next();
        Line {
            span,
            chars: s.chars().count(),
            first_word: s.chars().take_while(|&c| !is_blank(c)).count(),
            ends_sentence: last.is_some_and(|c| is_terminal(c) || c == ':'),
            starts_lower: first.is_some_and(|c| c.is_alphabetic() && !c.is_uppercase()),
            bullet: is_bullet(s),
        }
    }
}

/// Paragraph spans of `text`: trimmed, non-empty, in order.
pub fn split(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut block = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && chars.next_if(|&(_, d)| d == '\n').is_some() {
            next += 1;
        }
        add_line(text, Span::new(start, i), &mut block, &mut out);
        if c == '\u{2029}' {
            flush(&mut block, &mut out);
        }
        start = next;
    }
    add_line(text, Span::new(start, text.len()), &mut block, &mut out);
    flush(&mut block, &mut out);
    out
}

fn add_line(text: &str, raw: Span, block: &mut Vec<Line>, out: &mut Vec<Span>) {
    let span = raw.trim(text);
    if span.is_empty() {
        flush(block, out);
    } else {
        block.push(Line::new(text, span));
    }
}

/// Emits the paragraphs of one block of non-blank lines.
fn flush(block: &mut Vec<Line>, out: &mut Vec<Span>) {
    let width = block.iter().map(|l| l.chars).max().unwrap_or(0);
    if looks_wrapped(block, width) {
        let mut start = block[0].span.start;
        for pair in block.windows(2) {
            if ends_paragraph(&pair[0], &pair[1], width) {
                out.push(Span::new(start, pair[0].span.end));
                start = pair[1].span.start;
            }
        }
        let end = block[block.len() - 1].span.end;
        out.push(Span::new(start, end));
    } else {
        out.extend(block.iter().map(|l| l.span));
    }
    block.clear();
}

/// Whether a block was hard-wrapped: its lines (but the last) are nearly as
/// long as the longest, most break mid-sentence, and enough of the following
/// lines start in lower case. A list of headlines fails the last test, a
/// one-paragraph-per-line article the first two.
fn looks_wrapped(lines: &[Line], width: usize) -> bool {
    if lines.len() < 2 || !WRAP_WIDTHS.contains(&width) {
        return false;
    }
    let pairs = lines.len() - 1;
    let body = &lines[..pairs];
    let long = body.iter().filter(|l| l.chars * 10 >= width * 6).count();
    let open = body.iter().filter(|l| !l.ends_sentence).count();
    let continued = lines
        .windows(2)
        .filter(|p| !p[0].ends_sentence && p[1].starts_lower)
        .count();
    long * 3 >= pairs * 2 && open * 2 >= pairs && continued >= 1 && continued * 3 >= pairs
}

/// Whether, inside a wrapped block, line `a` ends its paragraph: the next line
/// is a list item, or `a` ends a sentence and the next word would have fitted
/// on it, or `a` is far too short to have been wrapped ("Dear editor,").
fn ends_paragraph(a: &Line, b: &Line, width: usize) -> bool {
    let fits = a.chars + 1 + b.first_word;
    b.bullet || (a.ends_sentence && fits <= width) || fits * 10 < width * 6
}

/// "- item", "* item", "• item", "1. item", "2) item", "a) item".
fn is_bullet(line: &str) -> bool {
    let mut chars = line.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let blank_after = |rest: &str| rest.chars().next().is_some_and(is_blank);
    if matches!(first, '-' | '*' | '•' | '◦' | '‣' | '▪' | '►' | '–' | '—') {
        return blank_after(chars.as_str());
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let marker = if digits > 0 {
        digits
    } else {
        usize::from(first.is_alphabetic()) * first.len_utf8()
    };
    let rest = &line[marker..];
    (1..=3).contains(&digits) && (rest.starts_with(". ") || rest.starts_with(") "))
        || (digits == 0 && marker > 0 && rest.starts_with(") "))
}

#[cfg(test)]
mod tests;
