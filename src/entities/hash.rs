//! Allocation-free string hashing for features and gazetteer look-ups.
//!
//! Features are never materialised as strings: a token's lower-case form, shape,
//! prefixes and suffixes are hashed as they are read, and a feature is the hash
//! of (template id, value hashes) folded into the model's key space. FNV-1a over
//! the UTF-8 bytes of the lower-cased characters, finished with a 64-bit mixer,
//! is fast, deterministic across platforms (no random seeds: the model must load
//! the same in wasm as natively) and good enough for ~10⁶ keys.

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// An incremental FNV-1a hasher.
#[derive(Clone, Copy, Debug)]
pub struct Fnv(pub u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(OFFSET)
    }
}

impl Fnv {
    #[inline]
    pub fn byte(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(PRIME);
    }

    #[inline]
    pub fn char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            self.byte(b);
        }
    }

    /// Feeds the lower-case form of `c` (ASCII fast path).
    #[inline]
    pub fn lower_char(&mut self, c: char) {
        if c.is_ascii() {
            self.byte(c.to_ascii_lowercase() as u8);
        } else {
            for l in c.to_lowercase() {
                self.char(l);
            }
        }
    }

    pub fn finish(self) -> u64 {
        mix(self.0)
    }
}

/// Each ASCII byte as [`lower`] hashes it: lower-cased, the backtick folded
/// to an apostrophe (of the folded variants the only ASCII one).
const FOLDED: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = if b == b'`' as usize {
            b'\''
        } else {
            (b as u8).to_ascii_lowercase()
        };
        b += 1;
    }
    table
};

/// The hash of the lower-case form of `s`.
pub fn lower(s: &str) -> u64 {
    let mut h = Fnv::default();
    // ASCII bytes hash as the char loop below would, without decoding, each
    // folded by one look-up (every token of every sentence is hashed so,
    // twice). The first non-ASCII byte, out of the table, sends the word to
    // the char loop, from its start.
    for &b in s.as_bytes() {
        let Some(&folded) = FOLDED.get(usize::from(b)) else {
            return lower_chars(s);
        };
        h.byte(folded);
    }
    h.finish()
}

/// [`lower`] char by char.
fn lower_chars(s: &str) -> u64 {
    let mut h = Fnv::default();
    for c in s.chars() {
        h.lower_char(normalise_char(c));
    }
    h.finish()
}

/// Folds typographic variants together so that "’s" and "'s", "–" and "-"
/// hash alike.
#[inline]
pub fn normalise_char(c: char) -> char {
    match c {
        '’' | '‘' | '`' | '´' => '\'',
        '“' | '”' | '«' | '»' => '"',
        '–' | '—' | '‐' | '‑' => '-',
        _ => c,
    }
}

/// A 64-bit finaliser (splitmix64).
#[inline]
pub fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Combines two hashes, order-sensitively. Cheap (one multiply): feature keys
/// get a full [`mix`] at the end.
#[inline]
pub fn pair(a: u64, b: u64) -> u64 {
    (a.rotate_left(23) ^ b).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_folds_case_and_apostrophes() {
        assert_eq!(lower("Putin"), lower("PUTIN"));
        assert_eq!(lower("’s"), lower("'s"));
        assert_ne!(lower("Putin"), lower("Putina"));
    }

    #[test]
    fn pair_is_ordered() {
        assert_ne!(pair(1, 2), pair(2, 1));
    }

    #[test]
    fn ascii_fast_path_hashes_like_the_char_loop() {
        for s in [
            "Putin",
            "`quoted`",
            "AT&T-2024",
            "",
            "x'Y",
            "Zoë",
            "’s",
            "Éric`s",
            "KÖLN–Bonn",
        ] {
            let mut h = Fnv::default();
            s.chars().for_each(|c| h.lower_char(normalise_char(c)));
            assert_eq!(lower(s), h.finish(), "{s}");
        }
    }

    #[test]
    fn stable_values() {
        // The committed model depends on these exact values.
        assert_eq!(lower(""), mix(OFFSET));
        assert_eq!(lower("a"), mix((OFFSET ^ 0x61).wrapping_mul(PRIME)));
    }
}
