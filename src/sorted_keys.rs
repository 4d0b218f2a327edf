//! Ascending `u32` keys with a first-level index over their top bits.
//!
//! The claims model (35,000 feature indices) and its word-meaning table (10,000
//! word hashes) are looked up for every feature and word of every sentence. A
//! binary search over all the keys is some 15 dependent, cache-missing steps, and
//! was half of the claims scorer's own time on text that repeats nothing (the
//! 263 GUM texts). Here the key's top bits pick a bucket of a few keys (where each
//! bucket starts is stored: at most 4,097 numbers), and only that bucket is
//! searched.

/// Buckets are the keys' top `BUCKET_BITS` bits (at most 4,096 buckets).
const BUCKET_BITS: u32 = 12;

/// Ascending keys and the start of each bucket among them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SortedKeys {
    keys: Vec<u32>,
    /// `starts[b]..starts[b + 1]` are the keys whose top bits are `b`.
    starts: Vec<u32>,
    shift: u32,
}

impl SortedKeys {
    /// Indexes `keys`, which must be ascending (as LEB128 deltas decode).
    pub fn new(keys: Vec<u32>) -> SortedKeys {
        debug_assert!(keys.windows(2).all(|w| w[0] <= w[1]), "keys ascend");
        let max = keys.last().copied().unwrap_or(0);
        let shift = (32 - max.leading_zeros()).saturating_sub(BUCKET_BITS);
        let buckets = (max >> shift) as usize + 1;
        let mut starts = Vec::with_capacity(buckets + 1);
        let mut i = 0;
        for bucket in 0..=buckets {
            while keys
                .get(i)
                .is_some_and(|&k| ((k >> shift) as usize) < bucket)
            {
                i += 1;
            }
            starts.push(i as u32);
        }
        SortedKeys {
            keys,
            starts,
            shift,
        }
    }

    /// The position of `key` among the keys, as `binary_search(&key).ok()` over
    /// them finds it (for keys without duplicates, the same position).
    #[inline]
    pub fn position(&self, key: u32) -> Option<usize> {
        let bucket = (key >> self.shift) as usize;
        let lo = *self.starts.get(bucket)? as usize;
        let hi = *self.starts.get(bucket + 1)? as usize;
        let found = self.keys.get(lo..hi)?.binary_search(&key).ok()?;
        Some(lo + found)
    }

    pub fn as_slice(&self) -> &[u32] {
        &self.keys
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_key_and_nothing_else() {
        let keys = vec![0, 3, 4, 4096, 70_000, 262_143];
        let index = SortedKeys::new(keys.clone());
        for (i, &k) in keys.iter().enumerate() {
            assert_eq!(index.position(k), Some(i), "{k}");
        }
        for k in [1, 2, 5, 4095, 69_999, 262_144, u32::MAX] {
            assert_eq!(index.position(k), None, "{k}");
        }
    }

    #[test]
    fn empty_and_single_key_sets() {
        assert_eq!(SortedKeys::new(vec![]).position(0), None);
        let one = SortedKeys::new(vec![7]);
        assert_eq!((one.position(7), one.position(6)), (Some(0), None));
        let max = SortedKeys::new(vec![u32::MAX]);
        assert_eq!((max.position(u32::MAX), max.position(0)), (Some(0), None));
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::super::SortedKeys;
        use proptest::prelude::*;

        proptest! {
            /// The bucketed search answers as a binary search over all the keys.
            #[test]
            fn answers_as_a_whole_binary_search(
                mut keys in proptest::collection::vec(any::<u32>().prop_map(|k| k >> 8), 0..300),
                probes in proptest::collection::vec(any::<u32>().prop_map(|k| k >> 8), 0..50),
            ) {
                keys.sort_unstable();
                keys.dedup();
                let index = SortedKeys::new(keys.clone());
                for k in keys.iter().copied().chain(probes) {
                    prop_assert_eq!(index.position(k), keys.binary_search(&k).ok(), "{}", k);
                }
            }
        }
    }
}
