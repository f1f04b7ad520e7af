//! The words that do not change what a quotation says when two wordings of it are compared.

use super::{set, Words};

/// Function words: a quote that differs from another only in these has not drifted.
const MINOR: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "with",
    "to",
    "for",
    "from",
    "in",
    "on",
    "at",
    "by",
    "and",
    "but",
    "so",
    "that",
    "this",
    "these",
    "those",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "we",
    "it",
    "its",
    "there",
    "then",
    "therefore",
    "also",
    "just",
    "very",
    "well",
    "oh",
    "um",
    "uh",
    "like",
    "as",
    "into",
    "onto",
    "upon",
    "would",
    "will",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "am",
    "us",
    "our",
];

static MINOR_WORDS: Words = Words::new(|| set(&[MINOR]));

/// Whether a lowercase word is a function word of no weight in a quote's wording.
pub(crate) fn is_minor_word(w: &str) -> bool {
    MINOR_WORDS.contains(w)
}
