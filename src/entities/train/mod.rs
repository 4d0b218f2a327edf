//! Training and evaluation support: corpora, the perceptron trainer, the model
//! writer and the scorer. Native only: never compiled into the wasm package
//! (the `entities` module gates it with `cfg(not(target_arch = "wasm32"))`).

pub mod corpus;
pub mod export;
pub mod perceptron;
pub mod score;
