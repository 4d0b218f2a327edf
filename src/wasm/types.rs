//! TypeScript declarations of the options and the output schema (`src/schema.rs`),
//! so that `annotate` is typed end to end, with no `any`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_SCHEMA: &str = r#"
/** Unit of every offset: UTF-16 code units (JavaScript's `slice`), code points, or UTF-8 bytes. */
export type OffsetUnit = "utf16" | "chars" | "bytes";

/** A term of a newsroom lexicon and the one-line reason shown to the reader. */
export interface LexiconEntry { term: string; reason: string; }

export interface AnnotateOptions {
  /** Unit of output offsets; default "utf16". */
  offsets?: OffsetUnit;
  /** Treat the input as HTML: offsets then index `html.text`. */
  html?: boolean;
  /** A newsroom's own names; they win over the model wherever they occur. */
  customEntities?: { text: string; label: EntityLabel }[];
  /** Extra contested or loaded terms for the claims layer. */
  contestedTerms?: LexiconEntry[];
  /** Extra hedges (uncertainty and hearsay cues). */
  hedges?: LexiconEntry[];
  /** Replace the built-in contested-term and hedge lexicons instead of extending them. */
  replaceLexicons?: boolean;
}

export interface Span { start: number; end: number; }
export interface TextSpan extends Span { text: string; }

export interface SourceRun { start: number; end: number; source_start: number; source_end: number; }
export interface HtmlSource { text: string; source_map: SourceRun[]; }

export type BoilerplateReason =
  | "masthead" | "dateline" | "sponsor" | "scraper_prefix" | "navigation"
  | "cookie_banner" | "duplicate" | (string & {});
export interface Boilerplate extends Span { reason: BoilerplateReason; }

export interface Sentence extends Span { checkworthiness?: number; }

export type EntityLabel =
  | "PERSON" | "NORP" | "FAC" | "ORG" | "GPE" | "LOC" | "PRODUCT" | "EVENT"
  | "WORK_OF_ART" | "LAW" | "LANGUAGE" | "DATE" | "TIME" | "PERCENT" | "MONEY"
  | "QUANTITY" | "ORDINAL" | "CARDINAL";
export interface Entity extends TextSpan { label: EntityLabel; entity: number; confidence: number; }
export interface EntityGroup { id: number; name: string; label: EntityLabel; mentions: number[]; roles: string[]; }

export type QuoteKind = "direct" | "partial" | "scare" | "reported" | "according_to";
export interface Speaker extends TextSpan { entity: number | null; unnamed: boolean; }
export interface SpeakerSummary {
  entity: number | null; name: string; unnamed: boolean;
  quotes: number; direct: number; partial: number; scare: number; reported: number; according_to: number;
  words: number;
}
export interface Quote extends TextSpan {
  kind: QuoteKind; speaker: Speaker | null; cue: TextSpan | null; confidence: number;
}

export type ReasonKind =
  | "statistic" | "comparison" | "causal" | "prediction" | "hedged" | "unattributed"
  | "anonymous_source" | "attributed" | "contested_term" | "disputed";
export interface Reason extends TextSpan { kind: ReasonKind; explanation: string; }
export interface Claim extends TextSpan { score: number; reasons: Reason[]; }

export interface LayerError { layer: string; message: string; }

/** What `highlightElement` may draw. */
export type HighlightKind = "entity" | "quote" | "claim" | "boilerplate";
/** The annotator's options (offsets are always UTF-16 here) and the kinds to draw. */
export interface HighlightOptions extends Omit<AnnotateOptions, "offsets" | "html"> {
  kinds?: HighlightKind[];
}
export interface TextQuoteSelector { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string; }
export interface TextPositionSelector { type: "TextPositionSelector"; start: number; end: number; }
/** One drawn highlight; offsets index the subtree's DOM text (its text nodes joined). */
export interface HighlightMark {
  id: string; kind: HighlightKind; label: string; start: number; end: number; text: string;
  selectors: [TextQuoteSelector, TextPositionSelector];
  /** Entity: canonical name; quote: speaker; claim: its reasons. */
  detail?: string;
  score?: number;
  /** After `reanchor`: how the mark was found again. */
  anchored?: "unchanged" | "moved" | "edited";
}
/** A mark kept by a CMS: a `HighlightMark`, or a W3C annotation with `target.selector`. */
export interface StoredMark {
  kind?: HighlightKind; label?: string; id?: string;
  selectors?: (TextQuoteSelector | TextPositionSelector)[];
  target?: { selector: (TextQuoteSelector | TextPositionSelector)[] };
}

/** Everything found in one document (schema version 1). */
export interface Annotations {
  version: 1;
  offsets: OffsetUnit;
  length: number;
  html?: HtmlSource;
  boilerplate: Boilerplate[];
  paragraphs: Span[];
  sentences: Sentence[];
  entities: Entity[];
  entity_groups: EntityGroup[];
  quotes: Quote[];
  speakers: SpeakerSummary[];
  unnamed_sources: number;
  claims: Claim[];
  errors: LayerError[];
}
"#;
