//! Reason-bearing cues of one sentence: lexicon hits (comparison, causal,
//! prediction, hedged, contested term, disputed), figures (`statistics.rs`) and
//! two comparison rules the lexicons cannot express.
//!
//! Every cue carries its trigger span and the one-line explanation the reader
//! sees, so the score's features and the claim's reasons come from one place.

use super::catalogue::{Found, Lexicons};
use super::lexicons::{Hit, Lexicon};
use super::statistics;
use super::words::Word;
use crate::analysis::Mention;
use crate::text::span::Span;

/// One trigger of a reason.
#[derive(Clone, Debug, PartialEq)]
pub struct Cue {
    /// A reason kind (`statistic`, `comparison`, …).
    pub kind: &'static str,
    pub span: Span,
    pub explanation: String,
}

/// Words ending in "-est" that are not superlatives.
const NOT_SUPERLATIVES: &[&str] = &[
    "interest", "rest", "west", "request", "forest", "protest", "contest", "guest", "test",
    "quest", "harvest", "arrest", "conquest", "manifest", "latest", "honest", "modest", "suggest",
    "digest", "invest", "nest", "chest", "vest", "crest", "priest", "pest",
];

/// Comparatives that do not end in "-er".
const COMPARATIVES: &[&str] = &["more", "less", "fewer", "better", "worse", "rather"];

/// All reason cues of a sentence, by start, from the lexicons' hits in it
/// (`found`, [`Lexicons::find_all`]).
pub fn find(
    text: &str,
    words: &[Word],
    sentence: Span,
    entities: &[Mention],
    lex: &Lexicons,
    found: &Found,
) -> Vec<Cue> {
    let mut cues = statistics::find(text, words, sentence, entities);
    let lists: [(&'static str, &Lexicon, &[Hit]); 6] = [
        ("comparison", &lex.comparison, found.comparison()),
        ("causal", &lex.causal, found.causal()),
        ("prediction", &lex.prediction, found.prediction()),
        ("hedged", &lex.hedges, found.hedges()),
        (
            "contested_term",
            &lex.contested_terms,
            found.contested_terms(),
        ),
        ("disputed", &lex.disputed, found.disputed()),
    ];
    for (kind, lexicon, hits) in lists {
        for &hit in hits {
            let mut span = Lexicon::span(words, hit);
            let reason = &lexicon.entries()[hit.entry].reason;
            if kind == "comparison" && words[hit.first].key == "than" {
                if let Some(start) = comparative_before(words, hit.first) {
                    span.start = start;
                }
            }
            cues.push(Cue {
                kind,
                span,
                explanation: reason.clone(),
            });
        }
    }
    cues.extend(superlatives(text, words));
    crate::sort::by_key(&mut cues, |c| (c.span.start, c.span.end));
    cues.dedup_by(|b, a| a.kind == b.kind && a.span.overlaps(b.span));
    cues
}

/// The start of a comparative word ("larger", "more") up to six words before
/// "than", so that the trigger reads "larger reserves … than".
fn comparative_before(words: &[Word], than: usize) -> Option<usize> {
    words[than.saturating_sub(6)..than]
        .iter()
        .rev()
        .find(|w| {
            w.is_alpha()
                && (COMPARATIVES.contains(&w.key.as_str())
                    || (w.key.len() > 4 && w.key.ends_with("er") && !w.capitalised))
        })
        .map(|w| w.span.start)
}

/// "the biggest", "the fastest-growing": "the" and a word ending in "-est".
fn superlatives(text: &str, words: &[Word]) -> Vec<Cue> {
    words
        .windows(2)
        .filter(|p| {
            let w = &p[1].key;
            p[0].key == "the"
                && p[1].is_alpha()
                && w.len() > 5
                && w.split('-')
                    .next()
                    .is_some_and(|head| head.ends_with("est") && !NOT_SUPERLATIVES.contains(&head))
        })
        .map(|p| {
            let span = Span::new(p[0].span.start, p[1].span.end);
            Cue {
                kind: "comparison",
                span,
                explanation: format!(
                    "a superlative (\u{201c}{}\u{201d}): every other case must be checked",
                    span.slice(text)
                ),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::words::words;

    fn kinds(text: &str) -> Vec<(&'static str, String)> {
        let s = Span::new(0, text.len());
        let (ws, lex) = (words(text, s), Lexicons::builtin());
        find(text, &ws, s, &[], lex, &lex.find_all(text, &ws))
            .into_iter()
            .map(|c| (c.kind, c.span.slice(text).to_string()))
            .collect()
    }

    #[test]
    fn comparative_span_reaches_back_to_the_adjective() {
        let k = kinds("Russia had larger reserves of rare earth metals than Ukraine.");
        assert!(k.contains(&(
            "comparison",
            "larger reserves of rare earth metals than".into()
        )));
    }

    #[test]
    fn superlatives_but_not_look_alikes() {
        let k = kinds("It is the greatest country; the rest disagree; the latest news.");
        assert_eq!(k, [("comparison", "the greatest".to_string())]);
    }

    #[test]
    fn reference_article_cues() {
        let k = kinds("the Donetsk regions of Ukraine, which it illegally annexed in 2022.");
        assert!(k.contains(&("contested_term", "illegally annexed".into())));
        let k = kinds("Under the terms reportedly being discussed, Washington would gain control.");
        assert!(k.contains(&("hedged", "reportedly".into())));
    }
}
