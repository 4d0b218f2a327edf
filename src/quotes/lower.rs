//! A word lower-cased without a string of its own in the common cases.

use std::ops::Deref;

/// Longest ASCII word lowered on the stack ("constitutionality" is 17).
const INLINE: usize = 24;

/// A word lower-cased, as [`Lower::new`] makes it; reads as a `&str`.
pub(crate) enum Lower<'a> {
    /// The word itself: lower-case ASCII already.
    Text(&'a str),
    /// A short ASCII word with capitals, lowered here.
    Short { bytes: [u8; INLINE], len: u8 },
    /// Any other word (longer, or not ASCII).
    Owned(String),
}

impl<'a> Lower<'a> {
    /// `w` lower-cased as `str::to_lowercase` does it.
    pub fn new(w: &'a str) -> Lower<'a> {
        if !w.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
            return Lower::Text(w);
        }
        if w.is_ascii() && w.len() <= INLINE {
            let mut bytes = [0u8; INLINE];
            bytes[..w.len()].copy_from_slice(w.as_bytes());
            bytes.make_ascii_lowercase();
            return Lower::Short {
                bytes,
                len: w.len() as u8,
            };
        }
        Lower::Owned(if w.is_ascii() {
            w.to_ascii_lowercase()
        } else {
            w.to_lowercase()
        })
    }
}

impl Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Lower::Text(s) => s,
            // ASCII by construction: the check cannot fail
            Lower::Short { bytes, len } => {
                std::str::from_utf8(&bytes[..*len as usize]).unwrap_or("")
            }
            Lower::Owned(s) => s,
        }
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_as_the_word_lowercased() {
        let long = "CONSTITUTIONALITY-OF-THINGS";
        for w in [
            "said",
            "Said",
            "MR",
            "",
            "O'Neil",
            long,
            "Ναυτίλος",
            "ПУТИН",
            "a1B2",
        ] {
            let l = Lower::new(w);
            assert_eq!(&*l, w.to_lowercase(), "{w}");
            assert!(l == w.to_lowercase().as_str());
        }
        assert!(matches!(Lower::new("said"), Lower::Text(_)));
        assert!(matches!(Lower::new("Said"), Lower::Short { .. }));
        assert!(matches!(Lower::new(long), Lower::Owned(_)));
        assert!(matches!(Lower::new("Путин"), Lower::Owned(_)));
    }
}
