//! Sentence boundaries inside one paragraph, decided token by token.
//!
//! Working on tokens rather than characters settles most hard cases for free:
//! the dots inside "3.5", "U.S.", "novayagazeta.eu" or an e-mail address are
//! not tokens of their own, so they are never candidates. A candidate is a
//! sentence-final punctuation token or an abbreviation; the closing quotes and
//! brackets right after it join its sentence (`He said: “Yes.”`), and the first
//! real token after those decides:
//!
//! * after ".", "!", "?": a capital, a digit or an uncased letter (Arabic,
//!   Chinese) starts a new sentence; a lower-case word or a comma does not
//!   (`“Why?” he asked.`, `“We will win,” Putin said` never splits at all);
//! * after an ellipsis: only a capital;
//! * after "etc.": any capital;
//! * after an abbreviation that can end a sentence ("U.S.", "Inc.", "Jr.",
//!   initials): only a typical sentence starter ("in the U.S. The …" splits,
//!   "U.S. President …" and "John F. Kennedy" do not);
//! * after a title ("Mr.", "Dr.", "e.g.", "vs."): never.
//!
//! Two refinements: citation marks after a sentence stay with it ("… in 2014.
//! [4] He …"), and a quoted question or exclamation followed by a name and a
//! speech verb is one sentence ("“Why?” Putin asked."). The pass keeps only the
//! pending candidate, so it runs in linear time and constant extra memory over
//! the token stream.

use super::cues::{
    first_char, is_citation_part, is_closer, is_final, is_list_marker, is_opener, start_of, Start,
};
use crate::text::abbreviations::{self, Abbrev};
use crate::text::span::Span;
use crate::text::tokens::{is_initial, is_line_break, is_opening_bracket, is_terminal};
use crate::text::tokens::{Token, TokenKind, Tokens};

/// What may follow a candidate for the sentence to end there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rule {
    /// ".", "!", "?": a capital, digit or uncased letter.
    Terminal,
    /// "…", "...", "etc.": a capital.
    Capital,
    /// "U.S.", "Inc.", initials: a sentence-starter word.
    Starter,
}

/// A candidate boundary waiting for the token that decides it.
#[derive(Debug)]
struct Pending {
    /// Where the sentence would end (after any closing quotes and brackets).
    end: usize,
    rule: Rule,
    /// Where the next sentence would start, once an opening quote, bracket or
    /// dash has been seen after the candidate.
    next_start: Option<usize>,
    /// Ends in "?" or "!" ...
    question: bool,
    /// ... inside closing quotation marks.
    quoted: bool,
    /// Start of a "[" that may open a citation mark.
    citation: Option<usize>,
}

/// A split after a quoted question that a following speech verb would cancel.
#[derive(Debug)]
struct Attribution {
    end: usize,
    next_start: usize,
    /// Capitalised words seen since (the speaker's name).
    words: usize,
}

/// Sentence spans of `paragraph` (trimmed, non-empty, in order, covering every
/// token of the paragraph).
pub fn split(text: &str, paragraph: Span) -> Vec<Span> {
    let mut splitter = Splitter {
        text,
        out: Vec::new(),
        start: None,
        last_end: 0,
        count: 0,
        first: None,
        prev: None,
        pending: None,
        attribution: None,
    };
    for token in Tokens::new(text, paragraph) {
        splitter.push(token);
    }
    splitter.close(splitter.last_end);
    splitter.out
}

struct Splitter<'a> {
    text: &'a str,
    out: Vec<Span>,
    /// Start of the current sentence, once it has a token.
    start: Option<usize>,
    last_end: usize,
    /// Tokens in the current sentence, and its first one (for list markers).
    count: usize,
    first: Option<Token>,
    prev: Option<Token>,
    pending: Option<Pending>,
    attribution: Option<Attribution>,
}

impl Splitter<'_> {
    fn push(&mut self, token: Token) {
        if self.prev.is_some() && self.blank_line_before(token) {
            self.pending = None;
            self.close(self.last_end);
        }
        self.follow_attribution(token);
        if !self.resolve(token) {
            self.start.get_or_insert(token.span.start);
            self.pending = self.rule_for(token).map(|rule| Pending {
                end: token.span.end,
                rule,
                next_start: None,
                question: token.span.slice(self.text).contains(['?', '!', '？', '！']),
                quoted: false,
                citation: None,
            });
        }
        self.count += 1;
        self.first.get_or_insert(token);
        self.prev = Some(token);
        self.last_end = token.span.end;
    }

    /// Feeds the pending candidate one token. Returns true when the token was
    /// taken as the candidate's closer, opener or citation mark.
    fn resolve(&mut self, token: Token) -> bool {
        let text = self.text;
        let Some(p) = self.pending.as_mut() else {
            return false;
        };
        let c = first_char(text, token);
        let attached = token.span.start == self.last_end;
        if let Some(open) = p.citation {
            if is_citation_part(text, token) {
                return true;
            }
            p.citation = None;
            if c == ']' {
                p.end = token.span.end;
                return true;
            }
            p.next_start = Some(open); // "[See …": an ordinary bracket
        } else if p.next_start.is_none() {
            if c == '[' {
                p.citation = Some(token.span.start);
                return true;
            }
            if is_closer(token, c, attached) || is_final(token, c) {
                p.end = token.span.end;
                let quote = token.kind == TokenKind::Quote;
                p.quoted |= quote;
                if p.rule == Rule::Starter && (quote || is_final(token, c)) {
                    p.rule = Rule::Terminal; // "in the U.S.” He", "etc.)."
                }
                return true;
            }
        }
        if is_opener(token, c, attached) {
            p.next_start.get_or_insert(token.span.start);
            return true;
        }
        let p = self.pending.take().expect("pending candidate");
        if self.ends_before(&p, token) {
            let name = matches!(token.kind, TokenKind::Word | TokenKind::Abbreviation);
            if p.question && p.quoted && p.next_start.is_none() && name {
                let next_start = token.span.start;
                self.attribution = Some(Attribution {
                    end: p.end,
                    next_start,
                    words: 1,
                });
            } else {
                self.close(p.end);
                self.start = Some(p.next_start.unwrap_or(token.span.start));
            }
        }
        false
    }

    /// Keeps a quoted question with its attribution ("“Why?” Putin asked"), or
    /// splits it off once the words after it are not one.
    fn follow_attribution(&mut self, token: Token) {
        let Some(a) = self.attribution.as_mut() else {
            return;
        };
        let wordish = matches!(token.kind, TokenKind::Word | TokenKind::Abbreviation);
        let t = token.span.slice(self.text);
        if wordish && a.words > 0 && abbreviations::is_speech_verb(t) {
            self.attribution = None;
        } else if wordish && a.words < 3 && start_of(self.text, token) == Start::Capital {
            a.words += 1;
        } else {
            self.commit_attribution();
        }
    }

    fn commit_attribution(&mut self) {
        if let Some(a) = self.attribution.take() {
            self.push_sentence(a.end);
            self.start = Some(a.next_start);
            self.count = a.words;
            self.first = None;
        }
    }

    /// Ends the current sentence at `end`.
    fn close(&mut self, end: usize) {
        self.commit_attribution();
        self.push_sentence(end);
        self.start = None;
        self.count = 0;
        self.first = None;
    }

    fn push_sentence(&mut self, end: usize) {
        if let Some(start) = self.start {
            let span = Span::new(start, end.max(start)).trim(self.text);
            if !span.is_empty() {
                self.out.push(span);
            }
        }
    }

    /// A blank line (or U+2029) inside the span ends a sentence whatever the punctuation.
    fn blank_line_before(&self, token: Token) -> bool {
        let gap = self.text.get(self.last_end..token.span.start).unwrap_or("");
        let mut breaks = 0;
        let mut after_cr = false;
        for c in gap.chars() {
            if c == '\u{2029}' {
                return true;
            }
            breaks += usize::from(is_line_break(c) && !(after_cr && c == '\n'));
            after_cr = c == '\r';
        }
        breaks >= 2
    }

    /// Whether `token` can end a sentence, and by which rule.
    fn rule_for(&self, token: Token) -> Option<Rule> {
        let t = token.span.slice(self.text);
        let after_bracket = self.prev.is_some_and(|p| {
            p.kind == TokenKind::Punct && is_opening_bracket(first_char(self.text, p))
        });
        match token.kind {
            TokenKind::Punct if t.starts_with(is_terminal) => {
                let ellipsis = t.starts_with(['.', '…']) && t != ".";
                let marker =
                    self.count == 1 && self.first.is_some_and(|f| is_list_marker(self.text, f));
                if t == "." && marker {
                    None // "1. Item", "2.1. Method", "iv. Item"
                } else if ellipsis {
                    Some(Rule::Capital) // also "[...] The", an omission in a quotation
                } else if after_bracket {
                    None // "(?)", "(!)": a comment, not an ending
                } else {
                    Some(Rule::Terminal)
                }
            }
            TokenKind::Abbreviation => {
                let word = t.strip_suffix('.')?;
                if self.count == 0 && is_initial(word) {
                    return None; // "A. Item"
                }
                match abbreviations::lookup(word) {
                    Some(Abbrev::Leading) => None,
                    Some(Abbrev::UsuallyEnds) => Some(Rule::Capital),
                    _ => Some(Rule::Starter),
                }
            }
            _ => None,
        }
    }

    /// Whether the sentence ends at `pending`, given the first real token after it.
    fn ends_before(&self, pending: &Pending, token: Token) -> bool {
        let start = start_of(self.text, token);
        match pending.rule {
            // After an opening bracket only a capital starts a sentence: "Viva Maria! (1965)".
            Rule::Terminal if pending.next_start.is_some() => start == Start::Capital,
            Rule::Terminal => matches!(start, Start::Capital | Start::Digit | Start::Other),
            Rule::Capital => start == Start::Capital,
            Rule::Starter => {
                token.kind == TokenKind::Word
                    && abbreviations::is_sentence_starter(token.span.slice(self.text))
            }
        }
    }
}

#[cfg(test)]
mod quote_tests;
#[cfg(test)]
mod tests;
