//! What the feature templates need to know about each token, computed once per
//! token without allocating: hashes of its lower-case form, shape, prefixes and
//! suffixes, and a few orthographic flags.

use super::hash::{self, normalise_char, Fnv};

/// Per-token facts, all hashes allocation-free.
#[derive(Clone, Copy, Debug, Default)]
pub struct TokInfo {
    pub lower: u64,
    /// Compressed shape: upper → X, lower → x, digit → d, repeats collapsed ("Xx", "X.X.").
    pub shape: u64,
    pub prefix: [u64; 2],
    pub suffix: [u64; 3],
    /// First character is upper-case.
    pub cap: bool,
    /// First character is lower-case.
    pub lower_initial: bool,
    /// Every letter upper-case, at least two letters.
    pub all_caps: bool,
    pub has_digit: bool,
    /// No letter or digit at all.
    pub punct: bool,
    pub chars: u8,
}

impl TokInfo {
    pub fn new(word: &str) -> TokInfo {
        if word.is_ascii() {
            Self::ascii(word.as_bytes())
        } else {
            Self::from_chars(word)
        }
    }

    /// [`Self::new`] for an ASCII word (most tokens), in one pass over its
    /// bytes with no decoding: the same values as [`Self::from_chars`] (the
    /// tests compare them), whose class, lower-case and affix loops each read
    /// the word again.
    fn ascii(w: &[u8]) -> TokInfo {
        // `normalise_char` on ASCII: only the backtick changes.
        let norm = |b: u8| if b == b'`' { b'\'' } else { b };
        let mut info = TokInfo::default();
        let (mut shape, mut lower) = (Fnv::default(), Fnv::default());
        let mut last_class = 0u8;
        let (mut letters, mut uppers) = (0u32, 0u32);
        let mut alnum = false;
        for &b in w {
            let b = norm(b);
            let class = match b {
                b'A'..=b'Z' => {
                    uppers += 1;
                    letters += 1;
                    b'X'
                }
                b'a'..=b'z' => {
                    letters += 1;
                    b'x'
                }
                b'0'..=b'9' => {
                    info.has_digit = true;
                    b'd'
                }
                _ => b,
            };
            alnum |= matches!(class, b'X' | b'x' | b'd');
            if class != last_class {
                shape.byte(class);
                last_class = class;
            }
            lower.byte(b.to_ascii_lowercase());
        }
        let first = w.first().copied().map(norm);
        info.cap = first.is_some_and(|b| b.is_ascii_uppercase());
        info.lower_initial = first.is_some_and(|b| b.is_ascii_lowercase());
        info.lower = lower.finish();
        info.shape = shape.finish();
        info.all_caps = letters >= 2 && uppers == letters;
        info.punct = !alnum;
        let n = w.len();
        info.chars = n.min(255) as u8;
        let affix = |bytes: &[u8], long_enough: bool| {
            if !long_enough {
                return 0;
            }
            let mut h = Fnv::default();
            for &b in bytes {
                h.byte(norm(b).to_ascii_lowercase());
            }
            h.finish()
        };
        for (k, len) in [2usize, 3].into_iter().enumerate() {
            info.prefix[k] = affix(&w[..len.min(n)], n >= len);
        }
        for (k, len) in [2usize, 3, 4].into_iter().enumerate() {
            info.suffix[k] = affix(&w[n.saturating_sub(len)..], n > len);
        }
        info
    }

    /// [`Self::new`] for any word, char by char.
    fn from_chars(word: &str) -> TokInfo {
        let mut info = TokInfo::default();
        let mut shape = Fnv::default();
        let mut last_class = '\0';
        let mut letters = 0u32;
        let mut uppers = 0u32;
        let mut alnum = false;
        let mut n = 0usize;
        for (i, c) in word.chars().enumerate() {
            n += 1;
            let c = normalise_char(c);
            let class = if c.is_uppercase() {
                uppers += 1;
                letters += 1;
                'X'
            } else if c.is_alphabetic() {
                letters += 1;
                'x'
            } else if c.is_numeric() {
                info.has_digit = true;
                'd'
            } else {
                c
            };
            if i == 0 {
                info.cap = class == 'X';
                info.lower_initial = class == 'x';
            }
            alnum |= matches!(class, 'X' | 'x' | 'd');
            if class != last_class {
                shape.char(class);
                last_class = class;
            }
        }
        info.lower = hash::lower(word);
        info.shape = shape.finish();
        info.all_caps = letters >= 2 && uppers == letters;
        info.punct = !alnum;
        info.chars = n.min(255) as u8;
        for (k, len) in [2usize, 3].into_iter().enumerate() {
            info.prefix[k] = affix(word.chars().take(len), n >= len);
        }
        for (k, len) in [2usize, 3, 4].into_iter().enumerate() {
            let skip = n.saturating_sub(len);
            info.suffix[k] = affix(word.chars().skip(skip), n > len);
        }
        info
    }
}

/// The facts of its first letter that document evidence reads besides the
/// word's lower-case hash (`cap`, `lower_initial`), the same values as
/// [`TokInfo::new`] gives: the tagger gathers them for every token before it
/// extracts features, and the full facts would cost that pass as much again.
pub fn initial_case(word: &str) -> (bool, bool) {
    let first = word.chars().next().map(normalise_char);
    let cap = first.is_some_and(char::is_uppercase);
    let lower_initial = first.is_some_and(|c| !c.is_uppercase() && c.is_alphabetic());
    (cap, lower_initial)
}

/// Hash of an affix; words not longer than the affix get one shared value, so
/// that "Li" does not look like the suffix "li".
fn affix(chars: impl Iterator<Item = char>, long_enough: bool) -> u64 {
    if !long_enough {
        return 0;
    }
    let mut h = Fnv::default();
    for c in chars {
        h.lower_char(normalise_char(c));
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_collapse() {
        assert_eq!(TokInfo::new("Putin").shape, TokInfo::new("Kyiv").shape);
        assert_ne!(TokInfo::new("Putin").shape, TokInfo::new("NATO").shape);
        assert_eq!(TokInfo::new("U.S.").shape, TokInfo::new("U.K.").shape);
    }

    #[test]
    fn flags() {
        let t = TokInfo::new("NATO");
        assert!(t.cap && t.all_caps && !t.punct);
        assert!(TokInfo::new(",").punct);
        assert!(TokInfo::new("2019").has_digit);
        assert!(TokInfo::new("iPhone").lower_initial);
    }

    #[test]
    fn initial_case_and_hash_match_the_full_facts() {
        for w in [
            "Putin", "kyiv", "NATO", "2019", ",", "iPhone", "Éric", "ßtraße", "’s", "", "Ǆemal",
        ] {
            let t = TokInfo::new(w);
            assert_eq!(
                (hash::lower(w), initial_case(w)),
                (t.lower, (t.cap, t.lower_initial)),
                "{w}"
            );
        }
    }

    #[test]
    fn the_ascii_pass_gives_the_char_loop_values() {
        for w in [
            "Putin",
            "kyiv",
            "NATO",
            "2019",
            ",",
            "iPhone",
            "`",
            "``Hi''",
            "U.S.",
            "a",
            "",
            "AT&T-2024",
            "x'Y",
            "ab",
            "abc",
            "abcd",
            "abcde",
            "Mr.",
            "...",
            "1,200.50",
            "C3PO",
        ] {
            let (a, b) = (TokInfo::new(w), TokInfo::from_chars(w));
            assert_eq!(format!("{a:?}"), format!("{b:?}"), "{w}");
        }
    }

    #[test]
    fn affixes_are_case_blind() {
        assert_eq!(TokInfo::new("Moscow").suffix, TokInfo::new("moscow").suffix);
    }
}
