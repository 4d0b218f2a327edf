//! The document as the quotation rules see it: its text, word tokens,
//! sentences and paragraphs, with the lookups every rule needs.
//!
//! Tokens are computed once for the whole text (linear); every lookup is a
//! binary search (by position: within one 64-byte block, see [`StartIndex`]),
//! so rules stay linear overall however many quotes there are.

use super::cue_index::CueIndex;
use super::lexicon::{self, Lexicons};
pub(crate) use super::lower::Lower;
use crate::fnv::HashSet;
use crate::text::paged::Paged;
use crate::text::span::Span;
use crate::text::start_index::StartIndex;
use crate::text::tokens::{Token, TokenKind, Tokens};
use std::cell::OnceCell;

pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    /// In pages, not one block: see [`Paged`].
    pub tokens: Paged<Token>,
    /// Where each 64-byte block's tokens begin.
    starts: StartIndex,
    pub paragraphs: &'a [Span],
    pub sentences: &'a [Span],
    pub lex: &'static Lexicons,
    /// The spans of the quotations in marks, once paired ([`Self::set_quotes`]).
    quotes: OnceCell<Vec<Span>>,
    /// Speech cues by position, built on first use.
    cues: OnceCell<CueIndex>,
}

impl<'a> Ctx<'a> {
    /// The context; the text is tokenized whole, into a [`Paged`] list (its
    /// module says why not one block).
    pub fn new(text: &'a str, paragraphs: &'a [Span], sentences: &'a [Span]) -> Self {
        let tokens: Paged<Token> = Tokens::new(text, Span::new(0, text.len())).collect();
        Ctx {
            text,
            starts: StartIndex::new(&tokens),
            tokens,
            paragraphs,
            sentences,
            lex: lexicon::get(),
            quotes: OnceCell::new(),
            cues: OnceCell::new(),
        }
    }

    /// Records the document's quotations in marks (sorted, non-overlapping)
    /// and returns them: cue look-ups that skip exactly these are indexed.
    pub fn set_quotes(&self, spans: Vec<Span>) -> &[Span] {
        assert!(
            self.cues.get().is_none(),
            "quotes are set before cues are indexed"
        );
        self.quotes.get_or_init(|| spans)
    }

    /// The cue index; `quotes` says whether the caller's quotations to skip
    /// are the document's (`Some(true)`), none (`Some(false)`), or another
    /// set the index does not know (`None`).
    pub fn cue_index(&self, quotes: &[Span]) -> Option<(&CueIndex, bool)> {
        let document = self
            .quotes
            .get()
            .is_some_and(|q| std::ptr::eq(q.as_slice(), quotes));
        if !document && !quotes.is_empty() {
            return None;
        }
        let own = self.quotes.get().map_or(&[][..], Vec::as_slice);
        Some((self.cues.get_or_init(|| CueIndex::new(self, own)), document))
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens[i].span.slice(self.text)
    }

    /// Token `i` lowercased, without a final period ("Mr." → "mr"). Borrowed
    /// from the text when already lower-case ASCII (most words), and short
    /// ASCII words lowered on the stack: the rules ask for a few lower-case
    /// forms of every token, and allocating each showed in profiles.
    pub fn lower(&self, i: usize) -> Lower<'a> {
        Lower::new(self.word(i).trim_end_matches('.'))
    }

    /// Whether token `i`, lowercased as by [`Self::lower`], is `w` (itself
    /// lower-case), without allocating for ASCII words.
    pub fn lower_is(&self, i: usize, w: &str) -> bool {
        let t = self.word(i).trim_end_matches('.');
        if t.is_ascii() {
            t.eq_ignore_ascii_case(w) && !w.bytes().any(|b| b.is_ascii_uppercase())
        } else {
            self.lower(i) == w
        }
    }

    /// Whether `set` holds token `i` lowercased as by [`Self::lower`]
    /// (borrowed or on the stack for most words: no allocation).
    fn lower_in(&self, i: usize, set: &HashSet<String>) -> bool {
        set.contains(&*self.lower(i))
    }

    pub fn kind(&self, i: usize) -> TokenKind {
        self.tokens[i].kind
    }

    /// Whether token `i` is a word (letters, abbreviations).
    pub fn is_word(&self, i: usize) -> bool {
        matches!(self.kind(i), TokenKind::Word | TokenKind::Abbreviation)
    }

    /// Whether token `i` is one punctuation character `c`.
    pub fn is_punct(&self, i: usize, c: &str) -> bool {
        i < self.tokens.len() && self.word(i) == c
    }

    /// Whether token `i` is a speech verb form ("said", "tweeting").
    pub fn is_cue(&self, i: usize) -> bool {
        self.is_word(i) && self.may_be_speech_verb(i) && self.lower_in(i, &self.lex.speech_verbs)
    }

    /// `false` when token `i`, lowercased as by [`Self::lower`], is surely no
    /// speech verb: an ASCII word whose length, first and last letter no verb
    /// form has. Other words are left to the set.
    fn may_be_speech_verb(&self, i: usize) -> bool {
        let t = self.word(i).trim_end_matches('.').as_bytes();
        match (t.first(), t.last()) {
            (Some(first), Some(last)) if t.is_ascii() => self.lex.speech_verb_shapes.may_hold(
                t.len(),
                first.to_ascii_lowercase(),
                last.to_ascii_lowercase(),
            ),
            _ => true,
        }
    }

    /// A capitalised word that may be part of a name: "Putin", "al-Amr",
    /// "McCain", "U.S."; not a stop word ("However", "Monday").
    pub fn is_name_word(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let w = self.word(i);
        let capital = w.chars().next().is_some_and(char::is_uppercase)
            || w.split_once(['-', '’', '\'']).is_some_and(|(pre, rest)| {
                pre.len() <= 3 && rest.chars().next().is_some_and(char::is_uppercase)
            });
        capital && !self.lower_in(i, &self.lex.name_stopwords)
    }

    /// Index of the first token starting at or after byte `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        self.starts.first_starting_from(&self.tokens, pos)
    }

    /// Token indices inside `span`.
    pub fn tokens_in(&self, span: Span) -> std::ops::Range<usize> {
        let a = self.token_at(span.start);
        let b = self.starts.first_ending_after(&self.tokens, span.end);
        a..b.max(a)
    }

    /// Index of the sentence containing byte `pos` (or the last one before it).
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.start <= pos);
        i.checked_sub(1)
    }

    /// The sentence containing `pos`, or an empty span there.
    pub fn sentence_span(&self, pos: usize) -> Span {
        self.sentence_at(pos)
            .map(|i| self.sentences[i])
            .filter(|s| s.end >= pos)
            .unwrap_or(Span::new(pos, pos))
    }

    /// Index of the paragraph containing byte `pos` (or the last one before it).
    pub fn paragraph_at(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.start <= pos);
        i.checked_sub(1)
    }

    /// At most `n` bytes of text just before byte `pos` (on char boundaries).
    pub fn before(&self, pos: usize, n: usize) -> &'a str {
        let mut end = pos.min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let mut start = end.saturating_sub(n);
        while !self.text.is_char_boundary(start) {
            start += 1;
        }
        &self.text[start..end]
    }

    /// The span of tokens `a..b` (empty at `a`'s start when `a >= b`).
    pub fn span_of(&self, a: usize, b: usize) -> Span {
        if a >= b || b > self.tokens.len() {
            let at = self.tokens.get(a).map_or(self.text.len(), |t| t.span.start);
            return Span::new(at, at);
        }
        Span::new(self.tokens[a].span.start, self.tokens[b - 1].span.end)
    }
}
