//! Romanised East Asian names: "Leung Kwok-hung", "Yau Wai-ching", "Kim Min-woo".
//! A short capitalised surname followed by a hyphenated given name whose
//! second half is lower-case ("Kwok-hung") is a shape the training data almost
//! never shows, so the tagger stops at the surname or misses the name. This
//! pass extends a PERSON name that stops right before such a given name, and
//! adds the surname + given name pair when no name covers it.

use super::flat::Sentences;
use super::Coarse;
use crate::text::span::Span;
use crate::text::span_index::SpanIndex;
use foldhash::HashMap;

const PERSON: usize = 0;

/// "Kwok-hung", "Chun-yu", "Wai-ching", "Min-Woo": two alphabetic halves of
/// 2–6 letters, the first capitalised, the second lower-case (or capitalised
/// and at most 4 letters, as Korean names are often written).
pub fn is_given_name(word: &str) -> bool {
    // Asked of every token: one opening with an ASCII byte other than a
    // capital (most words, all punctuation) is told by that byte, before the
    // search for a hyphen.
    if word
        .as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return false;
    }
    shaped_like_given_name(word)
}

/// The shape test of [`is_given_name`], without its first-byte shortcut.
fn shaped_like_given_name(word: &str) -> bool {
    let Some((a, b)) = word.split_once('-') else {
        return false;
    };
    let short =
        |s: &str| (2..=6).contains(&s.chars().count()) && s.chars().all(char::is_alphabetic);
    short(a)
        && short(b)
        && a.starts_with(char::is_uppercase)
        && a.chars().skip(1).all(char::is_lowercase)
        && (b.chars().all(char::is_lowercase)
            || b.chars().count() <= 4
                && b.starts_with(char::is_uppercase)
                && b.chars().skip(1).all(char::is_lowercase))
}

/// A one-syllable-ish capitalised surname: "Leung", "Yau", "Wong", "Kim".
fn is_surname(word: &str) -> bool {
    (2..=6).contains(&word.chars().count())
        && word.starts_with(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
}

/// Applies the pass; names stay sorted by position.
pub fn apply(text: &str, sentences: &Sentences, mut names: Vec<Coarse>) -> Vec<Coarse> {
    let tokens = sentences.tokens();
    let word = |i: usize| sentences.word(text, i);
    // The names as an index (ends grow as surnames are extended), and the
    // PERSON names by end: look-ups, not scans of every name per pair.
    let spans: Vec<Span> = names.iter().map(|c| c.span).collect();
    let mut index = SpanIndex::new(&spans);
    let mut person_ending: HashMap<usize, Vec<usize>> = HashMap::default();
    for (k, c) in names.iter().enumerate().filter(|(_, c)| c.ty == PERSON) {
        person_ending.entry(c.span.end).or_default().push(k);
    }
    let mut added = Vec::new();
    for i in 1..tokens.len() {
        if !is_given_name(word(i)) || !is_surname(word(i - 1)) {
            continue;
        }
        let (surname, given) = (tokens[i - 1], tokens[i]);
        let pair = Span::new(surname.0, given.1);
        if index.any_containing(pair) {
            continue;
        }
        // the first PERSON name (in `names` order) ending at the surname
        let first = person_ending.get_mut(&surname.1).and_then(|ks| {
            let at = (0..ks.len()).min_by_key(|&x| ks[x])?;
            Some(ks.swap_remove(at))
        });
        if let Some(k) = first {
            names[k].span.end = given.1; // "Leung" → "Leung Kwok-hung"
            index.extend_end(k, given.1);
            person_ending.entry(given.1).or_default().push(k);
        } else if !index.any_overlapping(pair) {
            added.push(Coarse {
                span: pair,
                ty: PERSON,
                confidence: 0.5,
            });
        }
    }
    names.extend(added);
    crate::sort::by_key(&mut names, |c| c.span);
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency
    proptest::proptest! {
        /// The first-byte test only answers "no" where the full test does.
        #[test]
        fn given_names_as_without_the_first_byte_test(w in "[A-Za-z\\-éÉ'.]{0,9}") {
            proptest::prop_assert_eq!(is_given_name(&w), shaped_like_given_name(&w));
        }
    }
    use crate::entities::tokenize;

    #[test]
    fn given_names() {
        for w in ["Kwok-hung", "Chun-yu", "Wai-ching", "Min-Woo", "Hee-Chan"] {
            assert!(is_given_name(w), "{w}");
        }
        for w in [
            "Procter-Gamble",
            "all-girl",
            "Hewlett-Packard",
            "Re-run1",
            "NATO-led",
        ] {
            assert!(!is_given_name(w), "{w}");
        }
    }

    #[test]
    fn extends_and_adds() {
        let text = "Leung Kwok-hung met Yau Wai-ching.";
        let sentences = tokenize::sentences(text);
        let names = vec![Coarse {
            span: Span::new(0, 5),
            ty: PERSON,
            confidence: 0.9,
        }];
        let out = apply(text, &sentences, names);
        let got: Vec<&str> = out.iter().map(|c| c.span.slice(text)).collect();
        assert_eq!(got, vec!["Leung Kwok-hung", "Yau Wai-ching"]);
    }
}
