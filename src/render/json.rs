//! The JSON contract of DESIGN.md: `extract --format json` and `check --format json`.

use crate::claim::Extraction;
use crate::document::Document;
use crate::finding::Finding;
use crate::rule::Severity;
use serde_json::{json, Value};

fn num(v: Option<f64>) -> Value {
    match v {
        Some(x) if x.fract() == 0.0 && x.abs() < 9e15 => json!(x as i64),
        Some(x) => json!(x),
        None => Value::Null,
    }
}

/// One document's extraction as the contract's object.
pub fn document_json(doc: &Document, ex: &Extraction) -> Value {
    let figures: Vec<Value> = ex
        .figures
        .iter()
        .map(|f| {
            let q = &f.quantity;
            json!({
                "start": f.span.start, "end": f.span.end, "text": doc.slice(f.span),
                "kind": q.kind.as_str(), "value": num(q.value), "low": num(q.low), "high": num(q.high),
                "qualifier": q.qualifier.as_str(), "unit": q.unit, "measure": f.measure,
                "asserted_by": f.asserted_by, "in_quote": f.in_quote, "noun": f.noun,
            })
        })
        .collect();
    let quotes: Vec<Value> = ex
        .quotes
        .iter()
        .map(|q| {
            let s = q.speaker.as_ref();
            json!({
                "start": q.span.start, "end": q.span.end, "text": doc.slice(q.span),
                "speaker": s.map(|s| s.name.clone()), "speaker_text": s.map(|s| s.text.clone()),
                "speaker_start": s.map(|s| s.span.start), "speaker_end": s.map(|s| s.span.end),
                "headline": q.headline,
            })
        })
        .collect();
    let people: Vec<Value> = ex
        .people
        .iter()
        .map(|p| {
            json!({
                "start": p.span.start, "end": p.span.end, "text": doc.slice(p.span), "name": p.full,
                "role": p.role, "status": format!("{:?}", p.status).to_lowercase(),
            })
        })
        .collect();
    json!({
        "id": doc.id, "path": doc.path,
        "published": doc.published.map(|d| d.to_string()),
        "published_source": doc.published_source.map(|s| s.as_str()),
        "outlet": doc.outlet, "title": doc.title, "byline": doc.byline,
        "figures": figures, "quotes": quotes, "people": people,
    })
}

/// `claimlint extract --format json`.
pub fn extract_json(docs: &[Document], ex: &[Extraction]) -> String {
    let documents: Vec<Value> = docs.iter().zip(ex).map(|(d, e)| document_json(d, e)).collect();
    let v = json!({ "version": 1, "documents": documents });
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

/// One finding as the contract's object.
pub fn finding_json(f: &Finding, docs: &[Document]) -> Value {
    let labels: Vec<Value> = f
        .labels
        .iter()
        .map(|l| {
            let d = &docs[l.doc];
            let (line, column) = d.line_col(l.span.start);
            json!({
                "id": d.id, "path": d.path, "start": l.span.start, "end": l.span.end,
                "line": line, "column": column, "text": d.slice(l.span), "message": l.message,
                "primary": l.primary,
            })
        })
        .collect();
    json!({
        "rule": f.rule, "kind": f.kind.as_str(), "check": f.check, "severity": f.severity.as_str(),
        "message": f.message, "help": f.help, "labels": labels, "key": f.key,
    })
}

/// `claimlint check --format json`.
pub fn check_json(findings: &[Finding], docs: &[Document]) -> String {
    let mut out = Vec::new();
    let _ = write_check_json(&mut out, findings, docs);
    String::from_utf8(out).unwrap_or_default()
}

/// `claimlint check --format json`, written as it is made: one finding's JSON at a time instead of
/// the whole tree at once (a large corpus has tens of megabytes of findings). The bytes are those of
/// the pretty-printed object, keys in order, as [`check_json`] returns them.
pub fn write_check_json<W: std::io::Write>(out: W, findings: &[Finding], docs: &[Document]) -> std::io::Result<()> {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let doc = CheckJson {
        findings: FindingsJson(findings, docs),
        summary: json!({
            "documents": docs.len(),
            "error": count(Severity::Error), "warning": count(Severity::Warning), "info": count(Severity::Info),
        }),
        version: 1,
    };
    serde_json::to_writer_pretty(out, &doc).map_err(std::io::Error::other)
}

/// The check document with its keys in the order a `serde_json::Value` object sorts them.
#[derive(serde::Serialize)]
struct CheckJson<'a> {
    findings: FindingsJson<'a>,
    summary: Value,
    version: u32,
}

struct FindingsJson<'a>(&'a [Finding], &'a [Document]);

impl serde::Serialize for FindingsJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|f| finding_json(f, self.1)))
    }
}
