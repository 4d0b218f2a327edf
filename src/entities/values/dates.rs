//! Calendar dates: "Feb. 25, 2025", "25 February 2025", "Friday, July 21, 2017",
//! "February 2025", "January", "Monday", "08/19/2019", "Christmas".
//!
//! A weekday, day and year written together are one DATE, as in OntoNotes.
//! Month and weekday names are also names and words ("Theresa May", "may",
//! "a march", "Jan Smith", "the Sunday Times"), so alone they need a capital
//! and, for the ambiguous ones, a cue: see [`month_alone`] and [`weekday_alone`].

use super::lexicon::lexicon;
use super::numbers::{digits, ordinal_at};
use super::shapes::numeric_date;
use super::view::View;
use super::{Hit, DATE};
use crate::text::tokens::TokenKind;

pub(super) fn at(v: &View, i: usize) -> Option<Hit> {
    // "late September", "early March 2024": the shifter belongs to the date.
    if lexicon().shifters.contains(v.low(i)) && month(v, i + 1).is_some() {
        return calendar(v, i + 1).map(|h| Hit { start: i, ..h });
    }
    calendar(v, i)
}

fn calendar(v: &View, i: usize) -> Option<Hit> {
    let lex = lexicon();
    if let Some(n) = lex.holidays.at(v, i).filter(|_| v.is_capitalised(i)) {
        return Some(Hit::new(i, i + n, DATE, 0.8));
    }
    if v.is(i, TokenKind::Number) && v.raw(i).len() <= 10 && numeric_date(v.raw(i)) {
        return Some(Hit::new(i, i + 1, DATE, 0.9));
    }
    let (after_weekday, weekday) = match weekday(v, i) {
        Some(_) => {
            let comma = usize::from(v.low(i + 1) == ",");
            (i + 1 + comma, true)
        }
        None => (i, false),
    };
    if let Some(end) = full_date(v, after_weekday) {
        return Some(Hit::new(i, end, DATE, 0.95));
    }
    if weekday {
        return weekday_alone(v, i).then(|| Hit::new(i, i + 1, DATE, 0.9));
    }
    month_alone(v, i).map(|confidence| Hit::new(i, i + 1, DATE, confidence))
}

/// A month name or abbreviation at `i` ("Feb." included): its number.
pub(super) fn month(v: &View, i: usize) -> Option<f64> {
    if !v.is_capitalised(i) {
        return None;
    }
    lexicon()
        .months
        .get(v.low(i).trim_end_matches('.'))
        .copied()
}

/// A capitalised weekday at `i` ("Monday", "Fri.").
pub(super) fn weekday(v: &View, i: usize) -> Option<()> {
    let w = v.low(i).trim_end_matches('.');
    (v.is_capitalised(i) && lexicon().weekdays.contains(w)).then_some(())
}

/// A day of the month at `i`: "25", "25th", "1st".
fn day(v: &View, i: usize) -> bool {
    let raw = v.raw(i);
    let plain = digits(raw).is_some_and(|(d, n, _)| n == raw.len() && (1.0..=31.0).contains(&d));
    plain || (v.is(i, TokenKind::Number) && ordinal_at(v, i).is_some_and(|d| d <= 31.0))
}

/// A year written after a month or day: "2025", "1750", "384".
fn year(v: &View, i: usize) -> bool {
    let raw = v.raw(i);
    raw.len() <= 4 && digits(raw).is_some_and(|(y, n, plain)| plain && n == raw.len() && y >= 1.0)
}

/// Month-day-year, day-month-year and month-year from `i`: the end, if any.
fn full_date(v: &View, i: usize) -> Option<usize> {
    let comma_year = |j: usize| -> usize {
        let c = usize::from(v.low(j) == ",");
        if year(v, j + c) && v.raw(j + c).len() == 4 {
            j + c + 1
        } else {
            j
        }
    };
    if month(v, i).is_some() {
        if day(v, i + 1) {
            return Some(comma_year(i + 2));
        }
        // "February 2025", "May, 1750", "December of 384".
        let end = comma_year(i + 1);
        if end > i + 1 {
            return Some(end);
        }
        if v.low(i + 1) == "of" && year(v, i + 2) {
            return Some(i + 3);
        }
        return None;
    }
    if day(v, i) && month(v, i + 1).is_some() {
        return Some(comma_year(i + 2));
    }
    None
}

/// A weekday alone is a date unless a capitalised word makes it a name
/// ("Sunday Times", "Monday Night Football").
fn weekday_alone(v: &View, i: usize) -> bool {
    let full = v.low(i).ends_with("day");
    let next_is_name = v.is(i + 1, TokenKind::Word)
        && v.is_capitalised(i + 1)
        && month(v, i + 1).is_none()
        && weekday(v, i + 1).is_none();
    full && !next_is_name
}

/// A month name alone ("in January", "since March"): its confidence.
///
/// Abbreviations never stand alone ("Jan" is a name). Unambiguous months need
/// only a capital and no name around them; "May", "March", "April", "June" and
/// "August" also need a cue word before them ("in May", "last August").
fn month_alone(v: &View, i: usize) -> Option<f32> {
    let lex = lexicon();
    let w = v.low(i);
    let full_name = w.len() >= 5 || matches!(w, "may" | "june" | "july");
    if month(v, i).is_none() || !v.is(i, TokenKind::Word) || !full_name {
        return None;
    }
    let cue = lex.month_cues.contains(v.low_before(i));
    let name_before = i > 0
        && v.is(i - 1, TokenKind::Word)
        && v.is_capitalised(i - 1)
        && !lex.function_words.contains(v.low_before(i));
    let name_after = v.is(i + 1, TokenKind::Word) && v.is_capitalised(i + 1);
    if name_before || name_after {
        return None;
    }
    if cue {
        Some(0.85)
    } else if !lex.ambiguous_months.contains(w) {
        Some(0.7)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::found;
    use super::*;

    #[test]
    fn full_dates() {
        assert_eq!(found("Feb 25, 2025  |", DATE), ["Feb 25, 2025"]);
        assert_eq!(found("on Feb. 25, 2025.", DATE), ["Feb. 25, 2025"]);
        assert_eq!(found("25 February 2025", DATE), ["25 February 2025"]);
        assert_eq!(
            found("Friday, July 21, 2017", DATE),
            ["Friday, July 21, 2017"]
        );
        assert_eq!(found("in February 2025", DATE), ["February 2025"]);
        assert_eq!(
            found("on May 16 and 9th August", DATE),
            ["May 16", "9th August"]
        );
        assert_eq!(found("March 9 2014", DATE), ["March 9 2014"]);
        assert_eq!(found("May, 1750", DATE), ["May, 1750"]);
        assert_eq!(
            found("on 08/19/2019 or 2019-08-19", DATE),
            ["08/19/2019", "2019-08-19"]
        );
        assert_eq!(found("at Christmas", DATE), ["Christmas"]);
        assert_eq!(found("in late September", DATE), ["late September"]);
    }

    #[test]
    fn weekdays() {
        assert_eq!(found("Putin said on Monday that", DATE), ["Monday"]);
        assert_eq!(found("on Friday's summit", DATE), ["Friday"]);
        assert!(found("the Sunday Times reported", DATE).is_empty());
        assert!(found("a sunday roast", DATE).is_empty(), "lower case");
        assert!(
            found("the Sun rose", DATE).is_empty(),
            "abbreviations need a date"
        );
    }

    #[test]
    fn months_alone() {
        assert_eq!(found("in January, Kyiv", DATE), ["January"]);
        assert_eq!(found("since March", DATE), ["March"]);
        assert_eq!(found("until May.", DATE), ["May"]);
        assert_eq!(found("December was cold", DATE), ["December"]);
        for text in [
            "Theresa May said",
            "May said",
            "it may rain",
            "the March on Washington",
            "a march",
            "Jan Smith",
            "in Jan",
            "October Revolution",
            "June Carter",
        ] {
            assert!(found(text, DATE).is_empty(), "{text}");
        }
    }

    #[test]
    fn numeric_date_shapes() {
        assert!(numeric_date("6/25/90") && numeric_date("19.08.2019"));
        assert!(!numeric_date("24/7") && !numeric_date("3.5") && !numeric_date("2019-8-1"));
    }
}
