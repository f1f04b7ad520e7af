//! The built-in rules and knowledge, compiled into the binary.

use crate::knowledge::KnowledgeSources;
use crate::yaml::Source;

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

#[cfg(test)]
mod tests {
    use super::RULES;
    use crate::check::KINDS;

    /// Every file of `rules/` is a built-in rule, and every built-in rule a file of `rules/`: a rule
    /// file cannot be forgotten here.
    #[test]
    fn every_rule_file_is_built_in() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/rules");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .expect("rules/ is readable")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".yaml"))
            .map(|n| format!("rules/{n}"))
            .collect();
        files.sort();
        let mut built: Vec<String> = RULES.iter().map(|(p, _)| p.to_string()).collect();
        built.sort();
        assert_eq!(built, files, "src/rule/builtin.rs RULES and the files of rules/");
    }

    /// Every check kind, and the built-in rules that pick it: each kind has at least one.
    #[test]
    fn every_kind_has_a_rule() {
        let rules = crate::Engine::builtin().rules;
        let table: Vec<(&str, &str, Vec<&str>)> = KINDS
            .iter()
            .map(|(kind, category)| {
                let ids = rules.rules.iter().filter(|r| r.check.kind_name() == *kind).map(|r| r.id.as_str()).collect();
                (*kind, category.as_str(), ids)
            })
            .collect();
        let want: &[(&str, &str, &[&str])] = &[
            ("figure-agreement", "numeric-conflict", &["conflicting-figures"]),
            ("stale-figure", "stale-figure", &["stale-figure"]),
            ("quote-attribution", "attribution-conflict", &["misattributed-quote"]),
            ("quote-drift", "quote-drift", &["quote-drift"]),
            ("office-holder", "role-conflict", &["wrong-office"]),
            ("name-variant", "name-variant", &["name-variant"]),
            ("misspelled-name", "misspelling", &["misspelled-name"]),
        ];
        let want: Vec<(&str, &str, Vec<&str>)> = want.iter().map(|(k, c, ids)| (*k, *c, ids.to_vec())).collect();
        assert_eq!(table, want, "check kinds, their categories and their built-in rules");
        for (kind, _, ids) in &table {
            assert!(!ids.is_empty(), "check kind {kind} has no built-in rule");
        }
    }
}
