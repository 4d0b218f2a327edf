//! Quantities: a number and a unit of measure, "17 tonnes", "5 km", "300 square
//! kilometres", "2,000 barrels per day", "40 degrees Celsius", "40 °C", "10 mph",
//! "5kg", "100MW", "a 10-km race".
//!
//! The units are data (`data/values/units.txt`): multi-word units match word by
//! word, units glued onto digits are matched case-sensitively ("100MW", "40C"),
//! and a rate after the unit ("per day", "an hour") stays in the span.

use super::cardinal::in_name;
use super::lexicon::lexicon;
use super::numbers::number_at;
use super::view::View;
use super::{Hit, QUANTITY};

pub(super) fn at(v: &View, i: usize) -> Option<Hit> {
    let lex = lexicon();
    let n = number_at(v, i)?;
    if in_name(v, i) {
        return None;
    }
    let end = if n.suffix.is_empty() {
        n.end + lex.measures.at(v, n.end)?
    } else {
        let unit = n.suffix.strip_prefix('-').unwrap_or(n.suffix);
        if !lex.glued_units.contains(unit) {
            return None;
        }
        n.end
    };
    let end = end + lex.rates.at(v, end).unwrap_or(0);
    Some(Hit::new(i, end, QUANTITY, 0.85).numeric())
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, values};
    use super::*;

    #[test]
    fn quantities() {
        assert_eq!(found("17 tonnes of grain", QUANTITY), ["17 tonnes"]);
        assert_eq!(found("5 km away", QUANTITY), ["5 km"]);
        assert_eq!(
            found("300 square kilometres", QUANTITY),
            ["300 square kilometres"]
        );
        assert_eq!(
            found("2,000 barrels per day", QUANTITY),
            ["2,000 barrels per day"]
        );
        assert_eq!(
            found("40 degrees Celsius", QUANTITY),
            ["40 degrees Celsius"]
        );
        assert_eq!(found("40 °C", QUANTITY), ["40 °C"]);
        assert_eq!(
            found("10 mph and 5 kilograms", QUANTITY),
            ["10 mph", "5 kilograms"]
        );
        assert_eq!(
            found("100 megawatts or 100MW", QUANTITY),
            ["100 megawatts", "100MW"]
        );
        assert_eq!(found("a 10-km race and 5kg", QUANTITY), ["10-km", "5kg"]);
        assert_eq!(found("10 pounds of flour", QUANTITY), ["10 pounds"]);
        assert_eq!(found("three miles", QUANTITY), ["three miles"]);
    }

    #[test]
    fn not_quantities() {
        for text in [
            "the km",
            "5 people",
            "Boeing 737 km",
            "100mw",
            "the 5G network",
            "miles away",
        ] {
            assert!(
                found(text, QUANTITY).is_empty(),
                "{text}: {:?}",
                values(text)
            );
        }
    }
}
