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
//! - A single common word the tagger took for a person ("The Internet
//!   security firm", "the Customer shall", "Madam Speaker") is no name when
//!   no name list knows it, no longer person name of the document holds it
//!   and no speech verb follows it ("Water said" is someone).

use super::flat::Sentences;
use super::gazetteer::{Gazetteer, List};
use super::{common_words, hash, person_acts, Coarse};
use crate::fnv::HashSet;
use crate::text::span::Span;

const PERSON: usize = 0;

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
    let word = |k: usize| sentences.word(text, k);
    // the title before "of" [the] before token `k`
    let office_of = |k: usize| {
        let k = if word(k - 1) == "the" { k - 1 } else { k };
        k >= 2
            && word(k - 1) == "of"
            && gaz.lookup_one(hash::lower(word(k - 2))) & List::PersonTitle.begin_bit() != 0
    };
    // the words of the document's longer person names ("Jason Water")
    let person_words: HashSet<&str> = names
        .iter()
        .filter(|c| c.ty == PERSON)
        .map(|c| c.span.slice(text))
        .filter(|n| n.contains(' '))
        .flat_map(|n| n.split(' '))
        .collect();
    let mut out = Vec::with_capacity(names.len());
    for mut c in names {
        let one_word = !c.span.slice(text).contains(' ');
        if one_word && c.ty == PERSON && common_word_not_person(text, gaz, c, &person_words) {
            continue;
        }
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

/// Whether the one-word person `c` is a common word ("Customer", "Speaker",
/// "Internet") that no name list knows, no longer person name of the
/// document holds and no speech verb follows ("Water said" is a person).
fn common_word_not_person(
    text: &str,
    gaz: &Gazetteer,
    c: Coarse,
    person_words: &HashSet<&str>,
) -> bool {
    let w = c.span.slice(text);
    let people = List::FirstName.begin_bit() | List::LastName.begin_bit();
    common_words::is_common_word(w)
        && gaz.lookup(w) & people == 0
        && !person_words.contains(w)
        && !person_acts::speaks(text, c.span)
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

    #[test]
    fn a_common_word_alone_is_no_person() {
        let t = "The Internet security firm said the Customer shall pay.";
        let got = cut(t, &[("Internet", 0), ("Customer", 0)]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_common_word_that_acts_or_is_named_as_a_person_stays() {
        // a speech verb after it; a longer person name holding it; a listed surname
        let t = "Water said so. Jason Hope met Hope. Brown spoke.";
        let got = cut(
            t,
            &[("Water", 0), ("Jason Hope", 0), ("Hope", 0), ("Brown", 0)],
        );
        assert_eq!(got, ["Water", "Jason Hope", "Hope", "Brown"]);
        // not a person: left to the other rules
        let got = cut("The Internet grew.", &[("Internet", 2)]);
        assert_eq!(got, ["Internet"]);
    }
}
