//! Roles and titles of people: "US President" for Donald Trump, "Ukraine’s
//! Deputy Prime Minister for European and Euro-Atlantic Integration" for Olha
//! Stefanishyna, "a doctor at the clinic" in "X, a doctor at the clinic, said".
//!
//! Two places carry a role in news: the title phrase right before the name
//! (capitalised words around at least one title word, optionally opened by a
//! place's possessive or a demonym), and an appositive right after it, between
//! commas, that contains a title or starts with an article.

use crate::entities::gazetteer::{Gazetteer, List};
use crate::entities::hash;
use crate::text::span::Span;

/// Words that may join the capitalised words of a title phrase.
const CONNECTORS: [&str; 5] = ["for", "of", "and", "the", "on"];
/// Capitalised words that start sentences or clauses rather than titles.
const NOT_TITLE: [&str; 24] = [
    "Since",
    "In",
    "On",
    "At",
    "The",
    "A",
    "An",
    "As",
    "After",
    "When",
    "But",
    "And",
    "While",
    "With",
    "For",
    "By",
    "From",
    "Under",
    "Before",
    "During",
    "If",
    "Then",
    "So",
    "Meanwhile",
];
/// Longest role phrase, in words.
const MAX_WORDS: usize = 14;

fn is_title(gaz: &Gazetteer, word: &str) -> bool {
    gaz.lookup_one(hash::lower(word)) & List::PersonTitle.begin_bit() != 0
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Characters that end the clause a title phrase can belong to.
fn ends_clause(c: char) -> bool {
    matches!(c, '\n' | '.' | ';' | ':' | ',' | '(' | '“' | '"')
}

/// The last `max` white-space-separated words before byte `end`, right to
/// left, with their byte offsets, not reaching back past a clause mark.
///
/// Reads backwards only as far as it needs: finding the clause start first
/// would read back to the start of the text for every name in a long text
/// without punctuation, and make the roles quadratic.
fn last_words(text: &str, end: usize, max: usize) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut word_end = None;
    for (i, c) in text[..end].char_indices().rev() {
        let next = i + c.len_utf8();
        if ends_clause(c) || c.is_whitespace() {
            if let Some(e) = word_end.take() {
                words.push((next, &text[next..e]));
            }
            if ends_clause(c) || words.len() == max {
                return words;
            }
        } else if word_end.is_none() {
            word_end = Some(next);
        }
    }
    if let Some(e) = word_end {
        words.push((0, &text[..e]));
    }
    words
}

/// The role phrase ending right before `name` (only white space between), if any.
pub fn title_before(text: &str, name: Span, gaz: &Gazetteer) -> Option<Span> {
    if !text[..name.start].ends_with(char::is_whitespace) {
        return None;
    }
    let words = last_words(text, name.start, MAX_WORDS);
    let mut start = None;
    let mut has_title = false;
    for &(pos, word) in &words {
        let bare = super::groups::trim_possessives(word);
        let possessive = bare.len() != word.len();
        if possessive && capitalised(bare) {
            start = Some(pos); // "Ukraine’s" opens the phrase
            break;
        }
        if capitalised(word) && !NOT_TITLE.contains(&word) {
            has_title |= is_title(gaz, word);
            start = Some(pos);
        } else if CONNECTORS.contains(&word) && start.is_some() {
            continue;
        } else {
            break;
        }
    }
    let start = start?;
    if !has_title {
        return None;
    }
    Some(Span::new(start, name.start).trim(text))
}

/// The appositive right after `name`: ", a doctor at Y," or ", Ukraine’s deputy
/// prime minister,".
pub fn apposition_after(text: &str, name: Span, gaz: &Gazetteer) -> Option<Span> {
    let rest = &text[name.end..];
    let rest_trimmed = rest
        .strip_prefix("’s")
        .or_else(|| rest.strip_prefix("'s"))
        .unwrap_or(rest);
    let after_comma = rest_trimmed.strip_prefix(", ")?;
    let end = after_comma.find([',', '.', ';', '\n', '(', '“', '"'])?;
    if !after_comma[end..].starts_with(',') {
        return None;
    }
    let phrase = &after_comma[..end];
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_WORDS {
        return None;
    }
    let starts_like_role = matches!(words[0], "a" | "an" | "the")
        || words[0].ends_with("’s")
        || words[0].ends_with("'s");
    let has_title = words
        .iter()
        .any(|w| is_title(gaz, w.trim_end_matches(['’', '\''])));
    if !(has_title || starts_like_role && words.len() >= 2) {
        return None;
    }
    let start = name.end + (rest.len() - after_comma.len());
    Some(Span::new(start, start + end).trim(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(text: &str, name: &str) -> (Option<String>, Option<String>) {
        let gaz = Gazetteer::get();
        let s = text.find(name).unwrap();
        let span = Span::new(s, s + name.len());
        (
            title_before(text, span, gaz).map(|r| r.slice(text).to_string()),
            apposition_after(text, span, gaz).map(|r| r.slice(text).to_string()),
        )
    }

    #[test]
    fn titles_before_names() {
        assert_eq!(
            role("Since US President Donald Trump’s return", "Donald Trump")
                .0
                .as_deref(),
            Some("US President")
        );
        let t = "with Ukraine’s Deputy Prime Minister for European and Euro-Atlantic Integration Olha Stefanishyna writing";
        assert_eq!(
            role(t, "Olha Stefanishyna").0.as_deref(),
            Some("Ukraine’s Deputy Prime Minister for European and Euro-Atlantic Integration")
        );
        // No title word: no role ("Since Donald", "Kyiv").
        assert_eq!(role("Since Donald Trump returned", "Donald Trump").0, None);
        assert_eq!(
            role("talks between Kyiv and Vladimir Putin", "Vladimir Putin").0,
            None
        );
    }

    #[test]
    fn appositions_after_names() {
        assert_eq!(
            role(
                "Jane Doe, a doctor at the clinic, said it was safe.",
                "Jane Doe"
            )
            .1
            .as_deref(),
            Some("a doctor at the clinic")
        );
        assert_eq!(
            role(
                "Olha Stefanishyna, the deputy prime minister, said",
                "Olha Stefanishyna"
            )
            .1
            .as_deref(),
            Some("the deputy prime minister")
        );
        // A list is not an apposition.
        assert_eq!(role("Putin, Trump and Zelensky met.", "Putin").1, None);
        assert_eq!(role("Putin, Xi, Modi, said", "Putin").1, None);
    }
}
