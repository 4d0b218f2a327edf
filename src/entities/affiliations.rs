//! A person's affiliation is an organisation: "Cheng Chung-tai of Civic
//! Passion", "Leung Kwok-hung of LSD", "Nick Rhodes of Duran Duran", "DAB's
//! Elizabeth Quat".
//!
//! News introduces politicians, players and musicians by their party, club or
//! band, and those names are new to the tagger, which guesses a place or a
//! person from their shape. After a person's name and "of" (or before "'s" and
//! a person's name) a name that is not a listed place is an organisation, and
//! an untagged acronym there ("LSD", "FTU") is one too. Listed places stay
//! places ("Jan Smith of Chicago"), and so does a name followed by a comma and
//! a listed place ("Ann Lee of Irving, Texas").

use super::flat::Sentences;
use super::gazetteer::{Gazetteer, List};
use super::hash;
use super::{name_starting_at, Coarse};
use crate::text::span::Span;

const PERSON: usize = 0;
const ORG: usize = 1;
/// Confidence of an acronym found this way.
const CONFIDENCE: f32 = 0.8;

fn is_acronym(w: &str) -> bool {
    (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

fn is_place(gaz: &Gazetteer, name: &str) -> bool {
    let places = List::Country.begin_bit() | List::City.begin_bit() | List::Region.begin_bit();
    gaz.lookup(name) & places != 0
}

/// Applies the rule; names stay sorted by position.
pub fn apply(
    text: &str,
    sentences: &Sentences,
    gaz: &Gazetteer,
    mut names: Vec<Coarse>,
) -> Vec<Coarse> {
    let tokens = sentences.tokens();
    let word = |i: usize| sentences.word(text, i);
    let mut retype = Vec::new();
    let mut added = Vec::new();
    for (n, c) in names.iter().enumerate() {
        if c.ty != PERSON {
            continue;
        }
        let end = sentences.first_ending_after(c.span.end);
        // PERSON [,] of [the] NAME
        let mut k = end + usize::from(word(end) == ",");
        if word(k) == "of" {
            k += 1 + usize::from(word(k + 1) == "the");
            if let Some(m) = name_starting_at(&names, tokens.get(k).map_or(usize::MAX, |t| t.0)) {
                let other = &names[m];
                let first_word = word(k);
                let other_end = sentences.first_ending_after(other.span.end);
                let then_place = word(other_end) == "," && is_place(gaz, word(other_end + 1));
                let listed_person = other.ty == PERSON
                    && gaz.lookup_one(hash::lower(first_word)) & List::FirstName.begin_bit() != 0;
                if other.ty != ORG
                    && !is_place(gaz, other.span.slice(text))
                    && !then_place
                    && !listed_person
                {
                    retype.push(m);
                }
            } else if is_acronym(word(k)) && !is_place(gaz, word(k)) {
                added.push(Span::new(tokens[k].0, tokens[k].1));
            }
        }
        // ACRONYM 's PERSON
        let before = sentences.first_starting_from(c.span.start);
        if before >= 2 && matches!(word(before - 1), "'s" | "’s") {
            let w = word(before - 2);
            if is_acronym(w) && !is_place(gaz, w) {
                match name_starting_at(&names, tokens[before - 2].0) {
                    Some(m) if n != m => retype.push(m),
                    Some(_) => {}
                    None => added.push(Span::new(tokens[before - 2].0, tokens[before - 2].1)),
                }
            }
        }
    }
    for m in retype {
        names[m].ty = ORG;
    }
    if !added.is_empty() {
        crate::sort::by_key(&mut added, |s| s.start);
        added.dedup();
        names.extend(added.into_iter().map(|span| Coarse {
            span,
            ty: ORG,
            confidence: CONFIDENCE,
        }));
        crate::sort::by_key(&mut names, |c| c.span.start);
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::pass_testing::run_pass;

    fn run(text: &str, parts: &[(&str, usize)]) -> Vec<(String, usize)> {
        run_pass(text, parts, apply)
    }

    #[test]
    fn affiliations_are_organisations() {
        let t = "Cheng Chung-tai of Civic Passion won.";
        let got = run(t, &[("Cheng Chung-tai", PERSON), ("Civic Passion", 2)]);
        assert_eq!(got[1], ("Civic Passion".into(), ORG));
        let t = "Raymond Chan of People Power and Leung Kwok-hung of LSD won.";
        let got = run(
            t,
            &[
                ("Raymond Chan", PERSON),
                ("People Power", PERSON),
                ("Leung Kwok-hung", PERSON),
            ],
        );
        assert_eq!(got[1], ("People Power".into(), ORG));
        assert_eq!(got[3], ("LSD".into(), ORG));
        let t = "Pro-Beijing DAB's Starry Lee was elected.";
        let got = run(t, &[("Starry Lee", PERSON)]);
        assert_eq!(got[0], ("DAB".into(), ORG));
    }

    #[test]
    fn places_and_people_stay() {
        let t = "Jan Smith of Chicago won.";
        let got = run(t, &[("Jan Smith", PERSON), ("Chicago", 2)]);
        assert_eq!(got[1], ("Chicago".into(), 2));
        let t = "Ann Lee of Irving, Texas, won.";
        let got = run(t, &[("Ann Lee", PERSON), ("Irving", 2)]);
        assert_eq!(got[1], ("Irving".into(), 2));
        let t = "Catherine Parr of Mary Tudor's court.";
        let got = run(t, &[("Catherine Parr", PERSON), ("Mary Tudor", PERSON)]);
        assert_eq!(got[1], ("Mary Tudor".into(), PERSON));
        let t = "the US's John Kerry said";
        let got = run(t, &[("John Kerry", PERSON)]);
        assert_eq!(got.len(), 1);
    }
}
