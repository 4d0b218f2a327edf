//! The inputs of the scaling benchmark: adversarial texts built to a size,
//! and the real articles it repeats.

use std::path::PathBuf;

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

/// A made-up capitalised name, different for every `i` ("Kasimo Tenarul").
fn invented_name(mut i: usize) -> String {
    const SYLLABLES: [&str; 16] = [
        "ka", "si", "mo", "te", "na", "ru", "lo", "vi", "de", "pa", "go", "fe", "bu", "ri", "za",
        "ho",
    ];
    let mut name = String::new();
    for part in 0..2 {
        let mut word = String::new();
        for _ in 0..3 {
            word.push_str(SYLLABLES[i % 16]);
            i /= 16;
        }
        if part == 1 {
            word.push_str(SYLLABLES[i % 16]);
            i /= 16;
            name.push(' ');
        }
        let mut chars = word.chars();
        let first = chars.next().expect("three syllables").to_ascii_uppercase();
        name.push(first);
        name.push_str(chars.as_str());
    }
    name
}

fn repeat(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len().max(1) + 1)
}

/// Builds an input of about the given size in bytes.
pub(crate) type Builder<'a> = Box<dyn Fn(usize) -> String + 'a>;

/// The adversarial inputs, by name.
pub(crate) fn inputs(article: &str) -> Vec<(&'static str, Builder<'_>)> {
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
            // Every quote from a speaker not seen before: the who-is-quoted
            // summary once searched its rows for each quote (quadratic).
            "many-speakers",
            Box::new(|n| {
                let mut out = String::with_capacity(n + 64);
                let mut i = 0;
                while out.len() < n {
                    let name = invented_name(i);
                    out.push_str(&format!("“We will win,” said {name}. "));
                    i += 1;
                    if i % 8 == 0 {
                        out.push_str("\n\n");
                    }
                }
                out
            }),
        ),
        (
            // One sentence of figures: each amount once asked every figure
            // mention of its sentence whether it overlapped (quadratic).
            "figures-no-stop",
            Box::new(|n| {
                let w = [
                    "sales", "rose", "17", "tonnes", "and", "45", "percent", "more", "than", "$2",
                    "billion", "cars",
                ];
                words(5, &w, n, " ") + "\n"
            }),
        ),
        (
            // One sentence of attributions: each "according to" took all the
            // text before it as its clause (output quadratic in the input).
            "according-no-stop",
            Box::new(|n| {
                repeat(
                    "prices rose according to officials in Kyiv and the ministry said and ",
                    n,
                ) + "\n"
            }),
        ),
        (
            "article",
            Box::new(|n| repeat(&(article.to_string() + "\n\n"), n)),
        ),
    ]
}

pub(crate) fn article(data: Option<PathBuf>) -> String {
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
