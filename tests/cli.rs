//! Runs the real binary: exit codes, the JSON contract, and bad inputs that must not stop a run.
// Helpers outside `#[test]` functions: a failed `expect` there is a failed test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod util;

use serde_json::Value;
use std::process::{Command, Output};
use util::{json, root, scratch, stderr, stdout, write};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_claimlint"))
}

#[track_caller]
fn run(args: &[&str]) -> Output {
    bin().current_dir(root()).args(args).output().expect("the binary runs")
}

fn kinds(v: &Value) -> Vec<String> {
    v["findings"]
        .as_array()
        .expect("findings array")
        .iter()
        .map(|f| f["kind"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn corpus_shows_every_finding_kind() {
    let o = run(&["check", "corpus/", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "findings mean exit 1; stderr: {}", stderr(&o));
    let v = json(&o);
    let k = kinds(&v);
    for want in [
        "numeric-conflict",
        "stale-figure",
        "attribution-conflict",
        "quote-drift",
        "role-conflict",
        "name-variant",
        "misspelling",
    ] {
        assert!(k.iter().any(|x| x == want), "no {want} finding in corpus/: {k:?}");
    }
    // Every label points at its own text.
    for f in v["findings"].as_array().expect("array") {
        for l in f["labels"].as_array().expect("labels") {
            let path = l["path"].as_str().expect("path");
            let text = std::fs::read_to_string(root().join(path)).expect("labelled file exists");
            let (s, e) = (l["start"].as_u64().expect("start") as usize, l["end"].as_u64().expect("end") as usize);
            assert_eq!(&text[s..e], l["text"].as_str().expect("text"), "label text in {path}");
        }
    }
}

#[test]
fn clean_corpus_is_silent() {
    let o = run(&["check", "corpus/clean", "--format", "json", "--fail-level", "info"]);
    let v = json(&o);
    assert_eq!(v["findings"].as_array().map(Vec::len), Some(0), "{}", stdout(&o));
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn compatible_figures_stay_quiet() {
    // "about 3,500" (05) and "2,500 to 3,500" (06) are compatible, and so are two "more than 11,000".
    let o = run(&[
        "check",
        "corpus/05-compatible-figures-and-zelenskyy-quote.md",
        "corpus/06-zelenskyy-quote-drift-and-compatible-figures.md",
        "--format",
        "json",
    ]);
    let v = json(&o);
    assert!(!kinds(&v).iter().any(|k| k == "numeric-conflict" || k == "stale-figure"), "{}", stdout(&o));
}

#[test]
fn extract_json_follows_the_contract() {
    let o = run(&["extract", "--format", "json", "corpus/03-conflicting-troop-figure.md"]);
    assert_eq!(o.status.code(), Some(0));
    let v = json(&o);
    assert_eq!(v["version"], 1);
    let d = &v["documents"][0];
    assert_eq!(d["path"], "corpus/03-conflicting-troop-figure.md");
    assert_eq!(d["id"], d["path"]);
    assert_eq!(d["published"], "2021-04-15");
    assert_eq!(d["published_source"], "front_matter");
    let fig =
        d["figures"].as_array().expect("figures").iter().find(|f| f["text"] == "150,000").expect("150,000 extracted");
    assert_eq!(fig["value"], 150000);
    assert_eq!(fig["kind"], "count");
    assert_eq!(fig["qualifier"], "exact");
    for key in ["start", "end", "low", "high", "unit", "measure", "asserted_by"] {
        assert!(fig.get(key).is_some(), "figure lacks {key}");
    }
    for q in d["quotes"].as_array().expect("quotes") {
        for key in ["start", "end", "text", "speaker", "speaker_text", "speaker_start", "speaker_end"] {
            assert!(q.get(key).is_some(), "quote lacks {key}");
        }
    }
}

#[test]
fn short_format_lines() {
    let o = run(&["check", "corpus/", "--format", "short"]);
    let re = regex::Regex::new(r"^corpus/[^:]+:\d+:\d+: (error|warning|info) [a-z-]+: .+$").expect("valid");
    let out = stdout(&o);
    assert!(!out.is_empty());
    for line in out.lines() {
        assert!(re.is_match(line), "bad line: {line}");
    }
}

#[test]
fn fail_level_decides_exit_code() {
    let dir = scratch("fail-level");
    // An info-only finding: two accepted spellings across documents.
    let a = write(&dir, "a.txt", b"Volodymyr Zelenskyy spoke in Kyiv on Monday about the talks.\n");
    let b = write(&dir, "b.txt", b"Volodymyr Zelensky spoke in Kyiv on Monday about the talks.\n");
    let o = run(&["check", &a, &b, "--format", "json"]);
    let v = json(&o);
    assert!(v["findings"].as_array().expect("array").iter().all(|f| f["severity"] == "info"), "{}", stdout(&o));
    assert_eq!(o.status.code(), Some(0), "info findings stay below the default fail level");
    let o = run(&["check", &a, &b, "--format", "json", "--fail-level", "info"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn bad_inputs_are_reported_and_the_run_goes_on() {
    let dir = scratch("bad-inputs");
    let good = write(&dir, "good.txt", "Secretary of State Antony Blinkin spoke on Friday.\n".as_bytes());
    let bad_utf8 = write(&dir, "latin1.txt", b"Caf\xe9 owners said 40 people were arrested.\n");
    let empty = write(&dir, "empty.txt", b"");
    let binary = write(&dir, "blob.txt", b"\x00\x01\x02binary");
    let jsonl = write(&dir, "c.jsonl", b"{\"id\":\"one\",\"text\":\"Ansel Prewitt spoke.\"}\n{not json\n{\"id\":\"three\",\"text\":\"Edda Varnholt spoke.\"}\n");
    let missing = dir.join("missing.txt").display().to_string();
    let o = run(&["check", &good, &bad_utf8, &empty, &binary, &jsonl, &missing, "--format", "json"]);
    let err = stderr(&o);
    assert!(err.contains("latin1.txt: invalid UTF-8 at byte 3"), "{err}");
    assert!(err.contains("empty.txt: empty file"), "{err}");
    assert!(err.contains("blob.txt: binary file"), "{err}");
    assert!(err.contains("c.jsonl:2: not a JSON object"), "{err}");
    assert!(err.contains("missing.txt: no such file"), "{err}");
    let v = json(&o);
    assert_eq!(v["summary"]["documents"], 4, "good, latin1 and two JSONL lines were read");
    assert!(kinds(&v).iter().any(|k| k == "misspelling"), "the good file was still checked: {}", stdout(&o));
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn nothing_readable_is_a_tool_failure() {
    let dir = scratch("nothing");
    let o = run(&["check", &dir.join("nope.txt").display().to_string()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn malformed_rule_file_is_located() {
    let dir = scratch("bad-rule");
    write(
        &dir,
        "my-rule.yaml",
        b"id: my-rule\nseverity: error\ncheck:\n  kind: figure-agreement\n  params: {}\nmesage: \"typo\"\n",
    );
    let o = run(&["check", "corpus/clean", "--rules", &dir.display().to_string()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("unknown field `mesage`"), "{err}");
    assert!(err.contains("my-rule.yaml"), "{err}");
    assert!(err.contains("6:1") || err.contains("mesage"), "the label points at the key: {err}");
}

/// A rules folder's `knowledge/currencies.yaml` teaches the number reader a currency; a form
/// naming two currencies is refused with its file and a label on the form.
#[test]
fn user_currencies_are_read_and_validated() {
    let dir = scratch("currencies");
    write(
        &dir,
        "knowledge/currencies.yaml",
        b"currencies:\n  - { code: ZAR, abbreviations: [ZAR], symbols: [R$], words: [rand] }\n",
    );
    let f = write(&dir, "a.txt", b"The fund paid out 40 rand and ZAR 12 on Monday.\n");
    let o = run(&["extract", &f, "--format", "json", "--rules", &dir.display().to_string()]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let v = json(&o);
    let money: Vec<(&str, &str)> = v["documents"][0]["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .map(|f| (f["text"].as_str().unwrap_or(""), f["unit"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(money, [("40 rand", "ZAR"), ("ZAR 12", "ZAR")], "{}", stdout(&o));
    write(&dir, "knowledge/currencies.yaml", b"currencies:\n  - { code: ZAR, words: [rand, dollar] }\n");
    let o = run(&["extract", &f, "--rules", &dir.display().to_string()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("currencies.yaml") && err.contains("names both USD and ZAR"), "{err}");
    assert!(err.contains("this form"), "the label points at the form: {err}");
}

#[test]
fn user_rule_overrides_builtin_severity() {
    let dir = scratch("override");
    let builtin = std::fs::read_to_string(root().join("rules/misspelled-name.yaml")).expect("rule");
    write(&dir, "misspelled-name.yaml", builtin.replace("severity: error", "severity: info").as_bytes());
    let f = write(&dir, "a.txt", b"Secretary of State Antony Blinkin spoke on Friday.\n");
    let o = run(&["check", &f, "--format", "json", "--rules", &dir.display().to_string()]);
    let v = json(&o);
    let sev: Vec<&str> = v["findings"]
        .as_array()
        .expect("array")
        .iter()
        .filter(|f| f["rule"] == "misspelled-name")
        .map(|f| f["severity"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(sev, ["info"], "{}", stdout(&o));
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn rules_commands() {
    let o = run(&["rules", "list"]);
    assert!(stdout(&o).contains("conflicting-figures"));
    let o = run(&["rules", "explain", "quote-drift"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Why it matters"));
    let o = run(&["rules", "explain", "no-such-rule"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown rule id `no-such-rule`"));
    let o = run(&["rules", "test"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn stdin_is_read() {
    use std::io::Write;
    let mut child = bin()
        .args(["extract", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    child.stdin.take().expect("stdin").write_all(b"More than 90 percent voted.\n").expect("write");
    let o = child.wait_with_output().expect("wait");
    let v = json(&o);
    assert_eq!(v["documents"][0]["path"], "-");
    assert_eq!(v["documents"][0]["figures"][0]["value"], 90);
}

#[test]
fn names_lists_spellings_and_writes_registry_yaml() {
    let o = run(&["names", "corpus/"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains("Antony Blinken") && out.contains("spelled Antony Blinkin"), "{out}");
    let dir = scratch("names");
    let f = write(&dir, "a.txt", b"\"We will rebuild the bridge,\" said Mayor Linda Castellano on Monday.\n");
    let o = run(&["names", &f, "--format", "yaml", "--unknown"]);
    let yaml = stdout(&o);
    assert!(yaml.contains("canonical: Linda Castellano") && yaml.contains("- Mayor"), "{yaml}");
}

#[test]
fn machine_formats_parse() {
    let o = run(&["check", "corpus/", "--format", "sarif"]);
    let v = json(&o);
    assert_eq!(v["version"], "2.1.0");
    assert!(v["$schema"].as_str().is_some_and(|s| s.contains("sarif")));
    let run0 = &v["runs"][0];
    assert!(!run0["tool"]["driver"]["rules"].as_array().expect("rules").is_empty());
    let results = run0["results"].as_array().expect("results");
    assert!(!results.is_empty());
    for r in results {
        assert!(r["ruleId"].as_str().is_some() && r["message"]["text"].as_str().is_some());
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().is_some_and(|l| l >= 1), "{r}");
        assert!(r["partialFingerprints"]["claimHash/v1"].as_str().is_some_and(|s| s.len() == 16));
    }
    // A cross-document finding carries its evidence as related locations.
    assert!(results.iter().any(|r| r["relatedLocations"].as_array().is_some_and(|a| !a.is_empty())));

    let o = run(&["check", "corpus/", "--format", "rdjson"]);
    let v = json(&o);
    assert!(v["diagnostics"]
        .as_array()
        .is_some_and(|d| d.iter().all(|x| x["location"]["range"]["start"]["line"].as_u64().is_some())));

    let o = run(&["check", "corpus/", "--format", "github"]);
    let re = regex::Regex::new(
        r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::.+$",
    )
    .expect("valid");
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert!(!lines.is_empty());
    for l in &lines {
        assert!(re.is_match(l), "bad annotation: {l}");
    }
    // Most severe first.
    let first_notice = lines.iter().position(|l| !l.starts_with("::error"));
    assert!(first_notice.is_none_or(|i| lines[i..].iter().all(|l| !l.starts_with("::error"))));
}

#[test]
fn inline_suppressions_silence_reviewed_findings() {
    let dir = scratch("suppress");
    let body = "Secretary of State Antony Blinkin spoke on Friday.\n";
    let plain = write(&dir, "a.md", body.as_bytes());
    let o = run(&["check", &plain, "--format", "json"]);
    assert!(kinds(&json(&o)).iter().any(|k| k == "misspelling"));
    let next_line = format!("<!-- claimlint-disable-next-line misspelled-name: the subject's own spelling -->\n{body}");
    let f = write(&dir, "b.md", next_line.as_bytes());
    let o = run(&["check", &f, "--format", "json"]);
    assert!(!kinds(&json(&o)).iter().any(|k| k == "misspelling"), "{}", stdout(&o));
    assert_eq!(o.status.code(), Some(0));
    // Another rule's directive does not silence this one.
    let other = format!("<!-- claimlint-disable conflicting-figures: checked -->\n{body}");
    let f = write(&dir, "c.md", other.as_bytes());
    let o = run(&["check", &f, "--format", "json"]);
    assert!(kinds(&json(&o)).iter().any(|k| k == "misspelling"));
}

/// A measure with more figures than `max_figures` is left uncompared, and the run says so on
/// standard error instead of dropping it silently.
#[test]
fn figures_beyond_max_figures_are_named_on_stderr() {
    let dir = scratch("max-figures");
    let rule = std::fs::read_to_string(root().join("rules/conflicting-figures.yaml")).expect("rule file");
    assert!(rule.contains("max_figures: 400"), "the built-in rule states its limit");
    write(&dir, "rules/conflicting-figures.yaml", rule.replace("max_figures: 400", "max_figures: 2").as_bytes());
    let mut files = Vec::new();
    for (i, n) in ["60,000", "90,000", "120,000"].iter().enumerate() {
        let text = format!("The army deployed {n} troops near the border on Monday, officials said.\n");
        files.push(write(&dir, &format!("copy/{i}.txt"), text.as_bytes()));
    }
    let rules = dir.join("rules").display().to_string();
    let mut args = vec!["check", "--format", "json", "--rules", &rules];
    args.extend(files.iter().map(String::as_str));
    let o = run(&args);
    let err = stderr(&o);
    assert!(
        err.contains("note: conflicting-figures: the 3 figures of troops-deployed were not compared"),
        "stderr: {err}"
    );
    assert!(!kinds(&json(&o)).iter().any(|k| k == "numeric-conflict"), "no comparison was made");
    let all =
        run(&[&["check", "--format", "json"][..], &files.iter().map(String::as_str).collect::<Vec<_>>()].concat());
    assert!(kinds(&json(&all)).iter().any(|k| k == "numeric-conflict"), "within the built-in limit they conflict");
    let _ = std::fs::remove_dir_all(&dir);
}
