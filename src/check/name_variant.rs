//! name-variant: one person spelled two ways. Within one document a change of spelling is a
//! warning (or info when both are accepted variants); across documents, accepted variants are noted
//! as info, and misspellings are left to misspelled-name.

use super::{doc_name, Violation};
use crate::extract::{NameStatus, PersonMention};
use crate::graph::ClaimGraph;
use crate::knowledge::names::{given_name, surname};
use serde::Deserialize;
use std::collections::BTreeMap;

/// Parameters of name-variant.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NameVariant {
    /// Report accepted variants across documents (as minor).
    pub across_documents: bool,
}

impl Default for NameVariant {
    fn default() -> Self {
        NameVariant { across_documents: true }
    }
}

/// How a mention spells the person: the surname, with the given name when written.
fn spelling(m: &PersonMention) -> String {
    m.written.clone()
}

fn accepted(m: &PersonMention) -> bool {
    matches!(m.status, NameStatus::Canonical | NameStatus::Variant)
}

/// Whether two spellings differ as spellings of one person (not "Biden" vs "Joe Biden").
fn differ(a: &PersonMention, b: &PersonMention) -> bool {
    if surname(&a.written) != surname(&b.written) {
        return true;
    }
    match (given_name(&a.written), given_name(&b.written)) {
        (Some(x), Some(y)) => x != y,
        _ => false,
    }
}

impl NameVariant {
    pub(crate) fn run(&self, g: &ClaimGraph<'_>) -> Vec<Violation> {
        let mut out = Vec::new();
        for (pi, person) in g.people.people.iter().enumerate() {
            if person.mentions.len() < 2 {
                continue;
            }
            // Within each document.
            let mut by_doc: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
            for &(d, m) in &person.mentions {
                by_doc.entry(d).or_default().push(m);
            }
            for (&d, ms) in &by_doc {
                let e = &g.ex[d];
                let mut distinct: Vec<usize> = Vec::new();
                for &m in ms {
                    if !distinct.iter().any(|&x| !differ(&e.people[x], &e.people[m])) {
                        distinct.push(m);
                    }
                }
                if distinct.len() < 2 {
                    continue;
                }
                let all_ok = distinct.iter().all(|&m| accepted(&e.people[m]));
                let spellings: Vec<String> = distinct.iter().map(|&m| spelling(&e.people[m])).collect();
                let mut places = Vec::new();
                for (k, &m) in distinct.iter().enumerate() {
                    places.push(if k == 1 {
                        Violation::primary(d, e.people[m].span)
                    } else {
                        Violation::secondary(d, e.people[m].span)
                    });
                }
                out.push(Violation {
                    places,
                    bindings: vec![
                        ("name", person.name.clone()),
                        ("spellings", spellings.join(", ")),
                        ("canonical", person.name.clone()),
                        ("doc", doc_name(g, d)),
                    ],
                    minor: all_ok,
                    key: format!("variant|{}|{}", person.name, spellings.join("|")),
                });
            }
            // Across documents: accepted spellings only.
            if !self.across_documents || by_doc.len() < 2 || person.registry.is_none() {
                continue;
            }
            let mut firsts: Vec<(usize, usize)> = Vec::new();
            for &(d, m) in &person.mentions {
                let mm = &g.ex[d].people[m];
                if !accepted(mm) || given_name(&mm.written).is_none() {
                    continue;
                }
                if !firsts.iter().any(|&(d2, m2)| !differ(&g.ex[d2].people[m2], mm)) {
                    firsts.push((d, m));
                }
            }
            if firsts.len() < 2 || firsts.iter().all(|(d, _)| *d == firsts[0].0) {
                continue;
            }
            let spellings: Vec<String> = firsts.iter().map(|&(d, m)| spelling(&g.ex[d].people[m])).collect();
            let places = firsts
                .iter()
                .enumerate()
                .map(|(k, &(d, m))| {
                    if k == 0 {
                        Violation::primary(d, g.ex[d].people[m].span)
                    } else {
                        Violation::secondary(d, g.ex[d].people[m].span)
                    }
                })
                .collect();
            let _ = pi;
            out.push(Violation {
                places,
                bindings: vec![
                    ("name", person.name.clone()),
                    ("spellings", spellings.join(", ")),
                    ("canonical", person.name.clone()),
                    ("doc", doc_name(g, firsts[0].0)),
                ],
                minor: true,
                key: format!("variants|{}|{}", person.name, spellings.join("|")),
            });
        }
        out
    }
}
