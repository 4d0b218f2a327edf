//! The stack of open elements, kept sane for tag soup.
//!
//! Clipboard HTML is often mis-nested or unclosed. The stack only answers two
//! questions for the text — "is this text inside hidden content?" and "inside
//! preformatted content?" — so it needs much less than HTML's tree builder:
//! an end tag closes the nearest open element of its name and everything above
//! it, and an end tag with no open element of its name is ignored. Per-name
//! counts make that test O(1), so every operation is amortised O(1) and a whole
//! document linear, however deep or broken its nesting.

use foldhash::HashMap;

/// Depth beyond which ordinary elements are no longer opened (their text is
/// still read): bounds memory on hostile input. Hidden and preformatted
/// elements are always opened, since forgetting them would change the text.
pub const MAX_DEPTH: usize = 1024;

#[derive(Clone, Copy, Debug)]
struct Open {
    id: u32,
    hidden: bool,
    preformatted: bool,
    raw_text: bool,
}

/// Open elements, innermost last.
#[derive(Debug, Default)]
pub struct Stack {
    ids: HashMap<Vec<u8>, u32>,
    names: Vec<Vec<u8>>,
    /// Open elements per name id.
    counts: Vec<u32>,
    open: Vec<Open>,
    hidden: usize,
    preformatted: usize,
}

impl Stack {
    /// Whether some open element hides its content.
    pub fn hidden(&self) -> bool {
        self.hidden > 0
    }

    /// Whether some open element keeps its white space.
    pub fn preformatted(&self) -> bool {
        self.preformatted > 0
    }

    #[cfg(test)]
    pub fn depth(&self) -> usize {
        self.open.len()
    }

    /// Whether the innermost open element holds raw text (`xmp`, `plaintext`),
    /// whose character references the tokenizer does not decode.
    pub fn raw_text(&self) -> bool {
        self.open.last().is_some_and(|top| top.raw_text)
    }

    /// Opens an element.
    pub fn push(&mut self, name: &[u8], hidden: bool, preformatted: bool, raw_text: bool) {
        if self.open.len() >= MAX_DEPTH && !hidden && !preformatted {
            return;
        }
        let id = self.intern(name);
        self.counts[id as usize] += 1;
        self.hidden += usize::from(hidden);
        self.preformatted += usize::from(preformatted);
        self.open.push(Open {
            id,
            hidden,
            preformatted,
            raw_text,
        });
    }

    /// Closes the innermost elements while `implied(top)` says the new element
    /// ends them (see `elements::closes`).
    pub fn close_implied(&mut self, implied: impl Fn(&[u8]) -> bool) {
        while let Some(top) = self.open.last() {
            if !implied(&self.names[top.id as usize]) {
                break;
            }
            self.pop();
        }
    }

    /// Closes the innermost open element named `name` and everything opened
    /// inside it, and says whether that element was opened hidden; returns
    /// `None` (and changes nothing) if none is open.
    pub fn close(&mut self, name: &[u8]) -> Option<bool> {
        let &id = self.ids.get(name)?;
        if self.counts[id as usize] == 0 {
            return None;
        }
        while let Some(top) = self.pop() {
            if top.id == id {
                return Some(top.hidden);
            }
        }
        None
    }

    fn pop(&mut self) -> Option<Open> {
        let top = self.open.pop()?;
        self.counts[top.id as usize] -= 1;
        self.hidden -= usize::from(top.hidden);
        self.preformatted -= usize::from(top.preformatted);
        Some(top)
    }

    fn intern(&mut self, name: &[u8]) -> u32 {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = self.names.len() as u32;
        self.ids.insert(name.to_vec(), id);
        self.names.push(name.to_vec());
        self.counts.push(0);
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_tag_closes_everything_inside() {
        let mut s = Stack::default();
        s.push(b"div", false, false, false);
        s.push(b"nav", true, false, false);
        s.push(b"ul", false, false, false);
        s.push(b"li", false, false, false);
        assert!(s.hidden());
        assert_eq!(s.close(b"nav"), Some(true));
        assert!(!s.hidden());
        assert_eq!(s.depth(), 1);
    }

    #[test]
    fn stray_end_tag_is_ignored() {
        let mut s = Stack::default();
        s.push(b"pre", false, true, false);
        assert_eq!(s.close(b"b"), None);
        assert_eq!(s.close(b"never-seen"), None);
        assert!(s.preformatted() && !s.raw_text());
        assert_eq!(s.close(b"pre"), Some(false));
        assert_eq!(s.close(b"pre"), None);
        assert!(!s.preformatted());
    }

    #[test]
    fn innermost_of_a_name_is_closed() {
        let mut s = Stack::default();
        s.push(b"div", false, false, false);
        s.push(b"div", true, false, false);
        s.push(b"span", false, false, false);
        assert_eq!(s.close(b"div"), Some(true));
        assert!(!s.hidden());
        assert_eq!(s.depth(), 1);
    }

    #[test]
    fn implied_end_tags_pop_only_matching_tops() {
        let mut s = Stack::default();
        s.push(b"ul", false, false, false);
        s.push(b"li", false, false, false);
        s.push(b"p", false, false, false);
        s.close_implied(|open| open == b"p" || open == b"li");
        assert_eq!(s.depth(), 1);
        s.close_implied(|open| open == b"li");
        assert_eq!(s.depth(), 1);
    }

    #[test]
    fn depth_is_capped_for_ordinary_elements_only() {
        let mut s = Stack::default();
        for _ in 0..MAX_DEPTH + 10 {
            s.push(b"div", false, false, false);
        }
        assert_eq!(s.depth(), MAX_DEPTH);
        s.push(b"script", true, false, true);
        assert!(s.hidden() && s.raw_text());
        assert_eq!(s.close(b"script"), Some(true));
        assert!(!s.hidden());
    }
}
