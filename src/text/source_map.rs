//! Map from the readable text extracted from HTML back to the HTML source.

use crate::text::span::Span;

/// Text bytes `text` came from source bytes `source` (see `schema::SourceRun`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ByteRun {
    pub text: Span,
    pub source: Span,
}

/// Ordered, gap-free runs covering the extracted text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceMap {
    pub runs: Vec<ByteRun>,
}

impl SourceMap {
    /// Appends a run, merging it into the previous one when both copy text
    /// verbatim and are contiguous on both sides (keeps the map small).
    pub fn push(&mut self, text: Span, source: Span) {
        if text.is_empty() {
            return;
        }
        if let Some(last) = self.runs.last_mut() {
            let last_copies = last.text.len() == last.source.len();
            let copies = text.len() == source.len();
            if last_copies
                && copies
                && last.text.end == text.start
                && last.source.end == source.start
            {
                last.text.end = text.end;
                last.source.end = source.end;
                return;
            }
        }
        self.runs.push(ByteRun { text, source });
    }

    /// Source byte range of a text byte range (the union of the runs it touches).
    pub fn to_source(&self, span: Span) -> Span {
        let first = self.runs.partition_point(|r| r.text.end <= span.start);
        let mut out: Option<Span> = None;
        for run in self.runs[first..]
            .iter()
            .take_while(|r| r.text.start < span.end.max(span.start + 1))
        {
            let piece = if run.text.len() == run.source.len() {
                let s = span.start.max(run.text.start) - run.text.start + run.source.start;
                let e = span.end.min(run.text.end) - run.text.start + run.source.start;
                Span::new(s, e)
            } else {
                run.source
            };
            out = Some(match out {
                None => piece,
                Some(o) => Span::new(o.start.min(piece.start), o.end.max(piece.end)),
            });
        }
        out.unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_contiguous_copies() {
        let mut m = SourceMap::default();
        m.push(Span::new(0, 3), Span::new(10, 13));
        m.push(Span::new(3, 5), Span::new(13, 15));
        m.push(Span::new(5, 6), Span::new(15, 20)); // "&amp;" → "&"
        assert_eq!(m.runs.len(), 2);
        assert_eq!(m.to_source(Span::new(1, 4)), Span::new(11, 14));
        assert_eq!(m.to_source(Span::new(4, 6)), Span::new(14, 20));
    }
}
