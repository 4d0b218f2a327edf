//! The longer names a short mention can join, found by key instead of by scan.
//!
//! Grouping joins a surname to the nearest PERSON name that starts or ends
//! with it, and an acronym to the nearest organisation or place whose
//! initials it spells. Looking for "the nearest" by walking the mentions out
//! from each one is quadratic when nothing matches (100,000 "Smith"s and no
//! "John Smith"). Every candidate is indexed here once, under each key that
//! can find it, with its mentions in document order; the nearest one is then
//! two binary searches away. Candidates have more words than the mention
//! looking for them, so grouping (longest names first) has always given them
//! a group by the time they are asked for.

use super::groups::{initials, NameKey, Ungrouped};
use foldhash::HashMap;

/// The longest short form that looks for a longer person name, in words.
const MAX_SHORT: usize = 2;

pub(super) struct Longer<'a> {
    /// The first or last words (`0..=MAX_SHORT` of them, as [`NameKey`]s
    /// are written) of PERSON names longer than that → mentions, ascending.
    people: HashMap<&'a str, Vec<usize>>,
    /// Initials of organisation and place names of two words or more → mentions, ascending.
    spelled: HashMap<String, Vec<usize>>,
}

impl<'a> Longer<'a> {
    pub fn new(
        mentions: &[Ungrouped],
        words: &'a [NameKey],
        family: impl Fn(&str) -> &'static str,
    ) -> Longer<'a> {
        let mut people: HashMap<&str, Vec<usize>> = HashMap::default();
        let mut spelled: HashMap<String, Vec<usize>> = HashMap::default();
        for (j, m) in mentions.iter().enumerate() {
            let w = &words[j];
            if m.label == "PERSON" {
                for n in 0..w.len().min(MAX_SHORT + 1) {
                    let prefix = w.first(n);
                    people.entry(prefix).or_default().push(j);
                    let suffix = w.last(n);
                    if suffix != prefix {
                        people.entry(suffix).or_default().push(j);
                    }
                }
            }
            if family(m.label) == "place_or_org" && w.len() > 1 {
                spelled.entry(initials(w)).or_default().push(j);
            }
        }
        Longer { people, spelled }
    }

    /// The PERSON name nearest before mention `i` (else first after it) whose
    /// words start or end with the words of `short` (a [`NameKey`]) and are more.
    pub fn nearest_person(&self, short: &str, i: usize) -> Option<usize> {
        nearest(self.people.get(short)?, i)
    }

    /// The organisation or place nearest before mention `i` (else first after
    /// it) whose initials spell `acronym`.
    pub fn nearest_spelled(&self, acronym: &str, i: usize) -> Option<usize> {
        nearest(self.spelled.get(acronym)?, i)
    }
}

/// The last of `sorted` before `i`, else the first after it.
fn nearest(sorted: &[usize], i: usize) -> Option<usize> {
    let k = sorted.partition_point(|&j| j < i);
    let after = sorted[k..].iter().copied().find(|&j| j != i);
    k.checked_sub(1).map(|b| sorted[b]).or(after)
}
