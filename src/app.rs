//! The commands: read inputs from disk, call the library, render, and decide the exit code.
//!
//! All file-system access of claimlint is here (and in `main.rs`); the library only sees bytes.

pub(crate) mod atomic;

use crate::cli::{CheckFormat, Cli, Command, ExtractFormat, Inputs, Level, NamesFormat, RulesAction};
use claimlint::{render, Date, DateSource, Document, Engine, RulesDir, Severity, Source};
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "jsonl", "ndjson", "text"];

/// Runs one command; returns the exit code.
pub fn run(cli: Cli) -> io::Result<u8> {
    match cli.command {
        Command::Check { inputs, format, fail_level } => check(&inputs, format, fail_level),
        Command::Extract { inputs, format } => extract(&inputs, format),
        Command::Rules { action, rules } => rules_cmd(&action, &rules),
        Command::Names { inputs, format, unknown } => names(&inputs, format, unknown),
    }
}

fn write_out(s: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(s.as_bytes())?;
    out.flush()
}

/// Loads the engine with the user's folders; load errors are printed as diagnostics.
fn engine(dirs: &[PathBuf]) -> Option<Engine> {
    let mut loaded = Vec::new();
    for d in dirs {
        match read_rules_dir(d) {
            Ok(r) => loaded.push(r),
            Err(e) => {
                eprintln!("claimlint: cannot read rules folder {}: {e}", d.display());
                return None;
            }
        }
    }
    match Engine::load(&loaded) {
        Ok(e) => Some(e),
        Err(errors) => {
            for e in errors {
                eprintln!("{:?}", miette::Report::new(e));
            }
            None
        }
    }
}

fn read_rules_dir(dir: &Path) -> io::Result<RulesDir> {
    let mut r = RulesDir::default();
    let src =
        |p: &Path| -> io::Result<Source> { Ok(Source::new(p.display().to_string(), std::fs::read_to_string(p)?)) };
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.extension().is_some_and(|e| e == "yaml" || e == "yml") && p.is_file() {
            r.rules.push(src(&p)?);
        }
    }
    let k = dir.join("knowledge");
    for (name, into) in [
        ("people.yaml", &mut r.people),
        ("measures.yaml", &mut r.measures),
        ("furniture.yaml", &mut r.furniture),
        ("gazetteer.yaml", &mut r.gazetteer),
    ] {
        let p = k.join(name);
        if p.is_file() {
            into.push(src(&p)?);
        }
    }
    Ok(r)
}

/// Reads every input; problems are reported on stderr and the rest goes on.
fn read_inputs(inputs: &Inputs) -> io::Result<(Vec<Document>, usize)> {
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    let mut failures = 0;
    let mut docs = Vec::new();
    let paths = if inputs.paths.is_empty() { vec![PathBuf::from(".")] } else { inputs.paths.clone() };
    for p in &paths {
        if p.as_os_str() == "-" {
            let mut buf = Vec::new();
            io::stdin().take(inputs.max_file_size.saturating_add(1)).read_to_end(&mut buf)?;
            if too_large("-", buf.len() as u64, inputs.max_file_size) {
                failures += 1;
            } else {
                add(&mut docs, &mut failures, "-", &buf);
            }
            continue;
        }
        if p.is_dir() {
            walk(p, &mut files);
        } else if p.exists() {
            files.push((p.display().to_string(), p.clone()));
        } else {
            eprintln!("claimlint: {}: no such file or directory", p.display());
            failures += 1;
        }
    }
    for (name, path) in files {
        if std::fs::metadata(&path).is_ok_and(|m| too_large(&name, m.len(), inputs.max_file_size)) {
            failures += 1;
            continue;
        }
        match std::fs::read(&path) {
            Ok(bytes) => add(&mut docs, &mut failures, &name, &bytes),
            Err(e) => {
                eprintln!("claimlint: {name}: {e}");
                failures += 1;
            }
        }
    }
    if let Some(s) = &inputs.published {
        match Date::parse_iso(s) {
            Some(d) => {
                for doc in docs.iter_mut().filter(|d| d.published.is_none()) {
                    doc.published = Some(d);
                    doc.published_source = Some(DateSource::CommandLine);
                }
            }
            None => {
                eprintln!("claimlint: --published {s}: not a date (YYYY-MM-DD)");
                failures += 1;
            }
        }
    }
    Ok((docs, failures))
}

fn add(docs: &mut Vec<Document>, failures: &mut usize, name: &str, bytes: &[u8]) {
    let (mut d, problems) = claimlint::read_documents(name, bytes);
    for p in problems {
        eprintln!("claimlint: {}{}", if p.skipped { "" } else { "warning: " }, p);
        if p.skipped && p.line.is_none() {
            *failures += 1;
        }
    }
    docs.append(&mut d);
}

/// Whether an input of `len` bytes is over `--max-file-size`; if so, says so on stderr.
fn too_large(name: &str, len: u64, max: u64) -> bool {
    if len <= max {
        return false;
    }
    let len = if name == "-" { format!("more than {max} bytes") } else { format!("{len} bytes") };
    eprintln!("claimlint: {name}: {len}, over --max-file-size {max}: skipped");
    true
}

/// Files under `dir` with a known extension, sorted, paths joined to the directory as given.
fn walk(dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        eprintln!("claimlint: {}: cannot read directory", dir.display());
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        let hidden = p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.') || n == "target");
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().and_then(|e| e.to_str()).is_some_and(|e| EXTENSIONS.contains(&e)) {
            out.push((p.display().to_string(), p));
        }
    }
}

fn check(inputs: &Inputs, format: CheckFormat, fail: Level) -> io::Result<u8> {
    let Some(engine) = engine(&inputs.rules) else { return Ok(2) };
    let (mut docs, failures) = read_inputs(inputs)?;
    if docs.is_empty() {
        if failures > 0 {
            eprintln!("claimlint: no readable documents");
            return Ok(2);
        }
        let paths: Vec<String> = inputs.paths.iter().map(|p| p.display().to_string()).collect();
        eprintln!(
            "claimlint: no documents found in {} (looked for .{} files): nothing to check",
            if paths.is_empty() { ".".to_string() } else { paths.join(", ") },
            EXTENSIONS.join(", .")
        );
        return Ok(0);
    }
    let run = engine.check(&mut docs);
    let text = match format {
        CheckFormat::Json => render::json::check_json(&run.findings, &docs) + "\n",
        CheckFormat::Short => render::short::short(&run.findings, &docs),
        CheckFormat::Sarif => render::sarif::sarif(&run.findings, &docs, &engine.rules) + "\n",
        CheckFormat::Github => render::sarif::github(&run.findings, &docs),
        CheckFormat::Rdjson => render::sarif::rdjson(&run.findings, &docs) + "\n",
        CheckFormat::Human => {
            let color = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            render::human::human(&run.findings, &docs, color, 100)
        }
    };
    write_out(&text)?;
    let level = match fail {
        Level::Error => Severity::Error,
        Level::Warning => Severity::Warning,
        Level::Info => Severity::Info,
    };
    Ok(u8::from(run.findings.iter().any(|f| f.severity >= level)))
}

fn extract(inputs: &Inputs, format: ExtractFormat) -> io::Result<u8> {
    let Some(engine) = engine(&inputs.rules) else { return Ok(2) };
    let (mut docs, failures) = read_inputs(inputs)?;
    if docs.is_empty() && failures > 0 {
        eprintln!("claimlint: no readable documents");
        return Ok(2);
    }
    let ex = engine.extract(&mut docs);
    let text = match format {
        ExtractFormat::Json => render::json::extract_json(&docs, &ex) + "\n",
        ExtractFormat::Jsonl => {
            docs.iter().zip(&ex).map(|(d, e)| render::json::document_json(d, e).to_string() + "\n").collect()
        }
    };
    write_out(&text)?;
    Ok(0)
}

fn rules_cmd(action: &RulesAction, dirs: &[PathBuf]) -> io::Result<u8> {
    let Some(engine) = engine(dirs) else { return Ok(2) };
    match action {
        RulesAction::List => {
            let mut s = String::new();
            for r in &engine.rules.rules {
                s.push_str(&format!(
                    "{:<22} {:<8} {:<18} {}\n",
                    r.id,
                    r.severity,
                    r.check.kind_name(),
                    if r.enabled { "" } else { "(off)" }
                ));
            }
            write_out(&s)?;
            Ok(0)
        }
        RulesAction::Explain { id } => match engine.rules.get(id) {
            Some(r) => {
                write_out(&format!(
                    "# {}\n\nseverity: {}\ncheck: {}\n\n{}\n",
                    r.id,
                    r.severity,
                    r.check.kind_name(),
                    r.docs.trim_end()
                ))?;
                Ok(0)
            }
            None => {
                let known: Vec<&str> = engine.rules.rules.iter().map(|r| r.id.as_str()).collect();
                eprintln!("claimlint: unknown rule id `{id}` (known: {})", known.join(", "));
                Ok(2)
            }
        },
        RulesAction::Test => {
            let results = claimlint::rule::examples::run_all(&engine);
            let mut failed = 0;
            let mut s = String::new();
            for r in &results {
                if !r.ok {
                    failed += 1;
                    s.push_str(&format!("FAIL {} {} example {}: {}\n", r.rule, r.which, r.index + 1, r.detail));
                }
            }
            s.push_str(&format!("{} passed, {} failed\n", results.len() - failed, failed));
            write_out(&s)?;
            Ok(u8::from(failed > 0))
        }
    }
}

fn names(inputs: &Inputs, format: NamesFormat, unknown: bool) -> io::Result<u8> {
    let Some(engine) = engine(&inputs.rules) else { return Ok(2) };
    let (mut docs, failures) = read_inputs(inputs)?;
    if docs.is_empty() && failures > 0 {
        eprintln!("claimlint: no readable documents");
        return Ok(2);
    }
    let run = engine.check(&mut docs);
    let mut people = claimlint::resolve::summarise(&run.people, &run.extractions);
    if unknown {
        people.retain(|p| !p.known);
    }
    let text = match format {
        NamesFormat::Yaml => claimlint::rule::registry_yaml(&people),
        NamesFormat::Text => people
            .iter()
            .map(|p| {
                let mut line = format!(
                    "{} ({} mentions in {} documents{})",
                    p.canonical,
                    p.mentions,
                    p.documents,
                    if p.known { ", in the registry" } else { "" }
                );
                if !p.variants.is_empty() {
                    line.push_str(&format!("; spelled {}", p.variants.join(", ")));
                }
                if !p.titles.is_empty() {
                    line.push_str(&format!("; titled {}", p.titles.join(", ")));
                }
                line + "\n"
            })
            .collect(),
    };
    write_out(&text)?;
    Ok(0)
}
