//! Edit distances for re-anchoring an edited quote: bounded Levenshtein between
//! two spans, and the best-matching prefix of a text (the quote runs on from a
//! surviving prefix, or, reversed, back from a surviving suffix).

/// Levenshtein distance, or `None` when it exceeds `budget`.
pub(super) fn edit_distance(a: &[u16], b: &[u16], budget: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > budget {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, &x) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, &y) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(x != y))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        if cur.iter().min().is_some_and(|&m| m > budget) {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev[b.len()]).filter(|&d| d <= budget)
}

/// The prefix of `text` closest to `pattern` in edits: its length and distance,
/// if within `budget` (ties go to the length nearest the pattern's).
pub(super) fn best_prefix(
    text: impl Iterator<Item = u16> + Clone,
    pattern: impl Iterator<Item = u16> + Clone,
    budget: usize,
) -> Option<(usize, usize)> {
    let text: Vec<u16> = text.collect();
    let pattern: Vec<u16> = pattern.collect();
    // Rows over the pattern, columns over text prefixes: the last row is the
    // distance from the whole pattern to every prefix of the text.
    let mut prev: Vec<usize> = (0..=text.len()).collect();
    let mut cur = vec![0; text.len() + 1];
    for (i, &p) in pattern.iter().enumerate() {
        cur[0] = i + 1;
        for (k, &t) in text.iter().enumerate() {
            cur[k + 1] = (prev[k] + usize::from(p != t))
                .min(prev[k + 1] + 1)
                .min(cur[k] + 1);
        }
        // A row's least distance never falls in the rows after it: once
        // over the budget, no prefix can come back within it.
        if cur.iter().min().is_some_and(|&m| m > budget) {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.iter()
        .enumerate()
        .map(|(k, &d)| (d, k.abs_diff(pattern.len()), k))
        .min()
        .filter(|&(d, _, _)| d <= budget)
        .map(|(d, _, k)| (k, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::highlight::testing::u;

    #[test]
    fn edit_distance_is_bounded() {
        assert_eq!(edit_distance(&u("kitten"), &u("sitting"), 3), Some(3));
        assert_eq!(edit_distance(&u("kitten"), &u("sitting"), 2), None);
        assert_eq!(edit_distance(&u(""), &u("ab"), 2), Some(2));
    }

    #[test]
    fn best_prefix_finds_the_length_with_fewest_edits() {
        let text = u("very constructive” on Monday");
        let pattern = u("very constuctive”");
        assert_eq!(
            best_prefix(text.iter().copied(), pattern.iter().copied(), 4),
            Some((18, 1))
        );
        assert_eq!(
            best_prefix(u("xyz").into_iter(), u("abc").into_iter(), 1),
            None
        );
    }

    #[cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency
    mod property {
        use super::*;
        use proptest::collection::vec;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2_000))]
            /// The best prefix is the one a distance to every prefix picks
            /// (the early stop when a row is over the budget changes nothing).
            #[test]
            fn best_prefix_is_the_nearest_prefix_by_edit_distance(
                text in vec(0u16..3, 0..12),
                pattern in vec(0u16..3, 0..10),
                budget in 0usize..5,
            ) {
                let expected = (0..=text.len())
                    .filter_map(|k| {
                        let d = edit_distance(&text[..k], &pattern, usize::MAX / 2)?;
                        Some((d, k.abs_diff(pattern.len()), k))
                    })
                    .min()
                    .filter(|&(d, _, _)| d <= budget)
                    .map(|(d, _, k)| (k, d));
                let got = best_prefix(text.iter().copied(), pattern.iter().copied(), budget);
                prop_assert_eq!(got, expected);
            }
        }
    }
}
