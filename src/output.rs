//! Conversion of the byte-span [`Analysis`] into the public [`schema`](crate::schema),
//! with every offset converted once into the requested unit.

use crate::analysis::Analysis;
use crate::schema::{self, Annotations, HtmlSource, SourceRun};
use crate::text::document::Document;
use crate::text::offsets::{OffsetTable, OffsetUnit};

/// Builds the output of one document.
///
/// `source` is the original input: for HTML it is what the source map points into.
pub fn render(doc: &Document, source: &str, analysis: &Analysis, unit: OffsetUnit) -> Annotations {
    let text = doc.text.as_ref();
    let table = OffsetTable::new(text);
    let seg = |s: crate::text::span::Span| {
        let (start, end) = table.span(s, unit);
        schema::Segment { start, end }
    };
    let html = doc.source_map.as_ref().map(|map| {
        let source_table = OffsetTable::new(source);
        HtmlSource {
            text: text.to_string(),
            source_map: map
                .runs
                .iter()
                .map(|r| {
                    let (start, end) = table.span(r.text, unit);
                    let (source_start, source_end) = source_table.span(r.source, unit);
                    SourceRun {
                        start,
                        end,
                        source_start,
                        source_end,
                    }
                })
                .collect(),
        }
    });
    Annotations {
        version: schema::SCHEMA_VERSION,
        offsets: unit,
        length: table.len(unit),
        html,
        boilerplate: analysis
            .boilerplate
            .iter()
            .map(|m| {
                let (start, end) = table.span(m.span, unit);
                schema::Boilerplate {
                    start,
                    end,
                    reason: m.reason.to_string(),
                }
            })
            .collect(),
        paragraphs: analysis.paragraphs.iter().map(|&p| seg(p)).collect(),
        sentences: analysis
            .sentences
            .iter()
            .map(|&s| {
                let (start, end) = table.span(s, unit);
                schema::Sentence {
                    start,
                    end,
                    checkworthiness: None,
                }
            })
            .collect(),
        entities: Vec::new(),
        entity_groups: Vec::new(),
        quotes: Vec::new(),
        claims: Vec::new(),
        errors: Vec::new(),
    }
}
