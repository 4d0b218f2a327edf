//! The one-token shapes of numeric dates ("08/19/2019", "2019-08-19") and
//! clock times ("10:30", "3pm", "15:00:05"), matched by hand.
//!
//! They were regular expressions, and compiling them on the first call (with
//! the regex compiler's code, which the wasm engine compiles on first use too)
//! was a large part of the package's start-up; each is a few lines of code.
//! The tests check them against the former patterns.

use crate::text::tokens::split_ascii_digits as digits;

/// `^(?:[0-9]{1,2}[/.][0-9]{1,2}[/.](?:[0-9]{2}|[0-9]{4})|[0-9]{4}-[0-9]{2}-[0-9]{2})$`:
/// "08/19/2019", "19.08.19", "2019-08-19".
pub(super) fn numeric_date(s: &str) -> bool {
    let (d1, rest) = digits(s);
    if d1.len() == 4 {
        let (d2, rest) = digits(rest.strip_prefix('-').unwrap_or("x"));
        let (d3, rest) = digits(rest.strip_prefix('-').unwrap_or("x"));
        return d2.len() == 2 && d3.len() == 2 && rest.is_empty();
    }
    if !(1..=2).contains(&d1.len()) {
        return false;
    }
    let Some(rest) = rest.strip_prefix(['/', '.']) else {
        return false;
    };
    let (d2, rest) = digits(rest);
    let Some(rest) = rest.strip_prefix(['/', '.']) else {
        return false;
    };
    let (d3, rest) = digits(rest);
    (1..=2).contains(&d2.len()) && matches!(d3.len(), 2 | 4) && rest.is_empty()
}

/// A meridiem glued to a clock time, case-insensitively: `[ap]\.?m\.?`.
fn meridiem(s: &str) -> bool {
    let Some(rest) = s.strip_prefix(['a', 'p', 'A', 'P']) else {
        return false;
    };
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    let Some(rest) = rest.strip_prefix(['m', 'M']) else {
        return false;
    };
    matches!(rest, "" | ".")
}

/// `(?i)^(?:(?:[01]?[0-9]|2[0-3])(?::[0-5][0-9]){1,2}(?:[ap]\.?m\.?)?|(?:0?[1-9]|1[0-2])[ap]\.?m\.?)$`:
/// "10:30", "23:59:59", "10:30am", "3pm", "03 p.m." is two tokens.
pub(super) fn clock_time(s: &str) -> bool {
    let (hour, rest) = digits(s);
    let h = hour.as_bytes();
    if rest.starts_with(':') {
        let hour_ok = match h {
            [_] => true,
            [a, _] => matches!(a, b'0' | b'1'),
            _ => false,
        } || matches!(h, [b'2', b'0'..=b'3']);
        let mut rest = rest;
        let mut groups = 0;
        while let Some(after) = rest.strip_prefix(':') {
            match after.as_bytes() {
                [b'0'..=b'5', b'0'..=b'9', ..] if groups < 2 => {
                    rest = &after[2..];
                    groups += 1;
                }
                _ => return false,
            }
        }
        return hour_ok && (rest.is_empty() || meridiem(rest));
    }
    let hour_ok = matches!(h, [b'1'..=b'9'] | [b'0', b'1'..=b'9'] | [b'1', b'0'..=b'2']);
    hour_ok && meridiem(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples() {
        assert!(numeric_date("6/25/90") && numeric_date("19.08.2019"));
        assert!(numeric_date("2019-08-19") && numeric_date("1/2.2019"));
        assert!(!numeric_date("24/7") && !numeric_date("3.5") && !numeric_date("2019-8-1"));
        assert!(!numeric_date("1/2/123") && !numeric_date("123/1/20") && !numeric_date(""));
        assert!(clock_time("10:30") && clock_time("23:59:59") && clock_time("7:05PM"));
        assert!(clock_time("3pm") && clock_time("12a.m.") && clock_time("09P.M"));
        assert!(!clock_time("24:00") && !clock_time("10:60") && !clock_time("13pm"));
        assert!(!clock_time("10:30:00:00") && !clock_time("0pm") && !clock_time("10"));
    }

    /// The hand matchers agree with the patterns they replace on every string
    /// over the characters that matter.
    #[cfg(not(target_arch = "wasm32"))] // proptest and regex are native dev-dependencies
    #[test]
    fn same_answers_as_the_former_patterns() {
        use proptest::prelude::*;
        let date = regex::Regex::new(
            r"^(?:[0-9]{1,2}[/.][0-9]{1,2}[/.](?:[0-9]{2}|[0-9]{4})|[0-9]{4}-[0-9]{2}-[0-9]{2})$",
        )
        .unwrap();
        let clock = regex::Regex::new(
            r"(?i)^(?:(?:[01]?[0-9]|2[0-3])(?::[0-5][0-9]){1,2}(?:[ap]\.?m\.?)?|(?:0?[1-9]|1[0-2])[ap]\.?m\.?)$",
        )
        .unwrap();
        let piece = prop::sample::select(vec![
            "0", "1", "2", "3", "4", "5", "6", "9", ".", "/", "-", ":", "a", "p", "m", "A", "P",
            "M", "x", " ", "é", "١",
        ]);
        let shaped = proptest::string::string_regex(
            "[0-9]{0,5}([-/.:][0-9]{0,5}){0,3}([aApP]\\.?[mM]\\.?)?\\.?",
        )
        .unwrap();
        let strings = prop_oneof![
            shaped,
            prop::collection::vec(piece, 0..10).prop_map(|v| v.concat())
        ];
        proptest!(ProptestConfig::with_cases(5000), |(s in strings)| {
            prop_assert_eq!(numeric_date(&s), date.is_match(&s), "date {:?}", s);
            prop_assert_eq!(clock_time(&s), clock.is_match(&s), "clock {:?}", s);
        });
    }
}
