//! Teaser headlines: after a bare teaser label ("Read more:", "Related:" alone on
//! its line, marked `navigation`), the next line is the linked article's
//! headline, also `navigation`. Only a short line without a sentence end is
//! taken, so body prose after such a label is never marked.

use super::lexicon;
use super::lines::{Keys, Line};
use super::shape::ends_sentence;
use super::{Marked, NAVIGATION};

/// Longest teaser headline, in chars.
const TEASER_MAX_CHARS: usize = 200;

/// Marks the line after a bare `label:` teaser ("Read more:", "Related:" with
/// nothing after it) when it is a short headline: no sentence end, so body
/// prose after such a label is never taken.
pub(crate) fn mark_teaser_titles(lines: &[Line], keys: &[Keys], hits: &mut [Option<Marked>]) {
    for i in 1..lines.len() {
        let after_label =
            hits[i - 1].is_some_and(|m| m.reason == NAVIGATION) && is_bare_label(&keys[i - 1]);
        let line = &lines[i];
        if after_label
            && hits[i].is_none()
            && line.standalone
            && !ends_sentence(line.text)
            && line.text.chars().count() <= TEASER_MAX_CHARS
        {
            hits[i] = Some(Marked {
                span: line.span,
                reason: NAVIGATION,
            });
        }
    }
}

/// The line is exactly a `label:` prefix entry ("read more:").
fn is_bare_label(keys: &Keys) -> bool {
    lexicon::navigation()
        .prefix(&keys.head, true)
        .is_some_and(|e| e.phrase.ends_with(':') && e.phrase == keys.head)
}

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use super::*;

    #[test]
    fn headline_after_a_bare_teaser_label() {
        let title = "Putin proposes U.S. investment in rare earth metals";
        for label in ["Read more:", "RELATED:", "See also:"] {
            let text = in_body(&format!("{label}\n\n{title}"));
            assert_eq!(reason_of(&text, title), Some(NAVIGATION), "{label}");
        }
        // Prose after the label, a label with its own title, a label without colon.
        let text = format!(
            "{BODY}\n\nRead more:\n\nThe ministry did not respond to a request for comment."
        );
        assert_eq!(marks(&text), [(NAVIGATION, "Read more:".to_string())]);
        let text = in_body(&format!("Related: Kyiv nears deal\n\n{title}"));
        assert_eq!(reason_of(&text, title), None);
        let text = in_body(&format!("Read more\n\n{title}"));
        assert_eq!(reason_of(&text, title), None);
    }
}
