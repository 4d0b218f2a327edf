//! Products the words around them name: "the Chrome browser", "IE6 users",
//! "F-16 jets", "S-400 missiles" → PRODUCT.
//!
//! The tagger only knows people, organisations and places, so a product it
//! has never seen comes out as one of those ("Chrome" a person, "IE6" an
//! organisation) or as nothing. A kind-of-product noun right after a run of
//! capitalised words says what the run is. The makers stay organisations:
//! a run the gazetteer lists as an organisation, place or nationality
//! ("Samsung handsets", "Russian drones") is left alone, as is a lone common
//! word ("Internet users", "Cheap drones"). Once a run is a product, its
//! other mentions in the document are too ("IE6 users … stop using IE6").

use super::super::common_words::is_common_word;
use super::super::gazetteer::{Gazetteer, List};
use super::{mention, replace_all, NameMention, Sentences};
use crate::fnv::HashSet;
use crate::text::span::Span;
use crate::text::word_shapes::FixedWords;

/// Nouns that say the capitalised run before them is a product: devices,
/// software and their users ("IE6 users"; "Facebook users" is kept an
/// organisation by the gazetteer).
const DEVICE_NOUNS: [&str; 13] = [
    "browser",
    "browsers",
    "smartphone",
    "smartphones",
    "handset",
    "handsets",
    "headset",
    "headsets",
    "console",
    "consoles",
    "chatbot",
    "chatbots",
    "users",
];

/// Weapons: a product only when the run holds a digit, a model number
/// ("F-16 jets", "S-400 missiles"). Armed groups and forces stand before
/// these nouns as often as models do ("Houthi missiles", "Army tanks"),
/// and neither list knows every group.
const WEAPON_NOUNS: [&str; 13] = [
    "jet",
    "jets",
    "missile",
    "missiles",
    "drone",
    "drones",
    "tank",
    "tanks",
    "launcher",
    "launchers",
    "howitzer",
    "howitzers",
    "aircraft",
];

// Both lists as asked about every lower-case word: comparing each word with
// all 26 nouns was a third of the entity rules' time in wasm.
static DEVICES: FixedWords = FixedWords::new(&DEVICE_NOUNS);
static WEAPONS: FixedWords = FixedWords::new(&WEAPON_NOUNS);

/// Longest run taken, in words ("Internet Explorer 6").
const MAX_WORDS: usize = 4;
const CONFIDENCE: f32 = 0.8;

/// A word that can be part of a product's name: a capital or a digit first
/// ("F-16", "A320", "Sputnik V", "iPhone" with its lower-case "i").
fn name_word(w: &str) -> bool {
    let mut chars = w.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() || c.is_ascii_digit() => true,
        Some('i' | 'e') => chars.next().is_some_and(char::is_uppercase),
        _ => false,
    }
}

/// Whether the gazetteer lists `run` as a maker or a place, or a people.
fn listed(gaz: &Gazetteer, run: &str) -> bool {
    let lists = List::Org.begin_bit()
        | List::Country.begin_bit()
        | List::City.begin_bit()
        | List::Region.begin_bit()
        | List::Demonym.begin_bit()
        | List::Norp.begin_bit();
    gaz.lookup(run) & lists != 0
}

/// Whether word `k` of `sent` cannot be part of a name beside it: not a
/// name word, or a common word opening the sentence ("The", "Cheap").
fn outside_name(text: &str, sent: &[(usize, usize)], k: usize) -> bool {
    let w = &text[sent[k].0..sent[k].1];
    !name_word(w) || (k == 0 && is_common_word(w))
}

pub fn apply(text: &str, sentences: &Sentences, names: &mut Vec<NameMention>) {
    let gaz = Gazetteer::get();
    let mut products: HashSet<&str> = HashSet::default();
    // Every prefix of every product: a run that is a product begins with its
    // first word, so the second sweep looks runs up only where that word is
    // such a prefix, not at every capitalised word (up to four hashed
    // look-ups each). Products are few and short.
    let mut prefixes: HashSet<&str> = HashSet::default();
    for sent in sentences {
        let word = |i: usize| &text[sent[i].0..sent[i].1];
        for i in 1..sent.len() {
            let weapon = WEAPONS.contains(word(i));
            if !weapon && !DEVICES.contains(word(i)) {
                continue;
            }
            let mut start = i;
            while start > 0 && i - start < MAX_WORDS && name_word(word(start - 1)) {
                start -= 1;
            }
            // a capitalised common word opening the sentence is not part of
            // the name ("The Sputnik V vaccine", "Cheap drones")
            if start == 0 && start < i && outside_name(text, sent, 0) {
                start = 1;
            }
            // the name opens with a letter ("10-year-old browser", "#2
            // browser" are not names)
            while start < i && word(start).starts_with(|c: char| c.is_ascii_digit()) {
                start += 1;
            }
            if start == i {
                continue;
            }
            let run = &text[sent[start].0..sent[i - 1].1];
            let one_common_word = start + 1 == i && is_common_word(run);
            let model_number = run.bytes().any(|b| b.is_ascii_digit());
            if !listed(gaz, run)
                && !run.contains(['\'', '’'])
                && !one_common_word
                && (model_number || !weapon)
                && products.insert(run)
            {
                let ends = run.char_indices().skip(1).map(|(k, _)| k);
                prefixes.extend(ends.chain([run.len()]).map(|k| &run[..k]));
            }
        }
    }
    if products.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for sent in sentences {
        let mut i = 0;
        while i < sent.len() {
            let w = &text[sent[i].0..sent[i].1];
            if !name_word(w) || !prefixes.contains(w) {
                i += 1;
                continue;
            }
            let taken = (i + 1..=sent.len().min(i + MAX_WORDS)).rev().find(|&end| {
                products.contains(&text[sent[i].0..sent[end - 1].1])
                    && (i == 0 || outside_name(text, sent, i - 1))
                    && sent
                        .get(end)
                        .map_or(true, |&(a, b)| !name_word(&text[a..b]))
            });
            match taken {
                Some(end) => {
                    let span = Span::new(sent[i].0, sent[end - 1].1);
                    found.push(mention(span, "PRODUCT", CONFIDENCE));
                    i = end;
                }
                None => i += 1,
            }
        }
    }
    replace_all(names, found);
}

#[cfg(test)]
mod tests {
    use super::super::testing::{has, names};

    #[test]
    fn products_before_a_kind_noun() {
        for (t, product) in [
            ("Germany sent F-16 jets and S-400 missiles.", "F-16"),
            ("Germany sent F-16 jets and S-400 missiles.", "S-400"),
            ("Many IE6 users have not upgraded.", "IE6"),
            ("She switched to the Chrome browser last year.", "Chrome"),
            ("He asked the ChatGPT chatbot for help.", "ChatGPT"),
            ("The Galaxy S24 handsets sold well.", "Galaxy S24"),
        ] {
            assert!(has(t, product, "PRODUCT"), "{t}: {:?}", names(t));
        }
    }

    #[test]
    fn kind_nouns_start_lower_case() {
        for n in super::DEVICE_NOUNS.iter().chain(&super::WEAPON_NOUNS) {
            assert!(n.as_bytes()[0].is_ascii_lowercase(), "{n}");
        }
    }

    #[test]
    fn other_mentions_follow() {
        let t = "Microsoft wants IE6 users to move on. Web developers face problems with IE6.";
        let got = names(t);
        let n = got
            .iter()
            .filter(|(n, l)| n == "IE6" && *l == "PRODUCT")
            .count();
        assert_eq!(n, 2, "{got:?}");
        // a longer name holding the product is not cut
        let t = "The Chrome browser is fast. Chrome OS is not.";
        let got = names(t);
        let n = got.iter().filter(|(_, l)| *l == "PRODUCT").count();
        assert_eq!(n, 1, "{got:?}");
    }

    #[test]
    fn makers_and_peoples_are_not_products() {
        for (t, name) in [
            ("Samsung handsets and Apple browsers sold well.", "Samsung"),
            ("Russian drones hit the city.", "Russian"),
            ("Houthi missiles hit a ship.", "Houthi"),
            ("Wagner tanks rolled north.", "Wagner"),
            ("Internet users were angry.", "Internet"),
            ("Google's browser is popular.", "Google"),
            ("Facebook users were angry.", "Facebook"),
        ] {
            assert!(!has(t, name, "PRODUCT"), "{t}: {:?}", names(t));
        }
        let t = "It is a 10-year-old browser, the #2 browser of 2011.";
        assert!(
            !names(t).iter().any(|(_, l)| *l == "PRODUCT"),
            "{:?}",
            names(t)
        );
        let t = "Cheap drones changed the war.";
        assert!(
            !names(t).iter().any(|(_, l)| *l == "PRODUCT"),
            "{:?}",
            names(t)
        );
        let t = "The missiles hit Kyiv.";
        assert!(
            !names(t).iter().any(|(_, l)| *l == "PRODUCT"),
            "{:?}",
            names(t)
        );
    }
}
