//! Helpers shared by the integration tests: the shared data folder, the span
//! invariants in every unit, and golden files with readable diffs.
#![allow(dead_code)]

use article_annotator::{Annotations, OffsetUnit, Options};
use std::path::PathBuf;

/// `../shared/data` beside the checkout (CI lays it out the same way; a git
/// worktree one level deeper finds `../../shared/data`; `SHARED_DATA_DIR` wins).
pub fn shared_data(rel: &str) -> PathBuf {
    let base = shared_base().unwrap_or_else(|| {
        panic!("the tests expect the shared data folder at ../shared/data beside the checkout")
    });
    let path = base.join(rel);
    assert!(path.exists(), "missing {}", path.display());
    path
}

/// `shared_data` for tests that can do without: `None` when the file is absent.
pub fn try_shared_data(rel: &str) -> Option<PathBuf> {
    Some(shared_base()?.join(rel)).filter(|p| p.exists())
}

fn shared_base() -> Option<PathBuf> {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let candidates = [
        std::env::var_os("SHARED_DATA_DIR").map(PathBuf::from),
        Some(here.join("../shared/data")),
        Some(here.join("../../shared/data")),
    ];
    candidates.into_iter().flatten().find(|p| p.exists())
}

pub fn read_shared(rel: &str) -> String {
    std::fs::read_to_string(shared_data(rel)).expect("read shared data")
}

/// Slices `text` by offsets counted in `unit`.
pub fn slice_in_unit(text: &str, start: usize, end: usize, unit: OffsetUnit) -> Option<String> {
    match unit {
        OffsetUnit::Bytes => text.get(start..end).map(str::to_string),
        OffsetUnit::Chars => {
            let chars: Vec<char> = text.chars().collect();
            chars.get(start..end).map(|c| c.iter().collect())
        }
        OffsetUnit::Utf16 => {
            let units: Vec<u16> = text.encode_utf16().collect();
            units
                .get(start..end)
                .and_then(|u| String::from_utf16(u).ok())
        }
    }
}

pub fn len_in_unit(text: &str, unit: OffsetUnit) -> usize {
    match unit {
        OffsetUnit::Bytes => text.len(),
        OffsetUnit::Chars => text.chars().count(),
        OffsetUnit::Utf16 => text.encode_utf16().count(),
    }
}

/// Every span of every layer: `0 <= start < end <= length`, and where the span
/// carries `text`, it equals the slice in the output's unit. Returns the problems.
pub fn span_problems(annotated_text: &str, out: &Annotations) -> Vec<String> {
    let unit = out.offsets;
    let mut problems = Vec::new();
    let length = len_in_unit(annotated_text, unit);
    if out.length != length {
        problems.push(format!("length {} != {}", out.length, length));
    }
    let mut check = |layer: &str, start: usize, end: usize, text: Option<&str>| {
        if !(start < end && end <= length) {
            problems.push(format!(
                "{layer}: bad span {start}..{end} (length {length})"
            ));
            return;
        }
        match slice_in_unit(annotated_text, start, end, unit) {
            None => problems.push(format!(
                "{layer}: {start}..{end} splits a character in {unit:?}"
            )),
            Some(slice) => {
                if let Some(t) = text {
                    if t != slice {
                        problems.push(format!("{layer}: text {t:?} != slice {slice:?}"));
                    }
                }
            }
        }
    };
    for b in &out.boilerplate {
        check("boilerplate", b.start, b.end, None);
    }
    for p in &out.paragraphs {
        check("paragraph", p.start, p.end, None);
    }
    for s in &out.sentences {
        check("sentence", s.start, s.end, None);
    }
    for e in &out.entities {
        check("entity", e.start, e.end, Some(&e.text));
    }
    for q in &out.quotes {
        check("quote", q.start, q.end, Some(&q.text));
        if let Some(s) = &q.speaker {
            check("speaker", s.start, s.end, Some(&s.text));
        }
        if let Some(c) = &q.cue {
            check("cue", c.start, c.end, Some(&c.text));
        }
    }
    for c in &out.claims {
        check("claim", c.start, c.end, Some(&c.text));
        for r in &c.reasons {
            check("reason", r.start, r.end, Some(&r.text));
        }
    }
    problems
}

/// Annotates `input` in all three units and checks the invariants in each.
pub fn assert_valid_in_all_units(input: &str, html: bool) {
    for unit in [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Bytes] {
        let out = article_annotator::annotate(
            input,
            &Options {
                offsets: unit,
                html,
                ..Options::default()
            },
        );
        let text = out
            .html
            .as_ref()
            .map(|h| h.text.clone())
            .unwrap_or_else(|| input.to_string());
        let problems = span_problems(&text, &out);
        assert!(
            problems.is_empty(),
            "{unit:?}: {problems:#?}\ninput: {input:?}"
        );
    }
}

/// A unified line diff of `expected` and `actual`, for golden-file failures.
pub fn line_diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .header("expected", "actual")
        .to_string()
}

/// Compares `actual` with the golden file `tests/golden/<name>`; with
/// `UPDATE_GOLDEN=1` rewrites it instead. Fails with a unified diff.
pub fn assert_golden(name: &str, actual: &str) {
    let path = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden")).join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        let diff = line_diff(&expected, actual);
        panic!(
            "golden file {} differs (regenerate with `make golden` and review):\n{diff}",
            path.display()
        );
    }
}

/// A readable listing of every layer, for golden files: one line per span with
/// its line:column (1-based, in characters) and its text.
pub fn describe(text: &str, out: &Annotations) -> String {
    use std::fmt::Write;
    assert_eq!(
        out.offsets,
        OffsetUnit::Bytes,
        "describe() expects byte offsets"
    );
    let pos = |b: usize| {
        let before = &text[..b];
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        format!("{line}:{col}")
    };
    let quote = |s: usize, e: usize| {
        let t = &text[s..e];
        let t: String = if t.chars().count() > 90 {
            let head: String = t.chars().take(60).collect();
            let tail: String = t
                .chars()
                .rev()
                .take(25)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            format!("{head} … {tail}")
        } else {
            t.to_string()
        };
        format!("{t:?}")
    };
    let mut s = String::new();
    writeln!(s, "# boilerplate ({})", out.boilerplate.len()).unwrap();
    for b in &out.boilerplate {
        writeln!(
            s,
            "{:<15} {:>7}  {}",
            b.reason,
            pos(b.start),
            quote(b.start, b.end)
        )
        .unwrap();
    }
    writeln!(s, "\n# paragraphs ({})", out.paragraphs.len()).unwrap();
    for p in &out.paragraphs {
        writeln!(s, "{:>7}  {}", pos(p.start), quote(p.start, p.end)).unwrap();
    }
    writeln!(s, "\n# sentences ({})", out.sentences.len()).unwrap();
    for x in &out.sentences {
        writeln!(s, "{:>7}  {}", pos(x.start), quote(x.start, x.end)).unwrap();
    }
    if !out.entities.is_empty() {
        writeln!(s, "\n# entities ({})", out.entities.len()).unwrap();
        for e in &out.entities {
            // The group's canonical name rather than its id: ids renumber when a
            // mention is added, names only change when grouping does.
            let group = out
                .entity_groups
                .get(e.entity)
                .map(|g| g.name.as_str())
                .unwrap_or("?");
            let arrow = if group == e.text {
                String::new()
            } else {
                format!("  → {group}")
            };
            writeln!(
                s,
                "{:<12} {:>7}  {:?}{arrow}",
                e.label,
                pos(e.start),
                e.text
            )
            .unwrap();
        }
    }
    let described: Vec<_> = out
        .entity_groups
        .iter()
        .filter(|g| g.mentions.len() > 1 || !g.roles.is_empty())
        .collect();
    if !described.is_empty() {
        writeln!(
            s,
            "\n# entity groups with several mentions or roles ({})",
            described.len()
        )
        .unwrap();
        for g in described {
            writeln!(
                s,
                "{:<12} {:?} ×{}  roles: {:?}",
                g.label,
                g.name,
                g.mentions.len(),
                g.roles
            )
            .unwrap();
        }
    }
    if !out.quotes.is_empty() {
        writeln!(s, "\n# quotes ({})", out.quotes.len()).unwrap();
        for q in &out.quotes {
            let who = match &q.speaker {
                None => "-".to_string(),
                Some(sp) => match sp.entity.and_then(|g| out.entity_groups.get(g)) {
                    Some(g) if g.name != sp.text => format!("{} → {}", sp.text, g.name),
                    _ if sp.unnamed => format!("{} (unnamed)", sp.text),
                    _ => sp.text.clone(),
                },
            };
            writeln!(
                s,
                "{:<12} {:>7}  {}  <- {who}",
                q.kind,
                pos(q.start),
                quote(q.start, q.end)
            )
            .unwrap();
        }
    }
    if !out.claims.is_empty() {
        writeln!(s, "\n# claims ({})", out.claims.len()).unwrap();
        for c in &out.claims {
            let kinds: Vec<&str> = c.reasons.iter().map(|r| r.kind).collect();
            writeln!(
                s,
                "{:.2} {:>7}  {}  [{}]",
                c.score,
                pos(c.start),
                quote(c.start, c.end),
                kinds.join(", ")
            )
            .unwrap();
        }
    }
    s
}
