//! Names with "and" inside: "National Air and Space Museum", "U.S. Space and
//! Rocket Center".
//!
//! The tagger reads "and" as the end of a name and returns two ("National
//! Air" + "Space Museum"). Two names joined by "and" or "&" are one when the
//! second ends in an institution word (Museum, Center, Council…), the first
//! has none, and the first ends in an ordinary capitalised noun ("Air",
//! "Space"): a name of its own would not end that way. "Britain and the
//! European Union", "Goldman Sachs and Morgan Stanley Bank" and "Smith and
//! Jones Council" stay apart: the first ends in a name, not a common noun.

use super::gazetteer::{Gazetteer, List};
use super::hash;
use super::Coarse;
use crate::text::span::Span;

const PERSON: usize = 0;

/// Merges coordinated halves of one name; names stay sorted by position.
pub fn apply(text: &str, gaz: &Gazetteer, names: Vec<Coarse>) -> Vec<Coarse> {
    let mut out: Vec<Coarse> = Vec::with_capacity(names.len());
    for c in names {
        if let Some(prev) = out.last_mut() {
            if joins(text, gaz, prev, &c) {
                prev.span = Span::new(prev.span.start, c.span.end);
                prev.ty = c.ty;
                prev.confidence = prev.confidence.min(c.confidence);
                continue;
            }
        }
        out.push(c);
    }
    out
}

fn cue(gaz: &Gazetteer, w: &str) -> bool {
    gaz.lookup_one(hash::lower(w)) & (List::OrgCue.begin_bit() | List::LocCue.begin_bit()) != 0
        || super::ontonotes::is_facility_word(w)
}

fn joins(text: &str, gaz: &Gazetteer, a: &Coarse, b: &Coarse) -> bool {
    let between = text.get(a.span.end..b.span.start).unwrap_or("");
    if !matches!(between, " and " | " & ") || a.ty == PERSON || b.ty == PERSON {
        return false;
    }
    let first = a.span.slice(text);
    let second = b.span.slice(text);
    let first_last = first.rsplit(' ').next().unwrap_or(first);
    let second_last = second.rsplit(' ').next().unwrap_or(second);
    first.contains(' ')
        && cue(gaz, second_last)
        && !first.split(' ').any(|w| cue(gaz, w))
        && super::common_words::is_common_word(first_last)
        && gaz.lookup(first) == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::pass_testing::{described, names_at};

    fn run(text: &str, parts: &[(&str, usize)]) -> Vec<String> {
        let names = names_at(text, parts);
        described(text, apply(text, Gazetteer::get(), names))
            .into_iter()
            .map(|(name, _)| name)
            .collect()
    }

    #[test]
    fn halves_of_one_name_join() {
        let t = "went to the National Air and Space Museum today";
        assert_eq!(
            run(t, &[("National Air", 1), ("Space Museum", 2)]),
            ["National Air and Space Museum"]
        );
        let t = "and the U.S. Space & Rocket Center.";
        assert_eq!(
            run(t, &[("U.S. Space", 1), ("Rocket Center", 2)]),
            ["U.S. Space & Rocket Center"]
        );
    }

    #[test]
    fn two_names_stay_apart() {
        let t = "Britain and the European Union";
        assert_eq!(
            run(t, &[("Britain", 2), ("European Union", 1)]),
            ["Britain", "European Union"]
        );
        let t = "Goldman Sachs and Morgan Stanley Bank";
        assert_eq!(
            run(t, &[("Goldman Sachs", 1), ("Morgan Stanley Bank", 1)]),
            ["Goldman Sachs", "Morgan Stanley Bank"]
        );
        let t = "the Massachusetts Institute of Technology and Colorado State University";
        assert_eq!(
            run(
                t,
                &[
                    ("Massachusetts Institute of Technology", 1),
                    ("Colorado State University", 1)
                ]
            ),
            [
                "Massachusetts Institute of Technology",
                "Colorado State University"
            ]
        );
        let t = "the Supreme Court and Justice Department";
        assert_eq!(
            run(t, &[("Supreme Court", 1), ("Justice Department", 1)]),
            ["Supreme Court", "Justice Department"]
        );
    }
}
