//! The sequence model at inference: a linear scorer over hashed features plus
//! tag-transition weights, decoded with Viterbi under BIO constraints.
//!
//! Weights file (`data/ner/model.bin`, little-endian), written by
//! `crate::entities::train::export`:
//!
//! ```text
//! "NER2" | key_bits u32 | num_tags u32 | scale f32 | n_keys u32
//! transitions: (num_tags + 1) × num_tags f32   (row num_tags = sentence start)
//! keys: n_keys ascending, as LEB128 varint deltas
//! weights: n_keys rows of num_tags i8 (key-major)
//! ```
//!
//! Key-major rows gzip 4.4 KB smaller than tag-major planes (`NER1`) in the wasm
//! package: a feature's weights for related tags (B- and I- of one type) go
//! together, and gzip finds the repeats.
//!
//! A key's score for a tag is `weight × scale`; keys not in the file score 0.

use super::labels::{self, NUM_TAGS};

/// A loaded model.
pub struct Model {
    scale: f32,
    transitions: Vec<[f32; NUM_TAGS]>,
    /// Open-addressing table of the keys (`EMPTY` when free), a key's home
    /// slot its low bits (keys are already mixed hashes). 128 KB for the
    /// committed 12,000 keys, with their weights 423 KB: the earlier 16-byte
    /// slots at load under 2/3 and a 256 KB presence bitmap in front were
    /// 768 KB, more than this machine's 512 KB L2 per core, and took twice
    /// as long to build on the package's first call (0.6 against 0.9–1.4 ms
    /// natively). Loaded under 1/2 (0.37), a look-up reads 1.3 slots on
    /// average when the key is there (70% of the tagger's look-ups on GUM)
    /// and 1.8 when it is not; at 0.73 (half the slots, 2026-11) it read 3.75
    /// on average, and the pipeline ran 5% slower on GUM in wasm
    /// (bench/ab.mjs: 0.948 and 0.965 with the emptier table) at the same
    /// start-up.
    keys: Vec<u32>,
    /// The weights of the key in the same slot of `keys`.
    weights: Vec<[i8; NUM_TAGS]>,
}

const EMPTY: u32 = u32::MAX;

/// Why a weights file was refused.
#[derive(Debug, PartialEq, Eq)]
pub struct FormatError(pub &'static str);

struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], FormatError> {
        if self.0.len() < n {
            return Err(FormatError("truncated"));
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }
    fn u32(&mut self) -> Result<u32, FormatError> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().map_err(|_| FormatError("u32"))?,
        ))
    }
    fn f32(&mut self) -> Result<f32, FormatError> {
        Ok(f32::from_bits(self.u32()?))
    }
    fn varint(&mut self) -> Result<u32, FormatError> {
        let mut v = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.take(1)?[0];
            v |= u32::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(FormatError("varint too long"))
    }
}

impl Model {
    /// Parses a weights file.
    pub fn from_bytes(bytes: &[u8], key_bits: u32) -> Result<Model, FormatError> {
        let mut r = Reader(bytes);
        if r.take(4)? != b"NER2" {
            return Err(FormatError("bad magic"));
        }
        if r.u32()? != key_bits {
            return Err(FormatError("key bits differ from the feature extractor's"));
        }
        if r.u32()? as usize != NUM_TAGS {
            return Err(FormatError("tag count differs"));
        }
        let scale = r.f32()?;
        let n = r.u32()? as usize;
        let mut transitions = vec![[0f32; NUM_TAGS]; NUM_TAGS + 1];
        for row in &mut transitions {
            for w in row.iter_mut() {
                *w = r.f32()?;
            }
        }
        let mut keys = Vec::with_capacity(n);
        let mut prev = 0u32;
        for _ in 0..n {
            prev = prev.wrapping_add(r.varint()?);
            keys.push(prev);
        }
        let mut weights = vec![[0i8; NUM_TAGS]; n];
        for row in &mut weights {
            for (w, &b) in row.iter_mut().zip(r.take(NUM_TAGS)?) {
                *w = b as i8;
            }
        }
        // load factor between 1/4 and 1/2 (12,000 keys: 0.37)
        let cap = (2 * n).next_power_of_two().max(16);
        let mut model = Model {
            scale,
            transitions: constrained(&transitions),
            keys: vec![EMPTY; cap],
            weights: vec![[0; NUM_TAGS]; cap],
        };
        for (k, w) in keys.into_iter().zip(weights) {
            if u64::from(k) >= 1u64 << key_bits {
                return Err(FormatError("key out of range"));
            }
            let mut s = model.home(k);
            while model.keys[s] != EMPTY {
                s = (s + 1) & (cap - 1);
            }
            model.keys[s] = k;
            model.weights[s] = w;
        }
        Ok(model)
    }

    /// Where `key`'s probe starts: its low bits (keys are already mixed hashes).
    #[inline]
    fn home(&self, key: u32) -> usize {
        key as usize & (self.keys.len() - 1)
    }

    #[inline]
    fn row(&self, key: u32) -> Option<&[i8; NUM_TAGS]> {
        let mask = self.keys.len() - 1;
        let mut s = self.home(key);
        loop {
            let k = self.keys[s];
            if k == key {
                return Some(&self.weights[s]);
            }
            if k == EMPTY {
                return None;
            }
            s = (s + 1) & mask;
        }
    }

    /// Emission scores of one token.
    pub fn emissions(&self, keys: &[u32]) -> [f32; NUM_TAGS] {
        let mut acc = [0i32; NUM_TAGS];
        for &k in keys {
            self.add_key(&mut acc, k);
        }
        self.scaled(&acc)
    }

    /// Adds key `k`'s weights to a token's integer scores (see
    /// [`Self::emissions`], which sums a token's keys so and scales them).
    #[inline]
    pub fn add_key(&self, acc: &mut [i32; NUM_TAGS], k: u32) {
        if let Some(row) = self.row(k) {
            for (a, &w) in acc.iter_mut().zip(row) {
                *a += i32::from(w);
            }
        }
    }

    /// A token's summed integer weights as emission scores.
    pub fn scaled(&self, acc: &[i32; NUM_TAGS]) -> [f32; NUM_TAGS] {
        acc.map(|a| a as f32 * self.scale)
    }

    pub fn transition(&self, prev: Option<usize>, next: usize) -> f32 {
        self.transitions[prev.unwrap_or(NUM_TAGS)][next]
    }

    pub fn transitions(&self) -> &[[f32; NUM_TAGS]] {
        &self.transitions
    }
}

/// Transition weights with the BIO constraints folded in (forbidden moves
/// score −∞), so that decoding has no branches.
pub fn constrained(transitions: &[[f32; NUM_TAGS]]) -> Vec<[f32; NUM_TAGS]> {
    let mut out = transitions.to_vec();
    for (prev, row) in out.iter_mut().enumerate() {
        let prev = (prev < NUM_TAGS).then_some(prev);
        for (tag, w) in row.iter_mut().enumerate() {
            if !labels::allowed(prev, tag) {
                *w = f32::NEG_INFINITY;
            }
        }
    }
    out
}

/// The tags that may follow any tag under BIO: O and the B- tags.
const OPEN: [usize; 1 + labels::TYPES.len()] = {
    let mut open = [labels::O; 1 + labels::TYPES.len()];
    let mut t = 0;
    while t < labels::TYPES.len() {
        open[1 + t] = labels::begin(t);
        t += 1;
    }
    open
};

/// Reusable decoding buffers.
#[derive(Default)]
pub struct Scratch {
    score: Vec<[f32; NUM_TAGS]>,
    back: Vec<[u8; NUM_TAGS]>,
}

/// The best tag sequence for per-token emission scores under `transitions`
/// (from [`constrained`]; row `NUM_TAGS` is the sentence start).
///
/// Each tag meets only the previous tags BIO allows before it
/// ([`labels::allowed`]: an I- tag follows only its own type's B- or I-), in
/// increasing order, and keeps the first best. In `transitions` from
/// [`constrained`] every other step scores −∞ and could never be kept, so the
/// path is the one a walk over every pair of tags finds (the test below
/// checks it against one), in 53 additions a token instead of 81. That walk
/// was the largest single cost of the tagger after its features in wasm
/// (4.4% of the pipeline on GUM), where it does not vectorise.
pub fn viterbi(
    emissions: &[[f32; NUM_TAGS]],
    transitions: &[[f32; NUM_TAGS]],
    scratch: &mut Scratch,
    out: &mut Vec<usize>,
) {
    out.clear();
    let n = emissions.len();
    if n == 0 {
        return;
    }
    let Scratch { score, back } = scratch;
    score.clear();
    score.resize(n, [0.0; NUM_TAGS]);
    back.clear();
    back.resize(n, [0; NUM_TAGS]);
    for tag in 0..NUM_TAGS {
        score[0][tag] = emissions[0][tag] + transitions[NUM_TAGS][tag];
    }
    for i in 1..n {
        let prev_scores = score[i - 1];
        let mut best = [f32::NEG_INFINITY; NUM_TAGS];
        let mut from = [0u8; NUM_TAGS];
        // O and the B- tags may follow any tag: previous tags in the outer
        // loop, these tags in the inner one (branch-free, unrolled).
        for (prev, &p) in prev_scores.iter().enumerate() {
            for tag in OPEN {
                let s = p + transitions[prev][tag];
                if s > best[tag] {
                    best[tag] = s;
                    from[tag] = prev as u8;
                }
            }
        }
        // An I- tag follows only its type's B- or I- (in that order).
        for t in 0..labels::TYPES.len() {
            let tag = labels::inside(t);
            for prev in [labels::begin(t), tag] {
                let s = prev_scores[prev] + transitions[prev][tag];
                if s > best[tag] {
                    best[tag] = s;
                    from[tag] = prev as u8;
                }
            }
        }
        for tag in 0..NUM_TAGS {
            score[i][tag] = best[tag] + emissions[i][tag];
        }
        back[i] = from;
    }
    let last = score[n - 1];
    let mut tag = (0..NUM_TAGS)
        .filter(|&t| labels::can_end(t))
        .fold(0, |b, t| if last[t] > last[b] { t } else { b });
    out.resize(n, 0);
    for i in (0..n).rev() {
        out[i] = tag;
        tag = back[i][tag] as usize;
    }
}

/// Perceptron scores are margins, not log-probabilities: this spreads them out
/// so that confidences rank names (uncalibrated).
const TEMPERATURE: f32 = 10.0;

/// The probability of token `t`'s decoded tag against the other tags, its
/// neighbours' tags held fixed (a softmax over emission plus both transitions):
/// a cheap stand-in for the marginal, used as the name's confidence.
pub fn tag_probability(
    emissions: &[[f32; NUM_TAGS]],
    transitions: &[[f32; NUM_TAGS]],
    tags: &[usize],
    t: usize,
) -> f32 {
    let prev = if t == 0 { NUM_TAGS } else { tags[t - 1] };
    let score = |tag: usize| {
        let next = tags.get(t + 1).map_or(0.0, |&n| transitions[tag][n]);
        emissions[t][tag] + transitions[prev][tag] + next
    };
    let chosen = score(tags[t]);
    let sum: f32 = (0..NUM_TAGS)
        .map(|tag| ((score(tag) - chosen) / TEMPERATURE).exp())
        .sum();
    1.0 / sum
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A weights file in the format above: `keys` ascending, key `k`'s
    /// weights all `k as i8`, no transitions.
    fn file(key_bits: u32, keys: &[u32]) -> Vec<u8> {
        let mut out = b"NER2".to_vec();
        for v in [key_bits, NUM_TAGS as u32] {
            out.extend(v.to_le_bytes());
        }
        out.extend(0.5f32.to_le_bytes());
        out.extend((keys.len() as u32).to_le_bytes());
        out.extend(vec![0; (NUM_TAGS + 1) * NUM_TAGS * 4]);
        assert!(keys.windows(2).all(|w| w[0] < w[1]), "keys ascend");
        crate::leb128::write_deltas(keys, &mut out);
        for &k in keys {
            out.extend([k as u8; NUM_TAGS]);
        }
        out
    }

    /// Every key finds its own weights, also when keys share a home slot
    /// (same low bits) and their probes wrap past the table's end; keys not
    /// in the file, including those probing through a full run, find none.
    #[test]
    fn keys_find_their_weights_and_others_none() {
        let cap = 16; // the table size for these few keys
        let keys = [3, 15, 15 + 16, 15 + 32, 15 + 48, 3 + 64, 100];
        let model = Model::from_bytes(&file(21, &keys), 21).unwrap();
        assert_eq!(model.keys.len(), cap);
        for k in keys {
            assert_eq!(model.row(k), Some(&[k as i8; NUM_TAGS]), "{k}");
        }
        for k in [0, 1, 15 + 64, 3 + 128, 99, (1 << 21) - 1] {
            assert_eq!(model.row(k), None, "{k}");
        }
        let mut acc = [1; NUM_TAGS];
        model.add_key(&mut acc, 15);
        model.add_key(&mut acc, 99);
        assert_eq!(acc, [16; NUM_TAGS]);
        assert_eq!(model.emissions(&[3, 100]), [51.5; NUM_TAGS]);
    }

    #[cfg(not(target_arch = "wasm32"))] // the reference of a proptest, a native dev-dependency
    /// The decoder as it was before BIO's steps were singled out: every
    /// previous tag for every tag, forbidden ones included (they score −∞).
    fn viterbi_over_every_pair(
        emissions: &[[f32; NUM_TAGS]],
        transitions: &[[f32; NUM_TAGS]],
    ) -> Vec<usize> {
        let n = emissions.len();
        if n == 0 {
            return Vec::new();
        }
        let mut score = vec![[0f32; NUM_TAGS]; n];
        let mut back = vec![[0usize; NUM_TAGS]; n];
        for tag in 0..NUM_TAGS {
            score[0][tag] = emissions[0][tag] + transitions[NUM_TAGS][tag];
        }
        for i in 1..n {
            for tag in 0..NUM_TAGS {
                let mut best = f32::NEG_INFINITY;
                for prev in 0..NUM_TAGS {
                    let s = score[i - 1][prev] + transitions[prev][tag];
                    if s > best {
                        best = s;
                        back[i][tag] = prev;
                    }
                }
                score[i][tag] = best + emissions[i][tag];
            }
        }
        let mut tag = (0..NUM_TAGS)
            .filter(|&t| labels::can_end(t))
            .fold(0, |b, t| {
                if score[n - 1][t] > score[n - 1][b] {
                    t
                } else {
                    b
                }
            });
        let mut out = vec![0; n];
        for i in (0..n).rev() {
            out[i] = tag;
            tag = back[i][tag];
        }
        out
    }

    #[cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The decoder finds the path the walk over every pair of tags finds,
        /// ties included (scores are small integers, so equal sums are
        /// common), in transitions that forbid more steps than BIO's too.
        #[test]
        fn decoding_over_allowed_steps_is_decoding_over_every_pair(
            em in proptest::collection::vec(proptest::array::uniform9(-3i8..3), 0..12),
            tr in proptest::array::uniform10(proptest::array::uniform9(-4i8..3)),
        ) {
            let em: Vec<[f32; NUM_TAGS]> = em.iter().map(|r| r.map(f32::from)).collect();
            // −4 stands for a forbidden step
            let tr: Vec<[f32; NUM_TAGS]> = tr
                .iter()
                .map(|r| r.map(|w| if w == -4 { f32::NEG_INFINITY } else { f32::from(w) }))
                .collect();
            let tr = constrained(&tr);
            let (mut scratch, mut tags) = (Scratch::default(), Vec::new());
            viterbi(&em, &tr, &mut scratch, &mut tags);
            proptest::prop_assert_eq!(tags, viterbi_over_every_pair(&em, &tr));
        }
    }

    #[test]
    fn refuses_keys_outside_the_key_space() {
        let bytes = file(21, &[1, 1 << 21]);
        assert_eq!(
            Model::from_bytes(&bytes, 21).err(),
            Some(FormatError("key out of range"))
        );
        assert!(Model::from_bytes(&file(21, &[1]), 20).is_err());
    }

    /// The committed weights load, their table fits the 512 KB L2 cache
    /// of a core, and it is at most half full (the point of its layout: see
    /// [`Model::keys`]).
    #[test]
    fn committed_weights_fit_in_a_small_table() {
        let model =
            Model::from_bytes(super::super::MODEL_BYTES, super::super::features::KEY_BITS).unwrap();
        let filled = model.keys.iter().filter(|&&k| k != EMPTY).count();
        let bytes = model.keys.len() * (4 + NUM_TAGS);
        assert!(
            filled > 10_000 && bytes < 448 * 1024,
            "{filled} keys, {bytes} bytes"
        );
        assert!(
            2 * filled <= model.keys.len(),
            "{filled} keys in {}",
            model.keys.len()
        );
    }
}
