//! Character classes shared by the tokenizer and the sentence splitter.
//!
//! The standard library has no Unicode general categories. The four this
//! module needs (marks, punctuation, currency signs, decimal digits) come from a range table
//! that `build.rs` reads off `unicode-properties` (see `build/char_classes.rs`),
//! a binary search away; the crate's full table would cost the wasm package
//! some 12 KB gzipped. They are only consulted for non-ASCII characters that
//! are not letters or digits.

include!(concat!(env!("OUT_DIR"), "/char_classes.rs"));

/// Splits `s` after its leading ASCII digits: (the digits, the rest). The
/// hand matchers of number shapes (values, boilerplate widgets) read with it.
pub(crate) fn split_ascii_digits(s: &str) -> (&str, &str) {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    s.split_at(n)
}

/// Class numbers in the table's top byte (as `build/char_classes.rs` writes them).
const MARK: u32 = 1;
const PUNCT: u32 = 2;
const CURRENCY: u32 = 3;
const DECIMAL: u32 = 4;

/// The class of `c` in the table: `MARK`, `PUNCT`, `CURRENCY`, `DECIMAL` or 0.
fn class(c: char) -> u32 {
    let c = c as u32;
    let i = STARTS.partition_point(|&start| start <= c);
    match i.checked_sub(1).map(|i| ENDS[i]) {
        Some(end) if c <= end & 0xff_ffff => end >> 24,
        _ => 0,
    }
}

/// A combining mark (Unicode `M`): part of the word it follows ("é" as e + U+0301,
/// Devanagari vowel signs, variation selectors).
pub fn is_mark(c: char) -> bool {
    !c.is_ascii() && !c.is_alphanumeric() && class(c) == MARK
}

/// Punctuation (Unicode `P`).
pub fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation()
            && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    class(c) == PUNCT
}

/// A currency sign (Unicode `Sc`), which starts an amount rather than trailing a sentence.
pub fn is_currency(c: char) -> bool {
    c == '$' || (!c.is_ascii() && class(c) == CURRENCY)
}

/// Letters, digits, marks and the underscore: what words are made of.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    // The General Punctuation block (curly quotes, dashes, ellipsis, zero-width
    // spaces) holds no letter, digit or mark: the commonest non-ASCII chars of
    // a news text are told without the two Unicode look-ups below (and
    // `is_mark`'s repeat of them). The tests check every char.
    if matches!(c as u32, 0x2000..=0x206F) {
        return false;
    }
    c.is_alphanumeric() || class(c) == MARK
}

/// `\w` as regular expressions define it (UTS #18, the `regex` crate's
/// Unicode `\w`): alphabetic, marks, decimal digits, connector punctuation
/// and the two joiners. The rules that were patterns keep their `\b` with it.
pub fn is_regex_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    c.is_alphabetic()
        || matches!(
            c,
            '\u{200C}' | '\u{200D}' | '‿' | '⁀' | '⁔' | '︳' | '︴' | '﹍' | '﹎' | '﹏' | '＿'
        )
        || matches!(class(c), MARK | DECIMAL)
}

/// Han ideographs and kana: written without spaces, so each is a token of its own.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// Characters that end a sentence in some script.
pub fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '…'
            | '‼'
            | '⁇'
            | '⁈'
            | '⁉'
            | '。'
            | '．'
            | '！'
            | '？'
            | '｡'
            | '؟'
            | '۔'
            | '।'
            | '॥'
            | '።'
            | '፧'
            | '։'
            | '᠃'
            | '؞'
    )
}

/// Dashes and the minus sign (hyphen runs such as "--" are dashes too).
pub fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | '⸺' | '⸻' | '﹘' | '﹣' | '－'
    )
}

/// Hyphens and joiners that may sit inside a word ("Euro-Atlantic", Persian ZWNJ).
pub fn is_word_joiner(c: char) -> bool {
    matches!(
        c,
        '-' | '‐' | '‑' | '\u{AD}' | '\u{200C}' | '\u{200D}' | '·' | '&' | '@' | '.'
    )
}

/// Apostrophes that may sit inside a word ("O’Brien", "don't").
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Quotation marks of any language.
pub fn is_quote(c: char) -> bool {
    is_opening_quote(c) || is_closing_quote(c) || matches!(c, '"' | '\'' | '＂' | '‟' | '‛')
}

/// Quotation marks that open a quotation in English, French and Russian use.
pub fn is_opening_quote(c: char) -> bool {
    matches!(c, '“' | '‘' | '„' | '‚' | '«' | '‹' | '「' | '『' | '〝')
}

/// Quotation marks that close one.
pub fn is_closing_quote(c: char) -> bool {
    matches!(c, '”' | '’' | '»' | '›' | '」' | '』' | '〞' | '〟')
}

pub fn is_opening_bracket(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '⟨' | '〈' | '《' | '【' | '〔' | '（' | '［' | '｛'
    )
}

pub fn is_closing_bracket(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '}' | '⟩' | '〉' | '》' | '】' | '〕' | '）' | '］' | '｝'
    )
}

/// Characters that extend an emoji into one grapheme: variation selectors,
/// skin tones, the keycap mark and tag characters (subdivision flags).
pub fn is_emoji_extender(c: char) -> bool {
    matches!(c as u32, 0xFE0E | 0xFE0F | 0x1F3FB..=0x1F3FF | 0x20E3 | 0xE0020..=0xE007F)
        || is_mark(c)
}

/// Regional indicator letters, which pair up into flags.
pub fn is_regional_indicator(c: char) -> bool {
    matches!(c as u32, 0x1F1E6..=0x1F1FF)
}

/// Line terminators, including the Unicode line and paragraph separators.
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// The char starting at byte `i` of `s`, if any.
pub fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

/// The char ending at byte `i` of `s`, if any.
pub fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i)?.chars().next_back()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_word_chars() {
        assert!(is_mark('\u{0301}'));
        assert!(
            is_word_char('\u{093F}'),
            "Devanagari vowel sign (alphabetic in Rust)"
        );
        assert!(is_mark('\u{094D}'), "Devanagari virama");
        assert!(is_word_char('\u{0301}'));
        assert!(!is_mark('e'));
        assert!(!is_mark('—'));
    }

    /// The fast paths of `is_word_char` answer as its definition, for every char.
    #[test]
    fn word_chars_are_letters_digits_underscores_and_marks() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric() || c == '_' || is_mark(c),
                "{c:?}"
            );
        }
    }

    #[test]
    fn the_table_answers_as_unicode_properties_does() {
        use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeGeneralCategory};
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            let group = c.general_category_group();
            assert_eq!(
                class(c) == MARK,
                group == GeneralCategoryGroup::Mark,
                "{c:?}"
            );
            assert_eq!(
                class(c) == PUNCT,
                group == GeneralCategoryGroup::Punctuation,
                "{c:?}"
            );
            let currency = c.general_category() == GeneralCategory::CurrencySymbol;
            assert_eq!(class(c) == CURRENCY, currency, "{c:?}");
            let decimal = c.general_category() == GeneralCategory::DecimalNumber;
            assert_eq!(class(c) == DECIMAL, decimal, "{c:?}");
        }
    }

    /// Every character is a word character for [`is_regex_word`] exactly when
    /// it is one for the `regex` crate's `\w`, but for characters newer than
    /// that crate's Unicode tables (unassigned for it: the standard library's
    /// tables may be a version ahead).
    #[cfg(not(target_arch = "wasm32"))] // regex is a native dev-dependency
    #[test]
    fn regex_word_is_the_regex_crates_word() {
        let w = regex::Regex::new(r"^\w$").unwrap();
        let unassigned = regex::Regex::new(r"^\p{Unassigned}$").unwrap();
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let s = c.encode_utf8(&mut buf);
            assert!(
                is_regex_word(c) == w.is_match(s) || unassigned.is_match(s),
                "{c:?}"
            );
        }
    }

    #[test]
    fn punctuation_and_symbols() {
        assert!(is_punct('«'));
        assert!(is_punct('—'));
        assert!(is_punct(','));
        assert!(!is_punct('$'));
        assert!(!is_punct('😀'));
        assert!(is_currency('€'));
        assert!(is_currency('₽'));
        assert!(!is_currency('a'));
    }

    #[test]
    fn quotes_and_brackets() {
        assert!(is_opening_quote('“') && is_closing_quote('”'));
        assert!(is_opening_quote('«') && is_closing_quote('»'));
        assert!(is_quote('"') && !is_opening_quote('"') && !is_closing_quote('"'));
        assert!(is_opening_bracket('(') && is_closing_bracket(')'));
        assert!(!is_quote('a'));
    }

    #[test]
    fn terminals_across_scripts() {
        for c in ['.', '!', '?', '…', '。', '؟', '।'] {
            assert!(is_terminal(c), "{c}");
        }
        for c in [',', ';', ':', '—'] {
            assert!(!is_terminal(c), "{c}");
        }
    }

    #[test]
    fn char_access_never_panics() {
        let s = "aé";
        assert_eq!(char_at(s, 1), Some('é'));
        assert_eq!(char_at(s, 2), None, "inside a char");
        assert_eq!(char_at(s, 9), None);
        assert_eq!(char_before(s, 3), Some('é'));
        assert_eq!(char_before(s, 0), None);
    }
}
