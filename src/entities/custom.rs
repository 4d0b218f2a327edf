//! A newsroom's own names (`Options::custom_entities`): found wherever they occur
//! as whole words, and winning over the model and the rules where they overlap.

use crate::options::CustomEntity;
use crate::options::ENTITY_LABELS;
use crate::text::span::Span;

/// The custom names, longest first so that "Qwiket AI Labs" wins over "Qwiket AI".
#[derive(Clone, Debug, Default)]
pub struct CustomNames {
    entries: Vec<(String, &'static str)>,
}

impl CustomNames {
    pub fn new(entities: &[CustomEntity]) -> CustomNames {
        let mut entries: Vec<(String, &'static str)> = entities
            .iter()
            .filter_map(|e| {
                let label = ENTITY_LABELS.iter().find(|l| **l == e.label)?;
                let text = e.text.trim();
                (!text.is_empty()).then(|| (text.to_string(), *label))
            })
            .collect();
        crate::sort::by_key(&mut entries, |(t, _)| std::cmp::Reverse(t.len()));
        CustomNames { entries }
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Non-overlapping whole-word occurrences, sorted by start.
    pub fn find(&self, text: &str) -> Vec<(Span, &'static str)> {
        let mut found: Vec<(Span, &'static str)> = Vec::new();
        for (name, label) in &self.entries {
            for (start, _) in text.match_indices(name.as_str()) {
                let span = Span::new(start, start + name.len());
                let before_ok = !text[..start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                let after_ok = !text[span.end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                if before_ok && after_ok && !found.iter().any(|(f, _)| f.overlaps(span)) {
                    found.push((span, label));
                }
            }
        }
        crate::sort::by_key(&mut found, |(s, _)| s.start);
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[(&str, &str)]) -> CustomNames {
        CustomNames::new(
            &list
                .iter()
                .map(|(t, l)| CustomEntity {
                    text: t.to_string(),
                    label: l.to_string(),
                })
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn whole_words_longest_first() {
        let n = names(&[
            ("Qwiket AI", "ORG"),
            ("Qwiket AI Labs", "ORG"),
            ("AI", "PRODUCT"),
        ]);
        let text = "Qwiket AI Labs and Qwiket AI; FAIR and AIs.";
        let found: Vec<&str> = n.find(text).iter().map(|(s, _)| s.slice(text)).collect();
        assert_eq!(found, ["Qwiket AI Labs", "Qwiket AI"]);
    }

    #[test]
    fn no_partial_words() {
        let n = names(&[("Kyiv", "GPE")]);
        assert!(n.find("Kyivstar").is_empty());
        assert_eq!(n.find("in Kyiv.").len(), 1);
    }
}
