//! The `annotate` binary: single documents, units, HTML, JSON Lines with bad lines.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_annotate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn annotate");
    // Fed from a thread: a large input and a large output would otherwise each
    // wait for the other's pipe to drain. The CLI may exit before reading (bad
    // flags): a broken pipe here is fine.
    let mut pipe = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = pipe.write_all(&stdin);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn file_argument_gives_one_json_document_in_utf16() {
    let path = common::shared_data("articles/novaya-gazeta-rare-earths.txt");
    let (code, out, _) = run(&[path.to_str().unwrap()], b"");
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["offsets"], "utf16");
    let text = std::fs::read_to_string(path).unwrap();
    assert_eq!(
        v["length"].as_u64().unwrap() as usize,
        text.encode_utf16().count()
    );
    assert!(!v["boilerplate"].as_array().unwrap().is_empty());
}

#[test]
fn offsets_flag_switches_the_unit() {
    let text = "Zoë 👍 said.";
    for (unit, len) in [("utf16", 12), ("chars", 11), ("bytes", 15)] {
        let (code, out, _) = run(&["--offsets", unit], text.as_bytes());
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["offsets"], unit);
        assert_eq!(v["length"], len, "{unit}");
    }
    let (code, _, err) = run(&["--offsets", "utf32"], b"x");
    assert_eq!(code, 2);
    assert!(err.contains("utf32"), "{err}");
}

#[test]
fn html_flag_extracts_text_and_maps_back() {
    let (code, out, _) = run(
        &["--html"],
        "<p>Hello &amp; bye.</p><script>x()</script>".as_bytes(),
    );
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["html"]["text"], "Hello & bye.");
    assert!(!v["html"]["source_map"].as_array().unwrap().is_empty());
}

#[test]
fn invalid_utf8_file_is_a_clear_error() {
    let (code, out, err) = run(&[], b"ok \xff\xfe bad");
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("UTF-8") && err.contains("offset 3"), "{err}");
}

#[test]
fn jsonl_keeps_order_ids_and_survives_bad_lines() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\": \"a\", \"text\": \"First doc. Two sentences.\"}\n");
    input.extend_from_slice(b"this is not json\n");
    input.extend_from_slice(b"{\"id\": 7}\n");
    input.extend_from_slice(b"{\"id\": \"bad-utf8\", \"text\": \"\xff\"}\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(
        b"{\"id\": \"h\", \"text\": \"<p>Hi &amp; bye</p>\", \"html\": true}\r\n",
    );
    input.extend_from_slice(b"{\"id\": \"z\", \"text\": \"Last.\"}");
    let (code, out, err) = run(&["--jsonl"], &input);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 6, "{out}");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["sentences"].as_array().unwrap().len(), 2);
    assert_eq!(lines[1]["id"], serde_json::Value::Null);
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .starts_with("line 2: invalid JSON"));
    assert_eq!(lines[2]["id"], 7);
    assert!(
        lines[2]["error"].as_str().unwrap().contains("line 3")
            && lines[2]["error"].as_str().unwrap().contains("text")
    );
    assert!(lines[3]["error"]
        .as_str()
        .unwrap()
        .contains("line 4: not valid UTF-8"));
    assert_eq!(lines[4]["id"], "h");
    assert_eq!(lines[4]["html"]["text"], "Hi & bye");
    assert_eq!(lines[5]["id"], "z");
    assert!(err.contains("3 of 7 lines"), "{err}");
}

#[test]
fn options_file_is_read_and_checked() {
    let dir = std::env::temp_dir().join(format!("annotate-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.json");
    std::fs::write(
        &good,
        r#"{"offsets":"bytes","customEntities":[{"text":"Qwiket AI","label":"ORG"}]}"#,
    )
    .unwrap();
    let (code, out, err) = run(&["--options", good.to_str().unwrap()], "Zoë.".as_bytes());
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["offsets"], "bytes");
    // A flag wins over the file.
    let (_, out, _) = run(
        &["--options", good.to_str().unwrap(), "--offsets", "chars"],
        "Zoë.".as_bytes(),
    );
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&out).unwrap()["offsets"],
        "chars"
    );
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"customEntities":[{"text":"X","label":"COMPANY"}]}"#,
    )
    .unwrap();
    let (code, _, err) = run(&["--options", bad.to_str().unwrap()], b"x");
    assert_eq!(code, 2);
    assert!(err.contains("COMPANY") && err.contains("bad.json"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

/// One or two sentences per line: real ones from GUM's news texts where the
/// shared data has them, generated ones around them (debug builds annotate
/// slowly, so the lines stay short).
fn short_texts(n: usize) -> Vec<String> {
    let real: Vec<String> = common::try_shared_data("gum/gum-news.jsonl")
        .map(|p| std::fs::read_to_string(p).unwrap())
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .flat_map(|t| {
            let sentences: Vec<String> = t
                .split(". ")
                .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|s| (30..200).contains(&s.len()))
                .map(|s| format!("{s}."))
                .collect();
            sentences
        })
        .collect();
    let names = ["Ann Lee", "Bob Marsh", "Chiara Rossi", "Dmitri Orlov"];
    let places = ["Paris", "Lagos", "Lima", "Osaka"];
    (0..n)
        .map(|i| match i % 4 {
            0 if !real.is_empty() => real[i / 4 % real.len()].clone(),
            1 => format!(
                "{} said on Monday that {} schools in {} would reopen.",
                names[i % 4],
                i % 97 + 2,
                places[i / 4 % 4]
            ),
            2 => format!("\"We will not stop,\" {} told reporters.", names[i / 2 % 4]),
            _ => format!("Item {i} was sold. It cost {} euros.", i % 1000),
        })
        .collect()
}

/// `{"id": "doc-i", "text": …}` per line; line `no_text` lacks its text.
fn jsonl_input(texts: &[String], no_text: Option<usize>) -> Vec<u8> {
    let mut input = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        let mut line = serde_json::json!({ "id": format!("doc-{i}"), "text": text });
        if no_text == Some(i) {
            line.as_object_mut().unwrap().remove("text");
        }
        serde_json::to_writer(&mut input, &line).unwrap();
        input.push(b'\n');
    }
    input
}

#[test]
fn jsonl_10000_lines_keep_input_order_and_match_annotating_alone() {
    let texts = short_texts(10_000);
    // A bad line in the middle keeps its place and its id.
    let input = jsonl_input(&texts, Some(5000));
    // More threads than cores: batches finish out of order even on a small machine.
    let (code, out, err) = run(&["--jsonl", "--threads", "4"], &input);
    assert_eq!(code, 0, "{err}");
    // Not a terminal and no --stats: no progress, only the error summary.
    assert_eq!(
        err,
        "annotate: 1 of 10000 lines had errors (see their \"error\" fields)\n"
    );
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = lines.iter().map(|v| v["id"].as_str().unwrap()).collect();
    let expected: Vec<String> = (0..10_000).map(|i| format!("doc-{i}")).collect();
    assert!(ids == expected, "ids out of order");
    assert_eq!(
        lines[5000]["error"],
        "line 5001: missing string field \"text\""
    );
    for i in [0, 1, 2, 3, 4999, 5001, 8191, 9999] {
        let (code, alone, _) = run(&[], texts[i].as_bytes());
        assert_eq!(code, 0);
        let alone: serde_json::Value = serde_json::from_str(&alone).unwrap();
        let mut batched = lines[i].clone();
        batched.as_object_mut().unwrap().remove("id");
        assert_eq!(batched, alone, "line {i}: {}", texts[i]);
    }
}

/// The peak resident memory printed by `--stats`, in MB; `None` off Linux.
fn peak_rss_mb(lines: usize) -> Option<f64> {
    // Quick to annotate, but long ids (echoed in the results) make every line
    // weigh ~1 KB in and out: holding on to lines or results would show.
    let pad = "x".repeat(500);
    let mut input = Vec::new();
    for i in 0..lines {
        let line = serde_json::json!({ "id": format!("doc-{i}-{pad}"), "text": "Hi." });
        serde_json::to_writer(&mut input, &line).unwrap();
        input.push(b'\n');
    }
    let (code, out, err) = run(&["--jsonl", "--stats"], &input);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), lines);
    assert!(
        err.starts_with(&format!("annotate: {lines} lines, ")),
        "{err}"
    );
    let mb = err.split("peak RSS ").nth(1)?.strip_suffix(" MB\n")?;
    Some(mb.parse().unwrap())
}

#[test]
fn jsonl_memory_stays_flat_from_2000_to_20000_lines() {
    let Some(small) = peak_rss_mb(2_000) else {
        return; // no VmHWM on this system
    };
    let large = peak_rss_mb(20_000).unwrap();
    // Keeping every line or result until the end would add 20 MB or more here.
    assert!(
        large <= small * 1.5,
        "peak RSS grew with the input: {small} MB for 2000 lines, {large} MB for 20000"
    );
}

#[test]
fn threads_and_stats_flags_are_checked() {
    let (code, _, err) = run(&["--jsonl", "--threads", "0"], b"");
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = run(&["--threads", "2"], b"x");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--jsonl"), "{err}");
    let (code, out, err) = run(
        &["--jsonl", "--threads", "1", "--stats"],
        b"\n{\"id\": 1, \"text\": \"One.\"}\n\n",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1);
    assert!(err.starts_with("annotate: 3 lines, 28 bytes, "), "{err}");
    assert!(err.contains(" MB/s") && err.ends_with('\n'), "{err}");
}
