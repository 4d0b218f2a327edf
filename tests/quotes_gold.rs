//! The quotation benchmark as a regression test: the figures of
//! `cargo run --release --bin quotes_eval` must stay above floors set a little
//! below what was measured (figures in `src/quotes/mod.rs`), and the
//! reference article's quotations must all be found with the right kind and
//! speaker.
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)]
#[path = "../src/bin/quotes_eval.rs"]
mod eval;

#[test]
fn benchmark_figures_stay_above_floors() {
    let f = eval::native::evaluate(false);
    assert_eq!(
        f.reference_found, f.reference_total,
        "reference article: every quotation and reported statement with the right kind and speaker"
    );
    let floors = [
        (
            "overlap F1, annotated GUM documents",
            f.overlap_f1_annotated,
            0.90,
        ),
        (
            "overlap F1, annotated GUM documents with the unmarked quotations added",
            f.overlap_f1_completed,
            0.95,
        ),
        ("overlap F1, all GUM news documents", f.overlap_f1, 0.70),
        ("exact-span F1, all GUM news documents", f.exact_f1, 0.62),
        (
            "speaker accuracy without entities",
            f.speaker_accuracy,
            0.85,
        ),
        (
            "speaker accuracy with GUM's names",
            f.speaker_accuracy_entities,
            0.88,
        ),
    ];
    for (name, value, floor) in floors {
        assert!(value >= floor, "{name}: {value:.3} fell below {floor}");
    }
}
