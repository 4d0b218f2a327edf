//! `annotate --jsonl`: one `{"id", "text", "html"?}` per input line, one result
//! per output line, in input order. A bad line yields an `{"id", "line", "error"}`
//! line and processing goes on.

use article_annotator::{Annotations, Annotator, Options};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::io::{self, BufRead, Write};

/// Counts of a run.
pub struct Stats {
    pub lines: usize,
    pub errors: usize,
}

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
    error: String,
}

/// Outcome of one input line.
enum Outcome {
    Done(Value, Box<Annotations>),
    Failed(Value, String),
}

/// Annotates one line (1-based `line_no`) of the input.
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
    let mut opts = options.clone();
    if let Some(html) = request.html {
        opts.html = html;
    }
    Outcome::Done(request.id, Box::new(annotator.annotate_with(&doc, &opts)))
}

fn write_outcome(out: &mut impl Write, outcome: &Outcome, line_no: usize) -> io::Result<()> {
    match outcome {
        Outcome::Done(id, annotations) => {
            serde_json::to_writer(&mut *out, &Success { id, annotations })?
        }
        Outcome::Failed(id, error) => serde_json::to_writer(
            &mut *out,
            &Failure {
                id,
                line: line_no,
                error: error.clone(),
            },
        )?,
    }
    out.write_all(b"\n")
}

/// Streams the input to the output, line by line, in order.
pub fn run(
    annotator: &Annotator,
    options: &Options,
    mut input: impl BufRead,
    mut out: impl Write,
) -> io::Result<Stats> {
    let mut stats = Stats {
        lines: 0,
        errors: 0,
    };
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        stats.lines += 1;
        let line = trim_line_end(&buf);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue; // blank lines carry no document
        }
        let outcome = process(annotator, options, line, stats.lines);
        if matches!(outcome, Outcome::Failed(..)) {
            stats.errors += 1;
        }
        write_outcome(&mut out, &outcome, stats.lines)?;
    }
    out.flush()?;
    Ok(stats)
}

fn trim_line_end(line: &[u8]) -> &[u8] {
    let mut end = line.len();
    while end > 0 && matches!(line[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    &line[..end]
}
