//! The entities and quotations near each sentence, in one sweep.
//!
//! A sentence's cues and sources only ever look at entities and quotations
//! that touch it (overlap it, lie inside it, or start or end at one of its
//! words). Handing each sentence the whole document's lists made the layer
//! quadratic: 100,000 capitalised words are tens of thousands of sentences
//! times tens of thousands of entities. Sentences come in text order, so the
//! items touching them are found with a moving window over the items sorted
//! by start; each sentence gets them in their original order, so a "first
//! match" among them is the first match among all.

use crate::text::span::Span;
use std::borrow::Cow;

pub(super) struct Nearby<'a, T> {
    items: &'a [T],
    span_of: fn(&T) -> Span,
    /// Item ids by start.
    order: Vec<usize>,
    /// How many of `order` have entered the window.
    entered: usize,
    /// Ids that entered and have not ended before the current sentence.
    window: Vec<usize>,
    /// The last sentence asked for; `None` once the sentences were out of
    /// order (every sentence then gets every item, as before).
    last: Option<Span>,
}

impl<'a, T: Clone> Nearby<'a, T> {
    pub fn new(items: &'a [T], span_of: fn(&T) -> Span) -> Self {
        let mut order: Vec<usize> = (0..items.len()).collect();
        crate::sort::by_key(&mut order, |&i| span_of(&items[i]).start);
        Nearby {
            items,
            span_of,
            order,
            entered: 0,
            window: Vec::new(),
            last: Some(Span::new(0, 0)),
        }
    }

    /// The items that start at or before `s.end` and end at or after
    /// `s.start`, in their original order.
    pub fn touching(&mut self, s: Span) -> Cow<'a, [T]> {
        let in_order = self
            .last
            .is_some_and(|l| l.start <= s.start && l.end <= s.end);
        if !in_order {
            self.last = None;
            return Cow::Borrowed(self.items);
        }
        self.last = Some(s);
        while self.entered < self.order.len()
            && (self.span_of)(&self.items[self.order[self.entered]]).start <= s.end
        {
            self.window.push(self.order[self.entered]);
            self.entered += 1;
        }
        // ends only matter against later sentences, whose starts are no earlier
        let (items, span_of) = (self.items, self.span_of);
        self.window.retain(|&i| span_of(&items[i]).end >= s.start);
        if self.window.len() == items.len() {
            return Cow::Borrowed(items);
        }
        let mut ids = self.window.clone();
        ids.sort_unstable();
        Cow::Owned(ids.into_iter().map(|i| items[i].clone()).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn touching_items_in_original_order() {
        let items = [Span::new(10, 12), Span::new(0, 30), Span::new(3, 4)];
        let mut near = Nearby::new(&items, |s: &Span| *s);
        assert_eq!(
            near.touching(Span::new(0, 5)).as_ref(),
            &[Span::new(0, 30), Span::new(3, 4)][..]
        );
        assert_eq!(
            near.touching(Span::new(6, 9)).as_ref(),
            &[Span::new(0, 30)][..]
        );
        assert_eq!(
            near.touching(Span::new(12, 20)).as_ref(),
            &[Span::new(10, 12), Span::new(0, 30)][..]
        );
        // out of order: everything, as before
        assert_eq!(near.touching(Span::new(1, 2)).as_ref(), &items[..]);
    }
}
