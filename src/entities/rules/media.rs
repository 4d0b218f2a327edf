//! Newspapers, magazines and news services: "told The Huffington Post",
//! "according to LA Weekly", "Medical Journal", "BBC News", "Toronto Star".
//!
//! Fact-checkers need the outlet a source spoke to. The model often misses
//! an outlet it never saw, or keeps only its first word ("BBC" of "BBC News").
//! A run of capitalised words (with "and" or "&" inside: "Globe and Mail") that ends in a publication word is one ORG. A leading "The" stays
//! out; a common word that only has its capital from starting the sentence
//! ("Yesterday Fox News said") stays out unless the model read it as part of
//! a name ("New York Times").

use super::super::gazetteer::{Gazetteer, List};
use super::{mention, replace_all, NameMention, Sentences};
use crate::entities::common_words::is_common_word;
use crate::text::span::Span;
use crate::text::word_shapes::FixedWords;

/// Last words of publication names (capitalised, as written in a name).
const PUBLICATION: [&str; 15] = [
    "News",
    "Post",
    "Times",
    "Journal",
    "Herald",
    "Weekly",
    "Gazette",
    "Tribune",
    "Telegraph",
    "Chronicle",
    "Magazine",
    "Mail",
    "Observer",
    "Press",
    "Daily",
];

/// Last words of newspaper names that are also plain nouns ("Star", "Sun"):
/// a publication only right after a listed place ("Toronto Star", "Edmonton
/// Sun", "Boston Globe"), never after other words ("Death Star", "Morning Sun").
const CITY_PAPERS: [&str; 13] = [
    "Star",
    "Sun",
    "Globe",
    "Mirror",
    "Standard",
    "Examiner",
    "Inquirer",
    "Enquirer",
    "Courier",
    "Bulletin",
    "Sentinel",
    "Dispatch",
    "Advertiser",
];

// Both lists as asked about every capitalised word (see FixedWords).
static PUBLICATIONS: FixedWords = FixedWords::new(&PUBLICATION);
static CITY_PAPER_WORDS: FixedWords = FixedWords::new(&CITY_PAPERS);

/// Whether the one to three words before token `end` of `sent` are a listed
/// country, city or region.
fn place_before(text: &str, sent: &[(usize, usize)], end: usize) -> bool {
    let gaz = Gazetteer::get();
    let places = List::Country.begin_bit() | List::City.begin_bit() | List::Region.begin_bit();
    (1..=3.min(end)).any(|n| gaz.lookup(&text[sent[end - n].0..sent[end - 1].1]) & places != 0)
}

/// Words that may join the parts of a publication's name ("Globe and Mail").
const CONNECTORS: [&str; 2] = ["and", "&"];

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a name holding the word at byte `at` reaches on to byte `to`.
fn name_goes_past(names: &[NameMention], at: usize, to: usize) -> bool {
    let k = names.partition_point(|n| n.span.start <= at);
    k > 0 && names[k - 1].span.end >= to
}

/// Longest publication name looked for, in words on either side of the
/// publication word: bounds the walks, so the pass stays linear however long
/// a run of capitalised words is.
const MAX_WORDS: usize = 8;

pub fn apply(text: &str, sentences: &Sentences, names: &mut Vec<NameMention>) {
    let mut found = Vec::new();
    for sent in sentences {
        let word = |i: usize| &text[sent[i].0..sent[i].1];
        // first token not yet inside a name found in this sentence
        let mut free = 0;
        for end in 0..sent.len() {
            // Cheapest test first: most words are no publication word, and
            // the lists are compared word by word.
            if end < free {
                continue;
            }
            // every listed word is capitalised: most words end at one byte
            let w = word(end);
            let publication = w.starts_with(|c: char| c.is_ascii_uppercase())
                && (PUBLICATIONS.contains(w)
                    || (CITY_PAPER_WORDS.contains(w) && place_before(text, sent, end)));
            if !publication || (end + 1 < sent.len() && PUBLICATIONS.contains(word(end + 1))) {
                continue;
            }
            // The model's name goes on past the word: "Korean Central News Agency".
            if end + 1 < sent.len()
                && capitalised(word(end + 1))
                && name_goes_past(names, sent[end].0, sent[end + 1].1)
            {
                continue;
            }
            // Walk left over capitalised words and inner connectors.
            let floor = free.max(end.saturating_sub(MAX_WORDS));
            let mut start = end;
            while start > floor {
                let w = word(start - 1);
                if w == "The" {
                    break;
                }
                if capitalised(w) {
                    start -= 1;
                } else if CONNECTORS.contains(&w)
                    && start - 1 > floor
                    && capitalised(word(start - 2))
                {
                    start -= 2;
                } else {
                    break;
                }
            }
            // A connector or "The" never starts the name.
            while start < end && (CONNECTORS.contains(&word(start)) || word(start) == "The") {
                start += 1;
            }
            let model_took_it = super::starting_at(names, sent[0].0).is_some();
            if start == 0 && start < end && is_common_word(word(0)) && !model_took_it {
                start += 1;
            }
            if end - start < 1 {
                continue;
            }
            // "… Journal of Australia", "… Journal of the American Medical Association".
            let mut last = end;
            if end + 2 < sent.len() && word(end + 1) == "of" {
                let mut k = end + 2;
                if word(k) == "the" && k + 1 < sent.len() {
                    k += 1;
                }
                while k < sent.len().min(end + 2 + MAX_WORDS) && capitalised(word(k)) {
                    last = k;
                    k += 1;
                }
            }
            found.push(mention(Span::new(sent[start].0, sent[last].1), "ORG", 0.85));
            free = last + 1;
        }
    }
    replace_all(names, found);
}

#[cfg(test)]
mod tests {
    use super::super::testing::{has, names};

    #[test]
    fn outlets() {
        for (t, outlet) in [
            (
                "As Heald told The Huffington Post, ozone has dropped.",
                "Huffington Post",
            ),
            (
                "Whitmore told LA Weekly that the case was closed.",
                "LA Weekly",
            ),
            (
                "Matthew Ingram of The Globe and Mail dubbed it a war.",
                "Globe and Mail",
            ),
            (
                "Officials tell BBC News every claim will be assessed.",
                "BBC News",
            ),
            (
                "The New York Times reported the deal on Friday.",
                "New York Times",
            ),
            ("Yesterday Fox News said the vote was close.", "Fox News"),
            (
                "It was first reported by the Toronto Star on Friday.",
                "Toronto Star",
            ),
            ("He wrote for the Edmonton Sun for years.", "Edmonton Sun"),
            (
                "The study was published in the Medical Journal of Australia this week.",
                "Medical Journal of Australia",
            ),
        ] {
            assert!(has(t, outlet, "ORG"), "{t}: {:?}", names(t));
        }
    }

    #[test]
    fn a_longer_name_the_model_read_is_not_cut_at_the_publication_word() {
        let t = "Quoting the main news agency Korean Central News Agency (KCNA), Yonhap said so.";
        assert!(
            has(t, "Korean Central News Agency", "ORG"),
            "{t}: {:?}",
            names(t)
        );
        assert!(!has(t, "Korean Central News", "ORG"), "{t}: {:?}", names(t));
    }

    #[test]
    fn every_listed_word_starts_with_an_ascii_capital() {
        for w in super::PUBLICATION.iter().chain(&super::CITY_PAPERS) {
            assert!(w.starts_with(|c: char| c.is_ascii_uppercase()), "{w}");
        }
    }

    #[test]
    fn not_outlets() {
        for t in [
            "The news was good for the markets.",
            "He went to the post office on Monday.",
            "Good News is the name of the hymn he sang.",
        ] {
            assert!(
                !names(t).iter().any(|(n, l)| *l == "ORG"
                    && (n == "News" || n.ends_with(" News") && n.starts_with("Good"))),
                "{t}: {:?}",
                names(t)
            );
        }
        // A single publication word is not a name.
        let t = "Times have changed since the war.";
        assert!(!has(t, "Times", "ORG"), "{:?}", names(t));
        // A plain noun after words that are no place.
        for (t, n) in [
            ("The Death Star was destroyed.", "Death Star"),
            ("They sang of the Morning Sun in Tokyo.", "Morning Sun"),
        ] {
            assert!(!has(t, n, "ORG"), "{t}: {:?}", names(t));
        }
    }
}
