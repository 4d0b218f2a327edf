//! Common English words: the words seen lower-case five or more times in the
//! licensed training texts (`data/ner/common_words.txt`, made by
//! `scripts/common_words.py`). A capitalised word on this list is more likely
//! a sentence start or a plain noun than part of a name; the name rules and
//! the document-level passes ask it before they make or keep a name.

use super::hash;
use std::collections::HashSet;
use std::sync::OnceLock;

/// The list, front-coded by `build.rs` (see `front_coded`: 2 KB less gzipped).
static COMMON_WORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/common_words.txt.fc"));

fn common_words() -> &'static HashSet<u64> {
    static SET: OnceLock<HashSet<u64>> = OnceLock::new();
    SET.get_or_init(|| {
        super::front_coded::decode(COMMON_WORDS)
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(hash::lower)
            .collect()
    })
}

/// Whether the word, in any case, is a common English word.
pub fn is_common_word(word: &str) -> bool {
    common_words().contains(&hash::lower(word))
}

#[cfg(test)]
mod tests {
    use super::is_common_word;

    #[test]
    fn common_words_in_any_case() {
        assert!(is_common_word("space"));
        assert!(is_common_word("Like"));
        assert!(!is_common_word("Stefanishyna"));
    }
}
