//! Accuracy of the tagger's confidences by bucket on the GUM news documents.
//! cargo run --release --example ner_calib
use article_annotator::entities::train::{corpus, score};
use article_annotator::entities::{tokenize, Tagger};
fn main() {
    let splits = corpus::splits(&corpus::default_data_dir()).unwrap();
    let t = Tagger::shared();
    let mut buckets = [(0usize, 0usize); 10];
    for d in &splits.gum_news {
        let s = tokenize::sentences(&d.text);
        let gold: std::collections::HashSet<_> = d
            .gold
            .iter()
            .filter_map(|g| score::class_of(&g.label).map(|_| score::normalise(&d.text, g.span)))
            .collect();
        for m in t.tag(&d.text, &s) {
            if score::class_of(m.label).is_none() {
                continue;
            }
            let b = ((m.confidence * 10.0) as usize).min(9);
            buckets[b].1 += 1;
            if gold.contains(&score::normalise(&d.text, m.span)) {
                buckets[b].0 += 1;
            }
        }
    }
    for (i, (ok, n)) in buckets.iter().enumerate() {
        println!("{:.1}: {ok}/{n}", i as f32 / 10.0);
    }
}
