//! Property tests: no input panics, and every span of every layer is valid in
//! all three units (UTF-16, chars, bytes).

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::assert_valid_in_all_units;
use proptest::prelude::*;

/// Strings made of news-like pieces: words, names, quotes of every style,
/// abbreviations, numbers, line breaks, nbsp, zero-width, emoji, RTL, combining marks.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Putin",
        " said",
        " ",
        ". ",
        "U.S.",
        "Mr.",
        " Dr. ",
        "“",
        "”",
        "\"",
        "'",
        "’s",
        "«",
        "»",
        "„",
        "—",
        "…",
        "...",
        "\n",
        "\r\n",
        "\n\n",
        "\u{a0}",
        "\u{200b}",
        "👍🏽",
        "🇺🇦",
        "Путин",
        "שלום",
        "e\u{301}",
        "3.5",
        "1,200",
        "17%",
        "$1.2 billion",
        "Sponsor:",
        "NextImg:",
        "back",
        "topic",
        "THE NEWS",
        "Photo: EPA",
        "?",
        "!",
        "(",
        ")",
        "<p>",
        "</p>",
        "&amp;",
        "&",
        "<",
        ">",
        "|",
        "0",
        "Jan.",
        "St.",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

/// HTML-ish soup: tags (some unclosed or mis-nested), entities, text, stray `<`/`&`.
fn html_soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<br>",
        "<script>",
        "</script>",
        "<style>",
        "</style>",
        "<nav>",
        "</nav>",
        "<em>",
        "</em>",
        "<a href='x>y'>",
        "</a>",
        "<pre>",
        "</pre>",
        "<li>",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "&nbsp;",
        "&amp;",
        "&#x1F44D;",
        "&#8217;",
        "&bogus;",
        "&",
        "<",
        ">",
        "text ",
        "Putin said.",
        " ",
        "\n",
        "\r\n",
        "“",
        "Путин",
        "👍",
        "<img src=x onerror=alert(1)>",
        "<p class=\"",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

proptest! {
    // 256 cases by default; `make fuzz` raises PROPTEST_CASES and loops for a fixed time.
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn random_unicode_plain_text(s in any::<String>()) {
        assert_valid_in_all_units(&s, false);
    }

    #[test]
    fn newsy_plain_text(s in newsy()) {
        assert_valid_in_all_units(&s, false);
    }

    #[test]
    fn random_unicode_as_html(s in any::<String>()) {
        assert_valid_in_all_units(&s, true);
    }

    #[test]
    fn html_soup_input(s in html_soup()) {
        assert_valid_in_all_units(&s, true);
    }
}

#[test]
fn empty_and_blank_inputs() {
    for s in [
        "",
        " ",
        "\n\n\n",
        "\u{a0}",
        "\u{200b}",
        "\r\n",
        "<p></p>",
        "<script>x</script>",
    ] {
        assert_valid_in_all_units(s, false);
        assert_valid_in_all_units(s, true);
    }
}
