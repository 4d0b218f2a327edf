//! The averaged structured perceptron (Collins 2002) over hashed features, with
//! Viterbi decoding under BIO constraints during training as at inference.
//!
//! Deterministic by construction: one thread, a fixed seed for the per-epoch
//! shuffle (xorshift, no `rand`), sentences in corpus order before shuffling,
//! and `f64` accumulators, so the same data and options give the same bytes.

use crate::entities::features::{self, DocFeatures, KEY_BITS};
use crate::entities::gazetteer::Gazetteer;
use crate::entities::labels::NUM_TAGS;
use crate::entities::model::{constrained, viterbi, Scratch};
use crate::entities::train::corpus::Doc;

/// One training sequence: a sentence's feature keys per token and gold tags.
struct Sequence {
    doc: usize,
    /// First token (document-global index) and token count.
    first: usize,
    tags: Vec<usize>,
}

/// Training options.
#[derive(Clone, Debug)]
pub struct Options {
    pub epochs: usize,
    pub seed: u64,
    /// Independent runs (seeds `seed`, `seed + 1`, …) whose averaged weights are
    /// averaged again: a linear model still, so free at inference, and far less
    /// dependent on one shuffle order than a single run.
    pub runs: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            epochs: 10,
            seed: 20_240_601,
            runs: 5,
        }
    }
}

/// Averaged weights after training: `emission[key * NUM_TAGS + tag]`,
/// `transition[prev][tag]` with row `NUM_TAGS` for the sentence start.
pub struct Weights {
    pub emission: Vec<f32>,
    pub transition: Vec<[f32; NUM_TAGS]>,
}

struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// Fisher–Yates shuffle.
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Trains on `docs`, printing one progress line per run to stderr.
pub fn train(docs: &[Doc], gaz: &Gazetteer, opts: &Options) -> Weights {
    let feats: Vec<DocFeatures> = docs
        .iter()
        .map(|d| features::document(&d.text, &d.sentences, gaz))
        .collect();
    let mut total: Option<Weights> = None;
    for run in 0..opts.runs.max(1) {
        let w = train_once(docs, &feats, opts.seed + run as u64, opts.epochs);
        match &mut total {
            None => total = Some(w),
            Some(t) => {
                t.emission
                    .iter_mut()
                    .zip(&w.emission)
                    .for_each(|(a, b)| *a += b);
                for (ra, rb) in t.transition.iter_mut().zip(&w.transition) {
                    ra.iter_mut().zip(rb).for_each(|(a, b)| *a += b);
                }
            }
        }
    }
    let mut t = total.expect("at least one run");
    let n = opts.runs.max(1) as f32;
    t.emission.iter_mut().for_each(|w| *w /= n);
    t.transition.iter_mut().flatten().for_each(|w| *w /= n);
    t
}

/// One averaged-perceptron run over precomputed features.
fn train_once(docs: &[Doc], feats: &[DocFeatures], seed: u64, epochs: usize) -> Weights {
    let mut seqs = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        let mut first = 0;
        for tags in &d.tags {
            if !tags.is_empty() {
                seqs.push(Sequence {
                    doc: di,
                    first,
                    tags: tags.clone(),
                });
            }
            first += tags.len();
        }
    }
    let size = (1usize << KEY_BITS) * NUM_TAGS;
    let mut w = vec![0f32; size];
    let mut u = vec![0f64; size];
    let mut tw = vec![[0f32; NUM_TAGS]; NUM_TAGS + 1];
    let mut tu = vec![[0f64; NUM_TAGS]; NUM_TAGS + 1];
    let mut c = 1f64;
    let mut rng = Xorshift(seed | 1);
    let mut order: Vec<usize> = (0..seqs.len()).collect();
    let mut em = Vec::new();
    let mut pred = Vec::new();
    let mut scratch = Scratch::default();
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        let mut errors = 0usize;
        let mut tokens = 0usize;
        for &si in &order {
            let s = &seqs[si];
            let f = &feats[s.doc];
            em.clear();
            for t in 0..s.tags.len() {
                let mut e = [0f32; NUM_TAGS];
                for &k in f.token(s.first + t) {
                    let row = &w[k as usize * NUM_TAGS..][..NUM_TAGS];
                    for (a, b) in e.iter_mut().zip(row) {
                        *a += b;
                    }
                }
                em.push(e);
            }
            viterbi(&em, &constrained(&tw), &mut scratch, &mut pred);
            tokens += s.tags.len();
            for t in 0..s.tags.len() {
                let (g, p) = (s.tags[t], pred[t]);
                let gp = if t == 0 { NUM_TAGS } else { s.tags[t - 1] };
                let pp = if t == 0 { NUM_TAGS } else { pred[t - 1] };
                if g != p {
                    errors += 1;
                    for &k in f.token(s.first + t) {
                        let base = k as usize * NUM_TAGS;
                        w[base + g] += 1.0;
                        u[base + g] += c;
                        w[base + p] -= 1.0;
                        u[base + p] -= c;
                    }
                }
                if g != p || gp != pp {
                    tw[gp][g] += 1.0;
                    tu[gp][g] += c;
                    tw[pp][p] -= 1.0;
                    tu[pp][p] -= c;
                }
            }
            c += 1.0;
        }
        eprintln!(
            "seed {seed} epoch {:2}: token errors {:.3}%",
            epoch + 1,
            100.0 * errors as f64 / tokens.max(1) as f64
        );
    }
    let emission = w
        .iter()
        .zip(&u)
        .map(|(&w, &u)| (f64::from(w) - u / c) as f32)
        .collect();
    let transition = tw
        .iter()
        .zip(&tu)
        .map(|(w, u)| std::array::from_fn(|t| (f64::from(w[t]) - u[t] / c) as f32))
        .collect();
    Weights {
        emission,
        transition,
    }
}
