//! Scaling benchmark: seconds per MB for the whole pipeline (what `annotate`
//! does to one document) on adversarial inputs at 0.1, 1 and 10 MB.
//!
//! `cargo run --release --bin scaling [-- --sizes 0.1,1,10] [--only fox,quotes]
//! [--repeat N] [--seconds S] [--data DIR] [--in-process]`
//!
//! Each input is annotated in N rounds (3); a round annotates it at each size
//! in turn, repeatedly for S seconds (1) or once, whichever is longer. The
//! median run of each size is kept, so that other work on a shared
//! machine does not pass for a superlinear pass. (Keeping the fastest of one to
//! three runs, as before, let a lucky 26 ms run at 0.1 MB against a 5 s run at
//! 10 MB swing the ratio of one input between 1.1 and 2.0 from run to run.)
//!
//! Each run is timed in a fresh child process (after a short warm-up text that
//! loads the models), so that every size starts from the same allocator state.
//! In one process, as before (`--in-process`), the sizes did not: thirty runs
//! of a 0.1 MB text reuse a warm heap, while glibc serves each block over its
//! mmap threshold (which rises to at most 32 MB) from fresh pages and unmaps it
//! when freed, so each 10 MB run faulted in hundreds of megabytes again (`perf stat`: 173,000
//! page faults for one run of the 10 MB photo-credit input). That gave 10 MB
//! runs 1.3–2.0× the per-MB time of warm 0.1 MB runs, while one cold run of
//! each size took the same time per MB: a measure of the allocator's memory,
//! not of the pipeline's complexity.
//!
//! Time should grow linearly with the input: a pass that scans every name for
//! each name, or walks back to the start of a sentence for each quotation,
//! shows here as seconds per MB that grow with the size. The last column is
//! the largest per-MB time over the smallest (1.0 is perfectly linear). The
//! inputs are the ones that once made a pass quadratic: one long line of
//! publication names, a caption line repeated, random capitalised words, a
//! sentence with no full stop (and one thick with speech verbs, each of which
//! could report a clause to the end of the text), text with no newline or no
//! spaces, walls of quotation marks, quoted speech with pronouns and surnames
//! that never resolve, and a real article repeated. Printed, not asserted:
//! timings belong in a benchmark, not in a test that can flake.

#[cfg(not(target_arch = "wasm32"))]
mod highlight;
#[cfg(not(target_arch = "wasm32"))]
mod inputs;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use crate::highlight::{self, Edit};
    use crate::inputs::{article, inputs, Builder};
    use article_annotator::Annotator;
    use std::path::PathBuf;
    use std::time::Instant;

    struct Args {
        sizes: Vec<f64>,
        only: Option<Vec<String>>,
        data: Option<PathBuf>,
        repeat: usize,
        seconds: f64,
        in_process: bool,
        /// Set in a child process: time one run of this input at this size.
        child: Option<(String, f64)>,
    }

    const USAGE: &str = "usage: scaling [--sizes 0.1,1,10] [--only NAME,…] [--repeat N] \
                         [--seconds S] [--data DIR] [--in-process]";

    fn parse_args() -> Args {
        let mut a = Args {
            sizes: vec![0.1, 1.0, 10.0],
            only: None,
            data: None,
            repeat: 3,
            seconds: 1.0,
            in_process: false,
            child: None,
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--sizes" => {
                    a.sizes = args
                        .next()
                        .unwrap_or_default()
                        .split(',')
                        .filter_map(|s| s.parse().ok())
                        .collect()
                }
                "--only" => {
                    a.only = args
                        .next()
                        .map(|s| s.split(',').map(String::from).collect())
                }
                "--data" => a.data = args.next().map(PathBuf::from),
                "--repeat" => a.repeat = args.next().and_then(|s| s.parse().ok()).unwrap_or(3),
                "--seconds" => a.seconds = args.next().and_then(|s| s.parse().ok()).unwrap_or(1.0),
                "--in-process" => a.in_process = true,
                "--child" => {
                    let name = args.next().unwrap_or_default();
                    let mb = args.next().and_then(|s| s.parse().ok()).unwrap_or(0.1);
                    a.child = Some((name, mb));
                }
                _ => {
                    eprintln!("{USAGE}");
                    std::process::exit(2);
                }
            }
        }
        a
    }

    /// The input cut to `mb` megabytes (at a char boundary).
    fn sized(build: &Builder<'_>, mb: f64) -> String {
        let bytes = (mb * 1e6) as usize;
        let mut text = build(bytes);
        let mut cut = bytes.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        text
    }

    /// What a row times.
    #[derive(Clone, Copy)]
    enum Op {
        Annotate,
        /// The marks of a page that is one text node, and the node's pieces.
        Highlight,
        /// Placing a page's marks again after it was edited.
        Reanchor(Edit),
    }

    /// The rows: every input annotated; then a real article repeated as one
    /// text node, highlighted; then the marks of it and of invented names
    /// re-anchored after a line was added above them, and the article's
    /// after every space was doubled.
    fn rows(article: &str) -> Vec<(String, Op, Builder<'_>)> {
        let annotate = (inputs(article).into_iter()).map(|(n, b)| (n.to_string(), Op::Annotate, b));
        let highlight = (inputs(article).into_iter())
            .filter(|(n, _)| *n == "article")
            .map(|(n, b)| (format!("highlight-{n}"), Op::Highlight, b));
        let reanchor = (inputs(article).into_iter())
            .filter(|(n, _)| matches!(*n, "article" | "many-speakers"))
            .map(|(n, b)| (format!("reanchor-{n}"), Op::Reanchor(Edit::LineAbove), b));
        let respaced = (inputs(article).into_iter())
            .filter(|(n, _)| *n == "article")
            .map(|(n, b)| {
                (
                    format!("respaced-{n}"),
                    Op::Reanchor(Edit::SpacesDoubled),
                    b,
                )
            });
        annotate
            .chain(highlight)
            .chain(reanchor)
            .chain(respaced)
            .collect()
    }

    /// Seconds per MB for one annotation of `text` (or one re-anchoring of its marks).
    fn time_one(annotator: &Annotator, op: Op, text: &str) -> f64 {
        match op {
            Op::Highlight => return highlight::marks_seconds_per_mb(annotator, text),
            Op::Reanchor(edit) => return highlight::reanchor_seconds_per_mb(annotator, text, edit),
            Op::Annotate => {}
        }
        let start = Instant::now();
        let out = annotator.annotate(text);
        let t = start.elapsed().as_secs_f64();
        std::hint::black_box(out);
        t / (text.len().max(1) as f64 / 1e6)
    }

    fn warmed_annotator() -> Annotator {
        let annotator = Annotator::new();
        annotator.annotate("Warm-up: Putin met NATO officials in Brussels."); // load models
        annotator
    }

    /// One timed run in a fresh process (see the module doc), printed in seconds per MB.
    fn child(article: &str, name: &str, mb: f64) {
        let Some((_, op, build)) = rows(article).into_iter().find(|(n, ..)| n == name) else {
            eprintln!("no input named {name}");
            std::process::exit(2);
        };
        let text = sized(&build, mb);
        let annotator = warmed_annotator();
        println!("{}", time_one(&annotator, op, &text));
    }

    /// Seconds per MB for one run of `name` at `mb` in a fresh child process.
    fn run_child(args: &Args, name: &str, mb: f64) -> f64 {
        let mut cmd = std::process::Command::new(std::env::current_exe().expect("own path"));
        cmd.args(["--child", name, &mb.to_string()]);
        if let Some(d) = &args.data {
            cmd.arg("--data").arg(d);
        }
        let out = cmd.output().expect("child process runs");
        String::from_utf8_lossy(&out.stdout)
            .trim()
            .parse()
            .unwrap_or_else(|_| {
                eprintln!("child failed: {}", String::from_utf8_lossy(&out.stderr));
                std::process::exit(1);
            })
    }

    pub fn main() {
        let args = parse_args();
        let article = article(args.data.clone());
        if let Some((name, mb)) = &args.child {
            return child(&article, name, *mb);
        }
        let annotator = args.in_process.then(warmed_annotator);
        print!("{:<26}", "input");
        for s in &args.sizes {
            print!("{:>12}", format!("{s} MB s/MB"));
        }
        println!("{:>10}", "max/min");
        for (name, op, build) in rows(&article) {
            if args.only.as_ref().is_some_and(|o| !o.contains(&name)) {
                continue;
            }
            print!("{name:<26}");
            // Round-robin over the sizes, so that each size's runs are spread
            // over the same minutes: this machine alternates between a fast and
            // a slow phase for seconds at a time.
            let texts: Vec<Option<String>> = (args.sizes.iter())
                .map(|&mb| annotator.as_ref().map(|_| sized(&build, mb)))
                .collect();
            let mut runs = vec![Vec::new(); args.sizes.len()];
            for _round in 0..args.repeat.max(1) {
                for (k, &mb) in args.sizes.iter().enumerate() {
                    let begun = Instant::now();
                    loop {
                        runs[k].push(match (&annotator, &texts[k]) {
                            (Some(a), Some(t)) => time_one(a, op, t),
                            _ => run_child(&args, &name, mb),
                        });
                        if begun.elapsed().as_secs_f64() >= args.seconds {
                            break;
                        }
                    }
                }
            }
            let mut per_mb = Vec::new();
            for mut r in runs {
                r.sort_by(f64::total_cmp);
                let t = r[r.len() / 2];
                per_mb.push(t);
                print!("{t:>12.3}");
            }
            let max = per_mb.iter().copied().fold(0.0, f64::max);
            let min = per_mb.iter().copied().fold(f64::INFINITY, f64::min);
            println!("{:>10.2}", max / min);
        }
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::main();
}
