//! SARIF 2.1.0 for code-scanning dashboards (GitHub), reviewdog's rdjson, and GitHub workflow
//! annotations. Evidence in other documents goes in `relatedLocations`; fingerprints come from the
//! claim's content, not its line, so a reviewed finding keeps its identity when the text moves.

use crate::document::Document;
use crate::finding::Finding;
use crate::rule::{RuleSet, Severity};
use serde_json::{json, Value};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A stable 64-bit FNV-1a hash, hex, for fingerprints (std's hasher is not stable across releases).
fn fingerprint(key: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// 1-based line and UTF-16 column (SARIF's `columnKind: utf16CodeUnits`) of a byte offset.
fn line_col16(doc: &Document, offset: usize) -> (usize, usize) {
    let (line, col) = doc.line_col(offset);
    let line_start = offset.saturating_sub(col - 1);
    let prefix = doc.text.get(line_start..offset).unwrap_or("");
    (line, prefix.encode_utf16().count() + 1)
}

/// A region with its text as the snippet, so a dashboard shows the claim without the file.
fn region(doc: &Document, start: usize, end: usize) -> Value {
    let (sl, sc) = line_col16(doc, start);
    let (el, ec) = line_col16(doc, end);
    let snippet = doc.text.get(start..end).unwrap_or("");
    json!({ "startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec, "snippet": { "text": snippet } })
}

/// The rule's friendly name: its id in Pascal case. SARIF wants `name` to differ from the opaque `id`
/// (Multitool SARIF1001) and to be one Pascal-case word (SARIF2012).
fn friendly_name(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}

/// A path as a SARIF artifact URI: a relative reference for a relative path (resolved against the
/// checkout by code scanning), a `file:` URI for an absolute one (a relative reference may not begin
/// with a slash: Multitool SARIF1004), percent-encoded either way.
fn artifact_uri(path: &str) -> String {
    let p = path.replace('\\', "/");
    let mut out = String::with_capacity(p.len());
    for b in p.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    // Bytes, not a str slice: the second byte of a name may fall inside a multi-byte character.
    let drive = p.as_bytes().get(1..3) == Some(&b":/"[..]) && p.as_bytes()[0].is_ascii_alphabetic();
    if p.starts_with('/') {
        format!("file://{out}")
    } else if drive {
        format!("file:///{out}")
    } else {
        out
    }
}

/// SARIF 2.1.0 log.
pub fn sarif(findings: &[Finding], docs: &[Document], rules: &RuleSet) -> String {
    let driver_rules: Vec<Value> = rules
        .rules
        .iter()
        .map(|r| {
            json!({
                "id": r.id, "name": friendly_name(&r.id),
                "shortDescription": { "text": r.docs.lines().next().unwrap_or(&r.id) },
                "fullDescription": { "text": r.docs.trim() },
                "help": { "text": r.help.clone().unwrap_or_default() },
                "defaultConfiguration": { "level": level(r.severity) },
                "properties": { "category": r.check.category().as_str() },
            })
        })
        .collect();
    let results: Vec<Value> = findings
        .iter()
        .filter_map(|f| {
            let p = f.primary()?;
            let d = &docs[p.doc];
            let related: Vec<Value> = f
                .labels
                .iter()
                .skip(1)
                .enumerate()
                .map(|(i, l)| {
                    let ld = &docs[l.doc];
                    json!({
                        "id": i + 1,
                        "message": { "text": if l.message.is_empty() { f.message.clone() } else { l.message.clone() } },
                        "physicalLocation": { "artifactLocation": { "uri": artifact_uri(&ld.path) }, "region": region(ld, l.span.start, l.span.end) },
                    })
                })
                .collect();
            Some(json!({
                "ruleId": f.rule,
                "level": level(f.severity),
                "message": { "text": f.message },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": artifact_uri(&d.path) }, "region": region(d, p.span.start, p.span.end) } }],
                "relatedLocations": related,
                "partialFingerprints": { "claimHash/v1": fingerprint(&f.key) },
                "properties": { "kind": f.kind.as_str() },
            }))
        })
        .collect();
    let v = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": { "name": "claimlint", "informationUri": "https://example.invalid/claimlint", "version": env!("CARGO_PKG_VERSION"), "rules": driver_rules } },
            "columnKind": "utf16CodeUnits",
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

/// reviewdog's rdjson (columns in UTF-8 bytes, 1-based).
pub fn rdjson(findings: &[Finding], docs: &[Document]) -> String {
    let diagnostics: Vec<Value> = findings
        .iter()
        .filter_map(|f| {
            let p = f.primary()?;
            let d = &docs[p.doc];
            let location = |doc: &Document, start: usize, end: usize| {
                let (sl, sc) = doc.line_col(start);
                let (el, ec) = doc.line_col(end);
                json!({ "path": doc.path, "range": { "start": { "line": sl, "column": sc }, "end": { "line": el, "column": ec } } })
            };
            let related: Vec<Value> = f
                .labels
                .iter()
                .skip(1)
                .map(|l| json!({ "message": l.message, "location": location(&docs[l.doc], l.span.start, l.span.end) }))
                .collect();
            Some(json!({
                "message": f.message,
                "location": location(d, p.span.start, p.span.end),
                "related_locations": related,
                "severity": match f.severity { Severity::Error => "ERROR", Severity::Warning => "WARNING", Severity::Info => "INFO" },
                "code": { "value": f.rule },
            }))
        })
        .collect();
    let v = json!({ "source": { "name": "claimlint" }, "diagnostics": diagnostics });
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

/// GitHub workflow commands (`::error file=…,line=…::message`), most severe first: GitHub shows at
/// most ten annotations of a kind per step.
pub fn github(findings: &[Finding], docs: &[Document]) -> String {
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by_key(|f| std::cmp::Reverse(f.severity));
    let escape = |s: &str| s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    let escape_prop = |s: &str| escape(s).replace(':', "%3A").replace(',', "%2C");
    let mut out = String::new();
    for f in sorted {
        let Some(p) = f.primary() else { continue };
        let d = &docs[p.doc];
        let (sl, sc) = d.line_col(p.span.start);
        let (el, ec) = d.line_col(p.span.end);
        let cmd = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        out.push_str(&format!(
            "::{cmd} file={},line={sl},col={sc},endLine={el},endColumn={ec},title={}::{}\n",
            escape_prop(&d.path),
            escape_prop(&f.rule),
            escape(&f.message)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn artifact_uris() {
        for (path, want) in [
            ("corpus/a.md", "corpus/a.md"),
            ("../copy/a b.md", "../copy/a%20b.md"),
            ("/srv/news/a.md", "file:///srv/news/a.md"),
            ("C:\\news\\a.md", "file:///C:/news/a.md"),
            ("copy/100%.md", "copy/100%25.md"),
            // A multi-byte character from the second byte on: no drive letter, and no panic.
            ("a\u{20ac}.md", "a%E2%82%AC.md"),
            ("\u{e9}t\u{e9}.md", "%C3%A9t%C3%A9.md"),
        ] {
            assert_eq!(artifact_uri(path), want, "{path}");
        }
        assert_eq!(friendly_name("conflicting-figures"), "ConflictingFigures");
    }
}
