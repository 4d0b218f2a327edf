//! Photo and image credits: "Photo: EPA-EFE/MICHAEL BUHOLZER", "Image: Reuters /
//! Gleb Garanich", "Photo: AFP via Getty Images".
//!
//! A credit line names an agency and a photographer, often in capitals, with
//! no sentence around them for the model to read. After the "Photo:" label
//! the parts separated by "/" or "via" are typed by their form: one word
//! ("EPA-EFE", "Reuters", "AP") or a phrase ending in an agency word ("Getty
//! Images", "Associated Press") is an ORG; two to four name-like words are a
//! PERSON. A credit without a separator is left to the model: "Image: Jambula"
//! could be either.

use super::{lines, mention, replace_all, NameMention};
use crate::text::span::Span;

/// Labels that open a credit line.
const LABELS: [&str; 12] = [
    "photo",
    "photos",
    "image",
    "images",
    "picture",
    "pictures",
    "photograph",
    "credit",
    "photo credit",
    "video",
    "illustration",
    "foto",
];

/// Last words of an agency name.
const AGENCY_WORDS: [&str; 10] = [
    "images", "press", "news", "agency", "photos", "pictures", "service", "media", "pool", "photo",
];

const CONFIDENCE: f32 = 0.9;

pub fn apply(text: &str, names: &mut Vec<NameMention>) {
    let mut found = Vec::new();
    for (start, line) in lines(text) {
        if line.len() > 200 {
            continue;
        }
        let Some(colon) = line.find(':') else {
            continue;
        };
        let label = line[..colon].trim().to_lowercase();
        if !LABELS.contains(&label.as_str()) {
            continue;
        }
        let body_start = start + colon + 1;
        let parts = split_parts(&text[body_start..start + line.len()]);
        if parts.len() < 2 {
            continue;
        }
        for (a, b) in parts {
            let span = Span::new(body_start + a, body_start + b);
            if let Some(label) = part_label(span.slice(text)) {
                found.push(mention(span, label, CONFIDENCE));
            }
        }
    }
    replace_all(names, found);
}

/// Byte ranges of the credit's parts: split at "/" and " via ", trimmed of
/// space and a final period.
fn split_parts(body: &str) -> Vec<(usize, usize)> {
    let mut cuts = Vec::new();
    let mut from = 0;
    for (i, c) in body.char_indices() {
        if c == '/' {
            cuts.push((from, i));
            from = i + 1;
        } else if body[i..].starts_with(" via ") {
            cuts.push((from, i));
            from = i + 5;
        }
    }
    cuts.push((from, body.len()));
    cuts.into_iter()
        .filter_map(|(a, b)| {
            let s = &body[a..b];
            let lead = s.len() - s.trim_start().len();
            let t = s.trim().trim_end_matches('.');
            (!t.is_empty()).then_some((a + lead, a + lead + t.len()))
        })
        .collect()
}

fn part_label(part: &str) -> Option<&'static str> {
    let words: Vec<&str> = part.split_whitespace().collect();
    if !super::all_capitalised(part) || words.len() > 5 {
        return None;
    }
    let last = words.last()?.to_lowercase();
    if words.len() == 1 || AGENCY_WORDS.contains(&last.as_str()) {
        return Some("ORG");
    }
    let name_like = words.iter().all(|w| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
    });
    (name_like && words.len() <= 4).then_some("PERSON")
}

#[cfg(test)]
mod tests {
    use super::super::testing::{has, names};

    #[test]
    fn agency_and_photographer() {
        let t = "Photo: EPA-EFE/MICHAEL BUHOLZER\n";
        assert!(has(t, "EPA-EFE", "ORG"), "{:?}", names(t));
        assert!(has(t, "MICHAEL BUHOLZER", "PERSON"), "{:?}", names(t));
        let t = "Image: Reuters / Gleb Garanich.\n";
        assert!(has(t, "Reuters", "ORG"), "{:?}", names(t));
        assert!(has(t, "Gleb Garanich", "PERSON"), "{:?}", names(t));
        let t = "Photo: Sergei Supinsky/AFP via Getty Images\n";
        assert!(has(t, "Sergei Supinsky", "PERSON"), "{:?}", names(t));
        assert!(has(t, "AFP", "ORG"), "{:?}", names(t));
        assert!(has(t, "Getty Images", "ORG"), "{:?}", names(t));
    }

    #[test]
    fn not_credits() {
        // No label, or prose after the label: the rule stays out.
        let t = "Putin met officials in Kyiv/Kiev on Monday.\n";
        assert!(!has(t, "Kyiv", "ORG"), "{:?}", names(t));
        let t = "Photo: a crowd waits outside the court / file image\n";
        assert!(
            names(t).iter().all(|(_, l)| *l != "PERSON"),
            "{:?}",
            names(t)
        );
        let t = "Sponsor: QWIKET AI: Interactive Sports Knowledge.\n";
        assert!(!has(t, "QWIKET AI", "PERSON"), "{:?}", names(t));
    }
}
