//! Values to JavaScript through a tape (`crate::output::tape`), read by
//! `tape.js` a chunk at a time.

use super::error;
use crate::output::tape::{encode_to, TapeError, CHUNK_OPS};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/wasm/tape.js")]
extern "C" {
    type TapeReader;
    #[wasm_bindgen(constructor)]
    fn new() -> TapeReader;
    #[wasm_bindgen(method, catch)]
    fn feed(this: &TapeReader, ops: &[f64], strings: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch)]
    fn finish(this: &TapeReader) -> Result<JsValue, JsValue>;
}

/// `value` as plain JS objects and arrays, `null` for absent values: what
/// `serde_wasm_bindgen::Serializer::json_compatible()` builds (tests/web.rs
/// checks that the two agree).
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    let reader = TapeReader::new();
    encode_to(value, CHUNK_OPS, |ops, strings| {
        reader.feed(ops, strings).map_err(reader_error)
    })
    .map_err(error::output_failed)?;
    reader
        .finish()
        .map_err(|e| error::output_failed(reader_error(e)))
}

fn reader_error(e: JsValue) -> TapeError {
    TapeError(
        e.dyn_ref::<js_sys::Error>()
            .map_or_else(|| "the reader failed".into(), |e| e.message().into()),
    )
}
