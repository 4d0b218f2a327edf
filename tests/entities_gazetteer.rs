//! The name and cue lists: positive and negative cases for each list.

#![cfg(not(target_arch = "wasm32"))]

use article_annotator::entities::gazetteer::{Gazetteer, List};

fn is(phrase: &str, list: List) -> bool {
    Gazetteer::get().lookup(phrase) & list.begin_bit() != 0
}

#[test]
fn countries() {
    for p in [
        "France",
        "United States",
        "U.S.",
        "UK",
        "Afghanistan",
        "south korea",
    ] {
        assert!(is(p, List::Country), "{p}");
    }
    for p in ["Paris", "Smith", "the", "United"] {
        assert!(!is(p, List::Country), "{p}");
    }
}

#[test]
fn cities_and_regions() {
    for p in ["Moscow", "Kabul", "Washington", "Mexico City", "Toronto"] {
        assert!(is(p, List::City), "{p}");
    }
    assert!(!is("Table", List::City));
    for p in ["Texas", "California", "Europe", "Africa"] {
        assert!(is(p, List::Region), "{p}");
    }
    assert!(!is("Moscow", List::Region));
}

#[test]
fn demonyms_and_groups() {
    for p in ["Afghan", "Afghans", "Russian", "French", "Israelis"] {
        assert!(is(p, List::Demonym), "{p}");
    }
    assert!(!is("France", List::Demonym));
    assert!(is("Muslims", List::Norp));
    assert!(!is("Moscow", List::Norp));
}

#[test]
fn organisations() {
    for p in [
        "NATO",
        "United Nations",
        "World Health Organization",
        "Reuters",
        "Google",
        "Home Office",
    ] {
        assert!(is(p, List::Org), "{p}");
    }
    for p in ["Nations", "Health", "Moscow"] {
        assert!(!is(p, List::Org), "{p}");
    }
}

#[test]
fn person_names() {
    for p in ["John", "Mary", "Barbara"] {
        assert!(is(p, List::FirstName), "{p}");
    }
    assert!(!is("Kremlin", List::FirstName));
    assert!(is("Smith", List::LastName));
    assert!(!is("Kremlin", List::LastName));
}

#[test]
fn cues() {
    for p in [
        "University",
        "Ministry",
        "Inc.",
        "Party",
        "Council",
        "Agency",
        "Bank",
    ] {
        assert!(is(p, List::OrgCue), "{p}");
    }
    assert!(!is("River", List::OrgCue));
    for p in ["River", "Airport", "Street"] {
        assert!(is(p, List::LocCue), "{p}");
    }
    assert!(!is("University", List::LocCue));
    for p in ["President", "Mr.", "Dr.", "Prime Minister", "Senator", "Ms"] {
        assert!(is(p, List::PersonTitle), "{p}");
    }
    assert!(!is("Putin", List::PersonTitle));
}

#[test]
fn per_token_bits_mark_begin_and_inside() {
    use article_annotator::entities::hash::lower;
    let words = ["in", "the", "United", "States", "today"];
    let hashes: Vec<u64> = words.iter().map(|w| lower(w)).collect();
    let mut bits = Vec::new();
    Gazetteer::get().bits(&hashes, &mut bits);
    assert!(bits[2] & List::Country.begin_bit() != 0);
    assert!(bits[3] & List::Country.inside_bit() != 0);
    assert_eq!(bits[4] & List::Country.any_bit(), 0);
}

#[test]
fn embedded_lists_are_the_files_byte_for_byte() {
    use article_annotator::entities::gazetteer::{Embedded, LISTS};
    let names = [
        "country",
        "city",
        "region",
        "demonym",
        "norp",
        "norp_news",
        "org",
        "first_name",
        "first_name_intl",
        "last_name",
        "org_cue",
        "loc_cue",
        "person_title",
    ];
    let mut front_coded = 0;
    for ((list, embedded), name) in LISTS.into_iter().zip(names) {
        let path = format!("{}/data/gazetteers/{name}.txt", env!("CARGO_MANIFEST_DIR"));
        let file = std::fs::read_to_string(&path).unwrap();
        assert_eq!(embedded.text(), file, "{list:?}");
        front_coded += usize::from(matches!(embedded, Embedded::FrontCoded(_)));
    }
    assert_eq!(front_coded, 5);
    assert_eq!(LISTS.len(), names.len());
}
