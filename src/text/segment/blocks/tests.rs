//! Paragraph cases: lines, blank lines, line terminators and hard wrapping.

use super::*;

fn paras(text: &str) -> Vec<&str> {
    split(text).into_iter().map(|p| p.slice(text)).collect()
}

/// An e-mail style block wrapped at about 70 columns, breaking mid-sentence.
const WRAPPED: &str = "Vladimir Putin said on Monday that Russia is ready to work with\n\
foreign partners, including Americans, to develop reserves of rare\n\
earth metals in Russia and occupied Ukraine, just as officials in\n\
Kyiv signalled that Ukraine was close to a similar deal.";

#[test]
fn every_line_is_a_paragraph() {
    let text = "THE AMERICA ONE NEWS\nFeb 25, 2025  |  \n0\n | Remer,MN\nback  \ntopic";
    assert_eq!(
        paras(text),
        [
            "THE AMERICA ONE NEWS",
            "Feb 25, 2025  |",
            "0",
            "| Remer,MN",
            "back",
            "topic"
        ]
    );
}

#[test]
fn blank_lines_of_any_white_space_separate() {
    let text = "One.\n \u{a0}\u{200b}\t\nTwo.\n\n\n\nThree.";
    assert_eq!(paras(text), ["One.", "Two.", "Three."]);
    assert!(paras("\n\n \u{a0}\n").is_empty());
    assert!(paras("").is_empty());
}

#[test]
fn all_line_terminators() {
    assert_eq!(
        paras("a\r\nb\rc\nd\u{2028}e\u{2029}f\u{85}g\u{0B}h\u{0C}i"),
        ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
    );
    assert_eq!(paras("a\r\n\r\nb"), ["a", "b"]);
    assert_eq!(paras("\r\n\r\n"), Vec::<&str>::new());
}

#[test]
fn spans_index_the_original_text() {
    let text = "\u{feff}Zoë said 👋\r\n\r\n  Путин\u{a0}ответил.  \r\n";
    let spans = split(text);
    assert_eq!(spans.len(), 2);
    assert_eq!(spans[0].slice(text), "Zoë said 👋");
    assert_eq!(spans[1].slice(text), "Путин\u{a0}ответил.");
    assert!(spans
        .iter()
        .all(|s| text.is_char_boundary(s.start) && text.is_char_boundary(s.end)));
}

#[test]
fn hard_wrapped_block_is_one_paragraph() {
    let got = paras(WRAPPED);
    assert_eq!(got, [WRAPPED]);
    let crlf = WRAPPED.replace('\n', "\r\n");
    assert_eq!(paras(&crlf), [crlf.as_str()]);
}

#[test]
fn wrapped_paragraphs_separated_by_blank_lines() {
    let text = format!("{WRAPPED}\n\n{WRAPPED}");
    assert_eq!(paras(&text), [WRAPPED, WRAPPED]);
}

#[test]
fn short_sentence_final_line_ends_a_wrapped_paragraph() {
    let text = format!("{WRAPPED}\n{WRAPPED}");
    assert_eq!(
        paras(&text),
        [WRAPPED, WRAPPED],
        "the next word would have fitted"
    );
}

#[test]
fn greeting_and_bullets_inside_a_wrapped_block() {
    let text = format!("Dear editor,\n{WRAPPED}\n- first point of the list\n- second point");
    assert_eq!(paras(&text)[..2], ["Dear editor,", WRAPPED]);
    assert_eq!(
        paras(&text)[2..],
        ["- first point of the list", "- second point"]
    );
}

#[test]
fn headline_lists_are_not_wrapped_text() {
    let text = "Over 900 asylum seekers rescued off Indonesian coast\n\
                Texas student Ahmed Mohamed inspires social movement\n\
                At least 107 killed in Mecca crane collapse in Saudi Arabia";
    assert_eq!(paras(text).len(), 3);
}

#[test]
fn one_paragraph_per_line_news_is_not_wrapped_text() {
    let long = "Vladimir Putin said on Monday that Russia is ready to work with foreign partners, \
                including Americans, to develop reserves of rare earth metals.";
    let text = format!("{long}\n{long}\n{long}");
    assert_eq!(paras(&text).len(), 3);
    // Similar lengths, but each line ends a sentence.
    let text = "Putin said on Monday that Russia is ready to work with them.\n\
                officials in Kyiv said that Ukraine was close to a deal too.\n\
                the deal would give Washington access to its resources now.";
    assert_eq!(paras(text).len(), 3);
}

#[test]
fn short_lines_are_never_joined() {
    let text = "Photo: EPA-EFE\nby our correspondent\nin Kyiv and in Moscow";
    assert_eq!(paras(text).len(), 3);
}

#[test]
fn bullets() {
    for line in [
        "- item", "* item", "• item", "1. item", "12) item", "a) item", "— item",
    ] {
        assert!(is_bullet(line), "{line}");
    }
    for line in [
        "-item",
        "1.5 million",
        "2025 was",
        "a. b",
        "Putin",
        "",
        "1234. x",
    ] {
        assert!(!is_bullet(line), "{line}");
    }
}

#[test]
fn very_many_lines_and_one_huge_line() {
    let many = "short line\n".repeat(20_000);
    assert_eq!(split(&many).len(), 20_000);
    let huge = "word ".repeat(200_000);
    assert_eq!(split(&huge).len(), 1);
}
