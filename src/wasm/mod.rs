//! The WebAssembly binding: the only module that imports wasm-bindgen, js-sys or
//! web-sys. It converts options in and annotations out; all logic lives in the core.

mod api;
mod dom_apply;
mod dom_walk;
mod error;
mod highlight;
mod js_read;
mod tape;
mod types;

pub use api::{annotate, schema_version, JsAnnotator, JsOptions};
pub use highlight::{highlight_element, reanchor, Highlight};
