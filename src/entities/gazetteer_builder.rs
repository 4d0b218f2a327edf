//! Compiles gazetteer list lines into the phrase table a [`Gazetteer`] reads.
//!
//! Separate from `gazetteer.rs` because this runs once, on the package's first
//! call, over some 18,000 lines, and is written for that: the stored bytes of
//! a line are read directly when they are plain words, and only other lines
//! go through UTF-8 and the tokenizer.

use super::gazetteer::{Gazetteer, List, PREFIX, SEED};
use super::hash::{self, pair};
use super::tokenize;
use crate::phrase_table::PhraseTable;

/// Compiles list lines into a [`Gazetteer`].
pub(super) struct Builder {
    phrases: PhraseTable,
    max_len: usize,
    toks: Vec<(usize, usize)>,
}

impl Builder {
    /// Sized once for the lines and a few phrase prefixes: growing the table
    /// 18,000 entries at a time showed in the package's first-call time.
    pub(super) fn with_capacity(lines: usize) -> Builder {
        Builder {
            phrases: PhraseTable::with_capacity(lines + lines / 8),
            max_len: 1,
            toks: Vec::new(),
        }
    }

    /// One line of a list file, as bytes: an entry, or blank, or a `#` comment.
    ///
    /// Most entries are plain words separated by single spaces ("Vladimir",
    /// "New York"): their tokens are those words, and each word's bytes
    /// lower-cased are what `hash::lower` hashes, so they are hashed here
    /// without UTF-8 checks or the tokenizer. Others go through
    /// [`Self::add_text`].
    pub(super) fn add(&mut self, list: List, line: &[u8]) {
        let letter = |b: u8| (b | 0x20).wrapping_sub(b'a') < 26;
        let plain = match (line.first(), line.last()) {
            (Some(&first), Some(&last)) => {
                letter(first) && letter(last) && line.iter().all(|&b| letter(b) || b == b' ')
            }
            _ => false,
        };
        if !plain {
            match std::str::from_utf8(line) {
                Ok(text) => self.add_text(list, text),
                Err(_) => self.add_text(list, &String::from_utf8_lossy(line)),
            }
            return;
        }
        // One pass: a word's hash is finished at the space after it (a
        // prefix of the entry) or at the end of the line (the entry).
        let (mut h, mut word, mut n) = (SEED, hash::Fnv::default(), 1);
        let mut in_word = true;
        for &b in line {
            if b != b' ' {
                word.byte(b | 0x20);
                in_word = true;
            } else if in_word {
                h = pair(h, word.finish());
                self.phrases.or_insert(h, PREFIX);
                (word, in_word, n) = (hash::Fnv::default(), false, n + 1);
            }
        }
        self.phrases
            .or_insert(pair(h, word.finish()), list.begin_bit());
        self.max_len = self.max_len.max(n);
    }

    /// One line of a list file that [`Self::add`] cannot read as plain words:
    /// trimmed, then split by the tokenizer (an entry is one phrase: no
    /// sentence splitting), exactly as look-ups tokenize.
    pub(super) fn add_text(&mut self, list: List, line: &str) {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            return;
        }
        self.toks.clear();
        self.toks.extend(tokenize::words(line));
        self.max_len = self.max_len.max(self.toks.len());
        let mut h = SEED;
        for (k, &(s, e)) in self.toks.iter().enumerate() {
            h = pair(h, hash::lower(&line[s..e]));
            let bit = if k + 1 == self.toks.len() {
                list.begin_bit()
            } else {
                PREFIX
            };
            self.phrases.or_insert(h, bit);
        }
    }

    pub(super) fn finish(self) -> Gazetteer {
        Gazetteer::from_parts(self.phrases, self.max_len)
    }
}
