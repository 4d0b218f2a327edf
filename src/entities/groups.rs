//! Mention groups: every mention of one real-world entity gets the same group.
//!
//! "Vladimir Putin", "Putin" and "Putin’s" are one person; "NATO" and "North
//! Atlantic Treaty Organization" one organisation; "Monday" twice one date. A
//! surname alone joins the full name it belongs to (the nearest one before it,
//! else the first after it), an acronym joins the name whose initials it spells,
//! and anything else joins mentions with the same normalised text and label
//! family. A surname or pronoun is never a new entity of its own when a fuller
//! name is in the document.

use super::longer_names::Longer;
use crate::analysis::{Group, Mention};
use crate::text::span::Span;
use foldhash::HashMap;

/// A mention before grouping.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ungrouped {
    pub span: Span,
    pub label: &'static str,
    pub confidence: f32,
}

/// Labels that name the same kind of thing for grouping purposes: a country's
/// name tagged GPE once and ORG (its government) once is still one entity.
fn family(label: &str) -> &'static str {
    match label {
        "PERSON" => "person",
        "ORG" | "GPE" | "LOC" | "FAC" | "NORP" => "place_or_org",
        "DATE" | "TIME" => "time",
        _ => "value",
    }
}

/// A name's words, lower-cased, without periods, possessives and a leading
/// "the", joined by single spaces ("the U.S." → "us", "Putin’s" → "putin").
///
/// One string per mention, not a string per word: two names have the same
/// words exactly when their keys are equal, and the first or last `n` words
/// of a name are a slice of its key (a word never holds a space).
pub(super) struct NameKey {
    key: String,
    words: usize,
}

impl NameKey {
    pub(super) fn new(name: &str) -> NameKey {
        let mut key = String::with_capacity(name.len());
        let mut words = 0;
        for w in name.split(char::is_whitespace) {
            let w = trim_possessives(w.trim_end_matches(['’', '\'']));
            let mut letters = w.chars().filter(|c| *c != '.').flat_map(char::to_lowercase);
            if let Some(first) = letters.next() {
                if words > 0 {
                    key.push(' ');
                }
                key.push(first);
                key.extend(letters);
                words += 1;
            }
        }
        if words > 1 && key.starts_with("the ") {
            key.drain(..4);
            words -= 1;
        }
        NameKey { key, words }
    }

    pub(super) fn as_str(&self) -> &str {
        &self.key
    }

    /// How many words the name has.
    pub(super) fn len(&self) -> usize {
        self.words
    }

    pub(super) fn words(&self) -> impl Iterator<Item = &str> {
        self.key.split(' ').filter(|w| !w.is_empty())
    }

    /// The first `n` words (`n` at most [`Self::len`]), as a slice of the key.
    pub(super) fn first(&self, n: usize) -> &str {
        match n {
            0 => "",
            n if n >= self.words => &self.key,
            n => {
                let end = self.key.match_indices(' ').nth(n - 1).map_or(0, |(i, _)| i);
                &self.key[..end]
            }
        }
    }

    /// The last `n` words (`n` at most [`Self::len`]), as a slice of the key.
    pub(super) fn last(&self, n: usize) -> &str {
        match n {
            0 => "",
            n if n >= self.words => &self.key,
            n => {
                let at = self
                    .key
                    .rmatch_indices(' ')
                    .nth(n - 1)
                    .map_or(0, |(i, _)| i);
                &self.key[at + 1..]
            }
        }
    }

    /// The words with no spaces between them, as an acronym spells them.
    fn spelled(&self) -> std::borrow::Cow<'_, str> {
        if self.words > 1 {
            self.key.replace(' ', "").into()
        } else {
            self.key.as_str().into()
        }
    }
}

/// Initials of the content words of a name: "North Atlantic Treaty Organization" → "nato".
pub(super) fn initials(name: &NameKey) -> String {
    name.words()
        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "&"))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// Two to six letters, every one upper-case, with periods between them or not.
fn is_acronym(text: &str) -> bool {
    let mut letters = 0;
    for c in text.chars().filter(|c| *c != '.') {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    (2..=6).contains(&letters)
}

/// Groups the mentions (sorted by start). Returns them with their group ids, and
/// the groups with canonical names (the longest mention; ties: the first).
pub fn group(text: &str, mentions: &[Ungrouped]) -> (Vec<Mention>, Vec<Group>) {
    let words: Vec<NameKey> = mentions
        .iter()
        .map(|m| NameKey::new(m.span.slice(text)))
        .collect();
    let mut group_of: Vec<Option<usize>> = vec![None; mentions.len()];
    let mut n_groups = 0;
    let longer = Longer::new(mentions, &words, family);
    // 1. Same normalised text within a label family.
    let mut by_key: HashMap<(&'static str, &str), usize> = HashMap::default();
    // Multi-word names first, so that single words can join them afterwards.
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    crate::sort::by_key(&mut order, |&i| {
        (std::cmp::Reverse(words[i].len()), mentions[i].span.start)
    });
    for &i in &order {
        let m = &mentions[i];
        let fam = family(m.label);
        let key = (fam, words[i].as_str());
        if let Some(&g) = by_key.get(&key) {
            group_of[i] = Some(g);
            continue;
        }
        // 2. A person's shorter form: its words end (or start) the words of a
        //    longer PERSON name; an acronym: the initials of a longer name.
        //    Both candidates have more words, so they are grouped already.
        let joined = if fam == "person" && words[i].len() < 3 {
            longer.nearest_person(words[i].as_str(), i)
        } else if fam == "place_or_org" && is_acronym(m.span.slice(text)) {
            longer.nearest_spelled(&words[i].spelled(), i)
        } else {
            None
        };
        let g = joined.and_then(|j| group_of[j]).unwrap_or_else(|| {
            n_groups += 1;
            n_groups - 1
        });
        group_of[i] = Some(g);
        by_key.entry(key).or_insert(g);
    }
    build(text, mentions, &group_of, n_groups)
}

fn build(
    text: &str,
    mentions: &[Ungrouped],
    group_of: &[Option<usize>],
    n: usize,
) -> (Vec<Mention>, Vec<Group>) {
    let mut groups: Vec<Group> = (0..n)
        .map(|_| Group {
            name: String::new(),
            label: "",
            mentions: Vec::new(),
            roles: Vec::new(),
        })
        .collect();
    let mut out = Vec::with_capacity(mentions.len());
    for (i, m) in mentions.iter().enumerate() {
        let g = group_of[i].expect("every mention is grouped");
        groups[g].mentions.push(i);
        out.push(Mention {
            span: m.span,
            label: m.label,
            group: g,
            confidence: m.confidence,
        });
    }
    // Renumber groups by first mention, so ids read in document order.
    let mut order: Vec<usize> = (0..n).collect();
    crate::sort::by_key(&mut order, |&g| {
        groups[g].mentions.first().copied().unwrap_or(usize::MAX)
    });
    let mut new_id = vec![0; n];
    for (new, &old) in order.iter().enumerate() {
        new_id[old] = new;
    }
    for m in &mut out {
        m.group = new_id[m.group];
    }
    let mut sorted: Vec<Group> = order
        .into_iter()
        .map(|g| {
            std::mem::replace(
                &mut groups[g],
                Group {
                    name: String::new(),
                    label: "",
                    mentions: Vec::new(),
                    roles: Vec::new(),
                },
            )
        })
        .collect();
    for g in &mut sorted {
        let best = g
            .mentions
            .iter()
            .copied()
            .max_by_key(|&i| (mentions[i].span.len(), std::cmp::Reverse(i)))
            .expect("groups are not empty");
        g.name = canonical(mentions[best].span.slice(text));
        g.label = majority_label(g.mentions.iter().map(|&i| mentions[i].label));
    }
    (out, sorted)
}

/// The name with white space (incl. nbsp and line breaks) collapsed to single spaces.
fn canonical(s: &str) -> String {
    let mut name = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(w);
    }
    name
}

/// The most frequent label (ties: the last of them seen first).
fn majority_label(labels: impl Iterator<Item = &'static str> + Clone) -> &'static str {
    // most groups have one label: no counting then
    let mut rest = labels.clone();
    let first = rest.next().unwrap_or("");
    if rest.all(|l| l == first) {
        return first;
    }
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for l in labels {
        match counts.iter_mut().find(|(x, _)| *x == l) {
            Some((_, n)) => *n += 1,
            None => counts.push((l, 1)),
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .map(|(l, _)| *l)
        .unwrap_or("")
}

/// `w` without trailing "’s" and then "'s" suffixes, as
/// `w.trim_end_matches("’s").trim_end_matches("'s")` gives it, without
/// building a string searcher for every word.
pub(super) fn trim_possessives(mut w: &str) -> &str {
    while let Some(r) = w.strip_suffix("’s") {
        w = r;
    }
    while let Some(r) = w.strip_suffix("'s") {
        w = r;
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_possessives_is_the_two_trims() {
        for w in [
            "Putin’s",
            "Putin's",
            "Putin’s's",
            "Putin's’s",
            "’s’s",
            "s",
            "",
            "Kyiv",
            "Jones’",
        ] {
            let old = w.trim_end_matches("’s").trim_end_matches("'s");
            assert_eq!(trim_possessives(w), old, "{w}");
        }
    }

    fn grouped(text: &str, mentions: &[(&str, &'static str)]) -> (Vec<usize>, Vec<String>) {
        let mut from = 0;
        let ungrouped: Vec<Ungrouped> = mentions
            .iter()
            .map(|(m, label)| {
                let start = from + text[from..].find(m).expect("mention in text");
                from = start + m.len();
                Ungrouped {
                    span: Span::new(start, start + m.len()),
                    label,
                    confidence: 1.0,
                }
            })
            .collect();
        let (out, groups) = group(text, &ungrouped);
        (
            out.iter().map(|m| m.group).collect(),
            groups.into_iter().map(|g| g.name).collect(),
        )
    }

    #[test]
    fn surnames_join_the_full_name_before_or_after() {
        let text = "Putin spoke. Vladimir Putin said more. Putin’s remarks followed.";
        let (ids, names) = grouped(
            text,
            &[
                ("Putin", "PERSON"),
                ("Vladimir Putin", "PERSON"),
                ("Putin", "PERSON"),
            ],
        );
        assert_eq!(ids, [0, 0, 0]);
        assert_eq!(names, ["Vladimir Putin"]);
    }

    #[test]
    fn two_people_with_one_surname_take_the_nearest() {
        let text = "Hillary Clinton met Bill Clinton. Later Clinton said no.";
        let (ids, _) = grouped(
            text,
            &[
                ("Hillary Clinton", "PERSON"),
                ("Bill Clinton", "PERSON"),
                ("Clinton", "PERSON"),
            ],
        );
        assert_eq!(ids, [0, 1, 1]);
    }

    #[test]
    fn acronyms_and_same_names_group_but_different_labels_families_do_not() {
        let text = "The North Atlantic Treaty Organization met. NATO agreed. Monday came; Monday went. Jordan the country, Jordan the player.";
        let (ids, names) = grouped(
            text,
            &[
                ("North Atlantic Treaty Organization", "ORG"),
                ("NATO", "ORG"),
                ("Monday", "DATE"),
                ("Monday", "DATE"),
                ("Jordan", "GPE"),
                ("Jordan", "PERSON"),
            ],
        );
        assert_eq!(ids, [0, 0, 1, 1, 2, 3]);
        assert_eq!(names[0], "North Atlantic Treaty Organization");
    }

    #[test]
    fn a_name_key_gives_its_first_and_last_words() {
        let key = NameKey::new("The  Vladimir\u{a0}Vladimirovich PUTIN’s");
        assert_eq!(key.as_str(), "vladimir vladimirovich putin");
        assert_eq!(key.len(), 3);
        assert_eq!(
            key.words().collect::<Vec<_>>(),
            ["vladimir", "vladimirovich", "putin"]
        );
        let firsts: Vec<&str> = (0..=4).map(|n| key.first(n)).collect();
        assert_eq!(
            firsts,
            [
                "",
                "vladimir",
                "vladimir vladimirovich",
                key.as_str(),
                key.as_str()
            ]
        );
        let lasts: Vec<&str> = (0..=4).map(|n| key.last(n)).collect();
        assert_eq!(
            lasts,
            [
                "",
                "putin",
                "vladimirovich putin",
                key.as_str(),
                key.as_str()
            ]
        );
        assert_eq!(
            NameKey::new("U.N. Security Council").spelled(),
            "unsecuritycouncil"
        );
        assert_eq!(initials(&NameKey::new("Bank of the United States")), "bus");
    }

    #[test]
    fn acronyms_are_two_to_six_capitals() {
        for yes in ["NATO", "U.S.", "OSCE", "ABCDEF"] {
            assert!(is_acronym(yes), "{yes}");
        }
        for no in ["N", "ABCDEFG", "Nato", "U.s.", "", "..."] {
            assert!(!is_acronym(no), "{no}");
        }
    }

    #[test]
    fn the_majority_label_wins_and_ties_go_to_the_last_seen_first() {
        let labels = |ls: &[&'static str]| majority_label(ls.iter().copied());
        assert_eq!(labels(&["GPE"]), "GPE");
        assert_eq!(labels(&["GPE", "ORG", "ORG"]), "ORG");
        assert_eq!(labels(&["ORG", "GPE", "GPE", "ORG"]), "GPE");
        assert_eq!(labels(&[]), "");
    }

    #[test]
    fn canonical_names_have_single_spaces() {
        assert_eq!(canonical(" Olha \t Stefanishyna \n"), "Olha Stefanishyna");
    }

    #[test]
    fn names_are_normalised() {
        assert_eq!(NameKey::new("the U.S.").as_str(), "us");
        assert_eq!(NameKey::new("Putin’s").as_str(), "putin");
        assert_eq!(NameKey::new("the").as_str(), "the");
        assert_eq!(NameKey::new(" ’s . ").len(), 0);
        assert_eq!(canonical("Olha\u{a0}\nStefanishyna"), "Olha Stefanishyna");
    }
}
