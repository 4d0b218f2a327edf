//! Per-token emission scores and the transition matrix of the committed model.
//! cargo run --release --example ner_scores -- "Vladimir Putin met Shoigu."
use article_annotator::entities::{
    features, gazetteer::Gazetteer, model::Model, tokenize, MODEL_BYTES,
};
fn main() {
    let text = std::env::args().nth(1).unwrap();
    let m = Model::from_bytes(MODEL_BYTES, features::KEY_BITS).unwrap();
    let s = tokenize::sentences(&text);
    let f = features::document(&text, &s, Gazetteer::get());
    for (i, &(a, b)) in s.iter().flatten().enumerate() {
        let e = m.emissions(f.token(i));
        println!("{:12} {:?}", &text[a..b], e.map(|x| x.round() as i32));
    }
    println!(
        "{:?}",
        m.transitions()
            .iter()
            .map(|r| r.map(|x| if x.is_finite() {
                x.round() as i32
            } else {
                -999
            }))
            .collect::<Vec<_>>()
    );
}
