//! The full name an abbreviation in parentheses spells: "the Union of
//! Concerned Scientists (UCS)", "Movimento 5 Stelle (M5S)".
//!
//! An author who defines an abbreviation writes its long form right before
//! it, and the initials of the long form's capitalised words spell it
//! (Schwartz & Hearst 2003). The tagger may stop inside the long form (at
//! "and") or miss a foreign one. This pass finds, for every "(ABBR)", the
//! shortest run of capitalised words (numbers count; "of", "and", "&" and
//! the like may sit between them) whose initials are the abbreviation, all
//! in one sentence. Then
//! - names inside the run, none a person, become one name over the run,
//!   typed by its head word when it has one, else by the first name;
//! - a run no name touches becomes a name only when its last word is an
//!   organisation or place head word ("Food and Drug Administration"), so
//!   defined terms ("Gross Domestic Product (GDP)") stay out;
//! - a name reaching out of the run is left alone.
//!
//! `abbreviations` runs next and gives the abbreviation the same type.

use super::flat::Sentences;
use super::gazetteer::Gazetteer;
use super::of_names::head_type;
use super::Coarse;
use crate::text::span::Span;

const PERSON: usize = 0;

/// Lower-case words a long form may hold between its capitalised words.
const CONNECTORS: &[&str] = &[
    "of", "and", "for", "the", "&", "on", "in", "to", "de", "di", "del", "der", "des", "la", "le",
    "du",
];

/// The letters (and digits) an abbreviation spells, lower-cased: two to
/// eight of them, at least two capitals and no lower-case letter ("M5S",
/// "U.N.").
fn spelled(w: &str) -> Option<Vec<char>> {
    let chars: Vec<char> = w.chars().filter(|c| *c != '.').collect();
    let ok = (2..=8).contains(&chars.len())
        && chars.iter().all(|c| c.is_uppercase() || c.is_ascii_digit())
        && chars.iter().filter(|c| c.is_uppercase()).count() >= 2;
    ok.then(|| chars.iter().flat_map(|c| c.to_lowercase()).collect())
}

/// The first character of a word that counts towards the initials, if it does.
fn initial(w: &str) -> Option<char> {
    let c = w.chars().next()?;
    (c.is_uppercase() || c.is_ascii_digit()).then(|| c.to_lowercase().next().unwrap_or(c))
}

/// The first token of the shortest long form ending at token `last` whose
/// initials are `letters`: no further back than `floor`, nor before the
/// first token of the sentence.
fn long_form_start<'t>(
    word: impl Fn(usize) -> &'t str,
    sentences: &Sentences,
    letters: &[char],
    floor: usize,
    last: usize,
) -> Option<usize> {
    let mut matched = 0;
    let mut s = last + 1;
    while s > floor && matched < letters.len() {
        if s <= last && sentences.starts_sentence(s) {
            return None;
        }
        s -= 1;
        let w = word(s);
        match initial(w) {
            Some(c) if c == letters[letters.len() - 1 - matched] => matched += 1,
            None if matched > 0 && CONNECTORS.contains(&w) => {}
            _ => return None,
        }
    }
    (matched == letters.len()).then_some(s)
}

/// Applies the long forms; names stay sorted by position.
pub fn apply(
    text: &str,
    sentences: &Sentences,
    gaz: &Gazetteer,
    names: Vec<Coarse>,
) -> Vec<Coarse> {
    let tokens = sentences.tokens();
    let word = |k: usize| &text[tokens[k].0..tokens[k].1];
    let mut found: Vec<(Span, usize)> = Vec::new();
    for k in 1..tokens.len().saturating_sub(2) {
        if word(k) != "(" || word(k + 2) != ")" || sentences.starts_sentence(k) {
            continue;
        }
        let Some(letters) = spelled(word(k + 1)) else {
            continue;
        };
        let floor = (k + 1).saturating_sub(3 * letters.len());
        let Some(s) = long_form_start(word, sentences, &letters, floor, k - 1) else {
            continue;
        };
        let run = Span::new(tokens[s].0, tokens[k - 1].1);
        let first = names.partition_point(|c| c.span.end <= run.start);
        let inside = names[first..]
            .iter()
            .take_while(|c| c.span.start < run.end)
            .collect::<Vec<_>>();
        if inside
            .iter()
            .any(|c| !run.contains(c.span) || c.ty == PERSON)
            || inside.first().is_some_and(|c| c.span == run)
        {
            // a name reaching out, a person, or the long form already one name
            continue;
        }
        let head = head_type(gaz, word(k - 1));
        if let Some(ty) = head.or(inside.first().map(|c| c.ty)) {
            found.push((run, ty));
        }
    }
    merge(names, found)
}

/// `names` with each run of `found` (in text order, not overlapping) in
/// place of the names inside it, in one sweep.
fn merge(names: Vec<Coarse>, found: Vec<(Span, usize)>) -> Vec<Coarse> {
    if found.is_empty() {
        return names;
    }
    let mut out = Vec::with_capacity(names.len() + found.len());
    let mut runs = found.into_iter().peekable();
    let mut names = names.into_iter().peekable();
    loop {
        let run_first = match (runs.peek(), names.peek()) {
            (Some(r), Some(c)) => r.0.start <= c.span.start,
            (Some(_), None) => true,
            (None, _) => break,
        };
        if !run_first {
            out.extend(names.next());
            continue;
        }
        let Some((run, ty)) = runs.next() else { break };
        let mut confidence = 1.0f32;
        while let Some(c) = names.next_if(|c| run.contains(c.span)) {
            confidence = confidence.min(c.confidence);
        }
        out.push(Coarse {
            span: run,
            ty,
            confidence,
        });
    }
    out.extend(names);
    out
}

#[cfg(test)]
mod tests {
    use super::super::pass_testing::run_pass;
    use super::*;

    const ORG: usize = 1;

    fn joined(text: &str, parts: &[(&str, usize)]) -> Vec<(String, usize)> {
        run_pass(text, parts, apply)
    }

    fn one(name: &str, ty: usize) -> Vec<(String, usize)> {
        vec![(name.to_string(), ty)]
    }

    #[test]
    fn a_name_grows_to_the_long_form_its_abbreviation_spells() {
        assert_eq!(
            joined(
                "The Union of Concerned Scientists (UCS) launched a petition.",
                &[("Union", ORG), ("Concerned Scientists", 3), ("UCS", ORG)]
            ),
            vec![
                ("Union of Concerned Scientists".to_string(), ORG),
                ("UCS".to_string(), ORG)
            ]
        );
        // numbers count, and names inside the run are taken in
        assert_eq!(
            joined(
                "Deputies of Movimento 5 Stelle (M5S) objected.",
                &[("Movimento", 3), ("Stelle", 2)]
            ),
            one("Movimento 5 Stelle", 3)
        );
    }

    #[test]
    fn an_untagged_long_form_needs_a_head_word() {
        assert_eq!(
            joined("The Food and Drug Administration (FDA) agreed.", &[]),
            one("Food and Drug Administration", ORG)
        );
        assert!(joined("The Gross Domestic Product (GDP) fell.", &[]).is_empty());
        assert!(joined("Body mass index (BMI) rose.", &[]).is_empty());
    }

    #[test]
    fn no_long_form_no_join() {
        for (text, parts) in [
            // the initials do not spell it
            (
                "The Space Agency (NASA) said so.",
                vec![("Space Agency", ORG)],
            ),
            // a person inside the run
            (
                "Smith Jones Company (SJC) said so.",
                vec![("Smith Jones", 0)],
            ),
            // a name reaching out of the run
            (
                "Big Union of Reds (UR) said so.",
                vec![("Big Union of Reds", ORG)],
            ),
            // lower-case words other than connectors break the run
            ("United the big Nations (UN) met.", vec![("Nations", ORG)]),
            // the long form is one name already: its type stays the model's
            (
                "Kennedy Space Center (KSC) staff",
                vec![("Kennedy Space Center", ORG)],
            ),
        ] {
            let expected: Vec<(String, usize)> =
                parts.iter().map(|&(n, t)| (n.to_string(), t)).collect();
            assert_eq!(joined(text, &parts), expected, "{text}");
        }
    }

    #[test]
    fn the_long_form_stays_in_its_sentence() {
        assert_eq!(
            joined("He left Food. Drug Administration (FDA) agreed.", &[]),
            vec![]
        );
    }
}
