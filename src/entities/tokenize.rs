//! A small, self-contained word/punctuation tokenizer and sentence splitter.
//!
//! Why it lives here: the name tagger must see exactly the tokens it was trained
//! on, and the crate's real tokenizer (`crate::text::tokens`) is still being
//! written. [`sentences`] is the single boundary to swap later.
//!
//! What matters for names: a sentence-final period and a possessive `'s`/`’s`
//! are split off a word (gluing them on silently turns names into non-names in
//! the training data), while abbreviations ("Mr.", "U.S.", "Inc.") and initials
//! ("J.") keep their period.

pub use super::flat::Sentences;

/// Byte spans of the word tokens of each sentence of `text`.
pub fn sentences(text: &str) -> Sentences {
    let mut out = Sentences::default();
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            if c == '\n' && !out.current().is_empty() {
                out.end_sentence();
            }
            i += c.len_utf8();
            continue;
        }
        let end = token_end(text, i);
        out.push_token(i, end);
        i = end;
        if ends_sentence(text, out.current()) {
            // absorb closing quotes/brackets into this sentence
            while i < text.len() {
                let c = text[i..].chars().next().unwrap_or(' ');
                if matches!(c, '"' | '\'' | '”' | '’' | ')' | ']') {
                    out.push_token(i, i + c.len_utf8());
                    i += c.len_utf8();
                } else {
                    break;
                }
            }
            if next_starts_sentence(text, i) {
                out.end_sentence();
            }
        }
    }
    out.finish()
}

/// The tokens of `text`, ignoring sentence breaks, without allocating (for
/// look-ups of short phrases).
pub fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(c) = text[i..].chars().next() {
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            let end = token_end(text, i);
            let tok = (i, end);
            i = end;
            return Some(tok);
        }
        None
    })
}

/// Abbreviations that keep their period (lower-case, without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "col", "lt", "sgt",
    "capt", "cpt", "gov", "sen", "rep", "rev", "hon", "pres", "inc", "ltd", "co", "corp", "bros",
    "no", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
    "ave", "blvd", "dept", "univ", "approx", "est", "fig", "vol", "al", "e.g", "i.e", "a.m", "p.m",
];

fn is_abbreviation(word: &str) -> bool {
    let n = word.chars().count();
    if n == 1 && word.chars().all(|c| c.is_alphabetic()) {
        return true; // an initial: "J."
    }
    if word.contains('.') {
        return true; // "U.S", "e.g"
    }
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{00AD}' | '\u{0300}'..='\u{036F}')
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The end of the token starting at byte `start`.
fn token_end(text: &str, start: usize) -> usize {
    let rest = &text[start..];
    let Some(first) = rest.chars().next() else {
        return start;
    };
    let mut end = first.len_utf8();
    if is_apostrophe(first) && clitic_len(&rest[end..]) > 0 {
        return start + end + clitic_len(&rest[end..]); // "'s", "’re"
    }
    if !is_word_char(first) {
        return start + end;
    }
    while let Some(c) = rest[end..].chars().next() {
        // ASCII letters and digits (word chars) by byte.
        let ascii = rest.as_bytes()[end..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if ascii > 0 {
            end += ascii;
            continue;
        }
        if is_word_char(c) {
            end += c.len_utf8();
            continue;
        }
        // Only these chars may join (see below): a space or a comma after a
        // word, the usual case, ends it without decoding the chars around.
        if !matches!(c, '-' | '‐' | '&' | '\'' | '’' | '.' | ',' | ':') {
            break;
        }
        let after = &rest[end + c.len_utf8()..];
        let next = after.chars().next();
        let prev = rest[..end].chars().next_back().unwrap_or(' ');
        let joins = match c {
            // "all-girl", "al-Assad", "AT&T"
            '-' | '‐' => next.is_some_and(is_word_char),
            '&' => prev.is_uppercase() && next.is_some_and(char::is_uppercase),
            // "O'Brien", "rock'n'roll", but not the possessive "Obama's"
            '\'' | '’' => next.is_some_and(is_word_char) && clitic_len(after) == 0,
            // "U.S", "e.g": single letters between periods
            '.' => {
                (next.is_some_and(char::is_alphabetic) && single_letter_before(&rest[..end]))
                    || (prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()))
            }
            // "1,000", "10:30"
            ',' | ':' => prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
            _ => false,
        };
        if !joins {
            break;
        }
        end += c.len_utf8();
    }
    // a trailing period stays on abbreviations and initials
    if rest[end..].starts_with('.') && is_abbreviation(&rest[..end]) {
        end += 1;
    }
    start + end
}

/// The length of a clitic (s, t, re, ve, ll, d, m) at the start of `after`,
/// when it is a whole word; else 0.
fn clitic_len(after: &str) -> usize {
    let n = after
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(after.len(), |(i, _)| i);
    let word = &after[..n];
    let is_clitic = ["s", "t", "re", "ve", "ll", "d", "m"]
        .iter()
        .any(|c| c.eq_ignore_ascii_case(word));
    if is_clitic {
        n
    } else {
        0
    }
}
fn single_letter_before(s: &str) -> bool {
    let mut it = s.chars().rev();
    let last = it.next();
    let before = it.next();
    last.is_some_and(char::is_alphabetic) && before.map_or(true, |b| b == '.')
}

/// Whether the last token closes a sentence. Abbreviations never do: "U.S.
/// President" is far more common in news than a sentence ending in "U.S.".
fn ends_sentence(text: &str, toks: &[(usize, usize)]) -> bool {
    toks.last()
        .is_some_and(|&(s, e)| matches!(&text[s..e], "." | "!" | "?" | "…"))
}

/// A new sentence starts after white space with an upper-case letter, digit or
/// opening quote.
fn next_starts_sentence(text: &str, i: usize) -> bool {
    let rest = &text[i..];
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() && !rest.is_empty() {
        return false; // no white space: "3.5", "Yahoo!Inc"
    }
    match trimmed.chars().next() {
        None => true,
        Some(c) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '“' | '\'' | '‘' | '(' | '[')
        }
    }
}
