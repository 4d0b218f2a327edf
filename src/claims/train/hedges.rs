//! The hedge gold set (`tests/gold/hedges/*.tsv`) and the sentence-level hedge
//! decision it measures: a sentence is hedged when the hedge lexicon matches.

use crate::claims::catalogue::Lexicons;
use crate::claims::words::words;
use crate::text::span::Span;

/// One labelled sentence.
#[derive(Clone, Debug)]
pub struct Labelled {
    pub text: String,
    pub hedged: bool,
}

/// Reads `tests/gold/hedges/<name>` (`H<TAB>sentence` / `P<TAB>sentence`).
pub fn load(name: &str) -> Result<Vec<Labelled>, String> {
    let path = format!("{}/tests/gold/hedges/{name}", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    Ok(parse(&src))
}

/// Parses the gold format; comment, blank and malformed lines are skipped.
pub fn parse(src: &str) -> Vec<Labelled> {
    src.lines()
        .filter_map(|l| {
            let (label, text) = l.split_once('\t')?;
            let hedged = match label {
                "H" => true,
                "P" => false,
                _ => return None,
            };
            Some(Labelled {
                text: text.to_string(),
                hedged,
            })
        })
        .collect()
}

/// Whether the layer would give `text` a `hedged` reason.
pub fn is_hedged(text: &str, lex: &Lexicons) -> bool {
    let ws = words(text, Span::new(0, text.len()));
    !lex.hedges.find(text, &ws).is_empty()
}
