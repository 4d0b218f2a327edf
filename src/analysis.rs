//! What the pipeline found, in byte spans, before conversion to the output schema.

use crate::text::boilerplate::Marked;
use crate::text::span::Span;

/// The result of every stage, in byte offsets into the document's text.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    pub boilerplate: Vec<Marked>,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Span>,
}
