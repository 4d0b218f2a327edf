//! Titles that a cue word names: works ("the 1969 film Easy Rider", "her
//! graphic novel Angel Catbird" → WORK_OF_ART), publications ("the magazine
//! MicroMega", "published in journal Nature Climate Change" → ORG) and laws
//! ("the Patriot Act", "the Kyoto Protocol", "the Treaty of Versailles" → LAW).
//!
//! The tagger only knows people, organisations and places, so a title it has
//! never seen comes out as a person ("Easy Rider") or a place. The cue noun
//! before the title, or the law word that ends it, decides instead. A work
//! cue counts only as a noun: after a determiner, a possessive, a year or one
//! word after those ("will play Arsenal" has no title in it).

use super::{mention, replace_all, NameMention, Sentences};
use crate::entities::values::is_calendar_word;
use crate::text::span::Span;
use crate::text::word_shapes::FixedWords;

/// Nouns that introduce the title of a work.
const WORK_CUES: [&str; 18] = [
    "film",
    "movie",
    "novel",
    "book",
    "memoir",
    "biography",
    "album",
    "song",
    "documentary",
    "series",
    "sitcom",
    "play",
    "opera",
    "musical",
    "painting",
    "poem",
    "exhibition",
    "anthem",
];

/// Nouns that introduce the name of a publication (an ORG in OntoNotes).
const PUBLICATION_CUES: [&str; 6] = [
    "journal",
    "magazine",
    "newspaper",
    "tabloid",
    "broadsheet",
    "weekly",
];

/// Words a work cue follows when it is a noun.
const DETERMINERS: [&str; 12] = [
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "'s", "’s",
];

/// Last words of the names of laws and treaties.
const LAW_WORDS: [&str; 6] = [
    "Act",
    "Treaty",
    "Amendment",
    "Accords",
    "Accord",
    "Protocol",
];

// The three cue lists as asked about every word: comparing each word with
// all 30 entries was half of the entity rules' time in wasm (GUM's texts
// joined: this rule 1.9% of the pipeline, the other nine 1.8% together).
static PUBLICATIONS: FixedWords = FixedWords::new(&PUBLICATION_CUES);
static WORKS: FixedWords = FixedWords::new(&WORK_CUES);
static LAWS: FixedWords = FixedWords::new(&LAW_WORDS);

/// Words that may sit inside a title when a capitalised word follows them.
/// Not "in", "at", "from": after a title they mostly open a place or a date
/// ("Angel Catbird in Toronto").
const INNER: [&str; 9] = ["of", "the", "a", "an", "and", "&", "for", "to", "with"];

/// Words that may sit inside the name of a law ("Americans with Disabilities
/// Act", "George Floyd Justice in Policing Act").
const LAW_INNER: [&str; 6] = ["of", "and", "for", "with", "in", "on"];

/// Longest title taken, in words.
const MAX_WORDS: usize = 8;
const CONFIDENCE: f32 = 0.85;

fn capitalised(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn is_year(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
}

pub fn apply(text: &str, sentences: &Sentences, names: &mut Vec<NameMention>) {
    let mut found = Vec::new();
    for sent in sentences {
        let word = |i: usize| &text[sent[i].0..sent[i].1];
        let mut free = 0;
        for i in 0..sent.len() {
            if i < free {
                continue;
            }
            let w = word(i);
            let label = if PUBLICATIONS.contains(w) {
                "ORG"
            } else if WORKS.contains(w) && noun_position(&word, i) {
                "WORK_OF_ART"
            } else if LAWS.contains(w) && i > 0 {
                if let Some(start) = law_start(&word, sent.len(), i) {
                    let end = law_end(&word, sent.len(), i);
                    found.push(mention(
                        Span::new(sent[start].0, sent[end].1),
                        "LAW",
                        CONFIDENCE,
                    ));
                    free = end + 1;
                }
                continue;
            } else {
                continue;
            };
            if let Some(end) = title_end(&word, sent.len(), i + 1) {
                found.push(mention(
                    Span::new(sent[i + 1].0, sent[end].1),
                    label,
                    CONFIDENCE,
                ));
                free = end + 1;
            }
        }
    }
    replace_all(names, found);
}

/// Whether the cue at `i` reads as a noun: right after a determiner or a
/// year, or one word after one ("the 1969 film", "her graphic novel").
fn noun_position<'a>(word: &impl Fn(usize) -> &'a str, i: usize) -> bool {
    let opens =
        |k: usize| DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(word(k))) || is_year(word(k));
    (i >= 1 && opens(i - 1))
        || (i >= 2 && opens(i - 2) && word(i - 1).chars().all(|c| c.is_lowercase() || c == '-'))
}

/// The last word of the title that starts at `first`: a run of capitalised
/// words, with function words inside it, that is not a date ("the film
/// Tuesday" is not one).
fn title_end<'a>(word: &impl Fn(usize) -> &'a str, len: usize, first: usize) -> Option<usize> {
    if first >= len
        || !capitalised(word(first))
        || is_calendar_word(word(first))
        || word(first) == "I"
    {
        return None;
    }
    let mut end = first;
    let mut k = first + 1;
    while k < len && k - first < MAX_WORDS && word(k) != "I" {
        if capitalised(word(k)) {
            end = k;
            k += 1;
        } else if INNER.contains(&word(k)) && k + 1 < len && capitalised(word(k + 1)) {
            k += 1;
        } else {
            break;
        }
    }
    Some(end)
}

/// The first word of a law's name ending at the law word `at` ("Patriot Act",
/// "Affordable Care Act"), or the law word itself when "of" and a name follow
/// ("Treaty of Versailles"). None for a lone "Act" with nothing named.
fn law_start<'a>(word: &impl Fn(usize) -> &'a str, len: usize, at: usize) -> Option<usize> {
    // Not the start of a longer name ("Waitangi Treaty Grounds").
    if at + 1 < len && capitalised(word(at + 1)) {
        return None;
    }
    let mut start = at;
    while start > 0 && at - start < MAX_WORDS {
        if capitalised(word(start - 1)) {
            start -= 1;
        } else if start > 1 && LAW_INNER.contains(&word(start - 1)) && capitalised(word(start - 2))
        {
            start -= 2;
        } else {
            break;
        }
    }
    // A sentence-initial "The" is not part of the name.
    while start < at && matches!(word(start), "The" | "A" | "An") {
        start += 1;
    }
    (start < at || (at + 1 < len && word(at + 1) == "of")).then_some(start)
}

/// The last word of a law's name: "… of 1964", "Treaty of Versailles".
fn law_end<'a>(word: &impl Fn(usize) -> &'a str, len: usize, at: usize) -> usize {
    if at + 2 < len && word(at + 1) == "of" && capitalised(word(at + 2)) {
        title_end(word, len, at + 2).unwrap_or(at)
    } else {
        at
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{has, names};

    #[test]
    fn works_after_a_cue() {
        for (t, title) in [
            (
                "He is famous for his role in the 1969 film Easy Rider.",
                "Easy Rider",
            ),
            (
                "She launched her graphic novel Angel Catbird in Toronto.",
                "Angel Catbird",
            ),
            (
                "He held a copy of the book Blown for Good on Monday.",
                "Blown for Good",
            ),
            (
                "The band played their hit song Bohemian Rhapsody.",
                "Bohemian Rhapsody",
            ),
        ] {
            assert!(has(t, title, "WORK_OF_ART"), "{t}: {:?}", names(t));
        }
    }

    #[test]
    fn publications_after_a_cue() {
        let t = "The study was published in journal Nature Climate Change yesterday.";
        assert!(has(t, "Nature Climate Change", "ORG"), "{:?}", names(t));
        let t = "The secularist magazine MicroMega called it historic.";
        assert!(has(t, "MicroMega", "ORG"), "{:?}", names(t));
    }

    #[test]
    fn laws() {
        for (t, law) in [
            ("Congress renewed the Patriot Act last year.", "Patriot Act"),
            ("The Affordable Care Act survived.", "Affordable Care Act"),
            (
                "It ignored the Civil Rights Act of 1964 entirely.",
                "Civil Rights Act of 1964",
            ),
            (
                "Germany signed the Treaty of Versailles in 1919.",
                "Treaty of Versailles",
            ),
            (
                "Japan hosted talks on the Kyoto Protocol.",
                "Kyoto Protocol",
            ),
            (
                "It is stronger than the Americans with Disabilities Act, many say.",
                "Americans with Disabilities Act",
            ),
        ] {
            assert!(has(t, law, "LAW"), "{t}: {:?}", names(t));
        }
    }

    #[test]
    fn not_titles() {
        // A verb, a date after the cue, a lower-case word, a lone law word.
        for t in [
            "England will play Arsenal on Sunday.",
            "The film Tuesday drew a crowd.",
            "The film industry in Mumbai is booming.",
            "Act now, the minister told Parliament.",
            "The new law is an act of war, Putin said.",
            "It is one of the Waitangi Treaty Grounds in New Zealand.",
            "In the second book I made another experiment.",
            "It has the city's single Michelin-rated restaurant.",
        ] {
            assert!(
                names(t)
                    .iter()
                    .all(|(_, l)| *l != "WORK_OF_ART" && *l != "LAW"),
                "{t}: {:?}",
                names(t)
            );
        }
        let t = "England will play Arsenal on Sunday.";
        assert!(!has(t, "Arsenal", "WORK_OF_ART"), "{:?}", names(t));
    }
}
