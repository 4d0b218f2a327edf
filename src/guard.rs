//! Failure isolation between layers: a bug that panics inside one layer (the
//! entity tagger, quotes, claims) leaves that layer empty and reports it in
//! `errors`, and the other layers still reach the reader.
//!
//! This holds natively (the CLI, a batch over an archive), where panics unwind.
//! In the wasm package a panic aborts the call (stable Rust on
//! wasm32-unknown-unknown cannot unwind): JavaScript then receives a
//! `WebAssembly.RuntimeError`, which is an `Error`.

use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs `f`; if it panics, records `(layer, message)` in `errors` and returns
/// the layer's empty value.
pub fn guarded<T: Default>(
    layer: &'static str,
    errors: &mut Vec<(&'static str, String)>,
    f: impl FnOnce() -> T,
) -> T {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(value) => value,
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "internal error".to_string());
            errors.push((
                layer,
                format!("this layer failed and was left empty: {message}"),
            ));
            T::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panicking_layer_is_reported_and_left_empty() {
        let mut errors = Vec::new();
        let quiet = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let empty: Vec<u32> = guarded("quotes", &mut errors, || panic!("index out of bounds"));
        let kept: Vec<u32> = guarded("claims", &mut errors, || vec![1, 2]);
        std::panic::set_hook(quiet);
        assert!(empty.is_empty());
        assert_eq!(kept, [1, 2]);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].0, "quotes");
        assert!(
            errors[0].1.contains("index out of bounds"),
            "{:?}",
            errors[0]
        );
    }
}
