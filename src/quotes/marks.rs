//! Quotation marks: which characters open or close a quotation, and how they pair.
//!
//! Styles: straight and curly doubles and singles, « » and ‹ › (either
//! direction), „ “ and ‚ ‘, `` '', 「 」 and 『 』. A mark's role comes from
//! its flanks: a mark with a blank (or bracket, dash, quote) before it and a word
//! after it opens, one glued to the word before it closes; an apostrophe between
//! letters ("Putin’s", "don't") is no mark at all.
//!
//! Pairing is a bounded stack, one forward pass: a closing mark pops the nearest
//! open mark of its family, dropping unclosed inner marks (stray apostrophes);
//! only outermost pairs become quotations (a nested quote belongs to the quote
//! around it). A quotation may run over paragraphs when each paragraph opens
//! with a mark and only the last closes (the typographic convention), or when
//! the next paragraph's first mark closes it. Any other mark left open at a
//! paragraph end is reported unclosed and bounded to its own sentence and the
//! next two, so a stray mark never swallows the article. Linear time.

use super::scan::{self, Family, Mark, Role};
use crate::text::span::{is_blank, Span};

/// Deeper nesting than this is not typography; further opening marks are ignored.
const MAX_DEPTH: usize = 8;
/// An unclosed quotation runs over at most its own sentence and this many more.
const UNCLOSED_EXTRA_SENTENCES: usize = 2;

/// A quotation delimited by marks.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Marked {
    /// From the opening mark through the closing one (to the bound when unclosed).
    pub span: Span,
    /// The quoted words without the marks, trimmed.
    pub inner: Span,
    pub closed: bool,
    /// How many paragraphs the quotation runs over (when the next paragraph's
    /// first mark closes it).
    pub paragraphs: usize,
    /// For one paragraph of a quotation continued over several paragraphs (each
    /// opening with a mark): the index of its first paragraph's piece.
    pub chain: Option<usize>,
}

/// The pairing state carried from one paragraph to the next.
#[derive(Default)]
struct State {
    stack: Vec<Mark>,
    /// Paragraphs the current outer quotation has run over.
    spanned: usize,
    /// The continuation mark opening this paragraph, consumed already.
    skip_at: Option<usize>,
    /// Index in the output of the first piece of the current chain.
    chain: Option<usize>,
}

impl State {
    fn emit(
        &mut self,
        found: &mut Vec<Marked>,
        text: &str,
        span: Span,
        inner: Span,
        closed: bool,
        more: bool,
    ) {
        let inner = inner.trim(text);
        if inner.is_empty() {
            return;
        }
        let chain = if more || self.chain.is_some() {
            Some(*self.chain.get_or_insert(found.len()))
        } else {
            None
        };
        found.push(Marked {
            span: Span::new(span.start, span.end.max(inner.end)),
            inner,
            closed,
            paragraphs: self.spanned.max(1),
            chain,
        });
    }
}

/// Outermost quotations of `text`, in order, non-overlapping.
pub(crate) fn pair(text: &str, paragraphs: &[Span], sentences: &[Span]) -> Vec<Marked> {
    let mut found = Vec::new();
    let mut st = State {
        spanned: 1,
        ..State::default()
    };
    for (pi, &para) in paragraphs.iter().enumerate() {
        for mark in scan::marks(text, para) {
            if st.skip_at == Some(mark.span.start) {
                continue;
            }
            let close = match mark.role {
                Role::Close => true,
                Role::Open => false,
                Role::Either => st.stack.iter().any(|o| o.family == mark.family),
            };
            if !close {
                if st.stack.len() < MAX_DEPTH {
                    st.stack.push(mark);
                }
                continue;
            }
            let Some(k) = st.stack.iter().rposition(|o| o.family == mark.family) else {
                continue;
            };
            let opener = st.stack[k];
            st.stack.truncate(k);
            if k == 0 {
                let span = Span::new(opener.span.start, mark.span.end);
                let inner = Span::new(opener.span.end, mark.span.start);
                st.emit(&mut found, text, span, inner, true, false);
                st.spanned = 1;
                st.chain = None;
            }
        }
        st.skip_at = None;
        let Some(outer) = st.stack.first().copied() else {
            st.spanned = 1;
            continue;
        };
        match continuation(text, paragraphs.get(pi + 1).copied(), outer.family) {
            Some(Some(reopen)) => {
                // This paragraph is one piece; the next opens the next piece.
                let end = para.end.min(text.len());
                let span = Span::new(outer.span.start, end);
                st.emit(
                    &mut found,
                    text,
                    span,
                    Span::new(outer.span.end, end),
                    true,
                    true,
                );
                st.stack.clear();
                st.stack.push(reopen);
                st.skip_at = Some(reopen.span.start);
                st.spanned = 1;
            }
            Some(None) => {
                st.stack.truncate(1);
                st.spanned += 1;
            }
            None => {
                if outer.family != Family::Single {
                    let end = bound(text, sentences, outer.span.start, para, st.spanned);
                    let span = Span::new(outer.span.start, end);
                    st.emit(
                        &mut found,
                        text,
                        span,
                        Span::new(outer.span.end, end),
                        false,
                        false,
                    );
                }
                st.stack.clear();
                st.spanned = 1;
                st.chain = None;
            }
        }
    }
    found
}

/// Whether an open quotation of `family` goes on into `next`: `Some(Some(mark))`
/// when `next` opens with a continuation mark, `Some(None)` when `next`'s
/// first mark of the family closes it, `None` when it ends unclosed here.
fn continuation(text: &str, next: Option<Span>, family: Family) -> Option<Option<Mark>> {
    let next = next?;
    let first = scan::marks(text, next).find(|m| m.family == family)?;
    let at_start = text[next.start..first.span.start].chars().all(is_blank);
    if at_start && first.role != Role::Close {
        return Some(Some(first));
    }
    let double = matches!(family, Family::Double | Family::Guillemet);
    (double && first.role == Role::Close).then_some(None)
}

/// Where an unclosed quotation opened at `start` stops: the end of its
/// paragraph `para`, but for a one-paragraph quotation no further than two
/// sentences after the one it opens in.
fn bound(text: &str, sentences: &[Span], start: usize, para: Span, spanned: usize) -> usize {
    let mut end = para.end.min(text.len());
    if spanned == 1 {
        let first = sentences.partition_point(|s| s.end <= start);
        if let Some(s) = sentences.get(first + UNCLOSED_EXTRA_SENTENCES) {
            if s.end > start && s.end < end {
                end = s.end;
            }
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        let paras = crate::text::segment::paragraphs(text);
        let sents: Vec<Span> = paras
            .iter()
            .flat_map(|&p| crate::text::segment::sentences(text, p))
            .collect();
        pair(text, &paras, &sents)
            .iter()
            .map(|m| m.span.slice(text))
            .collect()
    }

    #[test]
    fn curly_and_straight() {
        assert_eq!(quotes("He said “yes” and 'no'."), ["“yes”", "'no'"]);
        assert_eq!(quotes("Putin’s “new regions”"), ["“new regions”"]);
        assert_eq!(quotes("a \"b\" c"), ["\"b\""]);
    }

    #[test]
    fn nested_belongs_to_outer() {
        assert_eq!(
            quotes("“He called me the ‘anti-christ’ again,” he said."),
            ["“He called me the ‘anti-christ’ again,”"]
        );
    }

    #[test]
    fn continued_paragraphs() {
        let t = "“One.\n\n“Two.\n\n“Three.”\n\nAfter.";
        assert_eq!(quotes(t), ["“One.", "“Two.", "“Three.”"]);
    }
}
