//! What each HTML element means for the readable text: how it lays out, and
//! whether its content is read at all.
//!
//! The cleaner approximates what a reader sees in a browser, not the DOM: it
//! has no CSS, so the default display of each element stands in for layout.

/// How an element separates its content from what surrounds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Flows with the text around it (`a`, `em`, `span`, unknown elements).
    Inline,
    /// Starts and ends a paragraph (`p`, `div`, `li`, `h1`…).
    Block,
    /// A line break (`br`, and the stray `</br>` browsers read as one).
    Line,
    /// A table cell: separated from its neighbours in the row.
    Cell,
}

/// The role of an element in text extraction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Role {
    pub layout: Layout,
    /// Its content is never shown as text: code (`script`, `style`), metadata
    /// (`title`, `template`), embedded or widget content whose fallback text a
    /// browser does not render (`svg`, `iframe`, `video`, `select`, `button`),
    /// and site navigation (`nav`, which in news pages holds share buttons and
    /// menus, not article text).
    pub hidden: bool,
    /// Keeps its white space (`pre` and its legacy relatives).
    pub preformatted: bool,
    /// Has no content and no end tag, so it is never open (`img`, `br`, `meta`).
    pub void: bool,
    /// The tokenizer reads its content as raw text until the matching end tag,
    /// even when the start tag is written self-closing (`<script/>`), so it must
    /// be opened whatever the syntax says.
    pub raw_text: bool,
}

impl Role {
    const INLINE: Role = Role {
        layout: Layout::Inline,
        hidden: false,
        preformatted: false,
        void: false,
        raw_text: false,
    };
    const BLOCK: Role = Role {
        layout: Layout::Block,
        ..Role::INLINE
    };
    const VOID: Role = Role {
        void: true,
        ..Role::INLINE
    };
    const HIDDEN: Role = Role {
        hidden: true,
        ..Role::INLINE
    };
    const RAW_HIDDEN: Role = Role {
        raw_text: true,
        ..Role::HIDDEN
    };
    const PRE: Role = Role {
        preformatted: true,
        ..Role::BLOCK
    };
}

/// The role of the element named `name` (lowercase ASCII, as the tokenizer
/// gives it). Unknown and custom elements are inline, so their text is kept.
pub fn role(name: &[u8]) -> Role {
    match name {
        b"address" | b"article" | b"aside" | b"blockquote" | b"body" | b"caption" | b"center"
        | b"dd" | b"details" | b"dialog" | b"dir" | b"div" | b"dl" | b"dt" | b"fieldset"
        | b"figcaption" | b"figure" | b"footer" | b"form" | b"h1" | b"h2" | b"h3" | b"h4"
        | b"h5" | b"h6" | b"header" | b"hgroup" | b"html" | b"legend" | b"li" | b"main"
        | b"menu" | b"ol" | b"p" | b"search" | b"section" | b"summary" | b"table" | b"tbody"
        | b"tfoot" | b"thead" | b"tr" | b"ul" => Role::BLOCK,
        b"pre" | b"listing" => Role::PRE,
        b"xmp" | b"plaintext" => Role {
            raw_text: true,
            ..Role::PRE
        },
        b"br" => Role {
            layout: Layout::Line,
            ..Role::VOID
        },
        b"hr" => Role {
            layout: Layout::Block,
            ..Role::VOID
        },
        b"td" | b"th" => Role {
            layout: Layout::Cell,
            ..Role::INLINE
        },
        b"area" | b"base" | b"basefont" | b"bgsound" | b"col" | b"embed" | b"frame" | b"image"
        | b"img" | b"input" | b"keygen" | b"link" | b"meta" | b"param" | b"source" | b"track"
        | b"wbr" => Role::VOID,
        b"nav" => Role {
            layout: Layout::Block,
            ..Role::HIDDEN
        },
        b"script" | b"style" | b"title" | b"textarea" | b"iframe" | b"noscript" | b"noembed"
        | b"noframes" => Role::RAW_HIDDEN,
        b"template" | b"svg" | b"math" | b"canvas" | b"object" | b"applet" | b"audio"
        | b"video" | b"select" | b"datalist" | b"option" | b"optgroup" | b"button"
        | b"frameset" | b"rp" => Role::HIDDEN,
        _ => Role::INLINE,
    }
}

/// Whether a start tag of `name` implicitly closes an open element `open` at the
/// top of the stack, as HTML's optional end tags do (`<p>a<p>b`, `<li>a<li>b`).
///
/// Only the common cases are modelled; the point is to keep tag soup from piling
/// up open elements, since layout does not depend on the stack.
pub fn closes(name: &[u8], open: &[u8]) -> bool {
    match name {
        b"p" | b"li" | b"option" => open == name,
        b"dt" | b"dd" => matches!(open, b"dt" | b"dd"),
        b"td" | b"th" => matches!(open, b"td" | b"th"),
        b"tr" => matches!(open, b"td" | b"th" | b"tr"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_cells_and_lines() {
        for name in [
            "p",
            "div",
            "h3",
            "li",
            "blockquote",
            "figcaption",
            "tr",
            "table",
            "ul",
        ] {
            assert_eq!(role(name.as_bytes()).layout, Layout::Block, "{name}");
        }
        assert_eq!(role(b"td").layout, Layout::Cell);
        assert_eq!(role(b"br").layout, Layout::Line);
        for name in ["a", "em", "span", "b", "my-widget", "td"] {
            assert!(!role(name.as_bytes()).hidden, "{name}");
            assert_ne!(role(name.as_bytes()).layout, Layout::Block, "{name}");
        }
    }

    #[test]
    fn hidden_content() {
        for name in [
            "script", "style", "noscript", "template", "svg", "iframe", "nav", "title",
        ] {
            assert!(role(name.as_bytes()).hidden, "{name}");
        }
        for name in [
            "figcaption",
            "blockquote",
            "li",
            "td",
            "aside",
            "header",
            "a",
        ] {
            assert!(!role(name.as_bytes()).hidden, "{name}");
        }
        assert!(role(b"script").raw_text && !role(b"svg").raw_text);
    }

    #[test]
    fn voids_and_preformatted() {
        assert!(role(b"img").void && role(b"br").void && role(b"meta").void);
        assert!(!role(b"p").void);
        assert!(role(b"pre").preformatted && !role(b"code").preformatted);
    }

    #[test]
    fn implied_end_tags() {
        assert!(closes(b"p", b"p") && closes(b"li", b"li") && closes(b"dd", b"dt"));
        assert!(closes(b"tr", b"td") && closes(b"tr", b"tr") && closes(b"th", b"td"));
        assert!(!closes(b"div", b"p") && !closes(b"li", b"ul") && !closes(b"span", b"span"));
    }
}
