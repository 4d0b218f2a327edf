//! `dateline`: date, time, location and counter widgets of news aggregators at
//! the top of a pasted page ("Feb 25, 2025 | |", " | Remer,MN", a lone "0").
//!
//! Applied in the header and footer zones only, and only to lines with a widget
//! sign (a separator, an update stamp, a relative time): a plain date line
//! ("Friday, August 15, 2008") is the article's own date and stays content.
//! A classic wire dateline inside
//! the first paragraph ("MOSCOW, Feb 25 (Reuters) - …") is content and never a
//! line of its own, so it is never marked.

use super::lexicon;
use super::numbers::{is_counter, is_date_number};
use super::shape::{ends_sentence, words};

/// The line is a date/time widget, a location widget or a counter.
pub(crate) fn is_dateline(line: &str) -> bool {
    is_counter(line) || is_date_only(line) || is_pipe_widget(line)
}

/// Longest date widget line, in bytes.
const DATE_MAX_BYTES: usize = 80;
/// Most tokens in a date widget ("Last updated on Tuesday, Feb 25, 2025 at 10:30 a.m. GMT").
const DATE_MAX_TOKENS: usize = 14;

/// Separators of widget fields; a date line showing one is a widget.
const WIDGET_SEPARATORS: [char; 3] = ['|', '•', '·'];

/// Only date words (`date_words.txt`, `date_widget_words.txt`), numbers and times
/// between separators, with at least one digit and a widget sign (a separator or
/// a widget word): "Feb 25, 2025 | |", "Updated 3 hours ago", "5 min read".
fn is_date_only(line: &str) -> bool {
    if line.len() > DATE_MAX_BYTES || !line.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let separators = |c: char| {
        WIDGET_SEPARATORS.contains(&c)
            || matches!(c, ',' | '—' | '–' | '(' | ')')
            || crate::text::span::is_blank(c)
    };
    let mut widget = line.contains(WIDGET_SEPARATORS);
    let mut count = 0;
    for token in line.split(separators).filter(|t| !t.is_empty()) {
        count += 1;
        let token = token.trim_end_matches(['.', ':']).to_lowercase();
        let is_widget_word = lexicon::date_widget_words().contains(&token);
        widget |= is_widget_word;
        let known = token.is_empty()
            || is_widget_word
            || is_date_number(&token)
            || lexicon::date_words().contains(&token);
        if !known || count > DATE_MAX_TOKENS {
            return false;
        }
    }
    widget
}

/// Most words in a location widget.
const WIDGET_MAX_WORDS: usize = 4;

/// A pipe-separated widget with an empty field, as aggregators leave an unfilled
/// date or place: " | Remer,MN", "Moscow |". At most 4 words, no sentence.
fn is_pipe_widget(line: &str) -> bool {
    if !line.contains('|') || ends_sentence(line) || line.contains(':') {
        return false;
    }
    let fields: Vec<&str> = line.split('|').map(str::trim).collect();
    let has_empty = fields.iter().any(|f| f.is_empty());
    let n_words: usize = fields.iter().map(|f| words(f).count()).sum();
    has_empty && (1..=WIDGET_MAX_WORDS).contains(&n_words)
}

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use super::super::DATELINE;
    use super::*;

    #[test]
    fn reference_widgets_in_the_header() {
        for line in ["Feb 25, 2025 \u{a0}|", "0", "| Remer,MN"] {
            assert_eq!(
                reason_of(&in_header(line), line),
                Some(DATELINE),
                "{line:?}"
            );
            assert_no_marks(&in_body(line));
        }
    }

    #[test]
    fn every_date_word_forms_a_header_dateline_with_a_widget_sign() {
        for word in lexicon::date_words() {
            let line = format!("25 {word} 2025 |");
            assert_eq!(
                reason_of(&in_header(&line), &line),
                Some(DATELINE),
                "{line}"
            );
            let footer = format!("{BODY}\n\n{line}");
            assert_eq!(reason_of(&footer, &line), Some(DATELINE), "{line}");
            assert_no_marks(&in_header(&format!("25 {word} 2025")));
            assert_no_marks(&in_body(&line));
            assert_no_marks(&in_sentence(&line));
        }
    }

    #[test]
    fn every_widget_word_makes_a_date_line_a_widget() {
        for word in lexicon::date_widget_words() {
            let line = format!("25 {word} 2025");
            assert_eq!(
                reason_of(&in_header(&line), &line),
                Some(DATELINE),
                "{line}"
            );
            let footer = format!("{BODY}\n\n{line}");
            assert_eq!(reason_of(&footer, &line), Some(DATELINE), "{line}");
            assert_no_marks(&in_body(&line));
            assert_no_marks(&in_sentence(&line));
        }
    }

    #[test]
    fn date_widgets() {
        for line in [
            "Updated 3 hours ago",
            "5 min read",
            "Last updated on Tuesday, Feb 25, 2025 at 10:30 a.m. GMT",
            "2025-02-25 10:31 |",
            "25.02.2025 •",
            "25 февраля 2025 г. |",
            "February 26, 2025 10:14 AM GMT+0 Updated 3 hours ago",
            "2025",
            "1.2K",
        ] {
            assert!(is_dateline(line), "{line}");
        }
    }

    #[test]
    fn not_date_widgets() {
        for line in [
            "February",
            "Friday, August 15, 2008",
            "25 февраля 2025 г.",
            "7 November 1990",
            "May Day protests",
            "By Jane Doe | Feb 25, 2025",
            "Putin says 17 metals matter",
            "Photo: EPA-EFE/MICHAEL BUHOLZER",
            "Moscow, Feb 25 (Reuters) - Putin said on Monday",
            "12345678",
            "Kremlin | Moscow | Russia",
            "Putin: more talks | ",
            "He left early | yes.",
            "Putin proposes rare earths deal to US |",
        ] {
            assert!(!is_dateline(line), "{line}");
        }
    }

    #[test]
    fn header_headline_with_numbers_is_kept() {
        assert_no_marks(&in_header("17 metals, 3 years of war"));
    }
}
