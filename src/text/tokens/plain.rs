//! The tokenizer's fast path for the commonest token: a run of ASCII letters,
//! digits and underscores that is one token by itself ("said", "2024", "45%").
//!
//! Most tokens of a news text are such words. The general path ([`super::words`])
//! scans the run, then cuts it into tokens through a queue; this reads each
//! byte once, decodes no char and returns the token directly, and gives up
//! (`None`) wherever the run could be anything else, leaving the general path
//! to decide. The tests check that the two agree.

use super::words::is_abbreviation;
use super::{Token, TokenKind};
use crate::text::span::Span;

/// The token at byte `i` of `s` when it is a plain run that ends there, as
/// [`super::words::scan_run`] and [`super::words::emit_run`] would cut it.
/// The run ends at the end of `s`, at an ASCII char that joins no runs, at
/// one of `',:/-&@.` followed by the end of `s` or by an ASCII char that is
/// no word char (nothing to join), or at `,` `:` `/` after a letter (they
/// join digits only). It is then one word or number; a number takes a "%"
/// after it, and a period after it is kept by an abbreviation. The caller has
/// ruled out URLs.
pub fn plain_token(s: &str, i: usize) -> Option<Token> {
    let bytes = s.as_bytes();
    let first = *bytes.get(i)?;
    if !is_plain(first) {
        return None;
    }
    let mut end = i + 1;
    while end < bytes.len() && is_plain(bytes[end]) {
        end += 1;
    }
    let kind = if first.is_ascii_digit() {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    let token = |e: usize, kind: TokenKind| {
        Some(Token {
            span: Span::new(i, e),
            kind,
        })
    };
    let Some(&b) = bytes.get(end) else {
        return token(end, kind);
    };
    if !b.is_ascii() {
        return None;
    }
    if !b"',:/-&@.".contains(&b) {
        let percent = b == b'%' && kind == TokenKind::Number;
        return token(end + usize::from(percent), kind);
    }
    let digit_before = bytes[end - 1].is_ascii_digit();
    let joins_nothing = match bytes.get(end + 1) {
        None => true,
        Some(&n) => n.is_ascii() && !is_plain(n),
    };
    if !(joins_nothing || matches!(b, b',' | b':' | b'/') && !digit_before) {
        return None;
    }
    if b == b'.' && bytes.get(end + 1) != Some(&b'.') && is_abbreviation(s, &s[i..end], end + 1) {
        return token(end + 1, TokenKind::Abbreviation);
    }
    token(end, kind)
}

/// ASCII letters, digits and the underscore, by one look-up a byte (the
/// three range tests cost as much as the rest of the token).
const PLAIN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    table
};

fn is_plain(b: u8) -> bool {
    PLAIN[usize::from(b)]
}

#[cfg(test)]
mod tests {
    use super::super::words::{emit_run, scan_run};
    use super::*;
    use std::collections::VecDeque;

    /// The general path's first token at `i` and where it leaves the scan.
    fn general(s: &str, i: usize) -> (Token, usize, usize) {
        let (end, plain) = scan_run(s, i);
        let mut out = VecDeque::new();
        let pos = emit_run(s, i, end, plain, &mut out);
        (out[0], out.len(), pos)
    }

    fn agrees(s: &str) -> Result<(), String> {
        for i in (0..s.len()).filter(|&i| s.is_char_boundary(i)) {
            if let Some(t) = plain_token(s, i) {
                let (g, n, pos) = general(s, i);
                if (t, 1, t.span.end) != (g, n, pos) {
                    return Err(format!("{s:?} at {i}: {t:?} against {g:?} ({n}, {pos})"));
                }
            }
        }
        Ok(())
    }

    #[test]
    fn plain_words_and_numbers() {
        fn kind(s: &str) -> Option<(&str, TokenKind)> {
            plain_token(s, 0).map(|t| (t.span.slice(s), t.kind))
        }
        assert_eq!(kind("said; he"), Some(("said", TokenKind::Word)));
        assert_eq!(kind("2024"), Some(("2024", TokenKind::Number)));
        assert_eq!(kind("45% more"), Some(("45%", TokenKind::Number)));
        assert_eq!(kind("abc% x"), Some(("abc", TokenKind::Word)));
        assert_eq!(kind("said, he"), Some(("said", TokenKind::Word)));
        assert_eq!(kind("ends."), Some(("ends", TokenKind::Word)));
        assert_eq!(kind("Mr. Smith"), Some(("Mr.", TokenKind::Abbreviation)));
        assert_eq!(kind("2024. Then"), Some(("2024", TokenKind::Number)));
        for general_only in [
            "U.S.", "Putin's", "1,200", "e-mail", "AT&T", "Zoë", "45‰", " x",
        ] {
            assert_eq!(kind(general_only), None, "{general_only}");
        }
        for s in ["said, he", "45% more", "x_1 (y) z!", "a\u{a0}b", "end"] {
            agrees(s).unwrap();
        }
    }

    /// On any string over the chars that steer the cut, the fast path, when it
    /// answers, gives the general path's token and position.
    #[cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency
    #[test]
    fn same_tokens_as_the_general_path() {
        use proptest::prelude::*;
        let piece = prop::sample::select(vec![
            "a", "Z", "7", "0", "_", "x9", "Mr", "No", "etc", "U", "s", "t", "n", "..", " ", ".",
            ",", ":", "/", "-", "&", "@", "'", "’", "%", "‰", "ë", "\u{301}", "東", "\u{a0}", "!",
            "(", "\n",
        ]);
        let strings = prop::collection::vec(piece, 0..10).prop_map(|v| v.concat());
        proptest!(ProptestConfig::with_cases(5000), |(s in strings)| {
            prop_assert!(agrees(&s).is_ok(), "{}", agrees(&s).unwrap_err());
        });
    }
}
