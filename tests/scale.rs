//! The commands for archives and map-reduce runs, run as a user would: `extract --format jsonl` piped
//! into `reduce` gives the findings of `check`; `archive add` then `check --against` finds a draft's
//! conflicts with archived coverage; re-adding a changed document replaces its claims; bad records
//! and missing archives are located errors.
// Helpers outside `#[test]` functions: a failed `expect` there is a failed test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod util;

use std::io::Write;
use std::process::{Command, Output, Stdio};
use util::{json, root, scratch, stderr, stdout, write};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimlint")).args(args).current_dir(root()).output().expect("runs")
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlint"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    child.stdin.take().expect("stdin").write_all(input).expect("writes");
    child.wait_with_output().expect("runs")
}

fn article(date: &str, toll: &str, quote: &str, speaker: &str) -> String {
    format!(
        "---\npublished: {date}\n---\n\nEmergency services director Anselm Quarrie said {toll} people were killed \
         in the landslide near Pellworth on Monday.\n\n\u{201c}{quote},\u{201d} {speaker} said.\n"
    )
}

#[test]
fn reduce_over_shuffled_records_gives_the_findings_of_check() {
    let check = run(&["check", "--format", "json", "corpus/"]);
    let records = run(&["extract", "--format", "jsonl", "corpus/"]);
    assert_eq!(records.status.code(), Some(0), "{}", stderr(&records));
    let text = stdout(&records);
    let mut lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() > 3);
    lines.reverse();
    // A retried map task sends a record twice; it must count once.
    let first = lines[0].to_string();
    lines.push(&first);
    let input = lines.join("\n") + "\n";
    let reduced = run_with_stdin(&["reduce", "--format", "json"], input.as_bytes());
    assert_eq!(stdout(&reduced), stdout(&check), "{}", stderr(&reduced));
    assert!(!json(&check)["findings"].as_array().expect("findings").is_empty());
    assert_eq!(reduced.status.code(), check.status.code());
}

#[test]
fn reduce_reports_bad_lines_and_goes_on() {
    let records = run(&["extract", "--format", "jsonl", "corpus/03-conflicting-troop-figure.md"]);
    let input = format!("{{\"id\": \"x\"}}\nnot json\n{}", stdout(&records));
    let o = run_with_stdin(&["reduce", "--format", "short"], input.as_bytes());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("-:1: no `claims` object"), "{}", stderr(&o));
    assert!(stderr(&o).contains("-:2: "), "{}", stderr(&o));
    let empty = run_with_stdin(&["reduce"], b"");
    assert_eq!(empty.status.code(), Some(2));
    assert!(stderr(&empty).contains("no claim records"), "{}", stderr(&empty));
}

#[test]
fn archive_finds_a_drafts_conflicts_and_replaces_changed_documents() {
    let dir = scratch("archive");
    let db = dir.join("archive.db").display().to_string();
    let quote = "We will reopen the valley road before the first snow";
    let a = write(&dir, "coverage/a.md", article("2023-02-06", "31", quote, "Quarrie").as_bytes());
    write(
        &dir,
        "coverage/b.md",
        article("2023-02-07", "33", "Crews are working around the clock", "Quarrie").as_bytes(),
    );
    let other = "---\npublished: 2023-02-01\n---\n\nThe harbour festival drew record crowds to Saltmere.\n";
    write(&dir, "coverage/c.md", other.as_bytes());
    let coverage = dir.join("coverage").display().to_string();
    let add = run(&["archive", "add", "--db", &db, &coverage]);
    assert_eq!(add.status.code(), Some(0), "{}", stderr(&add));
    assert!(stderr(&add).contains("3 documents stored"), "{}", stderr(&add));

    // The draft lowers the toll of the archived coverage: a stale figure against b.md.
    let draft = write(&dir, "draft.md", article("2023-02-09", "25", quote, "Quarrie").as_bytes());
    let o = run(&["check", "--format", "json", "--fail-level", "info", &draft, "--against", &db]);
    let v = json(&o);
    let findings = v["findings"].as_array().expect("findings");
    assert!(
        findings.iter().any(|f| f["kind"] == "stale-figure"
            && f["labels"].as_array().is_some_and(|ls| ls.iter().any(|l| l["path"].as_str() == Some(&a)))),
        "{v:#}"
    );
    for f in findings {
        let labels = f["labels"].as_array().expect("labels");
        assert!(labels.iter().any(|l| l["path"].as_str() == Some(draft.as_str())), "every finding touches the draft");
        assert!(labels.iter().all(|l| !l["path"].as_str().unwrap_or("").ends_with("c.md")), "c.md shares no key");
    }

    // a.md and b.md change to agree with the draft: re-adding replaces their claims, and the draft is clean.
    write(&dir, "coverage/a.md", article("2023-02-06", "20", quote, "Quarrie").as_bytes());
    write(
        &dir,
        "coverage/b.md",
        article("2023-02-07", "22", "Crews are working around the clock", "Quarrie").as_bytes(),
    );
    let again = run(&["archive", "add", "--db", &db, &coverage]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    let o = run(&["check", "--format", "json", "--fail-level", "info", &draft, "--against", &db]);
    let v = json(&o);
    assert!(!v["findings"].as_array().expect("findings").iter().any(|f| f["kind"] == "stale-figure"), "{v:#}");
}

#[test]
fn missing_archive_is_an_error() {
    let dir = scratch("no-archive");
    let draft = write(&dir, "d.md", b"Officials said 80,000 troops were deployed near the border.\n");
    let missing = dir.join("nope.db").display().to_string();
    let o = run(&["check", &draft, "--against", &missing]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no such archive"), "{}", stderr(&o));
    assert!(!dir.join("nope.db").exists(), "checking does not create an archive");
}

#[test]
fn against_compares_figures_within_the_window_and_skips_crowded_keys() {
    let dir = scratch("archive-window");
    let db = dir.join("archive.db").display().to_string();
    let quote = "The slope above the school has been moving for a week";
    write(&dir, "old/a.md", article("2023-01-05", "40", quote, "Quarrie").as_bytes());
    write(&dir, "old/b.md", article("2023-01-06", "45", "Crews are working around the clock", "Quarrie").as_bytes());
    let old = dir.join("old").display().to_string();
    let add = run(&["archive", "add", "--db", &db, &old]);
    assert_eq!(add.status.code(), Some(0), "{}", stderr(&add));
    // The draft shares only the measure with the archive: no person, no quote.
    let text = "---\npublished: 2023-02-09\n---\n\nRescuers said 30 people were killed in the landslide near \
                Pellworth on Monday.\n";
    let draft = write(&dir, "draft.md", text.as_bytes());
    let stale = |extra: &[&str]| {
        let mut args = vec!["check", "--format", "json", "--fail-level", "info", draft.as_str(), "--against", &db];
        args.extend_from_slice(extra);
        let o = run(&args);
        json(&o)["findings"].as_array().expect("findings").iter().filter(|f| f["kind"] == "stale-figure").count()
    };
    // (Within stale-figure's own 60 days, so that the archive's window decides.)
    assert_eq!(stale(&[]), 0, "34 and 35 days apart: outside the default window");
    assert_eq!(stale(&["--window-days", "0"]), 1, "every date");
    assert_eq!(stale(&["--window-days", "40"]), 1);
    assert_eq!(stale(&["--window-days", "33"]), 0, "34 days apart");
    // A draft naming the person both archived documents name: a limit of one document leaves that key out.
    let named = write(&dir, "named.md", article("2023-02-09", "30", "Nothing else was said", "Quarrie").as_bytes());
    let o = run(&["check", "--format", "json", &named, "--against", &db, "--max-key-docs", "1"]);
    assert!(stderr(&o).contains("not followed (--max-key-docs)"), "{}", stderr(&o));
    let o = run(&["check", "--format", "json", &named, "--against", &db, "--max-key-docs", "2"]);
    assert!(!stderr(&o).contains("not followed"), "{}", stderr(&o));
}

#[test]
fn reduce_shows_the_files_text_when_it_is_still_there() {
    let records = run(&["extract", "--format", "jsonl", "corpus/"]);
    let o = run_with_stdin(&["reduce", "--format", "human"], stdout(&records).as_bytes());
    // The human format shows whole source lines; records hold only the claims' text, so the output
    // equals check's only when the files are read again for rendering.
    let check = run(&["check", "--format", "human", "corpus/"]);
    assert_eq!(stdout(&o), stdout(&check), "{}", stderr(&o));
}
