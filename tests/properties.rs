//! Property tests: invariants that must hold for any text, not just the examples we thought of.
//!
//! Texts are built from a vocabulary of pieces news copy is made of (invented names, titles, say
//! verbs, figures, every kind of quote mark, multi-byte and combining characters, odd line ends),
//! glued or spaced at random, so the generated copy reaches the extractors' interesting paths far
//! more often than random bytes would. The fuzz targets in `fuzz/` cover random bytes. Case counts
//! are modest so `cargo test` stays quick in debug builds.

use claimlint::offset_of;
use claimlint::{fuzzing, line_col, render, Document, Engine};
use proptest::prelude::*;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::builtin)
}

/// Pieces of invented news copy.
const VOCAB: &[&str] = &[
    "Mayor",
    "Edda Varnholt",
    "Varnholt",
    "Varnhold",
    "Harbour chief",
    "Ansel Prewitt",
    "Prewit",
    "Dr. Ilse Markgraf",
    "the ministry",
    "said",
    "told reporters",
    "according to",
    "he said",
    "she added",
    "\"",
    "\u{201C}",
    "\u{201D}",
    "'",
    "\u{2018}",
    "\u{2019}",
    "\u{00AB}",
    "\u{00BB}",
    "120",
    "1,500",
    "2,500 to 3,000",
    "about 40",
    "more than 11,000",
    "at least",
    "nearly eight years",
    "$150 million",
    "1.5bn",
    "90 percent",
    "45%",
    "a dozen",
    "tens of thousands",
    "homes were flooded",
    "boats were lost",
    "people were killed",
    "troops",
    "in Kestrel Bay",
    "on Monday",
    "Thursday, 06 May 2021",
    "2021",
    ".",
    ",",
    ":",
    ";",
    "\u{2014}",
    "-",
    "\n",
    "\n\n",
    "\r\n",
    "Share this",
    "You may also like",
    "caf\u{00E9}",
    "e\u{0301}",
    "\u{0661}\u{0662}",
    "\u{05E9}\u{05DC}\u{05D5}\u{05DD}",
    "\u{200F}",
    "\u{65E5}\u{672C}",
    "\u{1F44D}",
    "\u{FFFD}",
    "\t",
    "<!-- claimlint-disable name-variant: checked -->",
];

/// A sentence of invented copy: who said what figure about what, so that documents built from
/// them agree and disagree often enough for the checks to fire.
fn sentence() -> impl Strategy<Value = String> {
    let who =
        prop::sample::select(&["Mayor Edda Varnholt", "Edda Varnhold", "Harbour chief Ansel Prewitt", "Prewit"][..]);
    let verb = prop::sample::select(&["said", "told reporters", "added"][..]);
    let figure = prop::sample::select(&["120", "150", "about 130", "more than 1,500", "2,500 to 3,000", "a dozen"][..]);
    let noun = prop::sample::select(&["homes were flooded", "boats were lost", "people were killed"][..]);
    let quoted = any::<bool>();
    (who, verb, figure, noun, quoted).prop_map(|(who, verb, figure, noun, quoted)| {
        if quoted {
            format!("\u{201C}We counted {figure} {noun},\u{201D} {who} {verb}.")
        } else {
            format!("{who} {verb} {figure} {noun} in Kestrel Bay on Monday.")
        }
    })
}

/// A text of up to `max` parts, each a sentence or a piece of the vocabulary, glued to the previous
/// part or separated by a space.
fn copy(max: usize) -> impl Strategy<Value = String> {
    let part = prop_oneof![1 => sentence(), 3 => prop::sample::select(VOCAB).prop_map(str::to_string)];
    prop::collection::vec((part, any::<bool>()), 0..max).prop_map(|parts| {
        let mut t = String::new();
        for (p, space) in parts {
            if space && !t.is_empty() {
                t.push(' ');
            }
            t.push_str(&p);
        }
        t
    })
}

/// `cases` cases; failures are shown, not saved to files next to the tests.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

fn docs_of(texts: &[String]) -> Vec<Document> {
    texts.iter().enumerate().map(|(i, t)| Document::new(format!("doc-{i}.txt"), t.as_str())).collect()
}

/// The whole extraction of each document, as the JSON contract prints it.
fn extraction_json(docs: &mut [Document]) -> Vec<String> {
    let ex = engine().extract(docs);
    // A JSON that does not parse gives no documents, which the comparisons then fail on.
    let v: serde_json::Value = serde_json::from_str(&render::extraction(docs, &ex)).unwrap_or_default();
    v["documents"].as_array().into_iter().flatten().map(|d| d.to_string()).collect()
}

/// Findings as comparable lines: rule, message, labels with their documents' ids.
fn finding_lines(docs: &mut [Document]) -> Vec<String> {
    let run = engine().check(docs);
    let mut lines: Vec<String> = run
        .findings
        .iter()
        .map(|f| {
            let labels: Vec<String> =
                f.labels.iter().map(|l| format!("{}@{}..{}", docs[l.doc].id, l.span.start, l.span.end)).collect();
            format!("{} {} {}", f.rule, f.message, labels.join(","))
        })
        .collect();
    lines.sort();
    lines
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn spans_lie_on_char_boundaries_inside_the_text(text in copy(80)) {
        let mut docs = docs_of(&[text]);
        let ex = engine().extract(&mut docs);
        let problems = fuzzing::extraction_problems(&docs[0], &ex[0]);
        prop_assert!(problems.is_empty(), "{:?} in {:?}", problems, docs[0].text);
        let layout = fuzzing::layout(&docs[0].text, 0, engine());
        let problems = fuzzing::layout_problems(&docs[0].text, &layout);
        prop_assert!(problems.is_empty(), "{:?} in {:?}", problems, docs[0].text);
        for span in fuzzing::numbers(&docs[0].text) {
            prop_assert_eq!(fuzzing::span_problem(&docs[0].text, span, "number"), None);
        }
    }

    #[test]
    fn line_and_column_round_trip(text in copy(40), pick in any::<prop::sample::Index>()) {
        let offset = pick.index(text.len() + 1);
        let (line, column) = line_col(&text, offset);
        prop_assert_eq!(offset_of(&text, line, column), Some(offset));
        // And the other way: every (line, column) that names a byte maps back to itself.
        let lines = text.split('\n').count();
        let line = pick.index(lines) + 1;
        let len = text.split('\n').nth(line - 1).map_or(0, str::len);
        let column = pick.index(len + 1) + 1;
        let at = offset_of(&text, line, column);
        prop_assert!(at.is_some(), "line {} column {} of {:?}", line, column, text);
        prop_assert_eq!(at.map(|o| line_col(&text, o)), Some((line, column)));
        prop_assert_eq!(offset_of(&text, lines + 1, 1), None);
        prop_assert_eq!(offset_of(&text, line, len + 2), None);
    }

    #[test]
    fn every_label_points_into_its_own_document(a in copy(60), b in copy(60), c in copy(30)) {
        let mut docs = docs_of(&[a, b, c]);
        let run = engine().check(&mut docs);
        let problems = fuzzing::label_problems(&docs, &run.findings);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        // The JSON output's line and column name the same byte as its offset, in the labelled document.
        let mut out = Vec::new();
        render::check(&mut out, render::Format::Json, &run.findings, &docs, engine(), false).expect("written");
        let v: serde_json::Value = serde_json::from_slice(&out).expect("check JSON parses");
        for f in v["findings"].as_array().expect("findings") {
            for l in f["labels"].as_array().expect("labels") {
                let doc = docs.iter().find(|d| d.id == l["id"]).expect("the label's document is in the run");
                let start = l["start"].as_u64().expect("start") as usize;
                let (line, column) = (l["line"].as_u64().expect("line"), l["column"].as_u64().expect("column"));
                prop_assert_eq!(offset_of(&doc.text, line as usize, column as usize), Some(start));
                let end = l["end"].as_u64().expect("end") as usize;
                prop_assert_eq!(Some(l["text"].as_str().expect("text")), doc.text.get(start..end));
            }
        }
    }
}

proptest! {
    #![proptest_config(config(24))]

    #[test]
    fn extraction_is_deterministic_and_independent_of_document_order(texts in prop::collection::vec(copy(50), 1..7)) {
        // Six documents take the parallel path of `Engine::extract`, one the serial one.
        let mut docs = docs_of(&texts);
        let forward = extraction_json(&mut docs);
        let mut again = docs_of(&texts);
        prop_assert_eq!(&extraction_json(&mut again), &forward);
        let mut reversed = docs_of(&texts);
        reversed.reverse();
        let mut backward = extraction_json(&mut reversed);
        backward.reverse();
        prop_assert_eq!(backward, forward);
    }

    #[test]
    fn reading_a_document_twice_gives_the_same_findings(a in copy(60), b in copy(60)) {
        let bytes = |t: &str, published: &str| format!("---\npublished: {published}\n---\n{t}\n").into_bytes();
        let read = || {
            let mut docs = claimlint::read_documents("a.md", &bytes(&a, "2021-05-06")).0;
            docs.extend(claimlint::read_documents("b.md", &bytes(&b, "2021-06-01")).0);
            docs
        };
        let first = finding_lines(&mut read());
        let second = finding_lines(&mut read());
        prop_assert_eq!(&first, &second);
        // The same engine, run again over the same documents, has kept no state between runs.
        let mut docs = read();
        let once = finding_lines(&mut docs);
        prop_assert_eq!(&finding_lines(&mut docs), &once);
        prop_assert_eq!(once, first);
    }
}
