//! The tokens of one line as the value rules see them: raw and lowercased
//! text, kinds, capitalisation and whether two tokens touch.
//!
//! Rules read tokens by index and may look past either end: every accessor
//! answers "nothing" (an empty string, `None`, `false`) out of range instead of
//! panicking, which keeps the rules short and the scanner panic-free.

use super::numbers::Num;
use crate::text::span::Span;
use crate::text::tokens::{Token, TokenKind};
use std::borrow::Cow;
use std::cell::Cell;

/// Longer tokens (a megabyte of digits, a run of symbols) are no value's part:
/// they read as "" so that no rule hashes or scans them.
const MAX_TOKEN: usize = 64;

pub(super) struct View<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// Each token lowercased, with curly apostrophes made straight ("New
    /// Year’s"): the text itself, or a range of `folded`.
    low: Vec<Low<'a>>,
    /// The forms that differ from the text, one after another: one string
    /// for the line rather than one for every capitalised word.
    folded: String,
    /// The last number parsed ([`Self::number_memo`]): token, number.
    number: Cell<Option<(usize, Option<Num<'a>>)>>,
}

/// Where a token's lower-case form is.
#[derive(Clone, Copy)]
enum Low<'a> {
    Text(&'a str),
    Folded(u32, u32),
}

impl<'a> View<'a> {
    pub fn new(text: &'a str, tokens: &'a [Token]) -> Self {
        let mut folded = String::new();
        let low = tokens
            .iter()
            .map(|t| {
                let s = Some(t.span.slice(text))
                    .filter(|s| s.len() <= MAX_TOKEN)
                    .unwrap_or("");
                let at = folded.len();
                if fold_into(s, &mut folded) {
                    Low::Folded(at as u32, folded.len() as u32)
                } else {
                    Low::Text(s)
                }
            })
            .collect();
        View {
            text,
            tokens,
            low,
            folded,
            number: Cell::new(None),
        }
    }

    /// The number at token `i`, parsed by `parse` unless it was the last one
    /// asked for: the scanner tries every rule family at a token, and most
    /// start by parsing the number there (eight parses of each token).
    pub fn number_memo(
        &self,
        i: usize,
        parse: impl FnOnce() -> Option<Num<'a>>,
    ) -> Option<Num<'a>> {
        if let Some((j, n)) = self.number.get().filter(|&(j, _)| j == i) {
            debug_assert_eq!(j, i);
            return n;
        }
        let n = parse();
        self.number.set(Some((i, n)));
        n
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The token's text as written ("" out of range or too long).
    pub fn raw(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .map(|t| t.span.slice(self.text))
            .filter(|s| s.len() <= MAX_TOKEN)
            .unwrap_or("")
    }

    /// The token's text lowercased ("" out of range or too long).
    pub fn low(&self, i: usize) -> &str {
        match self.low.get(i) {
            Some(&Low::Text(s)) => s,
            Some(&Low::Folded(a, b)) => &self.folded[a as usize..b as usize],
            None => "",
        }
    }

    /// The token before `i`, lowercased ("" at the start).
    pub fn low_before(&self, i: usize) -> &str {
        i.checked_sub(1).map_or("", |p| self.low(p))
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    pub fn is(&self, i: usize, kind: TokenKind) -> bool {
        self.kind(i) == Some(kind)
    }

    /// Starts with an upper-case letter ("Monday", "MAY").
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// A word that starts lower case: a common noun, verb or adjective.
    pub fn is_lower_word(&self, i: usize) -> bool {
        self.is(i, TokenKind::Word) && self.raw(i).chars().next().is_some_and(char::is_lowercase)
    }

    /// Whether token `i` touches the token before it (no space between: "US$").
    pub fn touches_previous(&self, i: usize) -> bool {
        match (
            i.checked_sub(1).and_then(|p| self.tokens.get(p)),
            self.tokens.get(i),
        ) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    /// The byte span of tokens `start..end` (non-empty, in range).
    pub fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.tokens[start].span.start, self.tokens[end - 1].span.end)
    }

    /// Whether the lowercased tokens from `i` are `words`, one a token.
    pub fn words_at(&self, i: usize, words: &[&str]) -> bool {
        words.iter().enumerate().all(|(k, w)| self.low(i + k) == *w)
    }
}

/// Lowercase with straight apostrophes, borrowing when nothing changes.
pub(super) fn fold(s: &str) -> Cow<'_, str> {
    let mut out = String::new();
    if fold_into(s, &mut out) {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(s)
    }
}

/// Appends `s` as [`fold`] gives it to `out` when that differs from `s`
/// (and answers true); appends nothing and answers false when `s` is its
/// own folded form. Lowers ASCII in place, without a string of its own.
fn fold_into(s: &str, out: &mut String) -> bool {
    if s.is_ascii() {
        // no curly apostrophe, and ASCII lowering is Unicode lowering here
        if !s.bytes().any(|b| b.is_ascii_uppercase()) {
            return false;
        }
        let at = out.len();
        out.push_str(s);
        out[at..].make_ascii_lowercase();
        return true;
    }
    if !s.chars().any(|c| c.is_uppercase() || c == '’') {
        return false;
    }
    out.push_str(&s.to_lowercase().replace('’', "'"));
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    #[test]
    fn accessors_are_total() {
        let text = "US$20 on Monday";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let v = View::new(text, &tokens);
        assert_eq!(v.raw(0), "US");
        assert!(v.touches_previous(1) && v.touches_previous(2));
        assert!(!v.touches_previous(3) && !v.touches_previous(0));
        assert_eq!(v.low(4), "monday");
        assert!(v.is_capitalised(4) && !v.is_lower_word(4) && v.is_lower_word(3));
        assert_eq!((v.low(99), v.raw(99), v.kind(99)), ("", "", None));
        assert_eq!(v.low_before(0), "");
        assert!(v.words_at(3, &["on", "monday"]) && !v.words_at(4, &["monday", "x"]));
        let long = "9".repeat(100);
        let tokens = tokenize(&long, Span::new(0, long.len()));
        let v = View::new(&long, &tokens);
        assert_eq!((v.raw(0), v.low(0)), ("", ""));
    }

    #[test]
    fn each_token_reads_as_folded() {
        let text = "Il est NEW Year’s Day à ΟΔΟΣ, ok O’Neil’s 5";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let v = View::new(text, &tokens);
        for (i, t) in tokens.iter().enumerate() {
            assert_eq!(v.low(i), fold(t.span.slice(text)), "token {i}");
        }
        assert!(v.folded.contains("new") && v.folded.contains("οδος"));
        assert!(!v.folded.contains("est"), "borrowed when already folded");
        let mut out = String::from("x");
        assert!(!fold_into("year's", &mut out) && out == "x");
        assert!(fold_into("Year’s", &mut out) && out == "xyear's");
    }
}
