//! The text the annotator reads, built from a page's text nodes, and the mapping
//! back to the DOM's own text.

/// What separates a text node from the one before it in reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Break {
    /// Same line of text (inline elements such as `<a>`, `<b>`, `<span>`).
    None,
    /// A `<br>`.
    Line,
    /// A block boundary (`<p>`, `<div>`, `<li>`, headings, table cells…).
    Paragraph,
}

/// One text node: its text and the break before it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chunk {
    pub text: String,
    pub break_before: Break,
    /// Inside `<pre>`: line breaks are real; elsewhere HTML renders them as spaces.
    pub preformatted: bool,
}

impl Chunk {
    pub fn new(text: impl Into<String>, break_before: Break) -> Self {
        Chunk {
            text: text.into(),
            break_before,
            preformatted: false,
        }
    }
}

/// The annotator's text and the DOM text side by side.
#[derive(Debug, Default)]
pub struct Layout {
    /// What the annotator reads: chunks joined by "\n\n" (paragraph) or "\n"
    /// (line); inside a chunk, tabs and newlines become spaces as a browser shows
    /// them (same length, so offsets inside a chunk are the same in both texts).
    pub text: String,
    /// The DOM text in UTF-16 code units: the chunks joined with nothing between.
    pub dom: Vec<u16>,
    /// Per chunk: start in `text` (UTF-16 units) and start in `dom`.
    starts: Vec<(usize, usize)>,
}

impl Layout {
    pub fn new(chunks: &[Chunk]) -> Self {
        let mut layout = Layout::default();
        let mut text16 = 0;
        for (i, chunk) in chunks.iter().enumerate() {
            if i > 0 {
                let sep = match chunk.break_before {
                    Break::None => "",
                    Break::Line => "\n",
                    Break::Paragraph => "\n\n",
                };
                layout.text.push_str(sep);
                text16 += sep.len();
            }
            layout.starts.push((text16, layout.dom.len()));
            if chunk.preformatted {
                layout.text.push_str(&chunk.text);
            } else {
                layout.text.extend(chunk.text.chars().map(|c| match c {
                    '\n' | '\r' | '\t' | '\u{c}' => ' ',
                    c => c,
                }));
            }
            let before = layout.dom.len();
            layout.dom.extend(chunk.text.encode_utf16());
            text16 += layout.dom.len() - before;
        }
        layout
    }

    /// Number of chunks.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// The DOM range `[start, end)` of chunk `i`.
    pub fn chunk_range(&self, i: usize) -> (usize, usize) {
        let start = self.starts[i].1;
        let end = self.starts.get(i + 1).map_or(self.dom.len(), |s| s.1);
        (start, end)
    }

    /// A UTF-16 offset of the annotator's text as a DOM offset. An offset inside
    /// a separator maps to the start of the next chunk.
    pub fn to_dom(&self, text16: usize) -> usize {
        let i = self.starts.partition_point(|s| s.0 <= text16);
        if i == 0 {
            return 0;
        }
        let (t, d) = self.starts[i - 1];
        let (_, end) = self.chunk_range(i - 1);
        (d + (text16 - t)).min(end)
    }

    /// The DOM text between two DOM offsets.
    pub fn dom_text(&self, start: usize, end: usize) -> String {
        String::from_utf16_lossy(&self.dom[start.min(end)..end.min(self.dom.len())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunks() -> Vec<Chunk> {
        vec![
            Chunk::new("Kyiv talks", Break::None),
            Chunk::new("Olha ", Break::Paragraph),
            Chunk::new("Stefanishyna", Break::None),
            Chunk::new(" said\n   “yes”.", Break::None),
            Chunk::new("Photo: 👍", Break::Line),
        ]
    }

    #[test]
    fn blocks_become_paragraph_breaks_and_inline_nodes_join() {
        let layout = Layout::new(&chunks());
        assert_eq!(
            layout.text,
            "Kyiv talks\n\nOlha Stefanishyna said    “yes”.\nPhoto: 👍"
        );
        assert_eq!(
            String::from_utf16(&layout.dom).unwrap(),
            "Kyiv talksOlha Stefanishyna said\n   “yes”.Photo: 👍"
        );
    }

    #[test]
    fn offsets_map_to_the_dom_text() {
        let layout = Layout::new(&chunks());
        let text16: Vec<u16> = layout.text.encode_utf16().collect();
        let find = |s: &str| {
            let needle: Vec<u16> = s.encode_utf16().collect();
            text16
                .windows(needle.len())
                .position(|w| w == needle)
                .unwrap()
        };
        let start = find("Olha");
        let end = start + "Olha Stefanishyna".len();
        assert_eq!(
            layout.dom_text(layout.to_dom(start), layout.to_dom(end)),
            "Olha Stefanishyna"
        );
        let photo = find("Photo");
        assert_eq!(
            layout.dom_text(layout.to_dom(photo), layout.dom.len()),
            "Photo: 👍"
        );
        // Inside the "\n\n" separator: the start of the next chunk.
        assert_eq!(layout.to_dom(11), layout.chunk_range(1).0);
        assert_eq!(layout.chunk_range(4).1, layout.dom.len());
    }

    #[test]
    fn preformatted_text_keeps_its_line_breaks() {
        let mut chunk = Chunk::new("a\nb", Break::None);
        chunk.preformatted = true;
        assert_eq!(Layout::new(&[chunk]).text, "a\nb");
        assert!(Layout::new(&[]).is_empty());
    }
}
