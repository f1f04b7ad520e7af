//! claimlint checks news copy for the consistency of its claims and figures.
//!
//! The pipeline: documents are split into paragraphs and sentences (furniture marked), their
//! figures, quotes and person mentions are extracted, people are resolved across the corpus, all of
//! it becomes one claim graph, and YAML rules run their check kinds over the graph. Each
//! violation, worded by its rule, is a [`Finding`]: a miette diagnostic with a label on every span
//! involved, in every document involved.
//!
//! The library is pure: no printing and no file system. The binary reads inputs and renders.
//!
//! The public API is the [`Engine`] (load rules and knowledge, check or extract documents), what
//! goes in ([`Document`], read with [`read_documents`]) and what comes out ([`CheckRun`],
//! [`Finding`], the claims of an [`Extraction`]), and the ways out: [`render`] for the check
//! formats, [`report`] for the fact-check report, [`claims`] for claim records, [`Baseline`] and
//! [`Config`] for editorial review. Everything else is the crate's own.
//!
//! ```
//! let engine = claimlint::Engine::builtin();
//! let mut docs = vec![
//!     claimlint::Document::new("a.txt", "Officials said 80,000 troops were deployed near the border."),
//!     claimlint::Document::new("b.txt", "Officials said 150,000 troops were deployed near the border."),
//! ];
//! let run = engine.check(&mut docs);
//! assert!(run.findings.iter().any(|f| f.kind.as_str() == "numeric-conflict"));
//! ```
#![warn(clippy::print_stdout, clippy::print_stderr)]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub(crate) mod baseline;
pub(crate) mod check;
pub(crate) mod claim;
pub mod claims;
pub(crate) mod config;
pub(crate) mod date;
pub(crate) mod document;
pub(crate) mod engine;
pub(crate) mod extract;
pub(crate) mod finding;
pub(crate) mod format;
#[doc(hidden)]
pub mod fuzzing;
pub(crate) mod graph;
pub(crate) mod input;
pub(crate) mod knowledge;
pub(crate) mod lexicon;
pub mod render;
pub mod report;
pub(crate) mod resolve;
pub(crate) mod rule;
pub(crate) mod suppression;
pub(crate) mod text;
pub(crate) mod yaml;

pub use baseline::{Baseline, Entry as BaselineEntry};
pub use check::Category;
pub use claim::{Extraction, Figure, NameStatus, PersonMention, Quote};
pub use config::Config;
pub use date::Date;
pub use document::{line_col, offset_of, DateSource, Document, Span};
pub use engine::{load_in_order, CheckRun, Engine, ExampleResult, RulesDir};
pub use finding::Finding;
pub use graph::ClaimGraph;
pub use input::{read_documents, InputProblem};
pub use rule::Severity;
pub use yaml::{LoadError, Source};

#[doc(hidden)]
pub use text::names::fold as __doc_fold;
