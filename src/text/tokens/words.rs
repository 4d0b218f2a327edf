//! Word runs and how one run becomes tokens.
//!
//! A run is letters, digits and marks joined by hyphens, apostrophes, dots,
//! and (between digits) commas, colons and slashes: "Brontë-Müller", "O’Brien",
//! "U.S", "1,200.50", "10:30". The run is then cut the way the entity tagger's
//! training data (GUM, wikigold: Penn Treebank style) is cut: possessives and
//! contractions come off ("Putin" + "’s", "do" + "n’t"), abbreviations keep
//! their period ("U.S.", "Mr.") while any other word leaves it as its own token.

use super::chars::{char_at, is_apostrophe, is_cjk, is_mark, is_word_char, is_word_joiner};
use super::links;
use super::{Token, TokenKind};
use crate::text::abbreviations::{self, Abbrev};
use crate::text::span::{is_blank, Span};
use std::collections::VecDeque;

/// The end of the word run starting at `i`, which holds a word char, and
/// whether the run is plain: ASCII letters, digits and underscores only, all
/// read by the fast path (what [`emit_run`] needs to know, and would
/// otherwise scan the run again for).
pub fn scan_run(s: &str, i: usize) -> (usize, bool) {
    let bytes = s.as_bytes();
    let mut j = i;
    let mut prev: Option<char> = None;
    let mut plain = true;
    loop {
        // Fast path for ASCII letters and digits (word chars, never CJK):
        // most of a news text, and decoding each char showed in profiles.
        let ascii = bytes[j..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
            .count();
        if ascii > 0 {
            j += ascii;
            prev = Some(char::from(bytes[j - 1]));
        }
        // Any other ASCII char but the joiners ends the run: a space or a
        // comma after a word, the usual case, is not decoded and needs no
        // look-ahead.
        match bytes.get(j) {
            None => break,
            Some(&b) if b.is_ascii() && !b"',:/-&@.".contains(&b) => break,
            _ => {}
        }
        let Some(c) = char_at(s, j) else {
            break;
        };
        if is_cjk(c) {
            if prev.is_none() {
                plain = false;
                j += c.len_utf8();
                j += s[j..]
                    .chars()
                    .take_while(|&m| is_mark(m))
                    .map(char::len_utf8)
                    .sum::<usize>();
            }
            break;
        }
        if is_word_char(c) {
            plain = false;
            prev = Some(c);
            j += c.len_utf8();
            continue;
        }
        let (Some(p), Some(n)) = (prev, char_at(s, j + c.len_utf8())) else {
            break;
        };
        if !is_word_char(n) || is_cjk(n) || !joins(p, c, n) {
            break;
        }
        plain = false;
        j += c.len_utf8();
    }
    let end = j.max(i + char_at(s, i).map_or(0, char::len_utf8));
    (end, plain && end == j)
}

/// Whether `c` between `p` and `n` keeps them in one run.
fn joins(p: char, c: char, n: char) -> bool {
    if is_apostrophe(c) {
        return p.is_alphanumeric() && n.is_alphabetic();
    }
    if matches!(c, ',' | ':' | '/') {
        return p.is_numeric() && n.is_numeric();
    }
    is_word_joiner(c)
}

/// Turns the run `start..end` into tokens; returns where the next token may
/// start (after an abbreviation's period, a number's "%", or a domain's path).
/// `plain`: the run is ASCII letters, digits and underscores only (see
/// [`scan_run`]).
pub fn emit_run(
    s: &str,
    start: usize,
    end: usize,
    plain: bool,
    out: &mut VecDeque<Token>,
) -> usize {
    let run = &s[start..end];
    debug_assert_eq!(
        plain,
        run.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    );
    // Most runs are ASCII letters or digits alone ("said", "2024"): no '@',
    // '.' or apostrophe, so no address, domain, glued dot, clitic or
    // initialism, which five searches of the run looked for.
    if plain {
        return emit_piece(s, start, end, true, false, out);
    }
    if run.contains('@') && links::is_email(run) {
        return push(out, start, end, TokenKind::Email);
    }
    if run.contains('.') && links::is_domain(run, true) {
        let e = if char_at(s, end) == Some('/') {
            links::url_tail(s, end)
        } else {
            end
        };
        return push(out, start, e, TokenKind::Url);
    }
    let mut piece = start;
    for dot in glued_sentence_dots(run) {
        emit_piece(s, piece, start + dot, false, true, out);
        push(out, start + dot, start + dot + 1, TokenKind::Punct);
        piece = start + dot + 1;
    }
    emit_piece(s, piece, end, true, true, out)
}

/// Dots that glue two sentences together for want of a space ("Ukraine.Putin
/// said"): a lower-case word before, a capitalised word after.
fn glued_sentence_dots(run: &str) -> Vec<usize> {
    if !run.contains('.') {
        return Vec::new();
    }
    // A sliding window over the last five chars: two before the dot, two after.
    let mut window = [(0usize, ' '); 5];
    let mut dots = Vec::new();
    for (n, ci) in run.char_indices().enumerate() {
        window.rotate_left(1);
        window[4] = ci;
        let [a, b, dot, c, d] = window.map(|(_, ch)| ch);
        if n >= 4
            && dot == '.'
            && a.is_lowercase()
            && b.is_lowercase()
            && c.is_uppercase()
            && d.is_lowercase()
        {
            dots.push(window[2].0);
        }
    }
    dots
}

/// Pushes the token(s) of the piece `ps..pe` of a run (`last`: it ends the
/// run); `marked`: it may hold an apostrophe or a dot (else no clitic or
/// initialism is looked for).
fn emit_piece(
    s: &str,
    ps: usize,
    pe: usize,
    last: bool,
    marked: bool,
    out: &mut VecDeque<Token>,
) -> usize {
    let word = &s[ps..pe];
    let Some(first) = word.chars().next() else {
        return pe;
    };
    if last
        && char_at(s, pe) == Some('.')
        && char_at(s, pe + 1) != Some('.')
        && is_abbreviation(s, word, pe + 1)
    {
        return push(out, ps, pe + 1, TokenKind::Abbreviation);
    }
    let numeric = first.is_numeric();
    if let Some(cut) = marked.then(|| clitic_start(word)).flatten() {
        let kind = if numeric {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        push(out, ps, ps + cut, kind);
        return push(out, ps + cut, pe, TokenKind::Clitic);
    }
    if numeric {
        let percent = char_at(s, pe).filter(|&c| last && matches!(c, '%' | '‰'));
        return push(
            out,
            ps,
            pe + percent.map_or(0, char::len_utf8),
            TokenKind::Number,
        );
    }
    let kind = if marked && is_initialism(word) {
        TokenKind::Abbreviation
    } else {
        TokenKind::Word
    };
    push(out, ps, pe, kind)
}

fn push(out: &mut VecDeque<Token>, start: usize, end: usize, kind: TokenKind) -> usize {
    out.push_back(Token {
        span: Span::new(start, end),
        kind,
    });
    end
}

/// Whether `word` followed by a period (the text after it starting at `after`)
/// is an abbreviation that keeps the period.
pub(super) fn is_abbreviation(s: &str, word: &str, after: usize) -> bool {
    match abbreviations::lookup(word) {
        Some(Abbrev::BeforeNumber) => {
            let next = s[after..].chars().find(|&c| !is_blank(c));
            next.is_some_and(char::is_numeric) || is_initial(word)
        }
        Some(_) => true,
        None => is_initial(word) || is_initialism(word),
    }
}

/// One capital letter (with any combining marks): an initial ("John F. Kennedy").
pub fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(is_mark)
}

/// Single letters joined by dots: "U.S", "D.C", "e.g", "a.m".
pub fn is_initialism(word: &str) -> bool {
    let single_letter = |part: &str| {
        let mut chars = part.chars();
        chars.next().is_some_and(char::is_alphabetic) && chars.all(is_mark)
    };
    word.contains('.') && word.split('.').all(single_letter)
}

/// Where a possessive or contraction starts ("Putin’s" → 5, "don't" → 2).
fn clitic_start(word: &str) -> Option<usize> {
    let (a, apostrophe) = word.char_indices().rev().find(|&(_, c)| is_apostrophe(c))?;
    let suffix = &word[a + apostrophe.len_utf8()..];
    let base = &word[..a];
    if ["s", "re", "ve", "ll", "d", "m"]
        .iter()
        .any(|c| suffix.eq_ignore_ascii_case(c))
    {
        return (!base.is_empty()).then_some(a);
    }
    let negation = suffix.eq_ignore_ascii_case("t") && base.ends_with(['n', 'N']) && base.len() > 1;
    negation.then(|| a - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> &str {
        let (end, plain) = scan_run(s, 0);
        let ascii = s[..end]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_');
        assert_eq!(plain, ascii, "{s}");
        &s[..end]
    }

    #[test]
    fn runs_join_hyphens_apostrophes_dots_and_digit_separators() {
        assert_eq!(run("Euro-Atlantic integration"), "Euro-Atlantic");
        assert_eq!(run("Brontë-Müller,"), "Brontë-Müller");
        assert_eq!(run("O’Brien’s."), "O’Brien’s");
        assert_eq!(run("U.S. officials"), "U.S");
        assert_eq!(run("1,200.50 dollars"), "1,200.50");
        assert_eq!(run("10:30 a.m."), "10:30");
        assert_eq!(run("AT&T"), "AT&T");
    }

    #[test]
    fn runs_stop_at_separators() {
        assert_eq!(run("word, next"), "word");
        assert_eq!(run("Kyiv—the"), "Kyiv");
        assert_eq!(run("pre- and"), "pre");
        assert_eq!(run("and/or"), "and");
        assert_eq!(run("a,b"), "a");
        assert_eq!(run("end..."), "end");
        assert_eq!(run("Putin’ "), "Putin");
        assert_eq!(run("東京"), "東", "ideographs are one token each");
        assert_eq!(run("x東"), "x");
    }

    #[test]
    fn initials_and_initialisms() {
        assert!(is_initial("F"));
        assert!(is_initial("Ж"));
        assert!(!is_initial("f"));
        assert!(!is_initial("Fe"));
        assert!(is_initialism("U.S"));
        assert!(is_initialism("a.m"));
        assert!(!is_initialism("Ph.D"));
        assert!(!is_initialism("US"));
        assert!(!is_initialism("3.5"));
    }

    #[test]
    fn clitics() {
        assert_eq!(clitic_start("Putin’s"), Some(5));
        assert_eq!(clitic_start("it's"), Some(2));
        assert_eq!(clitic_start("don’t"), Some(2));
        assert_eq!(clitic_start("can't"), Some(2));
        assert_eq!(clitic_start("they’re"), Some(4));
        assert_eq!(clitic_start("I’m"), Some(1));
        assert_eq!(clitic_start("O’Brien"), None);
        assert_eq!(clitic_start("rock’n’roll"), None);
        assert_eq!(clitic_start("n't"), None);
        assert_eq!(clitic_start("Putin"), None);
    }

    #[test]
    fn glued_sentences_split_only_between_prose_words() {
        assert_eq!(glued_sentence_dots("Ukraine.Putin"), vec![7]);
        assert!(glued_sentence_dots("ASP.NET").is_empty());
        assert!(glued_sentence_dots("U.S").is_empty());
        assert!(glued_sentence_dots("Mr.Smith").is_empty());
        assert!(glued_sentence_dots("v2.0").is_empty());
    }
}
