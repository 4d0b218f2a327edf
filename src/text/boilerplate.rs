//! Boilerplate detection. (Placeholder: replaced by the real detector.)

use crate::text::span::Span;

/// A span of site or scraper residue and why it is one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marked {
    pub span: Span,
    pub reason: &'static str,
}

/// Marks boilerplate among the paragraphs of a document.
pub fn detect(text: &str, paragraphs: &[Span]) -> Vec<Marked> {
    let _ = (text, paragraphs);
    Vec::new()
}
