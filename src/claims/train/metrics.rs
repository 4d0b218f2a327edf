//! Precision, recall, F1 of the positive class, and average precision.

/// Scores of the positive class for one set of predictions.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Scores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// P/R/F1 of `predicted` against `gold`.
pub fn prf(predicted: &[bool], gold: &[bool]) -> Scores {
    let tp = predicted
        .iter()
        .zip(gold)
        .filter(|(p, g)| **p && **g)
        .count() as f64;
    let fp = predicted
        .iter()
        .zip(gold)
        .filter(|(p, g)| **p && !**g)
        .count() as f64;
    let fn_ = predicted
        .iter()
        .zip(gold)
        .filter(|(p, g)| !**p && **g)
        .count() as f64;
    let precision = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let recall = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Scores {
        precision,
        recall,
        f1,
    }
}

/// Average precision (area under the precision–recall curve, step-wise, as
/// scikit-learn's `average_precision_score`), ties broken by input order.
pub fn average_precision(scores: &[f32], gold: &[bool]) -> f64 {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let positives = gold.iter().filter(|g| **g).count() as f64;
    if positives == 0.0 {
        return 0.0;
    }
    let (mut tp, mut ap) = (0.0, 0.0);
    let mut i = 0;
    while i < order.len() {
        // Tied scores form one step of the curve.
        let mut j = i;
        let mut tp_step = 0.0;
        while j < order.len() && scores[order[j]] == scores[order[i]] {
            tp_step += f64::from(u8::from(gold[order[j]]));
            j += 1;
        }
        tp += tp_step;
        ap += tp_step / positives * (tp / j as f64);
        i = j;
    }
    ap
}

/// The threshold on `scores` that maximises F1 (midway between two scores).
pub fn best_threshold(scores: &[f32], gold: &[bool]) -> f32 {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let positives = gold.iter().filter(|g| **g).count() as f64;
    let (mut tp, mut best, mut best_t) = (0.0, -1.0, 0.0f32);
    for (k, &i) in order.iter().enumerate() {
        tp += f64::from(u8::from(gold[i]));
        let next = order.get(k + 1).map(|&j| scores[j]);
        if next == Some(scores[i]) {
            continue;
        }
        let f1 = 2.0 * tp / (k as f64 + 1.0 + positives);
        if f1 > best {
            best = f1;
            best_t = next.map_or(scores[i] - 1.0, |n| (scores[i] + n) / 2.0);
        }
    }
    best_t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_ranking_has_ap_one_and_a_separating_threshold() {
        let s = [0.9, 0.8, 0.3, 0.1];
        let g = [true, true, false, false];
        assert!((average_precision(&s, &g) - 1.0).abs() < 1e-12);
        let t = best_threshold(&s, &g);
        assert!(t > 0.3 && t < 0.8);
        let p = prf(&[true, false, true, false], &g);
        assert!((p.precision - 0.5).abs() < 1e-12 && (p.recall - 0.5).abs() < 1e-12);
    }
}
