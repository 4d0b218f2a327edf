//! `annotate(text, options?)` and `class Annotator` for JavaScript.
//!
//! JavaScript strings reach Rust as UTF-8 through `TextEncoder`, which replaces a
//! lone surrogate (one UTF-16 unit) with U+FFFD (also one UTF-16 unit): lengths in
//! UTF-16 are preserved, so UTF-16 offsets still index the caller's own string.

use super::error;
use super::tape::to_js;
use crate::Options;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The options object; declared so that TypeScript sees `options?: AnnotateOptions`.
    #[wasm_bindgen(typescript_type = "AnnotateOptions")]
    pub type JsOptions;
}

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Reads the optional JS options object; `undefined`/`null` mean the defaults.
fn read_options(options: Option<JsOptions>) -> Result<Options, JsError> {
    match options {
        None => Ok(Options::default()),
        Some(obj) => {
            let value: JsValue = obj.into();
            if value.is_null() || value.is_undefined() {
                return Ok(Options::default());
            }
            if !value.is_object() {
                return Err(error::invalid_options(
                    "expected an object such as { offsets: \"utf16\" }",
                ));
            }
            // Through JSON, so that JS and the CLI share one parser and its checks
            // (unknown keys are rejected, not ignored).
            let json = js_sys::JSON::stringify(&value)
                .map_err(|_| error::invalid_options("the options object cannot be read as JSON"))?;
            Options::parse_json(&String::from(json)).map_err(error::invalid_options)
        }
    }
}

/// Annotates `text` with a shared annotator.
#[wasm_bindgen(js_name = annotate, unchecked_return_type = "Annotations")]
pub fn annotate(text: &str, options: Option<JsOptions>) -> Result<JsValue, JsError> {
    let options = read_options(options)?;
    to_js(&crate::annotate(text, &options))
}

/// Keeps the compiled resources and the options, for many documents.
#[wasm_bindgen(js_name = Annotator)]
pub struct JsAnnotator {
    inner: crate::Annotator,
}

#[wasm_bindgen(js_class = Annotator)]
impl JsAnnotator {
    #[wasm_bindgen(constructor)]
    pub fn new(options: Option<JsOptions>) -> Result<JsAnnotator, JsError> {
        let options = read_options(options)?;
        let inner = crate::Annotator::with_options(options).map_err(error::invalid_options)?;
        Ok(JsAnnotator { inner })
    }

    /// Annotates `text` with this annotator's options.
    #[wasm_bindgen(unchecked_return_type = "Annotations")]
    pub fn annotate(&self, text: &str) -> Result<JsValue, JsError> {
        to_js(&self.inner.annotate(text))
    }
}

/// The schema version this package produces.
#[wasm_bindgen(js_name = schemaVersion)]
pub fn schema_version() -> u32 {
    crate::schema::SCHEMA_VERSION
}
