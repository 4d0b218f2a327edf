//! Cue lexicons: commented data files under `data/claims/`, embedded at compile
//! time, each entry with the explanation a reader sees and examples the tests run.
//!
//! Keeping cues as data lets an editor read, extend or replace them without
//! touching the scorer (`data/claims/README.md` describes the syntax). Matching
//! walks the sentence's words once and only tries the entries whose first word
//! matches, so it is linear in the sentence for a fixed lexicon.

use super::starts::Starts;
use super::words::{key, Word};
use crate::text::span::Span;

/// One word of an entry's pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Pat {
    /// The word's lowercase key equals this.
    Exact(String),
    /// `word*`: the key starts with this.
    Prefix(String),
    /// `=Word`: the raw text equals this (case matters: "may" is not "May").
    Cased(String),
    /// `<Name>`: any capitalised word ("occupied <Name>": "occupied Ukraine").
    Name,
}

/// One lexicon entry: a pattern, its explanation and its examples.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The pattern as written (`illegally annexed`, `terrorist*`, `=may`).
    pub term: String,
    /// One line a reader understands: why this wording needs checking.
    pub reason: String,
    /// Sentences that must trigger the entry (`+` lines).
    pub positives: Vec<String>,
    /// Near misses that must not (`-` lines).
    pub negatives: Vec<String>,
    pattern: Vec<Pat>,
}

/// Where an entry matched: `words[first..end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub entry: usize,
    pub first: usize,
    pub end: usize,
}

impl Hit {
    /// Of the hits at one start, the greatest rank is kept: the longest,
    /// then the entry listed first.
    pub(super) fn rank(&self) -> (usize, std::cmp::Reverse<usize>) {
        (self.end, std::cmp::Reverse(self.entry))
    }

    /// Appends the hit (the best at its start, starts ascending) unless it
    /// lies inside the last one kept.
    pub(super) fn keep_in(self, hits: &mut Vec<Hit>) {
        if hits.last().map_or(true, |last| last.end <= self.first) {
            hits.push(self);
        }
    }
}

/// How the first word of an entry is found.
pub(super) enum First {
    /// By its key's hash ([`Word::key_hash`]) and first byte (0 if empty).
    Key { hash: u64, byte: u8 },
    /// By its first byte, `None` when any byte may start it.
    Prefix(Option<u8>),
    /// At any capitalised word.
    Name,
}

impl First {
    fn of(p: &Pat) -> First {
        let key_first = |k: &str| First::Key {
            hash: crate::fnv::hash_bytes(k.as_bytes()),
            byte: k.as_bytes().first().copied().unwrap_or(0),
        };
        match p {
            Pat::Exact(k) => key_first(k),
            Pat::Cased(raw) => key_first(&key(raw)),
            Pat::Prefix(k) => First::Prefix(k.as_bytes().first().copied()),
            Pat::Name => First::Name,
        }
    }
}

/// A parsed lexicon.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    entries: Vec<Entry>,
    /// The entries by first word: the same index the claim scorer keeps of
    /// all its lexicons together ([`super::Lexicons::find_all`]), of this one.
    starts: Starts,
}

impl Lexicon {
    /// Parses `term | reason` lines with their `+`/`-` example lines; `#` lines
    /// and blank lines are skipped, as are malformed lines (no `|`, empty term).
    pub fn parse(source: &str) -> Lexicon {
        let mut lex = Lexicon::default();
        for line in source.lines().map(str::trim) {
            if let Some(ex) = line.strip_prefix("+ ") {
                if let Some(e) = lex.entries.last_mut() {
                    e.positives.push(ex.trim().to_string());
                }
            } else if let Some(ex) = line.strip_prefix("- ") {
                if let Some(e) = lex.entries.last_mut() {
                    e.negatives.push(ex.trim().to_string());
                }
            } else if !line.is_empty() && !line.starts_with('#') {
                if let Some((term, reason)) = line.split_once('|') {
                    lex.push(term, reason);
                }
            }
        }
        lex
    }

    /// Adds an entry (a newsroom's own term); ignored when the term has no words.
    pub fn push(&mut self, term: &str, reason: &str) {
        let pattern = compile(term);
        let Some(first) = pattern.first() else {
            return;
        };
        self.starts.add(0, self.entries.len(), First::of(first));
        self.entries.push(Entry {
            term: term.trim().to_string(),
            reason: reason.trim().to_string(),
            positives: Vec::new(),
            negatives: Vec::new(),
            pattern,
        });
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every match in `words`, by start; at one start only the longest is kept,
    /// and matches inside an earlier, longer one are dropped.
    pub fn find(&self, text: &str, words: &[Word]) -> Vec<Hit> {
        let [hits] = self.starts.find(&[self], text, words);
        hits
    }

    /// Entry `e` matched at word `i`, if it matches there.
    pub(super) fn hit_at(&self, text: &str, words: &[Word], i: usize, e: usize) -> Option<Hit> {
        let pattern = &self.entries[e].pattern;
        let n = pattern.len();
        let ws = words.get(i..i + n)?;
        ws.iter()
            .zip(pattern)
            .all(|(w, p)| matches(text, w, p))
            .then_some(Hit {
                entry: e,
                first: i,
                end: i + n,
            })
    }

    /// Each entry's index with how its first word is found.
    pub(super) fn firsts(&self) -> impl Iterator<Item = (usize, First)> + '_ {
        (self.entries.iter().enumerate())
            .filter_map(|(i, e)| Some((i, First::of(e.pattern.first()?))))
    }

    /// The byte span of a hit.
    pub fn span(words: &[Word], hit: Hit) -> Span {
        let start = words.get(hit.first).map_or(0, |w| w.span.start);
        let end = words
            .get(hit.end.saturating_sub(1))
            .map_or(start, |w| w.span.end);
        Span::new(start, end.max(start))
    }
}

fn matches(text: &str, w: &Word, p: &Pat) -> bool {
    match p {
        Pat::Exact(k) => w.key == *k,
        Pat::Prefix(k) => w.key.starts_with(k.as_str()),
        Pat::Cased(raw) => text.get(w.span.range()) == Some(raw.as_str()),
        Pat::Name => w.capitalised && w.is_alpha(),
    }
}

/// Splits a term on white space and cuts each piece the way the tokenizer cuts
/// text ("won't" → "wo" "n't"), keeping the `*`, `=` and `<Name>` marks.
fn compile(term: &str) -> Vec<Pat> {
    let mut out = Vec::new();
    for piece in term.split_whitespace() {
        if piece == "<Name>" {
            out.push(Pat::Name);
            continue;
        }
        // A clitic on its own ("'ll", "n't") is one token in text, not a quote + word.
        if piece.starts_with(['\'', '’']) || piece.eq_ignore_ascii_case("n't") {
            out.push(Pat::Exact(key(piece).into()));
            continue;
        }
        let (cased, piece) = match piece.strip_prefix('=') {
            Some(rest) => (true, rest),
            None => (false, piece),
        };
        let (prefix, piece) = match piece.strip_suffix('*') {
            Some(rest) => (true, rest),
            None => (false, piece),
        };
        let toks = super::words::words(piece, Span::new(0, piece.len()));
        let last = toks.len().saturating_sub(1);
        for (i, t) in toks.iter().enumerate() {
            let raw = &piece[t.span.range()];
            out.push(if cased {
                Pat::Cased(raw.to_string())
            } else if prefix && i == last {
                Pat::Prefix(t.key.to_string())
            } else {
                Pat::Exact(t.key.to_string())
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::words::words;

    fn hits(lex: &Lexicon, text: &str) -> Vec<String> {
        let ws = words(text, Span::new(0, text.len()));
        lex.find(text, &ws)
            .into_iter()
            .map(|h| Lexicon::span(&ws, h).slice(text).to_string())
            .collect()
    }

    #[test]
    fn longest_match_wins_and_marks_work() {
        let lex = Lexicon::parse(
            "# c\nannexed | a\nillegally annexed | b\n+ x\n- y\nterror* | c\n=may | d\nwon't | e\n",
        );
        assert_eq!(lex.entries().len(), 5);
        assert_eq!(lex.entries()[1].positives, ["x"]);
        assert_eq!(
            hits(
                &lex,
                "It illegally annexed land; terrorists may strike in May. It won’t."
            ),
            ["illegally annexed", "terrorists", "may", "won’t"]
        );
    }

    #[test]
    fn prefix_and_name_entries_are_tried_only_where_they_can_match() {
        // Words starting with another byte than "terror" skip the prefix entry;
        // a `<Name>` entry is tried at every capitalised word, and only there.
        let lex = Lexicon::parse("terror* | c\nzeal* | z\n");
        assert_eq!(
            hits(&lex, "Terrorism, error, zealots and Zeal."),
            ["Terrorism", "zealots", "Zeal"]
        );
        let lex = Lexicon::parse("terror* | c\n<Name> fled | f\n");
        assert_eq!(hits(&lex, "Oleg fled the terror."), ["Oleg fled", "terror"]);
        assert_eq!(hits(&lex, "oleg fled the error."), Vec::<String>::new());
    }

    /// Entries are filed by their first key's hash: a word of the same hash
    /// but another key (a collision) reaches them, and their patterns still
    /// tell it apart.
    #[test]
    fn a_word_of_an_entrys_hash_but_another_key_does_not_match() {
        let lex = Lexicon::parse("annexed | a\n=May | m\n");
        let text = "seized may";
        let mut ws = words(text, Span::new(0, text.len()));
        ws[0].key_hash = crate::fnv::hash_bytes(b"annexed");
        assert!(lex.find(text, &ws).is_empty());
        // "may" has the key of "=May" but not its case.
        assert_eq!(ws[1].key_hash, crate::fnv::hash_bytes(b"may"));
        assert!(lex.find(text, &ws[1..]).is_empty());
        let text = "annexed May";
        let ws = words(text, Span::new(0, text.len()));
        assert_eq!(lex.find(text, &ws).len(), 2);
    }

    #[test]
    fn malformed_lines_are_skipped() {
        let lex = Lexicon::parse("no bar here\n | empty term\n+ orphan\n");
        assert!(lex.is_empty());
    }
}
