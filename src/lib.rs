//! Article annotator: named entities, quotations and check-worthy claims in news
//! text, as a pure Rust core with a thin WebAssembly binding (`wasm` module) and a
//! native CLI (`src/bin/annotate.rs`).
//!
//! ```
//! use article_annotator::Annotator;
//! let annotator = Annotator::new();
//! let out = annotator.annotate("Putin said on Monday.\n\nKyiv disagreed.");
//! assert_eq!(out.paragraphs.len(), 2);
//! ```
//!
//! Data flows one way: [`text::document`] (input cleaning) → segmentation and
//! boilerplate ([`text`]) → later layers → [`output`] (offsets converted once into
//! the caller's unit) → [`schema`].

pub mod analysis;
mod annotator;
pub mod claims;
pub mod entities;
mod fnv;
mod guard;
pub mod highlight;
mod leb128;
pub mod options;
pub mod output;
mod phrase_table;
pub mod quotes;
pub mod schema;
mod sort;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use options::Options;
pub use schema::Annotations;
pub use text::offsets::OffsetUnit;

pub use annotator::Annotator;

/// Errors the public API reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The options were malformed; the message says which and why.
    InvalidOptions(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::InvalidOptions(why) => write!(f, "invalid options: {why}"),
        }
    }
}

impl std::error::Error for Error {}

/// Annotates one document with a shared, lazily built default [`Annotator`]
/// (the newsroom lexicons in `options`, if any, are compiled for this call).
pub fn annotate(input: &str, options: &Options) -> Annotations {
    static SHARED: std::sync::OnceLock<Annotator> = std::sync::OnceLock::new();
    SHARED
        .get_or_init(Annotator::new)
        .annotate_with(input, options)
}
