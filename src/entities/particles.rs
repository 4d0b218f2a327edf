//! Names with particles: "Lula da Silva", "Mohammed bin Salman", "Ursula von
//! der Leyen", "Ludwig van Beethoven".
//!
//! The tagger reads a lower-case word as the end of a name, so it cuts these
//! names at the particle: "Lula" and "Silva" become two people, and a
//! fact-checker sees a second person where there is one. A PERSON name
//! followed by one or two particles and a capitalised word is one name,
//! through the name that starts there (or, untagged, through at most two
//! capitalised words). Particles that are also common English words in that
//! place ("do", "ten", "y") are not on the list.

use super::flat::Sentences;
use super::Coarse;
use crate::text::span::Span;

const PERSON: usize = 0;

/// Lower-case particles inside names (Portuguese, Spanish, Italian, French,
/// Dutch, German, Arabic).
const PARTICLES: [&str; 20] = [
    "da", "das", "de", "del", "della", "di", "dos", "du", "van", "von", "der", "den", "ter", "bin",
    "ibn", "bint", "al", "el", "la", "le",
];

/// Most capitalised words taken after the particles when no name starts there.
const MAX_TAIL: usize = 2;

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
}

/// Joins PERSON names across particles; names come back sorted by position.
pub fn apply(text: &str, sentences: &Sentences, mut names: Vec<Coarse>) -> Vec<Coarse> {
    crate::sort::by_key(&mut names, |c| c.span.start);
    let mut out: Vec<Coarse> = Vec::with_capacity(names.len());
    let mut next = 0;
    for sent in sentences {
        let word = |k: usize| &text[sent[k].0..sent[k].1];
        let sentence_end = sent.last().map_or(0, |t| t.1);
        while next < names.len() && names[next].span.start < sentence_end {
            let mut c = names[next];
            next += 1;
            if c.ty != PERSON {
                out.push(c);
                continue;
            }
            // the token after the name, then the particles
            let mut k = sent.partition_point(|t| t.0 < c.span.end);
            let first_particle = k;
            while k < sent.len() && k - first_particle < 2 && PARTICLES.contains(&word(k)) {
                k += 1;
            }
            if k == first_particle || k >= sent.len() || !capitalised(word(k)) {
                out.push(c);
                continue;
            }
            let end = if next < names.len() && names[next].span.start == sent[k].0 {
                // the surname the tagger found on its own: one name now
                let tail = names[next];
                next += 1;
                c.confidence = c.confidence.min(tail.confidence);
                tail.span.end
            } else {
                let mut last = k;
                while last + 1 < sent.len()
                    && last + 1 - k < MAX_TAIL
                    && capitalised(word(last + 1))
                {
                    last += 1;
                }
                sent[last].1
            };
            c.span = Span::new(c.span.start, end);
            out.push(c);
        }
    }
    out.extend_from_slice(&names[next..]);
    out
}

#[cfg(test)]
mod tests {
    use crate::entities::pass_testing::people;

    #[test]
    fn names_with_particles_are_one_name() {
        for (t, name) in [
            (
                "Xi told reporters that Lula da Silva agreed.",
                "Lula da Silva",
            ),
            (
                "He met Mohammed bin Salman in Riyadh.",
                "Mohammed bin Salman",
            ),
            (
                "Talks with Ursula von der Leyen were useful.",
                "Ursula von der Leyen",
            ),
            (
                "Dutch coach Louis van Gaal praised the team.",
                "Louis van Gaal",
            ),
        ] {
            assert!(
                people(t).contains(&name.to_string()),
                "{t}: {:?}",
                people(t)
            );
        }
    }

    #[test]
    fn english_words_and_non_people_are_not_joined() {
        // "do" is not a particle; a place before "de" is not a person.
        let t = "Why does Trump do Twitter every day?";
        assert!(
            people(t).iter().all(|p| !p.contains("do")),
            "{:?}",
            people(t)
        );
        let t = "He flew from Paris de Gaulle airport to Kyiv.";
        assert!(
            people(t).iter().all(|p| !p.starts_with("Paris")),
            "{:?}",
            people(t)
        );
    }
}
