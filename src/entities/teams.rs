//! National teams: in a match report, "Sweden defeated South Korea 1 – 0" names
//! two teams (organisations, in OntoNotes as in GUM), not two countries. The
//! tagger reads each sentence alone and sees places; this pass looks at the
//! whole document. When it reads as a sports report (score lines, or several
//! sports words), country names typed as places become ORG — except after a
//! place preposition ("played in Russia").

use super::flat::Sentences;
use super::gazetteer::{Gazetteer, HashMapU64, List};
use super::hash;
use super::Coarse;

const PLACE: usize = 2;
const ORG: usize = 1;

/// Words typical of match reports (lower-case). Hand-curated.
const SPORTS_WORDS: &[&str] = &[
    "match",
    "goal",
    "goals",
    "scored",
    "coach",
    "referee",
    "penalty",
    "striker",
    "midfielder",
    "goalkeeper",
    "tournament",
    "league",
    "innings",
    "wicket",
    "quarter-final",
    "semi-final",
    "quarterfinal",
    "semifinal",
    "halftime",
    "half-time",
    "kickoff",
    "defender",
    "squad",
    "fixture",
];

/// Words after which a country is a place even in a match report.
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "from", "to", "across", "throughout", "inside"];

/// A byte that continues a number or word ("1.5", "2,000", "5%", "x2").
fn is_number_part(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b',' | b'%')
}

/// Whether the bytes after a digit continue the number ("5%", "0.5", "2,000").
fn continues_number(rest: &[u8]) -> bool {
    match rest {
        [c, ..] if c.is_ascii_alphanumeric() || *c == b'%' => true,
        [b'.' | b',', d, ..] => d.is_ascii_digit(),
        _ => false,
    }
}

/// Whether `text` contains at least two score lines ("1 – 0", "3-2", "2:1").
fn score_lines(text: &str) -> usize {
    let b = text.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !is_number_part(b[i - 1])) {
            let mut j = i + 1;
            while j < b.len() && b[j] == b' ' {
                j += 1;
            }
            let dash = text[j..].chars().next();
            if matches!(dash, Some('-' | '–' | '—' | ':')) {
                let mut k = j + dash.map_or(1, char::len_utf8);
                while k < b.len() && b[k] == b' ' {
                    k += 1;
                }
                let one_digit =
                    k < b.len() && b[k].is_ascii_digit() && !continues_number(&b[k + 1..]);
                if one_digit && b[i + 1..j].iter().all(|&c| c == b' ') {
                    n += 1;
                    i = k + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    n
}

/// Whether the document reads as a sports report.
///
/// Asked of nearly every news article (any country name may be a team's), so
/// it stops at the fourth sports word, and most tokens are told apart from
/// the sports words by their length and first letter alone.
pub fn is_sports_report(text: &str, sentences: &Sentences) -> bool {
    let mut words = sentences
        .tokens()
        .iter()
        .filter(|&&(a, b)| is_sports_word(&text[a..b]));
    words.nth(3).is_some() || score_lines(text) >= 2
}

/// A word's length and first letter, in 512 bits (lengths mod 16, bytes
/// mod 32, so that a letter's two cases meet): a filter, not an identity.
const fn signature(len: usize, first: u8) -> usize {
    (len % 16) * 32 + (first % 32) as usize
}

/// The signatures of [`SPORTS_WORDS`].
const SPORTS_SIGNATURES: [u64; 8] = {
    let mut set = [0u64; 8];
    let mut i = 0;
    while i < SPORTS_WORDS.len() {
        let w = SPORTS_WORDS[i].as_bytes();
        let s = signature(w.len(), w[0]);
        set[s / 64] |= 1 << (s % 64);
        i += 1;
    }
    set
};

/// Whether `word`, in any case, is one of [`SPORTS_WORDS`].
fn is_sports_word(word: &str) -> bool {
    let Some(&first) = word.as_bytes().first() else {
        return false;
    };
    let s = signature(word.len(), first);
    SPORTS_SIGNATURES[s / 64] & (1 << (s % 64)) != 0
        && SPORTS_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The length of a score ("1 – 0", "3-2") at the start of `b`, if there is one.
fn score_at(text: &str, start: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = start;
    if i >= b.len() || !b[i].is_ascii_digit() || (i > 0 && is_number_part(b[i - 1])) {
        return None;
    }
    i += 1;
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    let dash = text.get(i..)?.chars().next()?;
    if !matches!(dash, '-' | '–' | '—' | ':') {
        return None;
    }
    i += dash.len_utf8();
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    (i < b.len() && b[i].is_ascii_digit() && !continues_number(&b[i + 1..]))
        .then_some(i + 1 - start)
}

/// Whether the name at `span` stands next to a score: "Sweden 1 – 0 …" or "… 1 – 2 England".
fn beside_score(text: &str, span: crate::text::span::Span) -> bool {
    let after = span.end + text[span.end..].len() - text[span.end..].trim_start_matches(' ').len();
    if score_at(text, after).is_some() {
        return true;
    }
    let before = text[..span.start].trim_end_matches(' ');
    // the score ends right before the name: find its first digit (at most 12 bytes back)
    let from = before.len().saturating_sub(12);
    (from..before.len())
        .filter(|&i| before.is_char_boundary(i))
        .any(|i| score_at(text, i).is_some_and(|n| i + n == before.len()))
}

/// Whether the lists know `name` as a country.
fn is_country(gaz: &Gazetteer, name: &str) -> bool {
    gaz.lookup(name) & List::Country.begin_bit() != 0
}

/// "Team" written before a country names a national team in any article
/// ("Team Estonia had to rebuild their robot", "Team GB"): the name takes the
/// word and becomes an organisation.
fn team_prefixes(text: &str, sentences: &Sentences, gaz: &Gazetteer, names: &mut [Coarse]) {
    let tokens = sentences.tokens();
    let mut free_from = 0;
    for c in names.iter_mut() {
        let listed = is_country(gaz, c.span.slice(text));
        let k = sentences.first_starting_from(c.span.start);
        let team = k > 0
            && tokens.get(k).is_some_and(|t| t.0 == c.span.start)
            && !sentences.starts_sentence(k)
            && tokens[k - 1].0 >= free_from
            && &text[tokens[k - 1].0..tokens[k - 1].1] == "Team";
        if listed && c.ty == PLACE && team {
            c.span = crate::text::span::Span::new(tokens[k - 1].0, c.span.end);
            c.ty = ORG;
        }
        free_from = c.span.end;
    }
}

/// Retypes country names, and places named next to a score line, as teams in
/// sports reports; takes "Team" into the country name after it.
pub fn retype(text: &str, sentences: &Sentences, gaz: &Gazetteer, names: &mut [Coarse]) {
    team_prefixes(text, sentences, gaz, names);
    let is_country = |c: &Coarse| is_country(gaz, c.span.slice(text));
    // places that stand next to a score ("Tunisia 1 – 2 England") are teams
    // wherever the document names them, even when no list knows them as countries
    // (a set: a long match report has as many of them as names)
    let teams: HashMapU64<()> = names
        .iter()
        .filter(|c| c.ty == PLACE && beside_score(text, c.span))
        .map(|c| (hash::lower(c.span.slice(text)), ()))
        .collect();
    let is_team =
        |c: &Coarse| is_country(c) || teams.contains_key(&hash::lower(c.span.slice(text)));
    if !names.iter().any(|c| c.ty == PLACE && is_team(c)) || !is_sports_report(text, sentences) {
        return;
    }
    let tokens = sentences.tokens();
    for c in names.iter_mut() {
        if c.ty != PLACE || !is_team(c) {
            continue;
        }
        let i = sentences.first_starting_from(c.span.start);
        let prev = i.checked_sub(1).map(|p| &text[tokens[p].0..tokens[p].1]);
        let after_the = prev.is_some_and(|p| p.eq_ignore_ascii_case("the"));
        let before = if after_the {
            i.checked_sub(2)
        } else {
            i.checked_sub(1)
        };
        let place = before.is_some_and(|p| {
            let w = hash::lower(&text[tokens[p].0..tokens[p].1]);
            PLACE_PREPOSITIONS.iter().any(|q| hash::lower(q) == w)
        });
        if !place {
            c.ty = ORG;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tokenize;

    #[test]
    fn score_lines_are_counted() {
        assert_eq!(score_lines("Sweden 1 – 0 Korea; Belgium 3-0 Panama"), 2);
        assert_eq!(score_lines("In 2018-19 the budget rose 1.5-2 percent"), 0);
    }

    #[test]
    fn match_report_countries_become_teams() {
        let text = "Sweden defeated South Korea 1 – 0 in Russia. Belgium beat Panama 3 – 0.";
        let sentences = tokenize::sentences(text);
        let find = |s: &str| text.find(s).unwrap();
        let mk = |s: &str| Coarse {
            span: crate::text::span::Span::new(find(s), find(s) + s.len()),
            ty: PLACE,
            confidence: 1.0,
        };
        let mut names = vec![mk("Sweden"), mk("South Korea"), mk("Russia"), mk("Belgium")];
        retype(text, &sentences, Gazetteer::get(), &mut names);
        let types: Vec<usize> = names.iter().map(|c| c.ty).collect();
        assert_eq!(types, vec![ORG, ORG, PLACE, ORG]);
    }

    /// A place-typed name at the first `s` in `text` from byte `from` on.
    fn place_at(text: &str, s: &str, from: usize) -> Coarse {
        let a = from + text[from..].find(s).unwrap();
        Coarse {
            span: crate::text::span::Span::new(a, a + s.len()),
            ty: PLACE,
            confidence: 1.0,
        }
    }

    #[test]
    fn places_beside_a_score_are_teams_throughout() {
        let text = "Tunisia 1 – 2 Wessex and Mercia 3-0 Panama. Wessex won at Mercia.";
        let sentences = tokenize::sentences(text);
        let mk = |s: &str, from: usize| place_at(text, s, from);
        let mut names = vec![
            mk("Wessex", 0),
            mk("Mercia", 0),
            mk("Wessex", 40),
            mk("Mercia", 55),
        ];
        retype(text, &sentences, Gazetteer::get(), &mut names);
        let types: Vec<usize> = names.iter().map(|c| c.ty).collect();
        assert_eq!(types, vec![ORG, ORG, ORG, PLACE]);
    }

    #[test]
    fn team_before_a_country_names_a_team() {
        let text = "Officials said Team Estonia lost. A team Estonia sent won. Team Wessex won.";
        let sentences = tokenize::sentences(text);
        let mk = |s: &str, from: usize| place_at(text, s, from);
        let mut names = vec![mk("Estonia", 0), mk("Estonia", 40), mk("Wessex", 40)];
        retype(text, &sentences, Gazetteer::get(), &mut names);
        let got: Vec<(&str, usize)> = names.iter().map(|c| (c.span.slice(text), c.ty)).collect();
        // lower-case "team" and a place no list knows as a country stay places
        assert_eq!(
            got,
            vec![("Team Estonia", ORG), ("Estonia", PLACE), ("Wessex", PLACE)]
        );
    }

    /// Four sports words (in any case) make a sports report, three do not;
    /// a word that only starts like one ("matches", "goalless") is not one.
    #[test]
    fn sports_words_are_counted_to_four() {
        let report = |t: &str| is_sports_report(t, &tokenize::sentences(t));
        assert!(report(
            "The Coach said the striker and the goalkeeper lost the match."
        ));
        assert!(!report("The coach said the striker lost the match."));
        assert!(!report(
            "The coach said the striker lost the matches in a goalless draw."
        ));
    }

    /// Every sports word passes the filter in any case; other words of the
    /// same length and first letter, or longer than the filter tells, do not
    /// match.
    #[test]
    fn sports_words_are_told_in_any_case() {
        for w in SPORTS_WORDS {
            assert!(is_sports_word(w), "{w}");
            assert!(is_sports_word(&w.to_uppercase()), "{w}");
        }
        for w in [
            "",
            "goa",
            "goat",
            "Goalss",
            "matcH-",
            "Matchday",
            "quarter-finals",
            "ΜATCH",
        ] {
            assert!(!is_sports_word(w), "{w}");
        }
    }

    #[test]
    fn other_documents_keep_places() {
        let text = "Sweden and Belgium signed a trade deal in Brussels on Monday.";
        assert!(!is_sports_report(text, &tokenize::sentences(text)));
    }
}
