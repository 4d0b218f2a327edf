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

/// Lower-cased words of a name, without periods, possessives and "the".
pub fn name_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name
        .split(char::is_whitespace)
        .map(|w| {
            let w = trim_possessives(w.trim_end_matches(['’', '\'']));
            w.chars()
                .filter(|c| *c != '.')
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    words
}

/// Initials of the content words of a name: "North Atlantic Treaty Organization" → "nato".
pub(super) fn initials(words: &[String]) -> String {
    words
        .iter()
        .filter(|w| !matches!(w.as_str(), "of" | "the" | "and" | "for" | "&"))
        .filter_map(|w| w.chars().next())
        .collect()
}

fn is_acronym(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| *c != '.').collect();
    (2..=6).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
}

/// Groups the mentions (sorted by start). Returns them with their group ids, and
/// the groups with canonical names (the longest mention; ties: the first).
pub fn group(text: &str, mentions: &[Ungrouped]) -> (Vec<Mention>, Vec<Group>) {
    let words: Vec<Vec<String>> = mentions
        .iter()
        .map(|m| name_words(m.span.slice(text)))
        .collect();
    let mut group_of: Vec<Option<usize>> = vec![None; mentions.len()];
    let mut n_groups = 0;
    let longer = Longer::new(mentions, &words, family);
    // 1. Same normalised text within a label family.
    let mut by_key: HashMap<(&'static str, String), usize> = HashMap::default();
    // Multi-word names first, so that single words can join them afterwards.
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    crate::sort::by_key(&mut order, |&i| {
        (std::cmp::Reverse(words[i].len()), mentions[i].span.start)
    });
    for &i in &order {
        let m = &mentions[i];
        let fam = family(m.label);
        let key = (fam, words[i].join(" "));
        if let Some(&g) = by_key.get(&key) {
            group_of[i] = Some(g);
            continue;
        }
        // 2. A person's shorter form: its words end (or start) the words of a
        //    longer PERSON name; an acronym: the initials of a longer name.
        //    Both candidates have more words, so they are grouped already.
        let joined = if fam == "person" && words[i].len() < 3 {
            longer.nearest_person(&words[i], i)
        } else if fam == "place_or_org" && is_acronym(m.span.slice(text)) {
            longer.nearest_spelled(&words[i].join(""), i)
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
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn majority_label(labels: impl Iterator<Item = &'static str>) -> &'static str {
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
    fn names_are_normalised() {
        assert_eq!(name_words("the U.S."), ["us"]);
        assert_eq!(name_words("Putin’s"), ["putin"]);
        assert_eq!(canonical("Olha\u{a0}\nStefanishyna"), "Olha Stefanishyna");
    }
}
