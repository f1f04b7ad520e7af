//! quote-attribution: the same quote credited to different people, and one article crediting one
//! line of remarks to two names that are near misses of each other ("Mallory" / "Malory").

use super::fingerprint::similar_pairs;
use super::{doc_name, Violation};
use crate::extract::speech::PRONOUNS;
use crate::graph::{ClaimGraph, QuoteRef};
use crate::knowledge::names::{fold, near_miss, surname};
use serde::Deserialize;
use std::collections::HashSet;

/// Parameters of quote-attribution.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct QuoteAttribution {
    /// Quotes shorter than this many words are not compared across documents.
    pub min_words: usize,
    /// Share of the shorter quote's shingles the longer one must contain.
    pub min_overlap: f64,
    /// Also flag two near-miss names credited with quotes in one document.
    pub near_miss_speakers: bool,
}

impl Default for QuoteAttribution {
    fn default() -> Self {
        QuoteAttribution { min_words: 6, min_overlap: 0.6, near_miss_speakers: true }
    }
}

fn named_speaker(g: &ClaimGraph<'_>, q: QuoteRef) -> Option<(usize, usize)> {
    let sp = g.ex[q.0].quotes[q.1].speaker.as_ref()?;
    let m = sp.person?;
    Some((m, g.person_of(q.0, m)))
}

fn is_pronoun(g: &ClaimGraph<'_>, q: QuoteRef) -> bool {
    g.ex[q.0].quotes[q.1].speaker.as_ref().is_some_and(|s| PRONOUNS.contains(&s.text.to_lowercase().as_str()))
}

impl QuoteAttribution {
    pub(crate) fn run(&self, g: &ClaimGraph<'_>) -> Vec<Violation> {
        let mut out = Vec::new();
        let (prepared, pairs) = similar_pairs(g, self.min_words, self.min_overlap);
        let mut seen: HashSet<(usize, usize, usize)> = HashSet::new();
        for (i, j, _) in pairs {
            let (a, b) = (prepared[i].r, prepared[j].r);
            let (Some((ma, pa)), Some((mb, pb))) = (named_speaker(g, a), named_speaker(g, b)) else { continue };
            if pa == pb || is_pronoun(g, a) && is_pronoun(g, b) {
                continue;
            }
            // Report in the later document (or the later quote of one document).
            let (p, s, mp, ms) = if b >= a { (b, a, mb, ma) } else { (a, b, ma, mb) };
            if !seen.insert((p.0, pa.min(pb), pa.max(pb))) {
                continue;
            }
            let qp = &g.ex[p.0].quotes[p.1];
            let qs = &g.ex[s.0].quotes[s.1];
            let sp = qp.speaker.as_ref().map(|x| x.span).unwrap_or(qp.span);
            let ss = qs.speaker.as_ref().map(|x| x.span).unwrap_or(qs.span);
            let name_p = g.ex[p.0].people[mp].full.clone();
            let name_s = g.ex[s.0].people[ms].full.clone();
            let quote = g.docs[p.0].slice(qp.span).to_string();
            out.push(Violation {
                places: vec![
                    Violation::primary(p.0, sp),
                    Violation::secondary(p.0, qp.span),
                    Violation::secondary(s.0, ss),
                    Violation::secondary(s.0, qs.span),
                ],
                bindings: vec![
                    ("quote", shorten(&quote)),
                    ("speaker", name_p.clone()),
                    ("other_speaker", name_s.clone()),
                    ("doc", doc_name(g, p.0)),
                    ("other_doc", doc_name(g, s.0)),
                ],
                minor: false,
                key: format!(
                    "quote|{}|{}|{}",
                    shorten(&quote).to_lowercase(),
                    name_p.clone().min(name_s.clone()),
                    name_s.max(name_p)
                ),
            });
        }
        if self.near_miss_speakers {
            out.extend(self.near_miss_in_document(g));
        }
        out
    }

    /// One article, two speakers whose names are near misses: one line of remarks, two names.
    fn near_miss_in_document(&self, g: &ClaimGraph<'_>) -> Vec<Violation> {
        let mut out = Vec::new();
        for (d, e) in g.ex.iter().enumerate() {
            // Named speakers of this document: person → mention indexes (in order).
            let mut speakers: Vec<(usize, Vec<usize>)> = Vec::new();
            for (qi, q) in e.quotes.iter().enumerate() {
                if is_pronoun(g, (d, qi)) {
                    continue;
                }
                let Some(sp) = &q.speaker else { continue };
                let Some(m) = sp.person else { continue };
                let p = g.person_of(d, m);
                match speakers.iter_mut().find(|(x, _)| *x == p) {
                    Some((_, v)) => v.push(qi),
                    None => speakers.push((p, vec![qi])),
                }
            }
            for x in 0..speakers.len() {
                for y in x + 1..speakers.len() {
                    let (pa, qa) = &speakers[x];
                    let (pb, qb) = &speakers[y];
                    let na = g.people.people[*pa].name.clone();
                    let nb = g.people.people[*pb].name.clone();
                    let (Some(sa), Some(sb)) = (surname(&na), surname(&nb)) else { continue };
                    // The names as written: "Malory" may resolve to a registry "Mallery", but it was written next to "Mallory".
                    let written = |qs: &[usize]| -> Vec<String> {
                        qs.iter()
                            .filter_map(|&qi| e.quotes[qi].speaker.as_ref().and_then(|s| s.person))
                            .map(|m| surname(&e.people[m].written).unwrap_or(&e.people[m].written).to_string())
                            .collect()
                    };
                    let (wa, wb) = (written(qa), written(qb));
                    let near = near_miss(&fold(sa), &fold(sb))
                        || wa.iter().any(|a| wb.iter().any(|b| near_miss(&fold(a), &fold(b))));
                    if !near {
                        continue;
                    }
                    let mut places = Vec::new();
                    for (k, &qi) in qb.iter().chain(qa.iter()).enumerate() {
                        let q = &e.quotes[qi];
                        if let Some(s) = &q.speaker {
                            places.push(if k == 0 {
                                Violation::primary(d, s.span)
                            } else {
                                Violation::secondary(d, s.span)
                            });
                        }
                    }
                    let quote =
                        qb.first().map(|&qi| g.docs[d].slice(e.quotes[qi].span).to_string()).unwrap_or_default();
                    out.push(Violation {
                        places,
                        bindings: vec![
                            ("quote", shorten(&quote)),
                            ("speaker", wb.first().cloned().unwrap_or(nb.clone())),
                            ("other_speaker", wa.first().cloned().unwrap_or(na.clone())),
                            ("doc", doc_name(g, d)),
                            ("other_doc", doc_name(g, d)),
                        ],
                        minor: false,
                        key: format!("speakers|{}|{}", na.clone().min(nb.clone()), na.max(nb)),
                    });
                }
            }
        }
        out
    }
}

/// The first words of a quote, for messages.
pub(crate) fn shorten(q: &str) -> String {
    let words: Vec<&str> = q.split_whitespace().collect();
    if words.len() <= 10 {
        words.join(" ")
    } else {
        format!("{} …", words[..10].join(" "))
    }
}
