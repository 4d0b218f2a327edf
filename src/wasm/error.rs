//! Failures at the JS boundary become real `Error` objects with a clear message.

use wasm_bindgen::JsError;

pub fn invalid_options(why: impl std::fmt::Display) -> JsError {
    JsError::new(&format!("article-annotator: invalid options: {why}"))
}

pub fn output_failed(why: impl std::fmt::Display) -> JsError {
    JsError::new(&format!(
        "article-annotator: could not convert the annotations: {why}"
    ))
}

pub fn dom_failed(why: wasm_bindgen::JsValue) -> JsError {
    let detail = js_sys::JSON::stringify(&why)
        .map(String::from)
        .unwrap_or_default();
    JsError::new(&format!(
        "article-annotator: could not change the page: {detail}"
    ))
}
