//! Findings: violations worded by their rules, and their form as miette diagnostics.
//!
//! miette shows one source per diagnostic, so a finding whose evidence sits in other documents is a
//! diagnostic for the primary document with one related diagnostic per other document, each with its
//! own source and labels.

use crate::check::{Category, Violation};
use crate::document::{Document, Span};
use crate::rule::{template, Rule, Severity};
use miette::{Diagnostic, LabeledSpan, NamedSource};
use std::fmt;

/// A label of a finding: a span in one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindingLabel {
    /// Document index in the run.
    pub doc: usize,
    /// Byte span.
    pub span: Span,
    /// What this span shows.
    pub message: String,
    /// The offending claim (else evidence).
    pub primary: bool,
}

/// A problem found in the text.
#[derive(Clone, Debug)]
pub struct Finding {
    /// The rule's id.
    pub rule: String,
    /// What the finding is about.
    pub kind: Category,
    /// The check kind that found it.
    pub check: &'static str,
    /// Severity.
    pub severity: Severity,
    /// The message, with actual values.
    pub message: String,
    /// Advice.
    pub help: Option<String>,
    /// Labels, primary first.
    pub labels: Vec<FindingLabel>,
    /// The claim's content, stable under unrelated edits (for baselines).
    pub key: String,
}

impl Finding {
    /// Words a violation with its rule.
    pub(crate) fn new(rule: &Rule, v: Violation) -> Finding {
        let severity =
            if v.minor { rule.minor_severity.unwrap_or(Severity::Info).min(rule.severity) } else { rule.severity };
        let fill = |t: &str| template::render(t, &v.bindings);
        let primary_label = rule.labels.primary.as_deref().map(fill);
        let secondary_label = rule.labels.secondary.as_deref().map(fill);
        let mut labels: Vec<FindingLabel> = v
            .places
            .iter()
            .map(|p| FindingLabel {
                doc: p.doc,
                span: p.span,
                message: p
                    .note
                    .clone()
                    .or_else(|| if p.primary { primary_label.clone() } else { secondary_label.clone() })
                    .unwrap_or_default(),
                primary: p.primary,
            })
            .collect();
        labels.sort_by_key(|l| !l.primary);
        labels.dedup_by(|a, b| a.doc == b.doc && a.span == b.span);
        Finding {
            rule: rule.id.clone(),
            kind: rule.check.category(),
            check: rule.check.kind_name(),
            severity,
            message: fill(&rule.message),
            help: rule.help.as_deref().map(fill),
            labels,
            key: format!("{}|{}", rule.id, v.key),
        }
    }

    /// The document and span the finding is reported at.
    pub fn primary(&self) -> Option<&FindingLabel> {
        self.labels.first()
    }

    /// This finding as a miette diagnostic over `docs`.
    pub fn diagnostic(&self, docs: &[Document]) -> FindingDiagnostic {
        let mut order: Vec<usize> = Vec::new();
        for l in &self.labels {
            if !order.contains(&l.doc) {
                order.push(l.doc);
            }
        }
        let part = |d: usize, message: String, help: Option<String>| {
            let doc = &docs[d];
            let labels = self
                .labels
                .iter()
                .filter(|l| l.doc == d)
                .map(|l| {
                    let text = if l.message.is_empty() { None } else { Some(l.message.clone()) };
                    if l.primary {
                        LabeledSpan::new_primary_with_span(text, l.span.start..l.span.end)
                    } else {
                        LabeledSpan::new_with_span(text, l.span.start..l.span.end)
                    }
                })
                .collect();
            FindingDiagnostic {
                message,
                code: None,
                severity: self.severity,
                help,
                src: NamedSource::new(doc.path.clone(), doc.text.clone()),
                labels,
                related: Vec::new(),
            }
        };
        let Some(&first) = order.first() else {
            return FindingDiagnostic {
                message: self.message.clone(),
                code: Some(self.rule.clone()),
                severity: self.severity,
                help: self.help.clone(),
                src: NamedSource::new("", String::new()),
                labels: Vec::new(),
                related: Vec::new(),
            };
        };
        let mut main = part(first, self.message.clone(), self.help.clone());
        main.code = Some(self.rule.clone());
        main.related = order[1..]
            .iter()
            .map(|&d| {
                let mut p = part(d, format!("evidence in {}", docs[d].path), None);
                p.severity = Severity::Info; // evidence, not a second problem
                p
            })
            .collect();
        main
    }
}

/// A finding rendered for miette.
#[derive(Debug)]
pub struct FindingDiagnostic {
    message: String,
    code: Option<String>,
    severity: Severity,
    help: Option<String>,
    src: NamedSource<String>,
    labels: Vec<LabeledSpan>,
    related: Vec<FindingDiagnostic>,
}

impl fmt::Display for FindingDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FindingDiagnostic {}

impl Diagnostic for FindingDiagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.code.as_ref().map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.src)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            None
        } else {
            Some(Box::new(self.labels.iter().cloned()))
        }
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.related.is_empty() {
            None
        } else {
            Some(Box::new(self.related.iter().map(|d| d as &dyn Diagnostic)))
        }
    }
}
