//! Aligning a text token's decoded text with its raw source.
//!
//! The tokenizer hands over text already decoded (`&amp;` → `&`, CRLF → LF)
//! without saying which source bytes each character came from. Walking the
//! decoded text and the raw slice side by side recovers that: equal stretches
//! are verbatim copies; at a `&` the reference is decoded on its own (by the
//! same tokenizer, so by the same full HTML5 entity table) and must match what
//! comes next; at a `\r` a `\n` must come next (and U+FFFD for a NUL in raw
//! text); a `</>`, which the tokenizer drops, is skipped. Anything else that
//! does not line up (which a correct tokenizer never produces) ends the walk:
//! the rest of the decoded text maps to the rest of the raw slice as one unit,
//! so the map stays ordered and nothing panics.

use super::references::{reference_end, split_reference, References};
use crate::text::span::Span;

/// Decoded text and the source it came from. `exact` when the text is a
/// verbatim copy of the source; otherwise the text stands for the whole source
/// range (a character reference, a normalised line break).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Atom<'a> {
    pub text: &'a str,
    pub source: Span,
    pub exact: bool,
}

/// Splits `decoded` into atoms covering it in order, mapped into `raw` (a range
/// of `source` on char boundaries). `references` is `None` for raw text
/// (`xmp`, `plaintext`), where the tokenizer leaves references as they are.
pub fn align<'a>(
    mut references: Option<&mut References>,
    decoded: &'a str,
    source: &str,
    raw: Span,
    mut emit: impl FnMut(Atom<'a>),
) {
    let bytes = source.as_bytes();
    let (mut i, end) = (raw.start, raw.end);
    let mut k = 0;
    while k < decoded.len() {
        let rest = &decoded[k..];
        if i >= end {
            return fallback(rest, source, Span::new(end, end), &mut emit);
        }
        let step = match bytes[i] {
            b'&' => match references.as_deref_mut() {
                Some(r) => reference(r, source, i, end, rest, &mut emit),
                None => Step::Plain,
            },
            b'\r' => {
                let unit_end = if bytes.get(i + 1) == Some(&b'\n') && i + 1 < end {
                    i + 2
                } else {
                    i + 1
                };
                replaced(rest, "\n", Span::new(i, unit_end), &mut emit)
            }
            // NUL is replaced in raw text, kept elsewhere.
            b'\0' if rest.starts_with('\u{fffd}') => {
                replaced(rest, "\u{fffd}", Span::new(i, i + 1), &mut emit)
            }
            // `</>` is dropped by the tokenizer without ending the text token.
            b'<' if source[i..end].starts_with("</>") && !rest.starts_with("</>") => {
                Step::Took(i + 3, 0)
            }
            _ => Step::Plain,
        };
        let (raw_end, taken) = match step {
            Step::Took(raw_end, taken) => (raw_end, taken),
            Step::Mismatch => return fallback(rest, source, Span::new(i, end), &mut emit),
            Step::Plain => {
                let stop = bytes[i + 1..end]
                    .iter()
                    .position(|b| matches!(b, b'&' | b'\r' | b'<' | b'\0'))
                    .map_or(end, |p| i + 1 + p);
                let same = common_prefix(&source[i..stop], rest);
                if same == 0 {
                    return fallback(rest, source, Span::new(i, end), &mut emit);
                }
                emit(Atom {
                    text: &rest[..same],
                    source: Span::new(i, i + same),
                    exact: true,
                });
                (i + same, same)
            }
        };
        (i, k) = (raw_end, k + taken);
    }
}

/// What a special sequence in the raw text came to.
enum Step {
    /// Not special here: compare verbatim.
    Plain,
    /// Consumed the raw text up to `.0` and `.1` bytes of decoded text.
    Took(usize, usize),
    /// The decoded text does not follow from the raw text.
    Mismatch,
}

/// A raw sequence `unit` that the tokenizer turned into `value`.
fn replaced<'a>(rest: &'a str, value: &str, unit: Span, emit: &mut impl FnMut(Atom<'a>)) -> Step {
    if !rest.starts_with(value) {
        return Step::Mismatch;
    }
    emit(Atom {
        text: &rest[..value.len()],
        source: unit,
        exact: false,
    });
    Step::Took(unit.end, value.len())
}

/// A character reference at `source[i] == '&'`, if it is one.
fn reference<'a>(
    references: &mut References,
    source: &str,
    i: usize,
    end: usize,
    rest: &'a str,
    emit: &mut impl FnMut(Atom<'a>),
) -> Step {
    let unit_end = reference_end(source.as_bytes(), i, end);
    if unit_end == i + 1 {
        return Step::Plain;
    }
    let unit = &source[i..unit_end];
    let value = references.decode(unit);
    if !rest.starts_with(value) {
        return Step::Mismatch;
    }
    let (unit_ref, value_ref) = split_reference(unit, value);
    emit(Atom {
        text: &rest[..value_ref],
        source: Span::new(i, i + unit_ref),
        exact: rest[..value_ref] == unit[..unit_ref],
    });
    if value_ref < value.len() {
        emit(Atom {
            text: &rest[value_ref..value.len()],
            source: Span::new(i + unit_ref, unit_end),
            exact: true,
        });
    }
    Step::Took(unit_end, value.len())
}

/// Maps what is left of the decoded text to what is left of the raw slice.
fn fallback<'a>(rest: &'a str, source: &str, raw: Span, emit: &mut impl FnMut(Atom<'a>)) {
    emit(Atom {
        text: rest,
        source: raw,
        exact: rest == raw.slice(source),
    });
}

/// Length of the longest common prefix of `a` and `b`, on a char boundary.
fn common_prefix(a: &str, b: &str) -> usize {
    let mut n = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    while !a.is_char_boundary(n) {
        n -= 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Atoms as `text<-source` (`=` when exact, `~` otherwise).
    fn atoms(decoded: &str, source: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut references = References::default();
        align(
            Some(&mut references),
            decoded,
            source,
            Span::new(0, source.len()),
            |a| {
                let op = if a.exact { "=" } else { "~" };
                out.push(format!("{}{op}{}", a.text, a.source.slice(source)));
            },
        );
        out
    }

    #[test]
    fn verbatim_text_is_one_exact_atom() {
        assert_eq!(
            atoms("Kyiv — 1 < 2", "Kyiv — 1 < 2"),
            ["Kyiv — 1 =Kyiv — 1 ", "< 2=< 2"]
        );
    }

    #[test]
    fn references_map_to_their_whole_source() {
        assert_eq!(atoms("a & b", "a &amp; b"), ["a =a ", "&~&amp;", " b= b"]);
        assert_eq!(
            atoms("’—\u{a0}x", "&rsquo;&#8212;&nbspx"),
            ["’~&rsquo;", "—~&#8212;", "\u{a0}~&nbsp", "x=x"]
        );
        assert_eq!(atoms("😀", "&#x1F600;"), ["😀~&#x1F600;"]);
    }

    #[test]
    fn legacy_reference_followed_by_letters_keeps_its_tail_verbatim() {
        assert_eq!(atoms("¬it;", "&notit;"), ["¬~&not", "it;=it;"]);
        assert_eq!(atoms(";", "&semi;"), [";~&semi;"]);
        assert_eq!(atoms("0g", "&#x30g"), ["0~&#x30", "g=g"]);
    }

    #[test]
    fn things_that_are_not_references_are_verbatim() {
        assert_eq!(
            atoms("AT&T &foo; &#x; &", "AT&T &foo; &#x; &"),
            [
                "AT=AT",
                "&T=&T",
                " = ",
                "&foo;=&foo;",
                " = ",
                "&#x;=&#x;",
                " = ",
                "&=&"
            ]
        );
        assert_eq!(atoms("&amp;", "&amp;amp;"), ["&~&amp;", "amp;=amp;"]);
    }

    #[test]
    fn line_breaks_are_normalised() {
        assert_eq!(
            atoms("a\nb\n", "a\r\nb\r"),
            ["a=a", "\n~\r\n", "b=b", "\n~\r"]
        );
    }

    #[test]
    fn raw_text_keeps_references_and_replaces_nul() {
        let mut out = Vec::new();
        let source = "&amp;\0";
        align(None, "&amp;\u{fffd}", source, Span::new(0, 6), |a| {
            out.push((a.text, a.source.slice(source), a.exact));
        });
        assert_eq!(out, [("&amp;", "&amp;", true), ("\u{fffd}", "\0", false)]);
    }

    #[test]
    fn dropped_empty_end_tag_is_skipped() {
        assert_eq!(atoms("ab", "a</>b"), ["a=a", "b=b"]);
    }

    #[test]
    fn misalignment_falls_back_without_panicking() {
        assert_eq!(atoms("abXY", "abcd"), ["ab=ab", "XY~cd"]);
        assert_eq!(atoms("ab", "a"), ["a=a", "b~"]);
        assert_eq!(atoms("a&b", "a&amp;"), ["a=a", "&~&amp;", "b~"]);
        assert_eq!(atoms("a?b", "a&lt;"), ["a=a", "?b~&lt;"]);
        assert_eq!(atoms("é", "e\u{301}"), ["é~e\u{301}"]);
        assert!(atoms("", "abc").is_empty());
    }
}
