//! The public output schema, shared by the CLI (JSON) and the wasm API (JS objects).
//!
//! Every offset is counted in the unit named by [`Annotations::offsets`]
//! (UTF-16 code units by default) into the annotated text: the caller's own text
//! for plain input, or [`HtmlSource::text`] for HTML input. For every span,
//! `0 <= start < end <= length`, and where a span carries `text`, it equals the
//! slice of the annotated text in that unit. `docs/schema.md` shows a full example.

use crate::text::offsets::OffsetUnit;
use serde::Serialize;

/// Version of this schema; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything the annotator found in one document.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Annotations {
    /// Schema version, currently 1.
    pub version: u32,
    /// The unit of every offset in this document.
    pub offsets: OffsetUnit,
    /// Length of the annotated text in that unit.
    pub length: usize,
    /// Present when the input was HTML: the readable text that offsets refer to,
    /// and the map back into the HTML source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub html: Option<HtmlSource>,
    /// Scraper and site residue (mastheads, sponsor lines, navigation debris…),
    /// marked, never removed.
    pub boilerplate: Vec<Boilerplate>,
    pub paragraphs: Vec<Segment>,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<Entity>,
    pub entity_groups: Vec<EntityGroup>,
    pub quotes: Vec<Quote>,
    /// Who is quoted, and how much: one row per speaker entity (or unnamed
    /// speaker text), most quoted first.
    pub speakers: Vec<SpeakerSummary>,
    /// How many quotes are attributed to unnamed sources.
    pub unnamed_sources: usize,
    pub claims: Vec<Claim>,
    /// Layers that failed on this input and were left empty, with the reason; the
    /// other layers are still valid.
    pub errors: Vec<LayerError>,
}

/// The readable text extracted from HTML input and its map back to the source.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct HtmlSource {
    /// The readable text: every offset of this document indexes it.
    pub text: String,
    /// Runs mapping the text back into the HTML source, in order and covering
    /// the text from 0 to `length` without gaps. Offsets in the source are counted
    /// in the same unit as everywhere else.
    pub source_map: Vec<SourceRun>,
}

/// Text `[start, end)` came from source `[source_start, source_end)`.
///
/// When both have the same length the run maps position by position (copied
/// text); otherwise the whole text run stands for the whole source run (a decoded
/// entity such as `&amp;`, white space collapsed to one space). An empty source
/// run marks text with no source of its own: a separator the cleaner inserted at a
/// tag (paragraph breaks), or the first character of a replacement that happens to
/// have its source's length (so that it is never mistaken for a copy).
#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq)]
pub struct SourceRun {
    pub start: usize,
    pub end: usize,
    pub source_start: usize,
    pub source_end: usize,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Boilerplate {
    pub start: usize,
    pub end: usize,
    /// Why the span is boilerplate, e.g. `masthead`, `sponsor`, `navigation`,
    /// `scraper_prefix`, `dateline`, `cookie_banner`, `duplicate`.
    pub reason: &'static str,
}

/// A paragraph.
#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Copy, Debug, Serialize, PartialEq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// How much the sentence needs checking, 0..1 (filled by the claims layer).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checkworthiness: Option<f64>,
}

/// One mention of a named entity or a value.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// OntoNotes label: PERSON, NORP, FAC, ORG, GPE, LOC, PRODUCT, EVENT,
    /// WORK_OF_ART, LAW, LANGUAGE, DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL.
    pub label: &'static str,
    /// Id of the [`EntityGroup`] of mentions of the same real-world entity.
    pub entity: usize,
    pub confidence: f64,
}

/// All mentions of one real-world entity.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct EntityGroup {
    pub id: usize,
    /// Canonical (usually the longest) name.
    pub name: String,
    pub label: &'static str,
    /// Indices into [`Annotations::entities`].
    pub mentions: Vec<usize>,
    /// Titles and roles attached to the entity ("US President").
    pub roles: Vec<String>,
}

/// A stretch of text with its own text, e.g. a speaker or a speech verb.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct TextSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Speaker {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The entity group of the speaker, when the speaker is a named entity.
    pub entity: Option<usize>,
    /// An unnamed source ("officials in Kyiv", "people familiar with the matter").
    pub unnamed: bool,
}

/// One row of the who-is-quoted summary.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct SpeakerSummary {
    /// The speaker's entity group, or `null` for a speaker that is not an entity.
    pub entity: Option<usize>,
    /// Canonical name (or the speaker's words for a non-entity speaker).
    pub name: String,
    pub unnamed: bool,
    /// Number of quotes of every kind, then per kind.
    pub quotes: usize,
    pub direct: usize,
    pub partial: usize,
    pub scare: usize,
    pub reported: usize,
    pub according_to: usize,
    /// Words quoted (direct and partial quotes).
    pub words: usize,
}

/// A quotation or a piece of reported speech.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `direct`, `partial`, `scare`, `reported` or `according_to`.
    pub kind: &'static str,
    pub speaker: Option<Speaker>,
    /// The speech verb or cue ("said", "according to").
    pub cue: Option<TextSpan>,
    pub confidence: f64,
}

/// A check-worthy claim with the reasons for its score.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Claim {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub score: f64,
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Reason {
    /// `statistic`, `comparison`, `causal`, `prediction`, `hedged`, `unattributed`,
    /// `anonymous_source`, `attributed`, `contested_term` or `disputed`.
    pub kind: &'static str,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub explanation: String,
}

/// A layer that failed and was left empty.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct LayerError {
    pub layer: String,
    pub message: String,
}
