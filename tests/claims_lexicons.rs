//! Every lexicon entry ships with examples: each `+` line must trigger the
//! entry, each `-` line must not; and run-time overrides take effect.
#![cfg(not(target_arch = "wasm32"))]

use article_annotator::claims::catalogue::FILES;
use article_annotator::claims::lexicons::Lexicon;
use article_annotator::claims::words::words;
use article_annotator::claims::{score_claims, LexiconOverrides, Lexicons};
use article_annotator::text::span::Span;

fn triggers(lex: &Lexicon, entry: usize, text: &str) -> bool {
    let ws = words(text, Span::new(0, text.len()));
    lex.find(text, &ws).iter().any(|h| h.entry == entry)
}

#[test]
fn every_entry_has_examples_that_behave() {
    let mut problems = Vec::new();
    for (file, src) in FILES {
        let lex = Lexicon::parse(src);
        assert!(!lex.is_empty(), "{file} is empty");
        for (i, e) in lex.entries().iter().enumerate() {
            if e.positives.is_empty() || e.negatives.is_empty() {
                problems.push(format!("{file}: {:?} lacks a + or - example", e.term));
            }
            if e.reason.is_empty() {
                problems.push(format!("{file}: {:?} has no explanation", e.term));
            }
            for p in &e.positives {
                if !triggers(&lex, i, p) {
                    problems.push(format!("{file}: {:?} misses + {p:?}", e.term));
                }
            }
            for n in &e.negatives {
                if triggers(&lex, i, n) {
                    problems.push(format!("{file}: {:?} fires on - {n:?}", e.term));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn newsroom_overrides_add_their_own_reasons() {
    let text = "The militants seized the bridge on Monday after a long battle with 200 soldiers.";
    let sentences = [Span::new(0, text.len())];
    let run = |lex: &Lexicons| score_claims(text, &sentences, &[], &[], &[], &[], lex).1;
    let before = run(Lexicons::builtin());
    let o = LexiconOverrides::from_json(
        r#"{"contestedTerms":[{"term":"bridge","reason":"house style: name the bridge"}],"replace":true}"#,
    )
    .unwrap();
    let after = run(&Lexicons::with_overrides(&o));
    let contested = |claims: &[article_annotator::analysis::ClaimFound]| -> Vec<String> {
        claims
            .iter()
            .flat_map(|c| &c.reasons)
            .filter(|r| r.kind == "contested_term")
            .map(|r| format!("{} / {}", r.span.slice(text), r.explanation))
            .collect()
    };
    assert_eq!(
        contested(&before),
        ["militants / militant vs. fighter vs. soldier: a choice of framing"]
    );
    assert_eq!(contested(&after), ["bridge / house style: name the bridge"]);
}
