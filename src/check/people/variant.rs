//! name-variant: one person spelled two ways. Within one document a change of spelling is a
//! warning (or info when both are accepted variants); across documents, accepted variants are noted
//! as info, and misspellings are left to misspelled-name.

use crate::check::{doc_name, Check, Violation};
use crate::claim::{NameStatus, PersonMention};
use crate::graph::ClaimGraph;
use crate::text::names::weighted_distance;
use crate::text::names::{edit_distance, fold, given_name, surname};
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

/// Whether two spellings differ as spellings of one person (not "Prewitt" vs "Ansel Prewitt").
fn differ(a: &PersonMention, b: &PersonMention) -> bool {
    if surname(&a.written) != surname(&b.written) {
        return true;
    }
    match (given_name(&a.written), given_name(&b.written)) {
        (Some(x), Some(y)) => x != y,
        _ => false,
    }
}

/// The template values of a name-variant violation.
fn bindings(name: &str, spellings: &[String], doc: String) -> Vec<(&'static str, String)> {
    vec![("name", name.to_string()), ("spellings", spellings.join(", ")), ("canonical", name.to_string()), ("doc", doc)]
}

impl Check for NameVariant {
    fn run(&self, g: &ClaimGraph<'_>) -> Vec<Violation> {
        let mut out = Vec::new();
        for person in g.people() {
            if person.mentions.len() < 2 {
                continue;
            }
            // Within each document.
            let mut by_doc: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
            for &(d, m) in &person.mentions {
                by_doc.entry(d).or_default().push(m);
            }
            for (&d, ms) in &by_doc {
                let mentions = g.mentions_in(d);
                let mut distinct: Vec<usize> = Vec::new();
                for &m in ms {
                    if !distinct.iter().any(|&x| !differ(&mentions[x], &mentions[m])) {
                        distinct.push(m);
                    }
                }
                if distinct.len() < 2 {
                    continue;
                }
                // Spellings that differ only in case, hyphens or transliteration are minor; so are
                // spellings too far apart to be one name slipped (two people the reader merged).
                let surnames: Vec<String> =
                    distinct.iter().map(|&m| fold(surname(&mentions[m].written).unwrap_or(""))).collect();
                let fold_equal = surnames.iter().all(|f| *f == surnames[0]);
                let close = surnames.iter().all(|s| s.is_empty() || edit_distance(s, &surnames[0]) <= 2);
                let plural = surnames.iter().any(|s| surnames.iter().any(|t| s.strip_suffix('s') == Some(t.as_str())));
                // Vowels alone differ: a transliteration ("Hussain" / "Hussein").
                let vowels_only = surnames.iter().all(|s| weighted_distance(s, &surnames[0]) <= 0.5);
                // Someone the registry does not know must show they are a person (a title, a quote).
                let evidence =
                    person.registry.is_some() || ms.iter().any(|&m| mentions[m].role.is_some() || mentions[m].speaks);
                let shouting = distinct.iter().any(|&m| !mentions[m].written.chars().any(char::is_lowercase));
                if !evidence || shouting {
                    continue;
                }
                let all_ok =
                    distinct.iter().all(|&m| accepted(&mentions[m])) || fold_equal || !close || plural || vowels_only;
                let spellings: Vec<String> = distinct.iter().map(|&m| spelling(&mentions[m])).collect();
                let mut places = Vec::new();
                for (k, &m) in distinct.iter().enumerate() {
                    places.push(if k == 1 {
                        Violation::primary(d, mentions[m].span)
                    } else {
                        Violation::secondary(d, mentions[m].span)
                    });
                }
                out.push(Violation {
                    places,
                    bindings: bindings(&person.name, &spellings, doc_name(g, d)),
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
                let mm = &g.mentions_in(d)[m];
                if !accepted(mm) || given_name(&mm.written).is_none() {
                    continue;
                }
                if !firsts.iter().any(|&(d2, m2)| !differ(&g.mentions_in(d2)[m2], mm)) {
                    firsts.push((d, m));
                }
            }
            if firsts.len() < 2 || firsts.iter().all(|(d, _)| *d == firsts[0].0) {
                continue;
            }
            let spellings: Vec<String> = firsts.iter().map(|&(d, m)| spelling(&g.mentions_in(d)[m])).collect();
            let places = firsts
                .iter()
                .enumerate()
                .map(|(k, &(d, m))| {
                    if k == 0 {
                        Violation::primary(d, g.mentions_in(d)[m].span)
                    } else {
                        Violation::secondary(d, g.mentions_in(d)[m].span)
                    }
                })
                .collect();
            out.push(Violation {
                places,
                bindings: bindings(&person.name, &spellings, doc_name(g, firsts[0].0)),
                minor: true,
                key: format!("variants|{}|{}", person.name, spellings.join("|")),
            });
        }
        out
    }
}
