//! `scraper_prefix`: a scraper's field tag glued before the real text
//! ("NextImg:Putin proposes US investment…"). Only the tag and its colon are
//! marked: the text after it is the headline, real content.
//!
//! Tags from `data/boilerplate/scraper_tags.txt` count anywhere, with or without
//! a space after the colon. Elsewhere a CamelCase tag glued to the text
//! ("ImgAlt:Putin") counts in the header zone only; "Photo: EPA" or "Image: AP"
//! (a credit, spaced, not CamelCase) is never a tag.

use super::lexicon;
use super::lines::head;
use crate::text::span::is_blank;

/// Longest tag, in bytes.
const TAG_MAX_BYTES: usize = 24;

/// The length in bytes of the scraper tag (colon included) opening `line`.
pub(crate) fn scraper_tag(line: &str, in_header: bool) -> Option<usize> {
    let colon = head(line, TAG_MAX_BYTES + 1).find(':')?;
    let tag = &line[..colon];
    if tag.is_empty() || !tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    let len = colon + 1;
    if lexicon::scraper_tags().contains(&tag.to_ascii_lowercase()) {
        return Some(len);
    }
    let glued = line[len..]
        .chars()
        .next()
        .is_some_and(|c| !is_blank(c) && c != '/');
    (in_header && glued && is_camel_case(tag)).then_some(len)
}

/// Letters only, starting uppercase, with an uppercase letter right after a
/// lowercase one ("NextImg", "OgTitle"; not "Photo", "URL", "Update").
fn is_camel_case(tag: &str) -> bool {
    let starts_upper = tag.starts_with(|c: char| c.is_ascii_uppercase());
    let hump = tag
        .as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    starts_upper && hump && tag.chars().all(|c| c.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use super::super::SCRAPER_PREFIX;
    use super::*;

    #[test]
    fn reference_prefix_only_is_marked() {
        let line = "NextImg:Putin proposes US investment in rare earth metals in Russia and occupied Ukraine — Novaya Gazeta Europe";
        let got = marks(&format!("{line}\n\n{BODY}"));
        assert_eq!(got, [(SCRAPER_PREFIX, "NextImg:".to_string())]);
    }

    #[test]
    fn every_tag_marks_anywhere_glued_or_spaced() {
        for tag in lexicon::scraper_tags() {
            for line in [
                format!("{tag}:Putin proposes a deal"),
                format!("{tag}: Putin proposes a deal"),
            ] {
                let want = format!("{tag}:");
                assert_eq!(
                    reason_of(&in_body(&line), &want),
                    Some(SCRAPER_PREFIX),
                    "{line}"
                );
            }
            assert_no_marks(&in_sentence(&format!("{tag}:")));
            assert_no_marks(&in_body(&format!("{tag} Putin proposes a deal")));
        }
    }

    #[test]
    fn camel_case_tags_in_the_header_only() {
        let line = "ImgAlt:Putin proposes a deal";
        assert_eq!(reason_of(&in_header(line), "ImgAlt:"), Some(SCRAPER_PREFIX));
        assert_no_marks(&in_body(line));
        assert_no_marks(&in_header("ImgAlt: Putin proposes a deal"));
    }

    #[test]
    fn credits_and_labels_are_not_tags() {
        for line in [
            "Photo: EPA-EFE/MICHAEL BUHOLZER",
            "Photo:EPA-EFE/MICHAEL BUHOLZER",
            "UPDATE:Putin proposes a deal",
            "Https://example.com/putin",
            "Moscow:Putin proposes a deal",
            "Москва:Путин",
            ":Putin",
        ] {
            assert_eq!(scraper_tag(line, true), None, "{line}");
        }
    }

    #[test]
    fn tag_only_line() {
        assert_eq!(scraper_tag("NextImg:", false), Some(8));
    }
}
