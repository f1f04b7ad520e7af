//! HTML pages as input (an invented news page in `tests/fixtures/html/`): the article body only,
//! metadata from JSON-LD and `<meta>`, and every span a byte offset into the `.html` file itself.
// Helpers outside `#[test]` functions: a failed `expect` there is a failed test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod util;

use serde_json::Value;
use std::process::{Command, Output};
use util::{json, root, scratch, stderr, write};

const PAGE: &str = "tests/fixtures/html/troops-at-the-border.html";

#[track_caller]
fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimlint")).current_dir(root()).args(args).output().expect("the binary runs")
}

/// Every figure, quote and person of the extraction is the file's own bytes at its offsets.
#[track_caller]
fn spans_are_file_offsets(doc: &Value, file: &str) {
    let mut n = 0;
    for key in ["figures", "quotes", "people"] {
        for item in doc[key].as_array().expect("array") {
            let (s, e) = (item["start"].as_u64().expect("start") as usize, item["end"].as_u64().expect("end") as usize);
            assert_eq!(&file[s..e], item["text"].as_str().expect("text"), "{key} at {s}..{e}");
            n += 1;
        }
    }
    assert!(n >= 8, "the article's claims are read: {doc}");
}

#[test]
fn article_body_and_metadata_of_a_news_page() {
    let o = run(&["extract", PAGE]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let doc = &json(&o)["documents"][0];
    assert_eq!(doc["published"], "2023-03-02");
    assert_eq!(doc["published_source"], "page_metadata");
    assert_eq!(doc["byline"], "Mira Castellane");
    assert_eq!(doc["outlet"], "The Harbourton Ledger");
    let file = std::fs::read_to_string(root().join(PAGE)).expect("fixture");
    spans_are_file_offsets(doc, &file);
    let values: Vec<i64> =
        doc["figures"].as_array().expect("figures").iter().filter_map(|f| f["value"].as_i64()).collect();
    assert!(values.contains(&80_000), "{values:?}");
    // The sidebar's headlines, the weather widget and the footer are page furniture.
    for furniture in [61, 40_000, 14, 2023] {
        assert!(!values.contains(&furniture), "{furniture} read from the page furniture: {values:?}");
    }
    let speakers: Vec<(&str, &str)> = doc["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .map(|q| (q["text"].as_str().unwrap_or(""), q["speaker"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(speakers.len(), 2, "{speakers:?}");
    assert!(speakers.iter().all(|(_, s)| *s == "Tomas Erlund"), "{speakers:?}");
    assert!(speakers[0].0.starts_with("We are watching every movement"));
}

#[test]
fn findings_land_on_the_line_of_the_html_file() {
    let dir = scratch("html-check");
    let other = write(
        &dir,
        "wire.md",
        b"---\npublished: 2023-03-02\n---\nOfficials in Norvik said on Thursday that 150,000 troops were deployed near the border.\n",
    );
    let o = run(&["check", PAGE, &other, "--format", "json"]);
    let v = json(&o);
    let file = std::fs::read_to_string(root().join(PAGE)).expect("fixture");
    let at = file.find("80,000").expect("the figure is in the page");
    let want_line = file[..at].matches('\n').count() as u64 + 1;
    let label = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == "conflicting-figures")
        .flat_map(|f| f["labels"].as_array().expect("labels").iter())
        .find(|l| l["path"] == PAGE)
        .unwrap_or_else(|| panic!("a label in the page: {v}"))
        .clone();
    assert_eq!(label["start"].as_u64(), Some(at as u64));
    assert_eq!(label["line"].as_u64(), Some(want_line));
    assert_eq!(label["column"].as_u64(), Some((at - file[..at].rfind('\n').map_or(0, |i| i + 1)) as u64 + 1));
}

#[test]
fn minified_page_keeps_paragraphs_apart_and_offsets_exact() {
    let dir = scratch("html-min");
    let page = std::fs::read_to_string(root().join(PAGE)).expect("fixture").replace('\n', "");
    let path = write(&dir, "one-line.htm", page.as_bytes());
    let o = run(&["extract", &path]);
    let doc = &json(&o)["documents"][0];
    spans_are_file_offsets(doc, &page);
    // Each quote stays in its own paragraph: two quotes, each with its own text.
    let quotes: Vec<&str> =
        doc["quotes"].as_array().expect("quotes").iter().filter_map(|q| q["text"].as_str()).collect();
    assert_eq!(quotes.len(), 2, "{quotes:?}");
}

#[test]
fn page_without_an_article_is_read_whole_with_a_warning() {
    let dir = scratch("html-tiny");
    let path =
        write(&dir, "tiny.html", b"<html><body><p>Officials said 80,000 troops were deployed.</p></body></html>");
    let o = run(&["extract", &path]);
    let doc = &json(&o)["documents"][0];
    let err = stderr(&o);
    // Readability may or may not accept so short a page; either way the sentence is read.
    assert!(err.is_empty() || err.contains("no article body found"), "{err}");
    assert_eq!(doc["figures"][0]["value"], 80_000, "{doc}");
}

#[test]
fn broken_pages_are_read_without_failing() {
    let dir = scratch("html-hostile");
    let mut big = String::from("<html><body><article>");
    for i in 0..2000 {
        big.push_str(&format!("<p>Paragraph {i} &amp; more &#8217;s &unknown; <b>bold <i>nested</b></i> text.</p>"));
    }
    let pages: Vec<(&str, String)> = vec![
        ("unclosed-script.html", "<html><body><p>Officials said 80,000 troops.</p><script>var a = '<p>".into()),
        ("unclosed-tag.html", "<p>Text then <a href=\"x".into()),
        ("unclosed-comment.html", "<p>Officials said 80,000 troops.</p><!-- never closed".into()),
        ("entities.htm", "<p>&#xFFFFFFFF; &#; &; &#x; &amp &lt;p&gt; caf&eacute; 🎉&mdash;é</p>".into()),
        ("no-markup.html", "Just text, 12 people, no markup at all.".into()),
        ("big.html", big + "</article></body></html>"),
    ];
    for (name, page) in &pages {
        let path = write(&dir, name, page.as_bytes());
        let o = run(&["check", &path, "--format", "json", "--fail-level", "info"]);
        assert!(matches!(o.status.code(), Some(0 | 1)), "{name}: {}", stderr(&o));
        let v = json(&o);
        assert_eq!(v["summary"]["documents"], 1, "{name}");
        let o = run(&["extract", &path]);
        let doc = &json(&o)["documents"][0];
        for key in ["figures", "quotes", "people"] {
            for item in doc[key].as_array().expect("array") {
                let (s, e) =
                    (item["start"].as_u64().expect("start") as usize, item["end"].as_u64().expect("end") as usize);
                assert_eq!(page.get(s..e), item["text"].as_str(), "{name}: {key} at {s}..{e}");
            }
        }
    }
}
