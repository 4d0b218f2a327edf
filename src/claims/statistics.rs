//! Statistic cues: numbers with their unit, percentages, money, counts.
//!
//! A figure is the most checkable thing a sentence can hold. When the entity
//! layer has run, its PERCENT / MONEY / QUANTITY / CARDINAL / ORDINAL mentions are
//! the triggers; the sentence's own number tokens and number words are used as
//! well (and alone while that layer is empty), extended over scale words
//! ("2 billion") and one unit word ("17 elements", "three years").

use super::cues::Cue;
use super::words::Word;
use crate::analysis::Mention;
use crate::text::span::Span;
use crate::text::tokens::TokenKind;
use crate::text::word_shapes::FixedWords;

/// Entity labels that are figures.
const FIGURE_LABELS: [&str; 5] = ["PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"];

/// Number words that state a count (not "one": "no one", "one of them").
const NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "half",
];

/// Words that continue an amount ("2 billion", "5 per cent").
const SCALE_WORDS: &[&str] = &[
    "hundred", "thousand", "million", "billion", "trillion", "percent", "per", "cent", "bn", "m",
];

/// Words that cannot be the unit after a number.
const NOT_UNITS: &[&str] = &[
    "of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from",
    "that", "this", "is", "are", "was", "were", "be", "has", "have", "had", "it", "as", "but",
];

// The lists as asked about every word of every sentence: comparing each word
// with every entry of its length was most of `find`'s time, 2% of the
// pipeline's on GUM in wasm (where each comparison is a call to `memcmp`).
static NUMBER_LIST: FixedWords = FixedWords::new(NUMBER_WORDS);
static SCALE_LIST: FixedWords = FixedWords::new(SCALE_WORDS);
static NOT_UNIT_LIST: FixedWords = FixedWords::new(NOT_UNITS);

/// The figure cues of one sentence: entity mentions first, then own detection
/// where no mention overlaps.
pub fn find(text: &str, words: &[Word], sentence: Span, entities: &[Mention]) -> Vec<Cue> {
    let mut cues: Vec<Cue> = entities
        .iter()
        .filter(|m| FIGURE_LABELS.contains(&m.label) && sentence.contains(m.span))
        .map(|m| cue(text, m.span, m.label))
        .collect();
    // The mentions arrive sorted by start (as `Analysis::entities` is, and
    // `Nearby` keeps their order), and the amounts come in text order, each
    // after the last: the mentions ending before one cannot overlap any later
    // one. A sweep, where asking every mention for every amount was quadratic
    // in a long sentence of figures (11 s for a 2 MB one). Own amounts never
    // overlap each other.
    debug_assert!(cues.windows(2).all(|w| w[0].span.start <= w[1].span.start));
    let mentions = cues.len();
    let mut next = 0;
    let mut i = 0;
    while i < words.len() {
        let Some(end) = amount_end(words, i) else {
            i += 1;
            continue;
        };
        let span = Span::new(words[i].span.start, words[end - 1].span.end);
        while next < mentions && cues[next].span.end <= span.start {
            next += 1;
        }
        if !(next < mentions && cues[next].span.overlaps(span)) {
            cues.push(cue(text, span, label_of(&words[i..end])));
        }
        i = end;
    }
    crate::sort::by_key(&mut cues, |c| c.span.start);
    cues
}

/// The end (exclusive word index) of an amount starting at `i`, if one does.
fn amount_end(words: &[Word], i: usize) -> Option<usize> {
    let w = &words[i];
    let currency = w.kind == TokenKind::Symbol
        && w.key
            .chars()
            .next()
            .is_some_and(crate::text::tokens::is_currency);
    let start_ok = currency
        && words
            .get(i + 1)
            .is_some_and(|n| n.kind == TokenKind::Number)
        || (w.kind == TokenKind::Number && !is_year(&w.key))
        || NUMBER_LIST.contains(&w.key);
    if !start_ok {
        return None;
    }
    let mut j = i + 1;
    while words.get(j).is_some_and(|n| {
        n.kind == TokenKind::Number
            || SCALE_LIST.contains(&n.key)
            || NUMBER_LIST.contains(&n.key)
            || n.key == "%"
    }) {
        j += 1;
    }
    if words.get(j).is_some_and(|n| {
        n.kind == TokenKind::Word && !n.capitalised && !NOT_UNIT_LIST.contains(&n.key)
    }) {
        j += 1;
    }
    Some(j)
}

/// "2022", "1975": a year on its own is a date, not a statistic.
fn is_year(key: &str) -> bool {
    key.len() == 4 && key.starts_with(['1', '2']) && key.bytes().all(|b| b.is_ascii_digit())
}

fn label_of(words: &[Word]) -> &'static str {
    let any = |f: &dyn Fn(&str) -> bool| words.iter().any(|w| f(&w.key));
    if any(&|k| k.ends_with('%') || k == "percent" || k == "cent") {
        "PERCENT"
    } else if words.first().is_some_and(|w| w.kind == TokenKind::Symbol)
        || any(&|k| matches!(k, "dollars" | "euros" | "pounds" | "roubles" | "rubles"))
    {
        "MONEY"
    } else {
        "CARDINAL"
    }
}

fn cue(text: &str, span: Span, label: &str) -> Cue {
    let what = span.slice(text);
    let explanation = match label {
        "PERCENT" => {
            format!("a percentage (\u{201c}{what}\u{201d}): a share of what, measured by whom?")
        }
        "MONEY" => format!(
            "an amount of money (\u{201c}{what}\u{201d}): check the figure, currency and period"
        ),
        "ORDINAL" => {
            format!("a ranking (\u{201c}{what}\u{201d}): ranked by what measure, against whom?")
        }
        _ => format!("a figure (\u{201c}{what}\u{201d}): check the number and its source"),
    };
    Cue {
        kind: "statistic",
        span,
        explanation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::words::words;

    fn figures(text: &str) -> Vec<String> {
        let s = Span::new(0, text.len());
        find(text, &words(text, s), s, &[])
            .into_iter()
            .map(|c| c.span.slice(text).to_string())
            .collect()
    }

    /// Each list holds its own words in any case (the words' keys are
    /// lower-cased) and no other word.
    #[test]
    fn word_lists_hold_their_words_only() {
        for (list, words) in [
            (&NUMBER_LIST, NUMBER_WORDS),
            (&SCALE_LIST, SCALE_WORDS),
            (&NOT_UNIT_LIST, NOT_UNITS),
        ] {
            for &w in words {
                let upper = w.to_uppercase();
                for form in [w, upper.as_str()] {
                    let ws = words_of(form);
                    assert!(list.contains(&ws[0].key), "{form}");
                }
            }
            for other in [
                "one",
                "tw",
                "twos",
                "percentage",
                "off",
                "the1",
                "",
                "seven-up",
            ] {
                let ws = words_of(other);
                assert!(ws.first().is_none_or(|w| !list.contains(&w.key)), "{other}");
            }
        }
    }

    fn words_of(text: &str) -> Vec<Word> {
        words(text, Span::new(0, text.len()))
    }

    #[test]
    fn counts_percentages_money_and_date_arithmetic() {
        assert_eq!(figures("a set of 17 elements crucial"), ["17 elements"]);
        assert_eq!(figures("up 45% on the year"), ["45%"]);
        assert_eq!(figures("it cost $2 billion"), ["$2 billion"]);
        assert_eq!(figures("the war began three years ago"), ["three years"]);
    }

    #[test]
    fn years_and_one_are_not_figures() {
        assert!(figures("which it illegally annexed in 2022").is_empty());
        assert!(figures("no one knows").is_empty());
    }

    #[test]
    fn entity_mentions_take_precedence() {
        let text = "a set of 17 elements";
        let s = Span::new(0, text.len());
        let m = Mention {
            span: Span::new(9, 11),
            label: "CARDINAL",
            group: 0,
            confidence: 1.0,
        };
        let c = find(text, &words(text, s), s, &[m]);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].span, Span::new(9, 11));
    }

    /// The sweep finds what asking every mention for every amount found.
    #[test]
    fn agrees_with_a_scan_over_the_mentions() {
        let text = "17 elements rose 45% and $2 billion, three years and 5 tonnes more";
        let s = Span::new(0, text.len());
        let ws = words(text, s);
        let at = |p: &str, label| Mention {
            span: Span::new(text.find(p).unwrap(), text.find(p).unwrap() + p.len()),
            label,
            group: 0,
            confidence: 1.0,
        };
        let all = [
            at("17", "CARDINAL"),
            at("45%", "PERCENT"),
            at("$2", "MONEY"),
            at("three years", "DATE"),
            at("5 tonnes", "QUANTITY"),
        ];
        for subset in 0..1u32 << all.len() {
            let mentions: Vec<Mention> = (0..all.len())
                .filter(|k| subset & (1 << k) != 0)
                .map(|k| all[k].clone())
                .collect();
            let mut scan: Vec<Cue> = mentions
                .iter()
                .filter(|m| FIGURE_LABELS.contains(&m.label))
                .map(|m| cue(text, m.span, m.label))
                .collect();
            let mut i = 0;
            while i < ws.len() {
                let Some(end) = amount_end(&ws, i) else {
                    i += 1;
                    continue;
                };
                let span = Span::new(ws[i].span.start, ws[end - 1].span.end);
                if !scan.iter().any(|c| c.span.overlaps(span)) {
                    scan.push(cue(text, span, label_of(&ws[i..end])));
                }
                i = end;
            }
            crate::sort::by_key(&mut scan, |c| c.span.start);
            assert_eq!(find(text, &ws, s, &mentions), scan, "mentions {subset:#b}");
        }
    }
}
