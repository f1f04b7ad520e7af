//! The claim graph: documents, people, figures, measures and quotes, and how they relate.
//!
//! This is the only module that imports petgraph. The graph is built once per run and is read-only
//! afterwards; checks read it through the queries below, which group claims by key (measure, quote
//! fingerprint, person) so that no check compares every pair of documents.

mod quotes;

use crate::claim::{fingerprints, Extraction, FigRef, Fingerprint, MeasureKey, QuoteRef};
use crate::claim::{Figure, PersonMention, Quote};
use crate::date::Date;
use crate::document::{Document, Span};
use crate::knowledge::Knowledge;
use crate::resolve::{People, Person};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// A node's index, the node, and its outgoing edges as (target index, edge).
pub type NodeRow<'g> = (usize, &'g Node, Vec<(usize, &'g Edge)>);

/// A node of the graph.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Node {
    /// A document.
    Document(usize),
    /// A person of the corpus.
    Person(usize),
    /// A measure.
    Measure(MeasureKey),
    /// A figure.
    Figure(FigRef),
    /// A quote.
    Quote(QuoteRef),
}

/// An edge of the graph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edge {
    /// A document contains a figure or quote.
    Contains,
    /// A document mentions a person.
    Mentions,
    /// A figure measures a measure.
    Measures,
    /// A quote is attributed to a person.
    SaidBy,
}

impl Edge {
    /// The edge's kind as the graph exports name it: "contains", "mentions", "measures", "said-by".
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Edge::Contains => "contains",
            Edge::Mentions => "mentions",
            Edge::Measures => "measures",
            Edge::SaidBy => "said-by",
        }
    }
}

/// The claim graph of one run.
pub struct ClaimGraph<'a> {
    docs: &'a [Document],
    ex: &'a [Extraction],
    people: &'a People,
    knowledge: &'a Knowledge,
    graph: DiGraph<Node, Edge>,
    measure_nodes: BTreeMap<String, NodeIndex>,
    fingerprints: OnceLock<Vec<Fingerprint>>,
}

impl<'a> ClaimGraph<'a> {
    /// Builds the graph.
    pub(crate) fn build(
        docs: &'a [Document],
        ex: &'a [Extraction],
        people: &'a People,
        knowledge: &'a Knowledge,
    ) -> ClaimGraph<'a> {
        // Room for every node and edge but the measures, so the graph is not copied as it grows.
        let (figures, quotes, mentions) =
            ex.iter().fold((0, 0, 0), |(f, q, m), e| (f + e.figures.len(), q + e.quotes.len(), m + e.people.len()));
        let mut graph = DiGraph::with_capacity(
            people.people.len() + ex.len() + figures + quotes,
            mentions + 2 * figures + 2 * quotes,
        );
        let mut measure_nodes: BTreeMap<String, NodeIndex> = BTreeMap::new();
        let person_nodes: Vec<NodeIndex> = (0..people.people.len()).map(|p| graph.add_node(Node::Person(p))).collect();
        for (d, e) in ex.iter().enumerate() {
            let dn = graph.add_node(Node::Document(d));
            let mut mentioned = Vec::new();
            for (mi, _) in e.people.iter().enumerate() {
                let p = people.of_mention[d][mi];
                if !mentioned.contains(&p) {
                    mentioned.push(p);
                    graph.add_edge(dn, person_nodes[p], Edge::Mentions);
                }
            }
            for (fi, f) in e.figures.iter().enumerate() {
                let fnode = graph.add_node(Node::Figure((d, fi)));
                graph.add_edge(dn, fnode, Edge::Contains);
                if let Some(m) = &f.measure {
                    // Measures are kept in the order of their written keys, so that checks visit them
                    // in one order whatever the run. Looked up before inserting: a key is written
                    // once per figure, but copied into the graph once per measure.
                    let key = m.to_string();
                    let mn = match measure_nodes.get(&key) {
                        Some(&mn) => mn,
                        None => {
                            let mn = graph.add_node(Node::Measure(m.clone()));
                            measure_nodes.insert(key, mn);
                            mn
                        }
                    };
                    graph.add_edge(fnode, mn, Edge::Measures);
                }
            }
            for (qi, q) in e.quotes.iter().enumerate() {
                let qn = graph.add_node(Node::Quote((d, qi)));
                graph.add_edge(dn, qn, Edge::Contains);
                if let Some(pi) = q.speaker.as_ref().and_then(|s| s.person) {
                    graph.add_edge(qn, person_nodes[people.of_mention[d][pi]], Edge::SaidBy);
                }
            }
        }
        ClaimGraph { docs, ex, people, knowledge, graph, measure_nodes, fingerprints: OnceLock::new() }
    }

    /// Figures grouped by measure key, in key order; figures in document order.
    pub(crate) fn figures_by_measure(&self) -> Vec<(&MeasureKey, Vec<FigRef>)> {
        self.measure_nodes
            .values()
            .filter_map(|&n| match &self.graph[n] {
                Node::Measure(key) => Some((key, n)),
                _ => None,
            })
            .map(|(key, n)| {
                let mut figs: Vec<FigRef> = self
                    .graph
                    .edges_directed(n, petgraph::Direction::Incoming)
                    .filter_map(|e| match &self.graph[e.source()] {
                        Node::Figure(r) => Some(*r),
                        _ => None,
                    })
                    .collect();
                figs.sort_unstable();
                (key, figs)
            })
            .collect()
    }

    /// The documents, in run order.
    pub(crate) fn all_documents(&self) -> &'a [Document] {
        self.docs
    }

    /// How many documents the run has.
    pub(crate) fn documents(&self) -> usize {
        self.docs.len()
    }

    /// A document's name in messages: its id.
    pub(crate) fn doc_name(&self, doc: usize) -> &str {
        &self.docs[doc].id
    }

    /// A document's publication date, if known.
    pub(crate) fn published(&self, doc: usize) -> Option<Date> {
        self.docs[doc].published
    }

    /// The text of a span of a document, as written.
    pub(crate) fn text_at(&self, doc: usize, span: Span) -> &str {
        self.docs[doc].slice(span)
    }

    /// The places a document names (lowercase, sorted): what story it is about.
    pub(crate) fn doc_places(&self, doc: usize) -> &[String] {
        &self.ex[doc].places
    }

    /// A figure.
    pub(crate) fn figure(&self, r: FigRef) -> &Figure {
        &self.ex[r.0].figures[r.1]
    }

    /// A quote.
    pub(crate) fn quote(&self, r: QuoteRef) -> &Quote {
        &self.ex[r.0].quotes[r.1]
    }

    /// A document's path as given.
    pub(crate) fn doc_path(&self, doc: usize) -> &str {
        &self.docs[doc].path
    }

    /// A document's figures, in text order.
    pub(crate) fn figures_in(&self, doc: usize) -> &[Figure] {
        &self.ex[doc].figures
    }

    /// A document's quotes, in text order.
    pub(crate) fn quotes_in(&self, doc: usize) -> &[Quote] {
        &self.ex[doc].quotes
    }

    /// A document's person mentions, in text order.
    pub(crate) fn mentions_in(&self, doc: usize) -> &[PersonMention] {
        &self.ex[doc].people
    }

    /// A document's capitalised words inside sentences (proper nouns), for spelling checks.
    pub(crate) fn proper_nouns_in(&self, doc: usize) -> &[Span] {
        &self.ex[doc].names
    }

    /// The corpus's people.
    pub(crate) fn people(&self) -> &[Person] {
        &self.people.people
    }

    /// What is known about the world.
    pub(crate) fn knowledge(&self) -> &Knowledge {
        self.knowledge
    }

    /// The person a quote is attributed to, if a person.
    pub(crate) fn speaker_person(&self, q: QuoteRef) -> Option<usize> {
        let m = self.ex[q.0].quotes[q.1].speaker.as_ref()?.person?;
        Some(self.people.of_mention[q.0][m])
    }

    /// Every quote's fingerprint, in document and quote order. Made on first use, once for all the
    /// checks that find one quote across documents: reading every quote takes longer than comparing.
    pub(crate) fn quote_fingerprints(&self) -> &[Fingerprint] {
        self.fingerprints.get_or_init(|| fingerprints(self.docs, self.ex))
    }

    /// The person of a mention.
    pub(crate) fn person_of(&self, doc: usize, mention: usize) -> usize {
        self.people.of_mention[doc][mention]
    }

    /// Number of nodes and edges: how large a drawing of the graph would be.
    pub fn size(&self) -> (usize, usize) {
        (self.graph.node_count(), self.graph.edge_count())
    }

    /// Every node with its outgoing edges, for rendering.
    pub(crate) fn nodes(&self) -> Vec<NodeRow<'_>> {
        self.graph
            .node_indices()
            .map(|n| {
                (n.index(), &self.graph[n], self.graph.edges(n).map(|e| (e.target().index(), e.weight())).collect())
            })
            .collect()
    }
}
