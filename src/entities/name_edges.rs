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

use super::flat::Sentences;
use super::Coarse;
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
pub fn apply(text: &str, sentences: &Sentences, names: Vec<Coarse>) -> Vec<Coarse> {
    let tokens = sentences.tokens();
    let mut out = Vec::with_capacity(names.len());
    for mut c in names {
        if text[c.span.end..].starts_with('$') && !c.span.slice(text).contains(' ') {
            continue;
        }
        if let Some(k) = sentences.starting_at(c.span.start) {
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
        apply(text, &sentences, names_at(text, parts))
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
