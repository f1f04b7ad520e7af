//! Runs the real binary on hostile input: odd line ends and scripts, quote floods, empty corpora,
//! alias bombs, bad regexes, broken JSONL and very long lines. Every run must finish, must not
//! panic, and must end with a clear outcome.
// Test helpers outside `#[test]` functions: a failed `expect` there is a failed test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod util;

use serde_json::Value;
use std::io::Read;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};
use util::{json, root, scratch, stderr, stdout, write};

/// Every run must finish well within this (debug builds included).
const LIMIT: Duration = Duration::from_secs(60);

/// Runs the binary with a time limit; a run that outlives it is killed and fails the test.
#[track_caller]
fn run(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .current_dir(root())
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // Drain the pipes on threads so a large output cannot block the child.
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out.read_to_end(&mut b);
        b
    });
    let err_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err.read_to_end(&mut b);
        b
    });
    let started = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if started.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("claimlint {args:?} did not finish within {LIMIT:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let o = Output { status, stdout: out_t.join().expect("stdout"), stderr: err_t.join().expect("stderr") };
    assert_sane(&o);
    o
}

/// No panic, and an exit code the tool documents.
#[track_caller]
fn assert_sane(o: &Output) {
    let err = stderr(o);
    assert!(!err.contains("panicked"), "the binary panicked:\n{err}");
    assert!(matches!(o.status.code(), Some(0..=2)), "exit {:?}; stderr:\n{err}", o.status);
}

fn arr(v: &Value) -> &Vec<Value> {
    v.as_array().expect("array")
}

fn at(v: &Value, key: &str) -> usize {
    v[key].as_u64().unwrap_or_else(|| panic!("{key} is not an offset: {v}")) as usize
}

/// Every span in an `extract --format json` document slices the file's text on char boundaries,
/// and its `text` is exactly those bytes. Returns how many spans were checked.
#[track_caller]
fn check_extract_spans(doc: &Value, text: &str) -> usize {
    let mut n = 0;
    for (list, pairs) in [
        ("figures", &[("start", "end")][..]),
        ("people", &[("start", "end")][..]),
        ("quotes", &[("start", "end"), ("speaker_start", "speaker_end")][..]),
    ] {
        for item in arr(&doc[list]) {
            for (s, e) in pairs {
                if item[*s].is_null() {
                    continue;
                }
                let (s, e) = (at(item, s), at(item, e));
                let slice =
                    text.get(s..e).unwrap_or_else(|| panic!("{list} span {s}..{e} is not on char boundaries: {item}"));
                if item["start"].as_u64() == Some(s as u64) && item["end"].as_u64() == Some(e as u64) {
                    assert_eq!(slice, item["text"].as_str().expect("text"), "{list} text at {s}..{e}");
                }
                n += 1;
            }
        }
    }
    n
}

/// Every label of a `check --format json` run points at its own bytes in its file.
#[track_caller]
fn check_labels(v: &Value) -> usize {
    let mut n = 0;
    for f in arr(&v["findings"]) {
        for l in arr(&f["labels"]) {
            let path = l["path"].as_str().expect("path");
            let text = std::fs::read_to_string(root().join(path)).expect("labelled file exists");
            let (s, e) = (at(l, "start"), at(l, "end"));
            let slice = text.get(s..e).unwrap_or_else(|| panic!("label {s}..{e} not on char boundaries in {path}"));
            assert_eq!(slice, l["text"].as_str().expect("text"), "label text in {path}");
            n += 1;
        }
    }
    n
}

#[test]
fn crlf_line_ends_keep_spans_on_the_right_bytes() {
    let dir = scratch("crlf");
    let mut paths = Vec::new();
    for e in std::fs::read_dir(root().join("corpus")).expect("corpus") {
        let p = e.expect("entry").path();
        if p.extension().is_some_and(|x| x == "md") {
            let text = std::fs::read_to_string(&p).expect("read").replace("\r\n", "\n").replace('\n', "\r\n");
            let name = p.file_name().expect("name").to_string_lossy().into_owned();
            paths.push(write(&dir, &name, text.as_bytes()));
        }
    }
    paths.sort();
    assert!(paths.len() >= 8, "the sample corpus is there");
    let mut args = vec!["check", "--format", "json"];
    args.extend(paths.iter().map(String::as_str));
    let o = run(&args);
    assert_eq!(o.status.code(), Some(1), "the CRLF corpus still has findings; stderr: {}", stderr(&o));
    let v = json(&o);
    let kinds: Vec<&str> = arr(&v["findings"]).iter().filter_map(|f| f["kind"].as_str()).collect();
    for want in ["numeric-conflict", "misspelling", "name-variant"] {
        assert!(kinds.contains(&want), "no {want} finding in the CRLF corpus: {kinds:?}");
    }
    assert!(check_labels(&v) > 0);
    // Front matter is still read with CRLF line ends.
    let o = run(&["extract", "--format", "json", &paths[2]]);
    let v = json(&o);
    let d = &v["documents"][0];
    assert_eq!(d["published_source"], "front_matter", "{d}");
    let text = std::fs::read_to_string(&paths[2]).expect("read");
    assert!(check_extract_spans(d, &text) > 0);
    // Short format: line and column point into the CRLF file.
    let o = run(&["check", "--format", "short", &paths[6]]);
    let line = stdout(&o).lines().next().map(str::to_string).expect("a finding");
    let mut parts = line.splitn(4, ':');
    let (_, l, c) = (parts.next(), parts.next().expect("line"), parts.next().expect("column"));
    let (l, c): (usize, usize) = (l.parse().expect("line"), c.parse().expect("column"));
    let text = std::fs::read_to_string(&paths[6]).expect("read");
    let line_text = text.split('\n').nth(l - 1).expect("line exists");
    assert!(c <= line_text.len(), "column {c} inside line {l}: {line_text:?}");
}

#[test]
fn right_to_left_and_combining_characters_keep_spans_on_char_boundaries() {
    let dir = scratch("rtl");
    let text = concat!(
        "\u{200F}قال وزير الخارجية \u{202B}Ansel Prewitt\u{202C} إن 1,000 جندي\u{200F}.\n\n",
        "Harbour chief Ansel Prewit\u{200E} said \u{201C}\u{05E9}\u{05DC}\u{05D5}\u{05DD} we will send ",
        "150,000 crates\u{201D} on Monday.\n\n",
        "Mayor Li\u{0301}nda Ca\u{0300}stellano\u{0301} said \"more than 3\u{0301},500 people were killed\u{0327}\" ",
        "in the attack on Tuesday.\n\n",
        "\u{202E}General Oskar Dalvane\u{202C} said ١٠٠ and \u{0661}\u{0662} troops and 2\u{20E3}00 \u{200D}tanks ",
        "were \u{2067}deployed\u{2069}. \u{05D0}\u{05B8} \"\u{05E9}\u{05B8}\u{05DC}\u{05D5}\u{05B9}\u{05DD}\" ",
        "said Edda Varnholt\u{0308}\u{0308}\u{0308}.\n\n",
        "\u{0301}\u{0301}Tomas Quillfeather\u{0301} said 40\u{0301}\u{0301} percent\u{0301}, and e\u{0301}\u{0301}\u{0301}\n",
    );
    let path = write(&dir, "rtl.txt", text.as_bytes());
    let o = run(&["extract", "--format", "json", &path]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&o);
    let d = &v["documents"][0];
    let n = check_extract_spans(d, text);
    assert!(n >= 3, "names, figures and quotes are still found among RTL and combining marks: {d}");
    assert!(!arr(&d["figures"]).is_empty(), "figures found: {d}");
    assert!(!arr(&d["people"]).is_empty(), "people found: {d}");
    let o = run(&["check", "--format", "json", "--fail-level", "info", &path]);
    let v = json(&o);
    check_labels(&v);
    // The human renderer must cope with the same text.
    let o = run(&["check", &path]);
    assert!(o.status.code() != Some(2), "{}", stderr(&o));
}

#[test]
fn a_hundred_thousand_straight_quotes() {
    let dir = scratch("quotes-flood");
    let mut text = String::from("Officials said ");
    for i in 0..100_000 {
        text.push('"');
        if i % 7 == 0 {
            text.push_str("word ");
        }
    }
    text.push_str(" on Monday.\n");
    let path = write(&dir, "flood.txt", text.as_bytes());
    let o = run(&["extract", "--format", "json", &path]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&o);
    check_extract_spans(&v["documents"][0], &text);
    let o = run(&["check", "--format", "json", &path]);
    assert_eq!(o.status.code(), Some(0), "one document has nothing to conflict with: {}", stderr(&o));
}

#[test]
fn deeply_nested_and_unbalanced_quotes() {
    let dir = scratch("quotes-nested");
    let depth = 5_000;
    let mut text = String::from("Mayor Linda Castellano said ");
    for i in 0..depth {
        text.push_str(if i % 2 == 0 { "\u{201C}" } else { "\u{2018}" });
        text.push_str("we ");
    }
    text.push_str("will rebuild 40 bridges");
    for i in (0..depth).rev() {
        text.push_str(if i % 2 == 0 { "\u{201D}" } else { "\u{2019}" });
    }
    text.push_str(" on Monday.\n\n");
    // Closing marks with no opening, mixed straight singles and apostrophes.
    text.push_str(&"\u{201D}\u{2019}'".repeat(2_000));
    text.push_str("\n\nHe said \"this never ends, and 12 people were hurt");
    let path = write(&dir, "nested.txt", text.as_bytes());
    let o = run(&["extract", "--format", "json", &path]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json(&o);
    let d = &v["documents"][0];
    check_extract_spans(d, &text);
    for q in arr(&d["quotes"]) {
        assert!(at(q, "end") <= text.len() && at(q, "start") < at(q, "end"), "quote span inside the text: {q}");
    }
    let o = run(&["check", "--format", "json", &path]);
    json(&o);

    // An unbalanced quote as the very last byte of the file.
    for tail in ["\"", "\u{201C}", "\u{2018}", "'"] {
        let t = format!("Ansel Prewitt said on Friday that 30 people were arrested. He added {tail}");
        let p = write(&dir, "tail.txt", t.as_bytes());
        let o = run(&["extract", "--format", "json", &p]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        check_extract_spans(&json(&o)["documents"][0], &t);
    }
}

#[test]
fn empty_directory_as_corpus() {
    let dir = scratch("empty-dir");
    let d = dir.display().to_string();
    let o = run(&["check", &d]);
    assert_eq!(o.status.code(), Some(0), "nothing failed, there was just nothing to check: {}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("no documents found"), "a clear message: {err}");
    assert!(err.contains(&d), "the message names the directory: {err}");
    assert!(stdout(&o).is_empty(), "{}", stdout(&o));
    // A directory with only files claimlint does not read says the same.
    write(&dir, "notes.pdf", b"%PDF-1.4");
    let o = run(&["check", &d, "--format", "json"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stderr(&o).contains("no documents found"), "{}", stderr(&o));
    // A directory whose only file is unreadable is a tool failure.
    write(&dir, "empty.txt", b"");
    let o = run(&["check", &d]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("empty file"), "{}", stderr(&o));
}

/// A rule file whose aliases would expand to `2^levels` nodes.
fn alias_bomb(levels: usize, per_level: usize) -> String {
    let mut t = String::from("id: bomb\nseverity: error\ncheck:\n  kind: figure-agreement\n  params: {}\n");
    t.push_str("message: m\nl0: &l0 [\"lol\", \"lol\"]\n");
    for i in 1..=levels {
        let refs = vec![format!("*l{}", i - 1); per_level].join(", ");
        t.push_str(&format!("l{i}: &l{i} [{refs}]\n"));
    }
    t
}

#[test]
fn yaml_alias_bomb_in_a_rules_folder_is_refused() {
    // The classic "billion laughs", and a narrow deep one with few aliases per level, both placed
    // where the decoder reads them: under `examples`, `docs` and as unknown keys.
    let cases = [
        ("classic", alias_bomb(9, 10)),
        ("deep", alias_bomb(30, 2)),
        ("deep-nested", {
            let mut t = String::from("x: &a0 [\"lol\", \"lol\"]\n");
            for i in 1..=40 {
                t.push_str(&format!("x{i}: &a{i} [*a{0}, *a{0}]\n", i - 1));
            }
            t.push_str("id: bomb\nseverity: error\ncheck:\n  kind: figure-agreement\n  params: *a40\nmessage: m\n");
            t
        }),
        ("examples", {
            let mut t = String::new();
            t.push_str("id: bomb\nseverity: error\ncheck:\n  kind: figure-agreement\n  params: {}\nmessage: m\n");
            t.push_str("docs: &d0 \"lol\"\nexamples:\n  bad:\n");
            t.push_str("    - &e0 [\"lol\", \"lol\"]\n");
            for i in 1..=30 {
                t.push_str(&format!("    - &e{i} [*e{0}, *e{0}]\n", i - 1));
            }
            t
        }),
    ];
    for (name, yaml) in cases {
        let dir = scratch(&format!("bomb-{name}"));
        write(&dir, "bomb.yaml", yaml.as_bytes());
        let started = Instant::now();
        let o = run(&["check", "corpus/clean", "--rules", &dir.display().to_string()]);
        assert_eq!(o.status.code(), Some(2), "{name}: refused; stderr: {}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains("bomb.yaml"), "{name}: the message names the file: {err}");
        assert!(started.elapsed() < Duration::from_secs(20), "{name}: refused quickly");
    }
    // The same bomb as knowledge.
    let dir = scratch("bomb-knowledge");
    let mut t = String::from("x0: &a0 [\"Lol\", \"Lol\"]\n");
    for i in 1..=40 {
        t.push_str(&format!("x{i}: &a{i} [*a{0}, *a{0}]\n", i - 1));
    }
    write(&dir, "knowledge/gazetteer.yaml", t.as_bytes());
    let o = run(&["check", "corpus/clean", "--rules", &dir.display().to_string()]);
    assert_eq!(o.status.code(), Some(2), "stderr: {}", stderr(&o));
    assert!(stderr(&o).contains("gazetteer.yaml"), "{}", stderr(&o));
}

#[test]
fn invalid_furniture_regex_is_refused_with_its_file() {
    let dir = scratch("bad-regex");
    write(&dir, "knowledge/furniture.yaml", b"line:\n  - \"^Share this\"\n  - \"(unclosed [group\"\ntail: []\n");
    let o = run(&["check", "corpus/clean", "--rules", &dir.display().to_string()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("furniture.yaml"), "the message names the file: {err}");
    assert!(err.contains("regex parse error"), "{err}");
    assert!(stdout(&o).is_empty(), "no output from a refused run: {}", stdout(&o));
    // A pattern that compiles but is too big to build is refused the same way.
    write(&dir, "knowledge/furniture.yaml", b"line:\n  - \"(\\\\w{1000}){1000}\"\n");
    let o = run(&["check", "corpus/clean", "--rules", &dir.display().to_string()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("furniture.yaml"), "{}", stderr(&o));
}

#[test]
fn broken_jsonl_lines_are_reported_with_line_numbers() {
    let dir = scratch("jsonl");
    let lines = [
        r#"{"id":"one","text":"Officials in Norvik said 80,000 troops were deployed near the border.","published":"2021-05-06"}"#,
        r#"[1, 2, 3]"#,
        r#""just a string""#,
        r#"{"id":"no-text","title":"Missing"}"#,
        r#"{"id":"bad-date","text":"Edda Varnholt spoke on Monday.","published":"last Tuesday"}"#,
        r#"{"id":"num-date","text":"Oskar Dalvane spoke on Monday.","published":20210506}"#,
        r#"{"id":"text-num","text":42}"#,
        "",
        r#"{"id":"last","text":"Officials in Norvik said 150,000 troops were deployed near the border.","published":"2021-05-07"}"#,
    ];
    let path = write(&dir, "c.jsonl", lines.join("\n").as_bytes());
    let o = run(&["extract", "--format", "json", &path]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("c.jsonl:2: not a JSON object"), "{err}");
    assert!(err.contains("c.jsonl:3: not a JSON object"), "{err}");
    assert!(err.contains("c.jsonl:4: no `text` string"), "{err}");
    assert!(
        err.contains("c.jsonl:5: warning: `published` is not a date")
            || err.contains("c.jsonl:5: `published` is not a date"),
        "{err}"
    );
    assert!(err.contains("c.jsonl:6:") && err.contains("published"), "a numeric date is reported: {err}");
    assert!(err.contains("c.jsonl:7: no `text` string"), "{err}");
    let v = json(&o);
    let ids: Vec<&str> = arr(&v["documents"]).iter().filter_map(|d| d["id"].as_str()).collect();
    assert_eq!(ids, ["one", "bad-date", "num-date", "last"], "the valid lines are still read");
    let bad = &arr(&v["documents"])[1];
    assert!(bad["published"].is_null(), "{bad}");
    let o = run(&["check", "--format", "json", &path]);
    assert_eq!(o.status.code(), Some(1), "the conflicting troop figures are still found: {}", stderr(&o));
    assert_eq!(json(&o)["summary"]["documents"], 4);
}

fn long_line(bytes: usize) -> String {
    let sentences = [
        "Officials said 1,000 sheep were moved near the river on Monday, ",
        "and Harbour chief Ansel Prewitt said \"we will not accept this\" on Tuesday; ",
        "more than 12,000 homes were flooded, ",
        "\u{201C}the repair is slow\u{201D}, said Mayor Edda Varnholt, ",
        "while 2,000 to 2,500 sheep were moved and about $300 million was pledged; ",
    ];
    let mut t = String::with_capacity(bytes + 200);
    let mut i = 0;
    while t.len() < bytes {
        t.push_str(sentences[i % sentences.len()]);
        i += 1;
    }
    t.push_str("and that was all.");
    t
}

fn run_long_line(bytes: usize) {
    let dir = scratch(&format!("long-{bytes}"));
    let text = long_line(bytes);
    assert!(!text.contains('\n'));
    let path = write(&dir, "long.txt", text.as_bytes());
    let o = run(&["check", "--format", "json", "--fail-level", "info", &path]);
    let v = json(&o);
    assert_eq!(v["summary"]["documents"], 1);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    check_labels(&v);
}

/// 5 MB on one line in release builds (`.ci/run` runs this file in release too); 2 MB in debug
/// builds, where the 5 MB line needs most of the hang guard's minute on a loaded two-core machine.
#[test]
fn megabytes_on_a_single_line() {
    run_long_line(if cfg!(debug_assertions) { 2 << 20 } else { 5 << 20 });
}

/// 50 MB on one line: about 25 s and 1.8 GB (the claims: a figure every 70 bytes) in a release
/// build on two cores; `.ci/run` runs it on its own, in release.
#[test]
#[ignore = "50 MB: slow in debug builds; run with --ignored"]
fn fifty_megabyte_single_line() {
    run_long_line(50 << 20);
}

#[test]
fn max_file_size_skips_larger_files_and_reads_the_rest() {
    let dir = scratch("max-size");
    let big = "Harbour chief Ansel Prewitt said 40 boats were lost in Kestrel Bay on Monday.\n".repeat(30);
    let big = write(&dir, "big.txt", big.as_bytes());
    let small = write(&dir, "small.txt", b"Harbour chief Ansel Prewit said 45 boats were lost in Kestrel Bay.\n");
    let d = dir.display().to_string();
    for cmd in ["check", "extract"] {
        let o = run(&[cmd, "--format", "json", "--max-file-size", "1000", &d]);
        let err = stderr(&o);
        assert!(err.contains(&format!("{big}: 2340 bytes, over --max-file-size 1000: skipped")), "{cmd}: {err}");
        assert!(!err.contains("small.txt"), "{cmd}: {err}");
        let v = json(&o);
        if cmd == "check" {
            assert_eq!(v["summary"]["documents"], 1, "{cmd}: the small file is still read");
        } else {
            let ids: Vec<&str> = arr(&v["documents"]).iter().filter_map(|d| d["id"].as_str()).collect();
            assert_eq!(ids, [small.as_str()], "{cmd}: the small file is still read");
        }
    }
    // The limit is inclusive, and without the flag both files are read.
    let o = run(&["extract", "--format", "json", "--max-file-size", "2340", &big]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(&["check", "--format", "json", &d]);
    assert_eq!(json(&o)["summary"]["documents"], 2, "{}", stderr(&o));
    // When every input is too large, nothing could be read: the tool failed.
    let o = run(&["check", "--max-file-size", "10", &big]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("no readable documents"), "{}", stderr(&o));
    // Standard input has the same limit.
    let stdin = |max: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_claimlint"))
            .args(["extract", "--format", "json", "--max-file-size", max, "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        let mut input = child.stdin.take().expect("stdin");
        let text = "Harbour chief Ansel Prewitt said 40 boats were lost.\n".repeat(100);
        let writer = std::thread::spawn(move || std::io::Write::write_all(&mut input, text.as_bytes()));
        let o = child.wait_with_output().expect("output");
        let _ = writer.join();
        assert_sane(&o);
        o
    };
    let o = stdin("100");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("-: more than 100 bytes, over --max-file-size 100: skipped"), "{}", stderr(&o));
    let o = stdin("100000");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(arr(&json(&o)["documents"]).len(), 1);
}

#[test]
fn invalid_utf8_is_read_lossily_with_spans_on_the_decoded_text() {
    let dir = scratch("latin1");
    // Latin-1 bytes, a truncated sequence and a lone continuation byte around and inside claims.
    let mut bytes = b"Harbour chief Ansel Pr\xe9witt said 40 boats were lost in K\xc3stel Bay on Monday.\n\n".to_vec();
    bytes.extend_from_slice(b"\x80\"We counted 45 boats,\" said Ansel Prewitt \xf0\x9f\x98 on Tuesday.\n");
    let path = write(&dir, "latin1.txt", &bytes);
    let o = run(&["extract", "--format", "json", &path]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("warning: ") && err.contains("latin1.txt: invalid UTF-8 at byte 22 (line 1)"), "{err}");
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let v = json(&o);
    let d = &v["documents"][0];
    assert!(check_extract_spans(d, &text) >= 3, "figures, quotes and people still found: {d}");
    let figures: Vec<&str> = arr(&d["figures"]).iter().filter_map(|f| f["text"].as_str()).collect();
    assert!(figures.iter().any(|f| f.starts_with("45")), "a figure after the bad bytes: {figures:?}");
}
