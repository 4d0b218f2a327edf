//! The full set of claim lexicons, and a newsroom's run-time overrides.
//!
//! The built-in lists live in `data/claims/*.txt`. A newsroom's house style
//! differs (one calls a group "militants", another "fighters"), so the two lists
//! that encode editorial judgement — contested terms and hedges — can be extended
//! or replaced through [`LexiconOverrides`], which the options deserialise.

use super::lexicons::Lexicon;
use serde::Deserialize;
use std::sync::OnceLock;

/// Every lexicon the claim cues read.
#[derive(Clone, Debug)]
pub struct Lexicons {
    pub contested_terms: Lexicon,
    pub hedges: Lexicon,
    pub comparison: Lexicon,
    pub causal: Lexicon,
    pub prediction: Lexicon,
    pub disputed: Lexicon,
    pub speech_verbs: Lexicon,
    pub unnamed_sources: Lexicon,
    pub opinion: Lexicon,
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
            }
        })
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
        lex
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

    #[test]
    fn rejects_unknown_keys() {
        let err = LexiconOverrides::from_json(r#"{"hedge":[]}"#).unwrap_err();
        assert!(err.contains("hedge"), "{err}");
    }
}
