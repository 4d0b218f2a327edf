//! Finding quotation marks and their likely role, one character at a time.
//!
//! Only the mark's immediate neighbours are read, so the scan is linear and
//! needs no look-behind beyond one character.

use crate::text::span::{is_blank, Span};

/// Marks that pair with each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// " “ ” „ ‟ `` ''
    Double,
    /// ' ‘ ’ ‚
    Single,
    /// « »
    Guillemet,
    /// ‹ ›
    SingleGuillemet,
    /// 「 」 『 』 〝 〞 〟
    Corner,
}

/// What a mark does, judged from its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Open,
    Close,
    /// Closes an open quotation of its family, otherwise opens one.
    Either,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mark {
    pub span: Span,
    pub family: Family,
    pub role: Role,
}

/// Whether a mark after `prev` may open a quotation (nothing glued before it).
fn opens_after(prev: Option<char>) -> bool {
    prev.map_or(true, |p| {
        is_blank(p) || "([{/—–-―‒:".contains(p) || is_mark_char(p)
    })
}

/// Whether a mark before `next` may close a quotation (nothing glued after it).
fn closes_before(next: Option<char>) -> bool {
    next.map_or(true, |n| {
        is_blank(n) || ".,;:!?…)]}/—–-―‒".contains(n) || is_mark_char(n)
    })
}

/// Every character that can be a quotation mark.
pub(crate) fn is_mark_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '“'
            | '”'
            | '„'
            | '‟'
            | '‘'
            | '’'
            | '‚'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
            | '〝'
            | '〞'
            | '〟'
            | '＂'
    )
}

/// The role of a mark from its flanks: glued on the right only opens, glued
/// on the left only closes, free on both sides is `free`, glued on both is `glued`.
fn by_flanks(
    prev: Option<char>,
    next: Option<char>,
    free: Option<Role>,
    glued: Option<Role>,
) -> Option<Role> {
    match (opens_after(prev), closes_before(next)) {
        (true, false) => Some(Role::Open),
        (false, true) => Some(Role::Close),
        (true, true) => free,
        (false, false) => glued,
    }
}

/// A straight double mark with room on both sides: it opens when a word (or
/// an ellipsis) follows it — `"...plied`, `("Yes")` — and closes when only
/// a blank follows; between blanks it is no mark.
fn free_straight(prev: Option<char>, next: Option<char>) -> Option<Role> {
    let blank = |c: Option<char>| c.map_or(true, is_blank);
    match (blank(prev), blank(next)) {
        (_, false) => Some(Role::Open),
        (false, true) => Some(Role::Close),
        (true, true) => None,
    }
}

fn letter(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// The family and role of the mark `c` between `prev` and `next`, or `None`
/// when `c` is no mark here (an apostrophe, a lone straight quote in blanks).
fn classify(c: char, prev: Option<char>, next: Option<char>) -> Option<(Family, Role)> {
    use Family::*;
    let role = match c {
        '"' | '＂' => {
            by_flanks(prev, next, None, Some(Role::Either)).or_else(|| free_straight(prev, next))
        }
        '\'' if letter(prev) && letter(next) => None,
        '\'' => by_flanks(prev, next, None, None),
        '’' | '‘' if letter(prev) && letter(next) => None,
        '’' => by_flanks(prev, next, Some(Role::Close), Some(Role::Close)).map(|r| {
            if r == Role::Open {
                Role::Either
            } else {
                r
            }
        }),
        '‘' => by_flanks(prev, next, Some(Role::Open), Some(Role::Open)),
        '‚' => by_flanks(prev, next, None, None).filter(|&r| r == Role::Open),
        '“' | '”' => by_flanks(prev, next, Some(Role::Either), Some(Role::Either)),
        '„' | '‟' => Some(Role::Open),
        '«' | '»' | '‹' | '›' => {
            by_flanks(prev, next, Some(Role::Either), Some(Role::Either))
        }
        '「' | '『' | '〝' => Some(Role::Open),
        '」' | '』' | '〞' | '〟' => Some(Role::Close),
        _ => None,
    }?;
    let family = match c {
        '"' | '＂' | '“' | '”' | '„' | '‟' => Double,
        '\'' | '‘' | '’' | '‚' => Single,
        '«' | '»' => Guillemet,
        '‹' | '›' => SingleGuillemet,
        _ => Corner,
    };
    Some((family, role))
}

/// The quotation marks inside `span` of `text`, in order.
///
/// Bytes that start no mark (ASCII other than `"`, `'` and `` ` ``; every
/// other mark is not ASCII) are skipped by byte; only a candidate and its two
/// neighbours are decoded. A mark's neighbours are the chars next to it in
/// the span (`None` at its ends).
pub(crate) fn marks(text: &str, span: Span) -> impl Iterator<Item = Mark> + '_ {
    let end = span.end.min(text.len());
    let start = span.start.min(end);
    let slice = text.get(start..end).unwrap_or("");
    let mut pos = 0;
    std::iter::from_fn(move || {
        let bytes = slice.as_bytes();
        while let Some(skip) = bytes[pos..]
            .iter()
            .position(|&b| !b.is_ascii() || matches!(b, b'"' | b'\'' | b'`'))
        {
            // A char boundary: ASCII, or the lead byte of a char.
            let i = pos + skip;
            let c = slice[i..].chars().next()?;
            pos = i + c.len_utf8();
            if !is_mark_char(c) {
                continue;
            }
            let before = slice[..i].chars().next_back();
            let next = slice[pos..].chars().next();
            let at = start + i;
            // `` and '' (TeX and Penn Treebank doubles).
            if (c == '`' || c == '\'') && next == Some(c) {
                pos += 1;
                let after = slice[pos..].chars().next();
                let role = if c == '`' {
                    Role::Open
                } else {
                    by_flanks(before, after, Some(Role::Close), Some(Role::Close))
                        .unwrap_or(Role::Close)
                };
                return Some(Mark {
                    span: Span::new(at, at + 2),
                    family: Family::Double,
                    role,
                });
            }
            if let Some((family, role)) = classify(c, before, next) {
                return Some(Mark {
                    span: Span::new(at, at + c.len_utf8()),
                    family,
                    role,
                });
            }
        }
        pos = slice.len();
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<(Family, Role)> {
        marks(text, Span::new(0, text.len()))
            .map(|m| (m.family, m.role))
            .collect()
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert!(roles("Putin’s don't O'Brien").is_empty());
    }

    #[test]
    fn flanks_decide_straight_marks() {
        use Family::*;
        assert_eq!(
            roles("say \"yes\" now"),
            [(Double, Role::Open), (Double, Role::Close)]
        );
        assert_eq!(
            roles("``yes''"),
            [(Double, Role::Open), (Double, Role::Close)]
        );
        assert_eq!(roles("„Ja“"), [(Double, Role::Open), (Double, Role::Close)]);
    }

    /// The scan char by char, as it was before it skipped bytes.
    #[cfg(not(target_arch = "wasm32"))]
    fn by_char(text: &str) -> Vec<Mark> {
        let mut out = Vec::new();
        let mut chars = text.char_indices().peekable();
        let mut prev = None;
        while let Some((at, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            let before = prev;
            prev = Some(c);
            if (c == '`' || c == '\'') && next == Some(c) {
                chars.next();
                let after = chars.peek().map(|&(_, n)| n);
                let role = if c == '`' {
                    Role::Open
                } else {
                    by_flanks(before, after, Some(Role::Close), Some(Role::Close))
                        .unwrap_or(Role::Close)
                };
                out.push(Mark {
                    span: Span::new(at, at + 2),
                    family: Family::Double,
                    role,
                });
            } else if let Some((family, role)) = classify(c, before, next) {
                let span = Span::new(at, at + c.len_utf8());
                out.push(Mark { span, family, role });
            }
        }
        out
    }

    #[cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency
    #[test]
    fn same_marks_as_the_scan_by_char() {
        use proptest::prelude::*;
        let piece = prop::sample::select(vec![
            "a", "Z", "7", " ", "\n", "\u{a0}", "\"", "'", "`", "“", "”", "„", "‘", "’", "‚", "«",
            "»", "‹", "›", "「", "」", "〝", "＂", "(", ")", ".", ",", "—", ":", "é", "東",
        ]);
        let strings = prop::collection::vec(piece, 0..12).prop_map(|v| v.concat());
        proptest!(ProptestConfig::with_cases(5000), |(s in strings)| {
            let fast: Vec<Mark> = marks(&s, Span::new(0, s.len())).collect();
            prop_assert_eq!(fast, by_char(&s), "{:?}", s);
        });
    }
}
