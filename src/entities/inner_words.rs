//! Names hold no ordinary lower-case words.
//!
//! The tagger sometimes runs a name over plain words, most often at the start
//! of a quotation where the first word is capitalised: “Like many Texans, …”
//! came out as one ORG. A name's lower-case words are connectors ("of", "the",
//! "and", "de", "von", "bin") and nothing else, so a name is cut at any other
//! lower-case word; of the capitalised runs left, those that are common words
//! standing alone ("Like") are dropped, the rest stay names, and a run that is
//! a listed nationality ("Americans") becomes one.

use super::flat::Sentences;
use super::gazetteer::{Gazetteer, List};
use super::Coarse;
use crate::text::span::Span;

const MISC: usize = 3;

/// Lower-case words found inside names.
const CONNECTORS: [&str; 26] = [
    "of", "the", "and", "for", "de", "da", "del", "della", "di", "du", "des", "la", "le", "von",
    "van", "der", "den", "bin", "ibn", "al", "el", "y", "e", "at", "on", "upon",
];

/// A word with letters, all of them lower-case, that is not a connector.
fn plain_word(w: &str) -> bool {
    w.chars().any(char::is_alphabetic)
        && w.chars().all(|c| !c.is_alphabetic() || c.is_lowercase())
        && !w.starts_with('\'')
        && !w.starts_with('’')
        && !CONNECTORS.contains(&w)
}

/// Cuts names at plain lower-case words; names stay sorted by position.
pub fn apply(
    text: &str,
    sentences: &Sentences,
    gaz: &Gazetteer,
    names: Vec<Coarse>,
) -> Vec<Coarse> {
    let tokens = sentences.tokens();
    let word = |i: usize| sentences.word(text, i);
    let mut out = Vec::with_capacity(names.len());
    for c in names {
        let first = sentences.first_starting_from(c.span.start);
        let end = sentences.first_ending_after(c.span.end);
        if end <= first || !(first..end).any(|k| plain_word(word(k))) {
            out.push(c);
            continue;
        }
        let mut k = first;
        while k < end {
            if plain_word(word(k)) {
                k += 1;
                continue;
            }
            let mut j = k;
            while j < end && !plain_word(word(j)) {
                j += 1;
            }
            // trim connectors off both ends of the run
            let (mut a, mut b) = (k, j);
            while a < b && CONNECTORS.contains(&word(a)) {
                a += 1;
            }
            while b > a && CONNECTORS.contains(&word(b - 1)) {
                b -= 1;
            }
            if b > a && !(b == a + 1 && super::common_words::is_common_word(word(a))) {
                let span = Span::new(tokens[a].0, tokens[b - 1].1);
                let lists = gaz.lookup(span.slice(text));
                let nationality = lists & (List::Demonym.begin_bit() | List::Norp.begin_bit()) != 0;
                out.push(Coarse {
                    span,
                    ty: if nationality { MISC } else { c.ty },
                    ..c
                });
            }
            k = j;
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
    fn a_name_is_cut_at_plain_words() {
        let got = run(
            "\"Like many Americans, I am sad.\"",
            "Like many Americans",
            1,
        );
        assert_eq!(got, vec![("Americans".to_string(), MISC)]);
        let got = run("Met Smith told Jones yesterday", "Smith told Jones", 0);
        assert_eq!(
            got,
            vec![("Smith".to_string(), 0), ("Jones".to_string(), 0)]
        );
    }

    #[test]
    fn connectors_stay_inside() {
        for (name, ty) in [
            ("Bank of England", 1),
            ("Charles de Gaulle", 0),
            ("University of North Carolina at Greensboro", 1),
            ("Ludwig van Beethoven", 0),
            ("Korean People's Army", 1),
            ("Suleiman al-Amr", 0),
        ] {
            let text = format!("They met {name} today.");
            assert_eq!(run(&text, name, ty), vec![(name.to_string(), ty)]);
        }
    }
}
