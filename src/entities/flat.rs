//! The tagger's word tokens: one flat list of byte spans in text order, cut
//! into sentences by their end indices.
//!
//! The entity layer holds these tokens from tokenization to the last rule. A
//! list per sentence cost a header and a separately grown buffer (up to twice
//! its length) per sentence, and the document-level passes, which number
//! tokens across sentences, each made a flat copy of every span: on a 2 MB text
//! those copies were the wasm heap peak. Kept flat once, token `k` is an index,
//! "the token starting at byte p" a search in one 64-byte block of text (see
//! [`StartIndex`]), and a sentence a sub-slice.

use super::gazetteer::HashMapU64;
use super::hash;
use crate::text::start_index::StartIndex;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::{Index, Range};

/// Word tokens `(start, end)` in text order, numbered from 0 across
/// sentences; sentence `i` is `tokens[ends[i - 1]..ends[i]]` (empty ones too).
#[derive(Clone, Debug, Default)]
pub struct Sentences {
    tokens: Vec<(usize, usize)>,
    ends: Vec<usize>,
    /// Each token's lower-case hash and the words written lower-case
    /// somewhere, once asked for, with the address and length of the text
    /// they were read from (see [`Self::lowers`]).
    facts: OnceCell<((usize, usize), TextFacts)>,
    /// Where each 64-byte block's tokens begin (see [`StartIndex`]): built
    /// by [`Self::finish`], or on the first look-up by position.
    starts: OnceCell<StartIndex>,
}

/// Equal tokens and sentences (the look-up caches aside).
impl PartialEq for Sentences {
    fn eq(&self, other: &Self) -> bool {
        self.tokens == other.tokens && self.ends == other.ends
    }
}

impl Eq for Sentences {}

impl Sentences {
    /// Adds a token to the sentence being built (see [`Self::end_sentence`]).
    pub fn push_token(&mut self, start: usize, end: usize) {
        debug_assert!(start < end && self.tokens.last().map_or(true, |t| t.1 <= start));
        self.facts.take();
        self.starts.take();
        self.tokens.push((start, end));
    }

    /// Closes the sentence being built (empty when no token came since the last).
    pub fn end_sentence(&mut self) {
        self.facts.take();
        self.starts.take();
        self.ends.push(self.tokens.len());
    }

    /// The tokens pushed since the last closed sentence.
    pub fn current(&self) -> &[(usize, usize)] {
        &self.tokens[self.ends.last().copied().unwrap_or(0)..]
    }

    /// Closes the last sentence if it has tokens, releases the spare
    /// capacity left by growing the lists (they are held through the layer)
    /// and indexes the tokens by position.
    pub fn finish(mut self) -> Self {
        if !self.current().is_empty() {
            self.end_sentence();
        }
        self.tokens.shrink_to_fit();
        self.ends.shrink_to_fit();
        // Built here, beside the lists, not on the first look-up in the middle
        // of the passes' allocations: there it took a piece of the hole the
        // quotation layer's token list later fills, which then went to the top
        // of the wasm heap (peak 17.0 → 21.5 MB, `node bench/memory.mjs`).
        self.start_index();
        self
    }

    /// The number of sentences.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The sentences, each as its tokens.
    pub fn iter(&self) -> Iter<'_> {
        Iter {
            sentences: self,
            range: 0..self.ends.len(),
        }
    }

    /// Every token of every sentence, in order.
    pub fn tokens(&self) -> &[(usize, usize)] {
        &self.tokens
    }

    /// The text of token `k` ("" past the last token): the passes read the
    /// words around a name by index.
    pub fn word<'t>(&self, text: &'t str, k: usize) -> &'t str {
        self.tokens.get(k).map_or("", |&(a, b)| &text[a..b])
    }

    /// Whether token `k` is the first of its sentence (`false` past the last).
    pub fn starts_sentence(&self, k: usize) -> bool {
        k < self.tokens.len() && (k == 0 || self.ends.binary_search(&k).is_ok())
    }

    /// The token starting at byte `pos`, if one does. Tokens are non-empty
    /// and in text order, so starts (and ends) strictly increase.
    pub fn starting_at(&self, pos: usize) -> Option<usize> {
        let k = self.first_starting_from(pos);
        self.tokens.get(k).filter(|t| t.0 == pos).map(|_| k)
    }

    /// The first token starting at or after byte `pos` (the token count when
    /// none does): `tokens().partition_point(|t| t.0 < pos)`, in a few steps.
    pub fn first_starting_from(&self, pos: usize) -> usize {
        self.start_index().first_starting_from(&self.tokens, pos)
    }

    /// The first token ending after byte `pos` (the token count when none
    /// does): `tokens().partition_point(|t| t.1 <= pos)`, in a few steps; with
    /// [`Self::first_starting_from`], the tokens inside a span.
    pub fn first_ending_after(&self, pos: usize) -> usize {
        self.start_index().first_ending_after(&self.tokens, pos)
    }

    fn start_index(&self) -> &StartIndex {
        self.starts.get_or_init(|| StartIndex::new(&self.tokens))
    }

    /// Each token's [`hash::lower`] (`lowers(text)[k]` is token `k`'s),
    /// computed once for the text these tokens were cut from: the tagger's
    /// document evidence, the consistency pass and [`Self::lower_case_words`]
    /// each hashed every token. A call with another text (another address or
    /// length) is answered afresh.
    pub fn lowers(&self, text: &str) -> Cow<'_, [u64]> {
        match self.facts_of(text) {
            Some(facts) => Cow::Borrowed(&facts.lowers),
            None => Cow::Owned(TextFacts::lowers(text, &self.tokens)),
        }
    }

    /// The lower-case hashes of the words the text writes in lower case
    /// somewhere (a token starting with a lower-case letter): a capitalised
    /// word also used this way ("Will", "will") is a word, not a name.
    /// Computed once as [`Self::lowers`] is: three document passes
    /// (consistency, the safety net, initials) ask for the same set.
    pub fn lower_case_words(&self, text: &str) -> Cow<'_, HashMapU64<()>> {
        match self.facts_of(text) {
            Some(facts) => Cow::Borrowed(
                facts
                    .lower_words
                    .get_or_init(|| TextFacts::lower_words(text, &self.tokens, &facts.lowers)),
            ),
            None => {
                let lowers = TextFacts::lowers(text, &self.tokens);
                Cow::Owned(TextFacts::lower_words(text, &self.tokens, &lowers))
            }
        }
    }

    /// The cached facts when `text` is the one they were (or are now) read
    /// from.
    fn facts_of(&self, text: &str) -> Option<&TextFacts> {
        let id = (text.as_ptr() as usize, text.len());
        let (cached_id, facts) = self.facts.get_or_init(|| {
            let lowers = TextFacts::lowers(text, &self.tokens);
            let lower_words = OnceCell::new();
            (
                id,
                TextFacts {
                    lowers,
                    lower_words,
                },
            )
        });
        (*cached_id == id).then_some(facts)
    }

    /// The token ending at byte `pos`, if one does.
    pub fn ending_at(&self, pos: usize) -> Option<usize> {
        let k = self.start_index().first_ending_from(&self.tokens, pos);
        self.tokens.get(k).filter(|t| t.1 == pos).map(|_| k)
    }
}

/// What [`Sentences::lowers`] and [`Sentences::lower_case_words`] keep.
#[derive(Clone, Debug)]
struct TextFacts {
    lowers: Vec<u64>,
    lower_words: OnceCell<HashMapU64<()>>,
}

impl TextFacts {
    fn lowers(text: &str, tokens: &[(usize, usize)]) -> Vec<u64> {
        tokens
            .iter()
            .map(|&(a, b)| hash::lower(&text[a..b]))
            .collect()
    }

    fn lower_words(text: &str, tokens: &[(usize, usize)], lowers: &[u64]) -> HashMapU64<()> {
        (tokens.iter().zip(lowers))
            .filter(|(&(a, b), _)| text[a..b].starts_with(char::is_lowercase))
            .map(|(_, &h)| (h, ()))
            .collect()
    }
}

impl Index<usize> for Sentences {
    type Output = [(usize, usize)];

    /// The tokens of sentence `i`.
    fn index(&self, i: usize) -> &[(usize, usize)] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.tokens[start..self.ends[i]]
    }
}

/// The sentences of a [`Sentences`], each as its tokens.
pub struct Iter<'a> {
    sentences: &'a Sentences,
    range: Range<usize>,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a [(usize, usize)];

    fn next(&mut self) -> Option<Self::Item> {
        self.range.next().map(|i| &self.sentences[i])
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.range.size_hint()
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.range.next_back().map(|i| &self.sentences[i])
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl<'a> IntoIterator for &'a Sentences {
    type Item = &'a [(usize, usize)];
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

/// Sentences from per-sentence lists (tests and hand-made examples).
impl<S: AsRef<[(usize, usize)]>> FromIterator<S> for Sentences {
    fn from_iter<I: IntoIterator<Item = S>>(lists: I) -> Self {
        let mut out = Sentences::default();
        for s in lists {
            out.tokens.extend_from_slice(s.as_ref());
            out.end_sentence();
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_tokens_across_sentences_and_empty_ones() {
        let lists = vec![vec![(0, 3), (4, 6)], vec![], vec![(7, 9)], vec![]];
        let sentences: Sentences = lists.iter().collect();
        assert_eq!(sentences.len(), 4);
        assert_eq!(sentences.tokens(), [(0, 3), (4, 6), (7, 9)]);
        let back: Vec<Vec<(usize, usize)>> = sentences.iter().map(<[_]>::to_vec).collect();
        assert_eq!(back, lists);
        assert_eq!(&sentences[2], [(7, 9)]);
        assert_eq!(sentences.starting_at(7), Some(2));
        assert_eq!(sentences.ending_at(6), Some(1));
        assert_eq!(sentences.starting_at(5), None);
        assert_eq!(sentences.ending_at(99), None);
        let after: Vec<usize> = [2, 3, 5, 6, 9]
            .map(|p| sentences.first_ending_after(p))
            .into();
        assert_eq!(after, [0, 1, 1, 2, 3]);
        let from: Vec<usize> = [0, 1, 4, 5, 9]
            .map(|p| sentences.first_starting_from(p))
            .into();
        assert_eq!(from, [0, 1, 1, 2, 3]);
        let starts: Vec<bool> = (0..4).map(|k| sentences.starts_sentence(k)).collect();
        assert_eq!(starts, [true, false, true, false]);
        assert!(Sentences::default().is_empty());
        assert!(!Sentences::default().starts_sentence(0));
    }

    #[test]
    fn built_token_by_token() {
        let mut s = Sentences::default();
        s.push_token(0, 2);
        assert_eq!(s.current(), [(0, 2)]);
        s.end_sentence();
        assert!(s.current().is_empty());
        s.push_token(3, 5);
        s.push_token(6, 7);
        let s = s.finish();
        assert_eq!(s.len(), 2);
        assert_eq!(&s[1], [(3, 5), (6, 7)]);
        // finishing closes no empty sentence at the end
        assert_eq!(s.clone().finish(), s);
    }

    /// The set as first computed, from the cache, and for another text.
    #[test]
    fn lower_case_words_are_kept_per_text() {
        // what the set holds, computed directly
        fn fresh(text: &str, s: &Sentences) -> HashMapU64<()> {
            (s.tokens().iter())
                .map(|&(a, b)| &text[a..b])
                .filter(|w| w.starts_with(char::is_lowercase))
                .map(|w| (hash::lower(w), ()))
                .collect()
        }
        let text = "Will said he will go. Rose rose.";
        let s = super::super::tokenize::sentences(text);
        assert_eq!(*s.lower_case_words(text), fresh(text, &s));
        assert_eq!(*s.lower_case_words(text), fresh(text, &s), "from the cache");
        assert!(s.lower_case_words(text).contains_key(&hash::lower("will")));
        assert!(!s
            .lower_case_words(text)
            .contains_key(&hash::lower("said he")));
        // Another text of other length: its own words, not the cached ones.
        let other = "Bill paid me well so. Mary sang again today.";
        assert_eq!(*s.lower_case_words(other), fresh(other, &s));
        assert_ne!(fresh(other, &s), fresh(text, &s));
    }

    /// Each token's hash, from the cache and for another text.
    #[test]
    fn lowers_are_each_tokens_hash() {
        let text = "Will said he will go. Rose rose.";
        let s = super::super::tokenize::sentences(text);
        let direct = |text: &str| -> Vec<u64> {
            (s.tokens().iter())
                .map(|&(a, b)| hash::lower(&text[a..b]))
                .collect()
        };
        assert_eq!(*s.lowers(text), direct(text));
        assert_eq!(*s.lowers(text), direct(text), "from the cache");
        let other = "Bill paid me well so. Mary sang again today.";
        assert_eq!(*s.lowers(other), direct(other));
        assert_ne!(direct(other), direct(text));
    }
}
