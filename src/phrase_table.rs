//! An open-addressed table from well-mixed 64-bit hashes to non-zero values,
//! shared by two layers: the gazetteer's (phrase hash → list bits) and the
//! claims scorer's word-meaning table (word hash → number).
//!
//! Why not a `HashMap`: the package builds this table on its first call, some
//! 20,000 inserts, and hashbrown's insert (group probing, growth checks, the
//! entry API) was most of that time in wasm, where hashbrown has no SIMD
//! groups. The keys are already well-mixed hashes and never removed, so linear
//! probing over a power-of-two array indexed by the key's top bits is enough:
//! an insert or a look-up is a multiply-free index and, mostly, one compare.

/// Phrase hash → bit set, for non-zero bit sets (a zero value is never
/// stored: [`PhraseTable::or_insert`] only ORs bits in).
#[derive(Clone, Debug)]
pub struct PhraseTable {
    /// `EMPTY` in a free slot; the key 0 itself lives in `zero`.
    keys: Vec<u64>,
    values: Vec<u32>,
    /// 64 minus log2 of the capacity: `key >> shift` is a key's home slot.
    shift: u32,
    len: usize,
    /// The value of key 0 (0 when absent), which `keys` cannot hold.
    zero: u32,
}

const EMPTY: u64 = 0;

impl PhraseTable {
    /// A table for about `entries` keys without growing (load at most 3/4).
    pub fn with_capacity(entries: usize) -> PhraseTable {
        let cap = (entries + entries / 3 + 1).next_power_of_two().max(16);
        PhraseTable {
            keys: vec![EMPTY; cap],
            values: vec![0; cap],
            shift: 64 - cap.trailing_zeros(),
            len: 0,
            zero: 0,
        }
    }

    /// How many keys the table holds.
    pub fn len(&self) -> usize {
        self.len + usize::from(self.zero != 0)
    }

    /// ORs `bits` (non-zero) into the value of `key`, inserting it if absent.
    pub fn or_insert(&mut self, key: u64, bits: u32) {
        debug_assert_ne!(bits, 0);
        if key == EMPTY {
            self.zero |= bits;
            return;
        }
        if (self.len + 1) * 4 > self.keys.len() * 3 {
            self.grow();
        }
        let mask = self.keys.len() - 1;
        let mut s = (key >> self.shift) as usize;
        loop {
            match self.keys[s] {
                k if k == key => break,
                EMPTY => {
                    self.keys[s] = key;
                    self.len += 1;
                    break;
                }
                _ => s = (s + 1) & mask,
            }
        }
        self.values[s] |= bits;
    }

    /// The value of `key`, if present.
    #[inline]
    pub fn get(&self, key: u64) -> Option<u32> {
        if key == EMPTY {
            return (self.zero != 0).then_some(self.zero);
        }
        let mask = self.keys.len() - 1;
        let mut s = (key >> self.shift) as usize;
        loop {
            match self.keys[s] {
                k if k == key => return Some(self.values[s]),
                EMPTY => return None,
                _ => s = (s + 1) & mask,
            }
        }
    }

    /// Every (key, value), in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (u64, u32)> + '_ {
        let zero = (self.zero != 0).then_some((EMPTY, self.zero));
        self.keys
            .iter()
            .zip(&self.values)
            .filter(|&(&k, _)| k != EMPTY)
            .map(|(&k, &v)| (k, v))
            .chain(zero)
    }

    /// Twice the slots, the keys re-placed (only when more keys came than
    /// the table was sized for).
    fn grow(&mut self) {
        let mut bigger = PhraseTable::with_capacity(self.keys.len() * 2);
        bigger.zero = self.zero;
        for (k, v) in self.iter().filter(|&(k, _)| k != EMPTY) {
            bigger.or_insert(k, v);
        }
        *self = bigger;
    }
}

/// An empty table of the smallest size (never without slots, which a
/// look-up's probe needs).
impl Default for PhraseTable {
    fn default() -> PhraseTable {
        PhraseTable::with_capacity(0)
    }
}

/// Same keys with the same values, wherever they sit.
impl PartialEq for PhraseTable {
    fn eq(&self, other: &PhraseTable) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// The table answers as a `HashMap` fed the same inserts, through growth,
    /// colliding home slots and the key 0.
    #[test]
    fn answers_as_a_hash_map() {
        let mut table = PhraseTable::with_capacity(4);
        let mut map: HashMap<u64, u32> = HashMap::new();
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for i in 0..5000u64 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // Every third key shares its top bits with others: probing runs.
            let key = match i % 3 {
                0 => x,
                1 => x & 0xffff_0000_0000_0000 | (i % 7),
                _ => i % 50,
            };
            let bits = 1 << (i % 31);
            table.or_insert(key, bits);
            *map.entry(key).or_insert(0) |= bits;
        }
        assert_eq!(table.len(), map.len());
        for (&k, &v) in &map {
            assert_eq!(table.get(k), Some(v), "{k:x}");
        }
        assert_eq!(table.iter().count(), map.len());
        assert_eq!(table.get(0x1234_5678), map.get(&0x1234_5678).copied());
        let mut same = PhraseTable::with_capacity(map.len());
        map.iter().for_each(|(&k, &v)| same.or_insert(k, v));
        assert!(same == table);
        same.or_insert(1, 1 << 31);
        assert!(same != table);
    }
}
