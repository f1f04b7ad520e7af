//! The engine: knowledge and rules loaded once, then the pipeline over a corpus — extraction on
//! every core, resolution of people, the claim graph, the rules side by side, suppressions and
//! the order of findings.

mod examples;

pub use examples::ExampleResult;

use crate::claim::Extraction;
use crate::config::Config;
use crate::document::Document;
use crate::finding::Finding;
use crate::graph::ClaimGraph;
use crate::knowledge::Knowledge;
use crate::resolve::People;
use crate::rule::RuleSet;
use crate::yaml::{LoadError, Source};
use crate::{extract, knowledge, resolve, rule, suppression};

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
    pub(crate) knowledge: Knowledge,
    pub(crate) rules: RuleSet,
}

/// The result of checking a corpus.
#[derive(Debug)]
pub struct CheckRun {
    /// What was extracted, per document.
    pub extractions: Vec<Extraction>,
    /// Findings, sorted by document, span and rule.
    pub findings: Vec<Finding>,
    /// What the rules left out of this run and why ("conflicting-figures: the 512 figures of
    /// percent were not compared ..."), for the person running it.
    pub notes: Vec<String>,
    pub(crate) people: People,
}

impl CheckRun {
    /// The claim graph of this run over its documents, for the fact-check report and the graph
    /// drawings ([`crate::render::dot`], [`crate::render::graph_json`]).
    pub fn graph<'a>(&'a self, docs: &'a [Document], engine: &'a Engine) -> ClaimGraph<'a> {
        ClaimGraph::build(docs, &self.extractions, &self.people, &engine.knowledge)
    }

    /// The corpus's people as registry candidates, most mentioned first (`claimlint names`): one
    /// line each, or registry YAML to review and add; `unknown` keeps only those the registry lacks.
    pub fn names(&self, unknown: bool, yaml: bool) -> String {
        let mut people = resolve::summarise(&self.people, &self.extractions);
        if unknown {
            people.retain(|p| !p.known);
        }
        if yaml {
            resolve::registry_yaml(&people)
        } else {
            people.iter().map(|p| p.line() + "\n").collect()
        }
    }
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
        let knowledge = knowledge::load_knowledge(&ks);
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

    /// Applies a project's `claimlint.yaml` rule settings (severities, rules turned off).
    ///
    /// # Errors
    ///
    /// A rule id the engine does not know, labelled in the configuration file.
    pub fn configure(&mut self, config: &Config) -> Result<(), Vec<LoadError>> {
        config.apply(&mut self.rules)
    }

    /// Extracts the claims of every document, in parallel; fills in datelines.
    pub fn extract(&self, docs: &mut [Document]) -> Vec<Extraction> {
        in_batches(docs.iter_mut(), BATCH, |d| compact(extract::extract(d, &self.knowledge)))
    }

    /// Checks documents: extracts, resolves people, builds the claim graph and runs every enabled rule.
    ///
    /// This and [`Engine::check_loading`] and [`Engine::check_extracted`] are one pipeline reached
    /// three ways: documents in memory, inputs read on the threads that extract them, and claims
    /// extracted earlier (claim records, an archive).
    pub fn check(&self, docs: &mut [Document]) -> CheckRun {
        let extractions = self.extract(docs);
        self.run(docs, extractions)
    }

    /// Reads and checks inputs on every core: `load(i)` gives the documents of input `i` (a file
    /// read and parsed), so that one thread reads while another extracts. Documents come back in
    /// input order; `done` is called once per input, from any thread, for progress.
    pub fn check_loading(
        &self,
        inputs: usize,
        load: &(dyn Fn(usize) -> Vec<Document> + Sync),
        done: &(dyn Fn() + Sync),
    ) -> (Vec<Document>, CheckRun) {
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
        let run = self.run(&docs, extractions);
        (docs, run)
    }

    /// Checks documents extracted earlier (claim records read back, an archive's documents beside
    /// a draft): resolves people and runs every enabled rule.
    pub fn check_extracted(&self, docs: &[Document], extractions: &[Extraction]) -> Vec<Finding> {
        let people = resolve::resolve(extractions);
        self.run_rules(docs, extractions, &people).0
    }

    /// Every rule's examples run as tests: each `invalid` example must fire its rule, each `valid`
    /// one must not (`claimlint rules test`).
    pub fn run_examples(&self) -> Vec<ExampleResult> {
        examples::run_all(self)
    }

    /// The rules, one line each: id, severity, check kind, and whether it is off (`rules list`).
    pub fn rules_list(&self) -> String {
        rule::docs::list(&self.rules)
    }

    /// One rule's documentation (`rules explain`), or the known ids when there is no such rule.
    ///
    /// # Errors
    ///
    /// The ids of the rules there are, when `id` is none of them.
    pub fn explain(&self, id: &str) -> Result<String, Vec<String>> {
        rule::docs::explain(&self.rules, id)
    }

    /// The rules' reference documentation, as `docs/rules.md` holds it.
    pub fn rules_markdown(&self) -> String {
        rule::docs::markdown(&self.rules)
    }

    fn run(&self, docs: &[Document], extractions: Vec<Extraction>) -> CheckRun {
        let people = resolve::resolve(&extractions);
        let (findings, notes) = self.run_rules(docs, &extractions, &people);
        CheckRun { extractions, findings, notes, people }
    }

    /// Runs the enabled rules over extracted documents: their findings, and what they left out.
    pub(crate) fn run_rules(
        &self,
        docs: &[Document],
        extractions: &[Extraction],
        people: &People,
    ) -> (Vec<Finding>, Vec<String>) {
        let graph = ClaimGraph::build(docs, extractions, people, &self.knowledge);
        let notes: Vec<String> = self
            .rules
            .rules
            .iter()
            .filter(|r| r.enabled)
            .flat_map(|r| r.check.notes(&graph).into_iter().map(move |n| format!("{}: {n}", r.id)))
            .collect();
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
        (findings, notes)
    }
}
