//! `annotate`: the native command line for the annotator.
//!
//! ```text
//! annotate article.txt                      # one JSON document on stdout
//! annotate --html page.html --offsets chars
//! annotate --jsonl < archive.jsonl          # {"id","text"} per line in, one result per line out
//! annotate --jsonl --threads 4 --stats archive.jsonl > out.jsonl
//! ```

#[cfg(not(target_arch = "wasm32"))]
mod batch;
#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod jsonl;
#[cfg(not(target_arch = "wasm32"))]
mod progress;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// The CLI is native only; this keeps `cargo build --target wasm32-unknown-unknown` whole.
#[cfg(target_arch = "wasm32")]
fn main() {}
