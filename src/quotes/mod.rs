//! Quotations and reported speech, with their speakers.
//!
//! [`find_quotes`] reads the text, its paragraphs and sentences and the entity
//! layer's mentions and groups, and returns every quotation in byte spans:
//!
//! * quotations in marks (`marks`, `scan`), em-dash dialogue (`dashes`) and
//!   unmarked block and pull quotes (`blocks`), each `direct`, `partial` or
//!   `scare` (`kinds`);
//! * reported speech, the reported clause as the span (`reported`, bounded by
//!   `clause`), and "according to" clauses (`according_to`).
//!
//! Speakers come from attribution patterns around a speech cue (`patterns`,
//! `cues`, `names`, `unnamed`) and are resolved to entity groups through
//! mentions, pronouns and surnames (`speakers`, `resolver`, `speaker_index`).
//! Without entity mentions the same rules run on capitalised names found in
//! the text, so attribution works on its own. Every pass is linear in the text
//! (bounded look-arounds and clauses, binary searches, keyed tables).
//!
//! Measured with `cargo run --release --bin quotes_eval` (floors in
//! `tests/quotes_gold.rs`): against the 75 quotations GUM marks in its news
//! documents, ≥50%-overlap F1 0.942 (P 0.912, R 0.973; exact span 0.839) on the
//! 14 documents GUM annotates with quotations, 0.756 over all 24 (the other ten
//! hold real quotations GUM leaves unmarked). GUM leaves five quotations
//! unmarked in the 14 documents too; with them added by hand
//! (`tests/gold/quotes/gum-news-unmarked.tsv`, each judged in context) the
//! figure is 0.975. Our `scare` quotations are left out because GUM marks scare
//! quotes with `<q>`, not `<quote>`; counting them gives 0.658. Speaker
//! accuracy on our hand-made gold (`tests/gold/quotes/gum-news-speakers.tsv`)
//! is 0.920 without entities, 0.933 with the pipeline's own entities and 0.960
//! with GUM's names as entity mentions; on the reference article all eight
//! quotations and six reported statements have the right kind and speaker
//! (`tests/gold/quotes/reference-article.tsv`).

mod according_to;
mod blocks;
mod clause;
mod coined;
mod context;
mod cue_index;
mod cues;
mod dashes;
mod kinds;
mod lexicon;
mod lower;
mod marks;
mod names;
mod patterns;
mod reported;
mod resolver;
mod scan;
mod speaker_index;
mod speakers;
mod subjects;
mod token_flags;
mod unnamed;

pub use lexicon::speech_verb_lemmas;

use crate::analysis::{Group, Mention, QuoteFound, QuoteKind, SpeakerRef};
use crate::text::span::Span;
use context::Ctx;
use names::Np;
use patterns::Attribution;
use resolver::Resolver;

/// A quotation with its speaker's resolved name (the entity group's name,
/// or the speaker's words when no group is known), for evaluation and display.
#[derive(Clone, Debug, PartialEq)]
pub struct Attributed {
    pub quote: QuoteFound,
    pub speaker_name: Option<String>,
}

/// Every quotation of the text, sorted by start (see the module documentation).
pub fn find_quotes(
    text: &str,
    paragraphs: &[Span],
    sentences: &[Span],
    entities: &[Mention],
    groups: &[Group],
) -> Vec<QuoteFound> {
    analyse(text, paragraphs, sentences, entities, groups)
        .into_iter()
        .map(|a| a.quote)
        .collect()
}

/// A quotation before its speaker is resolved.
struct Pending {
    span: Span,
    kind: QuoteKind,
    attribution: Option<Attribution>,
    confidence: f32,
}

/// Confidence of a quotation in marks whose speaker is unknown.
const UNATTRIBUTED: f32 = 0.5;
/// Confidence factor for an unclosed quotation (bounded guess at its end).
const UNCLOSED: f32 = 0.4;

/// Like [`find_quotes`], with each speaker's resolved name.
pub fn analyse(
    text: &str,
    paragraphs: &[Span],
    sentences: &[Span],
    entities: &[Mention],
    groups: &[Group],
) -> Vec<Attributed> {
    analyse_in(Ctx::new(text, paragraphs, sentences), entities, groups)
}

/// [`analyse`] over a built context.
fn analyse_in(ctx: Ctx, entities: &[Mention], groups: &[Group]) -> Vec<Attributed> {
    let (text, paragraphs, sentences) = (ctx.text, ctx.paragraphs, ctx.sentences);
    let marked = marks::pair(text, paragraphs, sentences);
    let spans = ctx.set_quotes(marked.iter().map(|m| m.span).collect());
    let mut pending = in_marks(&ctx, &marked, spans);
    for d in dashes::dialogue(&ctx) {
        if cues::quoted_len(spans, d.span) == 0 {
            pending.push(Pending {
                span: d.span,
                kind: QuoteKind::Direct,
                confidence: d.attribution.map_or(0.5, |a| a.confidence),
                attribution: d.attribution,
            });
        }
    }
    let found_blocks = blocks::blocks(&ctx, spans);
    let repeated = blocks::repeats(&ctx, &found_blocks, spans);
    for b in found_blocks.into_iter().chain(repeated) {
        pending.push(Pending {
            span: b.span,
            kind: QuoteKind::Direct,
            confidence: b.attribution.map_or(0.4, |a| a.confidence),
            attribution: b.attribution,
        });
    }
    for r in reported::find(&ctx, spans) {
        pending.push(Pending {
            span: r.span,
            kind: QuoteKind::Reported,
            attribution: Some(Attribution {
                speaker: r.speaker,
                cue: r.cue,
                confidence: r.confidence,
            }),
            confidence: r.confidence,
        });
    }
    for a in according_to::find(&ctx, spans) {
        pending.push(Pending {
            span: a.span,
            kind: QuoteKind::AccordingTo,
            attribution: Some(Attribution {
                speaker: a.speaker,
                cue: a.cue,
                confidence: a.confidence,
            }),
            confidence: a.confidence,
        });
    }
    resolve(&ctx, pending, entities, groups, spans)
}

/// Kinds and attributions of the quotations in marks, carrying a speaker over
/// to a standalone quotation that follows an attributed one.
fn in_marks(ctx: &Ctx, marked: &[marks::Marked], spans: &[Span]) -> Vec<Pending> {
    let mut out: Vec<Pending> = Vec::with_capacity(marked.len());
    for (i, q) in marked.iter().enumerate() {
        let (setting, found) = patterns::attribute(ctx, q, spans, i);
        let (kind, mut attribution) = if let Some((speaker, cue)) = kinds::coiner(ctx, q) {
            let a = Attribution {
                speaker,
                cue,
                confidence: 0.75,
            };
            (QuoteKind::Scare, Some(a))
        } else if kinds::named(ctx, q) {
            (QuoteKind::Scare, None)
        } else {
            let k = kinds::kind(ctx, q, &setting);
            (k, found.filter(|_| k != QuoteKind::Scare))
        };
        if attribution.is_none() && kind == QuoteKind::Direct && setting.opens_sentence {
            attribution = carried(ctx, out.last(), q.span.start);
        }
        let mut confidence = attribution.map_or(UNATTRIBUTED, |a| a.confidence);
        if !q.closed {
            confidence *= UNCLOSED;
        }
        out.push(Pending {
            span: q.span,
            kind,
            attribution,
            confidence,
        });
    }
    share_in_chains(marked, &mut out);
    out
}

/// The paragraphs of one continued quotation share its attribution, wherever
/// in the chain it was found (“…¶ “…,” she said).
fn share_in_chains(marked: &[marks::Marked], out: &mut [Pending]) {
    let mut i = 0;
    while i < marked.len() {
        let Some(chain) = marked[i].chain else {
            i += 1;
            continue;
        };
        let end = (i..marked.len())
            .find(|&k| marked[k].chain != Some(chain))
            .unwrap_or(marked.len());
        let best = out[i..end]
            .iter()
            .filter_map(|p| p.attribution)
            .max_by(|a, b| a.confidence.total_cmp(&b.confidence));
        if let Some(a) = best {
            for p in &mut out[i..end] {
                if p.attribution.is_none() {
                    p.attribution = Some(Attribution {
                        confidence: 0.7,
                        ..a
                    });
                    p.confidence = 0.7;
                    p.kind = QuoteKind::Direct;
                }
            }
        }
        i = end;
    }
}

/// The previous quotation's speaker, when it was a direct quotation in the
/// same or the previous paragraph: a speaker's words often run on over
/// several quotations.
fn carried(ctx: &Ctx, prev: Option<&Pending>, pos: usize) -> Option<Attribution> {
    let prev = prev?;
    let a = prev.attribution?;
    let (pp, qp) = (
        ctx.paragraph_at(prev.span.end.saturating_sub(1))?,
        ctx.paragraph_at(pos)?,
    );
    // A photo caption between the two paragraphs does not break the run.
    let near = qp <= pp + 1 || (qp == pp + 2 && is_caption(ctx, pp + 1));
    (prev.kind == QuoteKind::Direct && near).then_some(Attribution {
        confidence: 0.6,
        ..a
    })
}

/// Whether paragraph `p` is a photo caption ("… Image: NASA.", "Photo: AP").
fn is_caption(ctx: &Ctx, p: usize) -> bool {
    let Some(span) = ctx.paragraphs.get(p) else {
        return false;
    };
    let text = span.slice(ctx.text);
    text.len() < 300
        && ["Image:", "Photo:", "Picture:", "Credit:", "Photograph:"]
            .iter()
            .any(|c| text.contains(c))
}

/// Resolves every speaker in text order (so pronouns see who spoke before
/// them) and returns the quotations sorted by start.
fn resolve(
    ctx: &Ctx,
    mut pending: Vec<Pending>,
    entities: &[Mention],
    groups: &[Group],
    quotes: &[Span],
) -> Vec<Attributed> {
    let mut resolver = Resolver::new(ctx, entities, groups, quotes);
    let mut order: Vec<usize> = (0..pending.len()).collect();
    crate::sort::by_key(&mut order, |&i| {
        pending[i]
            .attribution
            .map_or(pending[i].span.start, |a| a.speaker.span.start)
    });
    let mut out: Vec<Option<Attributed>> = vec![None; pending.len()];
    for i in order {
        let p = &mut pending[i];
        let (speaker, name, cue) = match p.attribution {
            Some(a) => {
                let r = resolver.resolve(a.speaker, a.speaker.span.start);
                let speaker = speaker_ref(a.speaker, r.group, r.unnamed);
                (Some(speaker), Some(r.name), Some(a.cue))
            }
            None => (None, None, None),
        };
        out[i] = Some(Attributed {
            quote: QuoteFound {
                span: p.span,
                kind: p.kind,
                speaker,
                cue,
                confidence: p.confidence,
            },
            speaker_name: name,
        });
    }
    let mut out: Vec<Attributed> = out.into_iter().flatten().collect();
    crate::sort::by_key(&mut out, |a| (a.quote.span.start, a.quote.span.end));
    out
}

fn speaker_ref(np: Np, group: Option<usize>, unnamed: bool) -> SpeakerRef {
    SpeakerRef {
        span: np.span,
        group,
        unnamed,
    }
}
