//! Writes what the crate embeds but keeps in a plainer form in the repository,
//! for the size of the gzipped wasm package:
//! - the long sorted word lists, front-coded (see `src/entities/front_coded.rs`:
//!   some 11 KB smaller, and the files in `data/` stay plain text);
//! - the Unicode classes of `src/text/tokens/chars.rs` (`build/char_classes.rs`).

#[path = "build/char_classes.rs"]
mod char_classes;

#[allow(dead_code)]
#[path = "src/entities/front_coded.rs"]
mod front_coded;

/// The lists embedded front-coded, as `data/` paths; `OUT_DIR` gets
/// `<file name>.fc` for each.
const LISTS: [&str; 6] = [
    "data/gazetteers/city.txt",
    "data/gazetteers/demonym.txt",
    "data/gazetteers/first_name.txt",
    "data/gazetteers/first_name_intl.txt",
    "data/gazetteers/last_name.txt",
    "data/ner/common_words.txt",
];

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/entities/front_coded.rs");
    println!("cargo:rerun-if-changed=build/char_classes.rs");
    let classes = format!("{out}/char_classes.rs");
    std::fs::write(&classes, char_classes::source()).unwrap_or_else(|e| panic!("{classes}: {e}"));
    for path in LISTS {
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let name = path.rsplit('/').next().unwrap_or(path);
        let target = format!("{out}/{name}.fc");
        std::fs::write(&target, front_coded::encode(&text))
            .unwrap_or_else(|e| panic!("{target}: {e}"));
    }
}
