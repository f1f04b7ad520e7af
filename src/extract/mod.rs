//! Extractors: figures, quotes, people and dates, per document.
//!
//! Extraction is a pure function of one document and the knowledge, so documents can be extracted
//! in any order, in parallel, or on another machine (`claimlint extract --format jsonl`).

pub mod date;
pub mod figure;
pub mod number;
pub mod person;
pub mod quote;

use crate::claim::Extraction;
use crate::document::{DateSource, Document};
use crate::knowledge::Knowledge;
use crate::text::Layout;

/// Extracts the claims of one document; fills in its publication date from a dateline when it has none.
pub fn extract(doc: &mut Document, k: &Knowledge) -> Extraction {
    let layout = Layout::new(&doc.text, doc.body_start, &k.furniture);
    if doc.published.is_none() {
        let lines: Vec<(usize, usize)> = layout.content().map(|p| (p.span.start, p.span.end)).collect();
        if let Some(d) = date::find_dateline(&doc.text, &lines) {
            doc.published = Some(d);
            doc.published_source = Some(DateSource::Dateline);
        }
    }
    let text = doc.text.as_str();
    let toks = crate::text::token::tokenize_paragraphs(text, &layout);
    let (people, names) = person::find_people(text, &layout, &toks, k);
    let quotes = quote::find_quotes(text, &layout, &toks, &people, k);
    let figures = figure::find_figures(text, &layout, &toks, &quotes, &people, k);
    let places = figure::document_places(text, &layout, doc.title.as_deref());
    Extraction { figures, quotes, people, names, places }
}
