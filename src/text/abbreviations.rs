//! Abbreviations that take a final period, and the words that start sentences.
//!
//! A period after a word usually ends a sentence; after an abbreviation it
//! usually does not. Which abbreviations a news text uses is a closed, small
//! set, so it is kept here as data, grouped by how the abbreviation behaves at
//! a possible sentence end (its [`Abbrev`] class). Initials ("F.") and dotted
//! initialisms ("U.S.", "a.m.") are recognised by shape in the tokenizer and
//! behave like [`Abbrev::MayEnd`] unless listed here.

use foldhash::{HashMap, HashSet};
use std::sync::OnceLock;

/// How an abbreviation behaves when its period could also end a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abbrev {
    /// Stands before a name or phrase and so never ends a sentence ("Mr. Putin",
    /// "e.g. the", "Trump vs. Biden").
    Leading,
    /// An abbreviation only when a number follows ("No. 5", "Feb. 24", "pp. 12");
    /// otherwise it is an ordinary word and its period may end a sentence ("He said no.").
    BeforeNumber,
    /// Often ends a sentence ("in the U.S. The", "Apple Inc. The"), but more often
    /// runs on ("U.S. President", "Inc. CEO"): the sentence ends only when a word
    /// that typically starts sentences follows ([`is_sentence_starter`]).
    MayEnd,
    /// Closes a list, so a capitalised word after it starts a new sentence ("etc.").
    UsuallyEnds,
}

/// Titles and forms of address: they precede a name, so they never end a sentence.
/// Only in their capitalised (or all-caps) spelling, as "rep." or "gen." in lower
/// case are more likely ordinary truncations.
const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Prof", "Gen", "Lt", "Col",
    "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Brig", "Sgt", "Cpl", "Pvt", "Gov", "Sen", "Sens", "Rep",
    "Reps", "Pres", "Rev", "Hon", "Amb", "Atty", "Supt", "Insp", "Det", "Fr", "Mt", "Ft", "Asst",
    "Assoc",
];

/// Latin and editorial abbreviations that introduce what follows ("e.g. the
/// Kremlin", "Roe v. Wade"): never sentence-final in news prose.
const INTRODUCERS: &[&str] = &[
    "e.g", "i.e", "cf", "viz", "vs", "v", "approx", "esp", "incl", "a.k.a", "resp",
    // Biographical notes of encyclopedia text: "(b. March 2009)", "(m. 1949; div. 1964)".
    "b", "d", "m", "div",
];

/// Abbreviations that only stand before a number: numbering words and the
/// month abbreviations of AP style ("Feb. 24"). Without a digit after them they
/// are read as plain words ("in Feb. The ..." ends a sentence).
const BEFORE_NUMBER: &[&str] = &[
    "No", "Nos", "Nr", "Art", "Fig", "Figs", "Vol", "Vols", "pp", "p", "Ch", "ch", "Sec", "Sect",
    "Para", "Op", "Ex", "ca", "c", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec",
];

/// Company and name suffixes, street words, degrees and units: these end noun
/// phrases, so a sentence can end on them ("sued Apple Inc.", "on Main St.").
const MAY_END: &[&str] = &[
    "Inc", "Corp", "Ltd", "Co", "Bros", "Plc", "Jr", "Sr", "St", "Ave", "Blvd", "Rd", "Ln", "Dept",
    "Univ", "Assn", "Intl", "Govt", "Ph.D", "al", "lbs", "oz", "Esq",
];

/// Abbreviations that close an enumeration.
const USUALLY_ENDS: &[&str] = &["etc"];

/// Capitalised words that typically begin a sentence and rarely continue a name
/// after an abbreviation: determiners, pronouns, conjunctions, prepositions and
/// sentence adverbs. "in the U.S. The president" splits; "U.S. President" does not.
const SENTENCE_STARTERS: &str =
    "A An The This That These Those There Here It Its He She His Her They Their We Our I You \
    Your In On At By For From With Without To As After Before Since When While Where Why How \
    What Who Which If Although Though Because But And Or So Yet However Meanwhile Moreover \
    Still Also Then Now Today Yesterday Some Many Most Several All Both Each Every Other Such \
    According Despite During Under Among Earlier Later Instead Nevertheless Thus Therefore \
    Furthermore Indeed Even Only Not No";

/// Verbs that attribute a quotation. After a quoted question or exclamation,
/// "“Why?” Putin asked." is one sentence, while "“Why?” The question ..." is two.
const SPEECH_VERBS: &str =
    "said says say asked asks ask added adds told tells replied replies wrote writes explained \
    insisted shouted cried called continued noted answered whispered yelled screamed exclaimed \
    demanded wondered tweeted declared announced warned urged recalled laughed sighed muttered \
    howled began started responded protested snapped";

/// The class of `word` (written without its final period), if it is a known abbreviation.
pub fn lookup(word: &str) -> Option<Abbrev> {
    // Longer than any entry: skip the hashing for ordinary words.
    if word.len() > 8 {
        return None;
    }
    table().get(word).copied()
}

/// Every accepted spelling of every entry, built once: the entry itself, its
/// all-caps form ("MR", "INC"), and for lower-case entries of two letters or
/// more the sentence-initial form ("Etc", "Approx"). Single letters match only
/// as written: "b." is "born", "B." an initial.
fn table() -> &'static HashMap<String, Abbrev> {
    static TABLE: OnceLock<HashMap<String, Abbrev>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let groups = [
            (INTRODUCERS, Abbrev::Leading),
            (BEFORE_NUMBER, Abbrev::BeforeNumber),
            (MAY_END, Abbrev::MayEnd),
            (USUALLY_ENDS, Abbrev::UsuallyEnds),
            (TITLES, Abbrev::Leading),
        ];
        let mut table = HashMap::default();
        for (list, class) in groups {
            for &entry in list {
                let mut spellings = vec![entry.to_string()];
                if entry.chars().nth(1).is_some() {
                    spellings.push(entry.to_uppercase());
                    if entry.starts_with(char::is_lowercase) && list != TITLES {
                        let mut chars = entry.chars();
                        let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
                        spellings.push(first.unwrap_or_default() + chars.as_str());
                    }
                }
                for spelling in spellings {
                    table.insert(spelling, class);
                }
            }
        }
        table
    })
}

/// Whether `word` is a capitalised word that typically starts a sentence.
pub fn is_sentence_starter(word: &str) -> bool {
    static SET: OnceLock<HashSet<&str>> = OnceLock::new();
    SET.get_or_init(|| SENTENCE_STARTERS.split_whitespace().collect())
        .contains(word)
}

/// Whether `word` is a verb that attributes a quotation ("said", "asked").
pub fn is_speech_verb(word: &str) -> bool {
    static SET: OnceLock<HashSet<&str>> = OnceLock::new();
    SET.get_or_init(|| SPEECH_VERBS.split_whitespace().collect())
        .contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_lead_in_their_capitalised_spellings_only() {
        for w in [
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Gov", "Sen", "Rep",
        ] {
            assert_eq!(lookup(w), Some(Abbrev::Leading), "{w}");
        }
        assert_eq!(lookup("MR"), Some(Abbrev::Leading));
        assert_eq!(lookup("rep"), None);
        assert_eq!(lookup("gen"), None);
    }

    #[test]
    fn introducers_never_end() {
        for w in ["e.g", "i.e", "vs", "v", "cf", "E.g"] {
            assert_eq!(lookup(w), Some(Abbrev::Leading), "{w}");
        }
    }

    #[test]
    fn months_and_numbering_need_a_number() {
        for w in ["Jan", "Feb", "Sept", "Dec", "No", "pp", "Vol"] {
            assert_eq!(lookup(w), Some(Abbrev::BeforeNumber), "{w}");
        }
        assert_eq!(lookup("May"), None, "May is never abbreviated");
        assert_eq!(lookup("jan"), None);
    }

    #[test]
    fn company_and_name_suffixes_may_end() {
        for w in ["Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "St", "Ph.D", "INC"] {
            assert_eq!(lookup(w), Some(Abbrev::MayEnd), "{w}");
        }
        assert_eq!(lookup("etc"), Some(Abbrev::UsuallyEnds));
        assert_eq!(lookup("Etc"), Some(Abbrev::UsuallyEnds));
    }

    #[test]
    fn ordinary_words_are_not_abbreviations() {
        for w in ["Putin", "said", "Russia", "", "M", "Incorporated", "US"] {
            assert_eq!(lookup(w), None, "{w}");
        }
    }

    #[test]
    fn single_letter_entries_match_exactly() {
        assert_eq!(lookup("b"), Some(Abbrev::Leading), "born");
        assert_eq!(lookup("B"), None, "an initial, decided by shape");
        assert_eq!(lookup("p"), Some(Abbrev::BeforeNumber));
        assert_eq!(lookup("P"), None);
    }

    #[test]
    fn speech_verbs() {
        assert!(is_speech_verb("said") && is_speech_verb("asked"));
        assert!(!is_speech_verb("Said") && !is_speech_verb("question"));
    }

    #[test]
    fn sentence_starters_are_case_sensitive() {
        assert!(is_sentence_starter("The"));
        assert!(is_sentence_starter("He"));
        assert!(!is_sentence_starter("the"));
        assert!(!is_sentence_starter("President"));
        assert!(!is_sentence_starter("Army"));
    }
}
