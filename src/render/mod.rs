//! Renderers: findings and extractions as text for people and as formats for machines.
//!
//! Every renderer returns a `String` (or writes to a writer it is given); the binary writes it.
//! Output is deterministic: findings come sorted from the engine, and nothing is printed in
//! hash-map order. [`Format`] is the one list of `check`'s output formats: the command line, the
//! configuration file and [`check`] all read it.
//!
//! The claim graph is drawn by [`dot`] and [`graph_json`] (`claimlint graph`, the report's picture).

pub(crate) mod graph;
pub(crate) mod human;

pub use human::human;
pub(crate) mod json;
pub(crate) mod sarif;
pub(crate) mod short;

pub use crate::format::Format;

use crate::document::Document;
use crate::engine::Engine;
use crate::finding::Finding;

/// Findings in one of the check formats, written to `out`; `color` is for [`Format::Human`] (a
/// terminal that shows colour).
///
/// # Errors
///
/// Only what writing to `out` returns.
pub fn check<W: std::io::Write>(
    out: &mut W,
    format: Format,
    findings: &[Finding],
    docs: &[Document],
    engine: &Engine,
    color: bool,
) -> std::io::Result<()> {
    let text = match format {
        Format::Json => {
            json::write_check_json(&mut *out, findings, docs)?;
            "\n".to_string()
        }
        Format::Short => short::short(findings, docs),
        Format::Sarif => sarif::sarif(findings, docs, &engine.rules) + "\n",
        Format::Github => sarif::github(findings, docs),
        Format::Rdjson => sarif::rdjson(findings, docs) + "\n",
        Format::Human => human::human(findings, docs, color, 100),
    };
    out.write_all(text.as_bytes())
}

/// The claim graph in Graphviz DOT; findings that join two claims are red edges labelled with
/// their kind.
///
/// ```
/// let engine = claimlint::Engine::builtin();
/// let mut docs = vec![
///     claimlint::Document::new("a.txt", "Officials said 80,000 troops were deployed near the border."),
///     claimlint::Document::new("b.txt", "Officials said 150,000 troops were deployed near the border."),
/// ];
/// let run = engine.check(&mut docs);
/// assert!(claimlint::render::dot(&run.graph(&docs, &engine), &run.findings).contains("color=red"));
/// ```
pub fn dot(graph: &crate::graph::ClaimGraph<'_>, findings: &[Finding]) -> String {
    graph::dot(graph, findings)
}

/// The claim graph as JSON: nodes, edges, and findings as conflict edges.
pub fn graph_json(graph: &crate::graph::ClaimGraph<'_>, findings: &[Finding]) -> serde_json::Value {
    graph::json(graph, findings)
}

/// What was extracted, as `claimlint extract --format json` writes it (the JSON contract).
pub fn extraction(docs: &[Document], extractions: &[crate::claim::Extraction]) -> String {
    json::extract_json(docs, extractions) + "\n"
}
