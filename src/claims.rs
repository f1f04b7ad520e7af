//! Claim records: one document's claims as a JSON object that can be stored or shipped elsewhere and
//! read back into exactly what the checks need, without the document's text.
//!
//! A record is the line `claimlint extract --format jsonl` writes: the JSON contract's document
//! object plus a `claims` member with everything the cross-document checks read (figures with their
//! context words, quotes with their resolved speakers, person mentions, proper-noun spans), the
//! text of every span those claims cover, and the offsets of the line breaks. Reading a record back
//! gives a [`Document`] whose text has the same length, the same line breaks and the same bytes
//! under every claim's span, with spaces elsewhere: the checks, the labels' line and column and the
//! machine-readable outputs come out the same as from the original text. This is what makes
//! `claimlint reduce` (the reduce step of a map-reduce run) and the archive (`check --against`)
//! give the findings a single `claimlint check` gives.
//!
//! Records name registry people by index, so they must be read back with the rules and knowledge
//! they were extracted with.

use crate::claim::{Extraction, Figure, PersonMention, Quote};
use crate::document::{DateSource, Document, Span};
use crate::finding::Finding;
use crate::text::names::fold;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeSet;
use std::hash::{Hash, Hasher};

/// Version of the `claims` member; a record of another version is refused, so that an archive made
/// by an older build is extracted again rather than read with claims it lacks (version 2: speakers
/// carry their kind, figures a typed measure).
pub const CLAIMS_VERSION: u32 = 2;

#[derive(Serialize, Deserialize)]
struct Claims {
    version: u32,
    /// Length of the text in bytes.
    len: usize,
    body_start: usize,
    /// Byte offsets of every `\n`.
    newlines: Vec<usize>,
    /// The text under every claim's span (merged where spans overlap), and suppression comments.
    fragments: Vec<(usize, String)>,
    figures: Vec<Figure>,
    quotes: Vec<Quote>,
    people: Vec<PersonMention>,
    names: Vec<Span>,
    /// Absent from records of earlier releases: no places, so no story is told apart.
    #[serde(default)]
    places: Vec<String>,
}

/// The record of one extracted document.
///
/// ```
/// let engine = claimlint::Engine::builtin();
/// let mut docs = vec![claimlint::Document::new("a.txt", "Officials said 80,000 troops were deployed.")];
/// let ex = engine.extract(&mut docs);
/// let rec = claimlint::claims::record(&docs[0], &ex[0]);
/// let (doc, back) = claimlint::claims::from_record(&rec).unwrap();
/// let span = back.figures[0].span;
/// assert_eq!(doc.slice(span), docs[0].slice(span));
/// assert!(doc.slice(span).starts_with("80,000"));
/// assert_eq!(doc.text.len(), docs[0].text.len());
/// ```
pub fn record(doc: &Document, ex: &Extraction) -> Value {
    let mut v = crate::render::json::document_json(doc, ex);
    let claims = Claims {
        version: CLAIMS_VERSION,
        len: doc.text.len(),
        body_start: doc.body_start,
        newlines: doc.text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i).collect(),
        fragments: fragments(doc, ex),
        figures: ex.figures.clone(),
        quotes: ex.quotes.clone(),
        people: ex.people.clone(),
        names: ex.names.clone(),
        places: ex.places.clone(),
    };
    if let (Value::Object(map), Ok(c)) = (&mut v, serde_json::to_value(claims)) {
        map.insert("claims".into(), c);
    }
    v
}

/// Every span the claims cover, merged, with its text; and every `<!-- claimlint-… -->` comment.
fn fragments(doc: &Document, ex: &Extraction) -> Vec<(usize, String)> {
    let mut spans: Vec<Span> = Vec::new();
    spans.extend(ex.figures.iter().map(|f| f.span));
    for q in &ex.quotes {
        spans.push(q.span);
        spans.extend(q.speaker.as_ref().map(|s| s.span));
    }
    for p in &ex.people {
        spans.push(p.span);
        spans.extend(p.role_span);
    }
    spans.extend(ex.names.iter().copied());
    let t = doc.text.as_str();
    let mut from = 0;
    while let Some(i) = t[from..].find("<!--") {
        let start = from + i;
        let Some(j) = t[start..].find("-->") else { break };
        let end = start + j + 3;
        if t[start..end].contains("claimlint-") {
            spans.push(Span::new(start, end));
        }
        from = end;
    }
    spans.retain(|s| !s.is_empty() && t.get(s.start..s.end).is_some());
    spans.sort_unstable();
    let mut merged: Vec<Span> = Vec::new();
    for s in spans {
        match merged.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged.into_iter().map(|s| (s.start, t[s.start..s.end].to_string())).collect()
}

/// A record without the contract's `figures`, `quotes` and `people` arrays: all that
/// [`from_record`] reads, at about half the size, for storing (an archive) rather than reading.
pub fn lean_record(doc: &Document, ex: &Extraction) -> Value {
    let mut v = record(doc, ex);
    if let Value::Object(map) = &mut v {
        for k in ["figures", "quotes", "people"] {
            map.remove(k);
        }
    }
    v
}

/// The lean record of a document's figures alone: what a draft's figures are compared with when the
/// document shares nothing else with the draft (an archive stores it beside the full record).
pub fn figure_record(doc: &Document, ex: &Extraction) -> Value {
    lean_record(doc, &Extraction { figures: ex.figures.clone(), places: ex.places.clone(), ..Extraction::default() })
}

/// The members of a record that are read back; the contract's arrays are skipped.
#[derive(Deserialize)]
struct RecordIn {
    id: Option<String>,
    path: Option<String>,
    published: Option<String>,
    published_source: Option<String>,
    outlet: Option<String>,
    title: Option<String>,
    claims: Option<Claims>,
}

/// Reads a record back: the document (text rebuilt from the fragments) and its claims.
///
/// # Errors
///
/// A message saying what is missing or malformed.
pub fn from_record(v: &Value) -> Result<(Document, Extraction), String> {
    if v.get("claims").is_none() {
        return Err(NO_CLAIMS.into());
    }
    rebuild(RecordIn::deserialize(v).map_err(|e| e.to_string())?)
}

/// [`from_record`] from the record's JSON text, without building a JSON tree first.
///
/// # Errors
///
/// A message saying what is missing or malformed.
pub fn from_record_str(line: &str) -> Result<(Document, Extraction), String> {
    rebuild(serde_json::from_str::<RecordIn>(line).map_err(|e| e.to_string())?)
}

const NO_CLAIMS: &str = "no `claims` object (write records with `extract --format jsonl`)";

fn rebuild(r: RecordIn) -> Result<(Document, Extraction), String> {
    let id = r.id.ok_or("no `id` string")?;
    let c = r.claims.ok_or(NO_CLAIMS)?;
    if c.version != CLAIMS_VERSION {
        return Err(format!("`claims` version {} (this claimlint reads version {CLAIMS_VERSION})", c.version));
    }
    let mut bytes = vec![b' '; c.len];
    for &n in &c.newlines {
        *bytes.get_mut(n).ok_or(format!("line break at {n} past the end ({})", c.len))? = b'\n';
    }
    for (at, text) in &c.fragments {
        let dst = bytes.get_mut(*at..at + text.len()).ok_or(format!("fragment at {at} past the end ({})", c.len))?;
        dst.copy_from_slice(text.as_bytes());
    }
    let text = String::from_utf8(bytes).map_err(|e| format!("fragments cut a character: {e}"))?;
    let mut doc = Document::new(id, text);
    doc.path = r.path.unwrap_or_else(|| doc.id.clone());
    doc.body_start = c.body_start;
    doc.published = r.published.and_then(|d| crate::date::Date::parse_iso(&d));
    doc.published_source = match r.published_source.as_deref() {
        Some("jsonl") => Some(DateSource::Jsonl),
        Some("front_matter") => Some(DateSource::FrontMatter),
        Some("dateline") => Some(DateSource::Dateline),
        Some("command_line") => Some(DateSource::CommandLine),
        _ => None,
    };
    doc.outlet = r.outlet;
    doc.title = r.title;
    let ex = Extraction { figures: c.figures, quotes: c.quotes, people: c.people, names: c.names, places: c.places };
    Ok((doc, ex))
}

/// The keys under which the cross-document checks look for a document's claims: its measures
/// (`m:`), the people it names or quotes, by folded full name (`p:`), and its quotes' word shingles
/// (`q:`). An archive indexes documents by these keys, so a draft is compared only with documents
/// sharing one.
pub fn keys(doc: &Document, ex: &Extraction) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for f in &ex.figures {
        if let Some(m) = &f.measure {
            out.insert(format!("m:{m}"));
        }
    }
    for p in &ex.people {
        out.insert(format!("p:{}", fold(&p.full)));
    }
    for q in &ex.quotes {
        if let Some(sp) = &q.speaker {
            out.insert(format!("p:{}", fold(&sp.name)));
        }
        let words = crate::claim::words(doc.slice(q.span));
        if words.len() < SHINGLE {
            out.insert(format!("q:{:016x}", hash(&words)));
        }
        for w in words.windows(SHINGLE) {
            out.insert(format!("q:{:016x}", hash(w)));
        }
    }
    out
}

const SHINGLE: usize = 4;

fn hash(words: &[String]) -> u64 {
    // Stable across runs and platforms: the archive stores these keys.
    let mut h = crate::text::fnv::Fnv::default();
    words.hash(&mut h);
    h.finish()
}

/// Keeps the findings with a label in one of the first `n` documents (the drafts of `check --against`).
pub fn touching(findings: Vec<Finding>, n: usize) -> Vec<Finding> {
    findings.into_iter().filter(|f| f.labels.iter().any(|l| l.doc < n)).collect()
}

/// Orders documents the way a directory walk gives them: by path, component by component, then id.
pub fn walk_order(a: &Document, b: &Document) -> std::cmp::Ordering {
    std::path::Path::new(&a.path).cmp(std::path::Path::new(&b.path)).then_with(|| a.id.cmp(&b.id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Engine;

    const A: &str = "---\npublished: 2022-03-01\n---\nCouncillor Maren Oskarsdottir said 40 people were killed in the \
                     floods near Velmora.\n\n\u{201c}We will rebuild every bridge in this valley,\u{201d} Oskarsdottir said.\n";
    const B: &str = "---\npublished: 2022-03-02\n---\nCouncillor Maren Oskarsdotir said 90 people were killed in the \
                     floods near Velmora.\n\n<!-- claimlint-disable-next-line quote-drift: checked -->\n\u{201c}We will \
                     rebuild every road in this valley,\u{201d} Councillor Maren Oskarsdottir said.\n";

    fn docs() -> Vec<Document> {
        [("a.md", A), ("b.md", B)].iter().flat_map(|(p, t)| crate::read_documents(p, t.as_bytes()).0).collect()
    }

    #[test]
    fn records_give_the_same_findings_and_labels() {
        let engine = Engine::builtin();
        let mut original = docs();
        let run = engine.check(&mut original);
        assert!(!run.findings.is_empty(), "the fixture has findings");
        let mut back_docs = Vec::new();
        let mut back_ex = Vec::new();
        for (d, e) in original.iter().zip(&run.extractions) {
            let line = record(d, e).to_string();
            let (d2, e2) = from_record(&serde_json::from_str(&line).unwrap()).unwrap();
            let (d3, _) = from_record_str(&line).unwrap();
            assert_eq!((&d3.text, &d3.path, d3.published), (&d2.text, &d2.path, d2.published));
            let (d4, e4) = from_record_str(&lean_record(d, e).to_string()).unwrap();
            assert_eq!((&d4.text, e4.figures.len(), e4.people.len()), (&d2.text, e2.figures.len(), e2.people.len()));
            back_docs.push(d2);
            back_ex.push(e2);
        }
        let people = crate::resolve::resolve(&back_ex);
        let findings = engine.run_rules(&back_docs, &back_ex, &people).0;
        let json = |f: &[Finding], d: &[Document]| crate::render::json::check_json(f, d);
        assert_eq!(json(&findings, &back_docs), json(&run.findings, &original));
    }

    #[test]
    fn bad_records_are_errors() {
        let v: Value = serde_json::json!({"id": "x", "claims": {"version": 2, "len": 3, "body_start": 0,
            "newlines": [7], "fragments": [], "figures": [], "quotes": [], "people": [], "names": []}});
        assert!(from_record(&v).unwrap_err().contains("past the end"));
        let v: Value = serde_json::json!({"id": "x"});
        assert!(from_record(&v).unwrap_err().contains("no `claims`"));
        let v: Value = serde_json::json!({"id": "x", "claims": {"version": 9}});
        assert!(from_record(&v).is_err());
        // A record of the previous version (speakers without their kind) is refused, not misread.
        let v: Value = serde_json::json!({"id": "x", "claims": {"version": 1, "len": 0, "body_start": 0,
            "newlines": [], "fragments": [], "figures": [], "quotes": [], "people": [], "names": []}});
        assert!(from_record(&v).is_err());
    }

    #[test]
    fn records_keep_speaker_kinds_and_older_records_still_read() {
        let engine = Engine::builtin();
        let mut d = docs();
        let ex = engine.extract(&mut d);
        let kind = |e: &Extraction| e.quotes[0].speaker.as_ref().map(|s| s.kind);
        let mut v = record(&d[0], &ex[0]);
        assert_eq!(kind(&from_record(&v).unwrap().1), Some(crate::claim::SpeakerKind::Person));
        // A record written before speakers had kinds: each reads as the catch-all kind.
        for q in v["claims"]["quotes"].as_array_mut().unwrap() {
            q["speaker"].as_object_mut().unwrap().remove("kind");
        }
        assert_eq!(kind(&from_record(&v).unwrap().1), Some(crate::claim::SpeakerKind::Other));
    }

    #[test]
    fn keys_cover_measures_people_and_quotes() {
        let engine = Engine::builtin();
        let mut d = docs();
        let ex = engine.extract(&mut d);
        let (ka, kb) = (keys(&d[0], &ex[0]), keys(&d[1], &ex[1]));
        assert!(ka.iter().any(|k| k.starts_with("m:")), "{ka:?}");
        assert!(ka.iter().any(|k| k.starts_with("q:")), "{ka:?}");
        assert!(ka.intersection(&kb).any(|k| k.starts_with("q:")), "the two quotes share a shingle");
    }
}
