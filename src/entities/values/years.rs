//! Years, decades, centuries and year ranges: "in 2022" → "2022", "the 1990s",
//! "the sixties", "the 20th century", "2014–2016", "mid-2024", "early 2024",
//! "400 BCE".
//!
//! A four-digit number is a year only where a reader would take it as one:
//! after a cue ("in", "since", "by", "the", "its" …, from `data/values/cues.txt`),
//! or, for 1900–2100, wherever it is not counting something ("2025 people") nor
//! part of a name ("Euro 2024", "Windows 2000": see [`super::cardinal::in_name`]).
//! "the" is kept before decades and centuries, as OntoNotes does.

use super::cardinal::in_name;
use super::lexicon::lexicon;
use super::numbers::{digits, number_at, ordinal_at};
use super::view::View;
use super::{Hit, DATE};
use crate::text::tokens::TokenKind;

pub(super) fn at(v: &View, i: usize) -> Option<Hit> {
    let lex = lexicon();
    // "the 1990s", "the sixties", "the early 1990s", "the 20th century".
    if v.low(i) == "the" {
        let j = i + 1 + usize::from(lex.shifters.contains(v.low(i + 1)));
        if let Some(end) = decade(v, j).or_else(|| century(v, j)) {
            return Some(Hit::new(i, end, DATE, 0.9));
        }
    }
    // "early 2024", "late 1990s", "mid 2024".
    if lex.shifters.contains(v.low(i)) || v.low(i) == "mid" {
        if let Some(end) = decade(v, i + 1).or_else(|| year(v, i + 1, true).map(|_| i + 2)) {
            return Some(Hit::new(i, end, DATE, 0.85));
        }
    }
    if let Some(end) = decade(v, i).or_else(|| century(v, i)) {
        return Some(Hit::new(i, end, DATE, 0.85));
    }
    if let Some(hit) = prefixed(v, i).or_else(|| era(v, i)).or_else(|| range(v, i)) {
        return Some(hit);
    }
    // "the year 2030".
    if v.words_at(i, &["the", "year"]) && year(v, i + 2, true).is_some() {
        return Some(Hit::new(i, i + 3, DATE, 0.9));
    }
    let confidence = year(v, i, false)?;
    Some(Hit::new(i, i + 1, DATE, confidence))
}

/// "2014–2016", "2014 - 2016", "2014 to 2016", "1892 – 94": two years joined by
/// a dash (or "to") need no other cue.
fn range(v: &View, i: usize) -> Option<Hit> {
    year(v, i, true)?;
    let dash = v.is(i + 1, TokenKind::Dash);
    if !dash && v.low(i + 1) != "to" {
        return None;
    }
    let value = |j: usize| digits(v.raw(j)).map_or(0.0, |d| d.0);
    let (from, to) = (value(i), value(i + 2));
    let two_digits = v.raw(i + 2).len() == 2 && v.raw(i + 2).bytes().all(|b| b.is_ascii_digit());
    let short = two_digits && to > from % 100.0;
    let later = year(v, i + 2, true).is_some() && to > from;
    (later || dash && short).then(|| Hit::new(i, i + 3, DATE, 0.9))
}

/// A year at `i` ("2022", or a glued range "2014-16"): its confidence.
/// `cued`: the caller has already seen a date cue.
fn year(v: &View, i: usize, cued: bool) -> Option<f32> {
    let lex = lexicon();
    let raw = v.raw(i);
    let n = number_at(v, i).filter(|n| n.end == i + 1 && n.suffix.is_empty())?;
    let range = raw.len() > 4 && raw.as_bytes().get(4).is_some_and(|&b| b == b'-');
    let y = &raw[..raw.len().min(4)];
    let four = y.len() == 4 && digits(y).is_some_and(|(y, _, _)| (1000.0..=2100.0).contains(&y));
    if !(n.year_like() || range && four) || in_name(v, i) {
        return None;
    }
    if cued || lex.year_cues.ending_before(v, i).is_some() {
        return Some(0.9);
    }
    let next = v.low(i + 1);
    let counts = lex.count_nouns.contains(next) || v.is_lower_word(i + 1) && is_plural(next);
    ((1900.0..=2100.0).contains(&n.value) && !counts).then_some(0.75)
}

/// A plural noun, roughly: "elections", "votes" (not "was", "this", "says").
fn is_plural(w: &str) -> bool {
    let other = matches!(
        w,
        "says" | "always" | "this" | "thus" | "plus" | "has" | "was" | "is"
    );
    w.len() > 2 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !other
}

/// "1990s"; after "the" or an apostrophe also "90s" and "sixties": the end.
fn decade(v: &View, i: usize) -> Option<usize> {
    let raw = v.raw(i);
    let before = v.low_before(i);
    let marked = before == "the" || lexicon().shifters.contains(before);
    let apostrophe = v.touches_previous(i) && matches!(before, "'" | "’");
    let size = raw
        .strip_suffix('s')
        .and_then(digits)
        .filter(|&(d, n, plain)| plain && n + 1 == raw.len() && d % 10.0 == 0.0)
        .map_or(0, |(_, n, _)| n);
    let digits_decade = size == 4 || size == 2 && (marked || apostrophe);
    let words_decade = marked && lexicon().decade_words.contains_key(v.low(i));
    (digits_decade || words_decade).then_some(i + 1)
}

/// "20th century", "twentieth century", "17th-century": the end.
fn century(v: &View, i: usize) -> Option<usize> {
    // A char search first: a substring search builds its searcher each call.
    let low = v.low(i);
    if let Some((ordinal, _)) = low.split_once('-').and_then(|_| low.split_once("-centur")) {
        let n = digits(ordinal).filter(|_| v.is(i, TokenKind::Number))?.0;
        return (n <= 21.0).then_some(i + 1);
    }
    let unit = matches!(v.low(i + 1), "century" | "centuries");
    (unit && ordinal_at(v, i).is_some_and(|n| n <= 21.0)).then_some(i + 2)
}

/// "mid-2024", "early-2000s", "mid-January" (one token).
fn prefixed(v: &View, i: usize) -> Option<Hit> {
    let (head, rest) = v.low(i).split_once('-')?;
    if !matches!(head, "mid" | "early" | "late") {
        return None;
    }
    let year = rest.len() == 4 && digits(rest).is_some_and(|(y, n, p)| p && n == 4 && y >= 1000.0);
    let decade = rest.len() == 5 && rest.ends_with('s') && digits(&rest[..4]).is_some();
    let month = lexicon().months.contains_key(rest) && rest.len() > 3;
    (year || decade || month).then(|| Hit::new(i, i + 1, DATE, 0.9))
}

/// "400 BCE", "AD 347", "1500 BC".
fn era(v: &View, i: usize) -> Option<Hit> {
    let after = |j: usize| matches!(v.raw(j), "BC" | "BCE" | "AD" | "CE" | "B.C." | "A.D.");
    let plain = |j: usize| number_at(v, j).is_some_and(|n| n.plain && n.end == j + 1);
    if plain(i) && after(i + 1) {
        return Some(Hit::new(i, i + 2, DATE, 0.9));
    }
    (matches!(v.raw(i), "AD" | "A.D.") && plain(i + 1)).then(|| Hit::new(i, i + 2, DATE, 0.9))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, values};
    use super::*;

    #[test]
    fn years_with_and_without_cues() {
        assert_eq!(found("which it illegally annexed in 2022.", DATE), ["2022"]);
        assert_eq!(found("since 1995 and by 2050", DATE), ["1995", "2050"]);
        assert_eq!(found("the 2022 invasion", DATE), ["2022"]);
        assert_eq!(found("2024 was the hottest year", DATE), ["2024"]);
        assert_eq!(found("in 1738", DATE), ["1738"]);
        assert_eq!(found("2022's budget", DATE), ["2022"]);
    }

    #[test]
    fn numbers_that_are_not_years() {
        assert!(found("2025 people signed", DATE).is_empty());
        assert!(found("1500 soldiers", DATE).is_empty());
        assert!(found("Euro 2024 final", DATE).is_empty());
        assert!(
            found("he paid 1738 for it", DATE).is_empty(),
            "no cue before 1900"
        );
        assert!(found("12,000 tonnes", DATE).is_empty());
        assert_eq!(values("2025 people")[0].1, "CARDINAL");
    }

    #[test]
    fn decades_centuries_ranges() {
        assert_eq!(found("in the 1990s", DATE), ["the 1990s"]);
        assert_eq!(found("the early 1990s", DATE), ["the early 1990s"]);
        assert_eq!(found("1960s art", DATE), ["1960s"]);
        assert_eq!(found("since the sixties", DATE), ["the sixties"]);
        assert_eq!(found("in the 20th century", DATE), ["the 20th century"]);
        assert_eq!(found("19th century", DATE), ["19th century"]);
        assert_eq!(found("a 17th-century house", DATE), ["17th-century"]);
        assert_eq!(
            found("in 2014–2016 and 2014-16", DATE),
            ["2014–2016", "2014-16"]
        );
        assert_eq!(
            found("mid-2024 or early 2000s", DATE),
            ["mid-2024", "early 2000s"]
        );
        assert_eq!(found("400 BCE", DATE), ["400 BCE"]);
        assert_eq!(found("in the 90s and ’80s", DATE), ["the 90s", "80s"]);
        assert_eq!(
            found("Pian (1922 - 2013) and (1892 – 94)", DATE),
            ["1922 - 2013", "1892 – 94"]
        );
        assert_eq!(found("Hydrodynamica (1738)", DATE), ["1738"]);
        assert_eq!(found("by the year 2030", DATE), ["the year 2030"]);
        assert!(
            found("sixties", DATE).is_empty(),
            "a decade word needs 'the'"
        );
        assert!(found("90s", DATE).is_empty());
        assert!(found("scored 1500 - 1200", DATE).is_empty());
        assert!(found("the 1985s", DATE).is_empty());
    }
}
