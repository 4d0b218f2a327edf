//! Shape features of a line: length, case, digits, punctuation.
//!
//! Shape is what separates residue from prose when no cue phrase does: prose is
//! long, mostly lowercase words, and ends like a sentence; a masthead is short and
//! all caps; a widget is digits and pipes.

use crate::text::span::is_blank;

/// Counts over one line, gathered in a single pass.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Shape {
    pub chars: usize,
    /// White-space separated words.
    pub words: usize,
    /// Words that start with a letter.
    pub alpha_words: usize,
    /// Words that start with a lowercase letter.
    pub lower_words: usize,
    pub upper: usize,
    pub lower: usize,
    pub digits: usize,
}

pub(crate) fn measure(s: &str) -> Shape {
    let mut shape = Shape {
        chars: s.chars().count(),
        ..Shape::default()
    };
    for word in words(s) {
        shape.words += 1;
        if let Some(first) = word.chars().find(|c| c.is_alphanumeric()) {
            if first.is_alphabetic() {
                shape.alpha_words += 1;
                shape.lower_words += usize::from(first.is_lowercase());
            }
        }
        for c in word.chars() {
            shape.upper += usize::from(c.is_uppercase());
            shape.lower += usize::from(c.is_lowercase());
            shape.digits += usize::from(c.is_numeric());
        }
    }
    shape
}

/// The white-space separated words of `s`.
pub(crate) fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(is_blank).filter(|w| !w.is_empty())
}

/// ASCII `s` with its runs of white space collapsed to one space and trimmed,
/// each other byte mapped by `map` (which keeps it ASCII), as splitting at
/// [`crate::text::span::is_blank`] and joining would: ASCII blanks are exactly
/// these (vertical tab included, which `u8::is_ascii_whitespace` leaves out).
/// Built as bytes, not char by char (`String::push` encodes each char).
pub(crate) fn collapse_ascii(s: &str, map: fn(&u8) -> u8) -> String {
    debug_assert!(s.is_ascii());
    let mut out = Vec::with_capacity(s.len());
    let mut space = false;
    for b in s.as_bytes() {
        if matches!(b, b' ' | b'\t'..=b'\r') {
            space = !out.is_empty();
        } else {
            if space {
                out.push(b' ');
                space = false;
            }
            out.push(map(b));
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Closing quotes and brackets that may follow a sentence's final punctuation.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
}

/// Ends with `. ! ? …`, possibly followed by closing quotes or brackets, or with a
/// closing quote (a paragraph that is one quotation).
pub(crate) fn ends_sentence(s: &str) -> bool {
    if s.ends_with(['”', '»', '"']) {
        return true;
    }
    let core = s.trim_end_matches(is_closer);
    core.ends_with(['.', '!', '?', '…'])
}

/// Minimum length of a body paragraph: headlines and labels are shorter.
pub(crate) const BODY_MIN_CHARS: usize = 60;
const BODY_MIN_WORDS: usize = 8;

/// Long, sentence-like prose: at least [`BODY_MIN_CHARS`] chars and 8 words,
/// at least half of them lowercase, ending like a sentence. Its first occurrence
/// ends the header zone.
pub(crate) fn is_body_like(s: &str) -> bool {
    let shape = measure(s);
    shape.chars >= BODY_MIN_CHARS
        && shape.words >= BODY_MIN_WORDS
        && shape.lower_words * 2 >= shape.alpha_words
        && ends_sentence(s)
}

/// At least 85 % of the cased letters are uppercase, with 2 or more of them.
pub(crate) fn is_all_caps(shape: &Shape) -> bool {
    shape.upper >= 2 && shape.upper * 100 >= (shape.upper + shape.lower) * 85
}

/// Number of sentences, counting a break at `. ! ?` followed by white space and
/// an uppercase letter or an opening quote.
pub(crate) fn sentences(s: &str) -> usize {
    let mut count = 1;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let mut saw_space = false;
        while chars.peek().is_some_and(|&n| is_blank(n)) {
            chars.next();
            saw_space = true;
        }
        if saw_space
            && chars
                .peek()
                .is_some_and(|&n| n.is_uppercase() || matches!(n, '"' | '“' | '«'))
        {
            count += 1;
        }
    }
    count
}

/// Longest line taken for a lone separator or bullet ("|", "•", "* * *").
const SEPARATOR_MAX_CHARS: usize = 16;

/// No letter or digit at all, and short: bullets, pipes, rules.
pub(crate) fn is_separator_only(s: &str) -> bool {
    s.chars().count() <= SEPARATOR_MAX_CHARS && !s.chars().any(char::is_alphanumeric)
}

/// Longest line a `label:` prefix entry may open ("Related: <a headline>").
const LABEL_MAX_CHARS: usize = 200;
/// Most words a bare prefix entry may be followed by ("Follow us on X and Telegram").
const LABEL_TAIL_MAX_WORDS: usize = 8;

/// The line is a label opened by `phrase`, not prose that starts with the same
/// words: one sentence, and either the phrase ends with a colon and the line is
/// at most 200 chars, or at most 8 words follow it and the line does not end with
/// a period ("Sponsored by the EU, the programme funds schools." stays prose).
pub(crate) fn is_short_label(line: &str, phrase: &str) -> bool {
    if sentences(line) > 1 {
        return false;
    }
    if phrase.ends_with(':') {
        return line.chars().count() <= LABEL_MAX_CHARS;
    }
    let tail = measure(line).words.saturating_sub(words(phrase).count());
    tail <= LABEL_TAIL_MAX_WORDS && !line.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str =
        "Vladimir Putin said on Monday that Russia is ready to work with foreign partners.";

    #[test]
    fn body_like_accepts_prose() {
        assert!(is_body_like(BODY));
        assert!(is_body_like(
            "“We are ready to work with any foreign partners on these metals,” he said on television."
        ));
        assert!(is_body_like(
            "Владимир Путин заявил в понедельник, что Россия готова работать с иностранными партнёрами."
        ));
    }

    #[test]
    fn body_like_rejects_headlines_and_labels() {
        assert!(!is_body_like(
            "Putin proposes US investment in rare earth metals in Russia and occupied Ukraine"
        ));
        assert!(!is_body_like(
            "Sponsor: QWIKET AI: Interactive Sports Knowledge."
        ));
        assert!(!is_body_like(
            "PUTIN PROPOSES US INVESTMENT IN RARE EARTH METALS IN RUSSIA AND UKRAINE."
        ));
    }

    #[test]
    fn all_caps_by_ratio() {
        assert!(is_all_caps(&measure("THE AMERICA ONE NEWS")));
        assert!(is_all_caps(&measure("МЕДУЗА")));
        assert!(!is_all_caps(&measure("Photo: EPA-EFE/MICHAEL BUHOLZER")));
        assert!(!is_all_caps(&measure("The America One News")));
        assert!(!is_all_caps(&measure("0")));
    }

    #[test]
    fn sentence_breaks() {
        assert_eq!(sentences("Sponsor: QWIKET AI: Interactive Sports."), 1);
        assert_eq!(sentences("He left. She stayed."), 2);
        assert_eq!(sentences("It cost $2.5 billion, he said."), 1);
        assert_eq!(sentences("He left. “No,” she said."), 2);
    }

    #[test]
    fn ends_sentence_with_closers() {
        assert!(ends_sentence("he said.”"));
        assert!(ends_sentence("(he said.)"));
        assert!(ends_sentence("“final stages”"));
        assert!(!ends_sentence("Novaya Gazeta Europe"));
    }

    #[test]
    fn separator_lines() {
        for s in ["|", "•", "* * *", "—", "· · ·"] {
            assert!(is_separator_only(s), "{s}");
        }
        for s in ["| Remer,MN", "0", "A", "—————————————————————"]
        {
            assert!(!is_separator_only(s), "{s}");
        }
    }

    #[test]
    fn short_labels() {
        assert!(is_short_label(
            "Related: Putin offers rare earths deal",
            "related:"
        ));
        assert!(!is_short_label(
            "Related: He left. She stayed on.",
            "related:"
        ));
        assert!(!is_short_label(
            &format!("Related: {}", "word ".repeat(50)),
            "related:"
        ));
        assert!(is_short_label(
            "Follow us on X, Facebook and Telegram",
            "follow us on"
        ));
        assert!(!is_short_label(
            "Sponsored by the EU, the programme funds schools.",
            "sponsored by"
        ));
        assert!(!is_short_label(
            "Sponsored by the EU and run by local charities the programme funds rural schools",
            "sponsored by"
        ));
    }

    #[test]
    fn measure_counts_words() {
        let s = measure("Putin said 17 things");
        assert_eq!(
            (s.words, s.alpha_words, s.lower_words, s.digits),
            (4, 3, 2, 2)
        );
    }
}
