//! The claim lexicons' entries filed together by their first word, so that a
//! sentence's words are walked once for all lexicons.
//!
//! Each sentence meets ten lexicon look-ups: six cue lists, opinion words,
//! speech verbs (twice) and unnamed sources. Walked one lexicon at a time,
//! every word went through every lexicon's filters, which was 4% of the
//! native run time on the reference article and 6–7% of the wasm run time
//! on GUM. [`Starts::find`] gives each lexicon's hits, each list exactly
//! what that lexicon's own [`Lexicon::find`] gives (the tests compare them;
//! a lexicon keeps the same index of its own entries alone).

use super::lexicons::{First, Hit, Lexicon};
use super::words::Word;
use crate::entities::gazetteer::HashMapU64;

/// An entry of one of the lexicons: (lexicon, entry) indices.
type Ref = (u8, u32);

/// The entries of a list of lexicons, by how their first word is found.
#[derive(Clone, Debug, Default)]
pub struct Starts {
    /// Entries by the hash of their first word's key.
    by_key: HashMapU64<Vec<Ref>>,
    /// The first bytes of those keys, a bit each: most words start with
    /// none of them and are not looked up.
    key_bytes: [u64; 4],
    /// Entries whose first word is a prefix (`word*`), by the prefix's
    /// first byte: a word tries only those that can match it (one flat
    /// list, gated by all their first bytes at once, had most words try
    /// every prefix entry of every lexicon).
    prefixed: Vec<Vec<Ref>>,
    /// Entries whose prefix is empty, tried at every word.
    any_prefixed: Vec<Ref>,
    /// Entries whose first word is any name (`<Name>`): capitalised words only.
    named: Vec<Ref>,
}

impl Starts {
    /// Files the entries of `lexicons` (at most 256 of them).
    pub fn new(lexicons: &[&Lexicon]) -> Starts {
        let mut starts = Starts::default();
        for (l, lexicon) in lexicons.iter().enumerate() {
            for (e, first) in lexicon.firsts() {
                starts.add(l, e, first);
            }
        }
        starts
    }

    /// Files entry `e` of lexicon `l`, whose first word is found so.
    pub(super) fn add(&mut self, l: usize, e: usize, first: First) {
        let r = (
            u8::try_from(l).expect("at most 256 lexicons"),
            u32::try_from(e).expect("at most 2^32 entries"),
        );
        match first {
            First::Key { hash, byte } => {
                mark(&mut self.key_bytes, byte);
                self.by_key.entry(hash).or_default().push(r);
            }
            First::Prefix(Some(b)) => {
                if self.prefixed.is_empty() {
                    self.prefixed = vec![Vec::new(); 256];
                }
                self.prefixed[usize::from(b)].push(r);
            }
            First::Prefix(None) => self.any_prefixed.push(r),
            First::Name => self.named.push(r),
        }
    }

    /// The hits in `words` of each of `lexicons` (those the index was built
    /// from, in the same order), as each lexicon's [`Lexicon::find`] gives them.
    pub fn find<const N: usize>(
        &self,
        lexicons: &[&Lexicon; N],
        text: &str,
        words: &[Word],
    ) -> [Vec<Hit>; N] {
        let mut hits: [Vec<Hit>; N] = std::array::from_fn(|_| Vec::new());
        for (i, word) in words.iter().enumerate() {
            // An empty key is told by byte 0, as an empty entry key is filed.
            let b = word.key.as_bytes().first().copied().unwrap_or(0);
            let exact: &[Ref] = match has(&self.key_bytes, b) {
                true => self.by_key.get(&word.key_hash).map_or(&[], Vec::as_slice),
                false => &[],
            };
            let prefixed = self
                .prefixed
                .get(usize::from(b))
                .map_or(&[][..], Vec::as_slice);
            let named: &[Ref] = match word.capitalised {
                true => &self.named,
                false => &[],
            };
            if exact.is_empty()
                && prefixed.is_empty()
                && named.is_empty()
                && self.any_prefixed.is_empty()
            {
                continue;
            }
            let mut best: [Option<Hit>; N] = [None; N];
            let candidates = exact.iter().chain(prefixed).chain(named);
            for &(l, e) in candidates.chain(&self.any_prefixed) {
                let l = usize::from(l);
                if let Some(h) = lexicons[l].hit_at(text, words, i, e as usize) {
                    if best[l].map_or(true, |b| h.rank() > b.rank()) {
                        best[l] = Some(h);
                    }
                }
            }
            for (h, out) in best.into_iter().zip(hits.iter_mut()) {
                if let Some(h) = h {
                    h.keep_in(out);
                }
            }
        }
        hits
    }
}

/// Sets byte `b`'s bit in a 256-bit set.
fn mark(set: &mut [u64; 4], b: u8) {
    set[usize::from(b) / 64] |= 1 << (b % 64);
}

/// Whether byte `b`'s bit is set.
fn has(set: &[u64; 4], b: u8) -> bool {
    set[usize::from(b) / 64] & (1 << (b % 64)) != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::catalogue::FILES;
    use crate::claims::words::words;
    use crate::text::span::Span;

    /// Every lexicon's hits from the shared index are those of its own
    /// (`Lexicon::find`), on every example sentence of every built-in lexicon
    /// (hits of other lexicons' entries, near misses, overlaps) and on a few
    /// mixed texts: filing nine lexicons together loses or mixes up nothing.
    #[test]
    fn each_lexicon_gets_what_its_own_find_gives() {
        let lexicons = FILES.map(|(_, src)| Lexicon::parse(src));
        let refs: [&Lexicon; 9] = std::array::from_fn(|i| &lexicons[i]);
        let starts = Starts::new(&refs);
        let mut texts: Vec<String> = lexicons
            .iter()
            .flat_map(|l| l.entries())
            .flat_map(|e| e.positives.iter().chain(&e.negatives).cloned())
            .collect();
        texts.push("Officials said Kyiv, which Russia occupied, may be more at risk than ever, sources say.".into());
        texts.push(String::new());
        assert!(texts.len() > 300, "{} texts", texts.len());
        let mut hits = 0;
        for text in &texts {
            let ws = words(text, Span::new(0, text.len()));
            let all = starts.find(&refs, text, &ws);
            for (lexicon, got) in lexicons.iter().zip(&all) {
                assert_eq!(*got, lexicon.find(text, &ws), "{text}");
                hits += got.len();
            }
        }
        assert!(hits > 200, "{hits} hits");
    }

    /// Two lexicons that file entries under the same first word keep their
    /// own hits, and the longest at a start wins within each.
    #[test]
    fn lexicons_sharing_a_first_word_keep_their_own_hits() {
        let a = Lexicon::parse("sources | a\nsources say | b\n");
        let b = Lexicon::parse("say | c\nsources* | d\n<Name> said | e\n");
        let refs = [&a, &b];
        let starts = Starts::new(&refs);
        let text = "Sources say Kyiv said so.";
        let ws = words(text, Span::new(0, text.len()));
        let [ha, hb] = starts.find(&refs, text, &ws);
        let spans = |l: &Lexicon, hs: &[Hit]| -> Vec<String> {
            hs.iter()
                .map(|&h| Lexicon::span(&ws, h).slice(text).to_string())
                .inspect(|_| assert!(!l.is_empty()))
                .collect()
        };
        assert_eq!(spans(&a, &ha), ["Sources say"]);
        assert_eq!(spans(&b, &hb), ["Sources", "say", "Kyiv said"]);
    }
}
