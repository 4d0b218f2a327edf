//! Relative dates and durations: "yesterday", "last week", "this year",
//! "earlier this month", "the past decade", "the next five years", "three years
//! ago", "for several weeks" → "several weeks", "recent years", "45-year-old",
//! "24 hours" (TIME), "the end of the year", "summer 2024".
//!
//! Durations follow OntoNotes: in days, weeks, months, years, decades and
//! centuries they are DATE, in hours, minutes and seconds TIME. "the" is kept
//! before "past/last/next/coming …" spans ("the past decade"), where it is part
//! of the expression, and nowhere else.

use super::cardinal::in_name;
use super::lexicon::lexicon;
use super::numbers::number_at;
use super::view::View;
use super::{dates, years, Hit, DATE, TIME};
use crate::text::tokens::TokenKind;

/// Before "a/an" + unit, these make it a duration ("for a year", "in a week");
/// elsewhere "a day" is usually a rate or a noun phrase ("twice a day").
const DURATION_CUES: &[&str] = &[
    "for", "within", "over", "about", "nearly", "almost", "than", "in", "after", "only", "just",
];

pub(super) fn at(v: &View, i: usize) -> Option<Hit> {
    let lex = lexicon();
    let w = v.low(i);
    if lex.relative_days.contains(w) {
        let named =
            i > 0 && v.is_capitalised(i - 1) && v.is_capitalised(i) && v.is(i - 1, TokenKind::Word);
        return (!named).then(|| Hit::new(i, i + 1, DATE, 0.95));
    }
    framed(v, i)
        .or_else(|| relative(v, i))
        .or_else(|| duration(v, i))
        .or_else(|| hyphenated(v, i))
        .or_else(|| season(v, i))
}

/// The unit of a duration at `i`: `Some(label)` for a calendar or clock unit.
fn unit(v: &View, i: usize, singular: bool) -> Option<&'static str> {
    let lex = lexicon();
    let w = v.low(i);
    // "a second term" is an ordinal: the unit has no noun after it.
    let ordinal_second = w == "second" && (v.is_lower_word(i + 1) && ago(v, i + 1) == i + 1);
    let plural_second = w == "second" && !singular || ordinal_second;
    if lex.date_units.contains_key(w) {
        Some(DATE)
    } else if lex.time_units.contains_key(w) && !plural_second {
        Some(TIME)
    } else {
        None
    }
}

/// "[earlier] this|last|next … week|Monday|March|summer", "the past decade",
/// "the next five years", "recent years".
fn relative(v: &View, i: usize) -> Option<Hit> {
    let lex = lexicon();
    let the = usize::from(v.low(i) == "the");
    let shifted = usize::from(the == 0 && lex.shifters.contains(v.low(i)));
    let mut r = i + the + shifted;
    let rel = v.low(r);
    if !lex.relative.contains(rel) || the == 1 && matches!(rel, "this" | "that" | "current") {
        return None;
    }
    // "this past week", "that same year".
    r += usize::from(matches!(v.low(r + 1), "past" | "same" | "coming"));
    let mut j = r + 1;
    if let Some(n) = number_at(v, j).filter(|n| n.suffix.is_empty()) {
        j = n.end;
    } else if let Some(q) = lex.quantifiers.at(v, j) {
        j += q;
    }
    let calendar_name = dates::weekday(v, j).is_some() || dates::month(v, j).is_some();
    let label = if lex.seasons.contains(v.low(j)) || calendar_name {
        Some(DATE)
    } else {
        unit(v, j, j == r + 1)
    };
    let label = label?;
    // "that" and "recent" only with a plain unit: "that year", "recent years".
    if matches!(rel, "that" | "recent") && (j != r + 1 || calendar_name) {
        return None;
    }
    let end = ago(v, j + 1);
    Some(Hit::new(i, end, label, 0.9))
}

/// "three years [ago]", "several weeks", "a few days", "a year ago", "24 hours".
fn duration(v: &View, i: usize) -> Option<Hit> {
    let lex = lexicon();
    let (j, numeric) = if let Some(n) = number_at(v, i) {
        if !n.suffix.is_empty() || in_name(v, i) {
            return None;
        }
        (n.end, true)
    } else if let Some(q) = lex.quantifiers.at(v, i).filter(|_| v.low(i) != "recent") {
        (i + q, false)
    } else if matches!(v.low(i), "a" | "an") {
        (i + 1, false)
    } else {
        return None;
    };
    let single = matches!(v.low(i), "a" | "an" | "one") && j == i + 1;
    let label = unit(v, j, single)?;
    if v.low(j).starts_with("quarter") {
        return None; // "a quarter of", "three quarters": fractions, not durations.
    }
    let end = ago(v, j + 1);
    if single && end == j + 1 && !DURATION_CUES.contains(&v.low_before(i)) {
        return None;
    }
    let hit = Hit::new(i, end, label, 0.85);
    Some(if numeric { hit.numeric() } else { hit })
}

/// After a unit: "ago", "earlier", "later", "old" belong to the span.
fn ago(v: &View, j: usize) -> usize {
    let after = matches!(v.low(j), "ago" | "earlier" | "later" | "old");
    j + usize::from(after)
}

/// "45-year-old", "10-year", "three-year-old", "24-hour" (one token).
fn hyphenated(v: &View, i: usize) -> Option<Hit> {
    let w = v.low(i);
    let (head, rest) = w.split_once('-')?;
    let rest = rest.strip_suffix("-old").unwrap_or(rest);
    let lex = lexicon();
    let digits = head.bytes().all(|b| b.is_ascii_digit()) && !head.is_empty();
    let word = lex.units.contains_key(head) || lex.tens.contains_key(head);
    // "twenty-second" is an ordinal; "30-second" a duration.
    let is_number = digits || word && rest != "second";
    let label = if lex.date_units.contains_key(rest) {
        DATE
    } else if lex.time_units.contains_key(rest) {
        TIME
    } else {
        return None;
    };
    is_number.then(|| Hit::new(i, i + 1, label, 0.8))
}

/// The words of a frame: "the end of …".
pub(super) const FRAMES: [&str; 5] = ["end", "beginning", "start", "middle", "turn"];

/// "the end of the year", "the beginning of March", "the turn of the century".
fn framed(v: &View, i: usize) -> Option<Hit> {
    let frame = FRAMES.contains(&v.low(i + 1));
    if v.low(i) != "the" || !frame || v.low(i + 2) != "of" {
        return None;
    }
    let j = i + 3;
    if v.words_at(j, &["the", "year"])
        || v.words_at(j, &["the", "century"])
        || v.words_at(j, &["the", "month"])
    {
        return Some(Hit::new(i, j + 2, DATE, 0.8));
    }
    let inner = dates::at(v, j)
        .or_else(|| years::at(v, j))
        .or_else(|| relative(v, j))?;
    (inner.label == DATE).then(|| Hit::new(i, inner.end, DATE, 0.8))
}

/// "summer 2024", "the summer of 2010", and after a cue "in (the) summer" → "summer"
/// ("fall" only with a year: "the fall of Rome").
fn season(v: &View, i: usize) -> Option<Hit> {
    let lex = lexicon();
    let w = v.low(i);
    if lex.seasons.contains(w) && w != "fall" && v.is(i, TokenKind::Word) {
        let p = i.saturating_sub(usize::from(v.low_before(i) == "the"));
        let cue = lex.month_cues.contains(v.low_before(p)) && p > 0;
        if cue && number_at(v, i + 1).is_none() && v.low(i + 1) != "of" {
            return Some(Hit::new(i, i + 1, DATE, 0.7));
        }
    }
    let the = usize::from(v.low(i) == "the");
    let s = i + the;
    if !lex.seasons.contains(v.low(s)) {
        return None;
    }
    let of = usize::from(the == 1 && v.low(s + 1) == "of");
    let y = s + 1 + of;
    let year = number_at(v, y).is_some_and(|n| n.year_like());
    (year && (the == of)).then(|| Hit::new(i, y + 1, DATE, 0.85))
}

#[cfg(test)]
mod tests {
    use super::super::testing::found;
    use super::*;

    #[test]
    fn relative_dates() {
        assert_eq!(found("until last week", DATE), ["last week"]);
        assert_eq!(
            found("next month and this year", DATE),
            ["next month", "this year"]
        );
        assert_eq!(found("earlier this year", DATE), ["earlier this year"]);
        assert_eq!(found("over the past decade", DATE), ["the past decade"]);
        assert_eq!(found("the next five years", DATE), ["the next five years"]);
        assert_eq!(found("the past few days", DATE), ["the past few days"]);
        assert_eq!(found("in recent years", DATE), ["recent years"]);
        assert_eq!(found("last Monday", DATE), ["last Monday"]);
        assert_eq!(found("this summer", DATE), ["this summer"]);
        assert_eq!(found("yesterday and Today", DATE), ["yesterday", "Today"]);
        assert_eq!(
            found("by the end of the year", DATE),
            ["the end of the year"]
        );
        assert_eq!(
            found("summer 2024 and the summer of 2010", DATE),
            ["summer 2024", "the summer of 2010"]
        );
        assert_eq!(
            found("in summer and during the winter", DATE),
            ["summer", "winter"]
        );
        assert_eq!(
            found("this past week, that same year", DATE),
            ["this past week", "that same year"]
        );
    }

    #[test]
    fn durations() {
        assert_eq!(
            found("the war began three years ago", DATE),
            ["three years ago"]
        );
        assert_eq!(found("for several weeks, with", DATE), ["several weeks"]);
        assert_eq!(found("Seventeen years ago", DATE), ["Seventeen years ago"]);
        assert_eq!(found("15 years in prison", DATE), ["15 years"]);
        assert_eq!(found("a decade ago", DATE), ["a decade ago"]);
        assert_eq!(found("for a year", DATE), ["a year"]);
        assert_eq!(
            found("nearly two decades of war", DATE),
            ["nearly two decades"]
        );
        assert_eq!(found("a 45-year-old man", DATE), ["45-year-old"]);
        assert_eq!(found("24 hours ago", TIME), ["24 hours ago"]);
    }

    #[test]
    fn not_dates() {
        for text in [
            "USA Today reported",
            "twice a day",
            "a year when",
            "the day",
            "this time",
            "every week",
            "the third anniversary",
            "a second term",
            "the fall of Rome",
            "a quarter of voters",
            "a hot summer",
        ] {
            assert!(found(text, DATE).is_empty(), "{text}");
        }
    }
}
