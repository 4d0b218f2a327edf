//! Sentence cases: every rule with a sentence that must split and one that must not.

use super::*;

pub(super) fn sents(text: &str) -> Vec<&str> {
    split(text, Span::new(0, text.len()))
        .into_iter()
        .map(|s| s.slice(text))
        .collect()
}

pub(super) fn one(text: &str) {
    assert_eq!(sents(text), [text], "must not split");
}

#[test]
fn plain_periods_questions_and_exclamations() {
    assert_eq!(
        sents("Putin spoke. Kyiv disagreed."),
        ["Putin spoke.", "Kyiv disagreed."]
    );
    assert_eq!(
        sents("Will it end? Nobody knows! Really."),
        ["Will it end?", "Nobody knows!", "Really."]
    );
    assert_eq!(sents("Why?! Because."), ["Why?!", "Because."]);
    assert_eq!(
        sents("It rose in 2024. 2025 was worse."),
        ["It rose in 2024.", "2025 was worse."]
    );
    one("He wondered why? and left.");
    one("It costs 5. or so");
}

#[test]
fn titles_never_end_a_sentence() {
    for t in [
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Col.", "Lt.", "Sgt.", "Gov.", "Sen.", "Rep.",
    ] {
        one(&format!("Yesterday {t} Smith met {t} The Hague envoy."));
    }
}

#[test]
fn introducers_never_end_a_sentence() {
    one("Some metals, e.g. The neodymium kind, are rare.");
    one("Others, i.e. The Kremlin, disagree.");
    one("It was Trump vs. Biden again.");
}

#[test]
fn suffix_abbreviations_end_only_before_a_sentence_starter() {
    assert_eq!(
        sents("He lives in the U.S. The president disagrees."),
        ["He lives in the U.S.", "The president disagrees."]
    );
    assert_eq!(
        sents("It sued Apple Inc. It lost."),
        ["It sued Apple Inc.", "It lost."]
    );
    assert_eq!(
        sents("It was Sammy Davis Jr. He sang."),
        ["It was Sammy Davis Jr.", "He sang."]
    );
    assert_eq!(
        sents("They met on Main St. But nothing came of it."),
        ["They met on Main St.", "But nothing came of it."]
    );
    one("The U.S. President met U.K. officials.");
    one("Apple Inc. CEO Tim Cook and Acme Corp. staff met Acme Ltd. and Acme Co. lawyers.");
    one("Sammy Davis Jr. Day is celebrated on St. Patrick's Day.");
    one("Jane Doe, Ph.D. Candidate at MIT, spoke.");
}

#[test]
fn etc_ends_before_any_capital() {
    assert_eq!(
        sents("Gold, silver, etc. Prices rose."),
        ["Gold, silver, etc.", "Prices rose."]
    );
    one("Gold, silver, etc. are rare.");
}

#[test]
fn number_abbreviations_and_months() {
    one("He is No. 1 in the polls.");
    one("It was signed on Feb. 24, 2022, and on Sept. 30 again.");
    one("See pp. 12 and Vol. 3 for details.");
    assert_eq!(
        sents("He said No. Then he left."),
        ["He said No.", "Then he left."]
    );
    assert_eq!(
        sents("It snowed in Feb. The roads closed."),
        ["It snowed in Feb.", "The roads closed."]
    );
}

#[test]
fn times_and_dotted_initialisms() {
    one("They met at 10 a.m. Friday and at 5 p.m. Monday.");
    assert_eq!(
        sents("They met at 10 p.m. The talks failed."),
        ["They met at 10 p.m.", "The talks failed."]
    );
    one("He arrived in Washington, D.C. Tuesday.");
}

#[test]
fn initials() {
    one("John F. Kennedy met J. R. R. Tolkien.");
    one("В. В. Путин заявил это.");
    assert_eq!(
        sents("He admired Malcolm X. He said so."),
        ["He admired Malcolm X.", "He said so."]
    );
}

#[test]
fn decimals_and_thousands() {
    one("It grew 3.5% to 1,200.50 dollars, or .5 points.");
    assert_eq!(
        sents("It grew 3.5. Then it fell."),
        ["It grew 3.5.", "Then it fell."]
    );
}

#[test]
fn ellipses_split_only_before_a_capital() {
    assert_eq!(
        sents("He paused... Then he spoke."),
        ["He paused...", "Then he spoke."]
    );
    assert_eq!(
        sents("He paused… Then he spoke."),
        ["He paused…", "Then he spoke."]
    );
    one("He paused... and then spoke.");
    one("He paused … and then spoke.");
    one("It was 1... 2... 3.");
    assert_eq!(
        sents("“It is consistent [...] The future is clear.”"),
        ["“It is consistent [...]", "The future is clear.”"]
    );
}

#[test]
fn other_scripts() {
    assert_eq!(
        sents("Путин заявил. Россия готова."),
        ["Путин заявил.", "Россия готова."]
    );
    one("Путин заявил. россия готова.");
    assert_eq!(
        sents("قال بوتين. روسيا مستعدة؟ نعم."),
        ["قال بوتين.", "روسيا مستعدة؟", "نعم."]
    );
    assert_eq!(
        sents("普京说了。俄罗斯准备好了。"),
        ["普京说了。", "俄罗斯准备好了。"]
    );
    assert_eq!(
        sents("Ο Πούτιν μίλησε. Η Ρωσία"),
        ["Ο Πούτιν μίλησε.", "Η Ρωσία"]
    );
}

#[test]
fn urls_and_emails_do_not_split() {
    one("Read novayagazeta.eu/en and https://x.org/a.b?c=d now.");
    one("Write to press@kremlin.ru for more.");
    assert_eq!(
        sents("Visit www.bbc.co.uk. It is free."),
        ["Visit www.bbc.co.uk.", "It is free."]
    );
}

#[test]
fn numbered_list_items() {
    assert_eq!(
        sents("1. First item. 2. Second item."),
        ["1. First item.", "2. Second item."]
    );
    one("2.1. Institutional Structure");
    one("iv. The fourth point");
    one("A. The first option");
}

#[test]
fn line_breaks_inside_a_paragraph() {
    one("A wrapped sentence\r\nthat goes on.");
    assert_eq!(
        sents("No punctuation\r\n\r\nhere"),
        ["No punctuation", "here"]
    );
    assert_eq!(
        sents("No punctuation\u{2029}here"),
        ["No punctuation", "here"]
    );
}

#[test]
fn sentences_are_trimmed_and_cover_the_paragraph() {
    let text = "  \u{a0}Putin spoke.\u{200b}  Kyiv disagreed.\u{a0} ";
    assert_eq!(sents(text), ["Putin spoke.", "Kyiv disagreed."]);
    assert!(sents("").is_empty());
    assert!(sents(" \u{a0} ").is_empty());
    assert_eq!(sents("..."), ["..."]);
    assert_eq!(sents("?! ?! ?!"), ["?! ?! ?!"]);
}

#[test]
fn long_inputs_run_in_linear_time() {
    let no_punct = "word ".repeat(200_000);
    assert_eq!(sents(&no_punct).len(), 1);
    let capitals = "Word ".repeat(100_000);
    assert_eq!(sents(&capitals).len(), 1);
    let many = "It rained. ".repeat(50_000);
    assert_eq!(sents(&many).len(), 50_000);
}
