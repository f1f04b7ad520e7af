//! The commands for archives and map-reduce runs: `archive add`, `check --against` and `reduce`.
//!
//! All three move claims, not texts: a document is extracted once into a claim record
//! (`claimlint::claims`), and the record is what the archive stores and what `reduce` reads. The
//! archive is an SQLite database: one row per document with its record, one row per figure, quote
//! and person mention (for queries of one's own), and an index from each claim key (measure,
//! person, quote shingle) to the documents that have it, so a draft is compared only with the
//! documents its claims touch: whole when they share a person or a quote, by their figures alone
//! when they share only a measure.

use super::{documents, engine, report, WhenEmpty};
use crate::cli::{Against, CheckFormat, Inputs, Level};
use claimlint::claims::{self, figure_record, from_record_str, keys, lean_record, touching, walk_order};
use claimlint::{Document, Extraction};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, path TEXT NOT NULL, published TEXT, outlet TEXT, record TEXT NOT NULL,
    figures_record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS figures (
    doc TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
    value REAL, low REAL, high REAL, qualifier TEXT NOT NULL, unit TEXT, measure TEXT, asserted_by TEXT);
CREATE TABLE IF NOT EXISTS quotes (
    doc TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    speaker TEXT, speaker_start INTEGER, speaker_end INTEGER);
CREATE TABLE IF NOT EXISTS people (
    doc TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, name TEXT NOT NULL,
    role TEXT);
CREATE TABLE IF NOT EXISTS claim_keys (key TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS figures_doc ON figures(doc);
CREATE INDEX IF NOT EXISTS figures_measure ON figures(measure);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc);
CREATE INDEX IF NOT EXISTS people_doc ON people(doc);
CREATE INDEX IF NOT EXISTS people_name ON people(name);
CREATE INDEX IF NOT EXISTS claim_keys_doc ON claim_keys(doc);
";

fn sql_error(db: &Path, e: rusqlite::Error) -> io::Error {
    io::Error::other(format!("{}: {e}", db.display()))
}

fn open(db: &Path, create: bool) -> io::Result<Connection> {
    if !create && !db.is_file() {
        return Err(io::Error::new(io::ErrorKind::NotFound, format!("{}: no such archive", db.display())));
    }
    let conn = Connection::open(db).map_err(|e| sql_error(db, e))?;
    conn.execute_batch(SCHEMA).map_err(|e| sql_error(db, e))?;
    let version: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE name = 'claims_version'", [], |r| r.get(0))
        .optional()
        .map_err(|e| sql_error(db, e))?;
    match version {
        Some(v) if v != claims::CLAIMS_VERSION.to_string() => Err(io::Error::other(format!(
            "{}: archive of claims version {v}, this claimlint writes version {}",
            db.display(),
            claims::CLAIMS_VERSION
        ))),
        Some(_) => Ok(conn),
        None => {
            conn.execute("INSERT INTO meta VALUES ('claims_version', ?1)", [claims::CLAIMS_VERSION.to_string()])
                .map_err(|e| sql_error(db, e))?;
            Ok(conn)
        }
    }
}

/// `claimlint archive add --db FILE PATH...`: one transaction for the whole run.
pub(super) fn archive_add(db: &Path, inputs: &Inputs) -> io::Result<u8> {
    let (engine, mut docs, failures) = match documents(inputs, WhenEmpty::Stop(2))? {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    let ex = engine.extract(&mut docs);
    let mut conn = open(db, true)?;
    let err = |e| sql_error(db, e);
    let tx = conn.transaction().map_err(err)?;
    {
        let mut del: Vec<_> = ["documents WHERE id", "figures WHERE doc", "quotes WHERE doc", "people WHERE doc"]
            .iter()
            .chain(["claim_keys WHERE doc"].iter())
            .map(|t| tx.prepare(&format!("DELETE FROM {t} = ?1")))
            .collect::<Result<_, _>>()
            .map_err(err)?;
        let mut doc_row = tx.prepare("INSERT INTO documents VALUES (?1, ?2, ?3, ?4, ?5, ?6)").map_err(err)?;
        let mut fig_row = tx
            .prepare("INSERT INTO figures VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
            .map_err(err)?;
        let mut quote_row = tx.prepare("INSERT INTO quotes VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)").map_err(err)?;
        let mut person_row = tx.prepare("INSERT INTO people VALUES (?1, ?2, ?3, ?4, ?5, ?6)").map_err(err)?;
        let mut key_row = tx.prepare("INSERT OR IGNORE INTO claim_keys VALUES (?1, ?2)").map_err(err)?;
        for (d, e) in docs.iter().zip(&ex) {
            for s in &mut del {
                s.execute([&d.id]).map_err(err)?;
            }
            let published = d.published.map(|p| p.to_string());
            let (full, figures) = (lean_record(d, e).to_string(), figure_record(d, e).to_string());
            doc_row.execute(params![d.id, d.path, published, d.outlet, full, figures]).map_err(err)?;
            for f in &e.figures {
                fig_row
                    .execute(params![
                        d.id,
                        f.span.start as i64,
                        f.span.end as i64,
                        d.slice(f.span),
                        f.quantity.kind.as_str(),
                        f.quantity.value,
                        f.quantity.low,
                        f.quantity.high,
                        f.quantity.qualifier.as_str(),
                        f.quantity.unit,
                        f.measure.as_ref().map(ToString::to_string),
                        f.asserted_by
                    ])
                    .map_err(err)?;
            }
            for q in &e.quotes {
                let s = q.speaker.as_ref();
                quote_row
                    .execute(params![
                        d.id,
                        q.span.start as i64,
                        q.span.end as i64,
                        d.slice(q.span),
                        s.map(|s| &s.name),
                        s.map(|s| s.span.start as i64),
                        s.map(|s| s.span.end as i64)
                    ])
                    .map_err(err)?;
            }
            for p in &e.people {
                person_row
                    .execute(params![d.id, p.span.start as i64, p.span.end as i64, d.slice(p.span), p.full, p.role])
                    .map_err(err)?;
            }
            for k in keys(d, e) {
                key_row.execute(params![k, d.id]).map_err(err)?;
            }
        }
    }
    tx.commit().map_err(err)?;
    eprintln!("claimlint: {} documents stored in {}", docs.len(), db.display());
    Ok(if failures > 0 { 2 } else { 0 })
}

/// `claimlint check PATH... --against ARCHIVE.db`: the inputs, and the archived documents that
/// share a key with them; findings that do not touch an input are left out.
pub(super) fn check_against(
    inputs: &Inputs,
    db: &Path,
    scope: &Against,
    format: claimlint::render::Format,
    fail: Level,
) -> io::Result<u8> {
    let (engine, mut docs, _) = match documents(inputs, WhenEmpty::Stop(2))? {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    let mut ex = engine.extract(&mut docs);
    let conn = open(db, false)?;
    let err = |e| sql_error(db, e);
    // Documents sharing a person or a quote with the drafts are read whole; those sharing only a
    // measure, by their figures alone (a measure is shared by much of an archive).
    let mut whole: BTreeMap<String, bool> = BTreeMap::new();
    let mut skipped = 0;
    {
        let mut q = conn.prepare_cached("SELECT doc FROM claim_keys WHERE key = ?1").map_err(err)?;
        let mut count = conn.prepare_cached("SELECT count(*) FROM claim_keys WHERE key = ?1").map_err(err)?;
        // Figures: archived documents dated within the window around the inputs' dates, or undated.
        let mut dated = conn
            .prepare_cached(
                "SELECT k.doc FROM claim_keys k JOIN documents d ON d.id = k.doc WHERE k.key = ?1 \
                 AND (d.published IS NULL OR d.published BETWEEN date(?2, ?4) AND date(?3, ?5))",
            )
            .map_err(err)?;
        let dates: Vec<String> = docs.iter().filter_map(|d| d.published.map(|p| p.to_string())).collect();
        let window = match (dates.iter().min(), dates.iter().max()) {
            (Some(lo), Some(hi)) if scope.window_days > 0 && dates.len() == docs.len() => {
                let w = scope.window_days;
                Some((lo.clone(), hi.clone(), format!("-{w} days"), format!("+{w} days")))
            }
            _ => None,
        };
        let own: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        let all_keys: BTreeSet<String> = docs.iter().zip(&ex).flat_map(|(d, e)| keys(d, e)).collect();
        for k in all_keys {
            let by_figures = k.starts_with("m:");
            if !by_figures && scope.max_key_docs > 0 {
                let n: i64 = count.query_row([&k], |r| r.get(0)).map_err(err)?;
                if n > i64::try_from(scope.max_key_docs).unwrap_or(i64::MAX) {
                    skipped += 1;
                    continue;
                }
            }
            let id = |r: &rusqlite::Row<'_>| r.get::<_, String>(0);
            let rows: Vec<String> = match (&window, by_figures) {
                (Some((lo, hi, minus, plus)), true) => {
                    dated.query_map(params![k, lo, hi, minus, plus], id).and_then(Iterator::collect)
                }
                _ => q.query_map([&k], id).and_then(Iterator::collect),
            }
            .map_err(err)?;
            for id in rows {
                if !own.contains(&id.as_str()) {
                    *whole.entry(id).or_insert(false) |= !by_figures;
                }
            }
        }
    }
    let mut records: Vec<(String, String)> = Vec::with_capacity(whole.len());
    {
        let mut full = conn.prepare_cached("SELECT record FROM documents WHERE id = ?1").map_err(err)?;
        let mut figs = conn.prepare_cached("SELECT figures_record FROM documents WHERE id = ?1").map_err(err)?;
        for (id, is_whole) in whole {
            let stmt = if is_whole { &mut full } else { &mut figs };
            if let Some(rec) = stmt.query_row([&id], |r| r.get::<_, String>(0)).optional().map_err(err)? {
                records.push((id, rec));
            }
        }
    }
    if skipped > 0 {
        eprintln!(
            "claimlint: {skipped} person or quote keys shared by more than {} archived documents not followed (--max-key-docs)",
            scope.max_key_docs
        );
    }
    let mut archived = parse_records(&records, db);
    archived.sort_by(|a, b| walk_order(&a.0, &b.0));
    let drafts = docs.len();
    for (d, e) in archived {
        docs.push(d);
        ex.push(e);
    }
    let findings = touching(engine.check_extracted(&docs, &ex), drafts);
    restore_texts(&mut docs, &findings);
    report(&engine, &findings, &docs, format, fail)
}

/// Documents rebuilt from records hold only their claims' text. For rendering, the documents a
/// finding points into are read again from disk when they are still there and unchanged under
/// every label (same length, same text under each span); otherwise the rebuilt text is shown.
fn restore_texts(docs: &mut [Document], findings: &[claimlint::Finding]) {
    let mut wanted: BTreeMap<usize, Vec<claimlint::Span>> = BTreeMap::new();
    for f in findings {
        for l in &f.labels {
            wanted.entry(l.doc).or_default().push(l.span);
        }
    }
    for (d, spans) in wanted {
        let doc = &mut docs[d];
        let Ok(bytes) = std::fs::read(&doc.path) else { continue };
        let (read, _) = claimlint::read_documents(&doc.path, &bytes);
        let Some(fresh) = read.into_iter().find(|r| r.id == doc.id) else { continue };
        if fresh.text.len() == doc.text.len() && spans.iter().all(|&s| fresh.slice(s) == doc.slice(s)) {
            doc.text = fresh.text;
        }
    }
}

/// Reads archived records back, on every core; a record that does not read is reported and skipped.
fn parse_records(records: &[(String, String)], db: &Path) -> Vec<(Document, Extraction)> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = records.len().div_ceil(threads).max(1);
    let parsed: Vec<Vec<_>> = std::thread::scope(|s| {
        let handles: Vec<_> = records
            .chunks(chunk)
            .map(|c| s.spawn(move || c.iter().map(|(id, r)| (id, from_record_str(r))).collect::<Vec<_>>()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    });
    let mut out = Vec::with_capacity(records.len());
    for (id, r) in parsed.into_iter().flatten() {
        match r {
            Ok(pair) => out.push(pair),
            Err(e) => eprintln!("claimlint: {}: archived document {id}: {e}", db.display()),
        }
    }
    out
}

/// `claimlint reduce [CLAIMS.jsonl...]`: the cross-document checks over claim records.
pub(super) fn reduce(files: &[PathBuf], rules: &[PathBuf], format: CheckFormat, fail: Level) -> io::Result<u8> {
    let Some(engine) = engine(rules) else { return Ok(2) };
    let mut pairs: Vec<(Document, Extraction)> = Vec::new();
    let mut failures = 0;
    if files.is_empty() || files.iter().any(|f| f.as_os_str() == "-") {
        let mut buf = String::new();
        io::stdin().read_to_string(&mut buf)?;
        failures += read_records("-", &mut buf.as_bytes(), &mut pairs)?;
    }
    for f in files.iter().filter(|f| f.as_os_str() != "-") {
        match std::fs::File::open(f) {
            Ok(file) => failures += read_records(&f.display().to_string(), &mut BufReader::new(file), &mut pairs)?,
            Err(e) => {
                eprintln!("claimlint: {}: {e}", f.display());
                failures += 1;
            }
        }
    }
    if pairs.is_empty() {
        eprintln!("claimlint: no claim records read");
        return Ok(2);
    }
    // The order a single `check` walks the files in; a record seen twice (a retried task) counts once.
    pairs.sort_by(|a, b| walk_order(&a.0, &b.0));
    pairs.dedup_by(|a, b| a.0.id == b.0.id && a.0.path == b.0.path);
    let (mut docs, ex): (Vec<Document>, Vec<Extraction>) = pairs.into_iter().unzip();
    let findings = engine.check_extracted(&docs, &ex);
    restore_texts(&mut docs, &findings);
    let code = report(&engine, &findings, &docs, format.0, fail)?;
    Ok(if failures > 0 { 2 } else { code })
}

/// Reads claim records line by line; returns how many lines were not records (each reported).
fn read_records(name: &str, input: &mut dyn BufRead, out: &mut Vec<(Document, Extraction)>) -> io::Result<usize> {
    let mut bad = 0;
    for (i, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        match from_record_str(&line) {
            Ok(pair) => out.push(pair),
            Err(e) => {
                eprintln!("claimlint: {name}:{}: {e}", i + 1);
                bad += 1;
            }
        }
    }
    Ok(bad)
}
