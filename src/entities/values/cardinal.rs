//! CARDINAL ("17", "two", "three million", "1,200", "10-12") and ORDINAL
//! ("third", "21st", "second") — the numbers no other family claimed.
//!
//! What is left out, and why:
//! * numbers in names and identifiers ("Boeing 737", "Apollo 11", "Section 230",
//!   "flight 370"; "COVID-19" and "G20" are words to the tokenizer): [`in_name`];
//! * runs of bare numbers (phone numbers, codes: "202 555 0143");
//! * "one" as a pronoun ("the one who", "one could argue"; "one of the" stays);
//! * "second" the time unit ("wait a second") and ordinals in names ("First Lady",
//!   "Second World War").

use super::lexicon::lexicon;
use super::numbers::{number_at, ordinal_at as ordinal_value};
use super::view::View;
use super::{Hit, CARDINAL, ORDINAL};
use crate::text::tokens::TokenKind;

pub(super) fn cardinal_at(v: &View, i: usize) -> Option<Hit> {
    let n = number_at(v, i)?;
    if !n.suffix.is_empty() || in_name(v, i) || in_digit_run(v, i, n.end) {
        return None;
    }
    if n.words && n.end == i + 1 && v.low(i) == "one" {
        return one_is_cardinal(v, i).then(|| Hit::new(i, i + 1, CARDINAL, 0.6).numeric());
    }
    let confidence = if n.words { 0.8 } else { 0.85 };
    Some(Hit::new(i, n.end, CARDINAL, confidence).numeric())
}

pub(super) fn ordinal_at(v: &View, i: usize) -> Option<Hit> {
    ordinal_value(v, i)?;
    if v.low(i) == "second" && is_time_unit(v, i) {
        return None;
    }
    let mid_sentence = i > 0 && !matches!(v.kind(i - 1), Some(TokenKind::Punct | TokenKind::Quote));
    let in_title = v.is_capitalised(i) && v.is_capitalised(i + 1) && v.is(i + 1, TokenKind::Word);
    if in_title && mid_sentence {
        return None;
    }
    Some(Hit::new(i, i + 1, ORDINAL, 0.85))
}

/// Whether the number at `i` belongs to a name or reference: right after a
/// capitalised word that is not a function word or a date ("Boeing 737",
/// "Euro 2024", but "In 2022", "Feb 25"), after an identifier noun ("section
/// 230") or a number sign ("No. 5", "#3").
pub(super) fn in_name(v: &View, i: usize) -> bool {
    if i == 0 || !v.is(i, TokenKind::Number) {
        return false;
    }
    let lex = lexicon();
    let prev = v.low(i - 1);
    let date_word = lex.months.contains_key(prev.trim_end_matches('.'))
        || lex.weekdays.contains(prev.trim_end_matches('.'));
    let capitalised_name = matches!(
        v.kind(i - 1),
        Some(TokenKind::Word | TokenKind::Abbreviation)
    ) && v.is_capitalised(i - 1)
        && !lex.function_words.contains(prev)
        && !lex.dollar_prefixes.contains(v.raw(i - 1))
        && !date_word;
    capitalised_name || lex.identifier_nouns.contains(prev) || matches!(prev, "#" | "no." | "nos.")
}

/// A bare number next to another one with only a space between: a phone
/// number or a code, not an amount.
fn in_digit_run(v: &View, start: usize, end: usize) -> bool {
    let bare =
        |j: usize| v.is(j, TokenKind::Number) && v.raw(j).bytes().all(|b| b.is_ascii_digit());
    (start > 0 && bare(start - 1) && bare(start)) || (bare(end) && bare(end - 1))
}

/// "one of the", "one person" are counts; "the one who", "one could argue",
/// "no one", "one another" and a lone "one" are pronouns.
fn one_is_cardinal(v: &View, i: usize) -> bool {
    let lex = lexicon();
    if lex.pronoun_determiners.contains(v.low_before(i)) {
        return false;
    }
    let next = v.low(i + 1);
    next == "of" || (v.is(i + 1, TokenKind::Word) && !lex.not_after_one.contains(next))
}

/// "a second", "per second", "one second later": the time unit.
fn is_time_unit(v: &View, i: usize) -> bool {
    let before = matches!(
        v.low_before(i),
        "a" | "one" | "per" | "every" | "each" | "split" | "i" | "we" | "to"
    );
    let noun_after = v.is_lower_word(i + 1)
        && !matches!(
            v.low(i + 1),
            "later" | "ago" | "or" | "and" | "earlier" | "before" | "after"
        );
    before && !noun_after
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, values};
    use super::*;

    #[test]
    fn cardinals() {
        assert_eq!(found("a set of 17 elements", CARDINAL), ["17"]);
        assert_eq!(
            found("two sides and 1,200 troops", CARDINAL),
            ["two", "1,200"]
        );
        assert_eq!(found("three million voters", CARDINAL), ["three million"]);
        assert_eq!(found("10-12 hostages", CARDINAL), ["10-12"]);
        assert_eq!(found("one of the largest", CARDINAL), ["one"]);
        assert_eq!(found("nearly 300 people", CARDINAL), ["nearly 300"]);
        assert_eq!(found("more than 40 firms", CARDINAL), ["more than 40"]);
        assert_eq!(found("a million people", CARDINAL), ["a million"]);
    }

    #[test]
    fn not_cardinals() {
        for text in [
            "COVID-19 spread",
            "a Boeing 737 crashed",
            "the G20 summit",
            "an F-16 jet",
            "Section 230 protects",
            "Apollo 11 landed",
            "call 202 555 0143 now",
            "flight 370 vanished",
            "the one who left",
            "one could argue",
            "no one came",
            "dozens of people",
            "James Bond 007",
        ] {
            assert!(
                found(text, CARDINAL).is_empty(),
                "{text}: {:?}",
                values(text)
            );
        }
    }

    #[test]
    fn ordinals() {
        assert_eq!(found("on the third anniversary", ORDINAL), ["third"]);
        assert_eq!(found("for a second term", ORDINAL), ["second"]);
        assert_eq!(
            found("the 21st and twenty-second", ORDINAL),
            ["21st", "twenty-second"]
        );
        assert_eq!(found("First, he said", ORDINAL), ["First"]);
        assert!(found("wait a second.", ORDINAL).is_empty());
        assert!(found("a second later", ORDINAL).is_empty());
        assert!(found("the First Lady", ORDINAL).is_empty());
        assert!(found("the Second World War", ORDINAL).is_empty());
    }
}
