//! Words at a name's edge that are not part of it.
//!
//! - A number or quantifier that opens a sentence is capitalised only because
//!   it opens the sentence, and the tagger then runs it into the name after
//!   it: "One Rohingya, Muhammad Amin, …" came out as the ORG "One Rohingya".
//!   At a sentence start such a word is cut off a longer name ("Rohingya");
//!   inside a sentence it is left alone ("the One World Trade Center").
//! - A country code written against a dollar sign is a currency, not a place:
//!   "US$ 20,000", "HK$5 million", "A$1.2 billion". The value layer reads the
//!   amount; the code is not a name.
//! - A common word after a title and "of" names an office, not a place or an
//!   organisation: "the Secretary of State", "Minister of the Environment". The
//!   tagger read "State" as a place. A proper name in the same slot stays
//!   ("Governor of Texas").

use super::flat::Sentences;
use super::gazetteer::{Gazetteer, List};
use super::{common_words, hash, Coarse};
use crate::text::span::Span;

/// Numbers and quantifiers that open sentences before a name.
const OPENERS: &[&str] = &[
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Both",
    "Some",
    "Many",
    "Several",
    "Most",
    "All",
    "Few",
    "Hundreds",
    "Thousands",
    "Dozens",
    "Millions",
];

/// Applies the cuts; names stay sorted by position.
pub fn apply(
    text: &str,
    sentences: &Sentences,
    gaz: &Gazetteer,
    names: Vec<Coarse>,
) -> Vec<Coarse> {
    let tokens = sentences.tokens();
    let word = |k: usize| tokens.get(k).map_or("", |&(a, b)| &text[a..b]);
    // the title before "of" [the] before token `k`
    let office_of = |k: usize| {
        let k = if word(k - 1) == "the" { k - 1 } else { k };
        k >= 2
            && word(k - 1) == "of"
            && gaz.lookup_one(hash::lower(word(k - 2))) & List::PersonTitle.begin_bit() != 0
    };
    let mut out = Vec::with_capacity(names.len());
    for mut c in names {
        let one_word = !c.span.slice(text).contains(' ');
        if text[c.span.end..].starts_with('$') && one_word {
            continue;
        }
        let at = sentences.starting_at(c.span.start);
        if one_word
            && at.is_some_and(|k| k >= 2 && office_of(k))
            && common_words::is_common_word(c.span.slice(text))
        {
            continue;
        }
        if let Some(k) = at {
            let opener = OPENERS.contains(&c.span.slice(text).split(' ').next().unwrap_or(""));
            let longer = tokens.get(k + 1).is_some_and(|t| t.1 <= c.span.end);
            if opener && longer && sentences.starts_sentence(k) {
                c.span = Span::new(tokens[k + 1].0, c.span.end);
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::pass_testing::names_at;
    use super::super::tokenize;
    use super::*;

    fn cut(text: &str, parts: &[(&str, usize)]) -> Vec<String> {
        let sentences = tokenize::sentences(text);
        apply(text, &sentences, Gazetteer::get(), names_at(text, parts))
            .into_iter()
            .map(|c| c.span.slice(text).to_string())
            .collect()
    }

    #[test]
    fn a_number_opening_the_sentence_is_cut_off() {
        let t = "One Rohingya, Muhammad Amin, was rescued first.";
        let got = cut(t, &[("One Rohingya", 1), ("Muhammad Amin", 0)]);
        assert_eq!(got, ["Rohingya", "Muhammad Amin"]);
        let t = "It sank. Many Americans left.";
        assert_eq!(cut(t, &[("Many Americans", 3)]), ["Americans"]);
    }

    #[test]
    fn a_number_inside_a_sentence_or_alone_stays() {
        let t = "They met at One World Trade Center today.";
        assert_eq!(
            cut(t, &[("One World Trade Center", 2)]),
            ["One World Trade Center"]
        );
        let t = "Five said no.";
        assert_eq!(cut(t, &[("Five", 0)]), ["Five"]);
        let t = "Oneida Smith left.";
        assert_eq!(cut(t, &[("Oneida Smith", 0)]), ["Oneida Smith"]);
    }

    #[test]
    fn an_office_is_no_name() {
        let t = "John Kerry, the Secretary of State, called Thailand.";
        let got = cut(t, &[("John Kerry", 0), ("State", 2), ("Thailand", 2)]);
        assert_eq!(got, ["John Kerry", "Thailand"]);
        let t = "He met the Minister of the Environment today.";
        assert!(cut(t, &[("Environment", 1)]).is_empty());
        // a proper name after the title, or a common word after no title
        let t = "The Governor of Texas and the Bank of England spoke.";
        let got = cut(t, &[("Texas", 2), ("England", 2)]);
        assert_eq!(got, ["Texas", "England"]);
        let t = "A friend of State came.";
        assert_eq!(cut(t, &[("State", 1)]), ["State"]);
    }

    #[test]
    fn a_code_before_a_dollar_sign_is_no_name() {
        let t = "Bail was US$ 20,000 and HK$5 for a man from Hong Kong.";
        let got = cut(t, &[("US", 2), ("HK", 2), ("Hong Kong", 2)]);
        assert_eq!(got, ["Hong Kong"]);
        // a space, or a longer name, before the sign
        let t = "Prices in the US $ zone and New Zealand$ rose.";
        let got = cut(t, &[("US", 2), ("New Zealand", 2)]);
        assert_eq!(got, ["US", "New Zealand"]);
    }
}
