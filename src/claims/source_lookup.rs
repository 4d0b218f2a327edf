//! The look-ups of speaker detection, as maps instead of scans.
//!
//! For every speech verb, `sources` looks for an unnamed source ending just
//! before it or starting just after it, and for an entity that ends or starts
//! there. Scanning every hit and every entity of the sentence for each verb
//! is quadratic in a long sentence (a 1 MB text with no full stop, 100,000
//! capitalised words with "said" among them). Each list is indexed once per
//! sentence by position; a look-up returns what the scan's first match was.

use super::lexicons::Hit;
use crate::analysis::Mention;
use foldhash::HashMap;

pub(super) struct Lookup<'a> {
    unnamed: &'a [Hit],
    /// Unnamed-source hits by first word → their indices, ascending.
    unnamed_by_first: HashMap<usize, Vec<usize>>,
    entities: &'a [Mention],
    /// The first entity (in list order) with a name label ending at a byte.
    named_by_end: HashMap<usize, usize>,
    /// The first entity (in list order) with a name label starting at a byte.
    named_by_start: HashMap<usize, usize>,
}

impl<'a> Lookup<'a> {
    pub fn new(unnamed: &'a [Hit], entities: &'a [Mention], name_labels: &[&str]) -> Self {
        let mut unnamed_by_first: HashMap<usize, Vec<usize>> = HashMap::default();
        for (k, h) in unnamed.iter().enumerate() {
            unnamed_by_first.entry(h.first).or_default().push(k);
        }
        let (mut named_by_end, mut named_by_start) = (HashMap::default(), HashMap::default());
        for (k, m) in entities.iter().enumerate() {
            if name_labels.contains(&m.label) {
                named_by_end.entry(m.span.end).or_insert(k);
                named_by_start.entry(m.span.start).or_insert(k);
            }
        }
        Lookup {
            unnamed,
            unnamed_by_first,
            entities,
            named_by_end,
            named_by_start,
        }
    }

    /// The first unnamed-source hit that ends by word `end` and starts at
    /// most six words before it.
    pub fn unnamed_ending(&self, end: usize) -> Option<&'a Hit> {
        (end.saturating_sub(6)..=end)
            .filter_map(|first| self.unnamed_by_first.get(&first))
            .flatten()
            .copied()
            .filter(|&k| self.unnamed[k].end <= end)
            .min()
            .map(|k| &self.unnamed[k])
    }

    /// The first unnamed-source hit starting at word `first`.
    pub fn unnamed_at(&self, first: usize) -> Option<&'a Hit> {
        let k = *self.unnamed_by_first.get(&first)?.first()?;
        Some(&self.unnamed[k])
    }

    /// The first named entity ending at byte `end`.
    pub fn entity_ending(&self, end: usize) -> Option<&'a Mention> {
        self.named_by_end.get(&end).map(|&k| &self.entities[k])
    }

    /// The first named entity starting at byte `start`.
    pub fn entity_starting(&self, start: usize) -> Option<&'a Mention> {
        self.named_by_start.get(&start).map(|&k| &self.entities[k])
    }
}
