//! The `--jsonl` pipeline: all cores, input order, flat memory.
//!
//! Lines are read in batches bounded both in count and in bytes, so memory does
//! not grow with the number of lines nor with a run of huge ones. A batch is
//! annotated on the thread pool while this (non-pool) thread writes the
//! previous batch's results and reads the next batch: I/O overlaps annotation,
//! and at most three batches are alive at once (one written, one annotated,
//! one read). Results are collected in batch order, so output order is input
//! order whatever thread finished first.

use crate::jsonl::{annotate_line, Encoded};
use crate::progress::Meter;
use article_annotator::{Annotator, Options};
use rayon::prelude::*;
use std::io::{self, BufRead, Write};
use std::sync::mpsc;

/// Lines per batch, per thread: enough that one long document does not leave
/// the other threads idle for long at the end of a batch.
const LINES_PER_THREAD: usize = 8;
/// Input bytes per batch, per thread (with a floor): a batch of huge lines
/// closes early, so memory stays bounded however long the lines are.
const BYTES_PER_THREAD: usize = 1 << 20;
const MIN_BATCH_BYTES: usize = 4 << 20;

/// The pool's threads share one annotator and one set of options by reference.
const _: fn() = || {
    fn shared<T: Sync>() {}
    shared::<Annotator>();
    shared::<Options>();
};

/// Counts of a run.
pub struct Stats {
    /// Input lines, blank ones included (the numbering of error lines).
    pub lines: usize,
    /// Input bytes, line ends included.
    pub bytes: usize,
    pub errors: usize,
}

/// Non-blank lines with their 1-based line numbers.
#[derive(Default)]
struct Batch {
    lines: Vec<(usize, Vec<u8>)>,
    /// Input lines and bytes consumed, blank lines and line ends included.
    read_lines: usize,
    bytes: usize,
}

/// A batch's results, in its order, with what it consumed of the input.
struct Annotated {
    results: Vec<Encoded>,
    read_lines: usize,
    bytes: usize,
}

/// Reads lines into batches; remembers the line count across batches.
struct Reader<R> {
    input: R,
    line_no: usize,
    bytes: usize,
    max_lines: usize,
    max_bytes: usize,
}

impl<R: BufRead> Reader<R> {
    /// The next batch; empty only at the end of the input.
    fn next_batch(&mut self) -> io::Result<Batch> {
        let mut batch = Batch::default();
        let mut text_bytes = 0;
        while batch.lines.len() < self.max_lines && text_bytes < self.max_bytes {
            let mut buf = Vec::new();
            let n = self.input.read_until(b'\n', &mut buf)?;
            if n == 0 {
                break;
            }
            self.line_no += 1;
            self.bytes += n;
            batch.read_lines += 1;
            batch.bytes += n;
            while matches!(buf.last(), Some(b'\n' | b'\r')) {
                buf.pop();
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue; // blank lines carry no document
            }
            text_bytes += buf.len();
            batch.lines.push((self.line_no, buf));
        }
        Ok(batch)
    }
}

/// Streams `input` to `out`: one result line per non-blank input line, in input
/// order, annotated on `threads` threads.
pub fn run(
    annotator: &Annotator,
    options: &Options,
    input: impl BufRead,
    mut out: impl Write,
    threads: usize,
    meter: &mut Meter,
) -> io::Result<Stats> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("annotate-{i}"))
        .build()
        .map_err(io::Error::other)?;
    let mut reader = Reader {
        input,
        line_no: 0,
        bytes: 0,
        max_lines: LINES_PER_THREAD * threads,
        max_bytes: (BYTES_PER_THREAD * threads).max(MIN_BATCH_BYTES),
    };
    let mut errors = 0;
    let mut write = |done: Annotated| -> io::Result<()> {
        for encoded in &done.results {
            errors += usize::from(encoded.failed);
            out.write_all(&encoded.bytes)?;
        }
        meter.advance(done.read_lines, done.bytes);
        Ok(())
    };
    let mut next = reader.next_batch()?;
    pool.in_place_scope(|scope| -> io::Result<()> {
        let mut annotated: Option<Annotated> = None;
        while !next.lines.is_empty() {
            let batch = std::mem::take(&mut next);
            // One channel per batch: if the job panics, its sender is dropped
            // and `recv` fails instead of waiting forever.
            let (done, result) = mpsc::sync_channel(1);
            scope.spawn(move |_| {
                let results = batch
                    .lines
                    .par_iter()
                    .map(|(line_no, line)| annotate_line(annotator, options, line, *line_no))
                    .collect();
                let _ = done.send(Annotated {
                    results,
                    read_lines: batch.read_lines,
                    bytes: batch.bytes,
                });
            });
            if let Some(previous) = annotated.take() {
                write(previous)?;
            }
            next = reader.next_batch()?;
            let received = result.recv();
            annotated =
                Some(received.map_err(|_| io::Error::other("an annotation thread failed"))?);
        }
        if let Some(last) = annotated {
            write(last)?;
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(Stats {
        lines: reader.line_no,
        bytes: reader.bytes,
        errors,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reader(input: &[u8], max_lines: usize, max_bytes: usize) -> Reader<&[u8]> {
        Reader {
            input,
            line_no: 0,
            bytes: 0,
            max_lines,
            max_bytes,
        }
    }

    fn numbers(batch: &Batch) -> Vec<usize> {
        batch.lines.iter().map(|(n, _)| *n).collect()
    }

    #[test]
    fn batches_skip_blank_lines_and_keep_line_numbers() {
        let mut r = reader(b"a\n\n b \r\n\r\nc\nd", 2, 1 << 20);
        let first = r.next_batch().unwrap();
        assert_eq!(numbers(&first), [1, 3]);
        assert_eq!(first.lines[1].1, b" b ");
        assert_eq!((first.read_lines, first.bytes), (3, 8));
        let second = r.next_batch().unwrap();
        assert_eq!(numbers(&second), [5, 6]);
        assert_eq!(second.read_lines, 3);
        assert!(r.next_batch().unwrap().lines.is_empty());
        assert_eq!((r.line_no, r.bytes), (6, 13));
    }

    #[test]
    fn a_batch_of_huge_lines_closes_on_bytes() {
        let line = vec![b'x'; 1000];
        let mut input = Vec::new();
        for _ in 0..10 {
            input.extend_from_slice(&line);
            input.push(b'\n');
        }
        let mut r = reader(&input, 100, 2500);
        let sizes: Vec<usize> = std::iter::from_fn(|| {
            let b = r.next_batch().unwrap();
            (!b.lines.is_empty()).then_some(b.lines.len())
        })
        .collect();
        // A batch closes once it holds max_bytes; a single line always fits.
        assert_eq!(sizes, [3, 3, 3, 1]);
        let mut r = reader(&input, 100, 10);
        assert_eq!(r.next_batch().unwrap().lines.len(), 1);
    }
}
