//! Name lists (gazetteers) and cue-word lists, matched on token sequences.
//!
//! The lists are plain text in `data/gazetteers/` (generated ones by
//! `scripts/gazetteers.sh`, hand-curated ones with a header saying why), embedded
//! with `include_str!`, or front-coded by `build.rs` for the long generated ones. They feed the model as features — a list says "this could
//! be a country", the context decides — and decide the fine OntoNotes label at
//! output time. Matching is case-insensitive over the tokenizer's tokens, with
//! phrases hashed token by token, so a look-up allocates nothing.

use super::front_coded;
use super::gazetteer_builder::Builder;
use super::hash::{self, pair};
use super::tokenize;
use crate::phrase_table::PhraseTable;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// The lists, in bit order. `Gazetteer::bits` sets bit `2c` where a match of
/// list `c` begins and bit `2c + 1` on its later tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Country,
    City,
    Region,
    Demonym,
    Norp,
    Org,
    FirstName,
    LastName,
    OrgCue,
    LocCue,
    PersonTitle,
}

/// How a list is embedded: as its file, or front-coded by `build.rs` (the long
/// generated lists, see [`front_coded`]).
#[derive(Clone, Copy, Debug)]
pub enum Embedded {
    Plain(&'static str),
    FrontCoded(&'static [u8]),
}

impl Embedded {
    /// The list's text, exactly as its file holds it.
    pub fn text(self) -> Cow<'static, str> {
        match self {
            Embedded::Plain(text) => Cow::Borrowed(text),
            Embedded::FrontCoded(bytes) => Cow::Owned(front_coded::decode(bytes)),
        }
    }

    /// Calls `f` with the bytes of each line of the text (split at `\n`),
    /// without building the text of a front-coded list.
    fn for_each_line(self, f: impl FnMut(&[u8])) {
        match self {
            Embedded::Plain(text) => text.as_bytes().split(|&b| b == b'\n').for_each(f),
            Embedded::FrontCoded(bytes) => front_coded::for_each_line_bytes(bytes, f),
        }
    }

    /// How many lines the text has, give or take one: a table size.
    fn lines_estimate(self) -> usize {
        let bytes = match self {
            Embedded::Plain(text) => text.as_bytes(),
            Embedded::FrontCoded(bytes) => bytes,
        };
        bytes.iter().filter(|&&b| b == b'\n').count() + 1
    }
}

macro_rules! plain {
    ($file:literal) => {
        Embedded::Plain(include_str!(concat!("../../data/gazetteers/", $file)))
    };
}

macro_rules! front_coded {
    ($file:literal) => {
        Embedded::FrontCoded(include_bytes!(concat!(env!("OUT_DIR"), "/", $file, ".fc")))
    };
}

/// Every list with its embedded text.
pub const LISTS: [(List, Embedded); 13] = [
    (List::Country, plain!("country.txt")),
    (List::City, front_coded!("city.txt")),
    (List::Region, plain!("region.txt")),
    (List::Demonym, front_coded!("demonym.txt")),
    (List::Norp, plain!("norp.txt")),
    // Ethnic groups of the news ("Rohingya"), read at inference only.
    (List::Norp, plain!("norp_news.txt")),
    (List::Org, plain!("org.txt")),
    (List::FirstName, front_coded!("first_name.txt")),
    // Given names of international news ("Vladimir", "Volodymyr", "Narendra"),
    // which the US list lacks: one more file of the same list, read at
    // inference only (see `INFERENCE_ONLY`).
    (List::FirstName, front_coded!("first_name_intl.txt")),
    (List::LastName, front_coded!("last_name.txt")),
    (List::OrgCue, plain!("org_cue.txt")),
    (List::LocCue, plain!("loc_cue.txt")),
    (List::PersonTitle, plain!("person_title.txt")),
];

/// Indexes in [`LISTS`] of the lists the tagger reads at inference but the
/// trainer does not ([`Gazetteer::training`]), so the committed weights stay
/// what `ner_train` makes:
/// - the international given names: a model trained with them leans on them
///   from the few foreign names of the training texts, and GUM news exact F1
///   fell from 0.799 to 0.780; read only at inference, the list fixes
///   "Vladimir Putin" (no longer an ORG);
/// - the ethnic groups of the news, added after the model was trained.
pub const INFERENCE_ONLY: [usize; 2] = [5, 8];

impl List {
    pub const fn begin_bit(self) -> u32 {
        1 << (2 * self as u32)
    }
    pub const fn inside_bit(self) -> u32 {
        1 << (2 * self as u32 + 1)
    }
    /// Both bits: the token is anywhere in a match.
    pub const fn any_bit(self) -> u32 {
        self.begin_bit() | self.inside_bit()
    }
}

/// Keys are already hashes: pass them through.
#[derive(Default)]
pub struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub type HashMapU64<V> = HashMap<u64, V, BuildHasherDefault<PassThrough>>;

/// Marks a phrase hash that starts a longer entry, so matching can stop early.
pub(super) const PREFIX: u32 = 1 << 31;

/// The compiled lists: phrase hash → bit set of the lists holding that phrase
/// (plus [`PREFIX`] for proper prefixes of longer entries).
pub struct Gazetteer {
    phrases: PhraseTable,
    /// Longest phrase, in tokens.
    max_len: usize,
}

pub const SEED: u64 = 0x5eed_6a2e_77ee_0001;

impl Gazetteer {
    /// The shared, lazily compiled gazetteer.
    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::embedded(|_| true))
    }

    /// The lists the model is trained with: all but [`INFERENCE_ONLY`]'s.
    pub fn training() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::embedded(|i| !INFERENCE_ONLY.contains(&i)))
    }

    /// The embedded lists whose index in [`LISTS`] `keep` keeps, read line by
    /// line as they are stored: decoding the front-coded lists into texts
    /// first was a fifth of the package's first-call time.
    fn embedded(keep: impl Fn(usize) -> bool) -> Gazetteer {
        let kept = || LISTS.iter().enumerate().filter(|&(i, _)| keep(i));
        let lines = kept().map(|(_, (_, e))| e.lines_estimate()).sum();
        let mut b = Builder::with_capacity(lines);
        for (_, &(list, embedded)) in kept() {
            embedded.for_each_line(|line| b.add(list, line));
        }
        b.finish()
    }

    /// The table and longest phrase a [`Builder`] compiled.
    pub(super) fn from_parts(phrases: PhraseTable, max_len: usize) -> Gazetteer {
        Gazetteer { phrases, max_len }
    }

    pub fn from_lists(lists: &[(List, &str)]) -> Gazetteer {
        let entries: usize = lists.iter().map(|(_, t)| t.lines().count()).sum();
        let mut b = Builder::with_capacity(entries);
        for &(list, text) in lists {
            for line in text.lines() {
                b.add_text(list, line);
            }
        }
        b.finish()
    }

    /// The lists a whole phrase belongs to (as begin bits).
    ///
    /// Walks the phrase as [`Self::bits`] does, and stops at the first prefix
    /// that begins no entry: a name of thousands of words costs no more than
    /// its first few, so passes that look up growing prefixes stay linear.
    pub fn lookup(&self, phrase: &str) -> u32 {
        let mut h = SEED;
        for (s, e) in tokenize::words(phrase) {
            h = pair(h, hash::lower(&phrase[s..e]));
            if self.phrases.get(h).is_none() {
                return 0;
            }
        }
        self.lookup_hash(h)
    }

    /// The lists of a phrase given its phrase hash (fold of `pair` from [`SEED`]
    /// over the tokens' lower-case hashes), as begin bits.
    pub fn lookup_hash(&self, h: u64) -> u32 {
        self.phrases.get(h).map_or(0, |b| b & !PREFIX)
    }

    /// The lists a single token belongs to (as begin bits), by its lower-case hash.
    pub fn lookup_one(&self, lower: u64) -> u32 {
        self.phrases
            .get(pair(SEED, lower))
            .map_or(0, |b| b & !PREFIX)
    }

    /// Per-token list bits for one sentence, given each token's lower-case hash.
    /// Every match of every length is marked (overlaps allowed): the model weighs them.
    pub fn bits(&self, lower: &[u64], out: &mut Vec<u32>) {
        out.clear();
        out.resize(lower.len(), 0);
        for start in 0..lower.len() {
            let mut h = SEED;
            for end in start..lower.len().min(start + self.max_len) {
                h = pair(h, lower[end]);
                let Some(bits) = self.phrases.get(h) else {
                    break;
                };
                let begin_bits = bits & !PREFIX;
                out[start] |= begin_bits;
                for o in &mut out[start + 1..=end] {
                    *o |= begin_bits << 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reading the stored lists line by line compiles what compiling their
    /// decoded texts does.
    #[test]
    fn streamed_lists_compile_as_their_texts() {
        let texts = LISTS.map(|(list, embedded)| (list, embedded.text()));
        let lists: Vec<(List, &str)> = texts.iter().map(|(l, t)| (*l, &**t)).collect();
        let from_texts = Gazetteer::from_lists(&lists);
        let streamed = Gazetteer::get();
        assert_eq!(streamed.max_len, from_texts.max_len);
        assert!(streamed.phrases == from_texts.phrases);
        // And as the plain algorithm does: every line trimmed, tokenized and
        // hashed with `hash::lower`, with no fast path.
        let mut plain: HashMapU64<u32> = HashMapU64::default();
        for (list, text) in &lists {
            for line in text.lines().map(str::trim) {
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let toks: Vec<_> = tokenize::words(line).collect();
                let mut h = SEED;
                for (k, &(s, e)) in toks.iter().enumerate() {
                    h = pair(h, hash::lower(&line[s..e]));
                    let last = k + 1 == toks.len();
                    *plain.entry(h).or_insert(0) |= if last { list.begin_bit() } else { PREFIX };
                }
            }
        }
        let table: HashMapU64<u32> = streamed.phrases.iter().collect();
        assert!(table == plain);
        let trained: Vec<_> = (lists.iter().enumerate())
            .filter(|(i, _)| !INFERENCE_ONLY.contains(i))
            .map(|(_, l)| *l)
            .collect();
        let training = Gazetteer::from_lists(&trained);
        assert!(Gazetteer::training().phrases == training.phrases);
    }
}
