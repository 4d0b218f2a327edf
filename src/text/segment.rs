//! Paragraphs and sentences. (Placeholder: replaced by the real segmenter.)

use crate::text::span::Span;

/// Paragraph spans (trimmed, non-empty, in order).
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('\n') {
        let s = Span::new(start, i).trim(text);
        if !s.is_empty() {
            out.push(s);
        }
        start = i + 1;
    }
    let s = Span::new(start, text.len()).trim(text);
    if !s.is_empty() {
        out.push(s);
    }
    out
}

/// Sentence spans inside one paragraph (trimmed, non-empty, in order).
pub fn sentences(_text: &str, paragraph: Span) -> Vec<Span> {
    vec![paragraph]
}
