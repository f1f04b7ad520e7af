//! Quote identity: normalised words and shingles, so the same quote is found across a corpus in
//! linear time, also when shortened or partly reworded.

use crate::graph::{ClaimGraph, QuoteRef};
use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// Shingle length in words.
const SHINGLE: usize = 4;

/// Lowercase words with contractions expanded ("We're" → "we are", "don't" → "do not").
pub(crate) fn words(q: &str) -> Vec<String> {
    let mut out = Vec::new();
    for raw in q.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}')) {
        let w = raw.trim_matches(|c| c == '\'' || c == '\u{2019}').replace('\u{2019}', "'").to_lowercase();
        if w.is_empty() {
            continue;
        }
        let expanded: &[&str] = match w.as_str() {
            "won't" => &["will", "not"],
            "can't" => &["can", "not"],
            "cannot" => &["can", "not"],
            "it's" => &["it", "is"],
            "that's" => &["that", "is"],
            "there's" => &["there", "is"],
            "let's" => &["let", "us"],
            _ => &[],
        };
        if !expanded.is_empty() {
            out.extend(expanded.iter().map(|s| s.to_string()));
            continue;
        }
        let pairs = [("n't", "not"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'m", "am"), ("'d", "would")];
        if let Some((stem, tail)) =
            pairs.iter().find_map(|(suf, full)| w.strip_suffix(suf).map(|s| (s.to_string(), *full)))
        {
            if !stem.is_empty() {
                out.push(stem);
            }
            out.push(tail.to_string());
            continue;
        }
        let w = w.strip_suffix("'s").map(str::to_string).unwrap_or(w);
        out.push(w.replace('\'', ""));
    }
    out
}

fn hash(ws: &[String]) -> u64 {
    let mut h = DefaultHasher::new();
    ws.hash(&mut h);
    h.finish()
}

pub(crate) fn shingles(ws: &[String]) -> Vec<u64> {
    if ws.len() < SHINGLE {
        return vec![hash(ws)];
    }
    let mut v: Vec<u64> = ws.windows(SHINGLE).map(hash).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// A quote prepared for comparison.
pub(crate) struct Prepared {
    pub r: QuoteRef,
    pub words: Vec<String>,
    pub shingles: Vec<u64>,
}

/// Pairs of quotes that share enough shingles: (a, b, containment of the shorter in the longer).
pub(crate) fn similar_pairs(
    g: &ClaimGraph<'_>,
    min_words: usize,
    min_containment: f64,
) -> (Vec<Prepared>, Vec<(usize, usize, f64)>) {
    let mut prepared = Vec::new();
    for (d, e) in g.ex.iter().enumerate() {
        for (qi, q) in e.quotes.iter().enumerate() {
            let ws = words(g.docs[d].slice(q.span));
            if ws.len() < min_words {
                continue;
            }
            let sh = shingles(&ws);
            prepared.push(Prepared { r: (d, qi), words: ws, shingles: sh });
        }
    }
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, p) in prepared.iter().enumerate() {
        for s in &p.shingles {
            index.entry(*s).or_default().push(i);
        }
    }
    let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
    for list in index.values() {
        if list.len() > 50 {
            continue; // a boilerplate phrase shared by very many quotes says nothing
        }
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                *shared.entry((i.min(j), i.max(j))).or_default() += 1;
            }
        }
    }
    let mut pairs: Vec<(usize, usize, f64)> = shared
        .into_iter()
        .filter_map(|((i, j), n)| {
            let c = n as f64 / prepared[i].shingles.len().min(prepared[j].shingles.len()) as f64;
            (c >= min_containment).then_some((i, j, c))
        })
        .collect();
    pairs.sort_by_key(|a| (a.0, a.1));
    (prepared, pairs)
}
