//! Stratified k-fold cross-validation, with the decision threshold chosen by an
//! inner cross-validation on each training part (never on the test fold).

use super::embeddings::Embeddings;
use super::logreg::{self, Params};
use super::metrics::{self, Scores};
use super::{Featurised, Rng};
use crate::claims::features::HASH_BITS;
use crate::claims::scorer::sigmoid;
use crate::claims::weights::Model;

/// Seed of the fold assignment (fixed: the folds are part of the protocol).
pub const FOLD_SEED: u64 = 5_2020;

/// The fold (0..k) of every example: each class is shuffled with a fixed seed
/// and dealt round-robin, so every fold has the same share of positives.
pub fn stratified_folds(y: &[bool], k: usize, seed: u64) -> Vec<usize> {
    let mut fold = vec![0; y.len()];
    let mut rng = Rng::new(seed);
    for class in [true, false] {
        let mut idx: Vec<usize> = (0..y.len()).filter(|&i| y[i] == class).collect();
        rng.shuffle(&mut idx);
        for (n, i) in idx.into_iter().enumerate() {
            fold[i] = n % k.max(1);
        }
    }
    fold
}

fn features(d: &Featurised, ngrams: bool) -> &[u32] {
    if ngrams {
        &d.ngrams
    } else {
        &d.cues
    }
}

/// Fits and quantises a model (threshold not yet folded into the bias).
/// Weights the shipped model keeps (the largest by magnitude). On ClaimBuster
/// `kfold_25ncs`, 5-fold CV: all 56,636 non-zero weights F1 0.782 / AP 0.867;
/// 35,000 F1 0.781 / AP 0.864; 15,000 F1 0.777 / AP 0.863 — and 35,000 save
/// about 40 KB of the gzipped wasm package.
pub const KEEP_WEIGHTS: usize = 35_000;

/// With `vectors`, the n-gram model also reads each sentence's mean word vector,
/// and the weights of that block are folded into its word-meaning table.
pub fn fit_model(
    data: &[&Featurised],
    y: &[bool],
    ngrams: bool,
    p: &Params,
    vectors: Option<&Embeddings>,
) -> Model {
    let x: Vec<&[u32]> = data.iter().map(|d| features(d, ngrams)).collect();
    let vectors = vectors.filter(|_| ngrams);
    let dense: Vec<&[f32]> = match vectors {
        Some(_) => data.iter().map(|d| d.mean_vector.as_slice()).collect(),
        None => Vec::new(),
    };
    let (w, dense_w, b) = logreg::fit_dense(&x, &dense, y, 1 << HASH_BITS, p);
    let mut model = Model::quantise(&w, b, ngrams);
    model.prune(KEEP_WEIGHTS);
    model.meaning = vectors.map(|v| v.fold(&dense_w));
    model
}

/// The scorer's logit (model + rules) of each example.
pub fn logits(model: &Model, data: &[&Featurised]) -> Vec<f32> {
    data.iter()
        .map(|d| {
            model.logit(features(d, model.ngrams)) + model.meaning_logit(&d.words) + d.adjustment
        })
        .collect()
}

/// Fits on all of `data`, with the threshold found by `inner`-fold CV (folds
/// dealt with `inner_seed`) folded into the bias (so that a logit of 0 is the
/// decision boundary). The shipped weights use `FOLD_SEED + 1`.
pub fn fit_with_threshold(
    data: &[&Featurised],
    y: &[bool],
    ngrams: bool,
    p: &Params,
    inner: usize,
    inner_seed: u64,
    vectors: Option<&Embeddings>,
) -> Model {
    let oof = out_of_fold_logits(data, y, ngrams, p, inner, inner_seed, vectors);
    let threshold = metrics::best_threshold(&oof, y);
    let mut model = fit_model(data, y, ngrams, p, vectors);
    model.bias -= threshold;
    model
}

fn out_of_fold_logits(
    data: &[&Featurised],
    y: &[bool],
    ngrams: bool,
    p: &Params,
    k: usize,
    seed: u64,
    vectors: Option<&Embeddings>,
) -> Vec<f32> {
    let fold = stratified_folds(y, k, seed);
    let mut out = vec![0f32; data.len()];
    for f in 0..k {
        let (train, test): (Vec<usize>, Vec<usize>) = (0..data.len()).partition(|&i| fold[i] != f);
        let td: Vec<&Featurised> = train.iter().map(|&i| data[i]).collect();
        let ty: Vec<bool> = train.iter().map(|&i| y[i]).collect();
        let model = fit_model(&td, &ty, ngrams, p, vectors);
        let test_data: Vec<&Featurised> = test.iter().map(|&i| data[i]).collect();
        for (&i, l) in test.iter().zip(logits(&model, &test_data)) {
            out[i] = l;
        }
    }
    out
}

/// Cross-validated figures of the check-worthy class.
#[derive(Clone, Debug)]
pub struct Report {
    pub scores: Scores,
    pub average_precision: f64,
    /// Mean number of stored weights of the fold models.
    pub weights: usize,
}

/// `k`-fold CV with folds dealt by `seed` ([`FOLD_SEED`] is the protocol's;
/// others show how much one split's luck moves the figures): each fold is
/// scored by a model fitted (threshold included, inner folds dealt by
/// `seed + 1`) on the other folds; P/R/F1 and AP are computed over all
/// out-of-fold predictions.
pub fn cross_validate(
    data: &[Featurised],
    y: &[bool],
    ngrams: bool,
    p: &Params,
    k: usize,
    seed: u64,
    vectors: Option<&Embeddings>,
) -> Report {
    let fold = stratified_folds(y, k, seed);
    let mut prob = vec![0f32; data.len()];
    let mut weights = 0;
    for f in 0..k {
        let (train, test): (Vec<usize>, Vec<usize>) = (0..data.len()).partition(|&i| fold[i] != f);
        let td: Vec<&Featurised> = train.iter().map(|&i| &data[i]).collect();
        let ty: Vec<bool> = train.iter().map(|&i| y[i]).collect();
        let model = fit_with_threshold(&td, &ty, ngrams, p, k, seed + 1, vectors);
        weights += model.len();
        let test_data: Vec<&Featurised> = test.iter().map(|&i| &data[i]).collect();
        for (&i, l) in test.iter().zip(logits(&model, &test_data)) {
            prob[i] = sigmoid(l);
        }
    }
    let predicted: Vec<bool> = prob.iter().map(|&s| s >= 0.5).collect();
    Report {
        scores: metrics::prf(&predicted, y),
        average_precision: metrics::average_precision(&prob, y),
        weights: weights / k.max(1),
    }
}
