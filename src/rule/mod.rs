//! Rules: YAML files that pick one check kind, give it parameters, and word its findings.
//!
//! A rule that loaded cannot fail at run time: every template placeholder is checked against the
//! bindings its check kind produces, and ids are unique, when the rules load (as Vale does).

pub(crate) mod builtin;
pub(crate) mod docs;
pub(crate) mod load;
pub(crate) mod template;

use crate::check::CheckSpec;
use serde::Deserialize;
use std::fmt;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look.
    Info,
    /// Probably wrong.
    Warning,
    /// Wrong.
    Error,
}

impl Severity {
    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parses "error", "warning" or "info".
    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Label wording.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    /// On the offending span.
    #[serde(default)]
    pub primary: Option<String>,
    /// On the evidence it contradicts.
    #[serde(default)]
    pub secondary: Option<String>,
}

/// One example document of a rule.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleDoc {
    /// Publication date.
    #[serde(default)]
    pub published: Option<String>,
    /// The text.
    pub text: String,
}

/// One example: a small corpus.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// What the example shows.
    #[serde(default)]
    pub name: Option<String>,
    /// Its documents.
    pub docs: Vec<ExampleDoc>,
}

/// Examples that fire the rule and examples that must not.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    /// Each must produce at least one finding of this rule.
    #[serde(default)]
    pub invalid: Vec<Example>,
    /// Each must produce none.
    #[serde(default)]
    pub valid: Vec<Example>,
}

/// A rule.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Names the problem ("conflicting-figures").
    pub id: String,
    /// Severity of its findings.
    pub severity: Severity,
    /// Severity of the findings its check marks as minor (default: info).
    #[serde(default)]
    pub minor_severity: Option<Severity>,
    /// Off by default (house style).
    #[serde(default = "yes")]
    pub enabled: bool,
    /// The check kind and its parameters.
    pub check: CheckSpec,
    /// The message template.
    pub message: String,
    /// Label templates.
    #[serde(default)]
    pub labels: Labels,
    /// Advice.
    #[serde(default)]
    pub help: Option<String>,
    /// Why it matters, an example, what to do instead.
    #[serde(default)]
    pub docs: String,
    /// Examples, run as tests.
    #[serde(default)]
    pub examples: Examples,
    /// Where the rule came from.
    #[serde(skip)]
    pub origin: String,
}

fn yes() -> bool {
    true
}

/// The rules of a run.
#[derive(Clone, Debug, Default)]
pub struct RuleSet {
    /// Rules, sorted by id.
    pub rules: Vec<Rule>,
}

impl RuleSet {
    /// The rule with this id.
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}
