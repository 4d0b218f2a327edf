//! What single tokens say about a possible sentence boundary: whether they
//! close the sentence before them (closing quotes, brackets, emoji), open the
//! next one (opening quotes, brackets, dashes), and how they could start one.

use crate::text::tokens::{
    is_closing_bracket, is_closing_quote, is_currency, is_opening_bracket, is_opening_quote,
    is_terminal, Token, TokenKind,
};

/// How a token could begin a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    /// Upper or title case, or a letter of a script without case (Arabic, Chinese).
    Capital,
    Lower,
    Digit,
    /// A symbol such as "$".
    Other,
    /// Punctuation that continues the sentence: ",", ";", ")", a clitic.
    Continuation,
}

pub fn first_char(text: &str, token: Token) -> char {
    token.span.slice(text).chars().next().unwrap_or(' ')
}

/// Sentence-final punctuation: ".", "!?", "…", "。".
pub fn is_final(token: Token, c: char) -> bool {
    token.kind == TokenKind::Punct && is_terminal(c)
}

/// Closing quotes and brackets, and emoji, stay with the sentence they follow.
/// A straight (or German “) quote closes only when glued to what precedes it.
pub fn is_closer(token: Token, c: char, attached: bool) -> bool {
    match token.kind {
        TokenKind::Quote => is_closing_quote(c) || (attached && !matches!(c, '„' | '‚')),
        TokenKind::Punct => is_closing_bracket(c),
        TokenKind::Symbol => !is_currency(c),
        _ => false,
    }
}

/// Opening quotes, brackets and dashes belong to the sentence they open.
pub fn is_opener(token: Token, c: char, attached: bool) -> bool {
    match token.kind {
        TokenKind::Quote => is_opening_quote(c) || !(is_closing_quote(c) || attached),
        TokenKind::Punct => is_opening_bracket(c) || matches!(c, '¿' | '¡'),
        TokenKind::Dash => true,
        _ => false,
    }
}

/// What may sit inside a citation mark after a sentence: "[12]", "[1, 4]", "[1–3]".
pub fn is_citation_part(text: &str, token: Token) -> bool {
    match token.kind {
        TokenKind::Number | TokenKind::Dash => true,
        TokenKind::Punct => token.span.slice(text) == ",",
        _ => false,
    }
}

/// How `token` could begin a sentence: by the case of its first letter or digit.
pub fn start_of(text: &str, token: Token) -> Start {
    use TokenKind::*;
    match token.kind {
        Punct | Clitic | Quote | Dash => Start::Continuation,
        Symbol => Start::Other,
        Word | Number | Abbreviation | Url | Email | Hashtag | Mention => {
            match token.span.slice(text).chars().find(|c| c.is_alphanumeric()) {
                Some(c) if c.is_lowercase() => Start::Lower,
                Some(c) if c.is_numeric() => Start::Digit,
                Some(_) => Start::Capital,
                None => Start::Other,
            }
        }
    }
}

/// "1", "12", "2.1", "a", "iv": what numbers a list item or a section.
pub fn is_list_marker(text: &str, token: Token) -> bool {
    let t = token.span.slice(text);
    match token.kind {
        TokenKind::Number => t.len() <= 8 && t.chars().all(|c| c.is_ascii_digit() || c == '.'),
        TokenKind::Word => {
            let roman = t.len() <= 4 && t.chars().all(|c| "ivxIVX".contains(c));
            roman || (t.chars().count() == 1 && t.chars().all(char::is_alphabetic))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::span::Span;

    fn tok(kind: TokenKind, text: &str) -> Token {
        Token {
            span: Span::new(0, text.len()),
            kind,
        }
    }

    #[test]
    fn closers() {
        assert!(is_closer(tok(TokenKind::Quote, "”"), '”', false));
        assert!(is_closer(tok(TokenKind::Quote, "\""), '"', true));
        assert!(
            !is_closer(tok(TokenKind::Quote, "\""), '"', false),
            "spaced straight quote opens"
        );
        assert!(!is_closer(tok(TokenKind::Quote, "„"), '„', true));
        assert!(is_closer(tok(TokenKind::Punct, ")"), ')', false));
        assert!(is_closer(tok(TokenKind::Symbol, "🎉"), '🎉', false));
        assert!(!is_closer(tok(TokenKind::Symbol, "$"), '$', false));
        assert!(!is_closer(tok(TokenKind::Word, "He"), 'H', true));
    }

    #[test]
    fn openers() {
        assert!(is_opener(tok(TokenKind::Quote, "“"), '“', false));
        assert!(is_opener(tok(TokenKind::Quote, "«"), '«', false));
        assert!(is_opener(tok(TokenKind::Quote, "\""), '"', false));
        assert!(is_opener(tok(TokenKind::Punct, "("), '(', false));
        assert!(is_opener(tok(TokenKind::Dash, "—"), '—', false));
        assert!(!is_opener(tok(TokenKind::Quote, "”"), '”', false));
        assert!(!is_opener(tok(TokenKind::Punct, ","), ',', false));
    }

    #[test]
    fn starts() {
        let t = |k, s| start_of(s, tok(k, s));
        assert_eq!(t(TokenKind::Word, "The"), Start::Capital);
        assert_eq!(t(TokenKind::Word, "Путин"), Start::Capital);
        assert_eq!(
            t(TokenKind::Word, "روسيا"),
            Start::Capital,
            "uncased script"
        );
        assert_eq!(t(TokenKind::Word, "the"), Start::Lower);
        assert_eq!(t(TokenKind::Word, "путин"), Start::Lower);
        assert_eq!(t(TokenKind::Number, "2025"), Start::Digit);
        assert_eq!(t(TokenKind::Mention, "@POTUS"), Start::Capital);
        assert_eq!(t(TokenKind::Punct, ","), Start::Continuation);
        assert_eq!(t(TokenKind::Symbol, "$"), Start::Other);
    }

    #[test]
    fn list_markers() {
        let m = |k, s| is_list_marker(s, tok(k, s));
        assert!(m(TokenKind::Number, "1") && m(TokenKind::Number, "2.1"));
        assert!(m(TokenKind::Word, "iv") && m(TokenKind::Word, "a"));
        assert!(!m(TokenKind::Number, "2025000001"));
        assert!(!m(TokenKind::Word, "Item"));
    }

    #[test]
    fn citation_parts() {
        assert!(is_citation_part("12", tok(TokenKind::Number, "12")));
        assert!(is_citation_part(",", tok(TokenKind::Punct, ",")));
        assert!(!is_citation_part("See", tok(TokenKind::Word, "See")));
    }
}
