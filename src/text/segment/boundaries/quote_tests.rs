//! Sentence cases around quotation marks, brackets, dashes, citation marks
//! and emoji: what must split and what must not.

use super::tests::{one, sents};

#[test]
fn quotations() {
    one("“We will win,” Putin said.");
    one("“We will win,” he said.");
    assert_eq!(
        sents("“We will win.” Putin said"),
        ["“We will win.”", "Putin said"]
    );
    assert_eq!(
        sents("He said: “Yes.” Then he left."),
        ["He said: “Yes.”", "Then he left."]
    );
    one("He said: “Yes.”");
    one("“Why?” he asked.");
    one("“Why?” Putin asked.");
    one("“Is this a war?” Vladimir Putin asked reporters.");
    assert_eq!(
        sents("“Why?” The question hung."),
        ["“Why?”", "The question hung."]
    );
    assert_eq!(
        sents("He left. “We lost,” he said."),
        ["He left.", "“We lost,” he said."]
    );
    assert_eq!(
        sents("He said \"No.\" She agreed."),
        ["He said \"No.\"", "She agreed."]
    );
    assert_eq!(sents("He left. \"We lost.\""), ["He left.", "\"We lost.\""]);
    assert_eq!(
        sents("Он сказал: «Да.» Потом ушёл."),
        ["Он сказал: «Да.»", "Потом ушёл."]
    );
    assert_eq!(
        sents("Er sagte: „Ja.“ Dann ging er."),
        ["Er sagte: „Ja.“", "Dann ging er."]
    );
    assert_eq!(
        sents("It was 'fine.' Then not."),
        ["It was 'fine.'", "Then not."]
    );
    assert_eq!(sents("in the U.S.” He left."), ["in the U.S.”", "He left."]);
}

#[test]
fn dashes_and_brackets() {
    assert_eq!(sents("He left. — The end."), ["He left.", "— The end."]);
    one("He left — and never came back.");
    assert_eq!(
        sents("(See below.) Next point."),
        ["(See below.)", "Next point."]
    );
    assert_eq!(
        sents("He left (for good). Then rain."),
        ["He left (for good).", "Then rain."]
    );
    one("He was right (!) about it.");
    one("Best Actress for Viva Maria! (1965) and more.");
    assert_eq!(
        sents("It ended. (Reuters) More."),
        ["It ended.", "(Reuters) More."]
    );
}

#[test]
fn citation_marks_stay_with_their_sentence() {
    assert_eq!(
        sents("He died in 2014. [4] He was 84."),
        ["He died in 2014. [4]", "He was 84."]
    );
    assert_eq!(
        sents("It grew.[1][2] Then fell."),
        ["It grew.[1][2]", "Then fell."]
    );
    assert_eq!(
        sents("It grew. [See notes] Then fell."),
        ["It grew.", "[See notes] Then fell."]
    );
}

#[test]
fn emoji_stay_with_the_sentence_they_end() {
    assert_eq!(
        sents("We won! 🎉🎉 Next game Friday."),
        ["We won! 🎉🎉", "Next game Friday."]
    );
    assert_eq!(
        sents("It costs a lot. $5 in fact."),
        ["It costs a lot.", "$5 in fact."]
    );
}
