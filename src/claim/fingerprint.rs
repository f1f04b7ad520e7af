//! Quote identity: normalised words and shingles, so the same quote is found across a corpus in
//! linear time, also when shortened or partly reworded.

use super::{Extraction, QuoteRef};
use crate::document::Document;
use std::borrow::Cow;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

/// Shingle length in words.
const SHINGLE: usize = 4;

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
