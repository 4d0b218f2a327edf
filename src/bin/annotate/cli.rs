//! Argument parsing and single-document mode.

use crate::batch;
use crate::progress::Meter;
use article_annotator::{Annotator, OffsetUnit, Options};
use clap::Parser;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "annotate",
    version,
    about = "Annotate news articles: boilerplate, sentences, entities, quotes, claims (JSON out)"
)]
struct Cli {
    /// Input file (UTF-8); standard input when absent or "-".
    file: Option<PathBuf>,
    /// Unit of output offsets: utf16 (JavaScript, the default), chars (code points) or bytes.
    #[arg(long, value_parser = parse_unit)]
    offsets: Option<OffsetUnit>,
    /// Options as a JSON file, the same shape as the JS options object
    /// ({"customEntities": [{"text", "label"}], "contestedTerms": [{"term", "reason"}], …});
    /// --offsets and --html given on the command line win over it.
    #[arg(long, value_name = "FILE")]
    options: Option<PathBuf>,
    /// Treat the input as HTML (offsets then index the extracted `html.text`).
    #[arg(long)]
    html: bool,
    /// Stream JSON Lines: each input line {"id", "text", "html"?} gives one output line,
    /// in input order, annotated on all cores with flat memory.
    #[arg(long)]
    jsonl: bool,
    /// Threads annotating --jsonl lines (default: all cores; 1: one document at a time).
    #[arg(long, value_name = "N", requires = "jsonl")]
    threads: Option<NonZeroUsize>,
    /// Print one summary line to stderr after --jsonl (lines, bytes, seconds, MB/s,
    /// peak resident memory), even when stderr is not a terminal.
    #[arg(long, requires = "jsonl")]
    stats: bool,
    /// Pretty-print the JSON document (single-document mode).
    #[arg(long)]
    pretty: bool,
}

fn parse_unit(s: &str) -> Result<OffsetUnit, String> {
    OffsetUnit::parse(s).ok_or_else(|| format!("unknown unit {s:?}: use utf16, chars or bytes"))
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut options = match &cli.options {
        None => Options::default(),
        Some(path) => match std::fs::read_to_string(path) {
            Ok(json) => match Options::parse_json(&json) {
                Ok(o) => o,
                Err(e) => {
                    return fail(&io::Error::other(format!(
                        "{}: invalid options: {e}",
                        path.display()
                    )))
                }
            },
            Err(e) => {
                return fail(&io::Error::new(
                    e.kind(),
                    format!("{}: {e}", path.display()),
                ))
            }
        },
    };
    if let Some(unit) = cli.offsets {
        options.offsets = unit;
    }
    options.html |= cli.html;
    let annotator = match Annotator::with_options(options.clone()) {
        Ok(a) => a,
        Err(e) => return fail(&io::Error::other(e.to_string())),
    };
    let result = if cli.jsonl {
        let input: Box<dyn BufRead> = match open(&cli.file) {
            Ok(r) => r,
            Err(e) => return fail(&e),
        };
        let stdout = BufWriter::with_capacity(1 << 16, io::stdout().lock());
        let threads = cli.threads.map_or_else(all_cores, NonZeroUsize::get);
        let mut meter = Meter::new();
        batch::run(&annotator, &options, input, stdout, threads, &mut meter).map(|stats| {
            meter.finish(&stats, cli.stats);
            if stats.errors > 0 {
                eprintln!(
                    "annotate: {} of {} lines had errors (see their \"error\" fields)",
                    stats.errors, stats.lines
                );
            }
        })
    } else {
        single(&annotator, &options, &cli)
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}

/// The cores this process may use (its CPU affinity and quota, where known).
fn all_cores() -> usize {
    std::thread::available_parallelism().map_or(1, NonZeroUsize::get)
}

fn fail(e: &io::Error) -> ExitCode {
    eprintln!("annotate: {e}");
    ExitCode::from(2)
}

fn open(file: &Option<PathBuf>) -> io::Result<Box<dyn BufRead>> {
    match file {
        Some(path) if path.as_os_str() != "-" => {
            let f = std::fs::File::open(path)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
            Ok(Box::new(io::BufReader::with_capacity(1 << 16, f)))
        }
        _ => Ok(Box::new(io::BufReader::new(io::stdin()))),
    }
}

/// One document in, one JSON document out.
fn single(annotator: &Annotator, options: &Options, cli: &Cli) -> io::Result<()> {
    let mut bytes = Vec::new();
    open(&cli.file)?.read_to_end(&mut bytes)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "input is not valid UTF-8 (first bad byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })?;
    let out = annotator.annotate_with(&text, options);
    let mut stdout = BufWriter::new(io::stdout().lock());
    if cli.pretty {
        serde_json::to_writer_pretty(&mut stdout, &out)?;
    } else {
        serde_json::to_writer(&mut stdout, &out)?;
    }
    writeln!(stdout)?;
    stdout.flush()
}
