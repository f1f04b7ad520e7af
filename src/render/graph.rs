//! The claim graph as Graphviz DOT and as JSON (`claimlint graph`), with findings drawn as red edges.
//!
//! The graph itself holds what was extracted; conflicts are what the rules found, so they are added
//! here from the findings: each finding joins the node of its primary span to the nodes of its other
//! spans (a figure, else the person named, else the quote, else the document).

use crate::document::Span;
use crate::finding::Finding;
use crate::graph::{ClaimGraph, Node};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::fmt::Write;

/// A conflict edge: (from node, to node, finding category, rule id).
type Conflict<'f> = (usize, usize, &'static str, &'f str);

const QUOTE_LABEL_CHARS: usize = 60;

fn shorten(s: &str, max: usize) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    let mut out: String = s.chars().take(max - 1).collect();
    out.push('\u{2026}');
    out
}

fn node_kind(n: &Node) -> &'static str {
    match n {
        Node::Document(_) => "document",
        Node::Person(_) => "person",
        Node::Measure(_) => "measure",
        Node::Figure(_) => "figure",
        Node::Quote(_) => "quote",
    }
}

fn node_label(g: &ClaimGraph<'_>, n: &Node) -> String {
    match n {
        Node::Document(d) => g.doc_path(*d).to_string(),
        Node::Person(p) => g.people()[*p].name.clone(),
        Node::Measure(m) => m.to_string(),
        Node::Figure((d, f)) => g.text_at(*d, g.figure((*d, *f)).span).to_string(),
        Node::Quote((d, q)) => {
            format!("\u{201c}{}\u{201d}", shorten(g.text_at(*d, g.quote((*d, *q)).span), QUOTE_LABEL_CHARS))
        }
    }
}

fn node_span(g: &ClaimGraph<'_>, n: &Node) -> Option<(usize, Span)> {
    match n {
        Node::Figure((d, f)) => Some((*d, g.figure((*d, *f)).span)),
        Node::Quote((d, q)) => Some((*d, g.quote((*d, *q)).span)),
        _ => None,
    }
}

/// The node a finding's span stands for.
fn node_at(g: &ClaimGraph<'_>, index: &HashMap<&Node, usize>, doc: usize, span: Span) -> Option<usize> {
    if doc >= g.documents() {
        return None;
    }
    let hit = |s: Span| s.overlaps(span) || s == span;
    if let Some(f) = g.figures_in(doc).iter().position(|f| hit(f.span)) {
        return index.get(&Node::Figure((doc, f))).copied();
    }
    if let Some(m) = g.mentions_in(doc).iter().position(|p| hit(p.span)) {
        return index.get(&Node::Person(g.person_of(doc, m))).copied();
    }
    if let Some(q) = g.quotes_in(doc).iter().position(|q| hit(q.span)) {
        return index.get(&Node::Quote((doc, q))).copied();
    }
    index.get(&Node::Document(doc)).copied()
}

fn conflicts<'f>(g: &ClaimGraph<'_>, findings: &'f [Finding]) -> Vec<Conflict<'f>> {
    let rows = g.nodes();
    let index: HashMap<&Node, usize> = rows.iter().map(|(i, n, _)| (*n, *i)).collect();
    let mut out: Vec<Conflict<'f>> = Vec::new();
    for f in findings {
        let nodes: Vec<usize> = f.labels.iter().filter_map(|l| node_at(g, &index, l.doc, l.span)).collect();
        let Some((&first, rest)) = nodes.split_first() else { continue };
        for &other in rest {
            if other != first && !out.iter().any(|c| c.0 == first && c.1 == other && c.2 == f.kind.as_str()) {
                out.push((first, other, f.kind.as_str(), f.rule.as_str()));
            }
        }
    }
    out
}

/// The graph in Graphviz DOT; findings that join two claims are red edges labelled with their kind.
pub(crate) fn dot(g: &ClaimGraph<'_>, findings: &[Finding]) -> String {
    let esc = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"").replace(['\n', '\r'], " ");
    let mut s = String::from(
        "digraph claims {\n  graph [rankdir=LR, fontname=\"Helvetica\"];\n  \
         node [fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=9];\n",
    );
    let rows = g.nodes();
    for (i, n, _) in &rows {
        let (shape, fill) = match n {
            Node::Document(_) => ("folder", "#dddddd"),
            Node::Person(_) => ("ellipse", "#e8ddff"),
            Node::Measure(_) => ("diamond", "#fff3b0"),
            Node::Figure(_) => ("note", "#fffbe0"),
            Node::Quote(_) => ("box", "#e3f0ff"),
        };
        let _ = writeln!(
            s,
            "  n{i} [label=\"{}\", shape={shape}, style=filled, fillcolor=\"{fill}\", class=\"{}\"];",
            esc(&node_label(g, n)),
            node_kind(n)
        );
    }
    for (i, _, edges) in &rows {
        for (t, e) in edges {
            let label = e.kind().replace('-', " ");
            let _ = writeln!(s, "  n{i} -> n{t} [label=\"{label}\", color=gray50];");
        }
    }
    for (a, b, kind, rule) in conflicts(g, findings) {
        let _ = writeln!(
            s,
            "  n{a} -> n{b} [label=\"{kind}\", color=red, fontcolor=red, penwidth=2, constraint=false, \
             tooltip=\"{}\"];",
            esc(rule)
        );
    }
    s.push_str("}\n");
    s
}

/// The graph as JSON: `nodes` (id, kind, label, and document and span for figures and quotes)
/// and `edges` (source, target, kind; conflicts also carry the finding's category and rule).
pub(crate) fn json(g: &ClaimGraph<'_>, findings: &[Finding]) -> Value {
    let rows = g.nodes();
    let nodes: Vec<Value> = rows
        .iter()
        .map(|(i, n, _)| {
            let mut v = json!({ "id": format!("n{i}"), "kind": node_kind(n), "label": node_label(g, n) });
            if let Some((d, span)) = node_span(g, n) {
                v["document"] = json!(g.doc_name(d));
                v["start"] = json!(span.start);
                v["end"] = json!(span.end);
            }
            v
        })
        .collect();
    let mut edges: Vec<Value> = Vec::new();
    for (i, _, out) in &rows {
        for (t, e) in out {
            let kind = e.kind();
            edges.push(json!({ "source": format!("n{i}"), "target": format!("n{t}"), "kind": kind }));
        }
    }
    for (a, b, kind, rule) in conflicts(g, findings) {
        edges.push(json!({
            "source": format!("n{a}"), "target": format!("n{b}"), "kind": "conflict",
            "finding": kind, "rule": rule,
        }));
    }
    json!({ "version": 1, "nodes": nodes, "edges": edges })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_shortened_on_characters() {
        assert_eq!(shorten("a  b\nc", 10), "a b c");
        assert_eq!(shorten("\u{e9}\u{e9}\u{e9}\u{e9}", 3), "\u{e9}\u{e9}\u{2026}");
    }

    #[test]
    fn dot_escapes_quotes_and_backslashes_in_labels() {
        let engine = crate::Engine::builtin();
        let mut docs = vec![crate::Document::new("we\"ird\\name.txt", "Officials said 80,000 troops were deployed.")];
        let run = engine.check(&mut docs);
        let g = ClaimGraph::build(&docs, &run.extractions, &run.people, &engine.knowledge);
        let dot = dot(&g, &run.findings);
        assert!(dot.contains("label=\"we\\\"ird\\\\name.txt\""), "{dot}");
    }
}
