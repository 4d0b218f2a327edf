//! Value entities: DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL and ORDINAL,
//! found by deterministic rules over the news tokenizer's tokens.
//!
//! Values are what a fact-checker checks first ("$1.2 billion", "45 percent",
//! "three years ago"), so each rule is small, documented and tested on its own,
//! and the lexicons are data (`data/values/`). Labels and spans follow
//! OntoNotes 5 (what spaCy's English models learnt), with these choices:
//!
//! * Prepositions are left out ("on Monday" → "Monday", "in 2022" → "2022");
//!   "the" is kept only where it is part of the expression: decades and
//!   centuries ("the 1990s", "the 20th century") and relative spans of time
//!   ("the past decade", "the next five years"). Other determiners are left out.
//! * Approximators stay in numeric values ("more than $1 billion", "about 200"):
//!   they change what the claim says.
//! * Durations in calendar units are DATE ("three years", "several weeks"), in
//!   hours, minutes and seconds TIME ("24 hours"). A day with a part of the day
//!   is TIME ("Monday evening", "this morning", "last night"), as in OntoNotes.
//! * Vague amounts ("dozens", "thousands") and numbers in names or identifiers
//!   ("COVID-19", "Boeing 737", "G20", "Section 230", phone numbers) are not values.
//!
//! The scanner tries every rule family at each token and keeps the longest
//! match (ties go to the family listed first), then jumps past it: every rule
//! looks at a bounded number of tokens, so the whole pass is linear in the input.
//! No value crosses a line break.

mod cardinal;
mod dates;
mod lexicon;
mod money;
mod numbers;
mod percent;
mod quantity;
mod relative;
mod shapes;
mod times;
mod view;
mod years;

use crate::text::span::Span;
use crate::text::tokens::{is_line_break, Token};
use view::View;

pub const DATE: &str = "DATE";
pub const TIME: &str = "TIME";
pub const MONEY: &str = "MONEY";
pub const PERCENT: &str = "PERCENT";
pub const QUANTITY: &str = "QUANTITY";
pub const CARDINAL: &str = "CARDINAL";
pub const ORDINAL: &str = "ORDINAL";

/// One value found in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueMention {
    /// Byte span into the text: trimmed, on token boundaries.
    pub span: Span,
    /// OntoNotes label: one of the constants of this module.
    pub label: &'static str,
    /// How sure the rule is (0–1): explicit forms ("Feb 25, 2025", "$5") score
    /// high, forms that depend on context ("May" alone, a bare year) lower.
    pub confidence: f32,
}

/// A rule's match over tokens `start..end` of a [`View`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Hit {
    pub start: usize,
    pub end: usize,
    pub label: &'static str,
    pub confidence: f32,
    /// Starts with a number or currency, so an approximator before it belongs
    /// to it ("about 200").
    pub numeric: bool,
}

impl Hit {
    pub fn new(start: usize, end: usize, label: &'static str, confidence: f32) -> Self {
        Hit {
            start,
            end,
            label,
            confidence,
            numeric: false,
        }
    }

    pub fn numeric(self) -> Self {
        Hit {
            numeric: true,
            ..self
        }
    }
}

type Rule = fn(&View, usize) -> Option<Hit>;

/// The rule families, most specific first (the order breaks ties of length).
const RULES: [Rule; 9] = [
    money::at,
    percent::at,
    quantity::at,
    times::at,
    dates::at,
    years::at,
    relative::at,
    cardinal::ordinal_at,
    cardinal::cardinal_at,
];

/// Whether `word` is the full name of a month or a weekday ("May", "Sunday"):
/// a word that is a date when a date rule says so, whatever the name tagger
/// thought ("in May" is not Theresa May).
pub fn is_calendar_word(word: &str) -> bool {
    // Every name the tagger finds is asked: a short ASCII word (any month or
    // weekday) is lowered on the stack, not in a new string.
    let mut buf = [0u8; 16];
    let owned;
    let low: &str = match buf.get_mut(..word.len()) {
        Some(b) if word.is_ascii() => {
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            std::str::from_utf8(b).unwrap_or_default()
        }
        _ => {
            owned = word.to_lowercase();
            &owned
        }
    };
    let lex = lexicon::lexicon();
    let full_month = low.len() >= 5 || matches!(low, "may" | "june" | "july");
    (full_month && lex.months.contains_key(low)) || lex.weekdays.contains(low)
}

/// The values in `tokens` (the tokens of a document, paragraph or sentence of
/// `text`, as [`crate::text::tokens::tokenize`] gives them): sorted,
/// non-overlapping, never crossing a line break. Tokens that do not fit `text`
/// or are out of order are ignored rather than trusted.
pub fn find_values(text: &str, tokens: &[Token]) -> Vec<ValueMention> {
    find_values_in(text, tokens.iter().copied())
}

/// [`find_values`] over tokens as they come: the rules read one line at a
/// time, so only that line's tokens are held, not the document's (24 bytes a
/// token, several bytes an input byte).
pub fn find_values_in(text: &str, tokens: impl IntoIterator<Item = Token>) -> Vec<ValueMention> {
    let mut out = Vec::new();
    let mut line: Vec<Token> = Vec::new();
    for t in tokens {
        let last_end = line.last().map(|p| p.span.end);
        let fits = t.span.start < t.span.end
            && t.span.end <= text.len()
            && text.is_char_boundary(t.span.start)
            && text.is_char_boundary(t.span.end)
            && last_end.map_or(true, |end| end <= t.span.start);
        if !fits {
            continue;
        }
        if last_end.is_some_and(|end| text[end..t.span.start].contains(is_line_break)) {
            scan(&View::new(text, &line), &mut out);
            line.clear();
        }
        line.push(t);
    }
    if !line.is_empty() {
        scan(&View::new(text, &line), &mut out);
    }
    out
}

/// Runs the rules over one line of tokens.
fn scan(v: &View, out: &mut Vec<ValueMention>) {
    let lex = lexicon::lexicon();
    let (mut i, mut floor) = (0, 0);
    while i < v.len() {
        if !lex.may_start(v, i) {
            i += 1;
            continue;
        }
        let best = RULES
            .iter()
            .filter_map(|rule| rule(v, i))
            .filter(|h| h.start == i && h.end > i && h.end <= v.len())
            .fold(None, |best: Option<Hit>, h| match best {
                Some(b) if b.end >= h.end => Some(b),
                _ => Some(h),
            });
        let Some(mut hit) = best else {
            i += 1;
            continue;
        };
        if hit.numeric {
            if let Some(s) = lex.approximators.ending_before(v, hit.start) {
                hit.start = s.max(floor);
            }
        }
        out.push(ValueMention {
            span: v.span(hit.start, hit.end),
            label: hit.label,
            confidence: hit.confidence,
        });
        i = hit.end;
        floor = hit.end;
    }
}

#[cfg(test)]
pub(super) mod testing {
    //! Helpers for the rule families' unit tests.
    use super::*;
    use crate::text::tokens::tokenize;

    /// `(text, label)` of every value found in `text`.
    pub fn values(text: &str) -> Vec<(String, &'static str)> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        find_values(text, &tokens)
            .into_iter()
            .map(|m| (m.span.slice(text).to_string(), m.label))
            .collect()
    }

    /// The texts of the values of `label` found in `text`.
    pub fn found(text: &str, label: &str) -> Vec<String> {
        values(text)
            .into_iter()
            .filter(|(_, l)| *l == label)
            .map(|(s, _)| s)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::testing::values;
    use super::*;

    #[cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency
    proptest::proptest! {
        /// The stack-lowered look-up answers as lowering into a string did.
        #[test]
        fn calendar_words_as_by_to_lowercase(w in "(May|MAY|june|Monday|SEPT|September|sept\\.|Tues|x|É|ß){0,3}") {
            let lex = lexicon::lexicon();
            let low = w.to_lowercase();
            let full_month = low.len() >= 5 || matches!(low.as_str(), "may" | "june" | "july");
            let slow = (full_month && lex.months.contains_key(&low)) || lex.weekdays.contains(&low);
            proptest::prop_assert_eq!(is_calendar_word(&w), slow);
        }
    }

    #[test]
    fn longest_match_wins_and_spans_do_not_overlap() {
        assert_eq!(
            values("about 200 people left three years ago with $5 million"),
            [
                ("about 200".to_string(), CARDINAL),
                ("three years ago".to_string(), DATE),
                ("$5 million".to_string(), MONEY)
            ]
        );
    }

    #[test]
    fn values_never_cross_a_line_break() {
        assert_eq!(
            values("Feb 25\n2025"),
            [("Feb 25".to_string(), DATE), ("2025".to_string(), DATE)]
        );
    }

    /// Sentences with every kind of value, for the prefilter test.
    const SAMPLE: &str = "Friday, July 21, 2017: on Monday evening, Feb. 25, 2025, at 10:30 a.m. \
        GMT, three years ago, the past decade, earlier this year, mid-2024, the 1990s, the \
        sixties, the 20th century, 400 BCE, AD 347, US$ 20, HK$3, USD 20, a billion dollars, \
        half a percent, 45 per cent, twenty-five, a 45-year-old, 10 pounds of flour, 40 °C, \
        the third anniversary, a second term, for a year, several weeks, recent years, \
        yesterday, Christmas, New Year's Day, summer 2024, the summer of 2010, this morning, \
        noon, tonight, last night, the end of the year, 08/19/2019, First, one of the.";

    #[test]
    fn the_prefilter_never_hides_a_value() {
        let tokens = crate::text::tokens::tokenize(SAMPLE, Span::new(0, SAMPLE.len()));
        let v = View::new(SAMPLE, &tokens);
        let lex = lexicon::lexicon();
        for i in (0..v.len()).filter(|&i| !lex.may_start(&v, i)) {
            for rule in RULES {
                assert_eq!(rule(&v, i), None, "a value starts at {:?}", v.raw(i));
            }
        }
        assert!(values(SAMPLE).len() > 40);
    }

    /// Every word of the lexicons (each phrase's too), the frames, and a few
    /// words rules read around them.
    fn lexicon_words() -> Vec<String> {
        let lex = lexicon::lexicon();
        let mut words: Vec<String> = Vec::new();
        for map in [
            &lex.units,
            &lex.tens,
            &lex.scales,
            &lex.ordinals,
            &lex.months,
        ] {
            words.extend(map.keys().cloned());
        }
        words.extend(lex.decade_words.keys().cloned());
        words.extend(lex.date_units.keys().chain(lex.time_units.keys()).cloned());
        for set in [
            &lex.weekdays,
            &lex.relative_days,
            &lex.seasons,
            &lex.day_parts,
            &lex.time_words,
            &lex.relative,
            &lex.shifters,
        ] {
            words.extend(set.iter().cloned());
        }
        for phrases in [
            &lex.holidays,
            &lex.quantifiers,
            &lex.currency_qualifiers,
            &lex.currency_names,
            &lex.measures,
            &lex.percent,
        ] {
            words.extend(phrases.words().map(String::from));
        }
        words.extend(relative::FRAMES.map(String::from));
        words.extend(["of", "people", "war", "day"].map(String::from));
        words
    }

    /// Every article before every lexicon word, then each of the ways rules
    /// go on ("a year ago", "a few days", "the end of the year", "the year
    /// 2030"), after a duration cue or not: wherever the prefilter turns the
    /// article away, no rule finds a value there.
    #[test]
    fn the_prefilter_never_hides_a_value_after_an_article() {
        let lex = lexicon::lexicon();
        let tails = [
            "",
            "ago",
            "days",
            "2030",
            "1990s",
            "of the year",
            "of March",
            "of 2010",
            "of this year",
            "of weeks",
        ];
        let (mut texts, mut turned_away) = (0, 0);
        for word in lexicon_words() {
            for article in ["the", "a", "an", "The"] {
                for tail in tails {
                    for cue in ["", "for "] {
                        let text = format!("{cue}{article} {word} {tail}");
                        let tokens = crate::text::tokens::tokenize(&text, Span::new(0, text.len()));
                        let v = View::new(&text, &tokens);
                        let at = usize::from(!cue.is_empty());
                        texts += 1;
                        if lex.may_start(&v, at) {
                            continue;
                        }
                        turned_away += 1;
                        for rule in RULES {
                            assert_eq!(rule(&v, at), None, "a value starts in {text:?}");
                        }
                    }
                }
            }
        }
        // The check has cases on both sides: articles turned away and not.
        assert!(
            turned_away > texts / 10 && turned_away < texts,
            "{turned_away} of {texts}"
        );
    }

    #[test]
    fn articles_start_values_only_with_what_follows() {
        let lex = lexicon::lexicon();
        let starts = |text: &str| {
            let tokens = crate::text::tokens::tokenize(text, Span::new(0, text.len()));
            lex.may_start(&View::new(text, &tokens), 0)
        };
        for text in [
            "the 1990s",
            "a billion",
            "the past decade",
            "a year ago",
            "the year 2030",
            "the end of",
            "a few days",
            "a couple of weeks",
            "The summer of 2010",
        ] {
            assert!(starts(text), "{text}");
        }
        for text in ["the war", "a man", "an official", "the", "the \u{201c}"] {
            assert!(!starts(text), "{text}");
        }
    }

    #[test]
    fn bad_tokens_are_ignored() {
        let text = "in 2022";
        let bogus = [Token {
            span: Span::new(3, 99),
            kind: crate::text::tokens::TokenKind::Number,
        }];
        assert!(find_values(text, &bogus).is_empty());
        assert!(find_values("", &[]).is_empty());
    }
}
