//! The words of a sentence in the normal form every claim cue and feature reads.
//!
//! The crate's tokenizer cuts the sentence (so "Putin’s" is "Putin" + "’s", and
//! "45%" stays whole); this module adds a lowercased key with typographic
//! apostrophes folded to `'`, so that lexicons written with a plain apostrophe
//! match text pasted with curly ones.

use crate::text::span::Span;
use crate::text::tokens::{TokenKind, Tokens};

/// One token of a sentence with its lowercase key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
    pub kind: TokenKind,
    /// Lowercased, with ’ ‘ ʼ folded to '.
    pub key: String,
    /// Starts with an upper-case letter.
    pub capitalised: bool,
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
    Tokens::new(text, span)
        .map(|t| {
            let raw = text.get(t.span.range()).unwrap_or("");
            Word {
                span: t.span,
                kind: t.kind,
                key: key(raw),
                capitalised: raw.chars().next().is_some_and(char::is_uppercase),
            }
        })
        .collect()
}

/// The lowercase key of a token or lexicon word.
pub fn key(raw: &str) -> String {
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
