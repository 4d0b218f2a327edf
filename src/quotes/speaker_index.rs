//! Look-up tables that keep speaker resolution linear in the document.
//!
//! The resolver once answered each question by walking back through every
//! name or speaker before the phrase ("the last person who spoke", "the last
//! fuller name ending with Smith"). When the answer is "none" — a pronoun with
//! no fitting antecedent, a surname never given in full — each walk reaches
//! the start of the text, and a document full of such phrases took quadratic
//! time. Each table here answers the same question with the same result in
//! O(1) or O(log n): the last fitting record per class, and names and roles
//! keyed by surname.

use super::speakers::{class_of, last_word, Class, Known, Resolved};
use crate::analysis::Group;
use crate::text::span::Span;
use foldhash::HashMap;

/// Speakers already resolved, by the pronoun class they can stand for: "he"
/// and "she" take a person, "they" and "it" an organisation or an unnamed
/// source ("officials").
#[derive(Default)]
pub(crate) struct Recent {
    person: Vec<(usize, Resolved)>,
    org: Vec<(usize, Resolved)>,
}

impl Recent {
    /// Remembers `r`, spoken at byte `pos`.
    pub fn push(&mut self, pos: usize, r: &Resolved) {
        if r.class == Class::Person {
            self.person.push((pos, r.clone()));
        }
        if r.class == Class::Org || r.unnamed {
            self.org.push((pos, r.clone()));
        }
    }

    /// The last speaker remembered for `want` that spoke at or before `pos`.
    /// Speakers are resolved in text order, so the newest record fits and
    /// the walk stops at once.
    pub fn last(&self, want: Class, pos: usize) -> Option<&(usize, Resolved)> {
        let list = if want == Class::Person {
            &self.person
        } else {
            &self.org
        };
        list.iter().rev().find(|(p, _)| *p <= pos)
    }
}

/// Sentence subjects (first names of their sentences), by class: what a
/// pronoun falls back on when no speaker fits ("Harry Kane won… He said").
pub(crate) struct Subjects {
    person: Vec<usize>,
    org: Vec<usize>,
}

impl Subjects {
    pub fn new(known: &[Known]) -> Self {
        let of = |c: Class| -> Vec<usize> {
            (0..known.len())
                .filter(|&i| known[i].subject && known[i].class == c)
                .collect()
        };
        Subjects {
            person: of(Class::Person),
            org: of(Class::Org),
        }
    }

    /// The last subject of class `want` among `known[..before]`.
    pub fn last(&self, want: Class, before: usize) -> Option<usize> {
        let list = match want {
            Class::Person => &self.person,
            Class::Org => &self.org,
            Class::Other => return None,
        };
        let n = list.partition_point(|&i| i < before);
        n.checked_sub(1).map(|j| list[j])
    }
}

/// The furthest end of the names up to each index, so that the search for a
/// name overlapping a phrase stops as soon as no earlier name can reach it.
pub(crate) struct Reach(Vec<usize>);

impl Reach {
    pub fn new(known: &[Known]) -> Self {
        let mut max = 0;
        Reach(
            known
                .iter()
                .map(|k| {
                    max = max.max(k.span.end);
                    max
                })
                .collect(),
        )
    }

    /// The last of `known[..before]` that overlaps `span`.
    pub fn last_overlapping(&self, known: &[Known], before: usize, span: Span) -> Option<usize> {
        let mut i = before.min(known.len());
        while i > 0 && self.0[i - 1] > span.start {
            i -= 1;
            if known[i].span.overlaps(span) {
                return Some(i);
            }
        }
        None
    }
}

/// A name in a per-surname list: its index, length, and the nearest earlier
/// entry of the list with a longer name.
struct Entry {
    idx: usize,
    len: usize,
    prev_longer: Option<usize>,
}

/// Names that are not organisations, keyed by the surname they end with:
/// the fuller name a bare surname stands for ("Rathbun" → "Mark Rathbun").
pub(crate) struct Fuller(HashMap<String, Vec<Entry>>);

impl Fuller {
    pub fn new(known: &[Known]) -> Self {
        let mut map: HashMap<String, Vec<Entry>> = HashMap::default();
        for (idx, k) in known.iter().enumerate() {
            if k.class != Class::Org {
                map.entry(last_word(k.name).to_string())
                    .or_default()
                    .push(Entry {
                        idx,
                        len: k.name.len(),
                        prev_longer: None,
                    });
            }
        }
        for list in map.values_mut() {
            let mut stack: Vec<usize> = Vec::new();
            for j in 0..list.len() {
                while stack.last().is_some_and(|&t| list[t].len <= list[j].len) {
                    stack.pop();
                }
                list[j].prev_longer = stack.last().copied();
                stack.push(j);
            }
        }
        Fuller(map)
    }

    /// The last of `known[..before]` whose name ends with `surname` and is
    /// longer than `len` bytes. Each jump lands on a strictly longer name, so
    /// the walk takes at most as many steps as a name has bytes.
    pub fn last_longer(&self, surname: &str, before: usize, len: usize) -> Option<usize> {
        let list = self.0.get(surname)?;
        let mut j = list.partition_point(|e| e.idx < before).checked_sub(1)?;
        loop {
            if list[j].len > len {
                return Some(list[j].idx);
            }
            j = list[j].prev_longer?;
        }
    }
}

/// Entity groups by surname (people) and by role ("the President").
pub(crate) struct Groups {
    /// Per surname: each person group with the longest name up to it.
    by_surname: HashMap<String, Vec<(usize, usize)>>,
    /// Per role, lower-cased: the first group that holds it.
    by_role: HashMap<String, usize>,
}

impl Groups {
    pub fn new(groups: &[Group]) -> Self {
        let mut by_surname: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
        let mut by_role = HashMap::default();
        for (g, group) in groups.iter().enumerate() {
            if class_of(group.label) == Class::Person {
                let list = by_surname
                    .entry(last_word(&group.name).to_string())
                    .or_default();
                let longest = list.last().map_or(0, |&(_, m)| m).max(group.name.len());
                list.push((g, longest));
            }
            for r in &group.roles {
                by_role.entry(r.to_ascii_lowercase()).or_insert(g);
            }
        }
        Groups {
            by_surname,
            by_role,
        }
    }

    /// The first group whose name ends with the last word of `words` and is
    /// longer than them, or that holds `words` as a role.
    pub fn find(&self, words: &str) -> Option<usize> {
        let named = self.by_surname.get(last_word(words)).and_then(|list| {
            let j = list.partition_point(|&(_, longest)| longest <= words.len());
            list.get(j).map(|&(g, _)| g)
        });
        let role = self.by_role.get(&words.to_ascii_lowercase()).copied();
        match (named, role) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known<'a>(names: &[(&'a str, Class)]) -> Vec<Known<'a>> {
        names
            .iter()
            .enumerate()
            .map(|(i, &(name, class))| Known {
                span: Span::new(i * 10, i * 10 + 5),
                name,
                class,
                group: None,
                subject: i % 2 == 0,
            })
            .collect()
    }

    #[test]
    fn fuller_skips_shorter_names_and_organisations() {
        let k = known(&[
            ("Mark Smith", Class::Person),
            ("Smith", Class::Person),
            ("Smith", Class::Other),
            ("Acme Smith", Class::Org),
            ("Jones", Class::Person),
        ]);
        let f = Fuller::new(&k);
        assert_eq!(f.last_longer("Smith", 5, 5), Some(0));
        assert_eq!(f.last_longer("Smith", 5, 10), None);
        assert_eq!(f.last_longer("Smith", 0, 5), None);
        assert_eq!(f.last_longer("Brown", 5, 0), None);
    }

    #[test]
    fn groups_by_surname_or_role_take_the_first() {
        let group = |name: &str, label, roles: &[&str]| Group {
            name: name.to_string(),
            label,
            mentions: Vec::new(),
            roles: roles.iter().map(|r| r.to_string()).collect(),
        };
        let gs = [
            group("Smith", "PERSON", &[]),
            group("Acme Smith", "ORG", &[]),
            group("Jane Smith", "PERSON", &["the President"]),
            group("John Smith", "PERSON", &[]),
        ];
        let g = Groups::new(&gs);
        assert_eq!(g.find("Smith"), Some(2));
        assert_eq!(g.find("The President"), Some(2));
        assert_eq!(g.find("Jane Smith"), None);
        assert_eq!(g.find("J. Smith"), Some(2));
        assert_eq!(g.find("Brown"), None);
    }

    #[test]
    fn subjects_reach_and_recent_give_the_last_fitting() {
        let k = known(&[
            ("Kane", Class::Person),
            ("Acme", Class::Org),
            ("Uefa", Class::Org),
        ]);
        let s = Subjects::new(&k);
        assert_eq!(s.last(Class::Org, 3), Some(2));
        assert_eq!(s.last(Class::Org, 2), None);
        assert_eq!(s.last(Class::Person, 3), Some(0));
        let reach = Reach::new(&k);
        assert_eq!(reach.last_overlapping(&k, 3, Span::new(12, 13)), Some(1));
        assert_eq!(reach.last_overlapping(&k, 3, Span::new(6, 9)), None);
        let mut recent = Recent::default();
        let r = |class, unnamed| Resolved {
            group: None,
            name: String::new(),
            class,
            unnamed,
        };
        recent.push(5, &r(Class::Person, false));
        recent.push(9, &r(Class::Other, true));
        assert_eq!(recent.last(Class::Org, 10).map(|x| x.0), Some(9));
        assert_eq!(recent.last(Class::Person, 10).map(|x| x.0), Some(5));
        assert_eq!(recent.last(Class::Person, 4), None);
    }
}
