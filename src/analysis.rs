//! What the pipeline found, in byte spans, before conversion to the output schema.
//!
//! Each layer fills its own fields and reads only the fields of the layers
//! before it (text → entities → quotes → claims).

use crate::text::boilerplate::Marked;
use crate::text::span::Span;

/// The result of every stage, in byte offsets into the document's text.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    pub boilerplate: Vec<Marked>,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Span>,
    /// Entity mentions, sorted by start, non-overlapping.
    pub entities: Vec<Mention>,
    /// Groups of mentions of one real-world entity; `Mention::group` indexes this.
    pub groups: Vec<Group>,
    pub quotes: Vec<QuoteFound>,
    pub claims: Vec<ClaimFound>,
    /// Check-worthiness of each sentence (same order as `sentences`), when scored.
    pub checkworthiness: Vec<f32>,
    /// Layers that failed and were left empty: (layer, message).
    pub errors: Vec<(&'static str, String)>,
}

/// One mention of a named entity or a value.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub span: Span,
    /// OntoNotes label ("PERSON", "ORG", "GPE", "DATE", …).
    pub label: &'static str,
    /// Index into `Analysis::groups`.
    pub group: usize,
    pub confidence: f32,
}

/// All mentions of one entity, with its canonical name and roles.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub name: String,
    pub label: &'static str,
    /// Indices into `Analysis::entities`.
    pub mentions: Vec<usize>,
    /// Titles and roles ("US President"), as written.
    pub roles: Vec<String>,
}

/// The kinds of quotation (`schema::Quote::kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    Direct,
    Partial,
    Scare,
    Reported,
    AccordingTo,
}

impl QuoteKind {
    pub fn name(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Scare => "scare",
            QuoteKind::Reported => "reported",
            QuoteKind::AccordingTo => "according_to",
        }
    }
}

/// Who said a quotation.
#[derive(Clone, Debug, PartialEq)]
pub struct SpeakerRef {
    /// The speaker's words in the text (a name, "he", "officials in Kyiv").
    pub span: Span,
    /// The entity group the speaker resolves to (through pronouns and surnames).
    pub group: Option<usize>,
    /// An unnamed source ("officials in Kyiv", "a source close to the talks").
    pub unnamed: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct QuoteFound {
    pub span: Span,
    pub kind: QuoteKind,
    pub speaker: Option<SpeakerRef>,
    /// The speech verb or cue ("said", "according to").
    pub cue: Option<Span>,
    pub confidence: f32,
}

/// A reason a claim needs checking (`schema::Reason`).
#[derive(Clone, Debug, PartialEq)]
pub struct ReasonFound {
    /// `statistic`, `comparison`, `causal`, `prediction`, `hedged`, `unattributed`,
    /// `anonymous_source`, `attributed`, `contested_term` or `disputed`.
    pub kind: &'static str,
    pub span: Span,
    pub explanation: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClaimFound {
    pub span: Span,
    pub score: f32,
    pub reasons: Vec<ReasonFound>,
}
