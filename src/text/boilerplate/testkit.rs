//! Helpers shared by the rule tests: small documents that put a line in the
//! header, in the body or inside a sentence, and a readable view of the marks.

use super::detect;
use crate::text::segment::paragraphs;

/// Body paragraphs (sentence-like prose, long enough to end the header zone).
pub(crate) const BODY: &str = "Vladimir Putin said on Monday that Russia is ready to work with foreign partners on rare earth metals.";
pub(crate) const BODY2: &str = "Kyiv has been engaged in its own talks with Washington on a similar deal for several weeks, officials said.";
/// A headline: after the header lines, before the body.
pub(crate) const HEADLINE: &str = "Putin proposes US investment in rare earth metals";

/// Real prose that mentions cue words: never marked anywhere.
pub(crate) const PROSE: &[&str] = &[
    "Back in 2010, the ministry sponsored a study of rare earth deposits in Siberia and the Urals.",
    "The company said it would stop using third-party cookies and ask users to accept all changes.",
    "Advertisement revenue fell sharply last year, the newspaper's owner told shareholders on Monday.",
    "Share prices in Moscow rose after the announcement, with mining stocks leading the gains.",
    "Related: talks between Moscow and Washington have stalled. Officials blame each other for it.",
    "Follow us on this journey, the minister told reporters, as he presented the plan in parliament.",
    "Sponsored by the EU, the programme funds schools in the region, according to its website.",
    "“We use cookies to track our users,” the company's spokesperson told the court on Tuesday.",
    "Photo: the minister, left, meets investors in Moscow on February 24, according to the Kremlin.",
];

/// `line` between two body paragraphs.
pub(crate) fn in_body(line: &str) -> String {
    format!("{BODY}\n\n{line}\n\n{BODY2}")
}

/// `line` at the top, above a headline and the body.
pub(crate) fn in_header(line: &str) -> String {
    format!("{line}\n\n{HEADLINE}\n\n{BODY}\n\n{BODY2}")
}

/// `phrase` inside a body sentence.
pub(crate) fn in_sentence(phrase: &str) -> String {
    in_body(&format!(
        "Officials said the {phrase} item was discussed at length on Monday, according to two people familiar with the talks."
    ))
}

/// The marks of `text` as (reason, marked text).
pub(crate) fn marks(text: &str) -> Vec<(&'static str, String)> {
    detect(text, &paragraphs(text))
        .into_iter()
        .map(|m| (m.reason, m.span.slice(text).to_string()))
        .collect()
}

/// The reason of the mark covering exactly `line`, if any.
pub(crate) fn reason_of(text: &str, line: &str) -> Option<&'static str> {
    marks(text)
        .into_iter()
        .find(|(_, s)| s == line)
        .map(|(r, _)| r)
}

pub(crate) fn assert_no_marks(text: &str) {
    let got = marks(text);
    assert!(got.is_empty(), "unexpected marks {got:?} in {text:?}");
}

/// Uppercases the first letter ("related:" → "Related:").
pub(crate) fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Every phrase, inside a sentence and opening a body paragraph followed by
/// `rest`, marks nothing: lexicon entries must never catch prose.
pub(crate) fn assert_phrases_never_mark_prose<'a>(
    phrases: impl IntoIterator<Item = &'a str>,
    rest: &str,
) {
    for phrase in phrases {
        assert_no_marks(&in_sentence(phrase));
        assert_no_marks(&in_body(&format!("{} {rest}", capitalised(phrase))));
    }
}
