//! The built-in rules and knowledge, compiled into the binary.

use super::load::{KnowledgeSources, Source};

macro_rules! builtin {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $path)))),*]
    };
}

/// Built-in rule files.
pub(crate) const RULES: &[(&str, &str)] = builtin![
    "rules/conflicting-figures.yaml",
    "rules/stale-figure.yaml",
    "rules/misattributed-quote.yaml",
    "rules/quote-drift.yaml",
    "rules/wrong-office.yaml",
    "rules/name-variant.yaml",
    "rules/misspelled-name.yaml",
];

/// Built-in knowledge files.
pub(crate) const PEOPLE: &[(&str, &str)] = builtin!["rules/knowledge/people.yaml"];
pub(crate) const MEASURES: &[(&str, &str)] = builtin!["rules/knowledge/measures.yaml"];
pub(crate) const CURRENCIES: &[(&str, &str)] = builtin!["rules/knowledge/currencies.yaml"];
pub(crate) const FURNITURE: &[(&str, &str)] = builtin!["rules/knowledge/furniture.yaml"];
pub(crate) const GAZETTEER: &[(&str, &str)] = builtin!["rules/knowledge/gazetteer.yaml"];

fn sources(list: &[(&str, &str)]) -> Vec<Source> {
    list.iter().map(|(n, t)| Source::new(*n, *t)).collect()
}

pub(crate) fn rule_sources() -> Vec<Source> {
    sources(RULES)
}

pub(crate) fn knowledge_sources() -> KnowledgeSources {
    KnowledgeSources {
        people: sources(PEOPLE),
        measures: sources(MEASURES),
        currencies: sources(CURRENCIES),
        furniture: sources(FURNITURE),
        gazetteer: sources(GAZETTEER),
    }
}
