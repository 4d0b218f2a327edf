//! Names the tagger cut at "of", "for" or "People's": "State Railway" + "of" +
//! "Thailand" is one name, "State Railway of Thailand"; "Korean People" + "'s"
//! + "Army" is "Korean People's Army".
//!
//! The model reads each side as a name of its own when it has seen few long
//! names of the kind. News conventions (and the gold data) take the whole
//! phrase: the head word before "of" says what it is ("Ministry of Defence",
//! "Republic of Korea", "East Riding of Yorkshire"). So two names join when:
//! - the first ends in a word that heads organisation or place names (an
//!   organisation or place cue of the lists, a facility word, or a kind of
//!   state: "Republic", "City", "Riding"), and "of" (or "of the") joins it to
//!   a name that is not a person: "City of Brampton", "National Museum of
//!   the U.S. Air Force"; "for" joins after an organisation word only
//!   ("Andy Warhol Foundation for the Visual Arts"); a person stays apart ("Museum" of "Andy Warhol" is
//!   not written that way, "Fellow of All Souls College" never is one name
//!   because "Fellow" is no head word);
//! - the first ends in "People", "Women", "Children" or "Workers" written
//!   with a possessive, and a name or a head word follows: "New People's
//!   Party", "People's Republic of China", "Women's Aid".
//!
//! A name already qualified by a place does not take a second one: in
//! "Colorado State University of the US", "of the US" says where it is.
//!
//! The joined name is an organisation or a place as its head word says, and
//! otherwise keeps the first name's type.

use super::flat::Sentences;
use super::gazetteer::{Gazetteer, List};
use super::{hash, name_starting_at, ontonotes, Coarse};
use crate::text::span::Span;

const PERSON: usize = 0;
const ORG: usize = 1;
const PLACE: usize = 2;

/// Kinds of state and district that head a place name before "of" and that
/// the place-cue list (a model feature, fixed with the weights) lacks.
const STATE_KINDS: &[&str] = &[
    "Republic",
    "Kingdom",
    "City",
    "Riding",
    "Municipality",
    "Borough",
    "Commonwealth",
    "Emirate",
    "Principality",
    "Duchy",
    "Territory",
    "Isle",
    "Prefecture",
    "Oblast",
];

/// Heads of organisation names that the organisation cue list lacks: armed
/// forces, railways, governments.
const ORG_HEADS: &[&str] = &[
    "Army",
    "Navy",
    "Forces",
    "Guard",
    "Corps",
    "Militia",
    "Railway",
    "Railways",
    "Government",
    "Senate",
    "Cabinet",
];

/// Plural nouns that organisation names hold in the possessive.
const POSSESSIVE_PLURALS: &[&str] = &["People", "Women", "Children", "Workers"];

/// The type a name headed by `word` has, if `word` heads names at all.
pub(super) fn head_type(gaz: &Gazetteer, word: &str) -> Option<usize> {
    if STATE_KINDS.contains(&word) {
        return Some(PLACE);
    }
    if ORG_HEADS.contains(&word) {
        return Some(ORG);
    }
    let lists = gaz.lookup_one(hash::lower(word));
    if lists & List::OrgCue.begin_bit() != 0 {
        Some(ORG)
    } else if lists & List::LocCue.begin_bit() != 0 || ontonotes::is_facility_word(word) {
        Some(PLACE)
    } else {
        None
    }
}

/// Whether `name` is a listed country, city or region, or a nationality.
fn is_place(gaz: &Gazetteer, name: &str) -> bool {
    let places = List::Country.begin_bit()
        | List::City.begin_bit()
        | List::Region.begin_bit()
        | List::Demonym.begin_bit();
    gaz.lookup(name) & places != 0
}

fn first_word(name: &str) -> &str {
    name.split(' ').next().unwrap_or(name)
}

fn last_word(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

/// Applies the joins; names stay sorted by position.
pub fn apply(
    text: &str,
    sentences: &Sentences,
    gaz: &Gazetteer,
    names: Vec<Coarse>,
) -> Vec<Coarse> {
    let tokens = sentences.tokens();
    let word = |k: usize| sentences.word(text, k);
    let mut out: Vec<Coarse> = Vec::with_capacity(names.len());
    let mut i = 0;
    while i < names.len() {
        let mut c = names[i];
        i += 1;
        // join as many times as the phrase allows: "People's" + "Republic" + "of China"
        while c.ty != PERSON {
            let Some(end) = sentences.ending_at(c.span.end) else {
                break;
            };
            if sentences.starts_sentence(end + 1) {
                break;
            }
            let last = last_word(c.span.slice(text));
            let joiner = word(end + 1);
            let joined = if joiner == "of" || joiner == "for" {
                let b = if word(end + 2) == "the" && !sentences.starts_sentence(end + 2) {
                    end + 3
                } else {
                    end + 2
                };
                // "for" joins organisations only: "Foundation for the Visual Arts"
                let head = head_type(gaz, last).filter(|&ty| joiner == "of" || ty == ORG);
                head.and_then(|ty| {
                    let next = tokens.get(b).filter(|_| !sentences.starts_sentence(b))?;
                    let k = name_starting_at(&names, next.0).filter(|&k| k >= i)?;
                    let b_name = names[k].span.slice(text);
                    let placed =
                        is_place(gaz, first_word(c.span.slice(text))) && is_place(gaz, b_name);
                    (names[k].ty != PERSON && !placed).then_some((k, names[k].span.end, ty))
                })
            } else if matches!(word(end + 1), "'s" | "’s") && POSSESSIVE_PLURALS.contains(&last) {
                let next = tokens
                    .get(end + 2)
                    .filter(|_| !sentences.starts_sentence(end + 2));
                next.and_then(|&(a, b)| match name_starting_at(&names, a) {
                    Some(k) if k >= i && names[k].ty != PERSON => {
                        let head = last_word(names[k].span.slice(text));
                        Some((
                            k,
                            names[k].span.end,
                            head_type(gaz, head).unwrap_or(names[k].ty),
                        ))
                    }
                    Some(_) => None,
                    // an untagged head word: "New People's Party"
                    None => head_type(gaz, &text[a..b]).map(|ty| (i - 1, b, ty)),
                })
            } else {
                None
            };
            let Some((k, end_byte, ty)) = joined else {
                break;
            };
            c = Coarse {
                span: Span::new(c.span.start, end_byte),
                ty,
                confidence: c.confidence.min(names[k].confidence),
            };
            i = i.max(k + 1);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::pass_testing::{one, run_pass};
    use super::*;

    const MISC: usize = 3;

    fn joined(text: &str, parts: &[(&str, usize)]) -> Vec<(String, usize)> {
        run_pass(text, parts, apply)
    }

    #[test]
    fn a_head_word_joins_the_name_after_of() {
        let t = "It is run by the State Railway of Thailand.";
        let got = joined(t, &[("State Railway", PLACE), ("Thailand", PLACE)]);
        assert_eq!(got, one("State Railway of Thailand", ORG));
        let t = "He lives in the City of Brampton now.";
        let got = joined(t, &[("City", PLACE), ("Brampton", PLACE)]);
        assert_eq!(got, one("City of Brampton", PLACE));
        let t = "A trainer for the National Museum of the U.S. Air Force at Dayton.";
        let got = joined(t, &[("National Museum", PLACE), ("U.S. Air Force", ORG)]);
        assert_eq!(got, one("National Museum of the U.S. Air Force", PLACE));
    }

    #[test]
    fn for_joins_after_an_organisation_word() {
        let t = "A gift of the Andy Warhol Foundation for the Visual Arts in 2007.";
        let got = joined(t, &[("Andy Warhol Foundation", ORG), ("Visual Arts", ORG)]);
        assert_eq!(got, one("Andy Warhol Foundation for the Visual Arts", ORG));
        // not after a place word: "a Tower for the Arts" is rare, "Square for Ukraine" common
        let t = "They gathered in Trafalgar Square for Ukraine on Sunday.";
        let parts = [("Trafalgar Square", PLACE), ("Ukraine", PLACE)];
        assert_eq!(joined(t, &parts).len(), 2);
        // nor after a person
        let t = "He voted Donald Trump for President last time.";
        let parts = [("Donald Trump", PERSON), ("President", ORG)];
        assert_eq!(joined(t, &parts).len(), 2);
    }

    #[test]
    fn possessive_plurals_join_what_follows() {
        let t = "Commanders of the Korean People's Army were sent.";
        let got = joined(t, &[("Korean People", ORG), ("Army", ORG)]);
        assert_eq!(got, one("Korean People's Army", ORG));
        let t = "Eunice Yung of New People's Party won.";
        let got = joined(t, &[("New People", PLACE)]);
        assert_eq!(got, one("New People's Party", ORG));
        // a chain: possessive, then "of"
        let t = "It was shot in the People's Republic of China last year.";
        let got = joined(
            t,
            &[("People", PLACE), ("Republic", PLACE), ("China", PLACE)],
        );
        assert_eq!(got, one("People's Republic of China", PLACE));
    }

    #[test]
    fn other_names_stay_apart() {
        // no head word before "of"
        let t = "He is a Fellow of All Souls College at Oxford.";
        let parts = [("Fellow", ORG), ("All Souls College", ORG)];
        assert_eq!(joined(t, &parts).len(), 2);
        // a person after "of", or a person before it
        let t = "The Ministry of John Smith and Smith of Acme Corp met.";
        let parts = [
            ("Ministry", ORG),
            ("John Smith", PERSON),
            ("Acme Corp", ORG),
        ];
        assert_eq!(joined(t, &parts).len(), 3);
        let t = "Alvin Yeung of Civic Party spoke.";
        let parts = [("Alvin Yeung", PERSON), ("Civic Party", ORG)];
        assert_eq!(joined(t, &parts).len(), 2);
        // a name that starts with a place before a place
        let t = "Scientists at Colorado State University of the US said so.";
        let parts = [("Colorado State University", ORG), ("US", PLACE)];
        assert_eq!(joined(t, &parts).len(), 2);
        // a word between the names, or a possessive that is not a plural noun
        let t = "The Museum of modern Flight and Britain's Royal Navy.";
        let parts = [
            ("Museum", PLACE),
            ("Flight", MISC),
            ("Britain", PLACE),
            ("Royal Navy", ORG),
        ];
        assert_eq!(joined(t, &parts).len(), 4);
        // a possessive plural before a plain word
        let t = "The Women's march and the People's choice.";
        let parts = [("Women", ORG), ("People", ORG)];
        assert_eq!(joined(t, &parts).len(), 2);
    }
}
