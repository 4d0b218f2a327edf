//! Map from the readable text extracted from HTML back to the HTML source.
//!
//! The HTML cleaner (`text::html`) builds one; the output boundary converts it
//! into `schema::SourceRun`s. A run either copies (text and source have the same
//! length and the same bytes, mapped position by position) or stands for the
//! whole of its source range as one unit: a decoded entity, a collapsed white
//! space run, or, with an empty source range, a separator inserted at a tag.

use crate::text::span::Span;

/// Text bytes `text` came from source bytes `source` (see `schema::SourceRun`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ByteRun {
    pub text: Span,
    pub source: Span,
}

impl ByteRun {
    /// Whether the run maps position by position (its text is a verbatim copy).
    pub const fn copies(&self) -> bool {
        self.text.len() == self.source.len()
    }
}

/// Ordered, gap-free runs covering the extracted text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceMap {
    pub runs: Vec<ByteRun>,
}

impl SourceMap {
    /// Appends a run, merging it into the previous one when both copy text
    /// verbatim and are contiguous on both sides (keeps the map small).
    ///
    /// The caller guarantees that a run of equal lengths really is a verbatim
    /// copy: readers of the map rely on that to map inside the run.
    pub fn push(&mut self, text: Span, source: Span) {
        if text.is_empty() {
            return;
        }
        if let Some(last) = self.runs.last_mut() {
            let copies = text.len() == source.len();
            if last.copies()
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
    ///
    /// An empty span maps to an empty source position; a span at or past the end
    /// of the text maps to the end of the last run's source.
    pub fn to_source(&self, span: Span) -> Span {
        let span = Span::new(span.start, span.end.max(span.start));
        let first = self.runs.partition_point(|r| r.text.end <= span.start);
        let Some(run) = self.runs.get(first) else {
            let end = self.runs.last().map_or(0, |r| r.source.end);
            return Span::new(end, end);
        };
        if span.is_empty() {
            let at = if run.copies() {
                run.source.start + span.start.saturating_sub(run.text.start)
            } else {
                run.source.start
            };
            return Span::new(at, at);
        }
        let mut out: Option<Span> = None;
        for run in self.runs[first..]
            .iter()
            .take_while(|r| r.text.start < span.end)
        {
            let piece = if run.copies() {
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

    /// Checks every invariant the map promises for `text` extracted from `source`:
    /// runs are contiguous and cover `text` exactly; text and source ranges lie on
    /// `char` boundaries; source ranges lie within `source` with non-decreasing
    /// starts and ends; a run of equal lengths copies its source verbatim.
    ///
    /// Used by the tests and handy when debugging a cleaner; returns the first
    /// violation found.
    pub fn validate(&self, text: &str, source: &str) -> Result<(), String> {
        let mut at = 0;
        let mut previous = Span::default();
        for (i, run) in self.runs.iter().enumerate() {
            let (t, s) = (run.text, run.source);
            if t.start != at || t.is_empty() {
                return Err(format!("run {i} {t:?} does not continue at {at}"));
            }
            if t.end > text.len()
                || !text.is_char_boundary(t.start)
                || !text.is_char_boundary(t.end)
            {
                return Err(format!(
                    "run {i}: text {t:?} is not a char range of the text"
                ));
            }
            if s.start > s.end
                || s.end > source.len()
                || !source.is_char_boundary(s.start)
                || !source.is_char_boundary(s.end)
            {
                return Err(format!(
                    "run {i}: source {s:?} is not a char range of the source"
                ));
            }
            if s.start < previous.start || s.end < previous.end {
                return Err(format!(
                    "run {i}: source {s:?} goes back before {previous:?}"
                ));
            }
            if run.copies() && t.slice(text) != s.slice(source) {
                return Err(format!(
                    "run {i}: copies {:?} but the source is {:?}",
                    t.slice(text),
                    s.slice(source)
                ));
            }
            at = t.end;
            previous = s;
        }
        if at != text.len() {
            return Err(format!("runs cover {at} of {} text bytes", text.len()));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> SourceMap {
        let mut m = SourceMap::default();
        m.push(Span::new(0, 3), Span::new(10, 13));
        m.push(Span::new(3, 5), Span::new(13, 15));
        m.push(Span::new(5, 6), Span::new(15, 20)); // "&amp;" → "&"
        m
    }

    #[test]
    fn merges_contiguous_copies() {
        let m = sample();
        assert_eq!(m.runs.len(), 2);
        assert_eq!(m.to_source(Span::new(1, 4)), Span::new(11, 14));
        assert_eq!(m.to_source(Span::new(4, 6)), Span::new(14, 20));
    }

    #[test]
    fn does_not_merge_replacements_or_gaps() {
        let mut m = sample();
        m.push(Span::new(6, 7), Span::new(20, 21));
        m.push(Span::new(7, 8), Span::new(25, 26)); // a gap in the source
        m.push(Span::new(8, 9), Span::new(26, 26)); // an inserted separator
        m.push(Span::new(9, 9), Span::new(26, 30)); // empty text: ignored
        assert_eq!(m.runs.len(), 5);
    }

    #[test]
    fn to_source_of_empty_and_out_of_range_spans() {
        let m = sample();
        assert_eq!(m.to_source(Span::new(2, 2)), Span::new(12, 12));
        assert_eq!(m.to_source(Span::new(5, 5)), Span::new(15, 15));
        assert_eq!(m.to_source(Span::new(6, 6)), Span::new(20, 20));
        assert_eq!(m.to_source(Span::new(9, 12)), Span::new(20, 20));
        assert_eq!(
            SourceMap::default().to_source(Span::new(0, 1)),
            Span::new(0, 0)
        );
    }

    #[test]
    fn validate_accepts_a_good_map_and_names_each_violation() {
        let source = "<p>a &amp; b</p>";
        let text = "a & b";
        let mut m = SourceMap::default();
        m.push(Span::new(0, 2), Span::new(3, 5));
        m.push(Span::new(2, 3), Span::new(5, 10));
        m.push(Span::new(3, 5), Span::new(10, 12));
        assert_eq!(m.validate(text, source), Ok(()));

        let mut gap = m.clone();
        gap.runs.remove(1);
        assert!(gap.validate(text, source).unwrap_err().contains("continue"));
        let mut short = m.clone();
        short.runs.pop();
        assert!(short.validate(text, source).unwrap_err().contains("cover"));
        let mut wrong = m.clone();
        wrong.runs[0].source = Span::new(0, 2);
        assert!(wrong.validate(text, source).unwrap_err().contains("copies"));
        let mut back = m;
        back.runs[2].source = Span::new(0, 1);
        assert!(back.validate(text, source).is_err());
    }
}
