//! Claims: what the readers produce and everyone else reads.
//!
//! The readers (`extract/`) turn a document's text into these values; resolution, the claim graph,
//! the checks, the reports and the claim records read them and nothing of the readers' internals.
//! A claim knows its place in the text (a [`Span`]) and what it says; it does not know how it was read.

mod figure;
mod fingerprint;
mod interval;
mod person;
mod quantity;
mod quote;

use crate::document::Span;
pub use figure::{Figure, MeasureKey};
pub(crate) use fingerprint::{fingerprints, shingles, words, Fingerprint};
pub(crate) use interval::{interval, point};
pub use person::{NameStatus, PersonMention};
pub use quantity::{FigureKind, Qualifier, Quantity};
pub use quote::{Found, Quote, Speaker, SpeakerKind};

/// A reference to one figure: (document, figure index).
pub type FigRef = (usize, usize);
/// A reference to one quote: (document, quote index).
pub type QuoteRef = (usize, usize);

/// What was extracted from one document.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    /// Numeric claims.
    pub figures: Vec<Figure>,
    /// Quotations.
    pub quotes: Vec<Quote>,
    /// Person mentions.
    pub people: Vec<PersonMention>,
    /// Capitalised words inside sentences (proper nouns), for corpus spelling checks.
    pub names: Vec<Span>,
    /// The places the document names, lowercase and sorted: what story it is about.
    pub places: Vec<String>,
}
