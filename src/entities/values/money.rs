//! Money: "$1.2 billion", "€300m", "£5", "US$ 20", "¥100", "$3.5bn",
//! "20 dollars", "5 million euros", "1.5 trillion rubles", "a billion dollars",
//! "100 US dollars", "USD 20", "5 million EUR".
//!
//! A currency sign is any Unicode currency symbol (the tokenizer's
//! `is_currency`); letters glued before a dollar sign say whose dollar it is
//! ("US$", "A$", "HK$"). "pounds" followed by "of" is a weight ("10 pounds of
//! flour", left to quantity.rs).

use super::lexicon::lexicon;
use super::numbers::{number_at, Num};
use super::view::View;
use super::{Hit, MONEY};
use crate::text::tokens::{is_currency, TokenKind};

pub(super) fn at(v: &View, i: usize) -> Option<Hit> {
    sign_first(v, i)
        .or_else(|| code_first(v, i))
        .or_else(|| name_after(v, i))
}

fn amount<'a>(v: &View<'a>, i: usize) -> Option<Num<'a>> {
    number_at(v, i).filter(|n| n.suffix.is_empty())
}

fn is_sign(v: &View, i: usize) -> bool {
    let mut chars = v.raw(i).chars();
    v.is(i, TokenKind::Symbol) && chars.next().is_some_and(is_currency) && chars.next().is_none()
}

/// "$5", "€300m", "US$ 20", "HK$3".
fn sign_first(v: &View, i: usize) -> Option<Hit> {
    let prefixed = lexicon().dollar_prefixes.contains(v.raw(i))
        && is_sign(v, i + 1)
        && v.touches_previous(i + 1);
    let sign = i + usize::from(prefixed);
    if !is_sign(v, sign) {
        return None;
    }
    let n = amount(v, sign + 1)?;
    Some(Hit::new(i, n.end, MONEY, 0.95).numeric())
}

/// "USD 20", "EUR 5 million".
fn code_first(v: &View, i: usize) -> Option<Hit> {
    if !lexicon().currency_codes.contains(v.raw(i)) {
        return None;
    }
    let n = amount(v, i + 1)?;
    Some(Hit::new(i, n.end, MONEY, 0.9).numeric())
}

/// "20 dollars", "5 million euros", "100 US dollars", "20 USD".
fn name_after(v: &View, i: usize) -> Option<Hit> {
    let lex = lexicon();
    let n = amount(v, i)?;
    let j = n.end;
    if lex.currency_codes.contains(v.raw(j)) {
        return Some(Hit::new(i, j + 1, MONEY, 0.9).numeric());
    }
    let k = j + lex.currency_qualifiers.at(v, j).unwrap_or(0);
    let name = lex.currency_names.at(v, k)?;
    let weight = v.low(k).starts_with("pound") && v.low(k + name) == "of";
    (!weight).then(|| Hit::new(i, k + name, MONEY, 0.9).numeric())
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, values};
    use super::*;

    #[test]
    fn signs_and_codes() {
        assert_eq!(found("a $1.2 billion deal", MONEY), ["$1.2 billion"]);
        assert_eq!(found("€300m and £5", MONEY), ["€300m", "£5"]);
        assert_eq!(found("US$ 20 or US$20", MONEY), ["US$ 20", "US$20"]);
        assert_eq!(found("¥100 and $3.5bn", MONEY), ["¥100", "$3.5bn"]);
        assert_eq!(found("HK$3 and USD 20", MONEY), ["HK$3", "USD 20"]);
        assert_eq!(
            found("more than $1 billion", MONEY),
            ["more than $1 billion"]
        );
        assert_eq!(found("$1,200.50", MONEY), ["$1,200.50"]);
    }

    #[test]
    fn names_after_numbers() {
        assert_eq!(found("20 dollars", MONEY), ["20 dollars"]);
        assert_eq!(found("5 million euros", MONEY), ["5 million euros"]);
        assert_eq!(found("1.5 trillion rubles", MONEY), ["1.5 trillion rubles"]);
        assert_eq!(found("a billion dollars", MONEY), ["a billion dollars"]);
        assert_eq!(found("100 US dollars", MONEY), ["100 US dollars"]);
        assert_eq!(found("50 cents and 20 USD", MONEY), ["50 cents", "20 USD"]);
    }

    #[test]
    fn not_money() {
        for text in [
            "$",
            "$$$",
            "US dollars",
            "10 pounds of flour",
            "the dollar rose",
            "$ x 5",
        ] {
            assert!(found(text, MONEY).is_empty(), "{text}: {:?}", values(text));
        }
        assert_eq!(found("$$5", MONEY), ["$5"]);
    }
}
