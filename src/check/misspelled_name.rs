//! misspelled-name: a near miss of a registry spelling ("Brinken" for Blinken), of the corpus's
//! majority spelling when the registry is silent, or a name split by a stray space ("L avrov").

use super::{doc_name, Violation};
use crate::extract::NameStatus;
use crate::graph::ClaimGraph;
use serde::Deserialize;
use std::collections::BTreeMap;

/// Parameters of misspelled-name.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MisspelledName {
    /// Use the corpus's majority spelling when the registry does not know the person.
    pub corpus_reference: bool,
}

impl Default for MisspelledName {
    fn default() -> Self {
        MisspelledName { corpus_reference: true }
    }
}

impl MisspelledName {
    pub(crate) fn run(&self, g: &ClaimGraph<'_>) -> Vec<Violation> {
        let mut out = Vec::new();
        for (d, e) in g.ex.iter().enumerate() {
            // (suggestion, source, minor) → mentions
            let mut groups: BTreeMap<(String, &'static str, bool), Vec<usize>> = BTreeMap::new();
            for (mi, m) in e.people.iter().enumerate() {
                let raw = g.docs[d].slice(m.span);
                if raw.split_whitespace().count() > m.written.split_whitespace().count() {
                    groups.entry((m.full.clone(), "a stray space", true)).or_default().push(mi);
                } else if m.status == NameStatus::Misspelled {
                    groups.entry((m.full.clone(), "the names registry", false)).or_default().push(mi);
                } else if self.corpus_reference {
                    if let Some(s) = g.people.corpus_misspellings.get(&(d, mi)) {
                        groups.entry((s.clone(), "the spelling most documents use", true)).or_default().push(mi);
                    }
                }
            }
            for ((suggestion, source, minor), ms) in groups {
                let places = ms
                    .iter()
                    .enumerate()
                    .map(|(k, &mi)| {
                        if k == 0 {
                            Violation::primary(d, e.people[mi].span)
                        } else {
                            Violation::secondary(d, e.people[mi].span)
                        }
                    })
                    .collect();
                let written = g.docs[d].slice(e.people[ms[0]].span).to_string();
                out.push(Violation {
                    places,
                    bindings: vec![
                        ("name", written.clone()),
                        ("suggestion", suggestion.clone()),
                        ("doc", doc_name(g, d)),
                        ("source", source.to_string()),
                    ],
                    minor,
                    key: format!("misspelled|{written}|{suggestion}"),
                });
            }
        }
        out
    }
}
