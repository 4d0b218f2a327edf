//! The full name an abbreviation in parentheses spells: "the Union of
//! Concerned Scientists (UCS)", "CEI (Italian Episcopal Conference)".
//!
//! An author who defines an abbreviation writes its long form right before
//! it, or after it in parentheses, and the initials of the long form's
//! capitalised words spell it (Schwartz & Hearst 2003). The tagger may stop
//! inside the long form (at "and") or miss a foreign one. This pass takes,
//! for every "(ABBR)" and every "ABBR (…)", the run of as many capitalised
//! words as the abbreviation has letters (numbers count; "of", "and", "&"
//! and the like may sit between them), in one sentence, next to the
//! parenthesis. The run's initials must spell the abbreviation in order, or
//! hold the same letters (with the same first one when the run comes
//! first): an abbreviation from another language orders them its own way
//! ("Union of Rationalist Atheists and Agnostics (UAAR)", from the Italian;
//! "CEI (Italian Episcopal Conference)"). Then
//! - names inside the run, none a person, become one name over the run,
//!   typed by its head word when it has one, else by the first name inside;
//! - a run no name touches becomes a name only when its last word is an
//!   organisation or place head word ("Food and Drug Administration"), so
//!   defined terms ("Gross Domestic Product (GDP)", "GPS (Global Positioning
//!   System)") stay out, even when the model took the abbreviation for a name;
//! - a name reaching out of the run, or a run that is one name already, is
//!   left alone.
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

/// Whether `initials` (of a run, in order) spell `letters`: in order, or
/// the same letters in another order, with the same first one unless
/// `any_first` (a gloss in parentheses after the abbreviation translates it
/// and may start anywhere: "CEI (Italian Episcopal Conference)").
fn spell(initials: &[char], letters: &[char], any_first: bool) -> bool {
    if initials == letters {
        return true;
    }
    let (mut a, mut b) = (initials.to_vec(), letters.to_vec());
    a.sort_unstable();
    b.sort_unstable();
    (any_first || initials.first() == letters.first()) && a == b
}

/// The first and last token of the run of `n` capitalised words (with
/// connectors between them) that ends at token `from` (walking back) or
/// starts there (walking on), inside one sentence, and the run's initials.
fn run_of<'t>(
    word: &impl Fn(usize) -> &'t str,
    sentences: &Sentences,
    n: usize,
    from: usize,
    back: bool,
) -> Option<(usize, usize, Vec<char>)> {
    let mut initials = Vec::with_capacity(n);
    let (mut lo, mut hi) = (from, from);
    let mut k = from;
    loop {
        let w = word(k);
        match initial(w) {
            Some(c) => initials.push(c),
            None if !initials.is_empty() && CONNECTORS.contains(&w) => {}
            None => return None,
        }
        (lo, hi) = (lo.min(k), hi.max(k));
        if initials.len() == n {
            break;
        }
        k = if back {
            if k == 0 || sentences.starts_sentence(k) {
                return None;
            }
            k - 1
        } else {
            if k + 1 >= sentences.tokens().len() || sentences.starts_sentence(k + 1) {
                return None;
            }
            k + 1
        };
    }
    if back {
        initials.reverse();
    }
    Some((lo, hi, initials))
}

/// Applies the long forms; names stay sorted by position.
pub fn apply(
    text: &str,
    sentences: &Sentences,
    gaz: &Gazetteer,
    names: Vec<Coarse>,
) -> Vec<Coarse> {
    let tokens = sentences.tokens();
    let word = |k: usize| sentences.word(text, k);
    let mut found: Vec<(Span, usize)> = Vec::new();
    for k in 1..tokens.len() {
        if word(k) != "(" || sentences.starts_sentence(k) || sentences.starts_sentence(k + 1) {
            continue;
        }
        // "Long Form (LF)": the run ends before "("; "LF (Long Form)": the
        // run starts after "(" and ends before ")".
        let before = spelled(word(k + 1)).filter(|_| word(k + 2) == ")");
        let (lo, hi) = if let Some(letters) = before {
            match run_of(&word, sentences, letters.len(), k - 1, true) {
                Some((lo, hi, initials)) if spell(&initials, &letters, false) => (lo, hi),
                _ => continue,
            }
        } else if let Some(letters) = spelled(word(k - 1)) {
            match run_of(&word, sentences, letters.len(), k + 1, false) {
                Some((lo, hi, initials))
                    if word(hi + 1) == ")" && spell(&initials, &letters, true) =>
                {
                    (lo, hi)
                }
                _ => continue,
            }
        } else {
            continue;
        };
        let run = Span::new(tokens[lo].0, tokens[hi].1);
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
        let head = head_type(gaz, word(hi));
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
    use super::super::pass_testing::{one, run_pass, unchanged};
    use super::*;

    const ORG: usize = 1;

    fn joined(text: &str, parts: &[(&str, usize)]) -> Vec<(String, usize)> {
        run_pass(text, parts, apply)
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
    fn a_long_form_in_another_order_or_after_the_abbreviation() {
        assert_eq!(
            joined(
                "The Union of Rationalist Atheists and Agnostics (UAAR) launched a petition.",
                &[("Union of Rationalist Atheists", ORG), ("UAAR", ORG)]
            ),
            vec![
                (
                    "Union of Rationalist Atheists and Agnostics".to_string(),
                    ORG
                ),
                ("UAAR".to_string(), ORG)
            ]
        );
        assert_eq!(
            joined(
                "The head of CEI (Italian Episcopal Council) spoke.",
                &[("CEI", ORG)]
            ),
            vec![
                ("CEI".to_string(), ORG),
                ("Italian Episcopal Council".to_string(), ORG)
            ]
        );
        // a term, even one the model took for a name
        assert_eq!(
            joined(
                "The GPS (Global Positioning System) works.",
                &[("GPS", ORG)]
            ),
            one("GPS", ORG)
        );
        // before the abbreviation, the first letter must agree
        assert_eq!(
            joined(
                "The Atheists of Union (UA) met.",
                &[("Atheists of Union", ORG)]
            ),
            one("Atheists of Union", ORG)
        );
        // an abbreviation no name holds gives no type
        assert!(joined("They use ABC (Always Be Closing) daily.", &[]).is_empty());
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
            assert_eq!(joined(text, &parts), unchanged(&parts), "{text}");
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
