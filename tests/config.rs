//! `claimlint.yaml` through the real binary: discovery, rule settings, inputs and excludes, defaults,
//! and errors labelled on the offending key.
// Helpers outside `#[test]` functions: a failed `expect` there is a failed test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod util;

use std::process::{Command, Output};
use util::{json, scratch, stderr, stdout, write};

#[track_caller]
fn run(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimlint")).current_dir(dir).args(args).output().expect("the binary runs")
}

const SLIP: &[u8] = b"Secretary of State Antony Blinkin spoke on Friday.\n";

fn findings(o: &Output) -> Vec<(String, String, String)> {
    json(o)["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let s = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
            (s(&f["rule"]), s(&f["severity"]), s(&f["labels"][0]["path"]))
        })
        .collect()
}

#[test]
fn project_configuration_is_found_upward_and_applied() {
    let dir = scratch("config");
    write(
        &dir,
        "claimlint.yaml",
        b"rules:\n  misspelled-name: warning\ninputs: [\"copy/**/*.md\"]\nexclude: [\"copy/wire/**\"]\n\
          format: json\nfail-level: warning\n",
    );
    write(&dir, "copy/a.md", SLIP);
    write(&dir, "copy/wire/b.md", SLIP);
    write(&dir, "notes.txt", SLIP);
    std::fs::create_dir_all(dir.join("copy/sub")).expect("dir");
    // No PATH: the configured inputs, minus the excluded folder; `format` and `fail-level` apply.
    let o = run(&dir, &["check"]);
    let f = findings(&o);
    assert_eq!(f, [("misspelled-name".to_string(), "warning".to_string(), "./copy/a.md".to_string())]);
    assert_eq!(o.status.code(), Some(1), "fail-level: warning");
    // Found from a subfolder too, and the command line wins over the file.
    let o = run(&dir.join("copy/sub"), &["check", "..", "--fail-level", "error", "--format", "json"]);
    assert_eq!(findings(&o).len(), 1, "{}", stdout(&o));
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn rule_off_and_explicit_config_file() {
    let dir = scratch("config-off");
    write(&dir, "settings/quiet.yaml", b"rules:\n  misspelled-name: off\n");
    let a = write(&dir, "a.md", SLIP);
    let o = run(&dir, &["check", &a, "--format", "json"]);
    assert_eq!(findings(&o).len(), 1);
    let o = run(&dir, &["check", &a, "--format", "json", "--config", "settings/quiet.yaml"]);
    assert_eq!(findings(&o), []);
}

#[test]
fn configured_rule_folder_is_loaded() {
    let dir = scratch("config-folders");
    let builtin = std::fs::read_to_string(util::root().join("rules/misspelled-name.yaml")).expect("rule");
    write(&dir, "house/misspelled-name.yaml", builtin.replace("severity: error", "severity: info").as_bytes());
    write(&dir, "claimlint.yaml", b"folders: [house]\n");
    write(&dir, "a.md", SLIP);
    let o = run(&dir, &["check", "a.md", "--format", "json"]);
    assert_eq!(findings(&o)[0].1, "info", "{}", stdout(&o));
}

#[test]
fn configuration_errors_are_labelled_on_the_key() {
    let dir = scratch("config-bad");
    write(&dir, "a.md", SLIP);
    for (yaml, want) in [
        ("rules:\n  misspelled-name: off\n  no-such-rule: warning\n", "unknown rule id `no-such-rule`"),
        ("format: short\nfail_levl: error\n", "unknown field `fail_levl`"),
        ("rules:\n  stale-figure: loud\n", "unknown variant `loud`"),
    ] {
        write(&dir, "claimlint.yaml", yaml.as_bytes());
        let o = run(&dir, &["check", "a.md"]);
        assert_eq!(o.status.code(), Some(2), "{yaml}");
        let err = stderr(&o);
        assert!(err.contains(want) && err.contains("claimlint.yaml"), "{yaml}: {err}");
    }
}

#[test]
fn rules_list_shows_configured_severities() {
    let dir = scratch("config-rules-list");
    write(&dir, "claimlint.yaml", b"rules:\n  name-variant: off\n  stale-figure: info\n");
    let o = run(&dir, &["rules", "list"]);
    let out = stdout(&o);
    let line = |id: &str| out.lines().find(|l| l.starts_with(id)).unwrap_or_default().to_string();
    assert!(line("name-variant").ends_with("(off)"), "{out}");
    assert!(line("stale-figure").contains(" info "), "{out}");
}
