//! The text layer: spans, offsets, input cleaning, boilerplate and segmentation.

pub mod abbreviations;
pub mod boilerplate;
pub mod document;
pub mod html;
pub mod offsets;
pub mod paged;
pub mod segment;
pub mod source_map;
pub mod span;
pub mod span_index;
pub mod start_index;
pub mod tokens;
pub(crate) mod word_shapes;
