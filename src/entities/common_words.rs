//! Common English words: the words seen lower-case five or more times in the
//! licensed training texts (`data/ner/common_words.txt`, made by
//! `scripts/common_words.py`). A capitalised word on this list is more likely
//! a sentence start or a plain noun than part of a name; the name rules and
//! the document-level passes ask it before they make or keep a name.

use super::gazetteer::HashMapU64;
use super::hash;
use std::sync::OnceLock;

/// The list, front-coded by `build.rs` (see `front_coded`: 2 KB less gzipped).
static COMMON_WORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/common_words.txt.fc"));

/// The words' `hash::lower` values (already hashes: no second hashing), read
/// line by line from the stored bytes as the gazetteer reads its lists.
fn common_words() -> &'static HashMapU64<()> {
    static SET: OnceLock<HashMapU64<()>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = HashMapU64::default();
        super::front_coded::for_each_line(COMMON_WORDS, |line| {
            if !line.is_empty() && !line.starts_with('#') {
                set.insert(hash::lower(line), ());
            }
        });
        set
    })
}

/// Whether the word, in any case, is a common English word.
pub fn is_common_word(word: &str) -> bool {
    common_words().contains_key(&hash::lower(word))
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
