//! Document-level consistency (placeholder pass-through; filled in next).

use super::Coarse;

/// Applies the document-level passes to the model's names.
pub fn apply(_text: &str, _sentences: &[Vec<(usize, usize)>], names: Vec<Coarse>) -> Vec<Coarse> {
    names
}
