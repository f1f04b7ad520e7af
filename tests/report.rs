//! The fact-check report and the graph views: escaping of hostile article text, snapshots of the
//! Markdown report and the DOT graph of `corpus/`, ClaimReview output, and (ignored, run by `.ci/run`)
//! the seed corpus's HTML report loaded in headless Chromium with assertions on its DOM.
//!
//! Snapshots follow tests/snapshots.rs: `UPDATE_SNAPSHOTS=1 cargo test --test report` rewrites
//! them; read the diff before committing.
// Helpers outside `#[test]` functions: a failed `expect` there is a failed test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod util;

use claimlint::report::{GraphPicture, Report};
use claimlint::{Document, Engine};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use util::root;

/// Every article file under `dir`, sorted, named by its path relative to the project root.
fn corpus_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir).expect("corpus dir").map(|e| e.expect("entry").path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            corpus_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "md" || e == "txt") {
            out.push(p);
        }
    }
}

fn corpus() -> Vec<Document> {
    let root = root();
    let mut files = Vec::new();
    corpus_files(&root.join("corpus"), &mut files);
    let mut docs = Vec::new();
    for p in files {
        let name = p.strip_prefix(&root).expect("under root").display().to_string();
        let (mut d, problems) = claimlint::read_documents(&name, &std::fs::read(&p).expect("read"));
        assert!(problems.is_empty(), "{name}: {problems:?}");
        docs.append(&mut d);
    }
    docs
}

#[track_caller]
fn snapshot(name: &str, got: &str) {
    let path = root().join("tests/snapshots").join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() || !path.exists() {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dir");
        std::fs::write(&path, got).expect("write snapshot");
        return;
    }
    let want = std::fs::read_to_string(&path).expect("snapshot");
    if want != got {
        panic!("snapshot {name} differs (UPDATE_SNAPSHOTS=1 to accept)\n--- want\n{want}\n--- got\n{got}");
    }
}

#[test]
fn markdown_report_of_the_corpus() {
    let engine = Engine::builtin();
    let mut docs = corpus();
    let run = engine.check(&mut docs);
    let report = Report::build(&run.graph(&docs, &engine), &run);
    snapshot("report-corpus.md.snap", &report.markdown());
}

#[test]
fn dot_graph_of_the_corpus() {
    let engine = Engine::builtin();
    let mut docs = corpus();
    let run = engine.check(&mut docs);
    let graph = run.graph(&docs, &engine);
    let dot = claimlint::render::dot(&graph, &run.findings);
    // Every conflict-like finding of the corpus is drawn as a red edge.
    let red = dot.lines().filter(|l| l.contains("color=red")).count();
    assert!(red >= 4, "expected red conflict edges, got {red}\n{dot}");
    snapshot("graph-corpus.dot.snap", &dot);
}

/// An article written to attack the page: markup in the text, in a quote, in a name and in the path.
const HOSTILE: &str = "Officials in Varnholt said 80,000 troops were deployed <script>alert('x')</script> near the \
border.\n\n\u{201c}We <img src=x onerror=\"alert(1)\"> will hold the line,\u{201d} said General Orsolya \
Brandt<iframe src=javascript:alert(2)>.\n";

fn hostile_html() -> String {
    let engine = Engine::builtin();
    let mut docs = vec![
        Document::new("\"><script>alert(3)</script>.txt", HOSTILE),
        Document::new("b.txt", "Officials in Varnholt said 150,000 troops were deployed near the border."),
    ];
    let run = engine.check(&mut docs);
    let report = Report::build(&run.graph(&docs, &engine), &run);
    report.html(&GraphPicture::Unavailable("<b>not drawn</b> in this test".to_string()))
}

#[test]
fn article_markup_renders_as_text() {
    let page = hostile_html();
    let lower = page.to_ascii_lowercase();
    for active in ["<script", "<img", "<iframe", "<b>"] {
        assert!(!lower.contains(active), "{active} reached the page unescaped:\n{page}");
    }
    // The markup is still there for the reader, as text (the page's own tags removed: marks may
    // split it).
    let mut text = String::new();
    let mut in_tag = false;
    for c in page.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    for escaped in [
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
        "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;",
        "&lt;iframe src=javascript:alert(2)&gt;",
        "&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;.txt",
    ] {
        assert!(text.contains(escaped), "{escaped} missing from the page's text:\n{text}");
    }
    // No attribute of any element is an event handler: every `onerror=` is inside escaped text.
    for (i, _) in lower.match_indices("onerror=") {
        let before = &lower[..i];
        let tag_open = before.rfind('<');
        let tag_close = before.rfind('>');
        assert!(tag_open <= tag_close, "onerror= inside a tag at byte {i}:\n{page}");
    }
    // And the page forbids script outright.
    assert!(page.contains("Content-Security-Policy\" content=\"default-src 'none'"));
}

#[test]
fn hostile_article_still_gets_its_marks_and_finding() {
    let page = hostile_html();
    // The conflicting figure in the hostile article is marked and linked from the findings.
    assert!(page.contains("data-kind=\"numeric-conflict\""), "{page}");
    assert!(page.contains("<mark id=\"d0-"), "{page}");
}

#[test]
fn report_command_writes_html_md_and_claimreview() {
    let dir = util::scratch("report-cmd");
    let a = util::write(&dir, "a.txt", HOSTILE.as_bytes());
    let b = util::write(&dir, "b.txt", b"Officials in Varnholt said 150,000 troops were deployed near the border.");
    let out = dir.join("out.html");
    let bin = env!("CARGO_BIN_EXE_claimlint");
    let o = Command::new(bin).args(["report", &a, &b, "-o"]).arg(&out).output().expect("run");
    assert_eq!(o.status.code(), Some(0), "{}", util::stderr(&o));
    let page = std::fs::read_to_string(&out).expect("report written");
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(!page.to_ascii_lowercase().contains("<script"), "{page}");
    assert!(page.contains("id=\"graph\""));

    let o = Command::new(bin).args(["report", &a, &b, "--format", "md"]).output().expect("run");
    assert_eq!(o.status.code(), Some(0), "{}", util::stderr(&o));
    assert!(util::stdout(&o).starts_with("# Fact-check report"), "{}", util::stdout(&o));

    let o = Command::new(bin).args(["report", &a, &b, "--format", "claimreview", "-o", "-"]).output().expect("run");
    assert_eq!(o.status.code(), Some(0), "{}", util::stderr(&o));
    let v = util::json(&o);
    assert_eq!(v["@context"], "https://schema.org");
    let reviews = v["@graph"].as_array().expect("@graph");
    let review = reviews.iter().find(|r| r["reviewRating"]["alternateName"] == "Conflicting figures").expect("review");
    assert_eq!(review["@type"], "ClaimReview");
    assert_eq!(review["itemReviewed"]["appearance"].as_array().map(Vec::len), Some(2), "{review}");
    assert!(review["claimReviewed"].as_str().is_some_and(|c| c.contains("000")), "{review}");
}

#[test]
fn report_says_plainly_when_graphviz_is_missing() {
    let dir = util::scratch("no-dot");
    let a = util::write(&dir, "a.txt", b"Officials in Varnholt said 80,000 troops were deployed near the border.");
    let o = Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .args(["report", &a])
        .env("PATH", dir.join("empty-bin"))
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(0), "{}", util::stderr(&o));
    let page = util::stdout(&o);
    assert!(!page.contains("<svg"), "no Graphviz, yet an SVG");
    let missing = page.find("class=\"graph-missing\"").expect("a note where the picture would be");
    assert!(page[missing..].contains("Graphviz is not installed"), "{}", &page[missing..]);
}

#[test]
fn graph_command_json_has_conflict_edges_between_figures() {
    let dir = util::scratch("graph-cmd");
    let a = util::write(&dir, "a.txt", b"Officials in Varnholt said 80,000 troops were deployed near the border.");
    let b = util::write(&dir, "b.txt", b"Officials in Varnholt said 150,000 troops were deployed near the border.");
    let o = Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .args(["graph", &a, &b, "--format", "json"])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(0), "{}", util::stderr(&o));
    let v = util::json(&o);
    let nodes = v["nodes"].as_array().expect("nodes");
    let kind_of = |id: &str| nodes.iter().find(|n| n["id"] == id).map(|n| n["kind"].as_str().unwrap_or("").to_string());
    let conflict =
        v["edges"].as_array().expect("edges").iter().find(|e| e["kind"] == "conflict").expect("a conflict edge");
    assert_eq!(conflict["finding"], "numeric-conflict");
    for end in ["source", "target"] {
        assert_eq!(kind_of(conflict[end].as_str().expect("id")).as_deref(), Some("figure"), "{conflict}");
    }
}

// ---- headless Chromium over the seed corpus ---------------------------------------------------

/// The seed corpus: `CLAIMLINT_SEEDS`, else `../shared/seeds` next to the project.
fn seeds() -> PathBuf {
    std::env::var_os("CLAIMLINT_SEEDS").map_or_else(|| root().join("../shared/seeds"), PathBuf::from)
}

fn chromium(args: &[&str], url: &str) -> std::process::Output {
    let browser = std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".to_string());
    Command::new(&browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        .args(args)
        .arg(url)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {browser} (install Debian `chromium` or set CHROMIUM): {e}"))
}

/// The value of attribute `name` in the tag that starts at `tag` (the DOM as Chromium serialises it:
/// double-quoted attributes).
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let end = tag.find('>').unwrap_or(tag.len());
    let head = &tag[..end];
    let key = format!(" {name}=\"");
    let i = head.find(&key)? + key.len();
    Some(&head[i..i + head[i..].find('"')?])
}

/// The article section (`doc-N`) each position of the page falls in.
fn section_at(sections: &[(usize, String)], pos: usize) -> Option<&str> {
    sections.iter().rev().find(|(start, _)| *start <= pos).map(|(_, id)| id.as_str())
}

#[test]
#[ignore = "needs Debian chromium and the seed corpus; .ci/run runs it"]
fn seed_report_in_headless_chromium() {
    let seeds = seeds();
    if !seeds.is_dir() {
        eprintln!("skipped: no seed corpus at {} (set CLAIMLINT_SEEDS to its folder)", seeds.display());
        return;
    }
    let target = root().join("target");
    std::fs::create_dir_all(&target).expect("target dir");
    let page = target.join("report.html");
    let o = Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .arg("report")
        .arg(&seeds)
        .arg("-o")
        .arg(&page)
        .output()
        .expect("run claimlint");
    assert_eq!(o.status.code(), Some(0), "{}", util::stderr(&o));
    let url = format!("file://{}", page.canonicalize().expect("report written").display());

    let shot = target.join("report.png");
    let _ = std::fs::remove_file(&shot);
    let o = chromium(&[&format!("--screenshot={}", shot.display()), "--window-size=1280,4000"], &url);
    assert!(o.status.success(), "screenshot failed: {}", util::stderr(&o));
    assert!(std::fs::metadata(&shot).is_ok_and(|m| m.len() > 10_000), "no screenshot at {}", shot.display());

    let o = chromium(&["--dump-dom"], &url);
    assert!(o.status.success(), "dump-dom failed: {}", util::stderr(&o));
    let dom = util::stdout(&o);
    assert!(dom.contains("id=\"summary\""), "not the report:\n{dom}");
    let have_dot = Command::new("dot").arg("-V").output().is_ok_and(|o| o.status.success());
    let graph = &dom[dom.find("<section id=\"graph\"").expect("graph section")..];
    let graph = &graph[..graph.find("</section>").expect("end")];
    if have_dot {
        assert!(graph.contains("<svg"), "Graphviz is installed but the graph is not drawn:\n{graph}");
    } else {
        assert!(graph.contains("graph-missing"), "{graph}");
    }

    // Every element id in the DOM, with the article section it sits in.
    let sections: Vec<(usize, String)> = dom
        .match_indices("<section class=\"article\"")
        .map(|(i, _)| (i, attr(&dom[i..], "id").expect("section id").to_string()))
        .collect();
    assert!(sections.len() >= 3, "expected one section per article, got {}", sections.len());
    let mut ids: BTreeMap<&str, (usize, &str)> = BTreeMap::new(); // id -> (position, tag start)
    for (i, _) in dom.match_indices(" id=\"") {
        let tag_start = dom[..i].rfind('<').expect("inside a tag");
        if let Some(id) = attr(&dom[tag_start..], "id") {
            ids.insert(id, (tag_start, &dom[tag_start..]));
        }
    }

    // An attribution conflict between two spellings: links to two speaker marks written differently,
    // both inside article sections.
    let findings_start = dom.find("<section id=\"findings\"").expect("findings section");
    let findings_end = findings_start + dom[findings_start..].find("</section>").expect("end");
    let mut found = false;
    for (i, _) in dom[findings_start..findings_end].match_indices("data-kind=\"attribution-conflict\"") {
        let at = findings_start + i;
        let item = &dom[at..at + dom[at..].find("</ul>").expect("label list")];
        let mut speakers: BTreeSet<String> = BTreeSet::new();
        for (j, _) in item.match_indices("<a class=\"span-link\"") {
            let href = attr(&item[j..], "href").expect("href");
            let id = href.strip_prefix('#').expect("an anchor");
            let (pos, tag) = ids.get(id).unwrap_or_else(|| panic!("link #{id} resolves to no element"));
            assert!(tag.starts_with("<mark"), "#{id} is not a marked span: {}", &tag[..80.min(tag.len())]);
            let section = section_at(&sections, *pos).unwrap_or_else(|| panic!("#{id} is outside the articles"));
            if attr(tag, "class").is_some_and(|c| c.split(' ').any(|c| c == "speaker")) {
                let close = tag.find('>').expect("tag end") + 1;
                let text: String = tag[close..].chars().take_while(|&c| c != '<').collect();
                speakers.insert(format!("{section}:{text}"));
            }
        }
        let spellings: BTreeSet<&str> = speakers.iter().filter_map(|s| s.split(':').nth(1)).collect();
        if spellings.len() >= 2 {
            found = true;
            eprintln!("attribution conflict links speaker spans {speakers:?}");
        }
    }
    assert!(found, "no attribution-conflict finding links two differently written speaker spans");

    // A measure with at least four figures from at least three documents, each linked to its span.
    let mut measures: Vec<(usize, usize)> = Vec::new();
    for (i, _) in dom.match_indices("<table class=\"measure") {
        let table = &dom[i..i + dom[i..].find("</table>").expect("table end")];
        let mut figures = 0;
        let mut docs = BTreeSet::new();
        for (j, _) in table.match_indices("<tr class=\"figure") {
            figures += 1;
            docs.insert(attr(&table[j..], "data-doc").expect("data-doc"));
            let link = j + table[j..].find("<a ").expect("figure link");
            let href = attr(&table[link..], "href").expect("figure href");
            let id = href.trim_start_matches('#');
            let (pos, _) = ids.get(id).unwrap_or_else(|| panic!("figure link #{id} resolves to no element"));
            assert!(section_at(&sections, *pos).is_some(), "figure #{id} is outside the articles");
        }
        measures.push((figures, docs.len()));
    }
    assert!(
        measures.iter().any(|&(figures, docs)| figures >= 4 && docs >= 3),
        "no measure with four figures from three documents; (figures, documents) per measure: {measures:?}"
    );
    eprintln!("screenshot: {}", shot.display());
}
