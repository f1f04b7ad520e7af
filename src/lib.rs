//! claimlint: checks news copy for the consistency of its claims and figures.
#![warn(clippy::print_stdout, clippy::print_stderr)]
#![forbid(unsafe_code)]

pub mod document;
pub mod extract;
pub(crate) mod text;

pub use document::{line_col, Corpus, DateSource, Document, Span};
pub use extract::date::Date;
