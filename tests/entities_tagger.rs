//! The committed model end to end: names found with the right labels, common
//! words left alone, document consistency and titles.

#![cfg(not(target_arch = "wasm32"))]

use article_annotator::entities::{tag_text, NameMention};

fn found(text: &str) -> Vec<(String, &'static str)> {
    tag_text(text)
        .into_iter()
        .map(|m: NameMention| (m.span.slice(text).to_string(), m.label))
        .collect()
}

fn has(text: &str, name: &str, label: &str) -> bool {
    found(text).iter().any(|(n, l)| n == name && *l == label)
}

#[test]
fn people_places_organisations() {
    let text =
        "Russian President Vladimir Putin met German Chancellor Olaf Scholz in Moscow on Tuesday, \
                the Kremlin said. NATO officials in Brussels were not consulted.";
    let f = found(text);
    assert!(has(text, "Vladimir Putin", "PERSON"), "{f:?}");
    assert!(has(text, "Olaf Scholz", "PERSON"), "{f:?}");
    assert!(has(text, "Moscow", "GPE"), "{f:?}");
    assert!(has(text, "NATO", "ORG"), "{f:?}");
    assert!(has(text, "Brussels", "GPE"), "{f:?}");
}

#[test]
fn later_surname_is_a_person() {
    let text = "Defence minister Sergei Shoigu visited the front. Later, Shoigu told reporters the plan worked.";
    let f = found(text);
    assert_eq!(
        f.iter()
            .filter(|(n, l)| n == "Shoigu" && *l == "PERSON")
            .count(),
        1,
        "{f:?}"
    );
}

#[test]
fn titles_are_not_names() {
    let text = "US President Barack Obama praised the student.";
    let f = found(text);
    assert!(has(text, "Barack Obama", "PERSON"), "{f:?}");
    assert!(!f.iter().any(|(n, _)| n.contains("President")), "{f:?}");
}

#[test]
fn no_names_in_plain_prose() {
    let text = "The weather was cold and the roads were closed for most of the day.";
    assert!(found(text).is_empty(), "{:?}", found(text));
}

#[test]
fn demonyms_are_norp() {
    let text = "Afghan officials said the talks would continue.";
    let f = found(text);
    assert!(
        !f.iter().any(|(n, l)| n == "Afghan" && *l != "NORP"),
        "{f:?}"
    );
}

#[test]
fn spans_and_confidences_are_sane() {
    let text = "Angela Merkel spoke in Berlin. Merkel’s party, the CDU, agreed.";
    for m in tag_text(text) {
        assert!(m.span.start < m.span.end && m.span.end <= text.len());
        assert!((0.0..=1.0).contains(&m.confidence), "{m:?}");
        assert!(!m.span.slice(text).ends_with("’s"));
    }
}
