//! `ner_train`: native only (training and evaluation read files and are never part
//! of the wasm package); see `native.rs`.

#[cfg(not(target_arch = "wasm32"))]
mod native;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
