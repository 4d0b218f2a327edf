//! An organisation's name right before an event's name is part of it: "FIFA"
//! and "World Cup" make the event "FIFA World Cup", as "NATO Summit" and
//! "UEFA Championship" are events.
//!
//! The tagger often reads the organiser as a name of its own and the rest as
//! another; a fact-checker then sees FIFA highlighted as an organisation
//! where the text names a tournament. Two names join when only spaces stand
//! between them, the first is an organisation and the second reads as an
//! event by its head word (`ontonotes::is_event`). A place or person before
//! an event stays apart ("Russia World Cup" is where it was held).

use super::flat::Sentences;
use super::gazetteer::Gazetteer;
use super::{ontonotes, Coarse};
use crate::text::span::Span;

const ORG: usize = 1;
const MISC: usize = 3;

/// Applies the joins; names stay sorted by position.
pub fn apply(
    text: &str,
    _sentences: &Sentences,
    _gaz: &Gazetteer,
    names: Vec<Coarse>,
) -> Vec<Coarse> {
    let mut out: Vec<Coarse> = Vec::with_capacity(names.len());
    for c in names {
        if let Some(prev) = out.last_mut() {
            let between = &text[prev.span.end.min(c.span.start)..c.span.start];
            let joins = prev.ty == ORG
                && c.ty != 0
                && !between.is_empty()
                && between.bytes().all(|b| b == b' ')
                && ontonotes::is_event(c.span.slice(text));
            if joins {
                *prev = Coarse {
                    span: Span::new(prev.span.start, c.span.end),
                    // a MISC name is dropped at output; an ORG one is labelled an event
                    ty: if c.ty == MISC { ORG } else { c.ty },
                    confidence: prev.confidence.min(c.confidence),
                };
                continue;
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::pass_testing::{run_pass, unchanged};
    use super::*;

    const PLACE: usize = 2;

    fn joined(text: &str, parts: &[(&str, usize)]) -> Vec<(String, usize)> {
        run_pass(text, parts, apply)
    }

    #[test]
    fn an_organiser_before_an_event_is_part_of_its_name() {
        assert_eq!(
            joined(
                "Day five of the 2018 FIFA World Cup began.",
                &[("FIFA", ORG), ("World Cup", MISC)]
            ),
            vec![("FIFA World Cup".to_string(), ORG)]
        );
    }

    #[test]
    fn other_neighbours_stay_apart() {
        for (text, parts) in [
            // a place before the event, words between, no event after
            (
                "The Russia World Cup ended.",
                vec![("Russia", PLACE), ("World Cup", MISC)],
            ),
            (
                "FIFA's World Cup ended.",
                vec![("FIFA", ORG), ("World Cup", MISC)],
            ),
            (
                "FIFA, World Cup hosts",
                vec![("FIFA", ORG), ("World Cup", MISC)],
            ),
            (
                "The FIFA Council met.",
                vec![("FIFA", ORG), ("Council", ORG)],
            ),
        ] {
            assert_eq!(joined(text, &parts), unchanged(&parts), "{text}");
        }
    }
}
