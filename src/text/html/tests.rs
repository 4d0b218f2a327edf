//! One test per rule of `clean`, each with cases where it applies and where it
//! must not; every case also checks the source map's invariants.

use super::clean;
use crate::text::span::Span;

/// The cleaned text, after checking the map.
fn text(html: &str) -> String {
    let (text, map) = clean(html);
    if let Err(why) = map.validate(&text, html) {
        panic!(
            "{why}\n html: {html:?}\n text: {text:?}\n map: {:?}",
            map.runs
        );
    }
    text
}

/// The source that the first occurrence of `needle` in the text maps to.
fn source_of<'a>(html: &'a str, needle: &str) -> &'a str {
    let (text, map) = clean(html);
    let at = text.find(needle).expect("needle in text");
    map.to_source(Span::new(at, at + needle.len())).slice(html)
}

#[test]
fn blocks_make_paragraphs_inline_elements_do_not() {
    assert_eq!(text("<p>One</p><p>Two</p>"), "One\n\nTwo");
    assert_eq!(
        text("<h1>Title</h1><div><div>Body</div></div>"),
        "Title\n\nBody"
    );
    assert_eq!(text("<ul><li>a</li><li>b</li></ul>"), "a\n\nb");
    assert_eq!(
        text("<blockquote>q</blockquote><figure><figcaption>c</figcaption></figure>"),
        "q\n\nc"
    );
    assert_eq!(text("a<hr>b"), "a\n\nb");
    assert_eq!(text("<span>a</span><em>b</em> <a href=x>c</a>"), "ab c");
    assert_eq!(text("<my-widget>a</my-widget>b"), "ab");
}

#[test]
fn no_separator_at_the_edges_nor_two_blank_lines() {
    assert_eq!(text("<div><p></p><p>x</p></div><p></p>"), "x");
    assert_eq!(text("<p>a</p>\n\n<p></p><br><br><br><p>b</p>"), "a\n\nb");
    assert_eq!(text("<br><br>a<br><br>"), "a");
}

#[test]
fn br_is_a_line_break_and_two_make_a_blank_line() {
    assert_eq!(text("a<br>b"), "a\nb");
    assert_eq!(text("a<br/>\n b"), "a\nb");
    assert_eq!(text("a<br><br>b"), "a\n\nb");
    assert_eq!(text("a</br>b"), "a\nb");
    assert_eq!(text("<p>a<br></p><p>b</p>"), "a\n\nb");
}

#[test]
fn table_cells_are_separated_by_a_tab_rows_by_paragraphs() {
    let html =
        "<table><tr><th>Party</th><th>Seats</th></tr><tr><td>A</td> <td>12</td></tr></table>";
    assert_eq!(text(html), "Party\tSeats\n\nA\t12");
    assert_eq!(text("<table><tr><td>a<td>b<tr><td>c</table>"), "a\tb\n\nc");
}

#[test]
fn white_space_collapses_like_a_browser() {
    assert_eq!(text("<p>  a \n\t b  </p>"), "a b");
    assert_eq!(text("a <b> c</b>"), "a c");
    assert_eq!(text("a<b> </b>c"), "a c");
    assert_eq!(text("<p>a </p> <p> b</p>"), "a\n\nb");
    assert_eq!(
        text("a\u{2003}b"),
        "a\u{2003}b",
        "only HTML white space collapses"
    );
}

#[test]
fn preformatted_text_keeps_its_white_space() {
    assert_eq!(
        text("<pre>\nfn main() {\n    x  =  1;\n}\n</pre>"),
        "fn main() {\n    x  =  1;\n}"
    );
    assert_eq!(text("a<pre>  b\n\n\n\n c</pre>d"), "a\n\n  b\n\n c\n\nd");
    assert_eq!(text("<pre>a\r\nb</pre>"), "a\nb");
    assert_eq!(text("<pre>x</pre>  y \n z"), "x\n\ny z");
    assert_eq!(
        text("<pre>a  \n\tb</pre>"),
        "a\n\tb",
        "invisible line ends go"
    );
    assert_eq!(text("<xmp><b>&amp;</b></xmp>"), "<b>&amp;</b>", "raw text");
}

#[test]
fn non_breaking_spaces_are_kept_inside_lines() {
    assert_eq!(text("a&nbsp;&nbsp;b"), "a\u{a0}\u{a0}b");
    assert_eq!(text("a \u{a0} b"), "a \u{a0} b");
    assert_eq!(text("<p>&nbsp;</p><p>a&nbsp;</p><p>&nbsp;b</p>"), "a\n\nb");
    assert_eq!(source_of("x&nbsp;y", "\u{a0}"), "&nbsp;");
}

#[test]
fn entities_are_decoded_and_mapped_to_their_source() {
    assert_eq!(
        text("It&rsquo;s A&amp;B &#8212; &#x2014; &lt;3 &notit; &copy"),
        "It’s A&B — — <3 ¬it; ©"
    );
    assert_eq!(text("&unknown; AT&T & &#;"), "&unknown; AT&T & &#;");
    assert_eq!(source_of("It&rsquo;s", "’"), "&rsquo;");
    assert_eq!(source_of("a &#8212; b", "a — b"), "a &#8212; b");
    assert_eq!(text("&#0;&#x110000;&#128;"), "\u{fffd}\u{fffd}€");
}

#[test]
fn hidden_content_is_dropped() {
    for html in [
        "<script>alert(1)</script>",
        "<style>p { color: red }</style>",
        "<noscript><p>Enable JavaScript</p></noscript>",
        "<template><p>t</p></template>",
        "<svg><text>icon</text></svg>",
        "<iframe>fallback</iframe>",
        "<select><option>One</option></select><button>Subscribe</button>",
        "<title>Page title</title>",
        "<!-- a comment --><!DOCTYPE html><![CDATA[x]]>",
        "<div hidden>h</div><p style=\"display: none\">s</p>",
        "<img src=x onerror=alert(1) alt=\"Alt text\">",
    ] {
        assert_eq!(text(&format!("a{html}b")), "ab", "{html}");
    }
    assert_eq!(
        text("<script>if (a<b) document.write('</p>')</script>ok"),
        "ok"
    );
    // Navigation is a block: its content goes, its place stays a break.
    assert_eq!(text("a<nav><a href=/share>Share</a></nav>b"), "a\n\nb");
}

#[test]
fn shown_content_is_kept() {
    assert_eq!(text("<aside>Key facts</aside>"), "Key facts");
    assert_eq!(
        text("<header>By Ann</header><footer>Credit</footer>"),
        "By Ann\n\nCredit"
    );
    assert_eq!(text("<a href=\"https://x\">link text</a>"), "link text");
    assert_eq!(text("<div title=\"a>b\">t</div>"), "t");
    assert_eq!(text("x<nav/>a<svg/>b"), "x\n\nab");
}

#[test]
fn tag_soup_is_survived() {
    assert_eq!(text("<p>a<p>b"), "a\n\nb");
    assert_eq!(text("<b><i>a</b>b</i>"), "ab");
    assert_eq!(text("<nav><div>Share</nav>Article"), "Article");
    assert_eq!(text("<div><nav>Menu</div>Body"), "Body");
    assert_eq!(text("</nav></script>a</p>b"), "a\n\nb");
    assert_eq!(text("a <"), "a <");
    assert_eq!(text("a<div"), "a");
    assert_eq!(text("1 < 2 > 0"), "1 < 2 > 0");
    assert_eq!(text("a</>b"), "ab");
    assert_eq!(text("a\0b\u{7}c"), "abc");
    assert_eq!(text("Bundes&shy;regierung"), "Bundesregierung");
}

#[test]
fn deep_nesting_is_linear_and_closes() {
    let depth = 10_000;
    let html = format!(
        "{}x{}y",
        "<div><span>".repeat(depth),
        "</span></div>".repeat(depth)
    );
    assert_eq!(text(&html), "x\n\ny");
    let unclosed = format!("{}<script>bad</script>z", "<b>".repeat(depth));
    assert_eq!(text(&unclosed), "z");
}

#[test]
fn plain_text_is_cleaned_too() {
    assert_eq!(text("Tom &amp; Jerry\r\n  ran."), "Tom & Jerry ran.");
    assert_eq!(text(""), "");
    assert_eq!(text("   \n "), "");
}

#[test]
fn copies_map_one_to_one_and_separators_to_their_tag() {
    let html = "<p>Hello   <b>world</b></p><p>Next</p>";
    let (text, map) = clean(html);
    assert_eq!(text, "Hello world\n\nNext");
    assert_eq!(source_of(html, "Hello"), "Hello");
    assert_eq!(source_of(html, " "), "   ");
    assert_eq!(source_of(html, "world"), "world");
    let brk = map.to_source(Span::new(11, 13));
    assert!(brk.is_empty() && html[brk.start..].starts_with("</p>"));
}
