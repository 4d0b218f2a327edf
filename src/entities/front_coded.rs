//! Front coding of the long sorted word lists, for the wasm package's size.
//!
//! The package is served gzipped, and gzip does poorly on long sorted lists of
//! names: each line repeats the start of the one before, which costs gzip a
//! back-reference per line. Front coding stores only what changes, so
//! `first_name.txt`, `last_name.txt`, `city.txt`, `demonym.txt` and
//! `common_words.txt` take some 11 KB less once gzipped. The files in `data/`
//! stay plain text (readable, diffable, written by their generators); `build.rs`
//! encodes them with [`encode`] at build time and the crate embeds the result.
//!
//! Format: one record per line of the text (the text split at `\n`), each a
//! byte `k` — how many leading bytes the line shares with the line before,
//! at most 255 — then the rest of the line, then `\n`. [`decode`] gives back
//! the text byte for byte, comments and all, so every reader of the lists
//! sees exactly what the file holds.
//!
//! This file is also compiled into `build.rs` (`#[path]`), so it names nothing
//! else from the crate.

/// Front-codes `text` (see the module documentation).
#[cfg_attr(not(test), allow(dead_code))]
pub fn encode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut prev: &[u8] = &[];
    for line in text.split('\n').map(str::as_bytes) {
        let shared = prev
            .iter()
            .zip(line)
            .take(255)
            .take_while(|(a, b)| a == b)
            .count();
        out.push(shared as u8);
        out.extend_from_slice(&line[shared..]);
        out.push(b'\n');
        prev = line;
    }
    out
}

/// The text that [`encode`] made `bytes` from (what the tests compare the
/// stored lists with; the crate itself reads them with [`for_each_line`]).
#[allow(dead_code)] // not by build.rs, which includes this file too
pub fn decode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    let mut first = true;
    for_each_line(bytes, |line| {
        if !first {
            out.push('\n');
        }
        first = false;
        out.push_str(line);
    });
    out
}

/// Calls `f` with each line of the text [`encode`] made `bytes` from (the
/// text split at `\n`), in order, without building the text: one buffer,
/// cut back to the shared start of each line.
#[allow(dead_code)] // not by build.rs, which includes this file too
pub fn for_each_line(bytes: &[u8], mut f: impl FnMut(&str)) {
    for_each_line_bytes(bytes, |line| match std::str::from_utf8(line) {
        Ok(text) => f(text),
        Err(_) => f(&String::from_utf8_lossy(line)),
    });
}

/// [`for_each_line`] as bytes, for readers that check the bytes anyway (the
/// gazetteer's plain-word entries): no UTF-8 validation of every line at
/// start-up. A line is a line of the encoded text, so it is UTF-8 whenever
/// that text was (`build.rs` encodes `&str`s).
#[allow(dead_code)] // not by build.rs, which includes this file too
pub fn for_each_line_bytes(bytes: &[u8], mut f: impl FnMut(&[u8])) {
    // Byte by byte: the new part of a line is a few bytes, less than a
    // search for the newline and a copy cost per line.
    let mut line: Vec<u8> = Vec::with_capacity(64);
    let mut at = 0;
    while let Some(&shared) = bytes.get(at) {
        line.truncate(usize::from(shared));
        at += 1;
        while let Some(&b) = bytes.get(at).filter(|&&b| b != b'\n') {
            line.push(b);
            at += 1;
        }
        f(&line);
        at += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_byte_for_byte() {
        for text in [
            "",
            "\n",
            "# a comment\nAaron\nAbbey\nAbbie\n",
            "no final newline\nno final",
            "Zürich\nZürichsee\nZ\n\n\nÉ\nÉcole",
            &"a".repeat(600),
        ] {
            assert_eq!(decode(&encode(text)), text, "{text:?}");
        }
        let long = format!("{}\n{}x\n", "b".repeat(300), "b".repeat(300));
        assert_eq!(decode(&encode(&long)), long);
    }

    #[test]
    fn lines_stream_as_the_text_splits() {
        for text in [
            "",
            "# a comment\nAaron\nAbbey\nAbbie\n",
            "Zürich\nZürichsee\nZ\n\n\nÉ\nÉcole",
            &format!("{}\n{}x\n", "b".repeat(300), "b".repeat(300)),
        ] {
            let mut lines = Vec::new();
            for_each_line(&encode(text), |l| lines.push(l.to_string()));
            assert_eq!(lines, text.split('\n').collect::<Vec<_>>(), "{text:?}");
            let mut byte_lines = Vec::new();
            for_each_line_bytes(&encode(text), |l| byte_lines.push(l.to_vec()));
            let split: Vec<&[u8]> = text.as_bytes().split(|&b| b == b'\n').collect();
            assert_eq!(byte_lines, split, "{text:?}");
        }
    }

    #[test]
    fn shared_starts_are_stored_once() {
        assert_eq!(encode("Abbey\nAbbie"), b"\x00Abbey\n\x03ie\n");
    }
}
