//! Times of day: "10:30 a.m.", "3pm", "15:00 GMT", "noon", "midnight",
//! "tonight", "this morning", "Monday evening", "last night".
//!
//! A day with a part of the day is TIME, as in OntoNotes ("Monday evening",
//! "yesterday afternoon"), so the longer TIME match wins over the DATE "Monday".

use super::cardinal::in_name;
use super::dates::weekday;
use super::lexicon::lexicon;
use super::numbers::digits;
use super::shapes::clock_time;
use super::view::View;
use super::{Hit, TIME};

pub(super) fn at(v: &View, i: usize) -> Option<Hit> {
    let lex = lexicon();
    if lex.time_words.contains(v.low(i)) {
        return Some(Hit::new(i, i + 1, TIME, 0.85));
    }
    clock(v, i).or_else(|| day_part(v, i))
}

/// "10:30", "10:30am", "3pm", "3 p.m.", "7 o'clock", with a time zone after.
fn clock(v: &View, i: usize) -> Option<Hit> {
    let raw = v.raw(i);
    let mut end = if raw.len() <= 14 && clock_time(raw) && !in_name(v, i) {
        i + 1 + usize::from(meridiem(v.low(i + 1)))
    } else {
        let hour = digits(raw)
            .is_some_and(|(h, n, plain)| plain && n == raw.len() && (1.0..=12.0).contains(&h));
        let after = meridiem(v.low(i + 1)) || v.low(i + 1) == "o'clock";
        if !(hour && after) {
            return None;
        }
        i + 2
    };
    end += lexicon().time_zones.at(v, end).unwrap_or(0);
    Some(Hit::new(i, end, TIME, 0.9))
}

fn meridiem(w: &str) -> bool {
    matches!(w, "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m")
}

/// "this morning", "yesterday afternoon", "(early) Monday evening", "last night".
fn day_part(v: &View, i: usize) -> Option<Hit> {
    let lex = lexicon();
    let shifted = usize::from(lex.shifters.contains(v.low(i)));
    let d = i + shifted;
    let day = matches!(
        v.low(d),
        "this" | "yesterday" | "tomorrow" | "last" | "that"
    ) || weekday(v, d).is_some();
    if !day || !lex.day_parts.contains(v.low(d + 1)) || v.low(d + 1) == "overnight" {
        return None;
    }
    Some(Hit::new(i, d + 2, TIME, 0.85))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, values};
    use super::*;

    #[test]
    fn clock_times() {
        assert_eq!(found("at 10:30 a.m. on", TIME), ["10:30 a.m."]);
        assert_eq!(found("at 3pm and 3 p.m.", TIME), ["3pm", "3 p.m."]);
        assert_eq!(found("at 22:30 GMT", TIME), ["22:30 GMT"]);
        assert_eq!(found("at 10:30am", TIME), ["10:30am"]);
        assert_eq!(found("at 7 o'clock", TIME), ["7 o'clock"]);
        assert_eq!(found("at noon or midnight", TIME), ["noon", "midnight"]);
    }

    #[test]
    fn parts_of_days() {
        assert_eq!(found("this morning", TIME), ["this morning"]);
        assert_eq!(found("on Monday evening", TIME), ["Monday evening"]);
        assert_eq!(
            found("early Monday morning", TIME),
            ["early Monday morning"]
        );
        assert_eq!(found("last night", TIME), ["last night"]);
    }

    #[test]
    fn not_times() {
        for text in [
            "John 3:16 says",
            "won 2:1",
            "25:99",
            "the morning",
            "13pm",
            "I am here",
        ] {
            assert!(found(text, TIME).is_empty(), "{text}: {:?}", values(text));
        }
        assert!(found("5 and 30", TIME).is_empty());
    }
}
