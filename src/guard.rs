//! Failure isolation between layers: a bug that panics inside one layer (the
//! boilerplate detector, the entity tagger, quotes, claims) leaves that layer
//! empty and reports it in `errors`, and the other layers still reach the reader.
//!
//! This holds natively (the CLI, a batch over an archive) and in the wasm
//! package, which is built to unwind: `scripts/wasm_env.sh` rebuilds the standard
//! library with WebAssembly exception handling, as the one rustup ships for
//! wasm32-unknown-unknown aborts on a panic (the call would end in a
//! `WebAssembly.RuntimeError: unreachable`, with the layers that had succeeded
//! lost and the instance's state left wherever the panic stopped it). A panic
//! outside the layers reaches JavaScript as wasm-bindgen's `PanicError`, an
//! `Error` with the panic's message, and the instance stays usable.
//!
//! Builds with the `fault-injection` feature (and unit tests) can make a layer
//! fail on purpose, to test all this end to end: see [`fault_point`].

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

/// In builds with the `fault-injection` feature (never the shipped package) and
/// in unit tests: panics when `text` contains `[[fault:LAYER]]` for this
/// `layer`, so that tests can see a failing layer degrade in the real pipeline,
/// through the JavaScript boundary. Otherwise it does nothing and compiles away.
#[inline(always)]
pub fn fault_point(layer: &str, text: &str) {
    #[cfg(any(test, feature = "fault-injection"))]
    for (at, marker) in text.match_indices("[[fault:") {
        let named = &text[at + marker.len()..];
        if named
            .strip_prefix(layer)
            .is_some_and(|r| r.starts_with("]]"))
        {
            panic!("injected fault in {layer}");
        }
    }
    #[cfg(not(any(test, feature = "fault-injection")))]
    let _ = (layer, text);
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

    #[test]
    fn a_fault_point_fails_only_the_layer_its_marker_names() {
        let fails = |layer: &str, text: &str| {
            catch_unwind(AssertUnwindSafe(|| fault_point(layer, text))).is_err()
        };
        assert!(fails("quotes", "Text.\n\n[[fault:quotes]]"));
        assert!(fails("claims", "[[fault:quotes]] and [[fault:claims]]"));
        assert!(!fails("claims", "Text.\n\n[[fault:quotes]]"));
        assert!(!fails(
            "quotes",
            "[[fault:quotesx]] [[fault:quote]] [fault:quotes]"
        ));
        assert!(!fails("quotes", "no marker at all"));
    }
}
