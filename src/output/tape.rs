//! A flat encoding of any serde value (a "tape") that one small JavaScript
//! function, `src/wasm/tape.js`, turns into the same plain objects and arrays
//! that serde-wasm-bindgen's `json_compatible` serializer builds.
//!
//! Why: serde-wasm-bindgen builds the result from Rust with a call into
//! JavaScript for every object, property and string, about 1,700 calls for the
//! reference article. Measured on 2026-11-30 with `bench/ab.mjs`, a build that
//! returned nothing instead ran the reference article 13% faster and the GUM
//! texts 9% faster: that was the cost of building the result. Here Rust writes
//! numbers into one `Vec<f64>` and every string into one buffer, and the
//! reader takes both in one call per chunk. Measured the same way, the tape
//! took 5% off the reference article (3.79 → 3.59 ms) and 3% off the GUM
//! texts, both call orders agreeing; the objects' properties, set one by one
//! in JavaScript, are most of what is left.
//!
//! The tape is a sequence of `f64`s, read in order:
//!
//! ```text
//! value  := NULL | FALSE | TRUE | NUMBER x | STRING n | ARRAY value* END
//!         | OBJECT (key value)* END
//! key    := NEW_KEY n   (the next n UTF-16 units of the strings; appended to the key list)
//!         | k           (k ≥ 0: the k-th key of the key list)
//! ```
//!
//! `STRING n` and `NEW_KEY n` take the next `n` UTF-16 units of the strings
//! buffer, which holds every string in tape order. A field name is sent once
//! and then named by its index, so that JavaScript reuses one key string.
//!
//! The tape goes out in chunks of about [`CHUNK_OPS`] ops (each with its
//! strings), cut between ops, which the reader takes one after another: a
//! 2 MB article's result is 1.3 million ops (10 MB as `f64`s), and encoded
//! whole it raised the wasm package's peak memory from 17 to 47 MB.

use foldhash::HashMap;
use serde::ser::{self, Serialize};

pub const NULL: f64 = 0.0;
pub const FALSE: f64 = 1.0;
pub const TRUE: f64 = 2.0;
pub const NUMBER: f64 = 3.0;
pub const STRING: f64 = 4.0;
pub const ARRAY: f64 = 5.0;
pub const OBJECT: f64 = 6.0;
pub const END: f64 = -1.0;
pub const NEW_KEY: f64 = -2.0;

/// Ops a chunk holds before it is handed over (256 KB of `f64`s).
pub const CHUNK_OPS: usize = 32 * 1024;

/// An encoder writing to `sink`, which receives each chunk's ops and strings.
pub struct Tape<S> {
    ops: Vec<f64>,
    strings: String,
    limit: usize,
    sink: S,
    /// Field names already sent, by address and length (serde's field names
    /// are `&'static str`), with their index in the reader's key list.
    keys: HashMap<(usize, usize), u32>,
    /// A direct-mapped cache in front of `keys`: an article has some 1,000
    /// fields of a few dozen names, and hashing each was 75% of encoding.
    recent: [(usize, usize, u32); RECENT],
}

const RECENT: usize = 256;

/// Why a value could not be encoded (a map key that is not a string), or the
/// sink's own error.
#[derive(Debug)]
pub struct TapeError(pub String);

impl std::fmt::Display for TapeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TapeError {}

impl ser::Error for TapeError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        TapeError(msg.to_string())
    }
}

/// Where chunks go: each chunk's ops and strings.
pub trait Sink: FnMut(&[f64], &str) -> Result<(), TapeError> {}

impl<F: FnMut(&[f64], &str) -> Result<(), TapeError>> Sink for F {}

/// Encodes `value` in chunks of `limit` ops or one op more (an op is never cut
/// from its operand), handing each to `sink` as it fills, and the last one at
/// the end.
pub fn encode_to<T, S>(value: &T, limit: usize, sink: S) -> Result<(), TapeError>
where
    T: Serialize + ?Sized,
    S: Sink,
{
    let mut tape = Tape {
        ops: Vec::with_capacity(limit.clamp(2, CHUNK_OPS) + 2),
        strings: String::new(),
        limit: limit.max(1),
        sink,
        keys: HashMap::default(),
        // address 0 is no field name's: every slot starts as a miss
        recent: [(0, 0, 0); RECENT],
    };
    value.serialize(&mut tape)?;
    tape.flush()
}

/// The length of `s` in UTF-16 units, as JavaScript's `String.length`.
fn utf16_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().map(char::len_utf16).sum()
    }
}

impl<S: Sink> Tape<S> {
    fn flush(&mut self) -> Result<(), TapeError> {
        if !self.ops.is_empty() {
            (self.sink)(&self.ops, &self.strings)?;
            self.ops.clear();
            self.strings.clear();
        }
        Ok(())
    }

    /// Writes one op with its operands, in the current chunk or a new one.
    fn put(&mut self, op: &[f64]) -> Result<(), TapeError> {
        if self.ops.len() >= self.limit {
            self.flush()?;
        }
        self.ops.extend_from_slice(op);
        Ok(())
    }

    /// `STRING n` or `NEW_KEY n` with its text, in the same chunk.
    fn put_text(&mut self, op: f64, s: &str) -> Result<(), TapeError> {
        self.put(&[op, utf16_len(s) as f64])?;
        self.strings.push_str(s);
        Ok(())
    }

    /// A struct's field name: sent the first time, then named by its index.
    fn field(&mut self, name: &'static str) -> Result<(), TapeError> {
        let (at, len) = (name.as_ptr() as usize, name.len());
        let slot = ((at ^ len) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 56;
        let slot = slot as usize % RECENT;
        let (cached_at, cached_len, k) = self.recent[slot];
        if (cached_at, cached_len) == (at, len) {
            return self.put(&[f64::from(k)]);
        }
        let next = self.keys.len() as u32;
        let k = *self.keys.entry((at, len)).or_insert(next);
        self.recent[slot] = (at, len, k);
        if k == next {
            self.put_text(NEW_KEY, name)
        } else {
            self.put(&[f64::from(k)])
        }
    }

    /// `{ variant: … }`, serde's external tagging, as serde-wasm-bindgen writes it.
    fn open_variant(&mut self, variant: &'static str) -> Result<(), TapeError> {
        self.put(&[OBJECT])?;
        self.field(variant)
    }
}

mod compound;
mod serializer;
#[cfg(test)]
mod tests;

pub use compound::Compound;
