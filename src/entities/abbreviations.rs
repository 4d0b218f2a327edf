//! Abbreviations defined in the text: "the World Health Organisation (WHO)"
//! defines "WHO" as a name of the same type, here and wherever the document
//! uses it again — even where the tagger saw only an unknown acronym, or gave
//! it another type ("Johnson Space Center (JSC)" … "at JSC").
//!
//! A definition is a name followed by an all-capitals word in parentheses
//! whose first letter is the name's first letter (Schwartz & Hearst 2003, in
//! its simplest form).

use super::flat::Sentences;
use super::gazetteer::HashMapU64;
use super::hash;
use super::Coarse;
use crate::text::span::Span;
use crate::text::span_index::SpanIndex;

/// Whether `w` looks like an acronym: two to eight characters, capitals (and dots).
fn acronym(w: &str) -> bool {
    // most words fail at their first byte: a lower-case letter, a digit
    if !w
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_uppercase() || b == b'.' || b >= 0x80)
    {
        return false;
    }
    let n = w.chars().count();
    (2..=8).contains(&n)
        && w.chars().all(|c| c.is_uppercase() || c == '.')
        && w.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// Applies the document's abbreviation definitions; names stay sorted.
pub fn apply(text: &str, sentences: &Sentences, mut names: Vec<Coarse>) -> Vec<Coarse> {
    let tokens = sentences.tokens();
    let word = |i: usize| sentences.word(text, i);
    // acronym (lower-case hash) → type of its first definition
    let mut defined = HashMapU64::<usize>::default();
    for c in &names {
        let k = sentences.first_starting_from(c.span.end);
        if k + 2 >= tokens.len() || word(k) != "(" || word(k + 2) != ")" {
            continue;
        }
        let (name, abbr) = (c.span.slice(text), word(k + 1));
        let multiword = name.contains(char::is_whitespace);
        if multiword && acronym(abbr) && name.chars().next() == abbr.chars().next() {
            defined.entry(hash::lower(abbr)).or_insert(c.ty);
        }
    }
    if defined.is_empty() {
        return names;
    }
    let type_of = |w: &str| {
        acronym(w)
            .then(|| hash::lower(w))
            .and_then(|h| defined.get(&h).copied())
    };
    for c in &mut names {
        if let Some(ty) = type_of(c.span.slice(text)) {
            c.ty = ty;
        }
    }
    // the names as an index: one look-up a token, not a scan of every name
    let spans: Vec<Span> = names.iter().map(|c| c.span).collect();
    let taken = SpanIndex::new(&spans);
    let mut added = Vec::new();
    for (i, &(a, b)) in tokens.iter().enumerate() {
        let Some(ty) = type_of(word(i)) else { continue };
        let span = Span::new(a, b);
        if !taken.any_overlapping(span) {
            added.push(Coarse {
                span,
                ty,
                confidence: 0.5,
            });
        }
    }
    names.extend(added);
    crate::sort::by_key(&mut names, |c| c.span);
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tokenize;

    #[test]
    fn definitions_spread() {
        let text = "The Kennedy Space Center (KSC) is busy. Later, KSC said no. FBI agents came.";
        let a = text.find("Kennedy").unwrap();
        let names = vec![
            Coarse {
                span: Span::new(a, a + "Kennedy Space Center".len()),
                ty: 2,
                confidence: 0.9,
            },
            Coarse {
                span: Span::new(text.rfind("KSC").unwrap(), text.rfind("KSC").unwrap() + 3),
                ty: 1,
                confidence: 0.9,
            },
        ];
        let out = apply(text, &tokenize::sentences(text), names);
        let got: Vec<(&str, usize)> = out.iter().map(|c| (c.span.slice(text), c.ty)).collect();
        assert_eq!(
            got,
            vec![("Kennedy Space Center", 2), ("KSC", 2), ("KSC", 2)]
        );
    }
}
