//! Whether a name acts as a person where it stands: it is followed by a
//! speech verb ("Stefanishyna wrote") or follows a title ("Mr Zorblax").
//! Document consistency keeps such a word a PERSON however unsure the model.
//!
//! Both words are read only as far as they can matter, so that a text
//! without spaces (one "word" of a megabyte) is not read to its end, or back
//! to its start, for every name in it.

use super::gazetteer::{Gazetteer, List};
use crate::text::span::Span;

/// Verbs only people (or their organisations) do, right after a name.
const PERSON_VERBS: [&str; 20] = [
    "said",
    "says",
    "told",
    "tells",
    "wrote",
    "writes",
    "added",
    "stated",
    "tweeted",
    "posted",
    "explained",
    "insisted",
    "warned",
    "argued",
    "claimed",
    "noted",
    "announced",
    "replied",
    "confirmed",
    "denied",
];

/// Longest white-space-free word read before a name as a possible title: no
/// listed title comes near it (checked in a test), and a longer word cannot
/// be one, so a text without spaces is not read back to its start for every name.
const MAX_TITLE_CHARS: usize = 300;

/// Whether the name at `span` is followed by a speech verb or follows a title.
///
/// Both words are read only as far as they can matter: a verb is the next
/// word up to trailing punctuation, a title a word of bounded length.
pub(super) fn acts_as_person(text: &str, span: Span, gaz: &Gazetteer) -> bool {
    speaks(text, span)
        || previous_word(text, span.start).is_some_and(|prev| {
            !prev.is_empty() && gaz.lookup(prev) & List::PersonTitle.begin_bit() != 0
        })
}

/// Whether the name at `span` is followed by a speech verb ("Water said").
pub(super) fn speaks(text: &str, span: Span) -> bool {
    let rest = text[span.end..].trim_start();
    PERSON_VERBS.iter().any(|v| {
        rest.strip_prefix(v).is_some_and(|tail| {
            tail.chars()
                .take_while(|c| !c.is_whitespace())
                .all(|c| !c.is_alphanumeric())
        })
    })
}

/// The last white-space-separated word before byte `end` ("" if none), or
/// `None` when it is longer than [`MAX_TITLE_CHARS`].
fn previous_word(text: &str, end: usize) -> Option<&str> {
    let before = text[..end].trim_end();
    let mut start = 0;
    for (n, (i, c)) in before.char_indices().rev().enumerate() {
        if c.is_whitespace() {
            start = i + c.len_utf8();
            break;
        }
        if n >= MAX_TITLE_CHARS {
            return None;
        }
    }
    Some(&before[start..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_shorter_than_the_bound() {
        let (_, titles) = crate::entities::gazetteer::LISTS
            .iter()
            .find(|(l, _)| *l == List::PersonTitle)
            .unwrap();
        let longest = titles
            .text()
            .lines()
            .map(|l| l.chars().count())
            .max()
            .unwrap();
        // a word of n characters lower-cases to at least n, an entry of m to at most 3m
        assert!(3 * longest < MAX_TITLE_CHARS, "{longest}");
        let text = "said Mr Zorblax wrote";
        assert!(acts_as_person(text, Span::new(8, 15), Gazetteer::get()));
        assert_eq!(previous_word("a  bc  ", 7), Some("bc"));
        assert_eq!(previous_word("   ", 3), Some(""));
    }
}
