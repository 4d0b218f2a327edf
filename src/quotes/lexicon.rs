//! The word lists of the quotation layer: plain-text files under
//! `data/quotes/`, embedded at compile time and parsed once.
//!
//! Keeping them as data (one entry a line, `#` comments saying why) lets a
//! reviewer read and extend them without touching the rules.

use crate::fnv::HashSet;
use crate::text::word_shapes::Shapes;
use std::sync::OnceLock;

/// Every lexicon the layer consults, as lowercased word sets (FNV-hashed: the
/// rules look several up for every token).
#[derive(Debug)]
pub(crate) struct Lexicons {
    /// Every form of every speech verb ("said", "tweeting").
    pub speech_verbs: HashSet<String>,
    /// The shapes of the ASCII speech verb forms, to turn most other words
    /// away before a set look-up.
    pub speech_verb_shapes: Shapes,
    /// The base forms of the speech verbs ("say", "claim"), which double as nouns.
    pub speech_lemmas: HashSet<String>,
    /// Titles stripped from names ("mr", "ambassador").
    pub titles: HashSet<String>,
    /// Head nouns of unnamed sources ("officials", "source").
    pub unnamed_heads: HashSet<String>,
    /// Common nouns that may speak ("ministry", "police").
    pub speaker_nouns: HashSet<String>,
    /// Capitalised words that never start a name ("However", "Monday").
    pub name_stopwords: HashSet<String>,
    /// Verbs that name things ("named", "dubbed").
    pub naming_verbs: HashSet<String>,
    /// Speech verbs that cue speech only right next to a quotation ("continued").
    pub weak_verbs: HashSet<String>,
    /// Words that make a name an organisation's ("Ministry", "Herald").
    pub org_words: HashSet<String>,
}

/// The words of a lexicon file: comments (`#` to the end of the line) and
/// blank lines skipped, every remaining blank-separated word lowercased.
pub(crate) fn words(source: &str) -> HashSet<String> {
    source
        .lines()
        .map(|line| line.split('#').next().unwrap_or(""))
        .flat_map(str::split_whitespace)
        .map(str::to_lowercase)
        .collect()
}

/// The lexicons, parsed on first use.
pub(crate) fn get() -> &'static Lexicons {
    static LEX: OnceLock<Lexicons> = OnceLock::new();
    LEX.get_or_init(|| {
        let speech_verbs = words(include_str!("../../data/quotes/speech_verbs.txt"));
        Lexicons {
            speech_verb_shapes: Shapes::of(&speech_verbs),
            speech_verbs,
            speech_lemmas: speech_verb_lemmas()
                .into_iter()
                .map(str::to_string)
                .collect(),
            titles: words(include_str!("../../data/quotes/titles.txt")),
            unnamed_heads: words(include_str!("../../data/quotes/unnamed_heads.txt")),
            speaker_nouns: words(include_str!("../../data/quotes/speaker_nouns.txt")),
            name_stopwords: words(include_str!("../../data/quotes/name_stopwords.txt")),
            naming_verbs: words(include_str!("../../data/quotes/naming_verbs.txt")),
            weak_verbs: words(include_str!("../../data/quotes/weak_verbs.txt")),
            org_words: words(include_str!("../../data/quotes/org_words.txt")),
        }
    })
}

/// Speech verb lemmas (the first word of each line), for the documentation
/// test that the lexicon holds about a hundred verbs.
pub fn speech_verb_lemmas() -> Vec<&'static str> {
    include_str!("../../data/quotes/speech_verbs.txt")
        .lines()
        .map(|line| line.split('#').next().unwrap_or(""))
        .filter_map(|line| line.split_whitespace().next())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_parse() {
        let lex = get();
        assert!(lex.speech_verbs.contains("said"));
        assert!(lex.speech_verbs.contains("signalled"));
        for w in &lex.speech_verbs {
            let b = w.as_bytes();
            let shape = (b.len(), b[0], b[b.len() - 1]);
            assert!(!w.is_ascii() || lex.speech_verb_shapes.may_hold(shape.0, shape.1, shape.2));
        }
        assert!(!lex.speech_verbs.contains("#"));
        assert!(lex.titles.contains("mr"));
        assert!(lex.unnamed_heads.contains("officials"));
        assert!(speech_verb_lemmas().len() >= 100);
    }
}
