//! Identity of people across the corpus.
//!
//! Within a document, the person reader already tied surnames to full names and names to the
//! registry. Here mentions from all documents become people: registry people by registry entry,
//! everyone else by their folded name. When the registry is silent, a spelling that is a near miss
//! of another spelling of the same surname slot, seen less often and with a compatible given name, is
//! taken as a misspelling of the majority spelling (the corpus is its own reference).

use crate::claim::{Extraction, NameStatus};
use crate::text::names::{fold, given_name, near_miss, surname};
use std::collections::{HashMap, HashSet};

/// A person of the corpus.
#[derive(Clone, Debug)]
pub struct Person {
    /// The reference name: the registry's canonical spelling, else the majority spelling.
    pub name: String,
    /// The registry entry, if any.
    pub registry: Option<usize>,
    /// Every mention: (document, mention index).
    pub mentions: Vec<(usize, usize)>,
}

/// People of the corpus and the person of each mention.
#[derive(Clone, Debug, Default)]
pub struct People {
    /// The people.
    pub people: Vec<Person>,
    /// For each document, for each mention, the person index.
    pub of_mention: Vec<Vec<usize>>,
    /// Mentions the corpus (not the registry) marks as misspellings: (doc, mention) → suggested spelling.
    pub corpus_misspellings: HashMap<(usize, usize), String>,
}

/// How mentions are keyed to people: registry people by entry, everyone else by folded name.
#[derive(PartialEq, Eq, Hash)]
enum Key {
    Registry(usize),
    Name(String),
}

/// Resolves every mention of every document to a person.
pub(crate) fn resolve(ex: &[Extraction]) -> People {
    // Unknown full names by folded surname, to attach surname-only mentions. A name is folded the
    // first time it is seen only: the corpus writes the same few thousand names hundreds of
    // thousands of times.
    let mut full_by_surname: HashMap<String, Vec<String>> = HashMap::new();
    let mut listed: HashSet<&str> = HashSet::new();
    for e in ex {
        for m in &e.people {
            if m.status == NameStatus::Unknown && given_name(&m.full).is_some() && listed.insert(&m.full) {
                let s = fold(surname(&m.full).unwrap_or(&m.full));
                let v = full_by_surname.entry(s).or_default();
                let f = fold(&m.full);
                if !v.contains(&f) {
                    v.push(f);
                }
            }
        }
    }
    let mut keys: HashMap<Key, usize> = HashMap::new();
    // The person of each full name keyed by name, so that a name is keyed the first time only.
    let mut by_full: HashMap<&str, usize> = HashMap::new();
    let mut out = People::default();
    for (d, e) in ex.iter().enumerate() {
        let mut row = Vec::with_capacity(e.people.len());
        for m in &e.people {
            let registry = m.registry.filter(|_| m.status != NameStatus::Unknown);
            let known = match registry {
                Some(_) => None,
                None => by_full.get(m.full.as_str()).copied(),
            };
            let pi = match known {
                Some(pi) => pi,
                None => {
                    let key = match registry {
                        Some(i) => Key::Registry(i),
                        None if given_name(&m.full).is_some() => Key::Name(fold(&m.full)),
                        None => {
                            let s = fold(m.surname());
                            match full_by_surname.get(&s) {
                                Some(v) if v.len() == 1 => Key::Name(v[0].clone()),
                                _ => Key::Name(s),
                            }
                        }
                    };
                    let pi = *keys.entry(key).or_insert_with(|| {
                        out.people.push(Person { name: m.full.clone(), registry, mentions: Vec::new() });
                        out.people.len() - 1
                    });
                    if registry.is_none() {
                        by_full.insert(&m.full, pi);
                    }
                    pi
                }
            };
            out.people[pi].mentions.push((d, row.len()));
            if out.people[pi].registry.is_none()
                && given_name(&out.people[pi].name).is_none()
                && given_name(&m.full).is_some()
            {
                out.people[pi].name = m.full.clone();
            }
            row.push(pi);
        }
        out.of_mention.push(row);
    }
    merge_corpus_misspellings(&mut out, ex);
    out
}

/// Merges unknown people whose surname is a near miss of a more frequent unknown person's surname.
fn merge_corpus_misspellings(out: &mut People, ex: &[Extraction]) {
    let n = out.people.len();
    let sur: Vec<String> = out.people.iter().map(|p| fold(surname(&p.name).unwrap_or(&p.name))).collect();
    let given: Vec<Option<String>> = out.people.iter().map(|p| given_name(&p.name).map(fold)).collect();
    // Block by first letter and length to avoid comparing every pair in a large corpus: a near miss
    // keeps its first letter and is at most two letters longer or shorter.
    let mut blocks: HashMap<(Option<char>, usize), Vec<usize>> = HashMap::new();
    for (i, s) in sur.iter().enumerate() {
        if out.people[i].registry.is_none() {
            blocks.entry((s.chars().next(), s.chars().count())).or_default().push(i);
        }
    }
    let mut merged_into: Vec<Option<usize>> = vec![None; n];
    for i in 0..n {
        if out.people[i].registry.is_some() {
            continue;
        }
        let (first, len) = (sur[i].chars().next(), sur[i].chars().count());
        let mut best: Option<usize> = None;
        for l in len.saturating_sub(2)..=len + 2 {
            for &j in blocks.get(&(first, l)).map(Vec::as_slice).unwrap_or(&[]) {
                // The counts first: they are cheap and rule out most pairs before the edit distance.
                let (ci, cj) = (out.people[i].mentions.len(), out.people[j].mentions.len());
                if cj < 2 || ci >= cj || best.is_some_and(|b| out.people[b].mentions.len() >= cj) {
                    continue;
                }
                let compatible = match (&given[i], &given[j]) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                };
                if compatible && near_miss(&sur[i], &sur[j]) {
                    best = Some(j);
                }
            }
        }
        merged_into[i] = best;
    }
    for i in 0..n {
        let Some(j) = merged_into[i] else { continue };
        if merged_into[j].is_some() {
            continue;
        }
        let suggestion = out.people[j].name.clone();
        let mentions = std::mem::take(&mut out.people[i].mentions);
        for &(d, m) in &mentions {
            out.of_mention[d][m] = j;
            let written = ex[d].people[m].surname().to_string();
            let sug_sur = surname(&suggestion).unwrap_or(&suggestion).to_string();
            if written != sug_sur {
                out.corpus_misspellings.insert((d, m), suggestion.clone());
            }
        }
        out.people[j].mentions.extend(mentions);
        out.people[j].mentions.sort_unstable();
    }
}

/// One person of the corpus as a names-registry candidate: the spellings and titles seen.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct NameSummary {
    /// The reference name.
    pub canonical: String,
    /// Whether the registry already knows the person.
    #[serde(skip)]
    pub known: bool,
    /// Other spellings seen, as written.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<String>,
    /// Titles seen before the name, as written.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub titles: Vec<String>,
    /// Mentions in the corpus.
    #[serde(skip)]
    pub mentions: usize,
    /// Documents that mention the person.
    #[serde(skip)]
    pub documents: usize,
}

impl NameSummary {
    /// The person in one line: name, mentions, documents, registry, spellings, titles.
    pub(crate) fn line(&self) -> String {
        let mut line = format!(
            "{} ({} mentions in {} documents{})",
            self.canonical,
            self.mentions,
            self.documents,
            if self.known { ", in the registry" } else { "" }
        );
        if !self.variants.is_empty() {
            line.push_str(&format!("; spelled {}", self.variants.join(", ")));
        }
        if !self.titles.is_empty() {
            line.push_str(&format!("; titled {}", self.titles.join(", ")));
        }
        line
    }
}

/// The corpus's people with their spellings and titles, most mentioned first.
pub fn summarise(people: &People, ex: &[Extraction]) -> Vec<NameSummary> {
    // Someone the registry does not know must show they are a person: a title, or words quoted.
    let evidence = |p: &Person| {
        p.registry.is_some()
            || p.mentions.iter().any(|&(d, m)| ex[d].people[m].role.is_some() || ex[d].people[m].speaks)
    };
    let mut out: Vec<NameSummary> = people
        .people
        .iter()
        .filter(|p| !p.mentions.is_empty() && evidence(p))
        .map(|p| {
            let mut variants: Vec<String> = Vec::new();
            let mut titles: Vec<String> = Vec::new();
            let mut docs: Vec<usize> = Vec::new();
            for &(d, m) in &p.mentions {
                let mm = &ex[d].people[m];
                if mm.written != p.name && given_name(&mm.written).is_some() && !variants.contains(&mm.written) {
                    variants.push(mm.written.clone());
                }
                if let Some(t) = &mm.role {
                    if !titles.contains(t) {
                        titles.push(t.clone());
                    }
                }
                if !docs.contains(&d) {
                    docs.push(d);
                }
            }
            variants.sort();
            titles.sort();
            NameSummary {
                canonical: p.name.clone(),
                known: p.registry.is_some(),
                variants,
                titles,
                mentions: p.mentions.len(),
                documents: docs.len(),
            }
        })
        .collect();
    out.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(a.canonical.cmp(&b.canonical)));
    out
}

/// Writes people as registry YAML (`people:` entries) for an editor to review and add.
pub fn registry_yaml(people: &[NameSummary]) -> String {
    #[derive(serde::Serialize)]
    struct File<'a> {
        people: &'a [NameSummary],
    }
    crate::yaml::to_yaml(&File { people })
}
