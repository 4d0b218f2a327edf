//! `sponsor`: sponsor widgets, ad-slot labels and paid-content disclosures.
//!
//! Applied anywhere (ad labels sit between body paragraphs of wire stories), so
//! only whole lines from `data/boilerplate/sponsor.txt` count, or a label prefix
//! ("Sponsor: QWIKET AI") followed by a short, single-sentence line.

use super::lexicon;
use super::lines::Keys;
use super::shape::is_short_label;

/// The line is a sponsor or advertising label.
pub(crate) fn is_sponsor(line: &str, keys: &Keys) -> bool {
    let lex = lexicon::sponsor();
    if keys
        .whole
        .as_deref()
        .is_some_and(|k| lex.whole(k, false).is_some())
    {
        return true;
    }
    lex.prefix(&keys.head, false)
        .is_some_and(|e| is_short_label(line, &e.phrase))
}

/// Shortest label looked for glued to the text after it: shorter ones ("Ad")
/// would match ordinary words ("AdBlue").
const GLUED_MIN_BYTES: usize = 8;

/// A whole-line label glued before a capitalised word, as scrapers leave it
/// ("AdvertisementPutin said…"): the label's length in bytes, the longest label
/// when several fit ("ADVERTISEMENTSThe" is "ADVERTISEMENTS").
pub(crate) fn glued_label(line: &str) -> Option<usize> {
    lexicon::sponsor()
        .entries()
        .iter()
        .filter(|e| !e.prefix && e.phrase.is_ascii() && e.phrase.len() >= GLUED_MIN_BYTES)
        .filter_map(|e| {
            let n = e.phrase.len();
            let head = line.as_bytes().get(..n)?;
            if !head.eq_ignore_ascii_case(e.phrase.as_bytes()) {
                return None;
            }
            // The matched bytes are ASCII, so `n` is a char boundary.
            line[n..].chars().next()?.is_uppercase().then_some(n)
        })
        .max()
}

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use super::super::SPONSOR;
    use super::*;

    #[test]
    fn every_whole_entry_marks_its_line_anywhere() {
        for e in lexicon::sponsor().entries().iter().filter(|e| !e.prefix) {
            for line in [
                e.phrase.clone(),
                e.phrase.to_uppercase(),
                capitalised(&e.phrase),
            ] {
                assert_eq!(reason_of(&in_body(&line), &line), Some(SPONSOR), "{line}");
            }
        }
    }

    #[test]
    fn every_prefix_entry_marks_a_short_label_line() {
        for e in lexicon::sponsor().entries().iter().filter(|e| e.prefix) {
            let line = format!("{} QWIKET AI", capitalised(&e.phrase));
            assert_eq!(reason_of(&in_body(&line), &line), Some(SPONSOR), "{line}");
        }
    }

    #[test]
    fn no_entry_marks_prose() {
        assert_phrases_never_mark_prose(
            lexicon::sponsor()
                .entries()
                .iter()
                .map(|e| e.phrase.as_str()),
            "the ministry said on Monday. It added that the talks would go on for weeks.",
        );
    }

    #[test]
    fn reference_sponsor_lines() {
        for line in [
            "Sponsor:\u{a0} QWIKET AI",
            "Sponsor:\u{a0} QWIKET AI:\u{a0}Interactive Sports Knowledge and Reasoning Support.",
        ] {
            assert_eq!(reason_of(&in_header(line), line), Some(SPONSOR));
        }
    }

    #[test]
    fn long_sponsor_sentence_is_prose() {
        assert_no_marks(&in_body(
            "Sponsored by the EU, the programme funds schools in the region, according to its website.",
        ));
    }

    #[test]
    fn glued_label_marks_only_the_label() {
        assert_eq!(glued_label("AdvertisementPutin said on Monday"), Some(13));
        assert_eq!(glued_label("ADVERTISEMENTSThe Kremlin said"), Some(14));
        assert_eq!(glued_label("Advertisement revenue fell"), None);
        assert_eq!(glued_label("Advertisements"), None);
        assert_eq!(glued_label("AdBlue sales rose"), None);
        assert_eq!(glued_label("Adver"), None);
        let text = in_body("AdvertisementPutin said on Monday that talks had gone well.");
        assert_eq!(reason_of(&text, "Advertisement"), Some(SPONSOR));
    }
}
