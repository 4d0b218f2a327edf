//! Splitting names the tagger ran together.
//!
//! - A person's name does not continue with "of": "Alvin Yeung of Civic Party"
//!   is "Alvin Yeung" (PERSON) of "Civic Party" (an organisation, or a place
//!   when the lists say so). Titles of nobility ("Catherine of Aragon") are the
//!   rare exception and lose their tail. A name of another type that only
//!   starts like a person's is not cut where "of" follows a word that heads
//!   organisation or place names ("Leigh Block Museum of Art").
//! - A known place or organisation directly followed by a known first name
//!   starts a new name: "Washington Chris Gregoire" (a role written without a
//!   comma, "governor of Washington Chris Gregoire").
//! - A picture credit does not belong to the name before it: in a caption
//!   "… Ahmed Mohamed Image: Twitter", the name is "Ahmed Mohamed".

use super::flat::Sentences;
use super::gazetteer::{Gazetteer, List};
use super::{hash, of_names, Coarse};
use crate::text::span::Span;

const PERSON: usize = 0;
const ORG: usize = 1;
const PLACE: usize = 2;

/// The type of a name the lists know as a place or an organisation.
pub(super) fn place_or_org(lists: u32) -> Option<usize> {
    let places = List::Country.begin_bit() | List::City.begin_bit() | List::Region.begin_bit();
    if lists & places != 0 {
        Some(PLACE)
    } else if lists & List::Org.begin_bit() != 0 {
        Some(ORG)
    } else {
        None
    }
}

/// Words that introduce a picture credit in a caption ("Image: Reuters").
const CREDIT_WORDS: [&str; 5] = ["Image", "Photo", "Photograph", "Picture", "Video"];

/// Whether `w`, ending at byte `end`, is a credit word followed by a colon.
fn is_credit(text: &str, w: &str, end: usize) -> bool {
    CREDIT_WORDS.contains(&w) && text[end..].trim_start_matches(' ').starts_with(':')
}

/// A name-shaped word ("Mohib", "Joo-Ho") in none of the lists and not a
/// common English word: likely part of a person's name.
fn unknown_name(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_lowercase() || c == '-')
        && w.len() >= 2
        && Gazetteer::get().lookup_one(hash::lower(w)) == 0
        && !super::common_words::is_common_word(w)
}

/// Applies the splits; names stay sorted by position.
pub fn apply(
    text: &str,
    sentences: &Sentences,
    gaz: &Gazetteer,
    names: Vec<Coarse>,
) -> Vec<Coarse> {
    let tokens = sentences.tokens();
    let word = |i: usize| sentences.word(text, i);
    let mut out = Vec::with_capacity(names.len());
    for mut c in names {
        let first = sentences.first_starting_from(c.span.start);
        let mut end = sentences.first_ending_after(c.span.end);
        if end >= first + 2 && is_credit(text, word(end - 1), tokens[end - 1].1) {
            end -= 1;
            c.span.end = tokens[end - 1].1;
        }
        if end <= first + 1 {
            out.push(c);
            continue;
        }
        let list = |k: usize, l: List| gaz.lookup_one(hash::lower(word(k))) & l.begin_bit() != 0;
        // PERSON … of …, or a name that starts like a person's ("Alvin Yeung of …")
        let place = List::Country.begin_bit() | List::City.begin_bit() | List::Region.begin_bit();
        let person_like = c.ty == PERSON
            || (list(first, List::FirstName)
                && gaz.lookup_one(hash::lower(word(first))) & place == 0
                && !list(first + 1, List::OrgCue)
                && !list(first + 1, List::LocCue));
        if person_like {
            // not after a word that heads organisation or place names: the
            // model's "Leigh Block Museum of Art" is a museum, however much
            // "Leigh" reads as a given name
            let of = (first + 1..end - 1).find(|&k| word(k) == "of");
            if let Some(k) =
                of.filter(|&k| c.ty == PERSON || of_names::head_type(gaz, word(k - 1)).is_none())
            {
                out.push(Coarse {
                    span: Span::new(c.span.start, tokens[k - 1].1),
                    ty: PERSON,
                    ..c
                });
                let rest = Span::new(tokens[k + 1].0, c.span.end);
                let ty = place_or_org(gaz.lookup(rest.slice(text))).unwrap_or(ORG);
                out.push(Coarse {
                    span: rest,
                    ty,
                    ..c
                });
                continue;
            }
        }
        // [place or organisation] [first name …], or [… Council] [Xx Xx] at the end
        // every word from `caps_from` to the end is capitalised: found once,
        // not re-checked for each cut (a long run of capitalised words is one
        // name of thousands of words, and that made this pass quadratic)
        let caps_from = (first..end)
            .rev()
            .take_while(|&j| word(j).starts_with(char::is_uppercase))
            .last()
            .unwrap_or(end);
        let cut = (caps_from.max(first + 1)..end - 1).find(|&k| {
            let head_known =
                place_or_org(gaz.lookup(&text[c.span.start..tokens[k - 1].1])).is_some();
            // a listed given name, or any two plain name words after a listed
            // name of two or more words ("United States Hamdullah Mohib")
            let after_known = head_known
                && (list(k, List::FirstName)
                    || (k >= first + 2 && k + 2 == end && (k..end).all(|j| unknown_name(word(j)))));
            // not inside a listed name: "United" is a cue, yet "United
            // States Navy" is one name
            let after_cue = k + 2 == end
                && place_or_org(gaz.lookup(&text[c.span.start..tokens[k].1])).is_none()
                && list(k - 1, List::OrgCue)
                && !list(k, List::OrgCue)
                && !list(k + 1, List::OrgCue)
                && !list(k, List::PersonTitle);
            after_known || after_cue
        });
        match cut {
            Some(k) => {
                let head = Span::new(c.span.start, tokens[k - 1].1);
                let ty = place_or_org(gaz.lookup(head.slice(text))).unwrap_or(if c.ty == PERSON {
                    ORG
                } else {
                    c.ty
                });
                out.push(Coarse {
                    span: head,
                    ty,
                    ..c
                });
                out.push(Coarse {
                    span: Span::new(tokens[k].0, c.span.end),
                    ty: PERSON,
                    ..c
                });
            }
            None => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::pass_testing::{described, names_at};
    use crate::entities::tokenize;

    fn run(text: &str, name: &str, ty: usize) -> Vec<(String, usize)> {
        let names = names_at(text, &[(name, ty)]);
        described(
            text,
            apply(text, &tokenize::sentences(text), Gazetteer::get(), names),
        )
    }

    #[test]
    fn person_of_organisation() {
        let got = run(
            "Alvin Yeung of Civic Party won.",
            "Alvin Yeung of Civic Party",
            PERSON,
        );
        assert_eq!(
            got,
            vec![("Alvin Yeung".into(), PERSON), ("Civic Party".into(), ORG)]
        );
    }

    #[test]
    fn a_museum_of_something_is_not_split() {
        let t = "an exhibit at the Leigh Block Museum of Art in Evanston";
        let got = run(t, "Leigh Block Museum of Art", PLACE);
        assert_eq!(got, vec![("Leigh Block Museum of Art".into(), PLACE)]);
        // a person read as one is still split
        let got = run(
            "Leigh Block of Art Corp said",
            "Leigh Block of Art Corp",
            PLACE,
        );
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn place_then_person() {
        let got = run(
            "the governor of Washington Chris Gregoire said",
            "Washington Chris Gregoire",
            PLACE,
        );
        assert_eq!(
            got,
            vec![
                ("Washington".into(), PLACE),
                ("Chris Gregoire".into(), PERSON)
            ]
        );
    }

    #[test]
    fn listed_place_then_unlisted_person() {
        let got = run(
            "Ambassador to the United States Hamdullah Mohib said",
            "United States Hamdullah Mohib",
            ORG,
        );
        assert_eq!(
            got,
            vec![
                ("United States".into(), PLACE),
                ("Hamdullah Mohib".into(), PERSON)
            ]
        );
        // one word after the place, or common words: one name
        let got = run("the United States Navy said", "United States Navy", ORG);
        assert_eq!(got, vec![("United States Navy".into(), ORG)]);
        let got = run(
            "the United States Postal Service said",
            "United States Postal Service",
            ORG,
        );
        assert_eq!(got, vec![("United States Postal Service".into(), ORG)]);
    }

    #[test]
    fn organisation_then_person() {
        let got = run(
            "said Refugee Council Enver Solomon today",
            "Refugee Council Enver Solomon",
            ORG,
        );
        assert_eq!(
            got,
            vec![
                ("Refugee Council".into(), ORG),
                ("Enver Solomon".into(), PERSON)
            ]
        );
        let got = run(
            "Alvin Yeung of Civic Party won.",
            "Alvin Yeung of Civic Party",
            ORG,
        );
        assert_eq!(
            got,
            vec![("Alvin Yeung".into(), PERSON), ("Civic Party".into(), ORG)]
        );
    }

    #[test]
    fn caption_credit_is_cut() {
        let got = run(
            "Ahmed Mohamed Image: Twitter",
            "Ahmed Mohamed Image",
            PERSON,
        );
        assert_eq!(got, vec![("Ahmed Mohamed".into(), PERSON)]);
        let got = run("The Image Awards", "Image Awards", ORG);
        assert_eq!(got, vec![("Image Awards".into(), ORG)]);
    }

    #[test]
    fn organisations_keep_of() {
        let got = run(
            "the Virginia Museum of Fine Arts",
            "Virginia Museum of Fine Arts",
            ORG,
        );
        assert_eq!(got, vec![("Virginia Museum of Fine Arts".into(), ORG)]);
        let got = run("the Bank of England said", "Bank of England", ORG);
        assert_eq!(got, vec![("Bank of England".into(), ORG)]);
        let got = run(
            "at Georgetown University today",
            "Georgetown University",
            ORG,
        );
        assert_eq!(got, vec![("Georgetown University".into(), ORG)]);
    }
}
