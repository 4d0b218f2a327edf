//! The value lexicons of `data/values/`, embedded at compile time and parsed once.
//!
//! Keeping the words as data (one entry a line, a `#` comment saying why) lets a
//! reviewer read and extend them without touching the rules. The syntax is in
//! `data/values/README.md`: `[section]` headers, `entry` or `entry = value`.
//! Multi-word entries are cut by the crate's own tokenizer, so that they match
//! the text's tokens exactly ("km/h" is three tokens, "New Year's" four).

use super::relative::FRAMES;
use super::view::{fold, View};
use crate::fnv::{HashMap, HashSet};
use crate::text::span::Span;
use crate::text::tokens::{tokenize, TokenKind};
use crate::text::word_shapes::Shapes;
use std::sync::OnceLock;

const NUMBERS: &str = include_str!("../../../data/values/numbers.txt");
const CALENDAR: &str = include_str!("../../../data/values/calendar.txt");
const CUES: &str = include_str!("../../../data/values/cues.txt");
const CURRENCIES: &str = include_str!("../../../data/values/currencies.txt");
const UNITS: &str = include_str!("../../../data/values/units.txt");

/// One lexicon file cut into its sections, read once: each section's
/// `(entry, value)` pairs in file order. (Reading the whole file again for
/// each of its sections showed in the package's first-call time.)
struct Sections<'a>(Vec<(&'a str, Vec<(&'a str, &'a str)>)>);

impl<'a> Sections<'a> {
    fn parse(source: &'a str) -> Self {
        let mut out: Vec<(&str, Vec<(&str, &str)>)> = Vec::new();
        let mut inside = false;
        for line in source.lines().map(str::trim) {
            if line.starts_with('[') {
                // Entries before any header belong to no section.
                let name = line.strip_prefix('[').and_then(|l| l.strip_suffix(']'));
                inside = name.is_some();
                if let Some(name) = name {
                    out.push((name, Vec::new()));
                }
            } else if inside && !line.is_empty() && !line.starts_with('#') {
                let (entry, value) = line.split_once(" = ").unwrap_or((line, ""));
                if let Some((_, entries)) = out.last_mut() {
                    entries.push((entry.trim(), value.trim()));
                }
            }
        }
        Sections(out)
    }

    /// The pairs of the sections named `name` (a name used twice: both, in order).
    fn get(&self, name: &str) -> Vec<(&'a str, &'a str)> {
        self.0
            .iter()
            .filter(|(n, _)| *n == name)
            .flat_map(|(_, entries)| entries.iter().copied())
            .collect()
    }
}

/// `(entry, value)` pairs of one section of a lexicon file, in file order.
#[cfg(test)]
fn section<'a>(source: &'a str, name: &str) -> Vec<(&'a str, &'a str)> {
    Sections::parse(source).get(name)
}

fn words(source: &Sections, name: &str) -> HashSet<String> {
    source
        .get(name)
        .into_iter()
        .map(|(e, _)| fold(e).into_owned())
        .collect()
}

/// Case-sensitive entries (currency codes, glued units: "MW" is not "mw").
fn exact(source: &Sections<'static>, name: &str) -> HashSet<&'static str> {
    source.get(name).into_iter().map(|(e, _)| e).collect()
}

fn numbers(source: &Sections, name: &str) -> HashMap<String, f64> {
    source
        .get(name)
        .into_iter()
        .filter_map(|(e, v)| Some((fold(e).into_owned(), v.parse().ok()?)))
        .collect()
}

fn named(source: &Sections, name: &str) -> HashMap<String, String> {
    source
        .get(name)
        .into_iter()
        .map(|(e, v)| (fold(e).into_owned(), v.to_string()))
        .collect()
}

/// Multi-word entries, indexed by their first token.
#[derive(Debug, Default)]
pub(super) struct Phrases(HashMap<String, Vec<Vec<String>>>);

impl Phrases {
    fn new(source: &Sections, name: &str) -> Self {
        let mut map: HashMap<String, Vec<Vec<String>>> = HashMap::default();
        for (entry, _) in source.get(name) {
            let tokens = phrase_tokens(entry);
            if let Some(first) = tokens.first() {
                map.entry(first.clone()).or_default().push(tokens);
            }
        }
        for list in map.values_mut() {
            crate::sort::by_key(list, |p| std::cmp::Reverse(p.len()));
        }
        Phrases(map)
    }

    /// The number of tokens of the longest entry starting at token `i`.
    pub fn at(&self, v: &View, i: usize) -> Option<usize> {
        let list = self.0.get(v.low(i))?;
        list.iter()
            .find(|p| p.iter().enumerate().all(|(k, w)| v.low(i + k) == w))
            .map(Vec::len)
    }

    /// Every word of every entry.
    #[cfg(test)]
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.0.values().flatten().flatten().map(String::as_str)
    }

    /// The start of the longest entry ending just before token `i`.
    pub fn ending_before(&self, v: &View, i: usize) -> Option<usize> {
        (1..=4)
            .rev()
            .filter_map(|n| i.checked_sub(n))
            .find(|&s| self.at(v, s) == Some(i - s))
    }
}

/// The folded tokens of a phrase entry. A plain ASCII word is one token (the
/// tests check this on every entry), so most entries skip the tokenizer.
fn phrase_tokens(entry: &str) -> Vec<String> {
    if !entry.is_empty() && entry.bytes().all(|b| b.is_ascii_alphabetic()) {
        return vec![entry.to_ascii_lowercase()];
    }
    tokenize(entry, Span::new(0, entry.len()))
        .iter()
        .map(|t| fold(t.span.slice(entry)).into_owned())
        .collect()
}

/// The articles: value starters only with the right word after them
/// ([`Lexicon::may_start`]).
const ARTICLES: [&str; 3] = ["the", "a", "an"];

/// Every lexicon, parsed once.
#[derive(Debug)]
pub(super) struct Lexicon {
    pub units: HashMap<String, f64>,
    pub tens: HashMap<String, f64>,
    pub scales: HashMap<String, f64>,
    pub suffixes: HashMap<String, f64>,
    pub ordinals: HashMap<String, f64>,
    pub months: HashMap<String, f64>,
    pub ambiguous_months: HashSet<String>,
    pub weekdays: HashSet<String>,
    pub relative_days: HashSet<String>,
    pub date_units: HashMap<String, String>,
    pub time_units: HashMap<String, String>,
    pub seasons: HashSet<String>,
    pub day_parts: HashSet<String>,
    pub time_words: HashSet<String>,
    pub holidays: Phrases,
    pub decade_words: HashMap<String, f64>,
    pub year_cues: Phrases,
    pub approximators: Phrases,
    pub month_cues: HashSet<String>,
    pub count_nouns: HashSet<String>,
    pub relative: HashSet<String>,
    pub shifters: HashSet<String>,
    pub quantifiers: Phrases,
    pub identifier_nouns: HashSet<String>,
    pub function_words: HashSet<String>,
    pub not_after_one: HashSet<String>,
    pub pronoun_determiners: HashSet<String>,
    pub time_zones: Phrases,
    pub currency_names: Phrases,
    pub currency_qualifiers: Phrases,
    pub currency_codes: HashSet<&'static str>,
    pub dollar_prefixes: HashSet<&'static str>,
    pub measures: Phrases,
    pub glued_units: HashSet<&'static str>,
    pub rates: Phrases,
    pub percent: Phrases,
    /// Every word a value can start with (see [`Lexicon::may_start`]).
    starters: WordSet,
    /// The words after an article that let it start a value: the starters,
    /// and what rules read after an article (see [`Lexicon::may_start`]).
    after_article: WordSet,
}

/// Words, with their shapes: most words are turned away by these before the
/// set hashes them.
#[derive(Debug, Default)]
struct WordSet {
    words: HashSet<String>,
    shapes: Shapes,
}

impl WordSet {
    fn new(words: HashSet<String>) -> Self {
        WordSet {
            shapes: Shapes::of(&words),
            words,
        }
    }

    fn contains(&self, w: &str) -> bool {
        self.shapes.may_hold_word(w) && self.words.contains(w)
    }

    /// Whether token `i` is a number, a symbol, a word with a digit or a
    /// hyphen, or one of these words.
    fn starts(&self, v: &View, i: usize) -> bool {
        use crate::text::tokens::TokenKind::*;
        match v.kind(i) {
            Some(Number | Symbol) => true,
            Some(Word | Abbreviation) => {
                let w = v.low(i);
                w.contains(|c: char| c == '-' || c.is_ascii_digit()) || self.contains(w)
            }
            _ => false,
        }
    }
}

impl Lexicon {
    /// Whether a value can start at token `i`: a number, a symbol, a word with
    /// a digit or hyphen ("mid-2024", "twenty-five"), or a word some rule
    /// starts from. Most tokens are none of these, and skipping them early
    /// keeps the scan several times faster.
    ///
    /// An article ("the", "a", "an") starts a value only with the word after
    /// it: a word that may start one itself ("the 1990s", "a billion", "the
    /// past decade") or a word rules read after an article ("a year ago",
    /// "the end of", "a couple of weeks"). Articles are the commonest
    /// starters, and trying every rule at each of them was a third of the
    /// scan's work.
    pub fn may_start(&self, v: &View, i: usize) -> bool {
        if ARTICLES.contains(&v.low(i)) && v.is(i, TokenKind::Word) {
            return self.after_article.starts(v, i + 1);
        }
        self.starters.starts(v, i)
    }

    fn with_starters(mut self) -> Self {
        let keys = |m: &HashMap<String, f64>| m.keys().cloned().collect::<Vec<_>>();
        let mut s: HashSet<String> = HashSet::default();
        let numbers = [
            &self.units,
            &self.tens,
            &self.scales,
            &self.ordinals,
            &self.decade_words,
        ];
        for list in numbers.map(keys) {
            s.extend(list);
        }
        for (m, _) in self.months.iter() {
            s.insert(m.clone());
            s.insert(format!("{m}."));
        }
        for set in [
            &self.weekdays,
            &self.relative_days,
            &self.seasons,
            &self.time_words,
            &self.relative,
            &self.shifters,
        ] {
            s.extend(set.iter().cloned());
        }
        s.extend(self.weekdays.iter().map(|w| format!("{w}.")));
        for phrases in [&self.holidays, &self.quantifiers, &self.currency_qualifiers] {
            s.extend(phrases.0.keys().cloned());
        }
        s.extend(
            self.currency_codes
                .iter()
                .chain(&self.dollar_prefixes)
                .map(|c| fold(c).into_owned()),
        );
        s.extend(
            ARTICLES
                .into_iter()
                .chain(["half", "mid", "ad", "a.d."])
                .map(String::from),
        );
        // What a rule reads after an article, besides a starter: a unit ("a
        // year", "the year 2030"), a frame ("the end of"), or the rest of a
        // phrase that opens with one ("a couple of").
        let mut after = s.clone();
        after.extend(
            self.date_units
                .keys()
                .chain(self.time_units.keys())
                .cloned(),
        );
        after.extend(FRAMES.map(String::from));
        for phrases in [&self.holidays, &self.quantifiers, &self.currency_qualifiers] {
            for (first, list) in &phrases.0 {
                if ARTICLES.contains(&first.as_str()) {
                    after.extend(list.iter().filter_map(|p| p.get(1)).cloned());
                }
            }
        }
        self.starters = WordSet::new(s);
        self.after_article = WordSet::new(after);
        self
    }
}

pub(super) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let [number_words, calendar, cues, currencies, units] =
            [NUMBERS, CALENDAR, CUES, CURRENCIES, UNITS].map(Sections::parse);
        Lexicon {
            units: numbers(&number_words, "units"),
            tens: numbers(&number_words, "tens"),
            scales: numbers(&number_words, "scales"),
            suffixes: numbers(&number_words, "suffixes"),
            ordinals: numbers(&number_words, "ordinals"),
            months: numbers(&calendar, "months"),
            ambiguous_months: words(&calendar, "ambiguous_months"),
            weekdays: words(&calendar, "weekdays"),
            relative_days: words(&calendar, "relative_days"),
            date_units: named(&calendar, "date_units"),
            time_units: named(&calendar, "time_units"),
            seasons: words(&calendar, "seasons"),
            day_parts: words(&calendar, "day_parts"),
            time_words: words(&calendar, "time_words"),
            holidays: Phrases::new(&calendar, "holidays"),
            decade_words: numbers(&calendar, "decade_words"),
            year_cues: Phrases::new(&cues, "year_cues"),
            approximators: Phrases::new(&cues, "approximators"),
            month_cues: words(&cues, "month_cues"),
            count_nouns: words(&cues, "count_nouns"),
            relative: words(&cues, "relative"),
            shifters: words(&cues, "shifters"),
            quantifiers: Phrases::new(&cues, "quantifiers"),
            identifier_nouns: words(&cues, "identifier_nouns"),
            function_words: words(&cues, "function_words"),
            not_after_one: words(&cues, "not_after_one"),
            pronoun_determiners: words(&cues, "pronoun_determiners"),
            time_zones: Phrases::new(&cues, "time_zones"),
            currency_names: Phrases::new(&currencies, "names"),
            currency_qualifiers: Phrases::new(&currencies, "qualifiers"),
            currency_codes: exact(&currencies, "codes"),
            dollar_prefixes: exact(&currencies, "dollar_prefixes"),
            measures: Phrases::new(&units, "units"),
            glued_units: exact(&units, "glued"),
            rates: Phrases::new(&units, "rates"),
            percent: Phrases::new(&units, "percent"),
            starters: WordSet::default(),
            after_article: WordSet::default(),
        }
        .with_starters()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_parse_with_values_and_comments() {
        let src = "# why\n[a]\nx = 1\n# skip\ny\n[b]\nz = 2\n";
        assert_eq!(section(src, "a"), [("x", "1"), ("y", "")]);
        assert_eq!(section(src, "b"), [("z", "2")]);
        assert!(section(src, "c").is_empty());
    }

    #[test]
    fn every_section_is_non_empty() {
        let lex = lexicon();
        assert_eq!(lex.units["seventeen"], 17.0);
        assert_eq!(lex.scales["billion"], 1e9);
        assert_eq!(lex.months["sept"], 9.0);
        assert!(lex.ambiguous_months.contains("may") && !lex.ambiguous_months.contains("july"));
        assert_eq!(lex.date_units["decades"], "decade");
        assert!(lex.currency_codes.contains("USD") && !lex.currency_codes.contains("usd"));
        assert!(lex.glued_units.contains("MW") && !lex.glued_units.contains("mw"));
    }

    /// The starters' shapes let every starter through and turn most other
    /// words away before the set is asked.
    #[test]
    fn starter_shapes_hold_every_starter() {
        let lex = lexicon();
        assert!(lex.starters.words.len() > 100);
        for set in [&lex.starters, &lex.after_article] {
            for w in &set.words {
                assert!(set.shapes.may_hold_word(w), "{w}");
            }
        }
        let prose = "officials said on tuesday that prices would rise sharply across every region";
        let turned_away = prose
            .split(' ')
            .filter(|w| !lex.starters.shapes.may_hold_word(w))
            .count();
        assert!(turned_away >= 8, "{turned_away}");
    }

    /// The plain-word shortcut of [`phrase_tokens`] gives what the tokenizer
    /// gives, on every entry of every lexicon file.
    #[test]
    fn phrase_tokens_are_the_tokenizers() {
        for source in [NUMBERS, CALENDAR, CUES, CURRENCIES, UNITS] {
            for line in source.lines().map(str::trim) {
                let entry = line.split_once(" = ").map_or(line, |(e, _)| e).trim();
                let tokens: Vec<String> = tokenize(entry, Span::new(0, entry.len()))
                    .iter()
                    .map(|t| fold(t.span.slice(entry)).into_owned())
                    .collect();
                assert_eq!(phrase_tokens(entry), tokens, "{entry:?}");
            }
        }
    }

    #[test]
    fn phrases_match_the_longest_entry_in_tokens() {
        let text = "300 square kilometres at 90 km/h on New Year’s Day";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let v = View::new(text, &tokens);
        let lex = lexicon();
        assert_eq!(lex.measures.at(&v, 1), Some(2));
        assert_eq!(lex.measures.at(&v, 5), Some(3), "km / h");
        assert_eq!(lex.holidays.at(&v, 9), Some(4));
        assert_eq!(lex.measures.at(&v, 0), None);
        assert_eq!(lex.measures.ending_before(&v, 3), Some(1));
    }
}
