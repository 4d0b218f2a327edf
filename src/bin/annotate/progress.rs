//! Progress and the run summary of `annotate --jsonl`, on stderr.
//!
//! Live progress is for a person watching a terminal: it is drawn only when
//! stderr is one, at most a few times a second, over itself with `\r`. Scripts
//! and tests, whose stderr is a pipe or a file, see nothing but errors unless
//! they ask for the one summary line with `--stats`.

use crate::batch::Stats;
use std::io::{self, IsTerminal, Write};
use std::time::{Duration, Instant};

/// The shortest time between two redraws of the progress line.
const REDRAW: Duration = Duration::from_millis(250);

pub struct Meter {
    live: bool,
    start: Instant,
    last_draw: Instant,
    lines: usize,
    bytes: usize,
    /// Width of the progress line on screen, to blank what a shorter one leaves.
    drawn: usize,
}

impl Meter {
    /// A meter that draws live progress when stderr is a terminal.
    pub fn new() -> Self {
        let now = Instant::now();
        Meter {
            live: io::stderr().is_terminal(),
            start: now,
            last_draw: now,
            lines: 0,
            bytes: 0,
            drawn: 0,
        }
    }

    /// Counts input lines and bytes whose results are written.
    pub fn advance(&mut self, lines: usize, bytes: usize) {
        self.lines += lines;
        self.bytes += bytes;
        if self.live && self.last_draw.elapsed() >= REDRAW {
            self.last_draw = Instant::now();
            let line = format!(
                "{} lines, {:.1} MB, {}",
                self.lines,
                self.bytes as f64 / 1e6,
                speeds(self.lines, self.bytes, self.start.elapsed())
            );
            self.draw(&line, false);
        }
    }

    /// Ends the run: on a terminal, or when `--stats` asked for it, one summary
    /// line with the exact totals and the peak resident memory where known.
    pub fn finish(&mut self, stats: &Stats, summary: bool) {
        if !(self.live || summary) {
            return;
        }
        let elapsed = self.start.elapsed();
        let mut line = format!(
            "annotate: {} lines, {} bytes, {:.2} s, {}",
            stats.lines,
            stats.bytes,
            elapsed.as_secs_f64(),
            speeds(stats.lines, stats.bytes, elapsed)
        );
        if let Some(kib) = peak_rss_kib() {
            line.push_str(&format!(", peak RSS {:.1} MB", kib as f64 * 1024.0 / 1e6));
        }
        self.draw(&line, true);
    }

    fn draw(&mut self, line: &str, last: bool) {
        let pad = self.drawn.saturating_sub(line.chars().count());
        let end = if last { "\n" } else { "" };
        let prefix = if self.drawn > 0 { "\r" } else { "" };
        // One write, so the line never shows half drawn; progress is a
        // courtesy: a closed stderr must not stop the run.
        let text = format!("{prefix}{line}{:pad$}{end}", "");
        let _ = io::stderr().lock().write_all(text.as_bytes());
        self.drawn = if last { 0 } else { line.chars().count() };
    }
}

/// A run that ends in an error leaves the progress line for the message to
/// follow on a line of its own.
impl Drop for Meter {
    fn drop(&mut self) {
        if self.drawn > 0 {
            let _ = io::stderr().lock().write_all(b"\n");
        }
    }
}

/// `"950 lines/s, 1.12 MB/s"` (MB: 10⁶ bytes).
fn speeds(lines: usize, bytes: usize, elapsed: Duration) -> String {
    let secs = elapsed.as_secs_f64().max(1e-9);
    format!(
        "{:.0} lines/s, {:.2} MB/s",
        lines as f64 / secs,
        bytes as f64 / 1e6 / secs
    )
}

/// The process's peak resident set (VmHWM) in KiB; `None` off Linux.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .strip_suffix("kB")?
        .trim()
        .parse()
        .ok()
}
