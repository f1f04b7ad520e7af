//! office-holder: a title the registry says the person did not hold at the document's date, and an
//! exclusive office given to two different people in one document.

use super::{doc_date, doc_name, Violation};
use crate::document::Span;
use crate::extract::{NameStatus, PersonMention};
use crate::graph::ClaimGraph;
use crate::knowledge::Knowledge;
use serde::Deserialize;
use std::collections::HashSet;

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

impl OfficeHolder {
    pub(crate) fn run(&self, g: &ClaimGraph<'_>) -> Vec<Violation> {
        let k = g.knowledge;
        let mut out = Vec::new();
        for (d, e) in g.ex.iter().enumerate() {
            let date = g.docs[d].published;
            // (mention, office) of every titled mention of this document.
            let titled: Vec<(usize, usize)> = e
                .people
                .iter()
                .enumerate()
                .filter_map(|(mi, m)| {
                    let role = m.role.as_deref()?;
                    if is_qualified(role) {
                        return None;
                    }
                    Some((mi, k.office_of_title(role)?))
                })
                .collect();
            let mut wrong_here: HashSet<usize> = HashSet::new();
            if self.check_dates {
                for &(mi, oi) in &titled {
                    let m = &e.people[mi];
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
                let mut seen = HashSet::new();
                for (x, &(ma, oa)) in titled.iter().enumerate() {
                    for &(mb, ob) in &titled[x + 1..] {
                        if oa != ob || !k.offices[oa].exclusive {
                            continue;
                        }
                        let (pa, pb) = (g.person_of(d, ma), g.person_of(d, mb));
                        // A person already flagged for holding the office at the wrong time is enough.
                        if pa == pb
                            || wrong_here.contains(&pa)
                            || wrong_here.contains(&pb)
                            || !seen.insert((oa, pa.min(pb), pa.max(pb)))
                        {
                            continue;
                        }
                        let (a, b) = (&e.people[ma], &e.people[mb]);
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
        }
        out
    }
}
