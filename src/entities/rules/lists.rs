//! The members of a list of places share its type: "the Donetsk, Luhansk,
//! Kherson and Zaporizhzhia regions", "Paris, Lyon, Marseille and Lille".
//!
//! A place the gazetteer does not know, standing alone in a list, is typed by
//! its shape only and can come out a PERSON ("Kherson"). A list of names
//! joined by commas and "and"/"or" is one kind of thing: when most of its
//! members are places, or a plural place noun follows it ("… regions"), a
//! one-word member of another type becomes a place too. Multi-word members
//! keep their type: "Maria Ressa" carries its own evidence.

use super::NameMention;

/// Plural nouns that make the names before them places.
const PLACE_NOUNS: [&str; 14] = [
    "regions",
    "provinces",
    "oblasts",
    "states",
    "cities",
    "towns",
    "villages",
    "districts",
    "counties",
    "countries",
    "areas",
    "territories",
    "republics",
    "islands",
];

fn is_place(label: &str) -> bool {
    matches!(label, "GPE" | "LOC")
}

/// Whether the text between two names joins them in a list.
fn joins(between: &str) -> bool {
    matches!(between.trim(), "," | "and" | "or" | ", and" | ", or" | "&")
}

pub fn apply(text: &str, names: &mut [NameMention]) {
    let mut i = 0;
    while i < names.len() {
        let mut j = i;
        while j + 1 < names.len()
            && names[j].span.end <= names[j + 1].span.start
            && joins(&text[names[j].span.end..names[j + 1].span.start])
        {
            j += 1;
        }
        if j > i {
            retype(text, &mut names[i..=j]);
        }
        i = j + 1;
    }
}

/// The word after byte `pos` without trailing punctuation, or `None` when it
/// is longer than any place noun: a text without spaces is not read to its
/// end for every list.
fn next_word(text: &str, pos: usize) -> Option<&str> {
    let longest = PLACE_NOUNS.iter().map(|w| w.chars().count()).max()?;
    let rest = text[pos..].trim_start();
    let mut end = 0;
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if c.is_whitespace() {
            break;
        }
        if !matches!(c, ',' | '.' | ';' | ':') {
            if n >= longest {
                return None;
            }
            end = i + c.len_utf8();
        }
    }
    Some(&rest[..end])
}

fn retype(text: &str, list: &mut [NameMention]) {
    let places = list.iter().filter(|n| is_place(n.label)).count();
    let gpe = list.iter().filter(|n| n.label == "GPE").count();
    let noun_follows = next_word(text, list[list.len() - 1].span.end)
        .is_some_and(|w| PLACE_NOUNS.contains(&w.to_lowercase().as_str()));
    let mostly_places = list.len() >= 3 && places >= 2 && 2 * places > list.len();
    if !(noun_follows || mostly_places) {
        return;
    }
    let label = if gpe * 2 >= places { "GPE" } else { "LOC" };
    for n in list.iter_mut() {
        let one_word = !n.span.slice(text).contains(char::is_whitespace);
        if !is_place(n.label) && one_word && matches!(n.label, "PERSON" | "ORG" | "NORP" | "MISC") {
            n.label = label;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::names;

    fn label_of(t: &str, name: &str) -> Vec<&'static str> {
        names(t)
            .into_iter()
            .filter(|(n, _)| n == name)
            .map(|(_, l)| l)
            .collect()
    }

    #[test]
    fn places_in_lists() {
        let t = "Russia claims the Donetsk, Luhansk, Kherson and Zaporizhzhia regions.";
        assert_eq!(label_of(t, "Kherson"), ["GPE"], "{:?}", names(t));
        let t = "Strikes hit Kharkiv, Odesa, Kherson and Dnipro overnight.";
        assert_eq!(label_of(t, "Kherson"), ["GPE"], "{:?}", names(t));
    }

    #[test]
    fn other_lists_keep_their_types() {
        let t = "The award went to Maria Ressa, Dmitry Muratov and Ales Bialiatski.";
        assert_eq!(label_of(t, "Dmitry Muratov"), ["PERSON"], "{:?}", names(t));
        // A full name among places keeps its own type.
        let t = "The tour visits Paris, Lyon and Emmanuel Macron's home town.";
        assert_eq!(label_of(t, "Emmanuel Macron"), ["PERSON"], "{:?}", names(t));
    }
}
