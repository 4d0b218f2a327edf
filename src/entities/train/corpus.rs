//! Loading the shared data sets (JSONL with UTF-16 offsets) as tokenized,
//! BIO-tagged documents, and the fixed train / development partition.
//!
//! Tokens come from the same tokenizer as at inference (`entities::tokenize`),
//! so training labels see the tokens the model will see; entities whose edges
//! fall inside a token are counted (`Corpus::misaligned`) and left untagged.

use crate::entities::flat::Sentences;
use crate::entities::labels::{self, O};
use crate::entities::tokenize;
use crate::text::span::Span;
use serde::Deserialize;
use std::path::Path;

/// One gold name: byte span and data-set label.
#[derive(Clone, Debug)]
pub struct Gold {
    pub span: Span,
    pub label: String,
}

/// A tokenized, tagged document.
pub struct Doc {
    pub id: String,
    pub genre: String,
    pub text: String,
    pub sentences: Sentences,
    /// BIO tags per sentence, aligned with `sentences`.
    pub tags: Vec<Vec<usize>>,
    pub gold: Vec<Gold>,
    /// Gold names of a learned type whose edges are not token edges (left untagged).
    pub misaligned: usize,
}

#[derive(Deserialize)]
struct RawEntity {
    start: usize,
    end: usize,
    label: String,
}

#[derive(Deserialize)]
struct RawDoc {
    id: String,
    #[serde(default)]
    genre: String,
    text: String,
    entities: Vec<RawEntity>,
}

/// Byte offset of every UTF-16 offset of `text` (index = UTF-16 unit).
pub fn utf16_to_byte(text: &str) -> Vec<usize> {
    crate::text::offsets::byte_offsets(text, crate::text::offsets::OffsetUnit::Utf16)
}

/// Reads a JSONL file.
pub fn load(path: &Path) -> std::io::Result<Vec<Doc>> {
    let raw = std::fs::read_to_string(path)?;
    let mut docs = Vec::new();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let d: RawDoc = serde_json::from_str(line).map_err(std::io::Error::other)?;
        let map = utf16_to_byte(&d.text);
        let gold: Vec<Gold> = d
            .entities
            .iter()
            .map(|e| Gold {
                span: Span::new(map[e.start], map[e.end]),
                label: e.label.clone(),
            })
            .collect();
        let sentences = tokenize::sentences(&d.text);
        let mut misaligned = 0;
        let tags = tag(&sentences, &gold, &mut misaligned);
        docs.push(Doc {
            id: d.id,
            genre: d.genre,
            text: d.text,
            sentences,
            tags,
            gold,
            misaligned,
        });
    }
    Ok(docs)
}

/// BIO tags from gold spans (labels outside the learned types stay O).
fn tag(sentences: &Sentences, gold: &[Gold], misaligned: &mut usize) -> Vec<Vec<usize>> {
    let mut tags: Vec<Vec<usize>> = sentences.iter().map(|s| vec![O; s.len()]).collect();
    for g in gold {
        let Some(ty) = labels::type_index(&g.label) else {
            continue;
        };
        let mut found = false;
        for (si, s) in sentences.iter().enumerate() {
            let first = s.iter().position(|&(a, _)| a == g.span.start);
            let last = s.iter().position(|&(_, b)| b == g.span.end);
            if let (Some(f), Some(l)) = (first, last) {
                if f <= l && tags[si][f..=l].iter().all(|&t| t == O) {
                    tags[si][f..=l].copy_from_slice(&labels::encode(ty, l + 1 - f));
                    found = true;
                }
                break;
            }
        }
        if !found {
            *misaligned += 1;
        }
    }
    tags
}

/// GUM genres whose texts are CC BY or CC BY-SA (see gum/README.md): the only
/// ones we may train on. News is the development set and is never trained on.
pub const GUM_TRAIN_GENRES: [&str; 5] = ["academic", "court", "interview", "bio", "voyage"];

/// Whether a wikigold document (by its 1-based number) is held out for evaluation.
pub fn is_wikigold_heldout(id: &str) -> bool {
    id.rsplit('-')
        .next()
        .and_then(|n| n.parse::<u32>().ok())
        .is_some_and(|n| n % 5 == 0)
}

/// The data sets, split into training and the two evaluation sets.
pub struct Splits {
    pub train: Vec<Doc>,
    pub gum_news: Vec<Doc>,
    pub wikigold_heldout: Vec<Doc>,
}

/// Loads everything under `data_dir` (the shared `data/` folder).
pub fn splits(data_dir: &Path) -> std::io::Result<Splits> {
    let mut train = Vec::new();
    let mut gum_news = Vec::new();
    for d in load(&data_dir.join("gum/gum.jsonl"))? {
        if d.genre == "news" {
            gum_news.push(d);
        } else if GUM_TRAIN_GENRES.contains(&d.genre.as_str()) {
            train.push(d);
        }
    }
    let mut wikigold_heldout = Vec::new();
    for d in load(&data_dir.join("wikigold/wikigold.jsonl"))? {
        if is_wikigold_heldout(&d.id) {
            wikigold_heldout.push(d);
        } else {
            train.push(d);
        }
    }
    train.extend(load(&data_dir.join("uner-ewt/uner-ewt.jsonl"))?);
    Ok(Splits {
        train,
        gum_news,
        wikigold_heldout,
    })
}

/// The shared data folder: `$NER_DATA`, else `../shared/data` or `/work/shared/data`.
pub fn default_data_dir() -> std::path::PathBuf {
    if let Ok(d) = std::env::var("NER_DATA") {
        return d.into();
    }
    for c in ["../shared/data", "../../shared/data", "/work/shared/data"] {
        if Path::new(c).join("gum").exists() {
            return c.into();
        }
    }
    "../shared/data".into()
}
