//! Highlighting a live page, without the page: the pure half of
//! `highlightElement` and of re-anchoring (the wasm binding walks the DOM and
//! applies the plan; everything that decides lives here and is tested natively).
//!
//! The DOM's text is a list of [`Chunk`]s, one per text node, each with the break
//! that block elements put before it. [`Layout`] joins them into the text the
//! annotator reads (paragraph breaks between blocks) while keeping the *DOM text*
//! — the text nodes alone, no separators — as the coordinate system of marks and
//! W3C selectors, in UTF-16 code units as the DOM counts them.
//! [`marks_from_annotations`] and [`anchor`] produce [`Mark`]s; [`pieces`] cuts
//! each text node where marks begin and end.

mod anchor;
#[cfg(all(test, not(target_arch = "wasm32")))] // proptest is a native dev-dependency
mod anchor_all_tests;
mod distance;
mod edited;
mod layout;
mod marks;
mod needles;
mod pieces;

pub use anchor::{anchor, anchor_all, Located, Placement};
pub use layout::{Break, Chunk, Layout};
pub use marks::{marks_from_annotations, sort_marks, Ids, Kind, Mark, Selector};
pub use pieces::{pieces, Piece};

/// Helpers for the tests of this module's files.
#[cfg(test)]
pub(crate) mod testing {
    /// The UTF-16 units of `s`, as the DOM counts them.
    pub fn u(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }
}
