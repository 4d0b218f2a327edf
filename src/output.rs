//! Conversion of the byte-span [`Analysis`] into the public [`schema`](crate::schema),
//! with every offset converted once into the requested unit.

mod layers;
pub mod tape;

use crate::analysis::Analysis;
use crate::schema::{self, Annotations, HtmlSource, SourceRun};
use crate::text::document::Document;
use crate::text::offsets::{OffsetTable, OffsetUnit};
use crate::text::span::Span;

/// Converts byte spans of one text into the output unit.
pub(crate) struct Converter<'a> {
    pub text: &'a str,
    pub table: OffsetTable,
    pub unit: OffsetUnit,
}

impl Converter<'_> {
    pub fn span(&self, s: Span) -> (usize, usize) {
        self.table.span(s, self.unit)
    }

    pub fn text_span(&self, s: Span) -> schema::TextSpan {
        let (start, end) = self.span(s);
        schema::TextSpan {
            start,
            end,
            text: s.slice(self.text).to_string(),
        }
    }
}

/// Builds the output of one document.
///
/// `source` is the original input: for HTML it is what the source map points into.
pub fn render(doc: &Document, source: &str, analysis: &Analysis, unit: OffsetUnit) -> Annotations {
    let text = doc.text.as_ref();
    let conv = Converter {
        text,
        table: OffsetTable::new(text),
        unit,
    };
    let html = doc.source_map.as_ref().map(|map| {
        let source_table = OffsetTable::new(source);
        HtmlSource {
            text: text.to_string(),
            source_map: map
                .runs
                .iter()
                .map(|r| {
                    let (start, end) = conv.span(r.text);
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
    let (quotes, speakers, unnamed_sources) = layers::quotes(&conv, analysis);
    Annotations {
        version: schema::SCHEMA_VERSION,
        offsets: unit,
        length: conv.table.len(unit),
        html,
        boilerplate: layers::boilerplate(&conv, analysis),
        paragraphs: analysis
            .paragraphs
            .iter()
            .map(|&p| {
                let (start, end) = conv.span(p);
                schema::Segment { start, end }
            })
            .collect(),
        sentences: layers::sentences(&conv, analysis),
        entities: layers::entities(&conv, analysis),
        entity_groups: layers::groups(analysis),
        quotes,
        speakers,
        unnamed_sources,
        claims: layers::claims(&conv, analysis),
        errors: analysis
            .errors
            .iter()
            .map(|(layer, message)| schema::LayerError {
                layer: layer.to_string(),
                message: message.clone(),
            })
            .collect(),
    }
}
