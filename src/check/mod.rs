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

/// What a finding is about: its category, as the JSON output and the gold annotations name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// Two figures of one quantity that cannot both be true.
    NumericConflict,
    /// A running total lower than one already reported.
    StaleFigure,
    /// One quote credited to two people, or one speaker under two names.
    AttributionConflict,
    /// One quote worded two ways.
    QuoteDrift,
    /// A person given an office they did not hold.
    RoleConflict,
    /// One person spelled two ways.
    NameVariant,
    /// A near miss of a known or majority spelling.
    Misspelling,
}

impl Category {
    /// The category's name in output ("numeric-conflict").
    pub fn as_str(self) -> &'static str {
        match self {
            Category::NumericConflict => "numeric-conflict",
            Category::StaleFigure => "stale-figure",
            Category::AttributionConflict => "attribution-conflict",
            Category::QuoteDrift => "quote-drift",
            Category::RoleConflict => "role-conflict",
            Category::NameVariant => "name-variant",
            Category::Misspelling => "misspelling",
        }
    }
}

impl std::fmt::Display for Category {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What every check kind's parameters can do: run over the graph, and check the values serde
/// cannot (ranges), when the rule loads.
pub(crate) trait Check {
    /// The violations in the graph.
    fn run(&self, g: &ClaimGraph<'_>) -> Vec<Violation>;

    /// Whether the parameters make sense; the message says which does not.
    fn validate(&self) -> Result<(), String> {
        Ok(())
    }

    /// What the check left out of this graph and why, for the person running it (a limit of its
    /// parameters that a group of claims exceeds): a note each, in words.
    fn notes(&self, _g: &ClaimGraph<'_>) -> Vec<String> {
        Vec::new()
    }
}

/// The check kinds, each once: its variant, its name in YAML, the parameters type that runs it (a
/// [`Check`]), the category it reports and the placeholders its violations bind. Adding a kind is
/// its file and one line here; the rest follows from this list.
macro_rules! kinds {
    ($($(#[$doc:meta])* $variant:ident $name:literal $params:ident $category:ident [$($binding:literal),*];)*) => {
        /// A check kind with its parameters (YAML: `check: { kind: ..., params: {...} }`).
        #[derive(Clone, Debug, Deserialize)]
        #[serde(tag = "kind", content = "params", rename_all = "kebab-case")]
        pub enum CheckSpec {
            $($(#[$doc])* $variant($params),)*
        }

        /// Every check kind: its name in YAML and the category it reports (the test of the
        /// built-in rules holds every kind to a rule).
        #[cfg(test)]
        pub(crate) const KINDS: &[(&str, Category)] = &[$(($name, Category::$category)),*];

        impl CheckSpec {
            /// The kind's name as written in YAML.
            pub fn kind_name(&self) -> &'static str {
                match self {
                    $(CheckSpec::$variant(_) => $name,)*
                }
            }

            /// The finding category this kind reports (the JSON `kind`).
            pub fn category(&self) -> Category {
                match self {
                    $(CheckSpec::$variant(_) => Category::$category,)*
                }
            }

            /// The placeholders this kind's violations bind.
            pub fn bindings(&self) -> &'static [&'static str] {
                match self {
                    $(CheckSpec::$variant(_) => &[$($binding),*],)*
                }
            }

            /// Checks parameters that serde cannot (ranges).
            pub(crate) fn validate(&self) -> Result<(), String> {
                match self {
                    $(CheckSpec::$variant(c) => c.validate(),)*
                }
            }

            /// What the check leaves out of this graph (see [`Check::notes`]).
            pub(crate) fn notes(&self, g: &ClaimGraph<'_>) -> Vec<String> {
                match self {
                    $(CheckSpec::$variant(c) => c.notes(g),)*
                }
            }

            /// Runs the check.
            pub(crate) fn run(&self, g: &ClaimGraph<'_>) -> Vec<Violation> {
                match self {
                    $(CheckSpec::$variant(c) => c.run(g),)*
                }
            }
        }
    };
}

kinds! {
    /// Figures of one measure that cannot both be true.
    FigureAgreement "figure-agreement" FigureAgreement NumericConflict
        ["measure", "value", "other", "doc", "other_doc", "date", "other_date"];
    /// A cumulative figure lower in a newer document.
    StaleFigure "stale-figure" StaleFigure StaleFigure
        ["measure", "value", "other", "doc", "other_doc", "date", "other_date"];
    /// One quote, two speakers; one speaker, two names.
    QuoteAttribution "quote-attribution" QuoteAttribution AttributionConflict
        ["quote", "speaker", "other_speaker", "doc", "other_doc"];
    /// One quote by one speaker, worded differently.
    QuoteDrift "quote-drift" QuoteDrift QuoteDrift ["speaker", "quote", "other_quote", "doc", "other_doc", "changes"];
    /// An office the person did not hold; an exclusive office given to two people.
    OfficeHolder "office-holder" OfficeHolder RoleConflict ["name", "office", "date", "other", "held", "doc"];
    /// One person spelled two ways.
    NameVariant "name-variant" NameVariant NameVariant ["name", "spellings", "canonical", "doc"];
    /// A near miss of a known or majority spelling.
    MisspelledName "misspelled-name" MisspelledName Misspelling ["name", "suggestion", "doc", "source"];
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
