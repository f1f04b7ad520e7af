//! Baseline round trip through the real binary: reviewed findings stay quiet when the copy around
//! them is edited, and come back when the claim itself changes.
// Helpers outside `#[test]` functions: a failed `expect` there is a failed test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod util;

use std::process::{Command, Output};
use util::{json, scratch, stderr, stdout, write};

#[track_caller]
fn run(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimlint")).current_dir(dir).args(args).output().expect("the binary runs")
}

const FIRST: &str = "---\npublished: 2023-03-02\n---\nHARBOURTON - Officials in Norvik said 80,000 troops were \
                     deployed near the border on Thursday.\n\nThe ferry service to the islands was suspended.\n";
const SECOND: &str = "---\npublished: 2023-03-02\n---\nHARBOURTON - Officials in Norvik said 150,000 troops were \
                      deployed near the border on Thursday.\n";

fn rules(o: &Output) -> Vec<String> {
    json(o)["findings"].as_array().expect("findings").iter().map(|f| f["rule"].as_str().unwrap_or("").into()).collect()
}

#[test]
fn baseline_round_trip() {
    let dir = scratch("baseline");
    write(&dir, "copy/a.md", FIRST.as_bytes());
    write(&dir, "copy/b.md", SECOND.as_bytes());
    let o = run(&dir, &["check", "copy", "--format", "json"]);
    assert!(rules(&o).contains(&"conflicting-figures".to_string()), "{}", stdout(&o));
    assert_eq!(o.status.code(), Some(1));

    let o = run(&dir, &["check", "copy", "--write-baseline", "reviewed.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(dir.join("reviewed.json")).expect("baseline written");
    assert!(text.contains("\"rule\": \"conflicting-figures\""), "{text}");
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .expect("dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file is left behind");

    let o = run(&dir, &["check", "copy", "--format", "json", "--baseline", "reviewed.json"]);
    assert_eq!(rules(&o), Vec::<String>::new());
    assert_eq!(o.status.code(), Some(0));

    // An unrelated paragraph added above the figure moves it by two lines: still reviewed.
    let edited = FIRST
        .replace("HARBOURTON", "The council met on Wednesday evening to discuss the harbour budget.\n\nHARBOURTON");
    write(&dir, "copy/a.md", edited.as_bytes());
    let o = run(&dir, &["check", "copy", "--format", "json", "--baseline", "reviewed.json"]);
    assert_eq!(rules(&o), Vec::<String>::new(), "{}", stdout(&o));
    assert!(!stderr(&o).contains("match no finding"), "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(0));

    // A changed figure is a new claim: its finding comes back and the old entry is reported stale.
    write(&dir, "copy/a.md", edited.replace("80,000", "90,000").as_bytes());
    let o = run(&dir, &["check", "copy", "--format", "json", "--baseline", "reviewed.json"]);
    assert!(rules(&o).contains(&"conflicting-figures".to_string()), "{}", stdout(&o));
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("match no finding now"), "{}", stderr(&o));
}

#[test]
fn broken_baseline_is_a_located_tool_failure() {
    let dir = scratch("baseline-bad");
    write(&dir, "a.md", FIRST.as_bytes());
    write(&dir, "bad.json", b"{\"version\": 1,\n\"findings\": [ oops ]}\n");
    let o = run(&dir, &["check", "a.md", "--baseline", "bad.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("baseline bad.json:2:"), "{}", stderr(&o));
}
