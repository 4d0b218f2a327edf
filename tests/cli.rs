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
    // The CLI may exit before reading (bad flags): a broken pipe here is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    let out = child.wait_with_output().unwrap();
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
