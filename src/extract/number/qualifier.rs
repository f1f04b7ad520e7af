//! Qualifiers: the phrases before a number that bound or soften it ("more than", "at least", "up
//! to", "about", "nearly", ">="), and those after it ("or more", "and over", "or so", "-plus").
//! The phrases are the lexicon's (`lexicon::numerals`), one list per qualifier.

use super::reader::Reader;
use crate::claim::Qualifier;
use crate::lexicon::numerals::{ABOUT, AT_LEAST, LESS_THAN, MORE_THAN, NEARLY, OR_LESS, OR_MORE, UP_TO};
use crate::text::fnv::FnvMap;
use std::sync::LazyLock;

/// Qualifier phrases by their first token, split into tokens once: [`before`] runs at every
/// token of every document. Symbol qualifiers are one token per char (">=" is two tokens).
type QualifierIndex = FnvMap<String, Vec<(Vec<String>, Qualifier)>>;

static QUALIFIER_INDEX: LazyLock<QualifierIndex> = LazyLock::new(|| {
    let lists = [
        (MORE_THAN, Qualifier::MoreThan),
        (AT_LEAST, Qualifier::AtLeast),
        (LESS_THAN, Qualifier::LessThan),
        (UP_TO, Qualifier::UpTo),
        (ABOUT, Qualifier::About),
        (NEARLY, Qualifier::Nearly),
    ];
    let mut m = QualifierIndex::default();
    for (phrases, q) in lists {
        for phrase in phrases {
            let parts: Vec<String> = if phrase.chars().any(char::is_alphanumeric) {
                phrase.split(' ').map(str::to_string).collect()
            } else {
                phrase.chars().map(|c| c.to_string()).collect()
            };
            m.entry(parts[0].clone()).or_default().push((parts, q));
        }
    }
    m
});

/// The longest qualifier phrase at `i`: (qualifier, tokens used). No two phrases are the same
/// words, so the longest is the only one of its length.
pub(super) fn before(r: &Reader<'_, '_>, i: usize) -> Option<(Qualifier, usize)> {
    let first = r.tok(i)?.lower();
    let mut best: Option<(Qualifier, usize)> = None;
    for (parts, q) in QUALIFIER_INDEX.get(first.as_ref())? {
        if parts.iter().enumerate().all(|(k, p)| r.is(i + k, p)) && best.is_none_or(|b| b.1 < parts.len()) {
            best = Some((*q, parts.len()));
        }
    }
    best
}

/// A qualifier after a number ending before `k`, and the token after it: "or more", "or greater
/// than", "and over", "or less" (none after a range), "or so", "+", "-plus".
pub(super) fn after(r: &Reader<'_, '_>, k: usize, range: bool) -> Option<(Qualifier, usize)> {
    if let Some(q) = bound_after(r, k).filter(|_| !range) {
        let e = k + 2;
        return Some((q, if r.is(e, "than") { e + 1 } else { e }));
    }
    if r.is(k, "or") && r.is(k + 1, "so") {
        return Some((Qualifier::About, k + 2));
    }
    if r.tok(k).is_some_and(|t| t.glued && (t.text == "+" || t.is_word("-plus") || t.is_word("plus"))) {
        return Some((Qualifier::AtLeast, k + 1));
    }
    None
}

/// "or more", "and over", "or fewer" at `k`.
fn bound_after(r: &Reader<'_, '_>, k: usize) -> Option<Qualifier> {
    let joiner = r.is(k, "or") || r.is(k, "and");
    let w = r.word(k + 1)?;
    // "more than 200 and less than 300" is a pair of bounds, read by `read_tokens`.
    if !joiner || (r.is(k + 2, "than") && r.tok(k + 3).is_some()) {
        return None;
    }
    if OR_MORE.contains(&w.as_ref()) {
        Some(Qualifier::AtLeast)
    } else if OR_LESS.contains(&w.as_ref()) {
        Some(Qualifier::UpTo)
    } else {
        None
    }
}
