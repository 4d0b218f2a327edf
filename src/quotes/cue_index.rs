//! "The last speech cue before token b", "a word outside quotations in this
//! range", "how many words in that one", without walking the range.
//!
//! Each quotation looks for its attribution from the start of its sentence up
//! to its opening mark, and counts the words after it to the sentence end.
//! Walking those ranges token by token is quadratic when one sentence holds
//! thousands of quotation marks (a 1 MB text with no full stop, a wall of
//! “ ”). The cues, the cues outside the document's quotations, the cue
//! phrases and the words are each found once here: the rare cues and
//! phrases as sorted lists (a look-up is a binary search), the words as a bit
//! a token that answers "how many before" and "the last before" in O(1)
//! ([`TokenFlags`]).

use super::context::Ctx;
use super::cues;
use super::token_flags::TokenFlags;
use crate::text::span::Span;

pub(crate) struct CueIndex {
    /// The tokens that are cues, ascending: cues are rare, so a sorted list
    /// and a binary search rather than an entry per token.
    cues: Vec<u32>,
    /// The same, counting only cues outside the document's quotations.
    cues_unquoted: Vec<u32>,
    /// Verbless cue phrases: (first token, token after the phrase), ascending.
    phrases: Vec<(u32, u32)>,
    /// The number of tokens.
    n: usize,
    /// Which tokens are words.
    words: TokenFlags,
    /// Which tokens are words outside the document's quotations.
    unquoted_words: TokenFlags,
}

/// Where in `sorted` the entries from `b` on begin.
fn before(sorted: &[u32], b: usize) -> usize {
    sorted.partition_point(|&k| (k as usize) < b)
}

/// [`cues::inside`] for positions asked in increasing order: a cursor that
/// moves on through the quotations instead of a binary search for each of
/// the document's words (on GUM's texts joined, a third of building this
/// index).
struct Sweep<'q> {
    quotes: &'q [Span],
    next: usize,
}

impl<'q> Sweep<'q> {
    /// A sweep over `quotes`, sorted by start and non-overlapping.
    fn new(quotes: &'q [Span]) -> Self {
        Sweep { quotes, next: 0 }
    }

    /// Whether `pos` (no smaller than the last position asked) lies inside a quotation.
    fn inside(&mut self, pos: usize) -> bool {
        while self.quotes.get(self.next).is_some_and(|q| q.end <= pos) {
            self.next += 1;
        }
        self.quotes.get(self.next).is_some_and(|q| q.start <= pos)
    }
}

impl CueIndex {
    pub fn new(ctx: &Ctx, quotes: &[Span]) -> CueIndex {
        let n = ctx.tokens.len();
        let cues: Vec<u32> = (0..n)
            .filter(|&k| cues::is_cue(ctx, k))
            .map(|k| k as u32)
            .collect();
        let mut quoted = Sweep::new(quotes);
        let cues_unquoted = cues
            .iter()
            .copied()
            .filter(|&k| !quoted.inside(ctx.tokens[k as usize].span.start))
            .collect();
        let mut quoted = Sweep::new(quotes);
        CueIndex {
            cues_unquoted,
            cues,
            phrases: (0..n)
                .filter_map(|k| Some((k as u32, cues::phrase_at(ctx, k)? as u32)))
                .collect(),
            n,
            words: TokenFlags::new(n, |k| ctx.is_word(k)),
            unquoted_words: TokenFlags::new(n, |k| {
                ctx.is_word(k) && !quoted.inside(ctx.tokens[k].span.start)
            }),
        }
    }

    /// How many of tokens `a..b` are words (0 when `b <= a`).
    pub fn words_in(&self, a: usize, b: usize) -> usize {
        let (a, b) = (a.min(self.n), b.min(self.n));
        if b <= a {
            return 0;
        }
        self.words.count_before(b) - self.words.count_before(a)
    }

    /// Whether a word outside the document's quotations lies among tokens `a..b`.
    pub fn unquoted_word_in(&self, a: usize, b: usize) -> bool {
        self.unquoted_words
            .last_before(b.min(self.n))
            .is_some_and(|j| j >= a)
    }

    /// The last cue among tokens `a..b`; outside the document's quotations
    /// when `unquoted`.
    pub fn last_cue(&self, a: usize, b: usize, unquoted: bool) -> Option<usize> {
        let list = if unquoted {
            &self.cues_unquoted
        } else {
            &self.cues
        };
        let j = *list.get(before(list, b).checked_sub(1)?)? as usize;
        (j >= a).then_some(j)
    }

    /// The cues among tokens `a..b`, in order (inside quotations or not).
    pub fn cues_in(&self, a: usize, b: usize) -> impl Iterator<Item = usize> + '_ {
        self.cues[before(&self.cues, a)..before(&self.cues, b.max(a))]
            .iter()
            .map(|&k| k as usize)
    }

    /// The last cue phrase among tokens `a..b` that ends by `b`: (first token,
    /// token after it).
    pub fn last_phrase(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let i = self.phrases.partition_point(|&(j, _)| (j as usize) < b);
        // a phrase is at most four tokens: only the last few can run past `b`
        self.phrases[..i]
            .iter()
            .rev()
            .take_while(|&&(j, _)| j as usize >= a)
            .find(|&&(_, e)| e as usize <= b)
            .map(|&(j, e)| (j as usize, e as usize))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))] // proptest is a native dev-dependency
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// The sweep answers as the binary search does, for increasing
        /// positions (repeats included) before, inside, between, at the
        /// edges of and after quotations, some of them adjacent.
        #[test]
        fn sweep_is_inside(
            parts in proptest::collection::vec((0usize..4, 1usize..4), 0..8),
            steps in proptest::collection::vec(0usize..3, 0..40),
        ) {
            let (mut quotes, mut at) = (Vec::new(), 0);
            for (gap, len) in parts {
                quotes.push(Span::new(at + gap, at + gap + len));
                at += gap + len;
            }
            let mut sweep = Sweep::new(&quotes);
            let mut pos = 0;
            for step in steps {
                pos += step;
                prop_assert_eq!(sweep.inside(pos), cues::inside(&quotes, pos), "at {}", pos);
            }
        }
    }
}
