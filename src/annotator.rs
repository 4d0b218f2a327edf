//! The [`Annotator`]: options and compiled resources, and the pipeline that runs
//! every layer in order (text → entities → quotes → claims → output).

use crate::analysis::Analysis;
use crate::entities::custom::CustomNames;
use crate::entities::layer as entity_layer;
use crate::guard::{fault_point, guarded};
use crate::text::document::Document;
use crate::text::{boilerplate, segment};
use crate::{claims, output, quotes, Annotations, Error, Options};

/// Holds the options and the resources compiled from them (the newsroom's
/// lexicons; the models are shared statics), built once and reused across
/// documents.
#[derive(Debug)]
pub struct Annotator {
    options: Options,
    /// Built-in lexicons extended or replaced by the options; `None`: built-in.
    lexicons: Option<claims::Lexicons>,
    /// The newsroom's own names, ready to search.
    custom: CustomNames,
}

impl Default for Annotator {
    fn default() -> Self {
        Annotator::new()
    }
}

impl Annotator {
    /// An annotator with the default options.
    pub fn new() -> Self {
        Annotator {
            options: Options::default(),
            lexicons: None,
            custom: CustomNames::default(),
        }
    }

    /// Checks the options and compiles what they ask for.
    pub fn with_options(options: Options) -> Result<Self, Error> {
        options.check().map_err(Error::InvalidOptions)?;
        let lexicons = compile_lexicons(&options);
        let custom = CustomNames::new(&options.custom_entities);
        Ok(Annotator {
            options,
            lexicons,
            custom,
        })
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Annotates one document with this annotator's options.
    pub fn annotate(&self, input: &str) -> Annotations {
        self.run(input, &self.options, self.lexicons(), &self.custom)
    }

    /// Annotates one document with other options. The compiled lexicons are
    /// reused when `options` asks for the same ones, else compiled for this call.
    pub fn annotate_with(&self, input: &str, options: &Options) -> Annotations {
        let custom = if options.custom_entities == self.options.custom_entities {
            std::borrow::Cow::Borrowed(&self.custom)
        } else {
            std::borrow::Cow::Owned(CustomNames::new(&options.custom_entities))
        };
        if same_lexicons(options, &self.options) {
            return self.run(input, options, self.lexicons(), &custom);
        }
        let compiled = compile_lexicons(options);
        let lexicons = compiled
            .as_ref()
            .unwrap_or_else(|| claims::Lexicons::builtin());
        self.run(input, options, lexicons, &custom)
    }

    fn lexicons(&self) -> &claims::Lexicons {
        self.lexicons
            .as_ref()
            .unwrap_or_else(|| claims::Lexicons::builtin())
    }

    fn run(
        &self,
        input: &str,
        options: &Options,
        lexicons: &claims::Lexicons,
        custom: &CustomNames,
    ) -> Annotations {
        prime_shared_resources();
        // outside every layer: a panic here fails the whole call
        fault_point("pipeline", input);
        let doc = if options.html {
            Document::from_html(input)
        } else {
            Document::plain(input)
        };
        let analysis = analyse(&doc, lexicons, custom);
        output::render(&doc, input, &analysis, options.offsets)
    }
}

/// A short text that touches every shared model and word list: a sponsor
/// line, a dateline, names, values, a quote, a hedge.
const PRIMER: &str = "Sponsor: Example\n\nMoscow, Feb. 25, 2025 — Russia’s President \
    Vladimir Putin said on Monday that the 17 deals were “very constructive”, according to \
    officials, and reportedly worth $1.2 billion, 45% more than in 2024.";

/// Builds the shared models and word lists before the first document.
///
/// They are built lazily, on first use. Built in the middle of a large first
/// document, they land between that document's allocations and fragment the
/// wasm heap, which never shrinks: five runs of a 2 MB first document peaked
/// at 11.5× its size, 8.5× with this (`node bench/memory.mjs`). Annotating a
/// short text once builds them all at the bottom of the heap.
fn prime_shared_resources() {
    static PRIMED: std::sync::Once = std::sync::Once::new();
    PRIMED.call_once(|| {
        let doc = Document::plain(PRIMER);
        analyse(&doc, claims::Lexicons::builtin(), &CustomNames::default());
    });
}

fn same_lexicons(a: &Options, b: &Options) -> bool {
    a.contested_terms == b.contested_terms
        && a.hedges == b.hedges
        && a.replace_lexicons == b.replace_lexicons
}

fn compile_lexicons(options: &Options) -> Option<claims::Lexicons> {
    let overrides = claims::LexiconOverrides::from_options(options);
    (!overrides.is_empty()).then(|| claims::Lexicons::with_overrides(&overrides))
}

/// Runs every stage over the document's text, in byte spans.
fn analyse(doc: &Document, lexicons: &claims::Lexicons, custom: &CustomNames) -> Analysis {
    let text = doc.text.as_ref();
    let paragraphs = segment::paragraphs(text);
    let sentences = paragraphs
        .iter()
        .flat_map(|&p| segment::sentences(text, p))
        .collect();
    let mut errors = Vec::new();
    let boilerplate = guarded("boilerplate", &mut errors, || {
        fault_point("boilerplate", text);
        boilerplate::detect(text, &paragraphs)
    });
    let mut analysis = Analysis {
        boilerplate,
        paragraphs,
        sentences,
        ..Analysis::default()
    };
    (analysis.entities, analysis.groups) = guarded("entities", &mut errors, || {
        fault_point("entities", text);
        entity_layer::find_entities(text, &analysis.sentences, &analysis.boilerplate, custom)
    });
    analysis.quotes = guarded("quotes", &mut errors, || {
        fault_point("quotes", text);
        quotes::find_quotes(
            text,
            &analysis.paragraphs,
            &analysis.sentences,
            &analysis.entities,
            &analysis.groups,
        )
    });
    (analysis.checkworthiness, analysis.claims) = guarded("claims", &mut errors, || {
        fault_point("claims", text);
        claims::score_claims(
            text,
            &analysis.sentences,
            &analysis.boilerplate,
            &analysis.entities,
            &analysis.groups,
            &analysis.quotes,
            lexicons,
        )
    });
    analysis.errors = errors;
    analysis
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contested(out: &Annotations) -> Vec<String> {
        out.claims
            .iter()
            .flat_map(|c| &c.reasons)
            .filter(|r| r.kind == "contested_term")
            .map(|r| format!("{}: {}", r.text, r.explanation))
            .collect()
    }

    #[test]
    fn newsroom_lexicons_from_options_reach_the_claims() {
        let text = "The bridge was seized on Monday after a battle with 200 soldiers.";
        let options = Options::from_json(
            r#"{"contestedTerms":[{"term":"bridge","reason":"house style: name the bridge"}]}"#,
        )
        .unwrap();
        let annotator = Annotator::with_options(options.clone()).unwrap();
        assert_eq!(
            contested(&annotator.annotate(text)),
            ["bridge: house style: name the bridge"]
        );
        // The shared default annotator compiles them for the call; without them, none.
        assert_eq!(
            contested(&crate::annotate(text, &options)),
            ["bridge: house style: name the bridge"]
        );
        assert!(contested(&Annotator::new().annotate(text)).is_empty());
    }

    #[test]
    fn invalid_options_are_refused() {
        let options = Options {
            custom_entities: vec![crate::options::CustomEntity {
                text: "X".into(),
                label: "COMPANY".into(),
            }],
            ..Options::default()
        };
        assert!(matches!(
            Annotator::with_options(options),
            Err(Error::InvalidOptions(_))
        ));
    }

    /// A layer that panics (here on purpose, see `guard::fault_point`) is left
    /// empty with an error naming it; the layers before it are as without the
    /// failure, and those after it still find what they find without its help.
    #[test]
    fn a_failing_layer_is_reported_and_the_others_kept() {
        let text = "Vladimir Putin said on Monday that the deals were “very \
            constructive”, and reportedly worth $1.2 billion, 45% more than in 2024.\n\n\
            Sponsor: ACME Corp";
        let annotator = Annotator::new();
        let whole = annotator.annotate(text);
        assert!(whole.errors.is_empty(), "{:?}", whole.errors);
        let layers = |a: &Annotations| {
            [
                serde_json::to_string(&a.boilerplate).unwrap(),
                serde_json::to_string(&(&a.entities, &a.entity_groups)).unwrap(),
                serde_json::to_string(&(&a.quotes, &a.speakers)).unwrap(),
                serde_json::to_string(&a.claims).unwrap(),
            ]
        };
        let before = layers(&whole);
        for (k, layer) in ["boilerplate", "entities", "quotes", "claims"]
            .iter()
            .enumerate()
        {
            // the marker goes at the end, where no span of the text above reaches
            let faulty = format!("{text}\n\n[[fault:{layer}]]");
            let out = annotator.annotate(&faulty);
            assert_eq!(out.errors.len(), 1, "{layer}: {:?}", out.errors);
            assert_eq!(out.errors[0].layer, *layer);
            assert!(
                out.errors[0].message.contains("injected fault"),
                "{:?}",
                out.errors[0]
            );
            let after = layers(&out);
            assert_ne!(before[k], after[k], "{layer} was not emptied");
            for j in (0..4).filter(|&j| j != k) {
                // Layers before the failing one are unchanged; those after it
                // lose only what read the failed layer (the claims read quotes
                // and entities; quotes read entities).
                if j < k {
                    assert_eq!(before[j], after[j], "{layer} failing changed layer {j}");
                } else {
                    assert!(after[j].len() > 2, "{layer} failing emptied layer {j}");
                }
            }
        }
        // the annotator is still whole afterwards
        assert_eq!(layers(&annotator.annotate(text)), before);
    }
}
