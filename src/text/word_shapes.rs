//! A filter over the (length, first byte, last byte) of a set's words,
//! for sets that are asked about every word of a text.
//!
//! The quotation layer asks every token whether it is a speech verb, the
//! value scan whether it may start a value, the product, works and media
//! rules whether it is one of their cue nouns ("browser", "film", "Times")
//! and the statistic cues whether it is a number word. A set look-up hashes or compares the word
//! (in wasm each string comparison is a call to `memcmp`); most words have
//! no member's length, first and last byte and are answered here with a
//! shift and a mask: about four words in five for the speech verbs.

/// The shapes of a set's words, 4,096 bits.
#[derive(Debug)]
pub(crate) struct Shapes([u64; 64]);

impl Shapes {
    /// The shapes of the empty set: every word is turned away.
    const EMPTY: Shapes = Shapes([0; 64]);

    pub fn of(words: impl IntoIterator<Item = impl AsRef<str>>) -> Shapes {
        (words.into_iter()).fold(Shapes::EMPTY, |shapes, w| {
            shapes.with(w.as_ref().as_bytes())
        })
    }

    /// These shapes and the shape of `word` (a `const fn`, so that a fixed
    /// list's shapes are computed at compile time).
    const fn with(mut self, word: &[u8]) -> Shapes {
        if let (Some(&first), Some(&last)) = (word.first(), word.last()) {
            let k = Self::key(word.len(), first, last);
            self.0[k / 64] |= 1 << (k % 64);
        }
        self
    }

    /// A bit for the shape: 4 bits of length, 5 of the first byte, mixed
    /// with the last (12 bits in all).
    const fn key(len: usize, first: u8, last: u8) -> usize {
        let len = if len < 15 { len } else { 15 };
        ((len << 8) | (((first & 0x1f) as usize) << 3) ^ last as usize) & 0xfff
    }

    /// Whether a word of `len` bytes from byte `first` to byte `last` may be
    /// in the set: `false` only when no member has that shape. (The
    /// quotation layer asks with an ASCII word's bytes lower-cased, for a set
    /// of lower-case words.)
    pub fn may_hold(&self, len: usize, first: u8, last: u8) -> bool {
        let k = Self::key(len, first, last);
        self.0[k / 64] & (1 << (k % 64)) != 0
    }

    /// [`Self::may_hold`] for a word as it stands: `false` only when the
    /// word is none of the set's (a member has its length, first and last
    /// byte).
    pub fn may_hold_word(&self, word: &str) -> bool {
        let b = word.as_bytes();
        match (b.first(), b.last()) {
            (Some(&first), Some(&last)) => self.may_hold(b.len(), first, last),
            _ => false,
        }
    }
}

/// The shapes of the empty set: every word is turned away.
impl Default for Shapes {
    fn default() -> Self {
        Shapes::EMPTY
    }
}

/// A fixed word list that is asked about every word: a word is compared with
/// the entries only when one of them has its shape.
#[derive(Debug)]
pub(crate) struct FixedWords {
    words: &'static [&'static str],
    shapes: Shapes,
}

impl FixedWords {
    /// The list and its shapes, built at compile time: a `static` needs no
    /// lazy initialisation, nor a check of it at every word.
    pub const fn new(words: &'static [&'static str]) -> Self {
        let (mut shapes, mut i) = (Shapes::EMPTY, 0);
        while i < words.len() {
            shapes = shapes.with(words[i].as_bytes());
            i += 1;
        }
        FixedWords { words, shapes }
    }

    /// Whether `word` is one of the list's, as it stands (case and all).
    pub fn contains(&self, word: &str) -> bool {
        self.shapes.may_hold_word(word) && self.words.contains(&word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOUNS: [&str; 4] = ["browser", "browsers", "jet", "drones"];

    #[test]
    fn members_may_be_held() {
        let shapes = Shapes::of(NOUNS);
        for w in NOUNS {
            assert!(shapes.may_hold_word(w), "{w}");
        }
    }

    /// Another length, first or last letter turns a word away; a word of a
    /// member's shape is let through (the set decides), non-ASCII ones too.
    #[test]
    fn other_shapes_are_turned_away() {
        let shapes = Shapes::of(NOUNS);
        for w in [
            "browse", "bowsers!", "jets", "set", "dronez", "", "the", "said",
        ] {
            assert!(!shapes.may_hold_word(w), "{w}");
        }
        assert!(shapes.may_hold_word("jot"));
        let accented = Shapes::of(["café", "mañana"]);
        assert!(accented.may_hold_word("café") && accented.may_hold_word("mañana"));
        assert!(!accented.may_hold_word("cafe") && !accented.may_hold_word("mañanas"));
    }

    #[test]
    fn fixed_words_hold_their_words_only() {
        let list = FixedWords::new(&NOUNS);
        for w in NOUNS {
            assert!(list.contains(w), "{w}");
        }
        for w in ["jot", "Jet", "browsers.", "drone", "", "the"] {
            assert!(!list.contains(w), "{w}");
        }
    }
}
