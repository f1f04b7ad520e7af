//! Turning bytes into documents: plain text, Markdown with front matter, HTML pages, and JSON Lines
//! corpora.
//!
//! Pure: the binary reads the files and hands their bytes here. Every problem is an [`InputProblem`]
//! that names the path (and line, for JSONL); a broken line or file never stops the others.

use crate::date::Date;
use crate::document::{DateSource, Document};
use std::fmt;

mod html;

/// A problem with one input, reported and skipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputProblem {
    /// The path as given.
    pub path: String,
    /// 1-based line, for JSONL.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
    /// The input (or line) was skipped; otherwise it was read with a warning.
    pub skipped: bool,
}

impl fmt::Display for InputProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.path, l, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// Reads the documents in one input's bytes.
///
/// ```
/// let (docs, problems) = claimlint::read_documents("a.md", b"---\npublished: 2021-05-06\n---\nText.\n");
/// assert_eq!(docs[0].published.map(|d| d.to_string()).as_deref(), Some("2021-05-06"));
/// assert!(problems.is_empty());
/// ```
pub fn read_documents(path: &str, bytes: &[u8]) -> (Vec<Document>, Vec<InputProblem>) {
    let mut problems = Vec::new();
    let problem = |message: String, line: Option<usize>, skipped: bool| InputProblem {
        path: path.to_string(),
        line,
        message,
        skipped,
    };
    if bytes.is_empty() || bytes.iter().all(u8::is_ascii_whitespace) {
        problems.push(problem("empty file: nothing to check".into(), None, true));
        return (Vec::new(), problems);
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        problems.push(problem("binary file (NUL bytes): skipped".into(), None, true));
        return (Vec::new(), problems);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(e) => {
            let (line, _) = crate::document::line_col(&String::from_utf8_lossy(bytes), e.valid_up_to());
            problems.push(problem(
                format!("invalid UTF-8 at byte {} (line {line}): read with replacement characters", e.valid_up_to()),
                None,
                false,
            ));
            String::from_utf8_lossy(bytes).into_owned()
        }
    };
    if path.ends_with(".jsonl") || path.ends_with(".ndjson") {
        let (docs, mut p) = read_jsonl(path, &text);
        problems.append(&mut p);
        return (docs, problems);
    }
    let lower = path.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") {
        let (doc, mut p) = html::read(path, &text);
        problems.append(&mut p);
        return (vec![doc], problems);
    }
    let mut doc = Document::new(path, text);
    read_front_matter(&mut doc);
    (vec![doc], problems)
}

/// YAML front matter (`---` … `---`): `published`/`date`, `outlet`, `title`. Read line by line:
/// only these scalar keys matter here, and a broken front matter must not lose the article.
fn read_front_matter(doc: &mut Document) {
    let t = doc.text.as_str();
    let Some(rest) = t.strip_prefix("---\n").or_else(|| t.strip_prefix("---\r\n")) else { return };
    let Some(end) = rest.find("\n---") else { return };
    let header = &rest[..end];
    let after = &rest[end + 4..];
    let body_off = t.len() - after.len() + after.find('\n').map_or(after.len(), |i| i + 1);
    let mut published = None;
    let mut outlet = None;
    let mut title = None;
    for line in header.lines() {
        let Some((k, v)) = line.split_once(':') else { continue };
        let v = v.trim().trim_matches('"').trim_matches('\'').to_string();
        match k.trim() {
            "published" | "date" => published = Date::parse_iso(&v),
            "outlet" | "source" => outlet = Some(v),
            "title" => title = Some(v),
            _ => {}
        }
    }
    doc.body_start = body_off;
    if let Some(d) = published {
        doc.published = Some(d);
        doc.published_source = Some(DateSource::FrontMatter);
    }
    doc.outlet = outlet;
    doc.title = title;
}

fn read_jsonl(path: &str, text: &str) -> (Vec<Document>, Vec<InputProblem>) {
    let mut docs = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let problem =
            |message: String| InputProblem { path: path.to_string(), line: Some(i + 1), message, skipped: true };
        let v: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                problems.push(problem(format!("not a JSON object: {e}")));
                continue;
            }
        };
        if !v.is_object() {
            problems.push(problem("not a JSON object".into()));
            continue;
        }
        let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
            problems.push(problem("no `text` string".into()));
            continue;
        };
        let id = match v.get("id") {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => format!("{path}#{}", i + 1),
        };
        let mut doc = Document::new(id, text);
        doc.path = path.to_string();
        if let Some(p) = v.get("published").filter(|p| !p.is_null()) {
            match p.as_str().and_then(Date::parse_iso) {
                Some(d) => {
                    doc.published = Some(d);
                    doc.published_source = Some(DateSource::Jsonl);
                }
                None => problems.push(InputProblem {
                    path: path.to_string(),
                    line: Some(i + 1),
                    message: format!("`published` is not a date: {p}"),
                    skipped: false,
                }),
            }
        }
        doc.outlet = v.get("outlet").or_else(|| v.get("source")).and_then(|o| o.as_str()).map(str::to_string);
        doc.title = v.get("title").and_then(|o| o.as_str()).map(str::to_string);
        docs.push(doc);
    }
    (docs, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_broken_line_is_reported_and_rest_read() {
        let (docs, problems) = read_documents("c.jsonl", b"{\"id\":\"a\",\"text\":\"One.\"}\n{broken\n{\"id\":\"b\",\"text\":\"Two.\",\"published\":\"2021-05-06\"}\n");
        assert_eq!(docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, Some(2));
        assert!(problems[0].to_string().starts_with("c.jsonl:2: not a JSON object"), "{}", problems[0]);
    }

    #[test]
    fn bad_bytes() {
        let (d, p) = read_documents("e.txt", b"");
        assert!(d.is_empty() && p[0].message.contains("empty"));
        let (d, p) = read_documents("b.bin", b"ab\0cd");
        assert!(d.is_empty() && p[0].message.contains("binary"));
        let (d, p) = read_documents("u.txt", b"caf\xe9 ok");
        assert_eq!(d[0].text, "caf\u{fffd} ok");
        assert!(p[0].message.contains("invalid UTF-8 at byte 3"), "{}", p[0]);
    }

    #[test]
    fn front_matter_body_offset() {
        let (d, _) = read_documents("a.md", b"---\ntitle: \"T\"\noutlet: X\n---\n# Head\n");
        assert_eq!(&d[0].text[d[0].body_start..], "# Head\n");
        assert_eq!(d[0].outlet.as_deref(), Some("X"));
    }
}
