//! `claimlint report` and `claimlint graph`: read the corpus, check it, and write the report or the
//! claim graph.
//!
//! The library builds and renders the report; this module owns what touches the machine: the
//! output file, the progress bar, and running Graphviz `dot` to draw the graph for the HTML page.
//! `dot` gets the DOT text on its standard input and only fixed arguments, never document content.

use super::progress::with_progress;
use super::{documents, write_out, WhenEmpty};
use crate::cli::{GraphFormat, Inputs, ReportFormat};
use claimlint::report::{GraphPicture, Report};
use claimlint::{CheckRun, ClaimGraph, Document, Engine};
use std::io::{self, IsTerminal, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

/// Graphs larger than this are not drawn: `dot` takes minutes and the picture is unreadable.
const MAX_DRAWN_NODES: usize = 1500;

/// A checked corpus: the engine, the documents and the run.
type Checked = (Engine, Vec<Document>, CheckRun);

/// Reads and checks the inputs; `Err` with the exit code when there is nothing to report on.
fn checked(inputs: &Inputs, show_progress: bool) -> io::Result<Result<Checked, u8>> {
    let (engine, mut docs, _) = match documents(inputs, WhenEmpty::Stop(0))? {
        Ok(loaded) => loaded,
        Err(code) => return Ok(Err(code)),
    };
    // The documents are in memory already: each input of the loading check is one of them.
    let slots: Vec<std::sync::Mutex<Option<Document>>> =
        std::mem::take(&mut docs).into_iter().map(|d| std::sync::Mutex::new(Some(d))).collect();
    let load = |i: usize| slots[i].lock().map(|mut s| s.take().into_iter().collect()).unwrap_or_default();
    let (docs, run) = with_progress(show_progress, slots.len(), |done| engine.check_loading(slots.len(), &load, done));
    Ok(Ok((engine, docs, run)))
}

pub(super) fn report(inputs: &Inputs, output: Option<&Path>, format: ReportFormat) -> io::Result<u8> {
    let show = format != ReportFormat::Claimreview && io::stderr().is_terminal();
    let (engine, docs, run) = match checked(inputs, show)? {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    let graph = run.graph(&docs, &engine);
    let report = Report::build(&graph, &run);
    let text = match format {
        ReportFormat::Html => report.html(&picture(&graph, &run)),
        ReportFormat::Md => report.markdown(),
        ReportFormat::Claimreview => report.claimreview() + "\n",
    };
    match output {
        None => write_out(&text)?,
        Some(p) if p.as_os_str() == "-" => write_out(&text)?,
        Some(p) => {
            if let Err(e) = std::fs::write(p, &text) {
                eprintln!("claimlint: cannot write {}: {e}", p.display());
                return Ok(2);
            }
        }
    }
    Ok(0)
}

pub(super) fn graph(inputs: &Inputs, format: GraphFormat) -> io::Result<u8> {
    let (engine, docs, run) = match checked(inputs, false)? {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    let graph = run.graph(&docs, &engine);
    let text = match format {
        GraphFormat::Dot => claimlint::render::dot(&graph, &run.findings),
        GraphFormat::Json => {
            serde_json::to_string_pretty(&claimlint::render::graph_json(&graph, &run.findings)).unwrap_or_default()
                + "\n"
        }
    };
    write_out(&text)?;
    Ok(0)
}

/// The graph drawn by Graphviz, or a plain reason why there is no picture.
fn picture(graph: &ClaimGraph<'_>, run: &CheckRun) -> GraphPicture {
    let (nodes, _) = graph.size();
    if nodes > MAX_DRAWN_NODES {
        return GraphPicture::Unavailable(format!(
            "the graph has {nodes} nodes, more than the {MAX_DRAWN_NODES} drawn here; \
             run `claimlint graph --format dot` and draw a part of it"
        ));
    }
    match run_dot(&claimlint::render::dot(graph, &run.findings)) {
        Ok(svg) => GraphPicture::Svg(svg),
        Err(why) => GraphPicture::Unavailable(why),
    }
}

/// Runs `dot -Tsvg` with `dot_text` on standard input; returns the `<svg>` element.
fn run_dot(dot_text: &str) -> Result<String, String> {
    let child =
        Command::new("dot").arg("-Tsvg").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err("Graphviz is not installed (`dot` is not on PATH); install Graphviz and run the \
                        report again, or run `claimlint graph --format dot`"
                .to_string())
        }
        Err(e) => return Err(format!("could not run Graphviz `dot`: {e}")),
    };
    // Write from another thread: dot may fill its output pipe before it has read all its input.
    let mut stdin = child.stdin.take().ok_or("no stdin for `dot`")?;
    let input = dot_text.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let mut svg = String::new();
    if let Some(mut out) = child.stdout.take() {
        out.read_to_string(&mut svg).map_err(|e| format!("could not read Graphviz output: {e}"))?;
    }
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    let status = child.wait().map_err(|e| format!("Graphviz `dot` did not finish: {e}"))?;
    let _ = writer.join();
    if !status.success() {
        return Err(format!("Graphviz `dot` failed ({status}): {}", err.trim()));
    }
    let Some(start) = svg.find("<svg") else {
        return Err("Graphviz `dot` produced no SVG".to_string());
    };
    let svg = svg[start..].trim_end().to_string();
    // dot escapes label text; refuse anything active all the same, the page must never run code.
    let lower = svg.to_ascii_lowercase();
    if lower.contains("<script") || lower.contains("javascript:") || lower.contains("<foreignobject") {
        return Err("the SVG from Graphviz contained active content and was left out".to_string());
    }
    Ok(svg)
}
