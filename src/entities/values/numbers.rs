//! Numbers written in digits ("1,200.50", "-2.1", "3.5bn"), in words ("twenty-five",
//! "three million", "a billion") or both ("1.2 million"), and ordinals ("21st",
//! "third", "twenty-first").
//!
//! Every other rule family starts from here, so the parser is strict about
//! shape: thousands groups must be of three digits, a leading zero ("007",
//! "0143") marks a code rather than an amount, and a run of digits longer than
//! any amount a newspaper prints is not a number at all (which also keeps a
//! megabyte of digits cheap).

use super::lexicon::lexicon;
use super::view::View;
use crate::text::tokens::TokenKind;

/// Digits beyond this are an identifier or noise, not an amount.
const MAX_DIGITS: usize = 24;
/// Number words in one number ("one hundred and twenty-five thousand" is 5).
const MAX_WORDS: usize = 10;

/// A number over tokens `start..end`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Num<'a> {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// Spelt out in words ("seventeen") rather than digits.
    pub words: bool,
    /// One token of plain digits, no sign, comma, point or suffix: "2022".
    pub plain: bool,
    /// Letters or signs glued after the digits that are not a scale: "km", "pm", "%", "s".
    pub suffix: &'a str,
}

impl Num<'_> {
    /// A bare four-digit number that could be a year (1000–2100).
    pub fn year_like(&self) -> bool {
        self.plain && self.end == self.start + 1 && (1000.0..=2100.0).contains(&self.value)
    }
}

/// The leading number of a digit token: (value, bytes used, plain integer).
pub(super) fn digits(s: &str) -> Option<(f64, usize, bool)> {
    let b = s.as_bytes();
    let mut i = match s.chars().next()? {
        '-' | '+' => 1,
        '−' => '−'.len_utf8(),
        _ => 0,
    };
    let signed = i > 0;
    let int_start = i;
    let mut group = 0;
    let mut commas = false;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b',') {
        if i > MAX_DIGITS * 2 {
            return None;
        }
        if b[i] == b',' {
            let next_three = b
                .get(i + 1..i + 4)
                .is_some_and(|g| g.iter().all(u8::is_ascii_digit));
            let fourth_digit = b.get(i + 4).is_some_and(u8::is_ascii_digit);
            if !next_three || fourth_digit || group == 0 || (!commas && group > 3) {
                return None;
            }
            commas = true;
            group = 0;
        } else {
            group += 1;
        }
        i += 1;
    }
    let int = &s[int_start..i];
    if int.is_empty() || int.len() > MAX_DIGITS || (int.len() > 1 && int.starts_with('0')) {
        return None;
    }
    let mut end = i;
    if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        let decimals = b[i + 1..].iter().take(MAX_DIGITS + 1);
        end = i + 1 + decimals.take_while(|c| c.is_ascii_digit()).count();
    }
    if end - int_start > MAX_DIGITS * 2 {
        return None;
    }
    let value: f64 = s[int_start..end].replace(',', "").parse().ok()?;
    let value = if s.starts_with('+') || !signed {
        value
    } else {
        -value
    };
    Some((value, end, !signed && !commas && end == i))
}

/// The number starting at token `i`, if any.
pub(super) fn number_at<'a>(v: &View<'a>, i: usize) -> Option<Num<'a>> {
    v.number_memo(i, || match v.kind(i)? {
        TokenKind::Number => digit_number(v, i),
        TokenKind::Word => word_number(v, i),
        _ => None,
    })
}

fn digit_number<'a>(v: &View<'a>, i: usize) -> Option<Num<'a>> {
    let raw = v.raw(i);
    let (mut value, used, mut plain) = digits(raw)?;
    let mut suffix = &raw[used..];
    let lex = lexicon();
    if let Some(scale) = lex.suffixes.get(suffix) {
        value *= scale;
        suffix = "";
        plain = false;
    } else if let Some(rest) = suffix.strip_prefix(['-', '–']) {
        // A range glued in one token: "10-12", "2014-16".
        if digits(rest).is_some_and(|(_, n, _)| n == rest.len()) {
            suffix = "";
            plain = false;
        }
    }
    let mut end = i + 1;
    while suffix.is_empty() && end < i + 3 {
        let w = v.low(end);
        let Some(scale) = lex
            .scales
            .get(w)
            .or_else(|| lex.suffixes.get(w).filter(|_| w.len() > 1))
        else {
            break;
        };
        value *= scale;
        plain = false;
        end += 1;
    }
    Some(Num {
        start: i,
        end,
        value,
        words: false,
        plain,
        suffix,
    })
}

/// "seventeen", "twenty-five", "three million", "one hundred and five",
/// "a million", "half a billion", "two dozen".
fn word_number<'a>(v: &View<'a>, i: usize) -> Option<Num<'a>> {
    let lex = lexicon();
    let (mut total, mut current, mut j) = (0.0, 0.0, i);
    let w = v.low(i);
    let lead = match w {
        "a" | "an" => Some(1.0),
        "half" if v.words_at(i + 1, &["a"]) => Some(0.5),
        _ => None,
    };
    if let Some(lead) = lead {
        j += if w == "half" { 2 } else { 1 };
        if !lex.scales.contains_key(v.low(j)) {
            return None;
        }
        current = lead;
    }
    let mut last_small = false;
    while j < i + MAX_WORDS {
        let w = v.low(j);
        if let Some(small) = small_number(w) {
            if last_small {
                break;
            }
            current += small;
            last_small = true;
        } else if let Some(&scale) = lex.scales.get(w) {
            if j == i {
                return None;
            }
            let base = if current == 0.0 { 1.0 } else { current };
            if scale >= 1000.0 {
                total += base * scale;
                current = 0.0;
            } else {
                current = base * scale;
            }
            last_small = false;
        } else if w == "and"
            && j > i
            && small_number(v.low(j + 1)).is_some()
            && total + current >= 100.0
        {
            last_small = false;
        } else {
            break;
        }
        j += 1;
    }
    (j > i && lead.map_or(true, |_| j > i + 1)).then_some(Num {
        start: i,
        end: j,
        value: total + current,
        words: true,
        plain: false,
        suffix: "",
    })
}

/// One..ninety-nine as one token: "seven", "forty", "twenty-five".
fn small_number(w: &str) -> Option<f64> {
    let lex = lexicon();
    if let Some(&n) = lex.units.get(w).or_else(|| lex.tens.get(w)) {
        return Some(n);
    }
    let (tens, unit) = w.split_once('-')?;
    let unit = lex.units.get(unit).filter(|&&u| (1.0..10.0).contains(&u))?;
    Some(lex.tens.get(tens)? + unit)
}

/// An ordinal at token `i` ("21st", "third", "twenty-first"): its value.
pub(super) fn ordinal_at(v: &View, i: usize) -> Option<f64> {
    let w = v.low(i);
    if v.is(i, TokenKind::Number) {
        let (n, used, plain) = digits(w)?;
        let expected = match (n as u64 % 100, n as u64 % 10) {
            (11..=13, _) => "th",
            (_, 1) => "st",
            (_, 2) => "nd",
            (_, 3) => "rd",
            _ => "th",
        };
        return (plain && &w[used..] == expected).then_some(n);
    }
    let lex = lexicon();
    if let Some(&n) = lex.ordinals.get(w) {
        return Some(n);
    }
    let (tens, unit) = w.split_once('-')?;
    Some(lex.tens.get(tens)? + lex.ordinals.get(unit).filter(|&&u| u < 10.0)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::span::Span;
    use crate::text::tokens::tokenize;

    fn num(text: &str) -> Option<(String, f64)> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        let v = View::new(text, &tokens);
        let n = number_at(&v, 0)?;
        Some((v.span(n.start, n.end).slice(text).to_string(), n.value))
    }

    #[test]
    fn digit_shapes() {
        assert_eq!(digits("1,200.50"), Some((1200.5, 8, false)));
        assert_eq!(digits("2022"), Some((2022.0, 4, true)));
        assert_eq!(digits("-2.1%"), Some((-2.1, 4, false)));
        assert_eq!(digits("−5"), Some((-5.0, 4, false)));
        assert_eq!(digits("3.5bn").map(|d| d.1), Some(3));
        for bad in ["007", "0143", "1,2", "12,34", "1234,567", "x1", "", "-"] {
            assert_eq!(digits(bad), None, "{bad}");
        }
        assert_eq!(digits(&"9".repeat(1000)), None, "too long to be an amount");
    }

    #[test]
    fn numbers_in_digits_words_and_both() {
        assert_eq!(num("17 elements"), Some(("17".into(), 17.0)));
        assert_eq!(
            num("1.2 million people"),
            Some(("1.2 million".into(), 1.2e6))
        );
        assert_eq!(num("three million"), Some(("three million".into(), 3e6)));
        assert_eq!(num("twenty-five years"), Some(("twenty-five".into(), 25.0)));
        assert_eq!(
            num("one hundred and five"),
            Some(("one hundred and five".into(), 105.0))
        );
        assert_eq!(num("a million dollars"), Some(("a million".into(), 1e6)));
        assert_eq!(num("half a billion"), Some(("half a billion".into(), 5e8)));
        assert_eq!(num("two dozen"), Some(("two dozen".into(), 24.0)));
        assert_eq!(num("Seventeen years"), Some(("Seventeen".into(), 17.0)));
        assert_eq!(num("300m"), Some(("300m".into(), 3e8)));
        assert_eq!(num("10-12"), Some(("10-12".into(), 10.0)));
    }

    #[test]
    fn not_numbers() {
        for text in [
            "a man", "half the", "hundred", "and five", "G20", "007", "x",
        ] {
            assert_eq!(num(text), None, "{text}");
        }
        assert_eq!(
            num("one two").map(|n| n.0),
            Some("one".into()),
            "two numbers"
        );
    }

    #[test]
    fn ordinals() {
        let text = "21st 3rd 11th 21th third twenty-first 2nd-largest firstly";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let v = View::new(text, &tokens);
        let got: Vec<_> = (0..v.len()).map(|i| ordinal_at(&v, i)).collect();
        assert_eq!(
            got,
            [
                Some(21.0),
                Some(3.0),
                Some(11.0),
                None,
                Some(3.0),
                Some(21.0),
                None,
                None
            ]
        );
    }
}
