//! Every occurrence of many needles in the DOM text (UTF-16 units), in one
//! pass over it.
//!
//! Re-anchoring looks for the text of every stored mark that moved, and for
//! the context of every quote that was edited. Scanning the page once per mark
//! made re-anchoring a page whose marks had all moved (a line added at the top)
//! take time marks × page: 2.6 s for a 0.4 MB page with 4,671 marks, and
//! quadratic beyond. Here the needles are indexed by their first
//! [`KEY_UNITS`] units, packed into a `u128` (an exact key: nothing to hash or
//! verify beyond it for needles that short), and the page is read once; a hit
//! is checked against the needles sharing its key, so the time is the page
//! plus the occurrences, times the few key lengths present.

use foldhash::HashMap;

/// Units of a needle that index it: eight UTF-16 units fill a `u128`.
const KEY_UNITS: usize = 8;

/// The occurrences found, by needle.
pub(super) struct Found {
    /// Start offsets, ascending, for each distinct needle (0: the empty
    /// needle, which is never found).
    lists: Vec<Vec<usize>>,
    /// For each needle asked about, its distinct needle.
    of_needle: Vec<usize>,
}

impl Found {
    /// The start offsets of needle `i` (in the order asked), ascending.
    pub(super) fn of(&self, i: usize) -> &[usize] {
        &self.lists[self.of_needle[i]]
    }
}

/// The first `units.len()` (at most [`KEY_UNITS`]) units as one number.
fn pack(units: &[u16]) -> u128 {
    units.iter().fold(0, |key, &u| key << 16 | u128::from(u))
}

/// The start offsets of each needle in `hay`, ascending. An empty needle is
/// never found.
pub(super) fn find_all(hay: &[u16], needles: &[&[u16]]) -> Found {
    let mut distinct: HashMap<&[u16], usize> = HashMap::default();
    let mut unique: Vec<&[u16]> = vec![&[]];
    let of_needle = needles
        .iter()
        .map(|&n| match n.is_empty() {
            true => 0,
            false => *distinct.entry(n).or_insert_with(|| {
                unique.push(n);
                unique.len() - 1
            }),
        })
        .collect();
    // Needles by key length and key; which units can begin one; which key
    // lengths there are (ascending).
    let mut by_key: HashMap<(usize, u128), Vec<usize>> = HashMap::default();
    let mut first = vec![0u64; 1 << 10];
    let mut has_len = [false; KEY_UNITS + 1];
    for (id, n) in unique.iter().enumerate().skip(1) {
        let k = n.len().min(KEY_UNITS);
        by_key.entry((k, pack(&n[..k]))).or_default().push(id);
        first[usize::from(n[0]) >> 6] |= 1 << (n[0] & 63);
        has_len[k] = true;
    }
    let lens: Vec<usize> = (1..=KEY_UNITS).filter(|&k| has_len[k]).collect();
    let mut lists = vec![Vec::new(); unique.len()];
    for (i, &u) in hay.iter().enumerate() {
        if first[usize::from(u) >> 6] & (1 << (u & 63)) == 0 {
            continue;
        }
        for &k in lens.iter().take_while(|&&k| i + k <= hay.len()) {
            let Some(ids) = by_key.get(&(k, pack(&hay[i..i + k]))) else {
                continue;
            };
            for &id in ids {
                if hay[i..].starts_with(unique[id]) {
                    lists[id].push(i);
                }
            }
        }
    }
    Found { lists, of_needle }
}

/// The scan that [`find_all`] replaces, one needle at a time: every start, in
/// order (the tests' reference).
#[cfg(test)]
pub(super) fn naive(hay: &[u16], needle: &[u16]) -> Vec<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return Vec::new();
    }
    (0..=hay.len() - needle.len())
        .filter(|&i| hay[i..].starts_with(needle))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::highlight::testing::u;

    #[test]
    fn finds_short_long_repeated_and_overlapping_needles() {
        let hay = u("Kyiv said, then Kyiv said again: “aaaa” 🇺🇦 Kyiv");
        let needles = [
            u("Kyiv"),
            u("Kyiv said"),
            u("aa"),
            u(""),
            u("Kyiv"),
            u("🇺🇦"),
            u("Kyiv said, then Kyiv"),
            u("Moscow"),
            u("Kyiv said, then Kyiv said again: “aaaa” 🇺🇦 Kyiv and more"),
        ];
        let refs: Vec<&[u16]> = needles.iter().map(|n| &n[..]).collect();
        let found = find_all(&hay, &refs);
        for (i, n) in needles.iter().enumerate() {
            assert_eq!(found.of(i), naive(&hay, n), "needle {i}");
        }
        assert_eq!(found.of(2), [34, 35, 36], "overlapping");
        assert!(found.of(3).is_empty() && found.of(7).is_empty() && found.of(8).is_empty());
    }

    #[cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency
    mod property {
        use super::*;
        use proptest::collection::vec;
        use proptest::prelude::*;

        /// Units from a small alphabet (two letters and the halves of a
        /// surrogate pair), so that needles occur, overlap and share keys.
        fn units(len: std::ops::Range<usize>) -> impl Strategy<Value = Vec<u16>> {
            vec(
                prop_oneof![Just(0x61u16), Just(0x62), Just(0xD83C), Just(0xDDFA)],
                len,
            )
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2_000))]
            /// Any needles (some longer than a key) in any text: the same
            /// starts as the scan.
            #[test]
            fn agrees_with_the_scan(
                hay in units(0..60),
                needles in vec(units(0..12), 0..8),
            ) {
                let refs: Vec<&[u16]> = needles.iter().map(|n| &n[..]).collect();
                let found = find_all(&hay, &refs);
                for (i, n) in needles.iter().enumerate() {
                    prop_assert_eq!(found.of(i), &naive(&hay, n)[..]);
                }
            }
        }
    }
}
