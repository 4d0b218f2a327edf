//! Article annotator: named entities, quotations and check-worthy claims in news
//! text, as a pure Rust core with a thin WebAssembly binding (`wasm` module) and a
//! native CLI (`src/bin/annotate.rs`).
//!
//! ```
//! use article_annotator::{Annotator, Options};
//! let annotator = Annotator::new();
//! let out = annotator.annotate("Putin said on Monday.\n\nKyiv disagreed.", &Options::default());
//! assert_eq!(out.paragraphs.len(), 2);
//! ```
//!
//! Data flows one way: [`text::document`] (input cleaning) → segmentation and
//! boilerplate ([`text`]) → later layers → [`output`] (offsets converted once into
//! the caller's unit) → [`schema`].

pub mod analysis;
pub mod entities;
pub mod options;
pub mod output;
pub mod schema;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use options::Options;
pub use schema::Annotations;
pub use text::offsets::OffsetUnit;

use analysis::Analysis;
use text::document::Document;
use text::{boilerplate, segment};

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

/// Holds the compiled resources (lexicons, models) so that they are built once
/// and reused across documents.
#[derive(Debug, Default)]
pub struct Annotator {}

impl Annotator {
    pub fn new() -> Self {
        Annotator {}
    }

    /// Annotates one document.
    pub fn annotate(&self, input: &str, options: &Options) -> Annotations {
        let doc = if options.html {
            Document::from_html(input)
        } else {
            Document::plain(input)
        };
        let analysis = self.analyse(&doc);
        output::render(&doc, input, &analysis, options.offsets)
    }

    /// Runs every stage over the document's text, in byte spans.
    fn analyse(&self, doc: &Document) -> Analysis {
        let text = doc.text.as_ref();
        let paragraphs = segment::paragraphs(text);
        let sentences = paragraphs
            .iter()
            .flat_map(|&p| segment::sentences(text, p))
            .collect();
        let boilerplate = boilerplate::detect(text, &paragraphs);
        Analysis {
            boilerplate,
            paragraphs,
            sentences,
            ..Analysis::default()
        }
    }
}

/// Annotates one document with a shared, lazily built [`Annotator`].
pub fn annotate(input: &str, options: &Options) -> Annotations {
    static SHARED: std::sync::OnceLock<Annotator> = std::sync::OnceLock::new();
    SHARED.get_or_init(Annotator::new).annotate(input, options)
}
