//! What gets highlighted: one [`Mark`] per annotation, in DOM coordinates, with
//! the W3C Web Annotation selectors that find it again after the page changes.

use super::Layout;
use crate::Annotations;
use foldhash::HashMap;
use serde::Serialize;

/// Characters of context in a `TextQuoteSelector`'s prefix and suffix.
pub const CONTEXT: usize = 32;

/// The highlight kinds, outermost first when they overlap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Claim,
    Quote,
    Boilerplate,
    Entity,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Claim, Kind::Quote, Kind::Boilerplate, Kind::Entity];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Claim => "claim",
            Kind::Quote => "quote",
            Kind::Boilerplate => "boilerplate",
            Kind::Entity => "entity",
        }
    }

    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    fn prefix(self) -> char {
        self.name().chars().next().unwrap_or('x')
    }
}

/// W3C Web Annotation selectors (UTF-16 offsets into the DOM text).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type")]
pub enum Selector {
    TextQuoteSelector {
        exact: String,
        prefix: String,
        suffix: String,
    },
    TextPositionSelector {
        start: usize,
        end: usize,
    },
}

/// One highlight: `[start, end)` of the DOM text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mark {
    /// Kind initial and DOM span ("e120-125"): stable for the same text.
    pub id: String,
    pub kind: Kind,
    pub label: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub selectors: [Selector; 2],
    /// The entity's canonical name, a quote's speaker, or a claim's reasons.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// For re-anchored marks: "unchanged", "moved" or "edited".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchored: Option<&'static str>,
}

/// The ids given so far, to make each new one unique: the second mark of a
/// kind over the same span gets "~2", the third "~3". Counted per span, not
/// found by trying "~2", "~3"… in turn: that was quadratic in the copies of
/// one span (a stored list of marks with 10,000 copies of one).
#[derive(Default)]
pub struct Ids(HashMap<(Kind, usize, usize), usize>);

impl Ids {
    /// "e120-125" for the first entity mark over `[120, 125)`, then "e120-125~2"…
    fn unique(&mut self, kind: Kind, start: usize, end: usize) -> String {
        let seen = self.0.entry((kind, start, end)).or_insert(0);
        *seen += 1;
        match *seen {
            1 => format!("{}{start}-{end}", kind.prefix()),
            n => format!("{}{start}-{end}~{n}", kind.prefix()),
        }
    }
}

impl Mark {
    /// A mark over DOM `[start, end)` with its selectors; `id` is made unique in `ids`.
    pub fn new(
        layout: &Layout,
        kind: Kind,
        label: &str,
        start: usize,
        end: usize,
        ids: &mut Ids,
    ) -> Mark {
        let id = ids.unique(kind, start, end);
        let (prefix_start, suffix_end) = context(&layout.dom, start, end, CONTEXT);
        let text = layout.dom_text(start, end);
        Mark {
            id,
            kind,
            label: label.to_string(),
            start,
            end,
            selectors: [
                Selector::TextQuoteSelector {
                    exact: text.clone(),
                    prefix: layout.dom_text(prefix_start, start),
                    suffix: layout.dom_text(end, suffix_end),
                },
                Selector::TextPositionSelector { start, end },
            ],
            text,
            detail: None,
            score: None,
            anchored: None,
        }
    }
}

/// Up to `n` units either side, never cutting a surrogate pair.
fn context(dom: &[u16], start: usize, end: usize, n: usize) -> (usize, usize) {
    let low = |i: usize| dom.get(i).is_some_and(|u| (0xDC00..0xE000).contains(u));
    let mut from = start.saturating_sub(n);
    if from > 0 && low(from) {
        from += 1;
    }
    let mut to = (end + n).min(dom.len());
    if to < dom.len() && low(to) {
        to -= 1;
    }
    (from, to)
}

/// The marks of `annotations` (made with UTF-16 offsets over `layout.text`), of
/// the chosen kinds, ordered by start.
pub fn marks_from_annotations(layout: &Layout, a: &Annotations, kinds: &[Kind]) -> Vec<Mark> {
    let mut ids = Ids::default();
    let mut marks = Vec::new();
    // Each entity's group name by id, found once (not by a search per entity).
    let names: HashMap<usize, &str> = (a.entity_groups.iter())
        .map(|g| (g.id, g.name.as_str()))
        .collect();
    let mut add = |kind: Kind,
                   label: &str,
                   start: usize,
                   end: usize,
                   detail: Option<String>,
                   score: Option<f64>| {
        if !kinds.contains(&kind) {
            return;
        }
        let (start, end) = (layout.to_dom(start), layout.to_dom(end));
        if start < end {
            let mut mark = Mark::new(layout, kind, label, start, end, &mut ids);
            mark.detail = detail;
            mark.score = score;
            marks.push(mark);
        }
    };
    for e in &a.entities {
        let name = names.get(&e.entity).map(|n| n.to_string());
        add(
            Kind::Entity,
            e.label,
            e.start,
            e.end,
            name,
            Some(e.confidence),
        );
    }
    for q in &a.quotes {
        let speaker = q.speaker.as_ref().map(|s| s.text.clone());
        add(
            Kind::Quote,
            q.kind,
            q.start,
            q.end,
            speaker,
            Some(q.confidence),
        );
    }
    for c in &a.claims {
        let label = c.reasons.first().map_or("claim", |r| r.kind);
        let reasons: Vec<&str> = c.reasons.iter().map(|r| r.kind).collect();
        add(
            Kind::Claim,
            label,
            c.start,
            c.end,
            Some(reasons.join(", ")),
            Some(c.score),
        );
    }
    for b in &a.boilerplate {
        add(Kind::Boilerplate, b.reason, b.start, b.end, None, None);
    }
    sort_marks(&mut marks);
    marks
}

/// The order [`super::pieces`] expects: by start, longer first, outer kind first.
pub fn sort_marks(marks: &mut [Mark]) {
    crate::sort::by_key(marks, |m| (m.start, std::cmp::Reverse(m.end), m.kind));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::highlight::{Break, Chunk};
    use crate::{OffsetUnit, Options};

    #[test]
    fn annotations_become_marks_in_dom_coordinates() {
        let chunks = [
            Chunk::new("Kyiv talks", Break::None),
            Chunk::new("Ukraine’s Deputy Prime Minister Olha ", Break::Paragraph),
            Chunk::new("Stefanishyna", Break::None),
            Chunk::new(" said the talks were “very constructive”.", Break::None),
        ];
        let layout = Layout::new(&chunks);
        let options = Options {
            offsets: OffsetUnit::Utf16,
            ..Options::default()
        };
        let a = crate::annotate(&layout.text, &options);
        let marks = marks_from_annotations(&layout, &a, &Kind::ALL);
        let person = marks
            .iter()
            .find(|m| m.label == "PERSON")
            .expect("a person");
        assert_eq!(person.text, "Olha Stefanishyna");
        assert_eq!(
            layout.dom_text(person.start, person.end),
            "Olha Stefanishyna"
        );
        assert_eq!(person.id, format!("e{}-{}", person.start, person.end));
        let quote = marks
            .iter()
            .find(|m| m.kind == Kind::Quote)
            .expect("a quote");
        assert!(quote.text.contains("very constructive"), "{quote:?}");
        assert_eq!(quote.detail.as_deref(), Some("Olha Stefanishyna"));
        // Only the kinds asked for.
        let entities = marks_from_annotations(&layout, &a, &[Kind::Entity]);
        assert!(entities.iter().all(|m| m.kind == Kind::Entity) && !entities.is_empty());
    }

    #[test]
    fn selectors_carry_context_without_splitting_emoji() {
        let layout = Layout::new(&[Chunk::new("Zoë 👍🏽 met Putin in Kyiv 👍", Break::None)]);
        let dom: Vec<u16> = layout.dom.clone();
        let start = String::from_utf16_lossy(&dom).encode_utf16().count()
            - "Putin in Kyiv 👍".encode_utf16().count();
        let mut ids = Ids::default();
        let m = Mark::new(&layout, Kind::Entity, "PERSON", start, start + 5, &mut ids);
        let Selector::TextQuoteSelector {
            exact,
            prefix,
            suffix,
        } = &m.selectors[0]
        else {
            panic!()
        };
        assert_eq!(
            (exact.as_str(), prefix.as_str(), suffix.as_str()),
            ("Putin", "Zoë 👍🏽 met ", " in Kyiv 👍")
        );
        assert_eq!(context(&dom, 13, 18, CONTEXT), (0, dom.len()));
        // Six units back lands inside 🏽, two after "Kyiv " inside 👍: both stop short.
        let (from, _) = context(&dom, 13, 18, 6);
        assert_eq!(layout.dom_text(from, 13), " met ");
        let end = dom.len() - 2;
        assert_eq!(context(&dom, end - 4, end, 1), (end - 5, end));
        // The same span twice gets a second id.
        let again = Mark::new(&layout, Kind::Entity, "PERSON", start, start + 5, &mut ids);
        assert_eq!(again.id, format!("{}~2", m.id));
        let third = Mark::new(&layout, Kind::Entity, "PERSON", start, start + 5, &mut ids);
        assert_eq!(third.id, format!("{}~3", m.id));
        let claim = Mark::new(&layout, Kind::Claim, "claim", start, start + 5, &mut ids);
        assert_eq!(claim.id, format!("c{start}-{}", start + 5));
    }
}
