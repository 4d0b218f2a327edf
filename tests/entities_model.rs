//! The weights format and the trainer's determinism, on a tiny synthetic corpus
//! (the real corpora are not needed).

#![cfg(not(target_arch = "wasm32"))]

use article_annotator::entities::gazetteer::Gazetteer;
use article_annotator::entities::labels::{encode, O};
use article_annotator::entities::tokenize;
use article_annotator::entities::train::corpus::Doc;
use article_annotator::entities::train::{export, perceptron};
use article_annotator::entities::{Tagger, MODEL_BYTES};

fn doc(text: &str, tags: &[usize]) -> Doc {
    let sentences = tokenize::sentences(text);
    assert_eq!(sentences.tokens().len(), tags.len(), "{text}");
    let mut rest = tags;
    let mut per = Vec::new();
    for s in &sentences {
        per.push(rest[..s.len()].to_vec());
        rest = &rest[s.len()..];
    }
    Doc {
        id: "t".into(),
        genre: String::new(),
        text: text.into(),
        sentences,
        tags: per,
        gold: Vec::new(),
        misaligned: 0,
    }
}

/// Tags from pieces: a name `(type, length)` or an outside word (`None`).
fn tags(pieces: &[Option<(usize, usize)>]) -> Vec<usize> {
    pieces
        .iter()
        .flat_map(|p| p.map_or(vec![O], |(t, n)| encode(t, n)))
        .collect()
}

fn corpus() -> Vec<Doc> {
    let (p, l) = (Some((0, 2)), Some((2, 1)));
    vec![
        doc(
            "Anna Berg lives in Oslo .",
            &tags(&[p, None, None, l, None]),
        ),
        doc("Oslo is cold .", &tags(&[l, None, None, None])),
        doc("Karl Lind visited Oslo .", &tags(&[p, None, l, None])),
    ]
}

fn train() -> Vec<u8> {
    let opts = perceptron::Options {
        epochs: 3,
        seed: 7,
        runs: 2,
    };
    let w = perceptron::train(&corpus(), Gazetteer::get(), &opts);
    export::export(&w, 1000).0
}

#[test]
fn training_is_deterministic() {
    assert_eq!(train(), train());
}

#[test]
fn exported_model_loads_and_tags() {
    let bytes = train();
    let tagger = Tagger::from_bytes(&bytes).expect("loads");
    let text = "Anna Berg lives in Oslo .";
    let names = tagger.coarse(text, &tokenize::sentences(text));
    assert!(
        names
            .iter()
            .any(|c| c.span.slice(text) == "Oslo" && c.ty == 2),
        "{names:?}"
    );
}

#[test]
fn committed_model_loads() {
    assert!(Tagger::from_bytes(MODEL_BYTES).is_ok());
}

#[test]
fn corrupt_models_are_refused() {
    assert!(Tagger::from_bytes(b"").is_err());
    assert!(Tagger::from_bytes(b"NER0xxxxxxxxxxxxxxxx").is_err());
    let mut truncated = MODEL_BYTES.to_vec();
    truncated.truncate(truncated.len() / 2);
    assert!(Tagger::from_bytes(&truncated).is_err());
}
