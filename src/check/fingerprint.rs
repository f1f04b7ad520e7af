//! Quote identity: normalised words and shingles, so the same quote is found across a corpus in
//! linear time, also when shortened or partly reworded.

use crate::document::Document;
use crate::extract::Extraction;
use crate::graph::{ClaimGraph, QuoteRef};
use crate::text::fnv::FnvMap;
use std::borrow::Cow;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

/// Shingle length in words.
const SHINGLE: usize = 4;

/// Most quotes a shingle may be shared by and still tie quotes together.
const BOILERPLATE: usize = 50;

/// Lowercase words with contractions expanded ("We're" → "we are", "don't" → "do not").
pub(crate) fn words(q: &str) -> Vec<String> {
    word_forms(q).into_iter().map(Cow::into_owned).collect()
}

/// [`words`], borrowing every word that is already lowercase and has no apostrophe: most words of a
/// quote are, and the quote matcher reads every quote of the corpus.
fn word_forms(q: &str) -> Vec<Cow<'_, str>> {
    let mut out = Vec::new();
    for raw in q.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}')) {
        if raw.is_empty() {
            continue;
        }
        if !raw.contains(['\'', '\u{2019}']) {
            let lower = raw.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
            let w = if lower { Cow::Borrowed(raw) } else { Cow::Owned(raw.to_lowercase()) };
            if w == "cannot" {
                out.extend([Cow::Borrowed("can"), Cow::Borrowed("not")]);
            } else {
                out.push(w);
            }
            continue;
        }
        let w = raw.trim_matches(|c| c == '\'' || c == '\u{2019}').replace('\u{2019}', "'").to_lowercase();
        if w.is_empty() {
            continue;
        }
        let expanded: &[&'static str] = match w.as_str() {
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
            out.extend(expanded.iter().map(|&s| Cow::Borrowed(s)));
            continue;
        }
        let pairs = [("n't", "not"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'m", "am"), ("'d", "would")];
        if let Some((stem, tail)) =
            pairs.iter().find_map(|(suf, full)| w.strip_suffix(suf).map(|s| (s.to_string(), *full)))
        {
            if !stem.is_empty() {
                out.push(Cow::Owned(stem));
            }
            out.push(Cow::Borrowed(tail));
            continue;
        }
        let w = w.strip_suffix("'s").map(str::to_string).unwrap_or(w);
        out.push(Cow::Owned(w.replace('\'', "")));
    }
    out
}

/// The hash of a run of words; the same for `String`s and borrowed words, as both hash as `str`.
fn hash<W: Hash>(ws: &[W]) -> u64 {
    let mut h = DefaultHasher::new();
    ws.hash(&mut h);
    h.finish()
}

pub(crate) fn shingles<W: Hash>(ws: &[W]) -> Vec<u64> {
    if ws.len() < SHINGLE {
        return vec![hash(ws)];
    }
    let mut v: Vec<u64> = ws.windows(SHINGLE).map(hash).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// A quote's fingerprint: how many words it has, and its shingles.
pub(crate) struct Fingerprint {
    pub r: QuoteRef,
    pub words: usize,
    pub shingles: Vec<u64>,
}

/// The fingerprint of every quote, in document and quote order.
pub(crate) fn fingerprints(docs: &[Document], ex: &[Extraction]) -> Vec<Fingerprint> {
    let mut out = Vec::new();
    for (d, e) in ex.iter().enumerate() {
        for (qi, q) in e.quotes.iter().enumerate() {
            let ws = word_forms(docs[d].slice(q.span));
            out.push(Fingerprint { r: (d, qi), words: ws.len(), shingles: shingles(&ws) });
        }
    }
    out
}

/// Pairs of quotes that share enough shingles: (a, b, containment of the shorter in the longer), in
/// order of a, then b.
pub(crate) fn similar_pairs<'g>(
    g: &'g ClaimGraph<'_>,
    min_words: usize,
    min_containment: f64,
) -> (Vec<&'g Fingerprint>, Vec<(usize, usize, f64)>) {
    let prepared: Vec<&Fingerprint> = g.quote_fingerprints().iter().filter(|f| f.words >= min_words).collect();
    // The quotes of each shingle, in quote order. A boilerplate phrase shared by very many quotes
    // says nothing, so a list stops one past that: the rest of it would be thrown away.
    let mut index: FnvMap<u64, Vec<usize>> = FnvMap::default();
    for (i, p) in prepared.iter().enumerate() {
        for &s in &p.shingles {
            let list = index.entry(s).or_default();
            if list.len() <= BOILERPLATE {
                list.push(i);
            }
        }
    }
    // For each quote, the later quotes that share one of its shingles, once per shingle.
    let mut later: Vec<Vec<&[usize]>> = vec![Vec::new(); prepared.len()];
    for list in index.values().filter(|list| list.len() <= BOILERPLATE) {
        for (x, &i) in list.iter().enumerate() {
            if x + 1 < list.len() {
                later[i].push(&list[x + 1..]);
            }
        }
    }
    // Count shared shingles one quote at a time, in a counter per quote that is reset after each.
    let mut shared = vec![0usize; prepared.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut pairs = Vec::new();
    for (i, runs) in later.iter().enumerate() {
        for &j in runs.iter().flat_map(|run| run.iter()) {
            if shared[j] == 0 {
                touched.push(j);
            }
            shared[j] += 1;
        }
        touched.sort_unstable();
        for &j in &touched {
            let n = std::mem::take(&mut shared[j]);
            let c = n as f64 / prepared[i].shingles.len().min(prepared[j].shingles.len()) as f64;
            if c >= min_containment {
                pairs.push((i, j, c));
            }
        }
        touched.clear();
    }
    (prepared, pairs)
}
