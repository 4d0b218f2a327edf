//! The claims layer on the reference article, with the entity and quote layers
//! empty (its own cue detection) and with hand-built layers (their evidence used).
#![cfg(not(target_arch = "wasm32"))]

use article_annotator::analysis::{ClaimFound, Group, Mention, QuoteFound, QuoteKind, SpeakerRef};
use article_annotator::claims::{score_claims, Lexicons};
use article_annotator::text::span::Span;
use article_annotator::text::{boilerplate, segment};

fn reference() -> String {
    let dir = article_annotator::claims::train::shared_data().expect("shared data");
    std::fs::read_to_string(dir.join("articles/novaya-gazeta-rare-earths.txt")).expect("article")
}

struct Scored {
    text: String,
    sentences: Vec<Span>,
    scores: Vec<f32>,
    claims: Vec<ClaimFound>,
}

fn score(text: &str, entities: &[Mention], groups: &[Group], quotes: &[QuoteFound]) -> Scored {
    let paragraphs = segment::paragraphs(text);
    let sentences: Vec<Span> = paragraphs
        .iter()
        .flat_map(|&p| segment::sentences(text, p))
        .collect();
    let marks = boilerplate::detect(text, &paragraphs);
    let (scores, claims) = score_claims(
        text,
        &sentences,
        &marks,
        entities,
        groups,
        quotes,
        Lexicons::builtin(),
    );
    Scored {
        text: text.to_string(),
        sentences,
        scores,
        claims,
    }
}

impl Scored {
    /// The claim whose text contains `needle`, and its reason kinds.
    fn claim(&self, needle: &str) -> (&ClaimFound, Vec<&'static str>) {
        let c = self
            .claims
            .iter()
            .find(|c| c.span.slice(&self.text).contains(needle))
            .unwrap_or_else(|| panic!("no claim contains {needle:?}"));
        (c, c.reasons.iter().map(|r| r.kind).collect())
    }

    fn reason_text(&self, needle: &str, kind: &str) -> Vec<&str> {
        let (c, _) = self.claim(needle);
        c.reasons
            .iter()
            .filter(|r| r.kind == kind)
            .map(|r| r.span.slice(&self.text))
            .collect()
    }
}

#[test]
fn reference_claims_and_reasons_from_own_cues() {
    let text = reference();
    let s = score(&text, &[], &[], &[]);
    assert_eq!(s.scores.len(), s.sentences.len());
    let (_, k) = s.claim("“significantly” larger reserves");
    assert!(
        k.contains(&"comparison") && k.contains(&"attributed"),
        "{k:?}"
    );
    assert_eq!(
        s.reason_text("“significantly” larger", "attributed"),
        ["Putin"]
    );
    let (_, k) = s.claim("officials in Kyiv signalled");
    assert!(k.contains(&"anonymous_source"), "{k:?}");
    assert_eq!(
        s.reason_text("officials in Kyiv", "anonymous_source"),
        ["officials in Kyiv"]
    );
    assert!(s
        .reason_text("illegally annexed in 2022", "contested_term")
        .contains(&"illegally annexed"));
    assert!(s
        .reason_text("a set of 17 elements", "statistic")
        .contains(&"17 elements"));
    assert!(s
        .reason_text("Under the terms reportedly", "hedged")
        .contains(&"reportedly"));
    let (_, k) = s.claim("Kyiv has faced mounting pressure");
    assert!(k.contains(&"unattributed"), "{k:?}");
    assert_eq!(
        s.reason_text("“very constructive”", "attributed"),
        ["Olha Stefanishyna"]
    );
    for c in &s.claims {
        assert!(!c.reasons.is_empty());
        assert!((0.5..=1.0).contains(&c.score));
    }
}

#[test]
fn masthead_and_sponsor_lines_score_zero() {
    let text = reference();
    let s = score(&text, &[], &[], &[]);
    for (span, score) in s.sentences.iter().zip(&s.scores) {
        let t = span.slice(&text);
        if t.starts_with("THE AMERICA ONE NEWS") || t.starts_with("Sponsor:") {
            assert_eq!(*score, 0.0, "{t}");
        }
        if t.starts_with("Photo:") {
            assert!(*score < 0.1, "{t}: {score}");
        }
    }
}

/// With the other layers present, their evidence is used: a quote's named or
/// unnamed speaker, a figure entity the own detection would not find.
#[test]
fn uses_entity_and_quote_layers_when_present() {
    let text = "Inflation hit a record level last year. Prices are far higher than before, a source close to the talks said. Taxes rose by a great deal, said the minister.";
    let at = |needle: &str| {
        let start = text.find(needle).unwrap();
        Span::new(start, start + needle.len())
    };
    let entities = vec![
        Mention {
            span: at("a great deal"),
            label: "QUANTITY",
            group: 0,
            confidence: 0.9,
        },
        Mention {
            span: at("minister"),
            label: "PERSON",
            group: 1,
            confidence: 0.9,
        },
    ];
    let groups = vec![
        Group {
            name: "a great deal".into(),
            label: "QUANTITY",
            mentions: vec![0],
            roles: vec![],
        },
        Group {
            name: "Minister Jane Doe".into(),
            label: "PERSON",
            mentions: vec![1],
            roles: vec!["minister".into()],
        },
    ];
    let quotes = vec![
        QuoteFound {
            span: at("Prices are far higher than before"),
            kind: QuoteKind::Reported,
            speaker: Some(SpeakerRef {
                span: at("a source close to the talks"),
                group: None,
                unnamed: true,
            }),
            cue: Some(at("said")),
            confidence: 0.8,
        },
        QuoteFound {
            span: at("Taxes rose by a great deal"),
            kind: QuoteKind::Reported,
            speaker: Some(SpeakerRef {
                span: at("the minister"),
                group: Some(1),
                unnamed: false,
            }),
            cue: None,
            confidence: 0.8,
        },
    ];
    let s = score(text, &entities, &groups, &quotes);
    let (_, k) = s.claim("far higher");
    assert!(
        k.contains(&"anonymous_source") && k.contains(&"comparison"),
        "{k:?}"
    );
    let (c, k) = s.claim("Taxes rose");
    assert!(
        k.contains(&"statistic") && k.contains(&"attributed"),
        "{k:?}"
    );
    let who = c.reasons.iter().find(|r| r.kind == "attributed").unwrap();
    assert!(
        who.explanation.contains("Minister Jane Doe"),
        "{}",
        who.explanation
    );
    // Without the layers, "a great deal" is no figure.
    let bare = score(text, &[], &[], &[]);
    let found = bare.claims.iter().any(|c| {
        c.span.slice(text).contains("Taxes") && c.reasons.iter().any(|r| r.kind == "statistic")
    });
    assert!(!found);
}

#[test]
fn a_statistic_inside_a_direct_quote_is_attributed_to_its_speaker() {
    let text = "“We lost 700,000 jobs last year,” Senator Smith said.";
    let s = score(text, &[], &[], &[]);
    let (_, k) = s.claim("700,000 jobs");
    assert!(
        k.contains(&"statistic") && k.contains(&"attributed"),
        "{k:?}"
    );
    assert_eq!(s.reason_text("700,000", "attributed"), ["Senator Smith"]);
}

#[test]
fn opinions_questions_and_greetings_score_low() {
    for t in [
        "Good evening, and thank you all for coming tonight.",
        "What do you think we should do about it?",
        "I think we should all be kinder to each other.",
    ] {
        let s = score(t, &[], &[], &[]);
        assert!(s.claims.is_empty(), "{t}: {:?}", s.scores);
    }
}

/// Through the whole pipeline, a speaker behind several quotes of one sentence
/// gives one `attributed` reason, not one per quote.
#[test]
fn no_claim_repeats_a_reason_on_the_same_trigger() {
    let text = reference();
    let out = article_annotator::annotate(&text, &article_annotator::Options::default());
    assert!(!out.claims.is_empty());
    for c in &out.claims {
        let mut seen = std::collections::HashSet::new();
        for r in &c.reasons {
            assert!(
                seen.insert((r.kind, r.start, r.end)),
                "repeated {} on {:?} in {:?}",
                r.kind,
                r.text,
                c.text
            );
        }
    }
}
