//! Entry points for the fuzz targets (`fuzz/`) and the property tests: one narrow door into each
//! layer, and the invariants every layer must keep.
//!
//! The text layer and the number and quote readers are crate-private, because their shapes are not
//! part of the API a user should build on; the fuzzers still need to reach them one at a time, so a
//! crash lands on the layer at fault and not on the whole pipeline. Nothing here is stable: it is
//! `#[doc(hidden)]` and exists for testing only. The invariant checkers return what is wrong as
//! strings (empty when all is well), so a fuzz target can panic with them and a property test can
//! assert on them.

use crate::document::{Document, Span};
use crate::extract::{Extraction, PersonMention, Quote};
use crate::finding::Finding;
use crate::knowledge::Knowledge;
use crate::text::Layout;

/// The paragraphs of `text` (from `body_start`) with their sentences, and whether each is furniture.
pub fn layout(text: &str, body_start: usize, k: &Knowledge) -> Vec<(Span, bool, Vec<Span>)> {
    Layout::new(text, body_start.min(text.len()), &k.furniture)
        .paragraphs
        .into_iter()
        .map(|p| (p.span, p.furniture, p.sentences))
        .collect()
}

/// The spans of every number the number reader finds in the whole of `text`.
pub fn numbers(text: &str) -> Vec<Span> {
    crate::extract::number::find_numbers(text, Span::new(0, text.len())).into_iter().map(|n| n.span).collect()
}

/// The person mentions and quotes of `text`, without figures.
pub fn quotes(text: &str, k: &Knowledge) -> (Vec<PersonMention>, Vec<Quote>) {
    let layout = Layout::new(text, 0, &k.furniture);
    let (people, _) = crate::extract::person::find_people(text, &layout, k);
    let quotes = crate::extract::quote::find_quotes(text, &layout, &people, k);
    (people, quotes)
}

/// Why `span` is not a valid span of `text`, if it is not: it must lie inside the text, start no
/// later than it ends, and both ends must fall on char boundaries.
pub fn span_problem(text: &str, span: Span, what: &str) -> Option<String> {
    if span.start > span.end {
        return Some(format!("{what} {}..{} ends before it starts", span.start, span.end));
    }
    if span.end > text.len() {
        return Some(format!("{what} {}..{} runs past the text ({} bytes)", span.start, span.end, text.len()));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Some(format!("{what} {}..{} is not on char boundaries", span.start, span.end));
    }
    None
}

/// Every span of a layout that is not a valid span of `text`, or not inside its paragraph.
pub fn layout_problems(text: &str, paragraphs: &[(Span, bool, Vec<Span>)]) -> Vec<String> {
    let mut out = Vec::new();
    for (p, _, sentences) in paragraphs {
        out.extend(span_problem(text, *p, "paragraph"));
        for s in sentences {
            out.extend(span_problem(text, *s, "sentence"));
            if !p.contains(*s) {
                out.push(format!("sentence {}..{} outside its paragraph {}..{}", s.start, s.end, p.start, p.end));
            }
        }
    }
    out
}

/// Every span of an extraction that is not a valid span of its document's text.
pub fn extraction_problems(doc: &Document, ex: &Extraction) -> Vec<String> {
    let t = doc.text.as_str();
    let mut out = Vec::new();
    for f in &ex.figures {
        out.extend(span_problem(t, f.span, "figure"));
        out.extend(span_problem(t, f.sentence, "figure sentence"));
    }
    out.extend(quote_problems(t, &ex.people, &ex.quotes));
    for n in &ex.names {
        out.extend(span_problem(t, *n, "name"));
    }
    out
}

/// Every span of person mentions and quotes that is not a valid span of `text`.
pub fn quote_problems(text: &str, people: &[PersonMention], quotes: &[Quote]) -> Vec<String> {
    let mut out = Vec::new();
    for p in people {
        out.extend(span_problem(text, p.span, "person"));
        if let Some(r) = p.role_span {
            out.extend(span_problem(text, r, "role"));
        }
    }
    for q in quotes {
        out.extend(span_problem(text, q.span, "quote"));
        if let Some(s) = &q.speaker {
            out.extend(span_problem(text, s.span, "speaker"));
        }
    }
    out
}

/// Every finding label that does not point at a document of the run, or not into its text.
pub fn label_problems(docs: &[Document], findings: &[Finding]) -> Vec<String> {
    let mut out = Vec::new();
    for f in findings {
        for l in &f.labels {
            match docs.get(l.doc) {
                None => out.push(format!("{}: label in document {} of {}", f.rule, l.doc, docs.len())),
                Some(d) => out.extend(span_problem(&d.text, l.span, &format!("{} label in {}", f.rule, d.id))),
            }
        }
    }
    out
}

/// Loads one rule file on its own (no built-in rules).
///
/// # Errors
///
/// The file's load errors.
pub fn load_rule(text: &str) -> Result<crate::RuleSet, Vec<crate::LoadError>> {
    crate::rule::load::load_rules(&[crate::Source::new("fuzz.yaml", text)], None)
}

/// Loads one knowledge file on its own: `which` picks people, measures, furniture or gazetteer.
///
/// # Errors
///
/// The file's load errors.
pub fn load_knowledge(which: u8, text: &str) -> Result<Knowledge, Vec<crate::LoadError>> {
    let mut ks = crate::rule::load::KnowledgeSources::default();
    let (name, into) = match which % 4 {
        0 => ("knowledge/people.yaml", &mut ks.people),
        1 => ("knowledge/measures.yaml", &mut ks.measures),
        2 => ("knowledge/furniture.yaml", &mut ks.furniture),
        _ => ("knowledge/gazetteer.yaml", &mut ks.gazetteer),
    };
    into.push(crate::Source::new(name, text));
    crate::rule::load::load_knowledge(&ks)
}
