//! The tag set the sequence model predicts: BIO over four coarse name types.
//!
//! Why four and not the eighteen OntoNotes types: the licensed training data
//! (GUM, wikigold, UNER) only agrees on PERSON / ORG / LOC, plus a MISC bucket
//! in two of the three. The finer OntoNotes labels (GPE vs LOC vs FAC, NORP,
//! EVENT) are assigned after decoding from gazetteers and cue words
//! (`crate::entities::ontonotes`).

/// Coarse name types, in tag order.
pub const TYPES: [&str; 4] = ["PERSON", "ORG", "LOC", "MISC"];

/// Number of tags: O, then B-/I- for each type.
pub const NUM_TAGS: usize = 1 + 2 * TYPES.len();

/// The "outside" tag.
pub const O: usize = 0;

/// The B- tag of type `t` (index into [`TYPES`]).
pub const fn begin(t: usize) -> usize {
    1 + 2 * t
}

/// The I- tag of type `t`.
pub const fn inside(t: usize) -> usize {
    2 + 2 * t
}

/// The type of a non-O tag.
pub const fn type_of(tag: usize) -> usize {
    (tag - 1) / 2
}

pub const fn is_begin(tag: usize) -> bool {
    tag != O && tag % 2 == 1
}

/// The tags of a name of type `t` that is `len` tokens long.
pub fn encode(t: usize, len: usize) -> Vec<usize> {
    (0..len)
        .map(|i| if i == 0 { begin(t) } else { inside(t) })
        .collect()
}

/// Whether a sentence may end on `tag` (any tag under BIO; BILOU was tried
/// and gave no gain on the development set for a larger, slower model).
pub fn can_end(_tag: usize) -> bool {
    true
}

/// Whether `next` may follow `prev` (`None` = sentence start) under BIO.
pub fn allowed(prev: Option<usize>, next: usize) -> bool {
    if next == O || is_begin(next) {
        return true;
    }
    matches!(prev, Some(p) if p != O && type_of(p) == type_of(next))
}

/// The type index of a data-set label, after mapping the corpora's labels onto
/// the four coarse types (`None` = not a name we learn).
pub fn type_index(label: &str) -> Option<usize> {
    match label {
        "PERSON" | "PER" => Some(0),
        "ORG" => Some(1),
        "LOC" | "GPE" | "FAC" => Some(2),
        "MISC" | "EVENT" | "NORP" => Some(3),
        _ => None,
    }
}

/// Spans `(first_token, end_token, type)` of a tag sequence.
pub fn spans(tags: &[usize]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        if tags[i] == O {
            i += 1;
            continue;
        }
        let t = type_of(tags[i]);
        let mut j = i + 1;
        while j < tags.len() && tags[j] == inside(t) {
            j += 1;
        }
        out.push((i, j, t));
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_constraints() {
        assert!(allowed(None, begin(0)));
        assert!(!allowed(None, inside(0)));
        assert!(allowed(Some(begin(1)), inside(1)));
        assert!(!allowed(Some(begin(1)), inside(2)));
        assert!(!allowed(Some(O), inside(2)));
    }

    #[test]
    fn encode_round_trips() {
        let mut tags = encode(1, 3);
        tags.extend(encode(0, 1));
        assert_eq!(spans(&tags), vec![(0, 3, 1), (3, 4, 0)]);
    }

    #[test]
    fn spans_of_tags() {
        let tags = [O, begin(0), inside(0), begin(0), O, inside(2)];
        assert_eq!(spans(&tags), vec![(1, 3, 0), (3, 4, 0), (5, 6, 2)]);
    }
}
