//! Writes trained weights in the compact format `entities::model` reads:
//! prune features whose largest weight is small, quantise to `i8` with one
//! scale, store keys as varint deltas and weights key-major (see model.rs).

use crate::entities::features::KEY_BITS;
use crate::entities::labels::NUM_TAGS;
use crate::entities::train::perceptron::Weights;

/// What the export kept.
#[derive(Debug)]
pub struct Stats {
    pub kept: usize,
    pub nonzero_features: usize,
    pub scale: f32,
}

/// Serialises `weights`, keeping the `keep` keys with the largest |weight|
/// (ties broken by key, so the choice is deterministic).
pub fn export(weights: &Weights, keep: usize) -> (Vec<u8>, Stats) {
    let rows = weights.emission.chunks_exact(NUM_TAGS);
    let nonzero_features = rows.clone().filter(|r| r.iter().any(|&w| w != 0.0)).count();
    // one scale, from the largest weight: clamping even the top 0.01% of
    // weights (bias-like features) distorted decoding badly
    let top = weights.emission.iter().fold(0f32, |m, w| m.max(w.abs()));
    let scale = top / 127.0;
    let quantise = |row: &[f32]| -> [i8; NUM_TAGS] {
        std::array::from_fn(|t| (row[t] / scale).round().clamp(-127.0, 127.0) as i8)
    };
    let mut ranked: Vec<(f32, u32)> = rows
        .enumerate()
        .filter(|(_, row)| quantise(row).iter().any(|&x| x != 0))
        .map(|(k, row)| (row.iter().fold(0f32, |m, w| m.max(w.abs())), k as u32))
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.truncate(keep);
    let mut keys: Vec<u32> = ranked.into_iter().map(|(_, k)| k).collect();
    keys.sort_unstable();
    let mut out = Vec::new();
    out.extend_from_slice(b"NER2");
    out.extend_from_slice(&KEY_BITS.to_le_bytes());
    out.extend_from_slice(&(NUM_TAGS as u32).to_le_bytes());
    out.extend_from_slice(&scale.to_le_bytes());
    out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
    for row in &weights.transition {
        for w in row {
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
    crate::leb128::write_deltas(&keys, &mut out);
    for &k in &keys {
        let q = quantise(&weights.emission[k as usize * NUM_TAGS..][..NUM_TAGS]);
        out.extend(q.map(|x| x as u8));
    }
    (
        out,
        Stats {
            kept: keys.len(),
            nonzero_features,
            scale,
        },
    )
}
