//! L2-regularised logistic regression over binary features, fitted with AdaGrad
//! in a fixed example order: deterministic, fast (a few seconds for ClaimBuster)
//! and with no dependency.

use super::Rng;

/// Optimiser settings.
#[derive(Clone, Copy, Debug)]
pub struct Params {
    pub epochs: usize,
    pub learning_rate: f64,
    pub l2: f64,
    /// Weight of a positive example's loss (check-worthy sentences are the minority).
    pub positive_weight: f64,
    pub seed: u64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            epochs: 6,
            learning_rate: 0.05,
            l2: 1e-5,
            positive_weight: 1.0,
            seed: 20_250_225,
        }
    }
}

impl Params {
    /// The defaults, overridden by `CLAIMS_EPOCHS`, `CLAIMS_LR`, `CLAIMS_L2` and
    /// `CLAIMS_POSITIVE_WEIGHT` (for experiments; the committed weights use the defaults).
    pub fn from_env() -> Params {
        let d = Params::default();
        let var = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<f64>().ok());
        Params {
            epochs: var("CLAIMS_EPOCHS").map_or(d.epochs, |v| v as usize),
            learning_rate: var("CLAIMS_LR").unwrap_or(d.learning_rate),
            l2: var("CLAIMS_L2").unwrap_or(d.l2),
            positive_weight: var("CLAIMS_POSITIVE_WEIGHT").unwrap_or(d.positive_weight),
            seed: d.seed,
        }
    }
}

/// Fits weights (length `dims`) over the binary features, with real-valued
/// features beside them: `dense[i]` is example i's dense block (all of one
/// length; `dense` empty for none). Each dense weight has its own AdaGrad
/// accumulator and the same L2. Returns the sparse weights, the dense weights
/// and the bias; with no dense block the result is the binary-only fit.
pub fn fit_dense(
    x: &[&[u32]],
    dense: &[&[f32]],
    y: &[bool],
    dims: usize,
    p: &Params,
) -> (Vec<f32>, Vec<f32>, f32) {
    let ddims = dense.first().map_or(0, |d| d.len());
    let mut w = vec![0f64; dims];
    let mut g2 = vec![1e-8f64; dims];
    let mut wd = vec![0f64; ddims];
    let mut gd2 = vec![1e-8f64; ddims];
    let (mut b, mut b2) = (0f64, 1e-8f64);
    let mut order: Vec<usize> = (0..x.len()).collect();
    let mut rng = Rng::new(p.seed);
    for _ in 0..p.epochs {
        rng.shuffle(&mut order);
        for &i in &order {
            let feats = x[i];
            let mut z = feats.iter().fold(b, |acc, &f| acc + w[f as usize]);
            if ddims > 0 {
                z += dense[i]
                    .iter()
                    .zip(&wd)
                    .map(|(&v, &w)| f64::from(v) * w)
                    .sum::<f64>();
            }
            let prob = 1.0 / (1.0 + (-z).exp());
            let (target, weight) = if y[i] {
                (1.0, p.positive_weight)
            } else {
                (0.0, 1.0)
            };
            let g = (prob - target) * weight;
            for &f in feats {
                let f = f as usize;
                let grad = g + p.l2 * w[f];
                g2[f] += grad * grad;
                w[f] -= p.learning_rate * grad / g2[f].sqrt();
            }
            if ddims > 0 {
                for (j, &v) in dense[i].iter().enumerate() {
                    let grad = g * f64::from(v) + p.l2 * wd[j];
                    gd2[j] += grad * grad;
                    wd[j] -= p.learning_rate * grad / gd2[j].sqrt();
                }
            }
            b2 += g * g;
            b -= p.learning_rate * g / b2.sqrt();
        }
    }
    (
        w.into_iter().map(|v| v as f32).collect(),
        wd.into_iter().map(|v| v as f32).collect(),
        b as f32,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The binary-only fit.
    fn fit(x: &[&[u32]], y: &[bool], dims: usize, p: &Params) -> (Vec<f32>, f32) {
        let (w, _, b) = fit_dense(x, &[], y, dims, p);
        (w, b)
    }

    #[test]
    fn separates_a_toy_problem_deterministically() {
        let a: Vec<u32> = vec![0, 2];
        let b: Vec<u32> = vec![1, 2];
        let x: Vec<&[u32]> = vec![&a, &b, &a, &b];
        let y = [true, false, true, false];
        let p = Params {
            epochs: 50,
            ..Params::default()
        };
        let (w, bias) = fit(&x, &y, 3, &p);
        assert!(w[0] > 0.5 && w[1] < -0.5, "{w:?} {bias}");
        assert_eq!(fit(&x, &y, 3, &p), (w, bias));
    }
}
