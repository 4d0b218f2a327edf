//! Prints the coarse and final names the committed tagger finds in its argument.
//! cargo run --release --example ner_probe -- "Vladimir Putin met NATO officials."
fn main() {
    let text = std::env::args().nth(1).unwrap();
    let t = article_annotator::entities::Tagger::shared();
    let s = article_annotator::entities::tokenize::sentences(&text);
    for c in t.coarse(&text, &s) {
        println!(
            "coarse {:?} {} {:.2}",
            c.span.slice(&text),
            c.ty,
            c.confidence
        );
    }
    for m in t.tag(&text, &s) {
        println!(
            "final {:?} {} {:.2}",
            m.span.slice(&text),
            m.label,
            m.confidence
        );
    }
}
