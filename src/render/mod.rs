//! Renderers: findings and extractions as text for people and as formats for machines.
//!
//! Every renderer returns a `String` (or writes to a writer it is given); the binary writes it.
//! Output is deterministic: findings come sorted from the engine, and nothing is printed in
//! hash-map order. [`Format`] is the one list of `check`'s output formats: the command line, the
//! configuration file and [`check`] all read it.

pub(crate) mod graph;
pub(crate) mod human;

pub use human::human;
pub(crate) mod json;
pub(crate) mod sarif;
pub(crate) mod short;

use crate::document::Document;
use crate::engine::Engine;
use crate::finding::Finding;

/// An output format of `claimlint check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Diagnostics for a person at a terminal (miette).
    Human,
    /// One line per finding: `path:line:column: severity rule: message`.
    Short,
    /// The JSON contract (`{"version", "findings", "summary"}`).
    Json,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// reviewdog's rdjson.
    Rdjson,
}

impl Format {
    /// Every format, in the order help texts list them.
    pub const ALL: [Format; 6] =
        [Format::Human, Format::Short, Format::Json, Format::Sarif, Format::Github, Format::Rdjson];

    /// The format's name on the command line and in `claimlint.yaml`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Short => "short",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Github => "github",
            Format::Rdjson => "rdjson",
        }
    }

    /// The format a name names.
    ///
    /// ```
    /// assert_eq!(claimlint::render::Format::parse("sarif"), Some(claimlint::render::Format::Sarif));
    /// assert_eq!(claimlint::render::Format::parse("xml"), None);
    /// ```
    pub fn parse(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }
}

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

/// What was extracted, as `claimlint extract --format json` writes it (the JSON contract).
pub fn extraction(docs: &[Document], extractions: &[crate::claim::Extraction]) -> String {
    json::extract_json(docs, extractions) + "\n"
}
