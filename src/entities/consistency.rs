//! Document-level consistency: a name keeps one type through a document, and a
//! person's later short mentions inherit the full mention's type.
//!
//! News introduces "Vladimir Putin" once and says "Putin" after; the tagger
//! sees each sentence alone and may miss or mislabel the short forms. Three
//! passes over the model's names:
//! 1. every capitalised word of a multi-word PERSON name is a person part;
//!    a one-word name that is a person part becomes PERSON;
//! 2. repeated names take the type with most summed confidence;
//! 3. untagged capitalised words or word sequences equal to a person part or to
//!    a name tagged elsewhere become names too ("Mohib said" after "Hamdullah
//!    Mohib", even at a sentence start) — unless the word is also used
//!    lower-case in the document ("Will" vs "will");
//! 4. a one-word PERSON name that the document mostly writes after an article
//!    or a number ("the Polaroids", "100 Polaroids", "a Polaroid") names a
//!    thing, not a person, and so does one the document also writes as a
//!    plural or singular ("Polaroids" and "Polaroid"): it becomes MISC (unless
//!    it is a person part);
//! 5. a one-word PERSON name that is neither a listed given or family name
//!    nor part of a longer person name in the document, and that the tagger
//!    never gave with confidence ("Atlantis", "Chrome"), becomes MISC too:
//!    news names a person in full before it shortens the name.

use super::flat::Sentences;
use super::gazetteer::{Gazetteer, HashMapU64, List};
use super::hash::{self, pair};
use super::labels::TYPES;
use super::person_acts::acts_as_person;
use super::Coarse;
use crate::text::span::Span;

const PERSON: usize = 0;
const MISC: usize = 3;
/// Summed confidence a name needs before pass 3 copies it to untagged
/// repeats: one doubtful guess should not spread through a document.
const MIN_VOTE: f32 = 0.5;
/// Longest name (in tokens) that pass 3 looks for.
const MAX_LEN: usize = 6;

/// Per token (numbered as in [`Sentences::tokens`]): the lower-case hash (the
/// document's, kept by [`Sentences::lowers`]), and whether it is a
/// capitalised word of two letters or more.
struct Toks<'s> {
    lower: std::borrow::Cow<'s, [u64]>,
    cap: Vec<bool>,
}

fn phrase(lower: &[u64]) -> u64 {
    lower.iter().fold(0x0c0_515e, |h, &l| pair(h, l))
}

/// Applies the three passes; names come back sorted by position.
pub fn apply(
    text: &str,
    sentences: &Sentences,
    gaz: &Gazetteer,
    mut names: Vec<Coarse>,
) -> Vec<Coarse> {
    let tokens = sentences.tokens();
    let words = || tokens.iter().map(|&(a, b)| &text[a..b]);
    let toks = Toks {
        lower: sentences.lowers(text),
        cap: words()
            .map(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() > 1)
            .collect(),
    };
    let n = tokens.len();
    let lower_used = sentences.lower_case_words(text);
    // tokens are in text order: find a name's tokens by binary search
    let range = |c: &Coarse| -> Option<(usize, usize)> {
        let a = sentences.starting_at(c.span.start)?;
        let b = sentences.ending_at(c.span.end)?;
        (a <= b).then_some((a, b + 1))
    };

    // 1. person parts
    let mut person_part = HashMapU64::<()>::default();
    for c in names.iter().filter(|c| c.ty == PERSON) {
        if let Some((a, b)) = range(c).filter(|(a, b)| b - a >= 2) {
            for k in (a..b).filter(|&k| toks.cap[k]) {
                person_part.insert(toks.lower[k], ());
            }
        }
    }
    // 2. votes per name
    let mut votes = HashMapU64::<[f32; TYPES.len()]>::default();
    for c in &names {
        if let Some((a, b)) = range(c) {
            votes.entry(phrase(&toks.lower[a..b])).or_default()[c.ty] += c.confidence.max(0.05);
        }
    }
    let best = |v: &[f32; TYPES.len()]| {
        (0..TYPES.len())
            .max_by(|&x, &y| v[x].total_cmp(&v[y]))
            .unwrap_or(0)
    };
    let mut covered = vec![false; n];
    for c in &mut names {
        let Some((a, b)) = range(c) else { continue };
        covered[a..b].iter_mut().for_each(|x| *x = true);
        if b - a == 1 && person_part.contains_key(&toks.lower[a]) {
            c.ty = PERSON;
        } else if let Some(v) = votes.get(&phrase(&toks.lower[a..b])) {
            c.ty = best(v);
        }
    }
    // 3. untagged repeats
    let mut i = 0;
    while i < n {
        if covered[i] || !toks.cap[i] || lower_used.contains_key(&toks.lower[i]) {
            i += 1;
            continue;
        }
        let mut found = None;
        for len in (1..=MAX_LEN.min(n - i)).rev() {
            if covered[i..i + len].iter().any(|&c| c) {
                continue;
            }
            let vote = votes.get(&phrase(&toks.lower[i..i + len]));
            if let Some(v) = vote.filter(|v| v[best(v)] >= MIN_VOTE) {
                found = Some((len, best(v)));
                break;
            }
        }
        if found.is_none() && person_part.contains_key(&toks.lower[i]) {
            found = Some((1, PERSON));
        }
        // `i + len <= n`: both tokens exist
        let span = found.and_then(|(len, ty)| {
            let (first, last) = (tokens.get(i)?, tokens.get(i + len - 1)?);
            Some((len, Span::new(first.0, last.1), ty))
        });
        if let Some((len, span, ty)) = span {
            names.push(Coarse {
                span,
                ty,
                confidence: 0.5,
            });
            i += len;
        } else {
            i += 1;
        }
    }
    crate::sort::by_key(&mut names, |c| c.span);
    things_not_people(text, tokens, &toks, &person_part, &mut names);
    lone_words(text, gaz, &person_part, &mut names);
    names
}

/// The confidence a lone one-word person name needs somewhere in the document.
const LONE_CONFIDENCE: f32 = 0.8;

/// Pass 5: one-word PERSON names that no list knows as a name, that are not
/// part of a longer person name, and that were never tagged with confidence.
fn lone_words(text: &str, gaz: &Gazetteer, person_part: &HashMapU64<()>, names: &mut [Coarse]) {
    let names_list = List::FirstName.begin_bit() | List::LastName.begin_bit();
    let mut best = HashMapU64::<f32>::default();
    // the last words of longer names of any type: "Putin" after a "Vladimir
    // Putin" the tagger typed wrongly is a short form, not a lone word
    let mut last_words = HashMapU64::<()>::default();
    // a word that speaks ("Stefanishyna wrote") or bears a title ("Mr
    // Zorblax") anywhere in the document is a person, however unsure the model
    let mut acts = HashMapU64::<()>::default();
    for c in names.iter().filter(|c| c.ty == PERSON) {
        if acts_as_person(text, c.span, gaz) {
            acts.insert(hash::lower(c.span.slice(text)), ());
        }
    }
    for c in names.iter() {
        let w = c.span.slice(text);
        match w.rsplit_once(char::is_whitespace) {
            Some((_, last)) => {
                last_words.insert(hash::lower(last), ());
            }
            None if c.ty == PERSON => {
                let b = best.entry(hash::lower(w)).or_insert(0.0);
                *b = b.max(c.confidence);
            }
            None => {}
        }
    }
    for c in names.iter_mut().filter(|c| c.ty == PERSON) {
        let h = hash::lower(c.span.slice(text));
        let lone = best.get(&h).is_some_and(|&b| b < LONE_CONFIDENCE)
            && !person_part.contains_key(&h)
            && !last_words.contains_key(&h)
            && !acts.contains_key(&h)
            && gaz.lookup_one(h) & names_list == 0;
        if lone {
            c.ty = MISC;
        }
    }
}

/// Pass 4: one-word PERSON names that the document mostly writes after an
/// article or a number ("the Polaroids", "100 Polaroids"), or also as a
/// capitalised plural or singular ("Polaroids" and "Polaroid"), become MISC.
fn things_not_people(
    text: &str,
    tokens: &[(usize, usize)],
    toks: &Toks,
    person_part: &HashMapU64<()>,
    names: &mut [Coarse],
) {
    let articles = ["the", "a", "an", "these", "those"].map(hash::lower);
    // per word: (occurrences, occurrences after an article or a number)
    let mut seen = HashMapU64::<(u32, u32)>::default();
    for c in names.iter().filter(|c| c.ty == PERSON) {
        let w = c.span.slice(text);
        if !w.contains(char::is_whitespace) {
            seen.insert(hash::lower(w), (0, 0));
        }
    }
    if seen.is_empty() {
        return;
    }
    for (i, lower) in toks.lower.iter().enumerate() {
        if let Some(e) = seen.get_mut(lower) {
            e.0 += 1;
            let after = i > 0 && {
                let p = tokens.get(i - 1).copied().unwrap_or((0, 0));
                articles.contains(&toks.lower[i - 1])
                    || text[p.0..p.1].starts_with(|c: char| c.is_ascii_digit())
            };
            e.1 += u32::from(after);
        }
    }
    let capitalised: HashMapU64<()> = (toks.lower.iter().zip(&toks.cap))
        .filter(|(_, &cap)| cap)
        .map(|(&lower, _)| (lower, ()))
        .collect();
    // "Polaroids" beside "Polaroid": a plural name is a thing unless it is a
    // person part itself ("Kathryn Waters"); a singular one unless its plural
    // is a person part ("Water said", a slip for "Waters")
    let cap = |h: u64| capitalised.contains_key(&h);
    let part = |h: u64| person_part.contains_key(&h);
    let number_twin = |w: &str, h: u64| {
        let plural = hash::lower(&format!("{w}s"));
        let singular = w
            .strip_suffix('s')
            .filter(|s| s.chars().count() >= 3)
            .map(hash::lower);
        (cap(plural) && !part(plural)) || singular.is_some_and(|s| cap(s) && !part(h))
    };
    for c in names.iter_mut().filter(|c| c.ty == PERSON) {
        let w = c.span.slice(text);
        let h = hash::lower(w);
        if let Some(&(n, after)) = seen.get(&h) {
            let articles = !part(h) && after >= 2 && 2 * after >= n;
            if articles || number_twin(w, h) {
                c.ty = MISC;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tokenize;

    fn person(text: &str, word: &str, nth: usize) -> Coarse {
        let a = text.match_indices(word).nth(nth).unwrap().0;
        Coarse {
            span: Span::new(a, a + word.len()),
            ty: PERSON,
            confidence: 0.9,
        }
    }

    #[test]
    fn plural_and_article_names_are_things() {
        let text = "She sold 100 Zorbles. The Zorbles were bright. Zorbles sell. \
                    Each Zorble was signed by Anna Waters. Water said so.";
        let names = vec![
            person(text, "Zorbles", 0),
            person(text, "Zorbles", 1),
            person(text, "Zorble", 3),
            person(text, "Anna Waters", 0),
            person(text, "Water", 1),
        ];
        let out = apply(text, &tokenize::sentences(text), Gazetteer::get(), names);
        let ty = |w: &str| {
            out.iter()
                .find(|c| c.span.slice(text) == w)
                .map(|c| c.ty)
                .unwrap()
        };
        assert_eq!(ty("Zorbles"), MISC);
        assert_eq!(ty("Zorble"), MISC);
        assert_eq!(ty("Anna Waters"), PERSON);
        assert_eq!(ty("Water"), PERSON);
    }

    #[test]
    fn lone_unlisted_doubtful_words_are_things() {
        let text = "Zorblax launched Friday. Anna Smith watched Zorblax. Smith said so.";
        let mut doubtful = person(text, "Zorblax", 0);
        doubtful.confidence = 0.5;
        let mut smith = person(text, "Smith", 1);
        smith.confidence = 0.5;
        let names = vec![doubtful, person(text, "Anna Smith", 0), smith];
        let out = apply(text, &tokenize::sentences(text), Gazetteer::get(), names);
        let types: Vec<(&str, usize)> = out.iter().map(|c| (c.span.slice(text), c.ty)).collect();
        assert!(types.contains(&("Zorblax", MISC)));
        // a doubtful word that speaks is a person
        let text = "Zorblax wrote on Monday that talks went well.";
        let mut speaker = person(text, "Zorblax", 0);
        speaker.confidence = 0.5;
        let out = apply(
            text,
            &tokenize::sentences(text),
            Gazetteer::get(),
            vec![speaker],
        );
        assert_eq!(out[0].ty, PERSON);
        assert!(types.contains(&("Smith", PERSON)));
        assert!(types.contains(&("Anna Smith", PERSON)));
    }
}
