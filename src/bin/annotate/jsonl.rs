//! `annotate --jsonl`, one line at a time: one `{"id", "text", "html"?}` per
//! input line gives one result line; a bad line gives an `{"id", "line", "error"}`
//! line in its place and processing goes on. Batching, threads and order live in
//! `batch.rs`; this file knows nothing of them, so a line's result cannot depend
//! on which thread or batch it fell into.

use article_annotator::{Annotations, Annotator, Options};
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Deserialize)]
struct Request {
    #[serde(default)]
    id: Value,
    text: Option<String>,
    #[serde(default)]
    html: Option<bool>,
}

#[derive(Serialize)]
struct Success<'a> {
    id: &'a Value,
    #[serde(flatten)]
    annotations: &'a Annotations,
}

#[derive(Serialize)]
struct Failure<'a> {
    id: &'a Value,
    line: usize,
    error: &'a str,
}

/// Outcome of one input line.
enum Outcome {
    Done(Value, Box<Annotations>),
    Failed(Value, String),
}

/// One encoded output line (with its newline) and whether it reports an error.
/// Lines are encoded on the worker threads: serialising the JSON is a real
/// share of the work, and the writer then only copies bytes, in order.
pub struct Encoded {
    pub bytes: Vec<u8>,
    pub failed: bool,
}

/// Annotates and encodes one line (1-based `line_no`, counted over all input
/// lines so an error names the line a person would find in their editor).
pub fn annotate_line(
    annotator: &Annotator,
    options: &Options,
    line: &[u8],
    line_no: usize,
) -> Encoded {
    let outcome = process(annotator, options, line, line_no);
    let mut bytes = Vec::with_capacity(line.len() * 4 + 64);
    let written = match &outcome {
        Outcome::Done(id, annotations) => {
            serde_json::to_writer(&mut bytes, &Success { id, annotations })
        }
        Outcome::Failed(id, error) => serde_json::to_writer(
            &mut bytes,
            &Failure {
                id,
                line: line_no,
                error,
            },
        ),
    };
    // Serialising owned values into a Vec fails only on a non-string map key,
    // which the schema does not have.
    written.expect("annotations serialise to JSON");
    bytes.push(b'\n');
    Encoded {
        bytes,
        failed: matches!(outcome, Outcome::Failed(..)),
    }
}

fn process(annotator: &Annotator, options: &Options, line: &[u8], line_no: usize) -> Outcome {
    let text = match std::str::from_utf8(line) {
        Ok(t) => t,
        Err(e) => {
            return Outcome::Failed(
                Value::Null,
                format!(
                    "line {line_no}: not valid UTF-8 (bad byte at column {})",
                    e.valid_up_to() + 1
                ),
            )
        }
    };
    let request: Request = match serde_json::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            return Outcome::Failed(Value::Null, format!("line {line_no}: invalid JSON: {e}"))
        }
    };
    let Some(doc) = request.text else {
        return Outcome::Failed(
            request.id,
            format!("line {line_no}: missing string field \"text\""),
        );
    };
    let annotations = match request.html {
        Some(html) if html != options.html => {
            let mut opts = options.clone();
            opts.html = html;
            annotator.annotate_with(&doc, &opts)
        }
        _ => annotator.annotate_with(&doc, options),
    };
    Outcome::Done(request.id, Box::new(annotations))
}
