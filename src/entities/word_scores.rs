//! Each distinct word of a document, with its facts and its share of the
//! tagger's scores, computed once.
//!
//! Of a token's feature keys (22 on average over GUM), 15 depend on one
//! word's text alone: 9 on its own ([`features::word_keys`]: the bias, the
//! word, its shape, affixes and length) and 6 on a neighbour's
//! ([`features::neighbour_keys`]: the word two before, one before, …).
//! Most tokens of an article repeat an earlier word ("the", "said", the
//! names). The weights are integers, summed in any
//! order to the same total, so each distinct word keeps its facts
//! ([`TokInfo`]) and the sums of those keys' weights, once as the token and
//! once per neighbour place, and a token adds its own and its neighbours'
//! sums: the tagger's scores are exactly those of scoring every key.

use super::features::{self, NEIGHBOURS};
use super::labels::NUM_TAGS;
use super::model::Model;
use super::token_info::TokInfo;
use foldhash::HashMap;

/// How many distinct words are kept before the list starts again (~190
/// bytes each, allocated at once: see [`WordScores::new`]): an article has
/// a few thousand, while a text of invented words would otherwise keep one
/// entry per token.
const MAX_WORDS: usize = 1 << 12;

type Scores = [i32; NUM_TAGS];

/// A sum of at most 9 keys' `i8` weights (a word's keys; a neighbour's are
/// 2), which `i16` holds exactly: half the memory of `i32` per word.
type Kept = [i16; NUM_TAGS];

/// What is kept of a word: its facts, its word keys' scores, and its
/// neighbour keys' scores at each place of [`NEIGHBOURS`].
struct Word {
    info: TokInfo,
    own: Kept,
    as_neighbour: [Kept; NEIGHBOURS.len()],
}

/// The distinct words of one document, in the order first seen.
pub struct WordScores<'t> {
    index: HashMap<&'t str, u32>,
    words: Vec<Word>,
    /// The neighbour keys' scores of a place outside the sentence.
    outside: [Kept; NEIGHBOURS.len()],
    limit: usize,
}

/// The summed weights of the keys `keys` makes (at most 9 of them).
fn summed(model: &Model, keys: impl FnOnce(&mut dyn FnMut(u32))) -> Kept {
    let (mut acc, mut n) = ([0; NUM_TAGS], 0);
    keys(&mut |k| {
        model.add_key(&mut acc, k);
        n += 1;
    });
    assert!(n <= 9, "{n} keys of one word: their sum may not fit Kept");
    acc.map(|a| a as i16)
}

fn add(acc: &mut Scores, scores: &Kept) {
    for (a, &s) in acc.iter_mut().zip(scores) {
        *a += i32::from(s);
    }
}

impl<'t> WordScores<'t> {
    /// Room for the distinct words of a document of `tokens` tokens, up to
    /// the limit, allocated at once rather than grown by doubling (each
    /// growth leaves the old block behind in the wasm heap, which never
    /// shrinks).
    pub fn new(model: &Model, tokens: usize) -> Self {
        WordScores::with_limit(model, MAX_WORDS, tokens)
    }

    fn with_limit(model: &Model, limit: usize, tokens: usize) -> Self {
        // `limit + 1` words are held before `start_sentence` forgets them
        let room = tokens.min(limit + 1);
        WordScores {
            index: HashMap::with_capacity_and_hasher(room, Default::default()),
            words: Vec::with_capacity(room),
            outside: NEIGHBOURS
                .map(|off| summed(model, |k| features::neighbour_keys(None, off, k))),
            limit,
        }
    }

    /// Called before each sentence, while no word number is held: past the
    /// limit, the words are forgotten (and numbered again as they come).
    pub fn start_sentence(&mut self) {
        if self.words.len() > self.limit {
            self.index.clear();
            self.words.clear();
        }
    }

    /// The number of `word` (its first time: its facts and scores are
    /// computed).
    pub fn number(&mut self, word: &'t str, model: &Model) -> u32 {
        let words = &mut self.words;
        *self.index.entry(word).or_insert_with(|| {
            let info = TokInfo::new(word);
            words.push(Word {
                own: summed(model, |k| features::word_keys(&info, k)),
                as_neighbour: NEIGHBOURS
                    .map(|off| summed(model, |k| features::neighbour_keys(Some(&info), off, k))),
                info,
            });
            (words.len() - 1) as u32
        })
    }

    /// The facts of word number `n`.
    pub fn info(&self, n: u32) -> &TokInfo {
        &self.words[n as usize].info
    }

    /// Adds to `acc` the scores of token `i` of a sentence whose words are
    /// `numbers` that are kept here: its word keys' and its neighbours'.
    pub fn add_kept(&self, numbers: &[u32], i: usize, acc: &mut Scores) {
        add(acc, &self.words[numbers[i] as usize].own);
        for (r, off) in NEIGHBOURS.into_iter().enumerate() {
            let at = i.checked_add_signed(off).filter(|&j| j < numbers.len());
            match at {
                Some(j) => add(acc, &self.words[numbers[j] as usize].as_neighbour[r]),
                None => add(acc, &self.outside[r]),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::features::{DocContext, Extractor, Keys};
    use crate::entities::{tokenize, Tagger};

    const TEXT: &str = "Russia’s President Vladimir Putin said on Monday that the \
        17 deals with China were “very constructive”. Putin met Xi Jinping in Beijing, \
        and the Bank of America’s analysts said the U.S. would respond.\n\n\
        Владимир Путин, 72, spoke to RIA-Novosti 🎉 about rare-earth metals; \
        the said analysts said: 'NATO-led' forces (the OSCE) disagreed. \
        Mr. O'Neill and Dr. McDonald-Smith of the UN's WHO were not consulted.";

    /// Each token's integer scores: every key summed (`all`), or its context
    /// keys plus its word's scores from `words`.
    fn scores(limit: Option<usize>) -> Vec<[i32; NUM_TAGS]> {
        let sentences = tokenize::sentences(TEXT);
        let model = &Tagger::shared().model;
        let gaz = Tagger::shared().gaz;
        let infos: Vec<Vec<TokInfo>> = (sentences.iter())
            .map(|s| s.iter().map(|&(a, b)| TokInfo::new(&TEXT[a..b])).collect())
            .collect();
        let doc = DocContext::new(&infos);
        let mut words = limit.map(|l| WordScores::with_limit(model, l, 100));
        let (mut ex, mut out) = (Extractor::default(), Vec::new());
        for (sent, toks) in sentences.iter().zip(&infos) {
            let mut numbers = Vec::new();
            if let Some(words) = &mut words {
                words.start_sentence();
                numbers = (sent.iter())
                    .map(|&(a, b)| words.number(&TEXT[a..b], model))
                    .collect();
                for (n, tok) in numbers.iter().zip(toks) {
                    assert_eq!(words.info(*n).lower, tok.lower, "the facts of that word");
                    assert_eq!(words.info(*n).suffix, tok.suffix);
                }
            }
            let which = if words.is_some() {
                Keys::Context
            } else {
                Keys::All
            };
            let (mut acc, first) = ([0i32; NUM_TAGS], out.len());
            ex.each_key(toks, &doc, gaz, which, |key| match key {
                Some(k) => model.add_key(&mut acc, k),
                None => {
                    if let Some(words) = &words {
                        words.add_kept(&numbers, out.len() - first, &mut acc);
                    }
                    out.push(std::mem::take(&mut acc));
                }
            });
        }
        out
    }

    #[test]
    fn word_scores_and_context_keys_give_every_keys_scores() {
        let all = scores(None);
        assert!(all.len() > 80, "{} tokens", all.len());
        assert_eq!(scores(Some(MAX_WORDS)), all);
        // and when the words are forgotten between sentences
        assert_eq!(scores(Some(2)), all);
    }

    #[test]
    fn a_repeated_word_has_one_number() {
        let model = &Tagger::shared().model;
        let mut words = WordScores::new(model, 3);
        let a = words.number("Putin", model);
        let b = words.number("said", model);
        assert_ne!(a, b);
        assert_eq!(words.number("Putin", model), a);
        assert_ne!(
            words.number("putin", model),
            a,
            "the text itself, case and all"
        );
    }
}
