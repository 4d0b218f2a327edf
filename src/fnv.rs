//! Hash maps keyed by short words, with the FNV-1a hash: the value, claim
//! and quotation lexicons; and the 32-bit FNV-1a keys of the claims weights.

use std::collections;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: lookups of short words dominate the scans, and SipHash (the std
/// default, built against hash flooding, which a fixed lexicon cannot suffer)
/// costs several times more on them, and more again when the lexicons are
/// built on the wasm package's first call.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The FNV-1a hash of `bytes` (the claims words' keys are hashed once, and
/// the lexicons file their entries under it).
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = Fnv::default();
    h.write(bytes);
    h.finish()
}

/// 32-bit FNV-1a of the concatenated `parts`, xor-folded to its low `bits`
/// bits (all 32 when `bits` ≥ 32): the claims features' and word-meaning
/// table's keys, fixed and platform-independent like the files that store them.
#[inline]
pub(crate) fn hash32_folded(parts: &[&str], bits: u32) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for p in parts {
        for &b in p.as_bytes() {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    if bits >= 32 {
        h
    } else {
        (h ^ (h >> bits)) & ((1 << bits) - 1)
    }
}

pub(crate) type HashMap<K, V> = collections::HashMap<K, V, BuildHasherDefault<Fnv>>;
pub(crate) type HashSet<K> = collections::HashSet<K, BuildHasherDefault<Fnv>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_work_and_hash_differs_by_word() {
        let mut m: HashMap<&str, u8> = HashMap::default();
        m.insert("may", 5);
        assert_eq!(m.get("may"), Some(&5));
        assert_eq!(m.get("mar"), None);
        let hash = |w: &[u8]| {
            let mut h = Fnv::default();
            h.write(w);
            h.finish()
        };
        assert_ne!(hash(b"may"), hash(b"yam"));
    }
}
