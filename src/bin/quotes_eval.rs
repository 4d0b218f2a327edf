//! Quotation benchmark: detection precision/recall/F1 against the 75 quotations
//! GUM marks in its news documents, speaker accuracy against the hand-made gold
//! in `tests/gold/quotes/`, and the reference article's quotations.
//!
//! `cargo run --release --bin quotes_eval [-- --verbose]`
//!
//! Detection counts the quotations we output in marks or as unmarked blocks
//! (kinds direct, partial and scare), matched one to one with GUM's, exactly
//! or with an overlap of at least half of the longer span. GUM marks scare
//! quotes with `<q>`, not `<quote>`, so the headline figure leaves our `scare`
//! quotations out; the figure with them is printed too.

#[cfg(not(target_arch = "wasm32"))]
pub mod native {
    use article_annotator::analysis::{Group, Mention, QuoteKind};
    use article_annotator::quotes::{analyse, Attributed};
    use article_annotator::text::offsets::{byte_offsets, OffsetUnit};
    use article_annotator::text::segment;
    use article_annotator::text::span::Span;
    use std::collections::HashMap;
    use std::path::PathBuf;

    fn shared(rel: &str) -> PathBuf {
        let root = env!("CARGO_MANIFEST_DIR");
        for base in ["/../shared/data", "/../../shared/data"] {
            let p = PathBuf::from(format!("{root}{base}")).join(rel);
            if p.exists() {
                return p;
            }
        }
        panic!("shared data not found: expected ../shared/data/{rel} or ../../shared/data/{rel} beside the checkout");
    }

    /// Byte offset of UTF-16 offset `u` in `text` (gold files count UTF-16).
    fn byte_of(text: &str, u: usize) -> usize {
        byte_offsets(text, OffsetUnit::Utf16)
            .get(u)
            .copied()
            .unwrap_or(text.len())
    }

    struct GoldRow {
        doc: String,
        start: usize,
        end: usize,
        kind: String,
        speaker: String,
    }

    fn read_gold(rel: &str) -> Vec<GoldRow> {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel);
        let text = std::fs::read_to_string(&path).expect("gold file");
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                GoldRow {
                    doc: f[0].into(),
                    start: f[1].parse().expect("start"),
                    end: f[2].parse().expect("end"),
                    kind: f[3].into(),
                    speaker: f[4].into(),
                }
            })
            .collect()
    }

    fn norm(s: &str) -> String {
        let s = s.to_lowercase().replace(['’', '\''], "'").replace("'s", "");
        let s = s.trim().trim_start_matches("the ").trim();
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// Whether a predicted speaker matches the gold speaker; with entities, a
    /// speaker resolved to a group matches when any of the group's mentions
    /// does (the group's canonical name is the entity layer's business).
    fn speaker_ok_in(
        gold: &str,
        q: Option<&Attributed>,
        text: &str,
        mentions: &[Mention],
        groups: &[Group],
    ) -> bool {
        let group = q
            .and_then(|q| q.quote.speaker.as_ref())
            .and_then(|s| s.group);
        match group.and_then(|g| groups.get(g)) {
            Some(g) => g.mentions.iter().any(|&m| {
                let mut q = q.cloned();
                if let Some(q) = q.as_mut() {
                    q.speaker_name = Some(mentions[m].span.slice(text).to_string());
                }
                speaker_ok(gold, q.as_ref())
            }),
            None => speaker_ok(gold, q),
        }
    }

    /// Whether a predicted speaker matches the gold speaker (see the gold file's header).
    pub fn speaker_ok(gold: &str, q: Option<&Attributed>) -> bool {
        let speaker = q.and_then(|q| q.quote.speaker.as_ref());
        let name = q.and_then(|q| q.speaker_name.as_deref());
        match (gold, speaker, name) {
            ("none", None, _) => true,
            ("none", Some(_), _) | (_, None, _) | (_, _, None) => false,
            ("unnamed", Some(s), Some(n)) => {
                s.unnamed || !norm(n).chars().any(char::is_uppercase) && !n.is_empty()
            }
            (g, Some(_), Some(n)) => {
                let (g, n) = (norm(g), norm(n));
                let words = |s: &str| format!(" {s} ");
                !n.is_empty()
                    && (g == n
                        || g.split(' ').next_back() == n.split(' ').next_back()
                        || words(&g).contains(&words(&n))
                        || words(&n).contains(&words(&g)))
            }
        }
    }

    fn overlap(a: Span, b: Span) -> bool {
        let inter = a.end.min(b.end).saturating_sub(a.start.max(b.start));
        2 * inter >= a.len().max(b.len()) && inter > 0
    }

    struct Doc {
        id: String,
        text: String,
        gold: Vec<Span>,
        mentions: Vec<Mention>,
        groups: Vec<Group>,
    }

    fn load_gum() -> Vec<Doc> {
        let jsonl = std::fs::read_to_string(shared("gum/gum-news.jsonl")).expect("gum-news.jsonl");
        jsonl
            .lines()
            .map(|line| {
                let d: serde_json::Value = serde_json::from_str(line).expect("json");
                let text = d["text"].as_str().expect("text").to_string();
                let span = |v: &serde_json::Value| {
                    Span::new(
                        byte_of(&text, v["start"].as_u64().unwrap_or(0) as usize),
                        byte_of(&text, v["end"].as_u64().unwrap_or(0) as usize),
                    )
                };
                let gold = d["quotes"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(span)
                    .collect();
                let (mentions, groups) = gum_entities(&text, &d["entities"], &span);
                Doc {
                    id: d["id"].as_str().unwrap_or("").to_string(),
                    text,
                    gold,
                    mentions,
                    groups,
                }
            })
            .collect()
    }

    /// GUM's gold names as entity-layer output: mentions with OntoNotes-like
    /// labels, grouped by GUM's coreference chain, each group named by its
    /// longest mention.
    fn gum_entities(
        text: &str,
        entities: &serde_json::Value,
        span: &dyn Fn(&serde_json::Value) -> Span,
    ) -> (Vec<Mention>, Vec<Group>) {
        let mut ids: HashMap<i64, usize> = HashMap::new();
        let mut groups: Vec<Group> = Vec::new();
        let mut mentions = Vec::new();
        for e in entities.as_array().into_iter().flatten() {
            let label: &'static str = match e["label"].as_str().unwrap_or("") {
                "PERSON" => "PERSON",
                "ORG" => "ORG",
                "LOC" => "GPE",
                _ => continue,
            };
            let s = span(e);
            let key = e["group"].as_i64().unwrap_or(-1 - mentions.len() as i64);
            let g = *ids.entry(key).or_insert_with(|| {
                groups.push(Group {
                    name: String::new(),
                    label,
                    mentions: Vec::new(),
                    roles: Vec::new(),
                });
                groups.len() - 1
            });
            let name = s.slice(text);
            if name.len() > groups[g].name.len() {
                groups[g].name = name.to_string();
            }
            groups[g].mentions.push(mentions.len());
            mentions.push(Mention {
                span: s,
                label,
                group: g,
                confidence: 1.0,
            });
        }
        (mentions, groups)
    }

    /// Quotations with the entity layer's own mentions and groups: what
    /// `annotate` does (GUM news has no site residue, so no boilerplate).
    fn run_pipeline(text: &str) -> (Vec<Attributed>, Vec<Mention>, Vec<Group>) {
        let paragraphs = segment::paragraphs(text);
        let sentences: Vec<Span> = paragraphs
            .iter()
            .flat_map(|&p| segment::sentences(text, p))
            .collect();
        let (mentions, groups) = article_annotator::entities::layer::find_entities(
            text,
            &sentences,
            &[],
            &article_annotator::entities::custom::CustomNames::default(),
        );
        let found = analyse(text, &paragraphs, &sentences, &mentions, &groups);
        (found, mentions, groups)
    }

    fn run(text: &str, mentions: &[Mention], groups: &[Group]) -> Vec<Attributed> {
        let paragraphs = segment::paragraphs(text);
        let sentences: Vec<Span> = paragraphs
            .iter()
            .flat_map(|&p| segment::sentences(text, p))
            .collect();
        analyse(text, &paragraphs, &sentences, mentions, groups)
    }

    #[derive(Default)]
    struct Prf {
        tp: usize,
        pred: usize,
        gold: usize,
    }

    impl Prf {
        fn line(&self, name: &str) -> String {
            let p = self.tp as f64 / self.pred.max(1) as f64;
            let r = self.tp as f64 / self.gold.max(1) as f64;
            let f = if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            };
            format!(
                "{name:<34} P {p:.3}  R {r:.3}  F1 {f:.3}  (tp {} / pred {} / gold {})",
                self.tp, self.pred, self.gold
            )
        }
    }

    /// One-to-one greedy matching; returns the number of matches.
    fn matches(gold: &[Span], pred: &[Span], exact: bool) -> usize {
        let mut used = vec![false; pred.len()];
        let mut n = 0;
        for g in gold {
            let hit = pred
                .iter()
                .enumerate()
                .position(|(i, p)| !used[i] && if exact { p == g } else { overlap(*p, *g) });
            if let Some(i) = hit {
                used[i] = true;
                n += 1;
            }
        }
        n
    }

    fn is_marked_kind(k: QuoteKind) -> bool {
        matches!(k, QuoteKind::Direct | QuoteKind::Partial | QuoteKind::Scare)
    }

    /// Figures the regression test checks.
    pub struct Figures {
        /// Overlap F1 on the 14 documents GUM annotates with quotations.
        pub overlap_f1_annotated: f64,
        pub overlap_f1: f64,
        pub exact_f1: f64,
        pub speaker_accuracy: f64,
        pub speaker_accuracy_entities: f64,
        pub reference_found: usize,
        pub reference_total: usize,
    }

    fn f1(p: &Prf) -> f64 {
        let pr = p.tp as f64 / p.pred.max(1) as f64;
        let rc = p.tp as f64 / p.gold.max(1) as f64;
        if pr + rc > 0.0 {
            2.0 * pr * rc / (pr + rc)
        } else {
            0.0
        }
    }

    fn best(found: &[Attributed], g: Span, reported: bool) -> Option<&Attributed> {
        found
            .iter()
            .filter(|a| {
                (a.quote.kind == QuoteKind::Reported) == reported && overlap(a.quote.span, g)
            })
            .max_by_key(|a| {
                a.quote
                    .span
                    .end
                    .min(g.end)
                    .saturating_sub(a.quote.span.start.max(g.start))
            })
    }

    pub fn evaluate(verbose: bool) -> Figures {
        let docs = load_gum();
        let (mut exact_a, mut over_a) = (Prf::default(), Prf::default());
        let (mut exact, mut over, mut exact_s, mut over_s) = (
            Prf::default(),
            Prf::default(),
            Prf::default(),
            Prf::default(),
        );
        #[allow(clippy::type_complexity)]
        let mut by_doc: HashMap<
            String,
            (
                Vec<Attributed>,
                Vec<Attributed>,
                (Vec<Attributed>, Vec<Mention>, Vec<Group>),
                &Doc,
            ),
        > = HashMap::new();
        for doc in &docs {
            let alone = run(&doc.text, &[], &[]);
            let with = run(&doc.text, &doc.mentions, &doc.groups);
            let no_scare: Vec<Span> = alone
                .iter()
                .filter(|a| is_marked_kind(a.quote.kind) && a.quote.kind != QuoteKind::Scare)
                .map(|a| a.quote.span)
                .collect();
            let all: Vec<Span> = alone
                .iter()
                .filter(|a| is_marked_kind(a.quote.kind))
                .map(|a| a.quote.span)
                .collect();
            let mut sets = vec![
                (&mut exact, &no_scare, true),
                (&mut over, &no_scare, false),
                (&mut exact_s, &all, true),
                (&mut over_s, &all, false),
            ];
            if !doc.gold.is_empty() {
                sets.push((&mut exact_a, &no_scare, true));
                sets.push((&mut over_a, &no_scare, false));
            }
            for (prf, pred, ex) in sets {
                prf.tp += matches(&doc.gold, pred, ex);
                prf.pred += pred.len();
                prf.gold += doc.gold.len();
            }
            if std::env::args().any(|a| a == doc.id) {
                for a in &alone {
                    println!(
                        "  out: [{}] {:?} <- {:?} ({})",
                        a.quote.kind.name(),
                        a.quote.span.slice(&doc.text),
                        a.speaker_name,
                        a.quote.confidence
                    );
                }
            }
            if verbose {
                for p in alone.iter().filter(|a| is_marked_kind(a.quote.kind)) {
                    if !doc.gold.iter().any(|g| overlap(*g, p.quote.span)) {
                        println!(
                            "  FP{} {} [{}] {:?}",
                            if doc.gold.is_empty() {
                                ""
                            } else {
                                " (annotated doc)"
                            },
                            doc.id,
                            p.quote.kind.name(),
                            p.quote.span.slice(&doc.text)
                        );
                    }
                }
                for g in &doc.gold {
                    if !no_scare.iter().any(|p| overlap(*g, *p)) {
                        println!("  FN {} {:?}", doc.id, g.slice(&doc.text));
                    }
                }
            }
            let own = run_pipeline(&doc.text);
            by_doc.insert(doc.id.clone(), (alone, with, own, doc));
        }
        println!("Detection on GUM news (75 quotations), scare quotes left out of our output:");
        println!("  {}", exact.line("exact span"));
        println!("  {}", over.line(">=50% overlap"));
        println!(
            "Detection on the 14 documents GUM annotates with quotations (scare quotes left out):"
        );
        println!("  {}", exact_a.line("exact span"));
        println!("  {}", over_a.line(">=50% overlap"));
        println!("Detection counting our scare quotes against precision:");
        println!("  {}", exact_s.line("exact span"));
        println!("  {}", over_s.line(">=50% overlap"));

        let gold = read_gold("tests/gold/quotes/gum-news-speakers.tsv");
        let (mut ok, mut ok_e, mut ok_p, mut detected) = (0, 0, 0, 0);
        for row in &gold {
            let (alone, with, own, doc) = &by_doc[&row.doc];
            let g = Span::new(byte_of(&doc.text, row.start), byte_of(&doc.text, row.end));
            let a = best(alone, g, false);
            let w = best(with, g, false);
            detected += usize::from(a.is_some());
            let good = a.is_some() && speaker_ok(&row.speaker, a);
            ok += usize::from(good);
            let good_e = w.is_some()
                && speaker_ok_in(&row.speaker, w, &doc.text, &doc.mentions, &doc.groups);
            ok_e += usize::from(good_e);
            let (own, own_mentions, own_groups) = own;
            let p = best(own, g, false);
            let good_p =
                p.is_some() && speaker_ok_in(&row.speaker, p, &doc.text, own_mentions, own_groups);
            ok_p += usize::from(good_p);
            if verbose && !good_p {
                println!(
                    "  SPEAKER+PIPELINE {} {:?}: gold {:?}, got {:?}",
                    row.doc,
                    &g.slice(&doc.text).chars().take(40).collect::<String>(),
                    row.speaker,
                    p.and_then(|a| a.speaker_name.clone())
                );
            }
            if verbose && good && !good_e {
                println!(
                    "  SPEAKER+E {} {:?}: gold {:?}, got {:?}",
                    row.doc,
                    &g.slice(&doc.text).chars().take(40).collect::<String>(),
                    row.speaker,
                    w.and_then(|a| a.speaker_name.clone())
                );
            }
            if verbose && !good {
                println!(
                    "  SPEAKER {} {:?}: gold {:?}, got {:?}",
                    row.doc,
                    &g.slice(&doc.text).chars().take(40).collect::<String>(),
                    row.speaker,
                    a.and_then(|a| a.speaker_name.clone())
                );
            }
        }
        let n = gold.len().max(1) as f64;
        println!("Speakers on GUM news ({} hand-labelled quotations; a missed quotation counts as wrong):", gold.len());
        println!(
            "  without entities (name heuristic)   accuracy {:.3}  ({ok}/{}; {detected} detected)",
            ok as f64 / n,
            gold.len()
        );
        println!(
            "  with GUM's gold names as entities    accuracy {:.3}  ({ok_e}/{})",
            ok_e as f64 / n,
            gold.len()
        );
        println!(
            "  with the pipeline's own entities     accuracy {:.3}  ({ok_p}/{})  <- what `annotate` does",
            ok_p as f64 / n,
            gold.len()
        );

        let text = std::fs::read_to_string(shared("articles/novaya-gazeta-rare-earths.txt"))
            .expect("reference article");
        let found = run(&text, &[], &[]);
        let ref_gold = read_gold("tests/gold/quotes/reference-article.tsv");
        let mut good = 0;
        println!("Reference article (novaya-gazeta-rare-earths):");
        for row in &ref_gold {
            let g = Span::new(byte_of(&text, row.start), byte_of(&text, row.end));
            let a = best(&found, g, row.kind == "reported");
            let kind_ok = a.is_some_and(|a| a.quote.kind.name() == row.kind);
            let sp_ok = speaker_ok(&row.speaker, a);
            good += usize::from(kind_ok && sp_ok);
            println!(
                "  {} {:<9} {:<18} {:?} -> {}",
                if kind_ok && sp_ok { "ok  " } else { "MISS" },
                row.kind,
                row.speaker,
                g.slice(&text).chars().take(48).collect::<String>(),
                a.map_or("not found".to_string(), |a| format!(
                    "{} / {}",
                    a.quote.kind.name(),
                    a.speaker_name.clone().unwrap_or("-".into())
                ))
            );
        }
        println!(
            "  {good}/{} found with the right kind and speaker",
            ref_gold.len()
        );
        if verbose {
            for a in &found {
                println!(
                    "  out: [{}] {:?} <- {:?}",
                    a.quote.kind.name(),
                    a.quote.span.slice(&text),
                    a.speaker_name
                );
            }
        }
        Figures {
            overlap_f1_annotated: f1(&over_a),
            overlap_f1: f1(&over),
            exact_f1: f1(&exact),
            speaker_accuracy: ok as f64 / n,
            speaker_accuracy_entities: ok_e as f64 / n,
            reference_found: good,
            reference_total: ref_gold.len(),
        }
    }

    pub fn main() {
        let verbose = std::env::args().any(|a| a == "--verbose" || a == "-v");
        let f = evaluate(verbose);
        println!(
            "Summary: overlap F1 {:.3} (annotated documents) / {:.3} (all), exact F1 {:.3}, speakers {:.3} / {:.3} with entities, reference {}/{}",
            f.overlap_f1_annotated,
            f.overlap_f1,
            f.exact_f1,
            f.speaker_accuracy,
            f.speaker_accuracy_entities,
            f.reference_found,
            f.reference_total
        );
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
