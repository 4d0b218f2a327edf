//! Boilerplate detection: marks (never deletes) scraper and site residue in news
//! text pasted by fact-checkers, so that later layers and the reader can tell the
//! article from the page around it.
//!
//! The detector classifies the trimmed lines of each paragraph (`lines.rs`) with
//! three kinds of evidence:
//!
//! - **position**: the *header zone* is every line before the first body-like
//!   paragraph (long, sentence-like prose, see `shape::is_body_like`); the
//!   *footer zone* every line after the last one (each at most
//!   `MAX_EDGE_LINES`). Mastheads, datelines, counters, breadcrumbs, menus and
//!   ambiguous menu words are only looked for there.
//! - **lexicons** of cue phrases, as commented data files under `data/boilerplate/`
//!   (`lexicon.rs`).
//! - **shape**: case, length, digits, pipes, terminal punctuation (`shape.rs`).
//!
//! Rules that apply anywhere (sponsor, cookie banner, navigation labels,
//! duplicates) are strict, so that body prose is never marked: under-marking is
//! preferred to marking real content. A line gets at most one mark, except that a
//! prefix mark (a scraper tag, a glued ad label) may be followed by a `duplicate`
//! mark on the rest of its line.
//! Everything runs in time linear in the text.

mod cookie;
mod dateline;
mod duplicate;
mod lexicon;
mod lines;
mod masthead;
mod menu;
mod navigation;
mod numbers;
mod prefix;
mod shape;
mod sponsor;
mod teaser;
#[cfg(test)]
mod testkit;

use crate::text::span::Span;
use lines::{Keys, Line};

/// Site name or section banner at the top ("THE AMERICA ONE NEWS", "Opinion"),
/// or a copyright line.
pub const MASTHEAD: &str = "masthead";
/// Aggregator date/location widget or counter at the top ("Feb 25, 2025 | |", "0").
pub const DATELINE: &str = "dateline";
/// Sponsor and advertising labels ("Sponsor: QWIKET AI", "Advertisement").
pub const SPONSOR: &str = "sponsor";
/// A scraper tag glued before real text ("NextImg:" in "NextImg:Putin proposes…").
pub const SCRAPER_PREFIX: &str = "scraper_prefix";
/// Share, menu and link debris ("Share", "Read more", "Related: …", "|").
pub const NAVIGATION: &str = "navigation";
/// Cookie, consent and privacy banners and their buttons.
pub const COOKIE_BANNER: &str = "cookie_banner";
/// A later verbatim copy of an earlier line (the first copy stays unmarked).
pub const DUPLICATE: &str = "duplicate";

/// A span of site or scraper residue and why it is one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marked {
    pub span: Span,
    pub reason: &'static str,
}

/// Marks boilerplate among the paragraphs of a document.
///
/// Spans are byte ranges into `text`, on char boundaries, inside a paragraph,
/// trimmed, sorted and non-overlapping. Paragraph spans that do not fit `text`
/// are ignored; no input makes this panic.
pub fn detect(text: &str, paragraphs: &[Span]) -> Vec<Marked> {
    let lines = lines::split(text, paragraphs);
    let keys: Vec<Keys> = lines.iter().map(|l| Keys::of(l.text)).collect();
    let mut hits: Vec<Option<Marked>> = vec![None; lines.len()];

    // Strict rules first: their marks must not count as body when the zones are found.
    for (i, line) in lines.iter().enumerate() {
        if line.standalone {
            hits[i] = anywhere(line, &keys[i]).map(|r| whole(line, r));
        }
    }
    teaser::mark_teaser_titles(&lines, &keys, &mut hits);
    let zones = Zones::find(&lines, &hits);
    for (i, line) in lines.iter().enumerate() {
        if line.standalone && hits[i].is_none() && zones.is_edge(i) {
            hits[i] = at_edge(line, &keys[i], zones.is_header(i)).map(|r| whole(line, r));
        }
    }
    // Context rules: they read the marks around a line.
    cookie::mark_buttons(&lines, &keys, &mut hits);
    for (i, line) in lines.iter().enumerate() {
        if line.standalone && hits[i].is_none() {
            hits[i] = prefixed(line, zones.is_header(i));
        }
    }
    menu::mark_menu(&lines, &mut hits, zones.header_end, zones.footer_start);
    masthead::mark_banners(&lines, &mut hits, zones.header_end);
    let copies = duplicate::find(&lines, &hits);
    finish(text, hits.into_iter().flatten().chain(copies).collect())
}

/// Strict rules that may fire on any line.
fn anywhere(line: &Line, keys: &Keys) -> Option<&'static str> {
    if sponsor::is_sponsor(line.text, keys) {
        Some(SPONSOR)
    } else if cookie::is_banner(line.text, keys) {
        Some(COOKIE_BANNER)
    } else if navigation::is_navigation(line.text, keys, false) {
        Some(NAVIGATION)
    } else if masthead::is_copyright(line.text) {
        Some(MASTHEAD)
    } else {
        None
    }
}

/// Rules for the header and footer zones only.
fn at_edge(line: &Line, keys: &Keys, in_header: bool) -> Option<&'static str> {
    if navigation::is_navigation(line.text, keys, true) {
        Some(NAVIGATION)
    } else if dateline::is_dateline(line.text) {
        Some(DATELINE)
    } else if in_header && masthead::is_named(keys) {
        Some(MASTHEAD)
    } else {
        None
    }
}

/// Residue glued before real text: only the prefix is marked.
fn prefixed(line: &Line, in_header: bool) -> Option<Marked> {
    let (len, reason) = prefix::scraper_tag(line.text, in_header)
        .map(|n| (n, SCRAPER_PREFIX))
        .or_else(|| sponsor::glued_label(line.text).map(|n| (n, SPONSOR)))?;
    let span = Span::new(line.span.start, line.span.start + len);
    Some(Marked { span, reason })
}

fn whole(line: &Line, reason: &'static str) -> Marked {
    Marked {
        span: line.span,
        reason,
    }
}

/// Most lines a header or footer zone may hold (a whole page copied with its
/// menus runs to a few dozen lines); a page with no body-like paragraph near the
/// top is treated as having a header of this size only.
const MAX_EDGE_LINES: usize = 60;

/// Where the header zone ends and the footer zone starts, in line indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Zones {
    header_end: usize,
    footer_start: usize,
}

impl Zones {
    /// Bounds the zones by the first and last unmarked body-like lines (a cookie
    /// banner is sentence-like too, so marked lines do not count).
    fn find(lines: &[Line], hits: &[Option<Marked>]) -> Zones {
        let n = lines.len();
        let is_body = |i: &usize| hits[*i].is_none() && shape::is_body_like(lines[*i].text);
        let Some(first) = (0..n).find(is_body) else {
            return Zones {
                header_end: n.min(MAX_EDGE_LINES),
                footer_start: n,
            };
        };
        let last = (0..n).rfind(is_body).unwrap_or(first);
        Zones {
            header_end: first.min(MAX_EDGE_LINES),
            footer_start: (last + 1).max(n.saturating_sub(MAX_EDGE_LINES)),
        }
    }

    fn is_header(&self, i: usize) -> bool {
        i < self.header_end
    }

    fn is_edge(&self, i: usize) -> bool {
        i < self.header_end || i >= self.footer_start
    }
}

/// Keeps marks that fit `text`, sorted, dropping any that would overlap an
/// earlier one (only possible when the caller's paragraphs overlap).
fn finish(text: &str, mut marks: Vec<Marked>) -> Vec<Marked> {
    marks.retain(|m| {
        !m.span.is_empty()
            && m.span.end <= text.len()
            && text.is_char_boundary(m.span.start)
            && text.is_char_boundary(m.span.end)
    });
    crate::sort::by_key(&mut marks, |m| (m.span.start, m.span.end));
    let mut out: Vec<Marked> = Vec::with_capacity(marks.len());
    for m in marks {
        if out
            .last()
            .map_or(true, |prev| prev.span.end <= m.span.start)
        {
            out.push(m);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::testkit::*;
    use super::*;

    #[test]
    fn header_of_the_reference_shape() {
        let text = "THE AMERICA ONE NEWS\nFeb 25, 2025 \u{a0}|\u{a0} \n0\n\u{a0}| Remer,MN\n\
                    Sponsor:\u{a0} QWIKET AI\u{a0}\nback\u{a0} \u{a0} \ntopic\n\n\
                    NextImg:Putin proposes US investment in rare earth metals — Novaya Gazeta Europe\n\n\
                    Photo: EPA-EFE/MICHAEL BUHOLZER\n\nPhoto: EPA-EFE/MICHAEL BUHOLZER\n\n";
        let text = format!("{text}{BODY}\n\n{BODY2}");
        let got = marks(&text);
        let want = [
            (MASTHEAD, "THE AMERICA ONE NEWS"),
            (DATELINE, "Feb 25, 2025 \u{a0}|"),
            (DATELINE, "0"),
            (DATELINE, "| Remer,MN"),
            (SPONSOR, "Sponsor:\u{a0} QWIKET AI"),
            (NAVIGATION, "back"),
            (NAVIGATION, "topic"),
            (SCRAPER_PREFIX, "NextImg:"),
            (DUPLICATE, "Photo: EPA-EFE/MICHAEL BUHOLZER"),
        ];
        assert_eq!(got, want.map(|(r, s)| (r, s.to_string())));
        let copies: Vec<usize> = text.match_indices("Photo:").map(|(i, _)| i).collect();
        let dup = detect(&text, &crate::text::segment::paragraphs(&text));
        assert_eq!(dup.last().map(|m| m.span.start), copies.last().copied());
    }

    #[test]
    fn zones_follow_body_like_lines() {
        let text = format!("Menu\n\n{BODY}\n\nHome\n\n{BODY2}\n\nHome");
        let got = marks(&text);
        assert_eq!(got.len(), 2, "{got:?}");
        let lines = lines::split(&text, &crate::text::segment::paragraphs(&text));
        let zones = Zones::find(&lines, &vec![None; lines.len()]);
        assert_eq!((zones.header_end, zones.footer_start), (1, 4));
    }

    #[test]
    fn no_body_means_a_bounded_header_and_no_footer() {
        let lines: Vec<Line> = Vec::new();
        assert_eq!(
            Zones::find(&lines, &[]),
            Zones {
                header_end: 0,
                footer_start: 0
            }
        );
    }

    #[test]
    fn body_paragraphs_are_never_marked() {
        for p in PROSE {
            assert_no_marks(&in_body(p));
        }
    }

    #[test]
    fn hard_wrapped_fragments_are_not_labels() {
        let wrapped =
            "The company said that most of its revenue in 2024 came from\nadvertising.\n\n\
                       Officials said the talks would resume after a short pause and\nshare.";
        assert_no_marks(&format!("{BODY}\n\n{wrapped}\n\n{BODY2}"));
    }

    #[test]
    fn tolerates_bad_paragraph_spans() {
        let text = "Share\nЖурнал";
        let spans = [
            Span::new(0, 5),
            Span::new(0, 5),
            Span::new(7, 9),
            Span::new(9, 1),
        ];
        assert_eq!(detect(text, &spans).len(), 1);
    }
}
