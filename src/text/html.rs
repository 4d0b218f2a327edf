//! HTML → readable text with a source map. (Placeholder: replaced by the real cleaner.)

use crate::text::source_map::SourceMap;
use crate::text::span::Span;

/// Extracts the readable text of an HTML document or fragment.
pub fn clean(source: &str) -> (String, SourceMap) {
    let mut map = SourceMap::default();
    map.push(Span::new(0, source.len()), Span::new(0, source.len()));
    (source.to_string(), map)
}
