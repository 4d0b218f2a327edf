//! Attribution patterns, kinds and speaker resolution, each with positive and
//! negative cases; resolution is tested with hand-made entity mentions.
#![cfg(not(target_arch = "wasm32"))]

mod quotes_common;
use quotes_common::{find, group, marked, mention, run, run_with};

fn speaker_of(text: &str, quoted: &str) -> Option<String> {
    find(&run(text), quoted).speaker
}

#[test]
fn x_said_and_said_x() {
    assert_eq!(
        speaker_of("“We will win,” Putin said.", "“We will win,”").as_deref(),
        Some("Putin")
    );
    assert_eq!(
        speaker_of(
            "“Seventeen years ago, this was impossible,” said Ambassador Mohib.",
            "“Seventeen years ago, this was impossible,”"
        )
        .as_deref(),
        Some("Mohib")
    );
    assert_eq!(
        speaker_of(
            "Najib Razak said, “We are in contact.”",
            "“We are in contact.”"
        )
        .as_deref(),
        Some("Najib Razak")
    );
    // No speech verb: no speaker.
    assert_eq!(
        speaker_of(
            "“We will win,” the banner read on the wall.",
            "“We will win,”"
        ),
        None
    );
}

#[test]
fn appositive_speaker() {
    let text = "“It would have been much worse,” Khaled Al-Maeena, editor at large at the Saudi Gazette, said.";
    assert_eq!(
        speaker_of(text, "“It would have been much worse,”").as_deref(),
        Some("Khaled Al-Maeena")
    );
    let text = "The secretary general of CEI, Nunzio Galantino, has called the ruling “dangerous”.";
    assert_eq!(
        speaker_of(text, "“dangerous”").as_deref(),
        Some("Nunzio Galantino")
    );
}

#[test]
fn told_wrote_statement() {
    let q = find(
        &run("Whitmore told Reuters: “He turned himself in.”"),
        "“He turned himself in.”",
    );
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref()),
        (Some("Whitmore"), Some("told"))
    );
    let q = find(
        &run("Olha Stefanishyna wrote on X: “The talks were constructive.”"),
        "“The talks were constructive.”",
    );
    assert_eq!(q.speaker.as_deref(), Some("Olha Stefanishyna"));
    let q = find(
        &run("The ministry said in a statement: “We deny it.”"),
        "“We deny it.”",
    );
    assert_eq!(q.speaker.as_deref(), Some("The ministry"));
}

#[test]
fn split_quote_shares_its_attribution() {
    let all = run("“We are ready,” she said, “and we will sign.”");
    assert_eq!(
        find(&all, "“We are ready,”").speaker.as_deref(),
        Some("she")
    );
    assert_eq!(
        find(&all, "“and we will sign.”").speaker.as_deref(),
        Some("she")
    );
}

#[test]
fn standalone_paragraph_takes_speaker_before_or_after() {
    let text = "Rathbun stated,\n\n“Daniel was picked up by an investigator in a black car.”\n\nThe case went on.";
    assert_eq!(
        speaker_of(
            text,
            "“Daniel was picked up by an investigator in a black car.”"
        )
        .as_deref(),
        Some("Rathbun")
    );
    let text = "“This is the end of an era.” Putin said.";
    assert_eq!(
        speaker_of(text, "“This is the end of an era.”").as_deref(),
        Some("Putin")
    );
    let text =
        "“It was hard,” said Ambassador Mohib.\n\n“They represent our hopes and our resilience.”";
    assert_eq!(
        speaker_of(text, "“They represent our hopes and our resilience.”").as_deref(),
        Some("Mohib")
    );
    // A photo caption between the two paragraphs does not break the run...
    let text = "“It was hard,” said Ambassador Mohib.\n\nThe team in Kabul. Image: Reuters.\n\n\
                “They represent our hopes.”";
    assert_eq!(
        speaker_of(text, "“They represent our hopes.”").as_deref(),
        Some("Mohib")
    );
    // ...but a paragraph of narration does.
    let text = "“It was hard,” said Ambassador Mohib.\n\nThe team flew home on Monday.\n\n\
                Then the storm came.\n\n“Nothing was left standing.”";
    assert_eq!(speaker_of(text, "“Nothing was left standing.”"), None);
    // A standalone quotation after unrelated narration has no speaker.
    let text = "The storm hit the coast.\n\n“Nothing was left standing.”";
    assert_eq!(speaker_of(text, "“Nothing was left standing.”"), None);
}

#[test]
fn according_to() {
    let all = run("According to Rathbun, a detective was given material to build a case.");
    let q = all
        .iter()
        .find(|q| q.kind == "according_to")
        .expect("according_to");
    assert_eq!(q.text, "a detective was given material to build a case");
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref()),
        (Some("Rathbun"), Some("According to"))
    );
    let all = run("The storm killed 107 people, according to the Civil Defense Authority.");
    let q = all
        .iter()
        .find(|q| q.kind == "according_to")
        .expect("according_to");
    assert_eq!(q.text, "The storm killed 107 people");
    assert_eq!(q.speaker.as_deref(), Some("Civil Defense Authority"));
    assert!(run("The plan went according to schedule.").is_empty());
}

#[test]
fn reported_speech_forward_and_backward() {
    let all =
        run("Vladimir Putin said on Monday that Russia is ready to work with foreign partners.");
    let q = all.iter().find(|q| q.kind == "reported").expect("reported");
    assert_eq!(q.text, "Russia is ready to work with foreign partners");
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref()),
        (Some("Vladimir Putin"), Some("said"))
    );
    let all = run("The deal could form part of broader cooperation, Putin said.");
    let q = all.iter().find(|q| q.kind == "reported").expect("reported");
    assert_eq!(q.text, "The deal could form part of broader cooperation");
    // Nouns and non-speech uses are no reported speech.
    assert!(run("The report was published on Monday and the claims were false.").is_empty());
    assert!(run("He said goodbye.").is_empty());
}

#[test]
fn unnamed_sources() {
    for (text, who) in [
        (
            "Officials in Kyiv signalled that Ukraine was close to a deal.",
            "Officials in Kyiv",
        ),
        (
            "A source close to the talks said the deal was off.",
            "A source close to the talks",
        ),
        (
            "People familiar with the matter said the deal was off.",
            "People familiar with the matter",
        ),
        (
            "Western diplomats warned that the talks could fail.",
            "Western diplomats",
        ),
    ] {
        let all = run(text);
        let q = all
            .iter()
            .find(|q| q.kind == "reported")
            .unwrap_or_else(|| panic!("{text}"));
        assert_eq!(q.speaker.as_deref(), Some(who), "{text}");
        assert!(q.unnamed, "{text}");
    }
    // A role word before a name is a named source.
    let all = run("Spokeswoman Sujata Raisinghani said the department would look into it.");
    assert!(!all[0].unnamed);
}

#[test]
fn kinds_direct_partial_scare() {
    let text = "Putin said that Russia had “significantly” larger reserves. “We are ready to work with anyone,” he added. The so-called “new regions” were annexed. It was dubbed “Operation Z”.";
    let all = marked(text);
    assert_eq!(find(&all, "“significantly”").kind, "partial");
    assert_eq!(
        find(&all, "“We are ready to work with anyone,”").kind,
        "direct"
    );
    assert_eq!(find(&all, "“new regions”").kind, "scare");
    assert_eq!(find(&all, "“Operation Z”").kind, "scare");
}

#[test]
fn scare_quote_attributed_to_its_coiner() {
    let text = "Russia will invest in its “new regions” — the name the Kremlin uses for the annexed areas.";
    let q = find(&marked(text), "“new regions”");
    assert_eq!((q.kind, q.speaker.as_deref()), ("scare", Some("Kremlin")));
    let text = "Troops entered the “liberated territories”, as Moscow calls them.";
    let q = find(&marked(text), "“liberated territories”");
    assert_eq!((q.kind, q.speaker.as_deref()), ("scare", Some("Moscow")));
    let q = find(&marked("The “experts” were wrong again."), "“experts”");
    assert_eq!((q.kind, q.speaker), ("scare", None));
}

#[test]
fn organisations_speak() {
    let q = find(
        &run("“We see no grounds for talks,” the Kremlin said."),
        "“We see no grounds for talks,”",
    );
    assert_eq!(q.speaker.as_deref(), Some("Kremlin"));
    let q = find(
        &run("“Foolhardy provocation deserves punishment”, it added, quoting KCNA."),
        "“Foolhardy provocation deserves punishment”",
    );
    assert_eq!(q.speaker.as_deref(), Some("it"));
}

#[test]
fn pronouns_and_surnames_resolve_through_groups() {
    let text = "Olha Stefanishyna spoke in Kyiv. Stefanishyna said the talks were “very constructive”. Later she said they were in the “final stages”. The Kremlin disagreed. “No deal,” it said.";
    let groups = vec![
        group("Olha Stefanishyna", "PERSON", &[]),
        group("Kremlin", "ORG", &[]),
    ];
    let mut mentions = vec![
        mention(text, "Olha Stefanishyna", 0, "PERSON", 0),
        mention(text, "Kyiv", 0, "GPE", 2),
        mention(text, "Stefanishyna said", 20, "PERSON", 0),
        mention(text, "Kremlin", 0, "ORG", 1),
    ];
    mentions[2].span.end -= " said".len();
    let groups = [groups, vec![group("Kyiv", "GPE", &[])]].concat();
    let all = run_with(text, &mentions, &groups);
    let q = find(&all, "“very constructive”");
    assert_eq!(
        (q.group, q.name.as_deref()),
        (Some(0), Some("Olha Stefanishyna"))
    );
    let q = find(&all, "“final stages”");
    assert_eq!((q.speaker.as_deref(), q.group), (Some("she"), Some(0)));
    let q = find(&all, "“No deal,”");
    assert_eq!((q.speaker.as_deref(), q.group), (Some("it"), Some(1)));
}

#[test]
fn bare_surname_and_title_resolve_without_a_mention() {
    let text =
        "Vladimir Putin arrived. “We are ready,” Putin said. “We agree,” the President said.";
    let groups = vec![group("Vladimir Putin", "PERSON", &["President"])];
    let mentions = vec![mention(text, "Vladimir Putin", 0, "PERSON", 0)];
    let all = run_with(text, &mentions, &groups);
    assert_eq!(find(&all, "“We are ready,”").group, Some(0));
    assert_eq!(find(&all, "“We agree,”").group, Some(0));
    // Without entities, the surname still resolves to the full name found in the text.
    let all = run(text);
    assert_eq!(
        find(&all, "“We are ready,”").name.as_deref(),
        Some("Vladimir Putin")
    );
}

#[test]
fn speech_verb_lexicon_is_large_and_documented() {
    let lemmas = article_annotator::quotes::speech_verb_lemmas();
    assert!(lemmas.len() >= 100, "{} lemmas", lemmas.len());
    for verb in [
        "said",
        "told",
        "added",
        "argued",
        "claimed",
        "insisted",
        "warned",
        "wrote",
        "tweeted",
        "posted",
        "signalled",
        "suggested",
        "highlighted",
        "denied",
    ] {
        let text = format!("The minister {verb} that the plan was working well.");
        let all = run(&text);
        assert!(
            all.iter()
                .any(|q| q.kind == "reported" && q.cue.as_deref() == Some(verb)),
            "{verb}: {all:?}"
        );
    }
}

#[test]
fn body_copy_of_a_pull_quote_is_the_same_quotation() {
    let text = "I was told to disconnect from my mother because she was suppressive. Valeska Paris\n\n\
                I was told to disconnect from my mother because she was suppressive. Her mother had \
                spoken out on television.";
    let found = run(text);
    let copies: Vec<_> = found
        .iter()
        .filter(|q| {
            q.text == "I was told to disconnect from my mother because she was suppressive."
        })
        .collect();
    assert_eq!(copies.len(), 2, "{found:?}");
    assert!(
        copies
            .iter()
            .all(|q| q.speaker.as_deref() == Some("Valeska Paris")),
        "{found:?}"
    );
    // Without a signature there is no pull quote, and a repeated sentence is not a quotation.
    let text = "The river flooded the lower town again this spring.\n\n\
                The river flooded the lower town again this spring. Residents left.";
    assert!(
        run(text).iter().all(|q| !q.text.starts_with("The river")),
        "{:?}",
        run(text)
    );
}
