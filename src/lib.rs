//! claimlint checks news copy for the consistency of its claims and figures.
//!
//! The pipeline: documents are split into paragraphs and sentences (furniture marked), their
//! figures, quotes and person mentions are extracted, people are resolved across the corpus, all of
//! it becomes one [`ClaimGraph`], and YAML rules run their check kinds over the graph. Each
//! violation, worded by its rule, is a [`Finding`]: a miette diagnostic with a label on every span
//! involved, in every document involved.
//!
//! The library is pure: no printing and no file system. The binary reads inputs and renders.
//!
//! ```
//! let engine = claimlint::Engine::builtin();
//! let mut docs = vec![
//!     claimlint::Document::new("a.txt", "Officials said 80,000 troops were deployed near the border."),
//!     claimlint::Document::new("b.txt", "Officials said 150,000 troops were deployed near the border."),
//! ];
//! let run = engine.check(&mut docs);
//! assert!(run.findings.iter().any(|f| f.kind == "numeric-conflict"));
//! ```
#![warn(clippy::print_stdout, clippy::print_stderr)]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod baseline;
pub mod check;
pub(crate) mod claim;
pub mod claims;
pub mod config;
pub(crate) mod date;
pub mod document;
pub mod extract;
pub mod finding;
#[doc(hidden)]
pub mod fuzzing;
pub mod graph;
pub mod input;
pub mod knowledge;
pub(crate) mod lexicon;
pub mod render;
pub mod report;
pub mod resolve;
pub mod rule;
pub(crate) mod suppression;
pub(crate) mod text;

pub use claim::{Extraction, Figure, NameStatus, PersonMention, Quote};
pub use date::Date;
pub use document::{line_col, Corpus, DateSource, Document, Span};
pub use finding::Finding;
pub use graph::ClaimGraph;
pub use input::{read_documents, InputProblem};
pub use knowledge::Knowledge;
pub use resolve::People;
pub use rule::{LoadError, Rule, RuleSet, Severity, Source};

#[doc(hidden)]
pub use text::names::fold as __doc_fold;

/// A user's rules folder: rule files and knowledge files, already read.
#[derive(Clone, Debug, Default)]
pub struct RulesDir {
    /// `*.yaml` rule files.
    pub rules: Vec<Source>,
    /// `knowledge/people.yaml`.
    pub people: Vec<Source>,
    /// `knowledge/measures.yaml`.
    pub measures: Vec<Source>,
    /// `knowledge/currencies.yaml`.
    pub currencies: Vec<Source>,
    /// `knowledge/furniture.yaml`.
    pub furniture: Vec<Source>,
    /// `knowledge/gazetteer.yaml`.
    pub gazetteer: Vec<Source>,
}

/// Documents per batch of parallel extraction: enough to make handing out a batch cheap, few
/// enough that the threads finish together.
const BATCH: usize = 16;

/// `work` applied to every item on every core, results in the items' order. Small batches are
/// handed out in turn, so that one thread does not sit idle while the other works through a few
/// long documents.
fn in_batches<I: Send, T: Send>(
    items: impl Iterator<Item = I> + Send,
    batch: usize,
    work: impl Fn(I) -> T + Sync,
) -> Vec<T> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let (lower, _) = items.size_hint();
    if threads <= 1 || lower < 4 {
        return items.map(work).collect();
    }
    let source = std::sync::Mutex::new(items.enumerate());
    let mut done: Vec<(usize, T)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads.min(lower))
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let batch: Vec<(usize, I)> =
                            source.lock().unwrap_or_else(|e| e.into_inner()).by_ref().take(batch).collect();
                        if batch.is_empty() {
                            break mine;
                        }
                        mine.extend(batch.into_iter().map(|(i, x)| (i, work(x))));
                    }
                })
            })
            .collect();
        // A panic in one thread is a panic of the run: its items must not silently drop out (the
        // results are matched to the items by position).
        workers.into_iter().flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, t)| t).collect()
}

/// Loads inputs on every core (`load(i)` gives the documents of input `i`, a file read and parsed);
/// the documents come back in input order.
pub fn load_in_order(inputs: usize, load: &(dyn Fn(usize) -> Vec<Document> + Sync)) -> Vec<Document> {
    in_batches(0..inputs, BATCH, load).into_iter().flatten().collect()
}

/// An extraction without the spare capacity its vectors grew with: a run keeps every document's
/// claims until the checks are done, and on a large corpus the slack adds up.
fn compact(mut ex: Extraction) -> Extraction {
    for f in &mut ex.figures {
        f.context.shrink_to_fit();
        f.before.shrink_to_fit();
        f.after.shrink_to_fit();
    }
    ex.figures.shrink_to_fit();
    ex.quotes.shrink_to_fit();
    ex.people.shrink_to_fit();
    ex.names.shrink_to_fit();
    ex
}

/// Knowledge and rules, loaded and validated: everything a run needs besides its documents.
#[derive(Clone, Debug)]
pub struct Engine {
    /// What is known about the world.
    pub knowledge: Knowledge,
    /// The rules.
    pub rules: RuleSet,
}

/// The result of checking a corpus.
#[derive(Debug)]
pub struct CheckRun {
    /// What was extracted, per document.
    pub extractions: Vec<Extraction>,
    /// People across the corpus.
    pub people: People,
    /// Findings, sorted by document, span and rule.
    pub findings: Vec<Finding>,
}

impl Engine {
    /// The built-in rules and knowledge.
    ///
    /// # Panics
    ///
    /// Never in a released build: the built-in files are validated by a test.
    #[allow(clippy::expect_used)] // invariant: the built-in files are validated by a test
    pub fn builtin() -> Engine {
        Engine::load(&[]).expect("the built-in rules and knowledge are valid (tested)")
    }

    /// The built-in rules and knowledge with users' folders added; a user's rule overrides a
    /// built-in one with the same id, and a user's person entry one with the same canonical name.
    ///
    /// # Errors
    ///
    /// Every file that does not decode or validate, each with a label on the offending key.
    pub fn load(dirs: &[RulesDir]) -> Result<Engine, Vec<LoadError>> {
        let mut ks = rule::builtin::knowledge_sources();
        for d in dirs {
            ks.people.extend(d.people.iter().cloned());
            ks.measures.extend(d.measures.iter().cloned());
            ks.currencies.extend(d.currencies.iter().cloned());
            ks.furniture.extend(d.furniture.iter().cloned());
            ks.gazetteer.extend(d.gazetteer.iter().cloned());
        }
        let knowledge = rule::load::load_knowledge(&ks);
        let mut rules = rule::load::load_rules(&rule::builtin::rule_sources(), None);
        for d in dirs {
            rules = match rules {
                Ok(base) => rule::load::load_rules(&d.rules, Some(base)),
                Err(e) => Err(e),
            };
        }
        match (knowledge, rules) {
            (Ok(knowledge), Ok(rules)) => Ok(Engine { knowledge, rules }),
            (k, r) => Err(k.err().into_iter().flatten().chain(r.err().into_iter().flatten()).collect()),
        }
    }

    /// Extracts every document, in parallel; fills in datelines.
    pub fn extract(&self, docs: &mut [Document]) -> Vec<Extraction> {
        self.extract_with_progress(docs, &|| ())
    }

    /// Like [`Engine::extract`], calling `done` once per extracted document (from any thread), so a
    /// caller can show progress on a long run.
    pub fn extract_with_progress(&self, docs: &mut [Document], done: &(dyn Fn() + Sync)) -> Vec<Extraction> {
        in_batches(docs.iter_mut(), BATCH, |d| {
            let e = compact(extract::extract(d, &self.knowledge));
            done();
            e
        })
    }

    /// Reads and extracts inputs on every core: `load(i)` gives the documents of input `i` (a file
    /// read and parsed), so that one thread reads while another extracts. Documents and
    /// extractions come back in input order; `done` is called once per input.
    pub fn extract_loading(
        &self,
        inputs: usize,
        load: &(dyn Fn(usize) -> Vec<Document> + Sync),
        done: &(dyn Fn() + Sync),
    ) -> (Vec<Document>, Vec<Extraction>) {
        let per_input = in_batches(0..inputs, BATCH, |i| {
            let mut docs = load(i);
            let extractions: Vec<Extraction> =
                docs.iter_mut().map(|d| compact(extract::extract(d, &self.knowledge))).collect();
            done();
            (docs, extractions)
        });
        let (mut docs, mut extractions) = (Vec::new(), Vec::new());
        for (mut d, mut e) in per_input {
            docs.append(&mut d);
            extractions.append(&mut e);
        }
        (docs, extractions)
    }

    /// Like [`Engine::check_with_progress`], reading the inputs as [`Engine::extract_loading`] does.
    pub fn check_loading(
        &self,
        inputs: usize,
        load: &(dyn Fn(usize) -> Vec<Document> + Sync),
        done: &(dyn Fn() + Sync),
    ) -> (Vec<Document>, CheckRun) {
        let (docs, extractions) = self.extract_loading(inputs, load, done);
        let people = resolve::resolve(&extractions);
        let findings = self.run_rules(&docs, &extractions, &people);
        (docs, CheckRun { extractions, people, findings })
    }

    /// Extracts, resolves, builds the graph and runs every enabled rule.
    pub fn check(&self, docs: &mut [Document]) -> CheckRun {
        let extractions = self.extract(docs);
        let people = resolve::resolve(&extractions);
        let findings = self.run_rules(docs, &extractions, &people);
        CheckRun { extractions, people, findings }
    }

    /// Resolves people and runs the enabled rules over documents extracted earlier (claim records read
    /// back, an archive's documents beside a draft).
    pub fn check_extracted(&self, docs: &[Document], extractions: &[Extraction]) -> (People, Vec<Finding>) {
        let people = resolve::resolve(extractions);
        let findings = self.run_rules(docs, extractions, &people);
        (people, findings)
    }

    /// Like [`Engine::check`], calling `done` once per extracted document (see
    /// [`Engine::extract_with_progress`]).
    pub fn check_with_progress(&self, docs: &mut [Document], done: &(dyn Fn() + Sync)) -> CheckRun {
        let extractions = self.extract_with_progress(docs, done);
        let people = resolve::resolve(&extractions);
        let findings = self.run_rules(docs, &extractions, &people);
        CheckRun { extractions, people, findings }
    }

    /// Runs the enabled rules over extracted documents.
    pub fn run_rules(&self, docs: &[Document], extractions: &[Extraction], people: &People) -> Vec<Finding> {
        let graph = ClaimGraph::build(docs, extractions, people, &self.knowledge);
        // Rules side by side, one rule per hand-out: their working sets add up, but since the
        // quote rules share their shingles through the graph, peak memory on a 100 MB corpus stays
        // under 480 MB (measured), and the run is as long as its longest rule.
        let per_rule = in_batches(self.rules.rules.iter().filter(|r| r.enabled), 1, |r| {
            r.check.run(&graph).into_iter().map(|v| Finding::new(r, v)).collect::<Vec<_>>()
        });
        let mut findings: Vec<Finding> = per_rule.into_iter().flatten().collect();
        suppression::apply(&mut findings, docs);
        findings.sort_by(|a, b| {
            let key = |f: &Finding| {
                f.primary()
                    .map(|l| (docs[l.doc].path.as_str(), docs[l.doc].id.as_str(), l.span.start))
                    .unwrap_or_default()
            };
            key(a).cmp(&key(b)).then(a.rule.cmp(&b.rule)).then(a.message.cmp(&b.message))
        });
        findings
    }
}
