//! Scaling benchmark: seconds per MB for the whole pipeline (what `annotate`
//! does to one document) on adversarial inputs at 0.1, 1 and 10 MB.
//!
//! `cargo run --release --bin scaling [-- --sizes 0.1,1,10] [--only fox,quotes]
//! [--repeat N] [--seconds S] [--data DIR]`
//!
//! Each input at each size is annotated at least N times (3) and for at least
//! S seconds (1), and the median run is kept, so that other work on a shared
//! machine does not pass for a superlinear pass. (Keeping the fastest of one to
//! three runs, as before, let a lucky 26 ms run at 0.1 MB against a 5 s run at
//! 10 MB swing the ratio of one input between 1.1 and 2.0 from run to run.)
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
mod native {
    use article_annotator::Annotator;
    use std::path::PathBuf;
    use std::time::Instant;

    /// A deterministic word stream (no `rand` dependency; same on every run).
    fn words(seed: u64, choices: &[&str], bytes: usize, sep: &str) -> String {
        let mut out = String::with_capacity(bytes + 64);
        let mut x = seed;
        while out.len() < bytes {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            out.push_str(choices[(x >> 33) as usize % choices.len()]);
            out.push_str(sep);
        }
        out
    }

    fn repeat(unit: &str, bytes: usize) -> String {
        unit.repeat(bytes / unit.len().max(1) + 1)
    }

    /// Builds an input of about the given size in bytes.
    type Builder<'a> = Box<dyn Fn(usize) -> String + 'a>;

    /// The adversarial inputs, by name.
    fn inputs(article: &str) -> Vec<(&'static str, Builder<'_>)> {
        vec![
            (
                "fox",
                Box::new(|n| repeat("Fox News Daily Mail Times ", n) + "\n"),
            ),
            ("photo", Box::new(|n| repeat("Photo: AP/John Smith\n", n))),
            (
                "caps",
                Box::new(|n| {
                    let w = [
                        "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Mr.", "Smith",
                        "said", "the",
                    ];
                    words(1, &w, n, " ") + "\n"
                }),
            ),
            (
                "no-stop",
                Box::new(|n| {
                    let w = [
                        "the", "said", "Smith", "market", "John", "of", "Paris", "and", "Ukraine",
                        "rose", "Putin", "in", "a", "Reuters", "company", "on",
                    ];
                    words(2, &w, n, " ") + "\n"
                }),
            ),
            (
                "no-newline",
                Box::new(|n| repeat(&(article.replace('\n', " ") + " "), n)),
            ),
            (
                "quote-marks",
                Box::new(|n| words(3, &["\"", "“", "”", "a", "Smith"], n, " ")),
            ),
            (
                "quoted-cues",
                Box::new(|n| repeat("“We will win,” he said, and Smith said “no” ", n)),
            ),
            (
                "hyphen-names",
                Box::new(|n| repeat("Leung Kwok-hung and Yau Wai-ching ", n) + "\n"),
            ),
            (
                "acronyms",
                Box::new(|n| repeat("the World Health Organization (WHO) and WHO and NATO ", n)),
            ),
            (
                "no-spaces",
                Box::new(|n| repeat("Smith,Jones,Putin,said,", n)),
            ),
            (
                "said-no-stop",
                Box::new(|n| {
                    let w = [
                        "Smith",
                        "said",
                        "the",
                        "market",
                        "rose",
                        "and",
                        "Putin",
                        "told",
                        "reporters",
                        "that",
                        "Jones",
                        "he",
                        "claimed",
                        "officials",
                        "said,",
                        "it",
                    ];
                    words(4, &w, n, " ") + "\n"
                }),
            ),
            (
                "article",
                Box::new(|n| repeat(&(article.to_string() + "\n\n"), n)),
            ),
        ]
    }

    fn article(data: Option<PathBuf>) -> String {
        let root = env!("CARGO_MANIFEST_DIR");
        let dirs: Vec<PathBuf> = match data {
            Some(d) => vec![d.join("articles")],
            None => ["/../shared/data", "/../../shared/data"]
                .iter()
                .map(|b| PathBuf::from(format!("{root}{b}/articles")))
                .collect(),
        };
        let mut files: Vec<PathBuf> = dirs
            .iter()
            .filter_map(|d| std::fs::read_dir(d).ok())
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        let text: String = files
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect::<Vec<_>>()
            .join("\n\n");
        if text.is_empty() {
            eprintln!("no articles found (pass --data DIR); using a built-in paragraph");
            return "Russian President Vladimir Putin met NATO officials in Brussels on \
                    Monday. “We are ready,” Putin said. The World Health Organization \
                    (WHO) said 5% of cases rose.\n"
                .to_string();
        }
        text
    }

    pub fn main() {
        let mut sizes = vec![0.1, 1.0, 10.0];
        let mut only: Option<Vec<String>> = None;
        let mut data = None;
        let mut repeat = 3;
        let mut seconds = 1.0;
        let mut args = std::env::args().skip(1);
        while let Some(a) = args.next() {
            match a.as_str() {
                "--sizes" => {
                    sizes = args
                        .next()
                        .unwrap_or_default()
                        .split(',')
                        .filter_map(|s| s.parse().ok())
                        .collect()
                }
                "--only" => {
                    only = args
                        .next()
                        .map(|s| s.split(',').map(String::from).collect())
                }
                "--data" => data = args.next().map(PathBuf::from),
                "--repeat" => repeat = args.next().and_then(|s| s.parse().ok()).unwrap_or(3),
                "--seconds" => seconds = args.next().and_then(|s| s.parse().ok()).unwrap_or(1.0),
                _ => {
                    eprintln!(
                        "usage: scaling [--sizes 0.1,1,10] [--only NAME,…] [--repeat N] [--seconds S] [--data DIR]"
                    );
                    std::process::exit(2);
                }
            }
        }
        let article = article(data);
        let annotator = Annotator::new();
        annotator.annotate("Warm-up: Putin met NATO officials in Brussels."); // load models
        print!("{:<14}", "input");
        for s in &sizes {
            print!("{:>12}", format!("{s} MB s/MB"));
        }
        println!("{:>10}", "max/min");
        for (name, build) in inputs(&article) {
            if only.as_ref().is_some_and(|o| !o.iter().any(|x| x == name)) {
                continue;
            }
            print!("{name:<14}");
            let mut per_mb = Vec::new();
            for &mb in &sizes {
                let mut text = build((mb * 1e6) as usize);
                let mut cut = ((mb * 1e6) as usize).min(text.len());
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                text.truncate(cut);
                let mut runs = Vec::new();
                let begun = Instant::now();
                while runs.len() < repeat.max(1) || begun.elapsed().as_secs_f64() < seconds {
                    let start = Instant::now();
                    let out = annotator.annotate(&text);
                    runs.push(start.elapsed().as_secs_f64());
                    std::hint::black_box(out);
                }
                runs.sort_by(f64::total_cmp);
                let t = runs[runs.len() / 2] / (text.len() as f64 / 1e6);
                per_mb.push(t);
                print!("{t:>12.3}");
                use std::io::Write;
                std::io::stdout().flush().ok();
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
