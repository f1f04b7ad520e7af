//! Check kinds: the closed set of tests a rule can pick, each in its own file.
//!
//! A check reads the claim graph and returns [`Violation`]s: places and named bindings, never prose.
//! The rule that picked the check words them (`finding.rs`).

mod figures;
mod people;
mod quotes;

use crate::document::Span;
use crate::graph::ClaimGraph;
use serde::Deserialize;

pub(crate) use figures::{FigureAgreement, StaleFigure};
pub(crate) use people::{MisspelledName, NameVariant, OfficeHolder};
pub(crate) use quotes::{QuoteAttribution, QuoteDrift};

/// A check kind with its parameters (YAML: `check: { kind: ..., params: {...} }`).
#[derive(Clone, Debug, Deserialize)]
#[serde(tag = "kind", content = "params", rename_all = "kebab-case")]
pub enum CheckSpec {
    /// Figures of one measure that cannot both be true.
    FigureAgreement(FigureAgreement),
    /// A cumulative figure lower in a newer document.
    StaleFigure(StaleFigure),
    /// One quote, two speakers; one speaker, two names.
    QuoteAttribution(QuoteAttribution),
    /// One quote by one speaker, worded differently.
    QuoteDrift(QuoteDrift),
    /// An office the person did not hold; an exclusive office given to two people.
    OfficeHolder(OfficeHolder),
    /// One person spelled two ways.
    NameVariant(NameVariant),
    /// A near miss of a known or majority spelling.
    MisspelledName(MisspelledName),
}

impl CheckSpec {
    /// The kind's name as written in YAML.
    pub fn kind_name(&self) -> &'static str {
        match self {
            CheckSpec::FigureAgreement(_) => "figure-agreement",
            CheckSpec::StaleFigure(_) => "stale-figure",
            CheckSpec::QuoteAttribution(_) => "quote-attribution",
            CheckSpec::QuoteDrift(_) => "quote-drift",
            CheckSpec::OfficeHolder(_) => "office-holder",
            CheckSpec::NameVariant(_) => "name-variant",
            CheckSpec::MisspelledName(_) => "misspelled-name",
        }
    }

    /// The finding category this kind reports (the JSON `kind`).
    pub fn category(&self) -> &'static str {
        match self {
            CheckSpec::FigureAgreement(_) => "numeric-conflict",
            CheckSpec::StaleFigure(_) => "stale-figure",
            CheckSpec::QuoteAttribution(_) => "attribution-conflict",
            CheckSpec::QuoteDrift(_) => "quote-drift",
            CheckSpec::OfficeHolder(_) => "role-conflict",
            CheckSpec::NameVariant(_) => "name-variant",
            CheckSpec::MisspelledName(_) => "misspelling",
        }
    }

    /// The placeholders this kind's violations bind.
    pub fn bindings(&self) -> &'static [&'static str] {
        match self {
            CheckSpec::FigureAgreement(_) => &["measure", "value", "other", "doc", "other_doc", "date", "other_date"],
            CheckSpec::StaleFigure(_) => &["measure", "value", "other", "doc", "other_doc", "date", "other_date"],
            CheckSpec::QuoteAttribution(_) => &["quote", "speaker", "other_speaker", "doc", "other_doc"],
            CheckSpec::QuoteDrift(_) => &["speaker", "quote", "other_quote", "doc", "other_doc", "changes"],
            CheckSpec::OfficeHolder(_) => &["name", "office", "date", "other", "held", "doc"],
            CheckSpec::NameVariant(_) => &["name", "spellings", "canonical", "doc"],
            CheckSpec::MisspelledName(_) => &["name", "suggestion", "doc", "source"],
        }
    }

    /// Checks parameters that serde cannot (ranges).
    pub(crate) fn validate(&self) -> Result<(), String> {
        match self {
            CheckSpec::FigureAgreement(p) if !(0.0..=1.0).contains(&p.tolerance) => {
                Err(format!("tolerance {} is not between 0 and 1", p.tolerance))
            }
            CheckSpec::QuoteDrift(p) if !(0.0..=1.0).contains(&p.min_overlap) => {
                Err(format!("min_overlap {} is not between 0 and 1", p.min_overlap))
            }
            _ => Ok(()),
        }
    }

    /// Runs the check.
    pub(crate) fn run(&self, g: &ClaimGraph<'_>) -> Vec<Violation> {
        match self {
            CheckSpec::FigureAgreement(c) => c.run(g),
            CheckSpec::StaleFigure(c) => c.run(g),
            CheckSpec::QuoteAttribution(c) => c.run(g),
            CheckSpec::QuoteDrift(c) => c.run(g),
            CheckSpec::OfficeHolder(c) => c.run(g),
            CheckSpec::NameVariant(c) => c.run(g),
            CheckSpec::MisspelledName(c) => c.run(g),
        }
    }
}

/// A place in one document, with the binding-free role of the label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// Document index.
    pub doc: usize,
    /// Byte span.
    pub span: Span,
    /// Primary (the offending claim) or secondary (the evidence).
    pub primary: bool,
    /// Label text specific to this place, if the check has one (else the rule's label template).
    pub note: Option<String>,
}

/// What a check found: places and named values.
#[derive(Clone, Debug)]
pub struct Violation {
    /// Every span involved; the first primary one is where the finding is reported.
    pub places: Vec<Place>,
    /// Values for the rule's templates.
    pub bindings: Vec<(&'static str, String)>,
    /// A lesser case of the problem (the rule's `minor_severity` applies).
    pub minor: bool,
    /// The claim's content, for baselines: stable under edits elsewhere in the text.
    pub key: String,
}

impl Violation {
    pub(crate) fn primary(doc: usize, span: Span) -> Place {
        Place { doc, span, primary: true, note: None }
    }

    pub(crate) fn secondary(doc: usize, span: Span) -> Place {
        Place { doc, span, primary: false, note: None }
    }
}

/// The display name of a document in messages.
pub(crate) fn doc_name(g: &ClaimGraph<'_>, d: usize) -> String {
    g.doc_name(d).to_string()
}

/// The published date of a document, or "an unknown date".
pub(crate) fn doc_date(g: &ClaimGraph<'_>, d: usize) -> String {
    g.published(d).map_or_else(|| "an unknown date".to_string(), |d| d.to_string())
}
