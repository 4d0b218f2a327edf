//! "X", the platform once called Twitter: one capital letter that is a name
//! only where the text posts on it or says what it was.
//!
//! Cues: "on X" right after a posting word ("wrote on X", "said in a post on
//! X"), or "X, formerly Twitter" / "X (formerly Twitter)". Without a
//! cue an "X" stays what the model made of it: "the X axis", "Malcolm X",
//! "Generation X", "Patient X".

use super::{mention, replace_all, NameMention, Sentences};
use crate::text::span::Span;

/// Words that put a message on a platform, right before "on X": "wrote on
/// X", "in a post on X", "his account on X".
const POSTING: [&str; 30] = [
    "wrote",
    "write",
    "writes",
    "writing",
    "posted",
    "post",
    "posts",
    "posting",
    "said",
    "says",
    "saying",
    "tweeted",
    "shared",
    "sharing",
    "published",
    "announced",
    "commented",
    "replied",
    "responded",
    "added",
    "claimed",
    "stated",
    "declared",
    "message",
    "statement",
    "video",
    "thread",
    "account",
    "tweet",
    "comment",
];

pub fn apply(text: &str, sentences: &Sentences, names: &mut Vec<NameMention>) {
    let mut found = Vec::new();
    for sent in sentences {
        let word = |i: usize| &text[sent[i].0..sent[i].1];
        for i in 0..sent.len() {
            if word(i) != "X" {
                continue;
            }
            let low = |j: usize| word(j).to_lowercase();
            let posted_on = i >= 2
                && matches!(low(i - 1).as_str(), "on" | "via")
                && POSTING.contains(&low(i - 2).as_str());
            let formerly = (i + 1..sent.len().min(i + 3)).any(|j| low(j) == "formerly");
            if posted_on || formerly {
                found.push(mention(Span::new(sent[i].0, sent[i].1), "ORG", 0.9));
            }
        }
    }
    replace_all(names, found);
}

#[cfg(test)]
mod tests {
    use super::super::testing::{has, names};

    #[test]
    fn the_platform() {
        for t in [
            "Olha Stefanishyna wrote on X on Monday that talks were constructive.",
            "The minister said in a post on X that the deal was close.",
            "Elon Musk's X, formerly Twitter, changed its rules.",
            "He quit X (formerly Twitter) last year.",
        ] {
            assert!(has(t, "X", "ORG"), "{t}: {:?}", names(t));
        }
    }

    #[test]
    fn other_xs() {
        for t in [
            "The value on the X axis doubled.",
            "Malcolm X spoke in Harlem.",
            "Generation X voters stayed at home.",
            "Patient X was treated on Monday.",
            "He said the answer depends on X and Y.",
        ] {
            assert!(!has(t, "X", "ORG"), "{t}: {:?}", names(t));
        }
    }
}
