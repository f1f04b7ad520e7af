//! office-holder: a title the registry says the person did not hold at the document's date, and an
//! exclusive office given to two different people in one document.

use crate::check::{doc_date, doc_name, Check, Violation};
use crate::claim::{NameStatus, PersonMention};
use crate::document::Span;
use crate::graph::ClaimGraph;
use crate::knowledge::Knowledge;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};

/// Parameters of office-holder.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct OfficeHolder {
    /// Flag an office held at another time (needs the document's date).
    pub check_dates: bool,
    /// Flag two people given one exclusive office in one document.
    pub check_exclusive: bool,
}

impl Default for OfficeHolder {
    fn default() -> Self {
        OfficeHolder { check_dates: true, check_exclusive: true }
    }
}

/// Titles that say the office was held before or is held for now only.
fn is_qualified(role: &str) -> bool {
    let r = role.to_lowercase();
    [
        "former",
        "ex-",
        "then",
        "late ",
        "acting",
        "interim",
        "future",
        "incoming",
        "outgoing",
        "deputy",
        "vice",
        "assistant",
        "under secretary",
        "undersecretary",
        "special",
    ]
    .iter()
    .any(|w| r.contains(w))
}

fn tenure_text(k: &Knowledge, person: usize, office: &str) -> String {
    let spans: Vec<String> = k.people[person]
        .offices
        .iter()
        .filter(|t| t.office == office)
        .map(|t| {
            format!(
                "{} to {}",
                t.from.map_or("?".into(), |d| d.to_string()),
                t.to.map_or("present".into(), |d| d.to_string())
            )
        })
        .collect();
    if spans.is_empty() {
        "never held it".to_string()
    } else {
        format!("held it {}", spans.join(", "))
    }
}

fn title_span(m: &PersonMention) -> Span {
    Span::new(m.role_span.map_or(m.span.start, |r| r.start), m.span.end)
}

impl Check for OfficeHolder {
    fn run(&self, g: &ClaimGraph<'_>) -> Vec<Violation> {
        let k = g.knowledge();
        let mut out = Vec::new();
        // Titles repeat across mentions and documents: each is looked up once.
        let mut offices: HashMap<&str, Option<usize>> = HashMap::new();
        for d in 0..g.documents() {
            let mentions = g.mentions_in(d);
            let date = g.published(d);
            // (mention, office) of every titled mention of this document.
            let titled: Vec<(usize, usize)> = mentions
                .iter()
                .enumerate()
                .filter_map(|(mi, m)| {
                    let role = m.role.as_deref()?;
                    if is_qualified(role) {
                        return None;
                    }
                    Some((mi, (*offices.entry(role).or_insert_with(|| k.office_of_title(role)))?))
                })
                .collect();
            let mut wrong_here: HashSet<usize> = HashSet::new();
            if self.check_dates {
                for &(mi, oi) in &titled {
                    let m = &mentions[mi];
                    let (Some(p), true) = (m.registry, m.status != NameStatus::Unknown) else { continue };
                    let office = &k.offices[oi];
                    let tenures: Vec<_> = k.people[p].offices.iter().filter(|t| t.office == office.id).collect();
                    let wrong = match date {
                        Some(day) => {
                            !tenures.iter().any(|t| t.from.is_none_or(|f| f <= day) && t.to.is_none_or(|to| day <= to))
                        }
                        None => tenures.is_empty() && !k.people[p].offices.is_empty(),
                    };
                    if wrong && wrong_here.insert(g.person_of(d, mi)) {
                        out.push(Violation {
                            places: vec![Violation::primary(d, title_span(m))],
                            bindings: vec![
                                ("name", m.full.clone()),
                                ("office", m.role.clone().unwrap_or_default()),
                                ("date", doc_date(g, d)),
                                ("other", String::new()),
                                ("held", format!("{} {}", m.full, tenure_text(k, p, &office.id))),
                                ("doc", doc_name(g, d)),
                            ],
                            minor: false,
                            key: format!(
                                "office|{}|{}|{}",
                                m.full,
                                office.id,
                                date.map(|x| x.to_string()).unwrap_or_default()
                            ),
                        });
                    }
                }
            }
            if self.check_exclusive {
                // Each pair of people called the same exclusive office, once, at their first titled
                // mentions: the pairs are over the people of an office, not over its mentions, so a
                // document that repeats a title 100,000 times costs no more than one that says it once.
                let mut first: HashSet<(usize, usize)> = HashSet::new();
                let mut holders: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
                for (x, &(mi, oi)) in titled.iter().enumerate() {
                    let person = g.person_of(d, mi);
                    if k.offices[oi].exclusive && !wrong_here.contains(&person) && first.insert((oi, person)) {
                        holders.entry(oi).or_default().push((x, mi));
                    }
                }
                // In document order of the first mention, then of the second.
                let mut pairs: Vec<(usize, usize, usize, usize, usize)> = Vec::new();
                for (&oa, list) in &holders {
                    for (i, &(x, ma)) in list.iter().enumerate() {
                        for &(y, mb) in &list[i + 1..] {
                            pairs.push((x, y, ma, mb, oa));
                        }
                    }
                }
                pairs.sort_unstable();
                for (_, _, ma, mb, oa) in pairs {
                    let (a, b) = (&mentions[ma], &mentions[mb]);
                    // The one the registry says did not hold it is the primary; else the later one.
                    let holds = |m: &PersonMention| -> Option<bool> {
                        let p = m.registry?;
                        let day = date?;
                        Some(k.people[p].offices.iter().any(|t| {
                            t.office == k.offices[oa].id
                                && t.from.is_none_or(|f| f <= day)
                                && t.to.is_none_or(|to| day <= to)
                        }))
                    };
                    let (p, s) = if holds(b) == Some(true) && holds(a) != Some(true) { (a, b) } else { (b, a) };
                    out.push(Violation {
                        places: vec![Violation::primary(d, title_span(p)), Violation::secondary(d, title_span(s))],
                        bindings: vec![
                            ("name", p.full.clone()),
                            ("office", p.role.clone().unwrap_or_default()),
                            ("date", doc_date(g, d)),
                            ("other", s.full.clone()),
                            (
                                "held",
                                format!(
                                    "{} is called that in the same document, and the office has one holder",
                                    s.full
                                ),
                            ),
                            ("doc", doc_name(g, d)),
                        ],
                        minor: false,
                        key: format!(
                            "exclusive|{}|{}|{}",
                            k.offices[oa].id,
                            p.full.clone().min(s.full.clone()),
                            p.full.clone().max(s.full.clone())
                        ),
                    });
                }
            }
        }
        out
    }
}
