//! The commands: read inputs from disk, call the library, render, and decide the exit code.
//!
//! All file-system access of claimlint is here (and in `main.rs`); the library only sees bytes.

pub(crate) mod atomic;
mod baseline;
mod lsp;
mod project;
mod scale;

use crate::cli::{
    ArchiveAction, BaselineArgs, CheckFormat, Cli, Command, ExtractFormat, Inputs, Level, NamesFormat, RulesAction,
};
use claimlint::render::{self, Format};
use claimlint::{Date, DateSource, Document, Engine, Finding, RulesDir, Severity, Source};
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

mod progress;
mod report;

const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "jsonl", "ndjson", "text", "html", "htm"];

/// Runs one command; returns the exit code.
pub fn run(cli: Cli) -> io::Result<u8> {
    match cli.command {
        Command::Check { inputs, format, fail_level, baseline, against } => {
            check(&inputs, format, fail_level, &baseline, &against)
        }
        Command::Archive { action: ArchiveAction::Add { db, inputs } } => scale::archive_add(&db, &inputs),
        Command::Reduce { files, rules, format, fail_level } => scale::reduce(&files, &rules, format, fail_level),
        Command::Extract { inputs, format } => extract(&inputs, format),
        Command::Rules { action, rules } => rules_cmd(&action, &rules),
        Command::Lsp => lsp::run(),
        Command::Names { inputs, format, unknown } => names(&inputs, format, unknown),
        Command::Report { inputs, output, format } => report::report(&inputs, output.as_deref(), format),
        Command::Graph { inputs, format } => report::graph(&inputs, format),
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

/// Loads `claimlint.yaml` (if any) and the engine with its folders and rule settings applied.
fn project_engine(inputs: &Inputs) -> Option<(Option<project::Project>, Engine)> {
    let project = project::load(inputs.config.as_deref()).ok()?;
    let mut dirs = inputs.rules.clone();
    if let Some(p) = &project {
        dirs.extend(p.folders());
    }
    let mut engine = engine(&dirs)?;
    if let Some(p) = &project {
        if let Err(errors) = engine.configure(&p.config) {
            for e in errors {
                eprintln!("{:?}", miette::Report::new(e));
            }
            return None;
        }
    }
    Some((project, engine))
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
        ("currencies.yaml", &mut r.currencies),
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

/// An input before it is read: a file, or standard input (read whole when found).
enum Input {
    Stdin(Vec<u8>),
    File(String, PathBuf),
}

/// The inputs of a run, found but not read yet.
struct Sources {
    /// Standard input first, then the files in walk order.
    list: Vec<Input>,
    /// `--published`, when given and valid.
    published: Option<Date>,
    /// `--max-file-size`.
    max_file_size: u64,
    /// Inputs that could not be used (reported on stderr already).
    failures: usize,
}

/// Finds every input: folders walked, files over `--max-file-size` skipped (and counted) before
/// anything is read; problems are reported on stderr and the rest goes on.
fn find_sources(inputs: &Inputs, project: Option<&project::Project>) -> io::Result<Sources> {
    let mut stdin = Vec::new();
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    let mut failures = 0;
    let paths = match project {
        _ if !inputs.paths.is_empty() => inputs.paths.clone(),
        Some(p) => vec![p.dir.clone()],
        None => vec![PathBuf::from(".")],
    };
    for p in &paths {
        if p.as_os_str() == "-" {
            let mut buf = Vec::new();
            io::stdin().take(inputs.max_file_size.saturating_add(1)).read_to_end(&mut buf)?;
            if too_large("-", buf.len() as u64, inputs.max_file_size) {
                failures += 1;
            } else {
                stdin.push(Input::Stdin(buf));
            }
            continue;
        }
        if p.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found);
            if let Some(project) = project {
                // `exclude:` applies to files found in folders; a file named outright is read.
                found.retain(|(_, f)| !project.excludes(f) && (!inputs.paths.is_empty() || project.includes(f)));
            }
            files.append(&mut found);
        } else if p.exists() {
            files.push((p.display().to_string(), p.clone()));
        } else {
            eprintln!("claimlint: {}: no such file or directory", p.display());
            failures += 1;
        }
    }
    let mut list = stdin;
    list.extend(files.into_iter().map(|(name, path)| Input::File(name, path)));
    let published = inputs.published.as_ref().and_then(|s| {
        let d = Date::parse_iso(s);
        if d.is_none() {
            eprintln!("claimlint: --published {s}: not a date (YYYY-MM-DD)");
            failures += 1;
        }
        d
    });
    Ok(Sources { list, published, max_file_size: inputs.max_file_size, failures })
}

/// What reading the inputs said, kept by input: the inputs are read on several threads, and it is
/// reported in input order.
#[derive(Default)]
struct Reports(std::sync::Mutex<Vec<(usize, Vec<String>, usize)>>);

impl Reports {
    /// Keeps input `i`'s lines for stderr and its count of failures (1 when it could not be used).
    fn add(&self, i: usize, messages: Vec<String>, failures: usize) {
        if !messages.is_empty() || failures > 0 {
            self.0.lock().unwrap_or_else(|e| e.into_inner()).push((i, messages, failures));
        }
    }

    /// Reports everything on stderr, in input order, and returns the number of failures.
    fn finish(self) -> usize {
        let mut reports = self.0.into_inner().unwrap_or_else(|e| e.into_inner());
        reports.sort_by_key(|r| r.0);
        let mut failures = 0;
        for (_, messages, n) in reports {
            for m in messages {
                eprintln!("{m}");
            }
            failures += n;
        }
        failures
    }
}

impl Sources {
    /// Reads and parses input `i`, keeping what there is to say about it in `reports`;
    /// `--published` dates the documents that carry no date.
    fn load(&self, i: usize, reports: &Reports) -> Vec<Document> {
        let (name, bytes) = match &self.list[i] {
            Input::Stdin(bytes) => ("-", std::borrow::Cow::Borrowed(bytes.as_slice())),
            Input::File(name, path) => match read_file(name, path, self.max_file_size) {
                Ok(bytes) => (name.as_str(), std::borrow::Cow::Owned(bytes)),
                Err(message) => {
                    reports.add(i, vec![message], 1);
                    return Vec::new();
                }
            },
        };
        let (mut docs, problems) = claimlint::read_documents(name, &bytes);
        let failures = problems.iter().filter(|p| p.skipped && p.line.is_none()).count();
        let messages =
            problems.iter().map(|p| format!("claimlint: {}{}", if p.skipped { "" } else { "warning: " }, p)).collect();
        reports.add(i, messages, failures);
        if let Some(d) = self.published {
            for doc in docs.iter_mut().filter(|d| d.published.is_none()) {
                doc.published = Some(d);
                doc.published_source = Some(DateSource::CommandLine);
            }
        }
        docs
    }
}

/// A file's bytes, or what to say about it: an input over `--max-file-size` is skipped before it
/// is read.
fn read_file(name: &str, path: &Path, max: u64) -> Result<Vec<u8>, String> {
    if let Some(m) = std::fs::metadata(path).ok().and_then(|m| too_large_message(name, m.len(), max)) {
        return Err(m);
    }
    std::fs::read(path).map_err(|e| format!("claimlint: {name}: {e}"))
}

/// Reads every input on every core; problems are reported on stderr and the rest goes on.
/// What a command does when its inputs hold no document and none failed to read.
#[derive(Clone, Copy)]
enum WhenEmpty {
    /// Go on with no documents (an empty extraction, no names).
    Go,
    /// Say there are no readable documents and exit with this code.
    Stop(u8),
}

/// An engine, the documents read, and how many inputs could not be read.
type Loaded = (Engine, Vec<Document>, usize);

/// The project, its engine and the documents of a command's inputs: the sequence every command
/// that reads documents begins with. `Err` holds the exit code when the command cannot go on (the
/// reason already printed): the configuration or the rules did not load, or nothing was readable.
fn documents(inputs: &Inputs, when_empty: WhenEmpty) -> io::Result<Result<Loaded, u8>> {
    let Some((project, engine)) = project_engine(inputs) else { return Ok(Err(2)) };
    let (docs, failures) = read_inputs(inputs, project.as_ref())?;
    if docs.is_empty() {
        let stop = if failures > 0 {
            Some(2)
        } else if let WhenEmpty::Stop(code) = when_empty {
            Some(code)
        } else {
            None
        };
        if let Some(code) = stop {
            eprintln!("claimlint: no readable documents");
            return Ok(Err(code));
        }
    }
    Ok(Ok((engine, docs, failures)))
}

fn read_inputs(inputs: &Inputs, project: Option<&project::Project>) -> io::Result<(Vec<Document>, usize)> {
    let sources = find_sources(inputs, project)?;
    let reports = Reports::default();
    let docs = claimlint::load_in_order(sources.list.len(), &|i| sources.load(i, &reports));
    Ok((docs, sources.failures + reports.finish()))
}

/// Whether an input of `len` bytes is over `--max-file-size`; if so, says so on stderr.
fn too_large(name: &str, len: u64, max: u64) -> bool {
    too_large_message(name, len, max).inspect(|m| eprintln!("{m}")).is_some()
}

/// What to say of an input of `len` bytes over `--max-file-size`.
fn too_large_message(name: &str, len: u64, max: u64) -> Option<String> {
    let len = match len {
        _ if len <= max => return None,
        _ if name == "-" => format!("more than {max} bytes"),
        _ => format!("{len} bytes"),
    };
    Some(format!("claimlint: {name}: {len}, over --max-file-size {max}: skipped"))
}

/// Files under `dir` with a known extension, sorted, paths joined to the directory as given.
fn walk(dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        eprintln!("claimlint: {}: cannot read directory", dir.display());
        return;
    };
    // The entry's own type saves a call to the file system per file; a link is followed to see
    // whether it leads to a folder.
    let mut entries: Vec<(PathBuf, bool)> = rd
        .filter_map(|e| {
            let e = e.ok()?;
            let p = e.path();
            let dir = e.file_type().is_ok_and(|t| t.is_dir() || t.is_symlink() && p.is_dir());
            Some((p, dir))
        })
        .collect();
    entries.sort();
    for (p, dir) in entries {
        let hidden = p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.') || n == "target");
        if hidden {
            continue;
        }
        if dir {
            walk(&p, out);
        } else if p.extension().and_then(|e| e.to_str()).is_some_and(|e| EXTENSIONS.contains(&e)) {
            out.push((p.display().to_string(), p));
        }
    }
}

fn check(
    inputs: &Inputs,
    format: Option<CheckFormat>,
    fail: Option<Level>,
    b: &BaselineArgs,
    against: &crate::cli::Against,
) -> io::Result<u8> {
    let Some((project, engine)) = project_engine(inputs) else { return Ok(2) };
    let config = project.as_ref().map(|p| &p.config);
    let format = format.map(|f| f.0).or_else(|| config?.format.as_deref().and_then(Format::parse));
    let fail = fail.or_else(|| {
        config?.fail_level.map(|s| match s {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
            Severity::Info => Level::Info,
        })
    });
    let (format, fail) = (format.unwrap_or(Format::Human), fail.unwrap_or(Level::Error));
    if let Some(db) = &against.against {
        return scale::check_against(inputs, db, against, format, fail);
    }
    let sources = find_sources(inputs, project.as_ref())?;
    let show_progress = format == Format::Human && io::stderr().is_terminal();
    // Inputs are read on the threads that extract them; what reading says is reported after.
    let reports = Reports::default();
    let load = |i: usize| sources.load(i, &reports);
    let (docs, mut run) = progress::with_progress(show_progress, sources.list.len(), |done| {
        engine.check_loading(sources.list.len(), &load, done)
    });
    let failures = sources.failures + reports.finish();
    for note in &run.notes {
        eprintln!("claimlint: note: {note}");
    }
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
    if let Some(path) = &b.write_baseline {
        let base = claimlint::Baseline::of(&run.findings, &docs);
        if let Err(e) = baseline::write_atomic(path, &base.to_json()) {
            eprintln!("claimlint: cannot write baseline {}: {e}", path.display());
            return Ok(2);
        }
        eprintln!("claimlint: recorded {} findings in {}", base.findings.len(), path.display());
        return Ok(0);
    }
    if let Some(path) = &b.baseline {
        let Some(base) = baseline::read(path) else { return Ok(2) };
        let stale = base.apply(&mut run.findings);
        baseline::report_stale(path, &stale);
    }
    let code = report(&engine, &run.findings, &docs, format, fail);
    // The process ends here: freeing a large corpus's documents and claims one allocation at a
    // time would take longer than the report (0.12 s on 100 MB).
    std::mem::forget(run);
    std::mem::forget(docs);
    code
}

/// Renders findings in one of the check formats and returns the exit code for the fail level.
fn report(engine: &Engine, findings: &[Finding], docs: &[Document], format: Format, fail: Level) -> io::Result<u8> {
    let color = format == Format::Human && io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut out = io::BufWriter::new(io::stdout().lock());
    render::check(&mut out, format, findings, docs, engine, color)?;
    out.flush()?;
    let level = match fail {
        Level::Error => Severity::Error,
        Level::Warning => Severity::Warning,
        Level::Info => Severity::Info,
    };
    Ok(u8::from(findings.iter().any(|f| f.severity >= level)))
}

fn extract(inputs: &Inputs, format: ExtractFormat) -> io::Result<u8> {
    let (engine, mut docs, _) = match documents(inputs, WhenEmpty::Go)? {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    let ex = engine.extract(&mut docs);
    let text = match format {
        ExtractFormat::Json => render::extraction(&docs, &ex),
        ExtractFormat::Jsonl => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            for (d, e) in docs.iter().zip(&ex) {
                serde_json::to_writer(&mut out, &claimlint::claims::record(d, e))?;
                out.write_all(b"\n")?;
            }
            out.flush()?;
            String::new()
        }
    };
    write_out(&text)?;
    Ok(0)
}

fn rules_cmd(action: &RulesAction, dirs: &[PathBuf]) -> io::Result<u8> {
    // The project's claimlint.yaml applies, so `rules list` shows the severities a check will use.
    let inputs = Inputs { rules: dirs.to_vec(), ..Inputs::default() };
    let Some((_, engine)) = project_engine(&inputs) else { return Ok(2) };
    match action {
        RulesAction::List => {
            write_out(&engine.rules_list())?;
            Ok(0)
        }
        RulesAction::Explain { id } => match engine.explain(id) {
            Ok(text) => {
                write_out(&text)?;
                Ok(0)
            }
            Err(known) => {
                eprintln!("claimlint: unknown rule id `{id}` (known: {})", known.join(", "));
                Ok(2)
            }
        },
        RulesAction::Test => {
            let results = engine.run_examples();
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
    let (engine, mut docs, _) = match documents(inputs, WhenEmpty::Go)? {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    let run = engine.check(&mut docs);
    let text = run.names(unknown, format == NamesFormat::Yaml);
    write_out(&text)?;
    Ok(0)
}
