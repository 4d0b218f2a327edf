//! One function per layer: byte spans in, schema objects out.

use super::Converter;

/// Scores and confidences are rounded to 4 decimals in f64, so that the CLI's
/// JSON and the numbers JavaScript sees are the same (an f32 widened to a JS
/// number would print 0.8620708584785461 where serde_json prints 0.86207086).
fn round4(x: f32) -> f64 {
    (f64::from(x) * 1e4).round() / 1e4
}
use crate::analysis::{Analysis, QuoteKind};
use crate::fnv::HashMap;
use crate::schema;

pub fn boilerplate(conv: &Converter, a: &Analysis) -> Vec<schema::Boilerplate> {
    a.boilerplate
        .iter()
        .map(|m| {
            let (start, end) = conv.span(m.span);
            schema::Boilerplate {
                start,
                end,
                reason: m.reason,
            }
        })
        .collect()
}

pub fn sentences(conv: &Converter, a: &Analysis) -> Vec<schema::Sentence> {
    a.sentences
        .iter()
        .enumerate()
        .map(|(i, &s)| {
            let (start, end) = conv.span(s);
            schema::Sentence {
                start,
                end,
                checkworthiness: a.checkworthiness.get(i).map(|&c| round4(c)),
            }
        })
        .collect()
}

pub fn entities(conv: &Converter, a: &Analysis) -> Vec<schema::Entity> {
    a.entities
        .iter()
        .map(|m| {
            let t = conv.text_span(m.span);
            schema::Entity {
                start: t.start,
                end: t.end,
                text: t.text,
                label: m.label,
                entity: m.group,
                confidence: round4(m.confidence),
            }
        })
        .collect()
}

pub fn groups(a: &Analysis) -> Vec<schema::EntityGroup> {
    a.groups
        .iter()
        .enumerate()
        .map(|(id, g)| schema::EntityGroup {
            id,
            name: g.name.clone(),
            label: g.label,
            mentions: g.mentions.clone(),
            roles: g.roles.clone(),
        })
        .collect()
}

/// The quotes, the who-is-quoted summary and the count of unnamed-source quotes.
pub fn quotes(
    conv: &Converter,
    a: &Analysis,
) -> (Vec<schema::Quote>, Vec<schema::SpeakerSummary>, usize) {
    let mut rows = SpeakerRows::default();
    let mut unnamed_sources = 0;
    let quotes = a
        .quotes
        .iter()
        .map(|q| {
            let t = conv.text_span(q.span);
            let speaker = q.speaker.as_ref().map(|s| {
                let st = conv.text_span(s.span);
                schema::Speaker {
                    start: st.start,
                    end: st.end,
                    text: st.text,
                    entity: s.group,
                    unnamed: s.unnamed,
                }
            });
            if let Some(s) = &speaker {
                unnamed_sources += usize::from(s.unnamed);
                let row = rows.row(a, s);
                row.quotes += 1;
                match q.kind {
                    QuoteKind::Direct => row.direct += 1,
                    QuoteKind::Partial => row.partial += 1,
                    QuoteKind::Scare => row.scare += 1,
                    QuoteKind::Reported => row.reported += 1,
                    QuoteKind::AccordingTo => row.according_to += 1,
                }
                if matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial) {
                    row.words += t.text.split_whitespace().count();
                }
            }
            schema::Quote {
                start: t.start,
                end: t.end,
                text: t.text,
                kind: q.kind.name(),
                speaker,
                cue: q.cue.map(|c| conv.text_span(c)),
                confidence: round4(q.confidence),
            }
        })
        .collect();
    let mut rows = rows.rows;
    crate::sort::by(&mut rows, |a, b| {
        b.quotes.cmp(&a.quotes).then(b.words.cmp(&a.words))
    });
    (quotes, rows, unnamed_sources)
}

/// The who-is-quoted rows in order of first quote, one per speaker: an entity
/// group, or for a speaker linked to none the name as written.
///
/// Found through an index, not by searching the rows for each quote: that
/// was quadratic, 4.5 s/MB at 3 MB on a text where every quote has a new
/// speaker (`scaling --only many-speakers`).
#[derive(Default)]
struct SpeakerRows {
    rows: Vec<schema::SpeakerSummary>,
    index: HashMap<SpeakerKey, usize>,
}

#[derive(Hash, PartialEq, Eq)]
enum SpeakerKey {
    Entity(usize),
    Unlinked(String),
}

impl SpeakerRows {
    fn row(&mut self, a: &Analysis, s: &schema::Speaker) -> &mut schema::SpeakerSummary {
        let key = match s.entity {
            Some(g) => SpeakerKey::Entity(g),
            None => SpeakerKey::Unlinked(s.text.clone()),
        };
        let next = self.rows.len();
        let i = *self.index.entry(key).or_insert(next);
        if i == next {
            self.rows.push(schema::SpeakerSummary {
                entity: s.entity,
                name: s
                    .entity
                    .and_then(|g| a.groups.get(g))
                    .map_or_else(|| s.text.clone(), |g| g.name.clone()),
                unnamed: s.unnamed,
                quotes: 0,
                direct: 0,
                partial: 0,
                scare: 0,
                reported: 0,
                according_to: 0,
                words: 0,
            });
        }
        &mut self.rows[i]
    }
}

pub fn claims(conv: &Converter, a: &Analysis) -> Vec<schema::Claim> {
    a.claims
        .iter()
        .map(|c| {
            let t = conv.text_span(c.span);
            schema::Claim {
                start: t.start,
                end: t.end,
                text: t.text,
                score: round4(c.score),
                reasons: c
                    .reasons
                    .iter()
                    .map(|r| {
                        let rt = conv.text_span(r.span);
                        schema::Reason {
                            kind: r.kind,
                            start: rt.start,
                            end: rt.end,
                            text: rt.text,
                            explanation: r.explanation.clone(),
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::Annotator;

    fn rows(text: &str) -> Vec<(Option<usize>, String, usize, usize)> {
        Annotator::new()
            .annotate(text)
            .speakers
            .into_iter()
            .map(|r| (r.entity, r.name, r.quotes, r.direct))
            .collect()
    }

    #[test]
    fn one_row_per_entity_group_and_per_unlinked_name() {
        let text = "“We are ready,” Russian President Vladimir Putin said on Monday. \
            “Nothing has changed,” officials said. “It is over,” Putin said. \
            “We disagree,” officials said. “No comment,” a spokesman said.\n";
        assert_eq!(
            rows(text),
            [
                (Some(0), "Vladimir Putin".to_string(), 2, 2),
                (None, "officials".to_string(), 2, 1),
                (None, "a spokesman".to_string(), 1, 0),
            ]
        );
    }

    #[test]
    fn every_new_speaker_gets_its_own_row() {
        let names = [
            "Anna Berg",
            "Carl Dunn",
            "Ella Fox",
            "Gus Hill",
            "Ida Jones",
        ];
        let text: String = names
            .iter()
            .map(|n| format!("“We will win,” said {n}. "))
            .collect();
        let rows = rows(&(text.clone() + &text));
        assert_eq!(rows.len(), names.len(), "{rows:?}");
        assert!(rows.iter().all(|r| r.2 == 2), "{rows:?}");
    }
}
