//! Cue-phrase lexicons: plain-text files under `data/boilerplate/`, embedded at
//! compile time and parsed once.
//!
//! Keeping the phrases as data (one entry a line, with a comment saying why) lets a
//! reviewer read and extend them without touching the rules; the syntax is described
//! in `data/boilerplate/README.md`: `phrase` (whole line), `phrase*` (line starts
//! with it), `^phrase` (header/footer zone only).

use foldhash::{HashMap, HashSet};
use std::sync::OnceLock;

/// One phrase of a phrase lexicon.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Lowercased, white space collapsed, without the `^`/`*` marks.
    pub phrase: String,
    /// `phrase*`: the line only has to start with the phrase.
    pub prefix: bool,
    /// `^phrase`: only in the header or footer zone.
    pub edge_only: bool,
}

/// A parsed phrase lexicon.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    entries: Vec<Entry>,
    /// Whole-line phrases → index into `entries`.
    whole: HashMap<String, usize>,
    /// Indices of the prefix entries.
    prefixes: Vec<usize>,
}

impl Lexicon {
    /// Parses the lexicon syntax; comment and blank lines are skipped.
    pub fn parse(source: &str) -> Lexicon {
        let mut lex = Lexicon::default();
        for raw in source.lines() {
            let raw = raw.trim();
            if raw.is_empty() || raw.starts_with('#') {
                continue;
            }
            let (edge_only, rest) = match raw.strip_prefix('^') {
                Some(rest) => (true, rest),
                None => (false, raw),
            };
            let (prefix, rest) = match rest.strip_suffix('*') {
                Some(rest) => (true, rest),
                None => (false, rest),
            };
            let phrase = fold(rest);
            if phrase.is_empty() {
                continue;
            }
            let index = lex.entries.len();
            if prefix {
                lex.prefixes.push(index);
            } else {
                lex.whole.insert(phrase.clone(), index);
            }
            lex.entries.push(Entry {
                phrase,
                prefix,
                edge_only,
            });
        }
        lex
    }

    /// Every entry, in file order (the tests walk them).
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The whole-line entry equal to `key` (see [`super::lines::whole_key`]).
    pub fn whole(&self, key: &str, at_edge: bool) -> Option<&Entry> {
        let entry = &self.entries[*self.whole.get(key)?];
        (at_edge || !entry.edge_only).then_some(entry)
    }

    /// The first prefix entry `head` (see [`super::lines::head_key`]) starts with,
    /// ending at a word boundary.
    pub fn prefix(&self, head: &str, at_edge: bool) -> Option<&Entry> {
        self.prefixes
            .iter()
            .map(|&i| &self.entries[i])
            .filter(|e| at_edge || !e.edge_only)
            .find(|e| starts_with_word(head, &e.phrase))
    }
}

/// A parsed word lexicon (one word or fragment a line).
pub(crate) fn words(source: &str) -> HashSet<String> {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(fold)
        .collect()
}

/// Lowercases and collapses white space (nbsp and zero-width characters included).
pub(crate) fn fold(s: &str) -> String {
    if s.is_ascii() {
        // The same string by byte: ASCII lower-casing is Unicode's on ASCII.
        // Every line's key is folded, and decoding and splitting by char
        // showed in profiles.
        return super::shape::collapse_ascii(s, u8::to_ascii_lowercase);
    }
    // One pass over the chars, as `collapse_ascii` goes over bytes: the ASCII
    // ones (most of a line with curly quotes or a dash) lowered and tested for
    // blanks directly, not split into words and mapped through `to_lowercase`.
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        let blank = if c.is_ascii() {
            matches!(c, ' ' | '\t'..='\r')
        } else {
            crate::text::span::is_blank(c)
        };
        if blank {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// `s` starts with `phrase` and the phrase ends a word there.
fn starts_with_word(s: &str, phrase: &str) -> bool {
    s.strip_prefix(phrase).is_some_and(|rest| {
        let last = phrase.chars().next_back();
        let next = rest.chars().next();
        match (last, next) {
            (_, None) => true,
            (Some(l), Some(n)) => !(l.is_alphanumeric() && n.is_alphanumeric()),
            (None, Some(_)) => false,
        }
    })
}

macro_rules! lexicon {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub(crate) fn $name() -> &'static Lexicon {
            static LEX: OnceLock<Lexicon> = OnceLock::new();
            LEX.get_or_init(|| {
                Lexicon::parse(include_str!(concat!("../../../data/boilerplate/", $file)))
            })
        }
    };
}

macro_rules! word_set {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub(crate) fn $name() -> &'static HashSet<String> {
            static SET: OnceLock<HashSet<String>> = OnceLock::new();
            SET.get_or_init(|| words(include_str!(concat!("../../../data/boilerplate/", $file))))
        }
    };
}

lexicon!(
    /// Sponsor and advertising labels.
    sponsor,
    "sponsor.txt"
);
lexicon!(
    /// Share, menu and link debris.
    navigation,
    "navigation.txt"
);
lexicon!(
    /// Consent-banner sentences and cookie-specific buttons.
    cookie,
    "cookie.txt"
);
lexicon!(
    /// Generic buttons that count only next to a banner line.
    cookie_buttons,
    "cookie_buttons.txt"
);
lexicon!(
    /// Site names and section banners (header only).
    masthead,
    "masthead.txt"
);
word_set!(
    /// Share-row verbs.
    share_actions,
    "share_actions.txt"
);
word_set!(
    /// Share-row objects and platforms.
    share_targets,
    "share_targets.txt"
);
word_set!(
    /// Fragments that make a banner opening a consent banner.
    consent_words,
    "consent_words.txt"
);
word_set!(
    /// Words that make a short all-caps line a masthead.
    masthead_words,
    "masthead_words.txt"
);
word_set!(
    /// Words a dateline widget may contain.
    date_words,
    "date_words.txt"
);
word_set!(
    /// Words that make a date line a widget.
    date_widget_words,
    "date_widget_words.txt"
);
word_set!(
    /// Scraper field tags glued before text.
    scraper_tags,
    "scraper_tags.txt"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_marks_and_skips_comments() {
        let lex = Lexicon::parse("# why\n\nShare\n^Home\nRelated:*\nfollow us on *\n");
        let e = lex.entries();
        assert_eq!(e.len(), 4);
        assert_eq!(e[0].phrase, "share");
        assert!(e[1].edge_only && !e[1].prefix);
        assert!(e[2].prefix && e[2].phrase == "related:");
        assert_eq!(e[3].phrase, "follow us on");
    }

    #[test]
    fn whole_respects_edge_only() {
        let lex = Lexicon::parse("share\n^home\n");
        assert!(lex.whole("share", false).is_some());
        assert!(lex.whole("home", false).is_none());
        assert!(lex.whole("home", true).is_some());
        assert!(lex.whole("homes", true).is_none());
    }

    #[test]
    fn prefix_needs_a_word_boundary() {
        let lex = Lexicon::parse("follow us on *\nsponsor:*\n");
        assert!(lex.prefix("follow us on x", false).is_some());
        assert!(lex.prefix("follow us onward", false).is_none());
        assert!(lex.prefix("sponsor: qwiket", false).is_some());
        assert!(lex.prefix("sponsor:qwiket", false).is_some());
        assert!(lex.prefix("sponsors of", false).is_none());
    }

    #[test]
    fn ascii_fold_is_the_char_fold() {
        let by_char = |s: &str| {
            s.split(crate::text::span::is_blank)
                .filter(|w| !w.is_empty())
                .map(|w| w.chars().flat_map(char::to_lowercase).collect::<String>())
                .collect::<Vec<_>>()
                .join(" ")
        };
        for s in [
            "",
            " ",
            "Sponsor: QWIKET AI",
            "  A\tB\x0bC\x0cD\r\nE  ",
            "x\x1cY",
            "ONE",
        ] {
            assert_eq!(fold(s), by_char(s), "{s:?}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency
    proptest::proptest! {
        /// The one-pass fold is the word-by-word fold it replaced, on any text.
        #[test]
        fn fold_is_the_word_fold(s in "[ a-zA-Z\u{a0}\u{200b}\t\nÀ-ÿΑ-ωİẞ’“\u{2028}\u{3000}.:-]{0,40}") {
            let by_word = s
                .split(crate::text::span::is_blank)
                .filter(|w| !w.is_empty())
                .map(|w| w.chars().flat_map(char::to_lowercase).collect::<String>())
                .collect::<Vec<_>>()
                .join(" ");
            proptest::prop_assert_eq!(fold(&s), by_word);
        }
    }

    #[test]
    fn fold_collapses_nbsp_and_case() {
        assert_eq!(
            fold("Sponsor:\u{a0} QWIKET\u{200b} AI "),
            "sponsor: qwiket ai"
        );
        assert_eq!(fold("  "), "");
    }

    #[test]
    fn every_data_file_parses_to_something() {
        for lex in [
            sponsor(),
            navigation(),
            cookie(),
            cookie_buttons(),
            masthead(),
        ] {
            assert!(!lex.entries().is_empty());
            assert!(lex.entries().iter().all(|e| e.phrase == fold(&e.phrase)));
        }
        for set in [
            share_actions(),
            share_targets(),
            consent_words(),
            masthead_words(),
            date_words(),
            date_widget_words(),
            scraper_tags(),
        ] {
            assert!(!set.is_empty());
        }
    }
}
