//! The number shapes of widget lines, matched by hand: counters ("12", "1.2K"),
//! date and time numbers ("25th", "10:30pm", "2025-02-25", "GMT+3") and
//! copyright openings. They were regular expressions, but compiling them was a
//! third of the wasm package's first-call time, and each is a few lines of code.

use crate::text::tokens::split_ascii_digits;

/// Splits `s` after its leading ASCII digits: (how many, the rest).
fn digits(s: &str) -> (usize, &str) {
    let (d, rest) = split_ascii_digits(s);
    (d.len(), rest)
}

/// `^[0-9]{1,7}(?:[.,][0-9]{1,3})?[kKmM]?$`: "0", "12", "1.2K", "3,5m".
pub(crate) fn is_counter(line: &str) -> bool {
    let (n, mut rest) = digits(line);
    if !(1..=7).contains(&n) {
        return false;
    }
    if let Some(after) = rest.strip_prefix(['.', ',']) {
        let (m, r) = digits(after);
        if !(1..=3).contains(&m) {
            return false;
        }
        rest = r;
    }
    matches!(rest, "" | "k" | "K" | "m" | "M")
}

/// One lower-case token of a date widget: "25", "25th", "10:30", "10.30pm",
/// "10:30:05", "2025-02-25", "25.02.2025", "gmt+3", "utc-03:00".
pub(crate) fn is_date_number(token: &str) -> bool {
    ordinal_or_year(token) || clock(token) || numeric_date(token) || offset(token)
}

/// `[0-9]{1,4}(?:st|nd|rd|th)?`
fn ordinal_or_year(t: &str) -> bool {
    let (n, rest) = digits(t);
    (1..=4).contains(&n) && matches!(rest, "" | "st" | "nd" | "rd" | "th")
}

/// `[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?(?:am|pm|a\.m|p\.m)?`
fn clock(t: &str) -> bool {
    let (h, rest) = digits(t);
    let Some(rest) = rest
        .strip_prefix([':', '.'])
        .filter(|_| (1..=2).contains(&h))
    else {
        return false;
    };
    let (m, mut rest) = digits(rest);
    if m != 2 {
        return false;
    }
    if let Some(after) = rest.strip_prefix(':') {
        let (s, r) = digits(after);
        if s != 2 {
            return false;
        }
        rest = r;
    }
    matches!(rest, "" | "am" | "pm" | "a.m" | "p.m")
}

/// `[0-9]{1,4}[-./][0-9]{1,2}[-./][0-9]{1,4}`
fn numeric_date(t: &str) -> bool {
    let (a, rest) = digits(t);
    let Some(rest) = rest
        .strip_prefix(['-', '.', '/'])
        .filter(|_| (1..=4).contains(&a))
    else {
        return false;
    };
    let (b, rest) = digits(rest);
    let Some(rest) = rest
        .strip_prefix(['-', '.', '/'])
        .filter(|_| (1..=2).contains(&b))
    else {
        return false;
    };
    let (c, rest) = digits(rest);
    (1..=4).contains(&c) && rest.is_empty()
}

/// `(?:gmt|utc)[+-][0-9]{1,2}(?::?[0-9]{2})?`
fn offset(t: &str) -> bool {
    let Some(rest) = t.strip_prefix("gmt").or_else(|| t.strip_prefix("utc")) else {
        return false;
    };
    let Some(rest) = rest.strip_prefix(['+', '-']) else {
        return false;
    };
    // "3", "03", "330", "0330" (hours, then minutes without a colon) or "03:30".
    match digits(rest) {
        (1..=4, "") => true,
        (1..=2, r) => r.strip_prefix(':').is_some_and(|m| digits(m) == (2, "")),
        _ => false,
    }
}

/// `(?i)^(?:©|\(c\)\s*[0-9]{4}|copyright\s*(?:©|\(c\)|[0-9]{4})|all rights reserved\.?$)`
pub(crate) fn opens_copyright(line: &str) -> bool {
    let lower = line
        .get(..line.len().min(40))
        .unwrap_or(line)
        .to_ascii_lowercase();
    // `[0-9]{4}` with nothing after it in the pattern: four digits or more.
    let year = |s: &str| digits(s.trim_start()).0 >= 4;
    if lower.starts_with('©') {
        return true;
    }
    if let Some(rest) = lower.strip_prefix("(c)") {
        return year(rest);
    }
    if let Some(rest) = lower.strip_prefix("copyright") {
        let rest = rest.trim_start();
        return rest.starts_with('©') || rest.starts_with("(c)") || year(rest);
    }
    let whole = line.to_ascii_lowercase();
    matches!(
        whole.as_str(),
        "all rights reserved" | "all rights reserved."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters() {
        for yes in ["0", "12", "1234567", "1.2K", "3,5m", "12k", "999.999M"] {
            assert!(is_counter(yes), "{yes}");
        }
        for no in [
            "", "12345678", "1.", "1.2345", "12kb", "K", "1 200", "١٢", "12%",
        ] {
            assert!(!is_counter(no), "{no}");
        }
    }

    #[test]
    fn date_numbers() {
        for yes in [
            "25",
            "2025",
            "25th",
            "1st",
            "10:30",
            "10.30pm",
            "9:05:30",
            "10:30a.m",
            "2025-02-25",
            "25.02.2025",
            "2/5/25",
            "gmt+0",
            "utc+03:00",
            "utc-0330",
            "gmt+123",
            "gmt+3",
        ] {
            assert!(is_date_number(yes), "{yes}");
        }
        for no in [
            "",
            "12345",
            "25x",
            "10:3",
            "100:30",
            "10:30:5",
            "2025-02-25000",
            "2025--02",
            "gmt",
            "gmt+",
            "gmt+12345",
            "utc+03:0",
            "pm",
        ] {
            assert!(!is_date_number(no), "{no}");
        }
    }

    #[test]
    fn copyright_openings() {
        for yes in [
            "© 2025 Novaya Gazeta Europe",
            "(c) 2024 ACME",
            "(C)2024",
            "(c)00000",
            "Copyright 2025 Reuters. All rights reserved.",
            "copyright 20245",
            "COPYRIGHT © ACME",
            "copyright (c) acme",
            "All rights reserved.",
            "all rights reserved",
        ] {
            assert!(opens_copyright(yes), "{yes}");
        }
        for no in [
            "Copyright law is changing",
            "(c) the third option",
            "(c) 202",
            "copyright 99 problems",
            "All rights reserved to the owners",
            "The © sign",
            "",
        ] {
            assert!(!opens_copyright(no), "{no}");
        }
    }

    /// The hand matchers agree with the patterns they replace on every string
    /// over the characters that matter.
    #[cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency
    #[test]
    fn same_answers_as_the_former_patterns() {
        use proptest::prelude::*;
        let counter = regex::Regex::new(r"^[0-9]{1,7}(?:[.,][0-9]{1,3})?[kKmM]?$").unwrap();
        let date = regex::Regex::new(concat!(
            r"^(?:[0-9]{1,4}(?:st|nd|rd|th)?",
            r"|[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?(?:am|pm|a\.m|p\.m)?",
            r"|[0-9]{1,4}[-./][0-9]{1,2}[-./][0-9]{1,4}",
            r"|(?:gmt|utc)[+-][0-9]{1,2}(?::?[0-9]{2})?)$",
        ))
        .unwrap();
        let copyright = regex::Regex::new(
            r"(?i)^(?:©|\(c\)\s*[0-9]{4}|copyright\s*(?:©|\(c\)|[0-9]{4})|all rights reserved\.?$)",
        )
        .unwrap();
        let piece = prop::sample::select(vec![
            "0",
            "1",
            "2",
            "5",
            "9",
            ".",
            ",",
            ":",
            "-",
            "/",
            "+",
            "k",
            "M",
            "st",
            "th",
            "am",
            "p.m",
            "gmt",
            "utc",
            " ",
            "©",
            "(c)",
            "Copyright",
            "all rights reserved",
            "x",
        ]);
        // Digit-heavy shapes (runs of 0–9 digits around separators and suffixes),
        // and free mixes of the pieces above.
        let shaped = proptest::string::string_regex(
            "(gmt|utc)?[+-]?[0-9]{0,9}([.,:/-][0-9]{0,5}){0,2}(st|nd|th|am|pm|a.m|k|M|x)?",
        )
        .unwrap();
        let strings = prop_oneof![
            shaped,
            prop::collection::vec(piece, 0..8).prop_map(|v| v.concat())
        ];
        proptest!(ProptestConfig::with_cases(3000), |(s in strings)| {
            prop_assert_eq!(is_counter(&s), counter.is_match(&s), "counter {:?}", s);
            prop_assert_eq!(is_date_number(&s), date.is_match(&s), "date {:?}", s);
            prop_assert_eq!(opens_copyright(&s), copyright.is_match(&s), "copyright {:?}", s);
        });
    }
}
