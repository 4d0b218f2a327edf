//! Conversion of byte offsets into the caller's unit, built once per document.
//!
//! JavaScript indexes strings in UTF-16 code units, Python in code points, Rust in
//! bytes. The table records only the non-ASCII characters (where the units
//! diverge), so an ASCII document costs nothing and any offset converts with one
//! binary search — never by rescanning the text from 0 for each span.

use crate::text::span::Span;
use serde::{Deserialize, Serialize};

/// The unit in which output offsets are counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-16 code units: what JavaScript's `String.prototype.slice` uses.
    #[default]
    Utf16,
    /// Unicode scalar values: what Python's `str` slicing uses.
    Chars,
    /// UTF-8 bytes.
    Bytes,
}

impl OffsetUnit {
    pub fn parse(name: &str) -> Option<OffsetUnit> {
        match name {
            "utf16" | "utf-16" => Some(OffsetUnit::Utf16),
            "chars" | "char" | "codepoints" => Some(OffsetUnit::Chars),
            "bytes" | "byte" | "utf8" | "utf-8" => Some(OffsetUnit::Bytes),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            OffsetUnit::Utf16 => "utf16",
            OffsetUnit::Chars => "chars",
            OffsetUnit::Bytes => "bytes",
        }
    }
}

/// One non-ASCII character: where it ends in bytes, and the UTF-16 / char counts
/// of everything up to its end.
#[derive(Clone, Copy, Debug)]
struct Checkpoint {
    byte_end: u32,
    utf16_end: u32,
    chars_end: u32,
}

/// Byte → UTF-16 / char offset table of one text.
#[derive(Clone, Debug)]
pub struct OffsetTable {
    checkpoints: Vec<Checkpoint>,
    byte_len: usize,
}

impl OffsetTable {
    /// Scans the text once.
    pub fn new(text: &str) -> Self {
        let mut checkpoints = Vec::new();
        let (mut byte, mut utf16, mut chars) = (0usize, 0usize, 0usize);
        for (i, c) in text.char_indices() {
            if c.is_ascii() {
                continue;
            }
            // ASCII since the previous checkpoint counts one unit per byte in every unit.
            let ascii_run = i - byte;
            utf16 += ascii_run + c.len_utf16();
            chars += ascii_run + 1;
            byte = i + c.len_utf8();
            checkpoints.push(Checkpoint {
                byte_end: byte as u32,
                utf16_end: utf16 as u32,
                chars_end: chars as u32,
            });
        }
        OffsetTable {
            checkpoints,
            byte_len: text.len(),
        }
    }

    /// Length of the text in `unit`.
    pub fn len(&self, unit: OffsetUnit) -> usize {
        self.convert(self.byte_len, unit)
    }

    pub fn is_empty(&self) -> bool {
        self.byte_len == 0
    }

    /// Converts a byte offset (on a char boundary) into `unit`.
    pub fn convert(&self, byte: usize, unit: OffsetUnit) -> usize {
        if unit == OffsetUnit::Bytes {
            return byte;
        }
        // Last checkpoint at or before `byte`.
        let idx = self
            .checkpoints
            .partition_point(|c| c.byte_end as usize <= byte);
        let (base_byte, base_utf16, base_chars) = match idx {
            0 => (0usize, 0usize, 0usize),
            _ => {
                let c = self.checkpoints[idx - 1];
                (
                    c.byte_end as usize,
                    c.utf16_end as usize,
                    c.chars_end as usize,
                )
            }
        };
        let ascii = byte - base_byte;
        match unit {
            OffsetUnit::Utf16 => base_utf16 + ascii,
            OffsetUnit::Chars => base_chars + ascii,
            OffsetUnit::Bytes => byte,
        }
    }

    /// Converts a span; returns `(start, end)` in `unit`.
    pub fn span(&self, span: Span, unit: OffsetUnit) -> (usize, usize) {
        (self.convert(span.start, unit), self.convert(span.end, unit))
    }
}

/// The reverse table, for reading data labelled in another unit (the shared
/// corpora count UTF-16 units, as JavaScript does): `map[offset]` is the byte
/// offset of `offset`; an offset inside a character maps to that character's start.
pub fn byte_offsets(text: &str, unit: OffsetUnit) -> Vec<usize> {
    let mut map = Vec::with_capacity(text.len() + 1);
    for (b, c) in text.char_indices() {
        let width = match unit {
            OffsetUnit::Utf16 => c.len_utf16(),
            OffsetUnit::Chars => 1,
            OffsetUnit::Bytes => c.len_utf8(),
        };
        map.resize(map.len() + width, b);
    }
    map.push(text.len());
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_all(text: &str) {
        let table = OffsetTable::new(text);
        for (i, _) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            let prefix = &text[..i];
            assert_eq!(table.convert(i, OffsetUnit::Bytes), i);
            assert_eq!(table.convert(i, OffsetUnit::Chars), prefix.chars().count());
            assert_eq!(
                table.convert(i, OffsetUnit::Utf16),
                prefix.encode_utf16().count(),
                "utf16 at byte {i} of {text:?}"
            );
        }
    }

    #[test]
    fn ascii_is_identity() {
        check_all("Putin said on Monday.");
        assert!(OffsetTable::new("abc").checkpoints.is_empty());
    }

    #[test]
    fn emoji_cyrillic_and_combining_marks() {
        check_all("Путин 👍🏽 said “yes” — e\u{301}t\u{e9} 🇺🇦 done");
    }

    #[test]
    fn crlf_nbsp_zero_width_rtl() {
        check_all("a\r\nb\u{a0}c\u{200b}d שלום عربي\r\n");
    }

    #[test]
    fn reverse_table_inverts_every_unit() {
        let text = "Путин 👍🏽 said “yes”";
        let table = OffsetTable::new(text);
        for unit in [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Bytes] {
            let map = byte_offsets(text, unit);
            for (b, _) in text
                .char_indices()
                .chain(std::iter::once((text.len(), ' ')))
            {
                assert_eq!(map[table.convert(b, unit)], b, "{unit:?} at byte {b}");
            }
        }
        // Half a surrogate pair maps to the emoji's start.
        let map = byte_offsets("a👍", OffsetUnit::Utf16);
        assert_eq!(map, [0, 1, 1, 5]);
    }

    #[test]
    fn empty_text() {
        let table = OffsetTable::new("");
        assert_eq!(table.len(OffsetUnit::Utf16), 0);
        assert!(table.is_empty());
    }
}
