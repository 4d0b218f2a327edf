//! Run-time options, shared by the CLI flags and the JS `options` object.

use crate::text::offsets::OffsetUnit;
use serde::Deserialize;

/// How to read the input and how to count the output.
///
/// Deserialised from JS as `{ offsets?: "utf16" | "chars" | "bytes", html?: boolean }`;
/// unknown keys are rejected so that a typo never silently falls back to a default.
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
}

impl Options {
    /// Parses options from JSON text (the CLI's `--options` and tests).
    pub fn from_json(json: &str) -> Result<Options, crate::Error> {
        Self::parse_json(json).map_err(crate::Error::InvalidOptions)
    }

    /// Parses options from JSON text; the error is a one-line explanation.
    pub fn parse_json(json: &str) -> Result<Options, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_utf16_plain_text() {
        let o = Options::from_json("{}").unwrap();
        assert_eq!(o.offsets, OffsetUnit::Utf16);
        assert!(!o.html);
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
}
