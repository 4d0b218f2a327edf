//! Tokenizer cases: one test per rule, with what must and must not happen.

use super::*;
use TokenKind::*;

fn toks(text: &str) -> Vec<&str> {
    tokenize(text, Span::new(0, text.len()))
        .iter()
        .map(|t| t.span.slice(text))
        .collect()
}

fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
    tokenize(text, Span::new(0, text.len()))
        .iter()
        .map(|t| (t.span.slice(text), t.kind))
        .collect()
}

#[test]
fn words_with_diacritics_hyphens_and_other_scripts() {
    assert_eq!(toks("Zoë Brontë-Müller"), ["Zoë", "Brontë-Müller"]);
    assert_eq!(
        toks("Zoe\u{308} (decomposed)"),
        ["Zoe\u{308}", "(", "decomposed", ")"]
    );
    assert_eq!(
        toks("Euro-Atlantic Zaporizhzhia"),
        ["Euro-Atlantic", "Zaporizhzhia"]
    );
    assert_eq!(toks("Путин и Зеленский"), ["Путин", "и", "Зеленский"]);
    assert_eq!(
        toks("हिन्दी भाषा"),
        ["हिन्दी", "भाषा"],
        "vowel signs are marks"
    );
    assert_eq!(toks("東京"), ["東", "京"]);
    assert_eq!(kinds("Kyiv")[0].1, Word);
}

#[test]
fn hyphens_only_inside_words() {
    assert_eq!(toks("pre- and post-war"), ["pre", "-", "and", "post-war"]);
    assert_eq!(toks("Kyiv—the capital"), ["Kyiv", "—", "the", "capital"]);
    assert_eq!(toks("yes -- no"), ["yes", "--", "no"]);
    assert_eq!(kinds("--")[0].1, Dash);
}

#[test]
fn numbers() {
    for n in [
        "3.5", "1,200", "1,200.50", "17", "2025", "45%", "10:30", "1990s", "24/7",
    ] {
        assert_eq!(kinds(n), [(n, Number)], "{n}");
    }
    assert_eq!(
        toks("rose -5 points, .324 avg"),
        ["rose", "-5", "points", ",", ".324", "avg"]
    );
    assert_eq!(toks("in 2022."), ["in", "2022", "."]);
    assert_eq!(
        toks("1, 2"),
        ["1", ",", "2"],
        "a list, not a thousands separator"
    );
    assert_eq!(toks("$5bn"), ["$", "5bn"]);
    assert_eq!(toks("2014-2022"), ["2014-2022"]);
}

#[test]
fn possessives_split_off() {
    assert_eq!(kinds("Putin’s"), [("Putin", Word), ("’s", Clitic)]);
    assert_eq!(toks("Putin's Russia's"), ["Putin", "'s", "Russia", "'s"]);
    assert_eq!(toks("PUTIN’S"), ["PUTIN", "’S"]);
    assert_eq!(
        toks("the Ukrainians’ demands"),
        ["the", "Ukrainians", "’", "demands"]
    );
    assert_eq!(toks("the 1990’s"), ["the", "1990", "’s"]);
}

#[test]
fn contractions_split_conventionally() {
    assert_eq!(toks("don’t"), ["do", "n’t"]);
    assert_eq!(
        toks("can't won't isn't"),
        ["ca", "n't", "wo", "n't", "is", "n't"]
    );
    assert_eq!(
        toks("they’re I'm we've you'll she'd"),
        ["they", "’re", "I", "'m", "we", "'ve", "you", "'ll", "she", "'d"]
    );
}

#[test]
fn inner_apostrophes_stay() {
    assert_eq!(
        toks("O’Brien D'Angelo rock’n’roll"),
        ["O’Brien", "D'Angelo", "rock’n’roll"]
    );
    assert_eq!(toks("O’Brien’s"), ["O’Brien", "’s"]);
    assert_eq!(toks("'courageous'"), ["'", "courageous", "'"]);
}

#[test]
fn final_period_splits_off_words_not_abbreviations() {
    assert_eq!(toks("Ukraine."), ["Ukraine", "."]);
    assert_eq!(toks("Russia’s."), ["Russia", "’s", "."]);
    assert_eq!(kinds("U.S."), [("U.S.", Abbreviation)]);
    assert_eq!(
        toks("Mr. Putin met Dr. Who"),
        ["Mr.", "Putin", "met", "Dr.", "Who"]
    );
    assert_eq!(toks("John F. Kennedy"), ["John", "F.", "Kennedy"]);
    assert_eq!(toks("J. R. R. Tolkien"), ["J.", "R.", "R.", "Tolkien"]);
    assert_eq!(toks("В. В. Путин"), ["В.", "В.", "Путин"]);
    assert_eq!(toks("Apple Inc. and Co."), ["Apple", "Inc.", "and", "Co."]);
    assert_eq!(
        toks("e.g. i.e. a.m. p.m. Ph.D. etc."),
        ["e.g.", "i.e.", "a.m.", "p.m.", "Ph.D.", "etc."]
    );
    assert_eq!(toks("U.S.A. and D.C."), ["U.S.A.", "and", "D.C."]);
}

#[test]
fn number_abbreviations_need_a_number() {
    assert_eq!(toks("No. 5"), ["No.", "5"]);
    assert_eq!(toks("He said No. Then"), ["He", "said", "No", ".", "Then"]);
    assert_eq!(toks("Feb. 24"), ["Feb.", "24"]);
    assert_eq!(toks("in Feb. The"), ["in", "Feb", ".", "The"]);
    assert_eq!(toks("pp. 12"), ["pp.", "12"]);
}

#[test]
fn lower_case_single_letters_are_words() {
    assert_eq!(toks("option a."), ["option", "a", "."]);
    assert_eq!(toks("(b. 1990)"), ["(", "b.", "1990", ")"], "listed: born");
}

#[test]
fn punctuation_and_quotes_one_per_token() {
    assert_eq!(
        kinds("“Yes,” he said."),
        [
            ("“", Quote),
            ("Yes", Word),
            (",", Punct),
            ("”", Quote),
            ("he", Word),
            ("said", Word),
            (".", Punct)
        ]
    );
    assert_eq!(toks("«Да»"), ["«", "Да", "»"]);
    assert_eq!(toks("(see [1])"), ["(", "see", "[", "1", "]", ")"]);
    assert_eq!(
        toks("he said:\"no\";"),
        ["he", "said", ":", "\"", "no", "\"", ";"]
    );
}

#[test]
fn ellipses_and_mark_runs_are_one_token() {
    assert_eq!(toks("wait... what?!"), ["wait", "...", "what", "?!"]);
    assert_eq!(toks("wait… what"), ["wait", "…", "what"]);
    assert_eq!(toks("end. . ."), ["end", ".", ".", "."]);
}

#[test]
fn urls_emails_tags_and_handles() {
    assert_eq!(
        kinds("see https://novayagazeta.eu/articles/2025/x."),
        [
            ("see", Word),
            ("https://novayagazeta.eu/articles/2025/x", Url),
            (".", Punct)
        ]
    );
    assert_eq!(
        kinds("(www.bbc.co.uk)"),
        [("(", Punct), ("www.bbc.co.uk", Url), (")", Punct)]
    );
    assert_eq!(kinds("CBC.ca,"), [("CBC.ca", Url), (",", Punct)]);
    assert_eq!(
        kinds("novayagazeta.eu/en/x"),
        [("novayagazeta.eu/en/x", Url)]
    );
    assert_eq!(
        kinds("press@kremlin.ru."),
        [("press@kremlin.ru", Email), (".", Punct)]
    );
    assert_eq!(
        kinds("#Ukraine @POTUS"),
        [("#Ukraine", Hashtag), ("@POTUS", Mention)]
    );
    assert_eq!(kinds("#1"), [("#", Punct), ("1", Number)]);
    assert_eq!(
        toks("Node.js"),
        ["Node.js"],
        "not a known domain, not two words"
    );
}

#[test]
fn glued_sentences_come_apart() {
    assert_eq!(
        toks("in Ukraine.Putin said"),
        ["in", "Ukraine", ".", "Putin", "said"]
    );
    assert_eq!(toks("ASP.NET"), ["ASP.NET"]);
}

#[test]
fn emoji_stay_whole() {
    assert_eq!(kinds("👩‍⚕️"), [("👩‍⚕️", Symbol)]);
    assert_eq!(toks("🇺🇦🇺🇦"), ["🇺🇦", "🇺🇦"]);
    assert_eq!(toks("👍🏽!"), ["👍🏽", "!"]);
    assert_eq!(toks("a😀b"), ["a", "😀", "b"]);
}

#[test]
fn blanks_separate_tokens() {
    assert_eq!(
        toks("a\u{a0}b\u{200b}c\r\nd\u{2028}e\u{feff}"),
        ["a", "b", "c", "d", "e"]
    );
    assert_eq!(
        toks("Zarathustra\u{200c}"),
        ["Zarathustra"],
        "a trailing ZWNJ is blank"
    );
    assert_eq!(
        toks("می\u{200c}خواهم"),
        ["می\u{200c}خواهم"],
        "Persian ZWNJ inside a word"
    );
}

#[test]
fn odd_inputs_do_not_panic() {
    assert_eq!(toks("\u{301}"), ["\u{301}"]);
    assert_eq!(toks("\u{301}\u{301} x"), ["\u{301}\u{301}", "x"]);
    assert_eq!(toks("?!.,;:"), ["?!", ".", ",", ";", ":"]);
    assert!(toks("").is_empty());
    assert!(toks(" \u{a0}\u{200b}").is_empty());
    assert_eq!(toks("http://"), ["http", ":", "/", "/"]);
    assert_eq!(toks("a@"), ["a", "@"]);
}

#[test]
fn spans_stay_inside_the_requested_span() {
    let text = "He met U.S. officials.";
    let tokens = tokenize(text, Span::new(7, 10));
    assert_eq!(
        tokens
            .iter()
            .map(|t| t.span.slice(text))
            .collect::<Vec<_>>(),
        ["U.S"]
    );
    assert!(tokenize(text, Span::new(8, 8)).is_empty());
    let inside_char = tokenize("Zoë", Span::new(3, 4));
    assert!(
        inside_char.is_empty(),
        "a span inside a char is shrunk to nothing"
    );
    assert!(tokenize("abc", Span::new(2, 99)).len() == 1);
}

#[test]
fn every_non_blank_char_is_in_one_token() {
    let text = "“Putin’s U.S. visit,” he said… — 3.5% of $1,200! 👩‍⚕️ #tag e-mail: a@b.co\u{301}";
    let mut covered = vec![false; text.len()];
    for t in tokenize(text, Span::new(0, text.len())) {
        for flag in &mut covered[t.span.range()] {
            assert!(!*flag, "overlap at {t:?}");
            *flag = true;
        }
    }
    for (i, c) in text.char_indices() {
        // Blank chars lie between tokens, except joiners inside an emoji or a word.
        assert!(covered[i] || is_blank(c), "char {c:?} at {i} in no token");
    }
}
