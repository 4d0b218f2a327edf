//! Run-time options, shared by the CLI (`--options FILE`, flags) and the JS
//! `options` object: one JSON shape, one parser, one set of checks.

use crate::text::offsets::OffsetUnit;
use serde::Deserialize;

/// The OntoNotes labels an entity can carry.
pub const ENTITY_LABELS: [&str; 18] = [
    "PERSON",
    "NORP",
    "FAC",
    "ORG",
    "GPE",
    "LOC",
    "PRODUCT",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
    "DATE",
    "TIME",
    "PERCENT",
    "MONEY",
    "QUANTITY",
    "ORDINAL",
    "CARDINAL",
];

/// How to read the input, how to count the output, and a newsroom's own lexicons.
///
/// From JS: `{ offsets?: "utf16" | "chars" | "bytes", html?: boolean,
/// customEntities?: [{text, label}], contestedTerms?: [{term, reason}],
/// hedges?: [{term, reason}], replaceLexicons?: boolean }`. Unknown keys are
/// rejected so that a typo never silently falls back to a default.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Options {
    /// Unit of every output offset (default UTF-16 code units, as JavaScript counts).
    #[serde(default)]
    pub offsets: OffsetUnit,
    /// Treat the input as HTML: extract the readable text (offsets then refer to it)
    /// and return a map back to the source.
    #[serde(default)]
    pub html: bool,
    /// A newsroom's own names: they win over the model wherever they occur.
    #[serde(default)]
    pub custom_entities: Vec<CustomEntity>,
    /// Extra contested or loaded terms for the claims layer, with their reasons.
    #[serde(default)]
    pub contested_terms: Vec<LexiconEntry>,
    /// Extra hedges (uncertainty and hearsay cues), with their reasons.
    #[serde(default)]
    pub hedges: Vec<LexiconEntry>,
    /// Replace the built-in contested-term and hedge lexicons instead of extending them.
    #[serde(default)]
    pub replace_lexicons: bool,
}

/// A name and the label it always gets ("Qwiket AI" → ORG).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomEntity {
    pub text: String,
    pub label: String,
}

/// A term and the one-line reason shown to the fact-checker.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconEntry {
    pub term: String,
    pub reason: String,
}

impl Options {
    /// Parses options from JSON text (the CLI's `--options` and tests).
    pub fn from_json(json: &str) -> Result<Options, crate::Error> {
        Self::parse_json(json).map_err(crate::Error::InvalidOptions)
    }

    /// Parses and checks options from JSON text; the error is a one-line explanation.
    pub fn parse_json(json: &str) -> Result<Options, String> {
        let options: Options = serde_json::from_str(json).map_err(|e| e.to_string())?;
        options.check()?;
        Ok(options)
    }

    /// Checks what the types cannot: labels are known, terms are not empty.
    pub fn check(&self) -> Result<(), String> {
        for e in &self.custom_entities {
            if e.text.trim().is_empty() {
                return Err("customEntities: an entry has an empty \"text\"".into());
            }
            if !ENTITY_LABELS.contains(&e.label.as_str()) {
                return Err(format!(
                    "customEntities: unknown label {:?} for {:?}; expected one of {}",
                    e.label,
                    e.text,
                    ENTITY_LABELS.join(", ")
                ));
            }
        }
        for (list, entries) in [
            ("contestedTerms", &self.contested_terms),
            ("hedges", &self.hedges),
        ] {
            if let Some(e) = entries.iter().find(|e| e.term.trim().is_empty()) {
                return Err(format!(
                    "{list}: an entry has an empty \"term\" (reason {:?})",
                    e.reason
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_utf16_plain_text() {
        let o = Options::from_json("{}").unwrap();
        assert_eq!(o.offsets, OffsetUnit::Utf16);
        assert!(!o.html && o.custom_entities.is_empty() && !o.replace_lexicons);
    }

    #[test]
    fn rejects_unknown_unit_with_a_clear_message() {
        let err = Options::from_json(r#"{"offsets":"utf32"}"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("utf32") && err.contains("utf16"), "{err}");
    }

    #[test]
    fn rejects_unknown_keys() {
        let err = Options::from_json(r#"{"offset":"bytes"}"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("offset"), "{err}");
    }

    #[test]
    fn newsroom_lexicons_parse_in_camel_case() {
        let o = Options::from_json(
            r#"{"customEntities":[{"text":"Qwiket AI","label":"ORG"}],
                "contestedTerms":[{"term":"special military operation","reason":"Kremlin euphemism for the war"}],
                "hedges":[{"term":"it is rumoured","reason":"hearsay"}],"replaceLexicons":true}"#,
        )
        .unwrap();
        assert_eq!(o.custom_entities[0].label, "ORG");
        assert_eq!(o.contested_terms[0].term, "special military operation");
        assert!(o.replace_lexicons);
    }

    #[test]
    fn rejects_unknown_labels_and_empty_terms() {
        let err = Options::from_json(r#"{"customEntities":[{"text":"X","label":"COMPANY"}]}"#)
            .unwrap_err();
        assert!(err.to_string().contains("COMPANY"), "{err}");
        let err = Options::from_json(r#"{"hedges":[{"term":" ","reason":"r"}]}"#).unwrap_err();
        assert!(err.to_string().contains("hedges"), "{err}");
    }
}
