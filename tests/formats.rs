//! Every machine format of `check`, parsed back on the bundled corpus: `short` and `github` lines
//! by regex, `rdjson` decoded into the reviewdog rdjson message types, `sarif` against the parts of
//! SARIF 2.1.0 that GitHub code scanning requires. Each is compared with the JSON output, so a
//! format that drops, moves or misnames a finding fails here. (The full SARIF schema and GitHub's
//! rules are checked by Microsoft's SARIF Multitool in `.ci/sarif-validate`.)
// Helpers outside `#[test]` functions: a failed `expect` there is a failed test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod util;

use regex::Regex;
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::process::{Command, Output};
use util::{json, root, stdout};

#[track_caller]
fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimlint")).current_dir(root()).args(args).output().expect("the binary runs")
}

/// (path, line, column, severity, rule, message) of every finding's primary label, from the JSON.
fn expected(input: &str) -> Vec<(String, u64, u64, String, String, String)> {
    let v = json(&run(&["check", input, "--format", "json"]));
    let mut out: Vec<_> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let l = &f["labels"][0];
            let s = |v: &Value| v.as_str().expect("a string").to_string();
            let n = |v: &Value| v.as_u64().expect("a number");
            (s(&l["path"]), n(&l["line"]), n(&l["column"]), s(&f["severity"]), s(&f["rule"]), s(&f["message"]))
        })
        .collect();
    assert!(!out.is_empty(), "{input} has findings");
    out.sort();
    out
}

fn file_text(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text between two 1-based (line, byte column) positions.
fn between(text: &str, start: (u64, u64), end: (u64, u64)) -> String {
    text[offset(text, start, false)..offset(text, end, false)].to_string()
}

/// The byte offset of a 1-based (line, column) position; columns in bytes or in UTF-16 units.
fn offset(text: &str, (l, c): (u64, u64), utf16: bool) -> usize {
    let start: usize = text.split_inclusive('\n').take(l as usize - 1).map(str::len).sum();
    if !utf16 {
        return start + c as usize - 1;
    }
    let mut units = 1;
    for (i, ch) in text[start..].char_indices() {
        if units >= c as usize {
            return start + i;
        }
        units += ch.len_utf16();
    }
    text.len()
}

#[test]
fn short_lines_parse() {
    short_lines("corpus/");
}

fn short_lines(input: &str) {
    let o = run(&["check", input, "--format", "short"]);
    assert_eq!(o.status.code(), Some(1));
    let re = Regex::new(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info) (?P<rule>[a-z][a-z-]*): (?P<msg>.+)$")
        .expect("valid");
    let mut got: Vec<_> = stdout(&o)
        .lines()
        .map(|l| {
            let c = re.captures(l).unwrap_or_else(|| panic!("not a short line: {l}"));
            let n = |k: &str| c[k].parse::<u64>().expect("digits");
            (
                c["path"].to_string(),
                n("line"),
                n("col"),
                c["sev"].to_string(),
                c["rule"].to_string(),
                c["msg"].to_string(),
            )
        })
        .collect();
    got.sort();
    assert_eq!(got, expected(input));
}

#[test]
fn github_annotations_parse() {
    github_annotations("corpus/");
}

fn github_annotations(input: &str) {
    let o = run(&["check", input, "--format", "github"]);
    let re = Regex::new(
        r"^::(?P<cmd>error|warning|notice) file=(?P<file>[^,]+),line=(?P<line>\d+),col=(?P<col>\d+),endLine=(?P<el>\d+),endColumn=(?P<ec>\d+),title=(?P<title>[a-z][a-z-]*)::(?P<msg>.+)$",
    )
    .expect("valid");
    let unescape = |s: &str| {
        s.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")
    };
    let json = json(&run(&["check", input, "--format", "json"]));
    let label_texts: Vec<String> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["labels"][0]["text"].as_str().expect("text").to_string())
        .collect();
    let mut got = Vec::new();
    for l in stdout(&o).lines() {
        let c = re.captures(l).unwrap_or_else(|| panic!("not a workflow command: {l}"));
        let n = |k: &str| c[k].parse::<u64>().expect("digits");
        let file = unescape(&c["file"]);
        // The annotation's range covers exactly the labelled claim.
        let span = between(&file_text(&file), (n("line"), n("col")), (n("el"), n("ec")));
        assert!(label_texts.contains(&span), "{l} covers {span:?}");
        let sev = match &c["cmd"] {
            "notice" => "info".to_string(),
            s => s.to_string(),
        };
        got.push((file, n("line"), n("col"), sev, c["title"].to_string(), unescape(&c["msg"])));
    }
    got.sort();
    assert_eq!(got, expected(input));
}

/// reviewdog's rdjson (`proto/rdf/reviewdog.proto`), the fields claimlint writes; unknown fields
/// are refused so a misspelt key fails.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DiagnosticResult {
    diagnostics: Vec<Diagnostic>,
    source: Option<RdSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RdSource {
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Diagnostic {
    message: String,
    location: Location,
    severity: RdSeverity,
    code: Option<Code>,
    #[serde(default)]
    related_locations: Vec<RelatedLocation>,
}

#[derive(Deserialize, Debug, PartialEq)]
#[serde(rename_all = "UPPERCASE")]
enum RdSeverity {
    Error,
    Warning,
    Info,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Code {
    value: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Location {
    path: String,
    range: Range,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Range {
    start: Position,
    end: Position,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Position {
    line: u64,
    column: u64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RelatedLocation {
    message: String,
    location: Location,
}

#[test]
fn rdjson_decodes_as_reviewdog_diagnostics() {
    assert!(rdjson("corpus/") > 0, "cross-document findings carry related locations");
}

/// Checks the rdjson of `input`; returns how many related locations it has.
fn rdjson(input: &str) -> usize {
    let o = run(&["check", input, "--format", "rdjson"]);
    let r: DiagnosticResult = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(&o)));
    assert_eq!(r.source.map(|s| s.name).as_deref(), Some("claimlint"));
    let mut got = Vec::new();
    let mut related = 0;
    for d in &r.diagnostics {
        let loc = &d.location;
        let text = file_text(&loc.path);
        let span =
            between(&text, (loc.range.start.line, loc.range.start.column), (loc.range.end.line, loc.range.end.column));
        assert!(!span.is_empty(), "{} has an empty range", d.message);
        for rl in &d.related_locations {
            let t = file_text(&rl.location.path);
            let r = &rl.location.range;
            assert!(!between(&t, (r.start.line, r.start.column), (r.end.line, r.end.column)).is_empty());
            assert!(!rl.message.is_empty() || rl.location.path != loc.path);
            related += 1;
        }
        let sev = format!("{:?}", d.severity).to_lowercase();
        let rule = d.code.as_ref().map(|c| c.value.clone()).unwrap_or_default();
        got.push((loc.path.clone(), loc.range.start.line, loc.range.start.column, sev, rule, d.message.clone()));
    }
    got.sort();
    assert_eq!(got, expected(input));
    related
}

#[test]
fn sarif_has_what_code_scanning_requires() {
    sarif("corpus/");
}

fn sarif(input: &str) {
    let o = run(&["check", input, "--format", "sarif"]);
    let v = json(&o);
    assert_eq!(v["version"], "2.1.0");
    assert!(v["$schema"].as_str().is_some_and(|s| s.ends_with("sarif-2.1.0.json")));
    let runs = v["runs"].as_array().expect("runs");
    assert_eq!(runs.len(), 1);
    let run0 = &runs[0];
    assert_eq!(run0["columnKind"], "utf16CodeUnits");
    let driver = &run0["tool"]["driver"];
    assert_eq!(driver["name"], "claimlint");
    let mut rule_ids = BTreeMap::new();
    for r in driver["rules"].as_array().expect("driver rules") {
        let id = r["id"].as_str().expect("rule id");
        let name = r["name"].as_str().expect("rule name");
        assert!(name != id && name.chars().next().is_some_and(char::is_uppercase) && !name.contains('-'), "{name}");
        assert!(r["shortDescription"]["text"].as_str().is_some_and(|t| !t.is_empty()), "{id}");
        assert!(["error", "warning", "note"].contains(&r["defaultConfiguration"]["level"].as_str().unwrap_or("")));
        rule_ids.insert(id.to_string(), ());
    }
    let mut got = Vec::new();
    for res in run0["results"].as_array().expect("results") {
        let rule = res["ruleId"].as_str().expect("ruleId");
        assert!(rule_ids.contains_key(rule), "{rule} is described in driver.rules");
        let level = res["level"].as_str().expect("level");
        let sev = match level {
            "note" => "info",
            "error" | "warning" => level,
            other => panic!("level {other}"),
        };
        let locs = std::iter::once(&res["locations"][0]).chain(res["relatedLocations"].as_array().expect("array"));
        for (i, loc) in locs.enumerate() {
            let phys = &loc["physicalLocation"];
            let uri = phys["artifactLocation"]["uri"].as_str().expect("uri");
            assert!(!uri.starts_with('/') && !uri.contains('\\'), "relative URIs: {uri}");
            let reg = &phys["region"];
            let n = |k: &str| reg[k].as_u64().unwrap_or_else(|| panic!("{k} in {reg}"));
            assert!(n("startLine") >= 1 && n("startColumn") >= 1 && n("endLine") >= n("startLine"));
            // Columns count UTF-16 units; the snippet is the text they cover.
            let text = file_text(uri);
            let (s, e) = (
                offset(&text, (n("startLine"), n("startColumn")), true),
                offset(&text, (n("endLine"), n("endColumn")), true),
            );
            let span = &text[s..e];
            assert_eq!(Some(span), reg["snippet"]["text"].as_str());
            if i > 0 {
                assert!(loc["id"].as_u64().is_some() && loc["message"]["text"].as_str().is_some());
            }
        }
        assert!(res["partialFingerprints"]["claimHash/v1"].as_str().is_some_and(|s| s.len() == 16));
        let p = &res["locations"][0]["physicalLocation"];
        let path = p["artifactLocation"]["uri"].as_str().expect("uri").to_string();
        let (line, col16) =
            (p["region"]["startLine"].as_u64().expect("line"), p["region"]["startColumn"].as_u64().expect("col"));
        // The JSON gives byte columns: convert.
        let text = file_text(&path);
        let at = offset(&text, (line, col16), true);
        let col = (at - text[..at].rfind('\n').map_or(0, |i| i + 1)) as u64 + 1;
        got.push((
            path,
            line,
            col,
            sev.to_string(),
            rule.to_string(),
            res["message"]["text"].as_str().expect("text").to_string(),
        ));
    }
    got.sort();
    assert_eq!(got, expected(input));
}

#[test]
fn sarif_columns_count_utf16_units() {
    let dir = util::scratch("utf16");
    // "Zoë" and an emoji before the name: 3 bytes and 2 UTF-16 units more than characters.
    let f = util::write(&dir, "a.md", "Zoë 🎉 Secretary of State Antony Blinkin spoke on Friday.\n".as_bytes());
    let v = json(&run(&["check", &f, "--format", "sarif"]));
    let region = &v["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
    let before = "Zoë 🎉 Secretary of State ";
    assert_eq!(region["startColumn"].as_u64(), Some(before.encode_utf16().count() as u64 + 1), "{region}");
    assert_eq!(region["snippet"]["text"], "Antony Blinkin");
}

/// Every format on the seed articles (`../shared/seeds`, outside the repository): run by
/// `.ci/sarif-validate` when they are present.
#[test]
#[ignore = "needs ../shared/seeds; run by .ci/sarif-validate"]
fn formats_parse_on_the_seeds() {
    let seeds = "../shared/seeds";
    assert!(root().join(seeds).is_dir(), "no {seeds}");
    short_lines(seeds);
    github_annotations(seeds);
    rdjson(seeds);
    sarif(seeds);
}

/// Microsoft's SARIF Multitool on the corpus (and the seed articles when `../shared/seeds` exists):
/// no error and no warning. Needs the tool: `.ci/sarif-validate` installs it and runs this test.
#[test]
#[ignore = "needs the SARIF Multitool; run by .ci/sarif-validate"]
fn sarif_multitool_reports_nothing() {
    let tool = std::env::var("SARIF_MULTITOOL").expect("SARIF_MULTITOOL names the Sarif.Multitool binary");
    let dir = util::scratch("multitool");
    // Relative paths (as CI runs it) and an absolute one (a `file:` URI).
    let mut inputs = vec!["corpus".to_string(), root().join("corpus").display().to_string()];
    if root().join("../shared/seeds").is_dir() {
        inputs.push("../shared/seeds".to_string());
    }
    for input in inputs {
        let o = run(&["check", &input, "--format", "sarif"]);
        assert!(o.status.code().is_some_and(|c| c <= 1), "check {}: {}", input, util::stderr(&o));
        let sarif = dir.join("log.sarif");
        let report = dir.join("validation.sarif");
        std::fs::write(&sarif, &o.stdout).expect("write the log");
        let v = Command::new(&tool)
            .args(["validate", "--rule-kind", "Gh;Sarif", "--level", "Error;Warning", "--log", "ForceOverwrite", "-o"])
            .arg(&report)
            .arg(&sarif)
            .output()
            .expect("the SARIF Multitool runs");
        assert!(v.status.success(), "{}{}", stdout(&v), util::stderr(&v));
        let log: Value = serde_json::from_slice(&std::fs::read(&report).expect("validation output")).expect("JSON");
        let mut problems = Vec::new();
        for r in log["runs"].as_array().into_iter().flatten() {
            for res in r["results"].as_array().into_iter().flatten() {
                // A result without a level is a warning (SARIF 3.27.10).
                let level = res["level"].as_str().unwrap_or("warning");
                if level == "error" || level == "warning" {
                    problems.push(format!(
                        "{level} {}: {} {}",
                        res["ruleId"], res["message"]["text"], res["message"]["arguments"]
                    ));
                }
            }
            for inv in r["invocations"].as_array().into_iter().flatten() {
                for n in inv["toolExecutionNotifications"].as_array().into_iter().flatten() {
                    if n["level"] == "error" {
                        problems.push(format!("tool error: {}", n["message"]["text"]));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "SARIF of {}:\n{}", input, problems.join("\n"));
        eprintln!("SARIF of {}: no errors or warnings from the SARIF Multitool", input);
    }
}
