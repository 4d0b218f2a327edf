//! The site name after a headline: "Putin proposes … — Novaya Gazeta Europe",
//! "Election results | The Irish Times".
//!
//! Pages put the publication's name after the headline, behind a dash or a
//! bar. The model reads it as words of a sentence and may split it ("Novaya
//! Gazeta" ORG + "Europe" LOC). On a headline line — one line, no final
//! period, a headline of three words or more before the separator — a tail of
//! capitalised words is the site's name when the model already saw an
//! organisation at its start or it ends in a media word; it becomes one ORG.

use super::{lines, mention, replace_all, starting_at, NameMention};
use crate::text::span::Span;

const SEPARATORS: [&str; 4] = [" — ", " – ", " | ", " - "];

/// Last words of a publication's name.
const MEDIA_WORDS: [&str; 18] = [
    "news",
    "times",
    "post",
    "gazette",
    "gazeta",
    "journal",
    "herald",
    "tribune",
    "guardian",
    "telegraph",
    "daily",
    "weekly",
    "magazine",
    "radio",
    "press",
    "review",
    "today",
    "online",
];

/// The last separator in `body` and where it starts. One backward walk over
/// the spaces, testing the byte after each: four `rfind`s built a substring
/// searcher each, on every short line of the text.
fn last_separator(body: &str) -> Option<(usize, &'static str)> {
    let bytes = body.as_bytes();
    body.rmatch_indices(' ').find_map(|(i, _)| {
        // '|', '-', or the lead byte of '—' and '–'
        if !matches!(bytes.get(i + 1), Some(b'|' | b'-' | 0xE2)) {
            return None;
        }
        SEPARATORS
            .iter()
            .find(|s| body[i..].starts_with(**s))
            .map(|s| (i, *s))
    })
}

pub fn apply(text: &str, names: &mut Vec<NameMention>) {
    let mut found = Vec::new();
    for (start, line) in lines(text) {
        let body = line.trim_end();
        if body.len() > 300 || body.ends_with(['.', ':', ',', ';']) {
            continue;
        }
        let Some((sep_at, sep)) = last_separator(body) else {
            continue;
        };
        let head_words = body[..sep_at].split_whitespace().count();
        // "— CBC.ca, August 15, 2008": the name ends where a dateline starts
        let tail = body[sep_at + sep.len()..].split(',').next().unwrap_or("");
        let tail = tail.trim_end();
        let tail_words: Vec<&str> = tail.split_whitespace().collect();
        if head_words < 3 || tail_words.is_empty() || tail_words.len() > 6 {
            continue;
        }
        if !super::all_capitalised(tail) {
            continue;
        }
        let lead = tail.len() - tail.trim_start().len();
        let from = start + sep_at + sep.len() + lead;
        let span = Span::new(from, from + tail.trim_start().len());
        let org_at_start = starting_at(names, span.start).is_some_and(|k| names[k].label == "ORG");
        let last = tail_words[tail_words.len() - 1].to_lowercase();
        if org_at_start || MEDIA_WORDS.contains(&last.as_str()) {
            found.push(mention(span, "ORG", 0.85));
        }
    }
    replace_all(names, found);
}

#[cfg(test)]
mod tests {
    use super::super::testing::{has, names};

    #[test]
    fn last_separator_is_the_rightmost_of_any() {
        for body in [
            "A - B — C | D",
            "A | B – C - D",
            "no separator here",
            "x -y - z",
            "Putin proposes talks — Novaya Gazeta Europe ",
            "a — b – c",
            "",
            " ",
        ] {
            let old = super::SEPARATORS
                .iter()
                .filter_map(|s| body.rfind(s).map(|i| (i, *s)))
                .max_by_key(|&(i, _)| i);
            assert_eq!(super::last_separator(body), old, "{body}");
        }
    }

    #[test]
    fn site_name_after_headline() {
        let t = "Putin proposes US investment in rare earth metals — Novaya Gazeta Europe\n\nText.";
        assert!(has(t, "Novaya Gazeta Europe", "ORG"), "{:?}", names(t));
        let t = "Flooding closes schools across the county | Cork Evening News\n";
        assert!(has(t, "Cork Evening News", "ORG"), "{:?}", names(t));
        // a dateline after the name is not part of it
        let t = "Document found on rainy Ottawa street — Ottawa Daily News, August 15, 2008\n";
        assert!(has(t, "Ottawa Daily News", "ORG"), "{:?}", names(t));
    }

    #[test]
    fn not_site_names() {
        // A sentence with a dash, a short line, a tail in lower case.
        let t = "Talks resumed in Geneva — Switzerland hosted them again.\n";
        assert!(
            !has(t, "Switzerland hosted them again", "ORG"),
            "{:?}",
            names(t)
        );
        let t = "Kyiv — Ukraine\n";
        assert!(!names(t).iter().any(|(_, l)| *l == "ORG"), "{:?}", names(t));
        let t = "Zelensky visits the front line in Donbas — Moscow\n";
        assert!(!has(t, "Moscow", "ORG"), "{:?}", names(t));
    }
}
