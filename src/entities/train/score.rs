//! Entity-level exact-match scoring, as the benchmark defines it: PERSON, ORG
//! and LOC (GPE + LOC + FAC counted as LOC), spans compared after stripping a
//! leading "the" and a trailing possessive 's / ’s from both sides, plus a
//! label-blind score over the same spans.

use crate::text::span::Span;
use std::collections::HashSet;

/// The benchmark's three classes.
pub const CLASSES: [&str; 3] = ["PERSON", "ORG", "LOC"];

/// The benchmark class of a gold or predicted label.
pub fn class_of(label: &str) -> Option<usize> {
    match label {
        "PERSON" | "PER" => Some(0),
        "ORG" => Some(1),
        "LOC" | "GPE" | "FAC" => Some(2),
        _ => None,
    }
}

/// Drops a leading "the " and a trailing "'s"/"’s" (and white space).
pub fn normalise(text: &str, span: Span) -> Span {
    let mut s = span.trim(text);
    let t = s.slice(text);
    if t.len() > 4 && t.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("the ")) {
        s.start += 4;
    }
    let t = s.slice(text);
    for suffix in ["'s", "’s"] {
        if t.len() > suffix.len() && t.ends_with(suffix) {
            s.end -= suffix.len();
            break;
        }
    }
    s.trim(text)
}

/// Counts of true positives, false positives and false negatives.
#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, gold: &HashSet<(Span, usize)>, pred: &HashSet<(Span, usize)>) {
        self.tp += gold.intersection(pred).count();
        self.fp += pred.difference(gold).count();
        self.fn_ += gold.difference(pred).count();
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Accumulated scores over documents.
#[derive(Debug, Default)]
pub struct Scores {
    pub per_class: [Counts; 3],
    pub exact: Counts,
    pub blind: Counts,
}

impl Scores {
    /// Adds one document: gold and predicted (span, label) pairs over `text`.
    pub fn add<'a>(
        &mut self,
        text: &str,
        gold: impl IntoIterator<Item = (Span, &'a str)>,
        pred: impl IntoIterator<Item = (Span, &'a str)>,
    ) {
        let set = |items: Vec<(Span, &str)>| -> HashSet<(Span, usize)> {
            items
                .into_iter()
                .filter_map(|(s, l)| class_of(l).map(|c| (normalise(text, s), c)))
                .collect()
        };
        let g = set(gold.into_iter().collect());
        let p = set(pred.into_iter().collect());
        for c in 0..3 {
            let only =
                |s: &HashSet<(Span, usize)>| s.iter().filter(|x| x.1 == c).copied().collect();
            self.per_class[c].add(&only(&g), &only(&p));
        }
        self.exact.add(&g, &p);
        let blind = |s: &HashSet<(Span, usize)>| s.iter().map(|x| (x.0, 0)).collect();
        self.blind.add(&blind(&g), &blind(&p));
    }

    /// A printable table.
    pub fn report(&self, title: &str) -> String {
        let mut out = format!(
            "{title}\n  {:<12} {:>6} {:>6} {:>6} {:>5} {:>5} {:>5}\n",
            "", "P", "R", "F1", "tp", "fp", "fn"
        );
        let rows = CLASSES
            .iter()
            .zip(&self.per_class)
            .map(|(n, c)| (*n, c))
            .chain([("exact", &self.exact), ("label-blind", &self.blind)]);
        for (name, c) in rows {
            out += &format!(
                "  {:<12} {:>6.3} {:>6.3} {:>6.3} {:>5} {:>5} {:>5}\n",
                name,
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp,
                c.fp,
                c.fn_
            );
        }
        out
    }
}

/// Scores a tagger end to end on documents: the tagger tokenizes the raw text
/// itself and its byte spans are compared with the gold spans.
pub fn evaluate(tagger: &crate::entities::Tagger, docs: &[super::corpus::Doc]) -> Scores {
    let mut scores = Scores::default();
    for d in docs {
        let sentences = crate::entities::tokenize::sentences(&d.text);
        let pred = tagger.tag(&d.text, &sentences);
        scores.add(
            &d.text,
            d.gold.iter().map(|g| (g.span, g.label.as_str())),
            pred.iter().map(|m| (m.span, m.label)),
        );
    }
    scores
}

/// The misses (`-`) and false alarms (`+`) of one document, for error analysis.
pub fn errors(tagger: &crate::entities::Tagger, d: &super::corpus::Doc) -> String {
    let sentences = crate::entities::tokenize::sentences(&d.text);
    let pred = tagger.tag(&d.text, &sentences);
    errors_of(d, pred.iter().map(|m| (m.span, m.label)))
}

/// The misses (-) and false alarms (+) of `pred` against the gold of `d`, in
/// text order, each with a little of the text around it.
pub fn errors_of<'a>(
    d: &super::corpus::Doc,
    pred: impl IntoIterator<Item = (Span, &'a str)>,
) -> String {
    let set = |items: Vec<(Span, &str)>| -> HashSet<(Span, usize)> {
        items
            .into_iter()
            .filter_map(|(s, l)| class_of(l).map(|c| (normalise(&d.text, s), c)))
            .collect()
    };
    let g = set(d.gold.iter().map(|g| (g.span, g.label.as_str())).collect());
    let p = set(pred.into_iter().collect());
    let mut lines: Vec<(Span, String)> = Vec::new();
    for (sign, a, b) in [("-", &g, &p), ("+", &p, &g)] {
        for &(s, c) in a.difference(b) {
            let context = context(&d.text, s);
            let line = format!(
                "{sign} {:<6} {:<32} | {context}",
                CLASSES[c],
                s.slice(&d.text)
            );
            lines.push((s, line));
        }
    }
    lines.sort_by_key(|l| l.0);
    let mut out = format!("== {}\n", d.id);
    for (_, l) in lines {
        out += &l;
        out.push('\n');
    }
    out
}

/// About 40 bytes either side of `s` on one line, the span in [brackets].
fn context(text: &str, s: Span) -> String {
    let mut a = s.start.saturating_sub(40);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (s.end + 40).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    format!(
        "{}[{}]{}",
        &text[a..s.start],
        s.slice(text),
        &text[s.end..b]
    )
    .replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_strips_the_and_possessive() {
        let text = "the Kremlin’s view";
        let s = normalise(text, Span::new(0, 15));
        assert_eq!(s.slice(text), "Kremlin");
    }
}
