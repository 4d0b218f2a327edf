//! The text every later stage reads, and where it came from.

use crate::text::html;
use crate::text::source_map::SourceMap;
use std::borrow::Cow;

/// The annotated text: the caller's own text for plain input (borrowed, never
/// normalised), or the readable text extracted from HTML with its source map.
#[derive(Clone, Debug)]
pub struct Document<'a> {
    pub text: Cow<'a, str>,
    pub source_map: Option<SourceMap>,
}

impl<'a> Document<'a> {
    pub fn plain(text: &'a str) -> Self {
        Document {
            text: Cow::Borrowed(text),
            source_map: None,
        }
    }

    pub fn from_html(source: &str) -> Document<'static> {
        let (text, map) = html::clean(source);
        Document {
            text: Cow::Owned(text),
            source_map: Some(map),
        }
    }
}
