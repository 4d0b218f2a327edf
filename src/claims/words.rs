//! The words of a sentence in the normal form every claim cue and feature reads.
//!
//! The crate's tokenizer cuts the sentence (so "Putin’s" is "Putin" + "’s", and
//! "45%" stays whole); this module adds a lowercased key with typographic
//! apostrophes folded to `'`, so that lexicons written with a plain apostrophe
//! match text pasted with curly ones.

use crate::text::span::Span;
use crate::text::tokens::{TokenKind, Tokens};
use compact_str::CompactString;

/// One token of a sentence with its lowercase key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
    pub kind: TokenKind,
    /// Lowercased, with ’ ‘ ʼ folded to '. Inline up to 24 bytes (nearly every
    /// word): a `String` here was a heap allocation per word of every sentence,
    /// a fifth of all the allocations of a document.
    pub key: CompactString,
    /// Starts with an upper-case letter.
    pub capitalised: bool,
    /// [`crate::fnv::hash_bytes`] of `key`: every lexicon looks each word up,
    /// and hashes it once here instead of once per lexicon.
    pub(crate) key_hash: u64,
}

impl Word {
    /// A word or clitic made of letters (not a number, punctuation or symbol).
    pub fn is_alpha(&self) -> bool {
        matches!(
            self.kind,
            TokenKind::Word | TokenKind::Abbreviation | TokenKind::Clitic
        )
    }
}

/// The tokens of `span` of `text`, with their keys. Linear in the span's length.
pub fn words(text: &str, span: Span) -> Vec<Word> {
    // A token per four bytes or so of prose: room for most sentences at once,
    // where growing from empty cost a reallocation (and a copy) every doubling.
    let mut out = Vec::with_capacity(span.len() / 4 + 4);
    out.extend(Tokens::new(text, span).map(|t| {
        let raw = text.get(t.span.range()).unwrap_or("");
        let key = key(raw);
        Word {
            span: t.span,
            kind: t.kind,
            key_hash: crate::fnv::hash_bytes(key.as_bytes()),
            key,
            capitalised: raw.chars().next().is_some_and(char::is_uppercase),
        }
    }));
    out
}

/// The lowercase key of a token or lexicon word.
pub fn key(raw: &str) -> CompactString {
    // Most tokens are ASCII: lower-cased byte by byte (of the folded
    // apostrophes only the backtick is ASCII), not through `char::to_lowercase`
    // a character at a time, which was the slow part of every sentence's words
    // and of the lexicons' start-up.
    if raw.is_ascii() {
        let mut k = CompactString::from(raw);
        k.make_ascii_lowercase();
        if k.contains('`') {
            k = k.replace('`', "'").into();
        }
        return k;
    }
    raw.chars()
        .map(|c| match c {
            '’' | '‘' | 'ʼ' | '`' => '\'',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ASCII fast path keys as the character loop does.
    #[test]
    fn ascii_keys_as_the_char_loop() {
        let slow = |raw: &str| -> String {
            raw.chars()
                .map(|c| if c == '`' { '\'' } else { c })
                .flat_map(char::to_lowercase)
                .collect()
        };
        for raw in [
            "Putin",
            "`quoted`",
            "AT&T-2024",
            "",
            "x'Y",
            "N'T",
            "\u{7f}~Z",
        ] {
            assert_eq!(key(raw), slow(raw), "{raw}");
        }
    }

    #[test]
    fn keys_fold_case_and_apostrophes() {
        let text = "Putin’s “Significantly” 45% won’t";
        let w = words(text, Span::new(0, text.len()));
        let keys: Vec<&str> = w.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(
            keys,
            ["putin", "'s", "“", "significantly", "”", "45%", "wo", "n't"]
        );
        assert!(w[0].capitalised && !w[1].capitalised);
        assert_eq!(w[5].kind, TokenKind::Number);
    }
}
