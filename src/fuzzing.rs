//! Entry points for the fuzz targets (`fuzz/`), their regression replays and the property tests:
//! one narrow door into each layer, and the invariants every layer must keep.
//!
//! The text layer and the number and quote readers are crate-private, because their shapes are not
//! part of the API a user should build on; the fuzzers still need to reach them one at a time, so a
//! crash lands on the layer at fault and not on the whole pipeline. Each fuzz target's body is a
//! function here ([`TARGETS`]), so that `tests/fuzz_regressions.rs` replays the inputs the fuzzers
//! found through exactly the code that found them. Nothing here is stable: it is `#[doc(hidden)]`
//! and exists for testing only. The invariant checkers return what is wrong as strings (empty when
//! all is well), so a target can panic with them and a property test can assert on them.

use crate::claim::{Extraction, PersonMention, Quote};
use crate::document::{Document, Span};
use crate::finding::Finding;
use crate::knowledge::Knowledge;
use crate::text::Layout;
use crate::{render, Engine};
use std::sync::OnceLock;

/// A fuzz target: panics when an invariant breaks on its input.
pub type Target = fn(&[u8]);

/// The fuzz targets by name.
pub const TARGETS: &[(&str, Target)] = &[
    ("text", text),
    ("numbers", numbers_target),
    ("quotes", quotes_target),
    ("rules", rules),
    ("knowledge", knowledge),
    ("jsonl", jsonl),
    ("check", check),
    ("html", html),
];

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::builtin)
}

#[track_caller]
fn assert_none(problems: Vec<String>) {
    assert!(problems.is_empty(), "{problems:?}");
}

/// The text layer: paragraphs, sentences and furniture marks of arbitrary text. The first byte picks
/// where the body starts (as front matter would), the rest is the text.
///
/// # Panics
///
/// When a span is not a valid span of the text, or a sentence lies outside its paragraph.
pub fn text(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    assert_none(layout_problems(&text, &layout(&text, usize::from(first), engine())));
}

/// The number reader on arbitrary text.
///
/// # Panics
///
/// When a number's span is not a valid span of the text.
pub fn numbers_target(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    assert_none(numbers(&text).into_iter().filter_map(|s| span_problem(&text, s, "number")).collect());
}

/// The person and quote readers (quote-mark pairing, speaker frames, pronouns) on arbitrary text.
///
/// # Panics
///
/// When a mention, quote or speaker span is not a valid span of the text.
pub fn quotes_target(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (people, quotes) = quotes(&text, &engine().knowledge);
    assert_none(quote_problems(&text, &people, &quotes));
}

/// The rule loader on arbitrary YAML. A rule that loads must then run: over its own examples and
/// over a fixed pair of invented articles.
///
/// # Panics
///
/// When a loaded rule labels a span outside its documents.
pub fn rules(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(rules) = load_rule(text) else { return };
    let engine = Engine { knowledge: engine().knowledge.clone(), rules };
    let _ = engine.run_examples();
    let mut docs = vec![
        Document::new("a.txt", "Mayor Edda Varnholt said 120 homes were flooded in Kestrel Bay on Monday."),
        Document::new("b.txt", "Edda Varnhold, the mayor, said \"we lost 150 homes\" in Kestrel Bay."),
    ];
    let run = engine.check(&mut docs);
    assert_none(label_problems(&docs, &run.findings));
}

/// The knowledge loaders (names registry, measures, furniture patterns, gazetteer, currencies) on arbitrary
/// YAML; the first byte picks the kind of file. Knowledge that loads must then serve a check.
///
/// # Panics
///
/// When extraction or a finding with that knowledge yields an invalid span.
pub fn knowledge(data: &[u8]) {
    let Some((&which, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let Ok(knowledge) = load_knowledge(which, text) else { return };
    let engine = Engine { knowledge, rules: engine().rules.clone() };
    let mut docs = vec![
        Document::new("a.txt", "Share this\n\nHarbour chief Ansel Prewitt said 40 boats were lost on Monday.\n"),
        Document::new("b.txt", "\"We lost 45 boats,\" said Ansel Prewit, the harbour chief.\n\nYou may also like\n"),
    ];
    let run = engine.check(&mut docs);
    for (d, e) in docs.iter().zip(&run.extractions) {
        assert_none(extraction_problems(d, e));
    }
    assert_none(label_problems(&docs, &run.findings));
}

/// The input reader: JSON Lines corpora, front matter, invalid UTF-8 and binary bytes; the first byte
/// picks a `.jsonl` or a Markdown name. Every documents read must then extract cleanly.
///
/// # Panics
///
/// When a problem names a line the input does not have, a body start is not in its text, or an
/// extracted span is invalid.
pub fn jsonl(data: &[u8]) {
    let Some((&which, rest)) = data.split_first() else { return };
    let name = if which % 2 == 0 { "corpus.jsonl" } else { "story.md" };
    let (mut docs, problems) = crate::read_documents(name, rest);
    let lines = rest.split(|&b| b == b'\n').count();
    for p in &problems {
        assert!(p.line.is_none_or(|l| l >= 1 && l <= lines), "{p} (input has {lines} lines)");
    }
    for d in &docs {
        assert!(d.text.is_char_boundary(d.body_start), "body start {} in {} bytes", d.body_start, d.text.len());
    }
    let extractions = engine().extract(&mut docs);
    for (d, e) in docs.iter().zip(&extractions) {
        assert_none(extraction_problems(d, e));
    }
}

/// The whole pipeline on two documents split at the first 0xFF byte (never part of UTF-8), the
/// second dated later: extraction, resolution, the graph, every built-in rule and the renderers.
///
/// # Panics
///
/// When a span or label does not point into its own document.
pub fn check(data: &[u8]) {
    let (a, b) = match data.iter().position(|&x| x == 0xFF) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &b""[..]),
    };
    let mut docs =
        vec![Document::new("a.txt", String::from_utf8_lossy(a)), Document::new("b.txt", String::from_utf8_lossy(b))];
    docs[0].published = crate::Date::new(2021, 5, 6);
    docs[1].published = crate::Date::new(2021, 6, 1);
    let engine = engine();
    let run = engine.check(&mut docs);
    for (d, e) in docs.iter().zip(&run.extractions) {
        assert_none(extraction_problems(d, e));
    }
    assert_none(label_problems(&docs, &run.findings));
    let _ = render::json::check_json(&run.findings, &docs);
    let _ = render::short::short(&run.findings, &docs);
    let _ = render::human::human(&run.findings, &docs, false, 80);
    let _ = render::sarif::sarif(&run.findings, &docs, &engine.rules);
}

/// The paragraphs of `text` (from `body_start`) with their sentences, and whether each is furniture.
pub fn layout(text: &str, body_start: usize, engine: &Engine) -> Vec<(Span, bool, Vec<Span>)> {
    Layout::new(text, body_start.min(text.len()), &engine.knowledge.furniture)
        .paragraphs
        .into_iter()
        .map(|p| (p.span, p.furniture, p.sentences))
        .collect()
}

/// The spans of every number the number reader finds in the whole of `text`, with the built-in
/// currencies.
pub fn numbers(text: &str) -> Vec<Span> {
    let money = &engine().knowledge.currencies;
    crate::extract::number::find_numbers(text, Span::new(0, text.len()), money).into_iter().map(|n| n.span).collect()
}

/// The person mentions and quotes of `text`, without figures.
pub fn quotes(text: &str, k: &Knowledge) -> (Vec<PersonMention>, Vec<Quote>) {
    let layout = Layout::new(text, 0, &k.furniture);
    let toks = crate::text::token::tokenize_paragraphs(text, &layout);
    let (people, _) = crate::extract::person::find_people(text, &layout, &toks, k);
    let quotes = crate::extract::quote::find_quotes(text, &layout, &toks, &people, k);
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
pub fn load_rule(text: &str) -> Result<crate::rule::RuleSet, Vec<crate::LoadError>> {
    crate::rule::load::load_rules(&[crate::Source::new("fuzz.yaml", text)], None)
}

/// Loads one knowledge file on its own: `which` picks people, measures, furniture, gazetteer or
/// currencies.
///
/// # Errors
///
/// The file's load errors.
pub fn load_knowledge(which: u8, text: &str) -> Result<Knowledge, Vec<crate::LoadError>> {
    let mut ks = crate::knowledge::KnowledgeSources::default();
    let (name, into) = match which % 5 {
        0 => ("knowledge/people.yaml", &mut ks.people),
        1 => ("knowledge/measures.yaml", &mut ks.measures),
        2 => ("knowledge/furniture.yaml", &mut ks.furniture),
        3 => ("knowledge/gazetteer.yaml", &mut ks.gazetteer),
        _ => ("knowledge/currencies.yaml", &mut ks.currencies),
    };
    into.push(crate::Source::new(name, text));
    crate::knowledge::load_knowledge(&ks)
}

/// The HTML reader: any bytes read as a news page. The document keeps the page's own byte offsets
/// (its text is as long as the decoded page), its body starts on a character, and extraction over
/// it yields valid spans.
///
/// # Panics
///
/// When the text is not as long as the decoded page, the body start is not on a character, or an
/// extracted span is invalid.
pub fn html(data: &[u8]) {
    let (mut docs, _problems) = crate::read_documents("page.html", data);
    let decoded = String::from_utf8_lossy(data);
    for d in &docs {
        assert_eq!(d.text.len(), decoded.len(), "the text of a page keeps the page's byte offsets");
        assert!(d.text.is_char_boundary(d.body_start), "body start {} in {} bytes", d.body_start, d.text.len());
    }
    let extractions = engine().extract(&mut docs);
    for (d, e) in docs.iter().zip(&extractions) {
        assert_none(extraction_problems(d, e));
    }
}
