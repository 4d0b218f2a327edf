//! Character references (`&amp;`, `&#8212;`, `&notit;`) in raw text: where
//! one ends and what it decodes to.
//!
//! Decoding reuses the tokenizer itself (the lexer's one instantiation of it) on
//! the reference alone, so the cleaner carries no entity table of its own
//! (html5gum already holds the full HTML5 one) and can never disagree with the
//! tokenizer about what a reference means.

use foldhash::HashMap;
use html5gum::emitters::callback::CallbackEvent;

/// Longest named character reference name (`CounterClockwiseContourIntegral`
/// is 31), with room to spare: a `&` followed by a longer run of letters is
/// decoded the same way whatever comes after this many.
const MAX_NAME: usize = 40;

/// References longer than this are decoded without being remembered.
const CACHED_LEN: usize = 48;
/// How many decoded references to remember before starting afresh.
const CACHED_COUNT: usize = 1024;

/// Decodes references, remembering recent ones: articles repeat a handful
/// (`&nbsp;`, `&rsquo;`) many times, and a tokenizer run per reference costs
/// more than a lookup.
#[derive(Debug, Default)]
pub struct References {
    cache: HashMap<String, String>,
    uncached: String,
}

impl References {
    /// What the tokenizer makes of `unit` alone.
    pub fn decode(&mut self, unit: &str) -> &str {
        if unit.len() > CACHED_LEN {
            self.uncached = decode(unit);
            return &self.uncached;
        }
        if !self.cache.contains_key(unit) {
            if self.cache.len() >= CACHED_COUNT {
                self.cache.clear();
            }
            self.cache.insert(unit.to_string(), decode(unit));
        }
        &self.cache[unit]
    }
}

/// End of the would-be character reference at `bytes[at] == b'&'`: `&#` or
/// `&#x` then letters and digits, or `&` then at most `MAX_NAME` letters and
/// digits, then an optional `;`. The tokenizer's reading of it cannot depend on
/// what follows, since no reference continues past such a run.
pub fn reference_end(bytes: &[u8], at: usize, end: usize) -> usize {
    let alnum_from = |mut j: usize, limit: usize| {
        while j < limit && bytes[j].is_ascii_alphanumeric() {
            j += 1;
        }
        j
    };
    let mut j = at + 1;
    if j < end && bytes[j] == b'#' {
        j += 1;
        if j < end && matches!(bytes[j], b'x' | b'X') {
            j += 1;
        }
        j = alnum_from(j, end);
    } else {
        j = alnum_from(j, end.min(at + 1 + MAX_NAME));
    }
    if j > at + 1 && j < end && bytes[j] == b';' {
        j += 1;
    }
    j
}

/// What the tokenizer makes of `unit` alone.
fn decode(unit: &str) -> String {
    let mut out = Vec::new();
    super::lexer::run(unit, false, &mut |event, _, _| {
        if let CallbackEvent::String { value } = event {
            out.extend_from_slice(value);
        }
    });
    String::from_utf8_lossy(&out).into_owned()
}

/// Splits a decoded unit into the reference proper and a verbatim tail, as in
/// `&notit;` → `¬` + `it;` (a legacy name without `;` followed by letters).
/// Returns the byte lengths of the reference in `unit` and in `value`; the
/// reference keeps at least one decoded char and its `&`.
pub fn split_reference(unit: &str, value: &str) -> (usize, usize) {
    if unit == value {
        return (unit.len(), value.len());
    }
    let keep = value.chars().count().saturating_sub(1);
    let mut tail = 0;
    for (n, (a, b)) in unit.chars().rev().zip(value.chars().rev()).enumerate() {
        if a != b || n >= keep || tail + a.len_utf8() >= unit.len() {
            break;
        }
        tail += a.len_utf8();
    }
    (unit.len() - tail, value.len() - tail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn end(s: &str) -> &str {
        &s[..reference_end(s.as_bytes(), 0, s.len())]
    }

    #[test]
    fn where_references_end() {
        assert_eq!(end("&amp;x"), "&amp;");
        assert_eq!(end("&amp x"), "&amp");
        assert_eq!(end("&notit; x"), "&notit;");
        assert_eq!(end("&#8212;—"), "&#8212;");
        assert_eq!(end("&#x1F600;"), "&#x1F600;");
        assert_eq!(end("&#12ab;c"), "&#12ab;");
        assert_eq!(end("& b"), "&");
        assert_eq!(end("&;"), "&");
        assert_eq!(end("&#;"), "&#;");
        let long = format!("&{}", "a".repeat(100));
        assert_eq!(end(&long).len(), 1 + MAX_NAME);
    }

    #[test]
    fn decoding_uses_the_full_html5_table() {
        let mut r = References::default();
        assert_eq!(r.decode("&amp;"), "&");
        assert_eq!(r.decode("&CounterClockwiseContourIntegral;"), "∳");
        assert_eq!(r.decode("&acE;"), "∾\u{333}");
        assert_eq!(r.decode("&notit;"), "¬it;");
        assert_eq!(r.decode("&#128;"), "€");
        assert_eq!(r.decode("&#0;"), "\u{fffd}");
        assert_eq!(r.decode("&bogus;"), "&bogus;");
        assert_eq!(r.decode("&amp;"), "&", "from the cache");
    }

    #[test]
    fn reference_and_verbatim_tail() {
        assert_eq!(split_reference("&notit;", "¬it;"), (4, 2));
        assert_eq!(split_reference("&semi;", ";"), (6, 1));
        assert_eq!(split_reference("&#x30", "0"), (5, 1));
        assert_eq!(split_reference("&bogus;", "&bogus;"), (7, 7));
    }
}
