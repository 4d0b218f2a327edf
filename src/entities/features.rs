//! Feature extraction, shared by training and inference.
//!
//! A feature is a hashed key in `0..1 << KEY_BITS`: no strings, no interning
//! table to ship. Templates: the word and its ±2 neighbours, shapes, affixes,
//! word bigrams, sentence position, gazetteer matches around the token, the run
//! of capitalised words the token sits in (its first and last word — "… Ministry",
//! "… University" — and their list memberships), and document evidence (is this
//! word also seen lower-case, or capitalised mid-sentence, elsewhere in the text?).
//! Changing anything here changes the keys: retrain (`ner_train`).

use super::flat::Sentences;
use super::gazetteer::{Gazetteer, HashMapU64, List};
use super::hash::{mix, pair};
use super::token_info::TokInfo;

/// Size of the key space, in bits.
pub const KEY_BITS: u32 = 21;

/// Document-level evidence, gathered over all sentences before tagging.
#[derive(Default)]
pub struct DocContext {
    /// Lower-case hash → seen (bit 0) starting lower-case, (bit 1) capitalised
    /// and not sentence-initial.
    seen: HashMapU64<u8>,
}

impl DocContext {
    pub fn new(sentences: &[Vec<TokInfo>]) -> DocContext {
        let mut doc = DocContext::default();
        for sent in sentences {
            doc.add_sentence(sent);
        }
        doc
    }

    /// Adds one sentence's evidence, so that a caller can gather it sentence
    /// by sentence without holding every token's facts at once.
    pub fn add_sentence(&mut self, sent: &[TokInfo]) {
        for (i, t) in sent.iter().enumerate() {
            self.add(i, t.lower, t.cap, t.lower_initial);
        }
    }

    /// Adds the evidence of the token at `position` in its sentence: its
    /// lower-case hash and [`super::token_info::initial_case`].
    pub fn add(&mut self, position: usize, lower: u64, cap: bool, lower_initial: bool) {
        let bits = u8::from(lower_initial) | (u8::from(cap && position > 0) << 1);
        if bits != 0 {
            *self.seen.entry(lower).or_insert(0) |= bits;
        }
    }

    fn seen(&self, lower: u64) -> u8 {
        self.seen.get(&lower).copied().unwrap_or(0)
    }
}

/// Reusable buffers, so that extraction allocates only while they grow.
#[derive(Default)]
pub struct Extractor {
    gaz: Vec<u32>,
    lower: Vec<u64>,
    run: Vec<(u32, u32)>,
}

const PAD: u64 = 0x9ad0_9ad0;

/// Template ids.
mod t {
    pub const BIAS: u64 = 1;
    pub const W: [u64; 5] = [2, 3, 4, 5, 6]; // offsets -2..=2
    pub const SHAPE: [u64; 3] = [7, 8, 9]; // -1..=1
    pub const SHAPE3: u64 = 10;
    pub const PREFIX: u64 = 11;
    pub const SUFFIX: u64 = 12;
    pub const BIGRAM_L: u64 = 13;
    pub const BIGRAM_R: u64 = 14;
    pub const INITIAL: u64 = 15;
    pub const GAZ: [u64; 3] = [16, 17, 18]; // -1..=1
    pub const DOC: u64 = 19;
    pub const RUN_LAST: u64 = 20;
    pub const RUN_FIRST: u64 = 21;
    pub const RUN_LEN: u64 = 22;
    pub const RUN_GAZ: u64 = 23;
    pub const LEN: u64 = 24;
    pub const PREV_W_SHAPE: u64 = 25;
    pub const NEXT_W_SHAPE: u64 = 26;
}

/// The indices of the set bits of `bits`, lowest first.
fn set_bits(mut bits: u32) -> impl Iterator<Item = u64> {
    std::iter::from_fn(move || {
        (bits != 0).then(|| {
            let b = bits.trailing_zeros();
            bits &= bits - 1;
            u64::from(b)
        })
    })
}

#[inline]
fn key(h: u64) -> u32 {
    (mix(h) >> (64 - KEY_BITS)) as u32
}

/// Words that may sit inside a run of capitalised words ("Bank of America").
fn is_connector(lower: u64) -> bool {
    use std::sync::OnceLock;
    static C: OnceLock<[u64; 6]> = OnceLock::new();
    let c = C.get_or_init(|| ["of", "for", "and", "de", "the", "&"].map(super::hash::lower));
    c.contains(&lower)
}

/// Which of a token's keys [`Extractor::each_key`] makes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Keys {
    /// Every key (training, and the reference for the tests).
    All,
    /// All but the keys of one word each: the token's [`word_keys`] and its
    /// neighbours' [`neighbour_keys`].
    Context,
}

/// Where a token's neighbours stand, for [`neighbour_keys`].
pub const NEIGHBOURS: [isize; 4] = [-2, -1, 1, 2];

/// The keys that depend on the token's own text alone (the bias, the word,
/// its shape, affixes and length), in the order [`Extractor::each_key`]
/// makes them. A word's share of the score is the same wherever it stands,
/// so the tagger sums these once per distinct word of a document.
pub fn word_keys(tok: &TokInfo, mut sink: impl FnMut(u32)) {
    sink(key(t::BIAS));
    sink(key(word_at(0, tok.lower)));
    sink(key(shape_at(0, tok.shape)));
    affixes(tok, |h| sink(key(h)));
    sink(key(len_key(tok)));
}

/// The keys of the token `off` places from the one they score
/// ([`NEIGHBOURS`]) that depend on that neighbour's text alone: its word, and
/// at ±1 its shape. `None`: the place is outside the sentence.
pub fn neighbour_keys(tok: Option<&TokInfo>, off: isize, mut sink: impl FnMut(u32)) {
    let (lower, shape) = match tok {
        Some(tok) => (tok.lower, tok.shape),
        None => (outside_word(off), PAD),
    };
    sink(key(word_at(off, lower)));
    if off.abs() == 1 {
        sink(key(shape_at(off, shape)));
    }
}

/// The word value of a place outside the sentence, on the side of `off`
/// (before it when negative, after it when positive).
fn outside_word(off: isize) -> u64 {
    PAD ^ (off.signum() as u64)
}

/// The hash of the word template for the word `off` places away (-2..=2).
fn word_at(off: isize, lower: u64) -> u64 {
    pair(t::W[(off + 2) as usize], lower)
}

/// The hash of the shape template for the shape `off` places away (-1..=1).
fn shape_at(off: isize, shape: u64) -> u64 {
    pair(t::SHAPE[(off + 1) as usize], shape)
}

/// The hashes of the token's prefix and suffix templates, in that order.
fn affixes(tok: &TokInfo, mut sink: impl FnMut(u64)) {
    for (k, &p) in tok.prefix.iter().enumerate() {
        sink(pair(t::PREFIX + 100 * k as u64, p));
    }
    for (k, &s) in tok.suffix.iter().enumerate() {
        sink(pair(t::SUFFIX + 100 * k as u64, s));
    }
}

/// The hash of the length template's value.
fn len_key(tok: &TokInfo) -> u64 {
    pair(
        t::LEN,
        u64::from(tok.chars.min(8)) | (u64::from(tok.all_caps) << 8),
    )
}

impl Extractor {
    /// Appends each token's feature keys to `keys`, and one end offset per token
    /// to `ends` (token `i`'s keys are `keys[ends[i-1]..ends[i]]`).
    pub fn sentence(
        &mut self,
        toks: &[TokInfo],
        doc: &DocContext,
        gaz: &Gazetteer,
        keys: &mut Vec<u32>,
        ends: &mut Vec<u32>,
    ) {
        self.each_key(toks, doc, gaz, Keys::All, |key| match key {
            Some(k) => keys.push(k),
            None => ends.push(keys.len() as u32),
        });
    }

    /// The keys of [`Self::sentence`] as they are made: `sink(Some(key))`
    /// for each key of a token, then `sink(None)` at the token's end. The
    /// tagger scores each key as it comes rather than storing it to read it
    /// back (about 22 keys a token on GUM). With [`Keys::Context`], a token's
    /// [`word_keys`] and its neighbours' [`neighbour_keys`] are left out (the
    /// tagger scores those once per distinct word); the other keys come in
    /// the same order either way.
    pub fn each_key(
        &mut self,
        toks: &[TokInfo],
        doc: &DocContext,
        gaz: &Gazetteer,
        which: Keys,
        mut sink: impl FnMut(Option<u32>),
    ) {
        let words = which == Keys::All;
        let n = toks.len();
        self.lower.clear();
        self.lower.extend(toks.iter().map(|t| t.lower));
        gaz.bits(&self.lower, &mut self.gaz);
        self.runs(toks);
        let w = |i: isize| -> u64 {
            if i < 0 || i >= n as isize {
                outside_word(i)
            } else {
                toks[i as usize].lower
            }
        };
        let sh = |i: isize| -> u64 {
            if i < 0 || i >= n as isize {
                PAD
            } else {
                toks[i as usize].shape
            }
        };
        for (i, tok) in toks.iter().enumerate() {
            let ii = i as isize;
            let mut push = |h: u64| sink(Some(key(h)));
            // (the keys of `word_keys` and `neighbour_keys` among the others)
            if words {
                push(t::BIAS);
                for off in -2isize..=2 {
                    push(word_at(off, w(ii + off)));
                }
                for off in -1isize..=1 {
                    push(shape_at(off, sh(ii + off)));
                }
            }
            push(pair(pair(t::SHAPE3, sh(ii - 1)), pair(sh(ii), sh(ii + 1))));
            if words {
                affixes(tok, &mut push);
            }
            push(pair(pair(t::BIGRAM_L, w(ii - 1)), w(ii)));
            push(pair(pair(t::BIGRAM_R, w(ii)), w(ii + 1)));
            push(pair(pair(t::PREV_W_SHAPE, w(ii - 1)), sh(ii)));
            push(pair(pair(t::NEXT_W_SHAPE, w(ii + 1)), sh(ii)));
            push(pair(
                t::INITIAL,
                u64::from(i == 0) | (u64::from(tok.cap) << 1),
            ));
            if words {
                push(len_key(tok));
            }
            // gazetteer bits of the token and its neighbours, with capitalisation
            for (k, off) in (-1isize..=1).enumerate() {
                let j = ii + off;
                if j < 0 || j >= n as isize {
                    continue;
                }
                let (bits, cap) = (self.gaz[j as usize], toks[j as usize].cap);
                for b in set_bits(bits) {
                    push(pair(t::GAZ[k], b | (u64::from(cap) << 8)));
                }
            }
            // document evidence for capitalised words
            if tok.cap {
                let seen = doc.seen(tok.lower);
                push(pair(t::DOC, u64::from(seen) | (u64::from(i == 0) << 4)));
            }
            // the capitalised run around the token
            let (rs, re) = self.run[i];
            if re > rs {
                let (rs, re) = (rs as usize, re as usize);
                let pos = if re - rs == 1 {
                    0
                } else if i == rs {
                    1
                } else if i + 1 == re {
                    2
                } else {
                    3
                };
                push(pair(pair(t::RUN_LAST, toks[re - 1].lower), pos));
                push(pair(pair(t::RUN_FIRST, toks[rs].lower), pos));
                push(pair(t::RUN_LEN, ((re - rs).min(5) as u64) << 4 | pos));
                let (first_bits, last_bits) = (self.gaz[rs], self.gaz[re - 1]);
                for (side, bits) in [(0u64, first_bits), (1, last_bits)] {
                    for b in set_bits(bits) {
                        push(pair(t::RUN_GAZ, (side << 12) | b << 4 | pos));
                    }
                }
            }
            sink(None);
        }
    }

    /// For each token, the run of capitalised words it belongs to (empty range
    /// when it is not capitalised). Connectors join two capitalised words.
    fn runs(&mut self, toks: &[TokInfo]) {
        let n = toks.len();
        self.run.clear();
        self.run.resize(n, (0, 0));
        let mut i = 0;
        while i < n {
            if !toks[i].cap {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            loop {
                if j < n && toks[j].cap {
                    j += 1;
                } else if j + 1 < n && is_connector(toks[j].lower) && toks[j + 1].cap {
                    j += 2;
                } else {
                    break;
                }
            }
            for (run, tok) in self.run[i..j].iter_mut().zip(&toks[i..j]) {
                if tok.cap {
                    *run = (i as u32, j as u32);
                }
            }
            i = j;
        }
    }
}

/// The list bits as a number for tests and the output mapper.
pub fn has(bits: u32, list: List) -> bool {
    bits & list.any_bit() != 0
}

/// The features of a whole document: `keys[ends[t - 1]..ends[t]]` are token
/// `t`'s keys, tokens numbered across sentences in order.
#[derive(Default)]
pub struct DocFeatures {
    pub keys: Vec<u32>,
    pub ends: Vec<u32>,
}

impl DocFeatures {
    pub fn token(&self, t: usize) -> &[u32] {
        let start = if t == 0 { 0 } else { self.ends[t - 1] as usize };
        &self.keys[start..self.ends[t] as usize]
    }
}

/// Extracts the features of every token of a document.
pub fn document(text: &str, sentences: &Sentences, gaz: &Gazetteer) -> DocFeatures {
    let infos: Vec<Vec<TokInfo>> = sentences
        .iter()
        .map(|s| s.iter().map(|&(a, b)| TokInfo::new(&text[a..b])).collect())
        .collect();
    let doc = DocContext::new(&infos);
    let mut ex = Extractor::default();
    let mut out = DocFeatures::default();
    for s in &infos {
        ex.sentence(s, &doc, gaz, &mut out.keys, &mut out.ends);
    }
    out
}
