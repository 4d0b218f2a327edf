//! The full set of claim lexicons, and a newsroom's run-time overrides.
//!
//! The built-in lists live in `data/claims/*.txt`. A newsroom's house style
//! differs (one calls a group "militants", another "fighters"), so the two lists
//! that encode editorial judgement — contested terms and hedges — can be extended
//! or replaced through [`LexiconOverrides`], which the options deserialise.

use super::lexicons::{Hit, Lexicon};
use super::starts::Starts;
use super::words::Word;
use serde::Deserialize;
use std::sync::OnceLock;

/// Every lexicon the claim cues read.
///
/// The lists are readable in the crate only: scoring reads them through an
/// index of all of them ([`Lexicons::find_all`]), which a list changed in
/// place would leave stale. They change only on the way through
/// `Lexicons::indexed` (a newsroom's: [`Lexicons::with_overrides`]).
#[derive(Clone, Debug)]
pub struct Lexicons {
    pub(crate) contested_terms: Lexicon,
    pub(crate) hedges: Lexicon,
    pub(crate) comparison: Lexicon,
    pub(crate) causal: Lexicon,
    pub(crate) prediction: Lexicon,
    pub(crate) disputed: Lexicon,
    pub(crate) speech_verbs: Lexicon,
    pub(crate) unnamed_sources: Lexicon,
    pub(crate) opinion: Lexicon,
    /// The entries of all the above by first word.
    starts: Starts,
}

/// Each lexicon's hits in one sentence ([`Lexicons::find_all`]), in the
/// order of [`Lexicons::all`].
pub struct Found([Vec<Hit>; 9]);

impl Found {
    pub fn contested_terms(&self) -> &[Hit] {
        &self.0[0]
    }
    pub fn hedges(&self) -> &[Hit] {
        &self.0[1]
    }
    pub fn comparison(&self) -> &[Hit] {
        &self.0[2]
    }
    pub fn causal(&self) -> &[Hit] {
        &self.0[3]
    }
    pub fn prediction(&self) -> &[Hit] {
        &self.0[4]
    }
    pub fn disputed(&self) -> &[Hit] {
        &self.0[5]
    }
    pub fn speech_verbs(&self) -> &[Hit] {
        &self.0[6]
    }
    pub fn unnamed_sources(&self) -> &[Hit] {
        &self.0[7]
    }
    pub fn opinion(&self) -> &[Hit] {
        &self.0[8]
    }
}

/// The file name and text of every built-in lexicon (the tests walk them).
pub const FILES: [(&str, &str); 9] = [
    (
        "contested_terms.txt",
        include_str!("../../data/claims/contested_terms.txt"),
    ),
    ("hedges.txt", include_str!("../../data/claims/hedges.txt")),
    (
        "comparison.txt",
        include_str!("../../data/claims/comparison.txt"),
    ),
    ("causal.txt", include_str!("../../data/claims/causal.txt")),
    (
        "prediction.txt",
        include_str!("../../data/claims/prediction.txt"),
    ),
    (
        "disputed.txt",
        include_str!("../../data/claims/disputed.txt"),
    ),
    (
        "speech_verbs.txt",
        include_str!("../../data/claims/speech_verbs.txt"),
    ),
    (
        "unnamed_sources.txt",
        include_str!("../../data/claims/unnamed_sources.txt"),
    ),
    ("opinion.txt", include_str!("../../data/claims/opinion.txt")),
];

impl Lexicons {
    /// The built-in lexicons, parsed once.
    pub fn builtin() -> &'static Lexicons {
        static BUILTIN: OnceLock<Lexicons> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let [c, h, cmp, ca, p, d, s, u, o] = FILES.map(|(_, src)| Lexicon::parse(src));
            Lexicons {
                contested_terms: c,
                hedges: h,
                comparison: cmp,
                causal: ca,
                prediction: p,
                disputed: d,
                speech_verbs: s,
                unnamed_sources: u,
                opinion: o,
                starts: Starts::default(),
            }
            .indexed()
        })
    }

    /// The lexicons with their shared index (re)built from them.
    fn indexed(mut self) -> Lexicons {
        self.starts = Starts::new(&self.all());
        self
    }

    /// Every lexicon, in the order of [`FILES`] and [`Found`].
    pub fn all(&self) -> [&Lexicon; 9] {
        [
            &self.contested_terms,
            &self.hedges,
            &self.comparison,
            &self.causal,
            &self.prediction,
            &self.disputed,
            &self.speech_verbs,
            &self.unnamed_sources,
            &self.opinion,
        ]
    }

    /// Every lexicon's hits in a sentence's `words`, in one walk of them:
    /// each list is what that lexicon's [`Lexicon::find`] gives.
    pub fn find_all(&self, text: &str, words: &[Word]) -> Found {
        Found(self.starts.find(&self.all(), text, words))
    }

    /// The built-in lexicons with a newsroom's overrides applied.
    pub fn with_overrides(overrides: &LexiconOverrides) -> Lexicons {
        let mut lex = Lexicons::builtin().clone();
        apply(
            &mut lex.contested_terms,
            overrides.contested_terms.as_deref(),
            overrides.replace,
        );
        apply(
            &mut lex.hedges,
            overrides.hedges.as_deref(),
            overrides.replace,
        );
        lex.indexed()
    }
}

fn apply(lex: &mut Lexicon, terms: Option<&[TermReason]>, replace: bool) {
    let Some(terms) = terms else {
        return;
    };
    if replace {
        *lex = Lexicon::default();
    }
    for t in terms {
        lex.push(&t.term, &t.reason);
    }
}

/// A newsroom's own contested terms and hedges, e.g.
/// `{"contestedTerms": [{"term": "militants", "reason": "house style: say fighters"}],
///   "hedges": [{"term": "it is rumoured", "reason": "hearsay"}], "replace": false}`.
///
/// `replace: true` replaces each built-in list that is given (a list left out
/// keeps the built-in entries); otherwise the entries are added. Terms use the
/// lexicon syntax (`word*` prefix, `=Word` exact case). The snake_case
/// spelling `contested_terms` is accepted too.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct LexiconOverrides {
    #[serde(default, alias = "contested_terms")]
    pub contested_terms: Option<Vec<TermReason>>,
    #[serde(default)]
    pub hedges: Option<Vec<TermReason>>,
    #[serde(default)]
    pub replace: bool,
}

/// One term and the explanation shown when it matches (the options' type).
pub use crate::options::LexiconEntry as TermReason;

impl LexiconOverrides {
    /// Parses the JSON shape above; the error is a one-line explanation.
    pub fn from_json(json: &str) -> Result<LexiconOverrides, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    /// The overrides a caller's [`Options`](crate::Options) ask for: a list
    /// left empty keeps the built-in entries, even with `replaceLexicons`.
    pub fn from_options(options: &crate::Options) -> LexiconOverrides {
        let given = |v: &Vec<TermReason>| (!v.is_empty()).then(|| v.clone());
        LexiconOverrides {
            contested_terms: given(&options.contested_terms),
            hedges: given(&options.hedges),
            replace: options.replace_lexicons,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.contested_terms.is_none() && self.hedges.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_extend_or_replace() {
        let o = LexiconOverrides::from_json(
            r#"{"contested_terms":[{"term":"militants","reason":"house style"}]}"#,
        )
        .unwrap();
        let lex = Lexicons::with_overrides(&o);
        let n = Lexicons::builtin().contested_terms.entries().len();
        assert_eq!(lex.contested_terms.entries().len(), n + 1);
        assert_eq!(
            lex.hedges.entries().len(),
            Lexicons::builtin().hedges.entries().len()
        );
        let o = LexiconOverrides::from_json(
            r#"{"hedges":[{"term":"rumoured","reason":"hearsay"}],"replace":true}"#,
        )
        .unwrap();
        assert_eq!(Lexicons::with_overrides(&o).hedges.entries().len(), 1);
    }

    /// The shared index that scoring reads is rebuilt with the overrides: an
    /// added term is found, a replaced list's built-in terms are not.
    #[test]
    fn overridden_lexicons_are_what_scoring_finds() {
        let text = "Zorgs reportedly attacked, it is rumoured.";
        let ws = crate::claims::words::words(text, crate::text::span::Span::new(0, text.len()));
        let terms = |lex: &Lexicons| -> (usize, usize) {
            let found = lex.find_all(text, &ws);
            (found.contested_terms().len(), found.hedges().len())
        };
        let (terms0, hedges0) = terms(Lexicons::builtin());
        assert!(hedges0 > 0, "'reportedly' is a built-in hedge");
        let o = LexiconOverrides::from_json(
            r#"{"contestedTerms":[{"term":"zorg*","reason":"house style"}],
                "hedges":[{"term":"it is rumoured","reason":"hearsay"}],"replace":true}"#,
        )
        .unwrap();
        let lex = Lexicons::with_overrides(&o);
        assert_eq!(terms(&lex), (1, 1));
        assert_eq!(terms0, 0, "'zorgs' is no built-in contested term");
        let found = lex.find_all(text, &ws);
        let hedge = crate::claims::lexicons::Lexicon::span(&ws, found.hedges()[0]);
        assert_eq!(hedge.slice(text), "it is rumoured");
    }

    #[test]
    fn rejects_unknown_keys() {
        let err = LexiconOverrides::from_json(r#"{"hedge":[]}"#).unwrap_err();
        assert!(err.contains("hedge"), "{err}");
    }
}
