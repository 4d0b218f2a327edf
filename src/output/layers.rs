//! One function per layer: byte spans in, schema objects out.

use super::Converter;

/// Scores and confidences are rounded to 4 decimals in f64, so that the CLI's
/// JSON and the numbers JavaScript sees are the same (an f32 widened to a JS
/// number would print 0.8620708584785461 where serde_json prints 0.86207086).
fn round4(x: f32) -> f64 {
    (f64::from(x) * 1e4).round() / 1e4
}
use crate::analysis::{Analysis, QuoteKind};
use crate::schema;

pub fn boilerplate(conv: &Converter, a: &Analysis) -> Vec<schema::Boilerplate> {
    a.boilerplate
        .iter()
        .map(|m| {
            let (start, end) = conv.span(m.span);
            schema::Boilerplate {
                start,
                end,
                reason: m.reason.to_string(),
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
                label: m.label.to_string(),
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
            label: g.label.to_string(),
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
    let mut rows: Vec<schema::SpeakerSummary> = Vec::new();
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
                let name = s
                    .entity
                    .and_then(|g| a.groups.get(g))
                    .map(|g| g.name.clone())
                    .unwrap_or_else(|| s.text.clone());
                let row = match rows.iter_mut().position(|r| match s.entity {
                    Some(_) => r.entity == s.entity,
                    None => r.entity.is_none() && r.name == name,
                }) {
                    Some(i) => &mut rows[i],
                    None => {
                        rows.push(schema::SpeakerSummary {
                            entity: s.entity,
                            name,
                            unnamed: s.unnamed,
                            quotes: 0,
                            direct: 0,
                            partial: 0,
                            scare: 0,
                            reported: 0,
                            according_to: 0,
                            words: 0,
                        });
                        rows.last_mut().expect("just pushed")
                    }
                };
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
                kind: q.kind.name().to_string(),
                speaker,
                cue: q.cue.map(|c| conv.text_span(c)),
                confidence: round4(q.confidence),
            }
        })
        .collect();
    crate::sort::by(&mut rows, |a, b| {
        b.quotes.cmp(&a.quotes).then(b.words.cmp(&a.words))
    });
    (quotes, rows, unnamed_sources)
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
                            kind: r.kind.to_string(),
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
