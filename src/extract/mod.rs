//! Extractors: figures, quotes, people and dates, per document.
pub mod date;
pub mod number;
pub(crate) mod token;
