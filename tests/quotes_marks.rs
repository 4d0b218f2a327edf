//! Quotation-mark styles, one test each, with positive and negative cases.
#![cfg(not(target_arch = "wasm32"))]

mod quotes_common;
use quotes_common::{marked, texts};

#[test]
fn straight_doubles() {
    assert_eq!(
        texts("He said \"We will win\" and left."),
        ["\"We will win\""]
    );
    // A lone mark between blanks and inch marks are no quotation.
    assert!(texts("The score was 5 \" 3 and a 12\" pipe.").len() <= 1);
}

#[test]
fn curly_doubles() {
    assert_eq!(texts("“We will win,” Putin said."), ["“We will win,”"]);
}

#[test]
fn singles_and_apostrophes() {
    assert_eq!(texts("He called it 'fake news' again."), ["'fake news'"]);
    assert_eq!(texts("He called it ‘fake news’ again."), ["‘fake news’"]);
    // An apostrophe inside a word is not a closing mark.
    assert_eq!(
        texts("Putin’s aide said ‘we don’t agree’ today."),
        ["‘we don’t agree’"]
    );
    assert!(texts("Putin’s aide didn't agree; the parents' home was empty.").is_empty());
}

#[test]
fn guillemets_both_ways() {
    assert_eq!(
        texts("Он сказал: «Мы победим». Потом ушёл."),
        ["«Мы победим»"]
    );
    assert_eq!(
        texts("Il a dit : « Nous gagnerons » hier."),
        ["« Nous gagnerons »"]
    );
    assert_eq!(
        texts("Er sagte »Wir gewinnen« gestern."),
        ["»Wir gewinnen«"]
    );
    assert_eq!(texts("Er sagte ‹ja› gestern."), ["‹ja›"]);
}

#[test]
fn low_high_german_and_polish() {
    assert_eq!(
        texts("Er sagte: „Wir gewinnen.“ Dann ging er."),
        ["„Wir gewinnen.“"]
    );
    assert_eq!(texts("Er sagte ‚ja‘ gestern."), ["‚ja‘"]);
    assert_eq!(texts("Powiedział: „Wygramy”."), ["„Wygramy”"]);
}

#[test]
fn tex_style() {
    assert_eq!(
        texts("He said ``we will win'' and left."),
        ["``we will win''"]
    );
}

#[test]
fn em_dash_dialogue() {
    let text = "The exchange went on.\n\n— We will win, — said Putin. — And soon.\n\n— Never, — he replied.";
    let q = marked(text);
    let t: Vec<&str> = q.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(t, ["We will win", "And soon.", "Never"]);
    assert_eq!(q[0].speaker.as_deref(), Some("Putin"));
    // A single dash-led paragraph without a speech verb is no dialogue.
    assert!(texts("Intro.\n\n— The end of the list.").is_empty());
}

#[test]
fn nested_quotes_stay_inside() {
    let text = "“He called me the ‘anti-christ’ of the church,” Rathbun said.";
    assert_eq!(
        texts(text),
        ["“He called me the ‘anti-christ’ of the church,”"]
    );
}

#[test]
fn continued_over_paragraphs() {
    let text = "Boswell said: “People need help.\n\n“No one should be left out.\n\n“We will keep asking.”\n\nThe end.";
    let q = marked(text);
    let t: Vec<&str> = q.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        t,
        [
            "“People need help.",
            "“No one should be left out.",
            "“We will keep asking.”"
        ]
    );
    assert!(q.iter().all(|q| q.name.as_deref() == Some("Boswell")));
    // A quotation whose closing mark is in the next paragraph is one quotation.
    let text = "Gomez said, \"We learned a lot.\n\nIt was an emotional day.\"\n\nNext.";
    assert_eq!(
        texts(text),
        ["\"We learned a lot.\n\nIt was an emotional day.\""]
    );
}

#[test]
fn unclosed_mark_is_bounded_and_doubtful() {
    let mut text = String::from("He said “we will win. ");
    for _ in 0..50 {
        text.push_str("Another sentence follows here. ");
    }
    text.push_str("\n\nA new paragraph with “a quote” in it.");
    let q = marked(&text);
    assert_eq!(q.len(), 2);
    assert!(
        q[0].text.len() < 120,
        "unclosed quotation runs too far: {:?}",
        q[0].text
    );
    assert!(q[0].confidence < 0.4);
    assert_eq!(q[1].text, "“a quote”");
}
