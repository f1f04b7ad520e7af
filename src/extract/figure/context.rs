//! The words around a figure: the content words of eight words each side in its sentence (checks
//! compare figures of no known measure only when these overlap), and the tokens right before and
//! after it in its paragraph (two reports of one figure often share them: "… 390 people survived
//! the winter").

use super::window::Window;
use crate::document::Span;
use crate::lexicon::figures::is_content_word;
use crate::text::token::{tokens_between, words_between, Tok};

/// How many words each side of a figure its context is read from.
const CONTEXT_WORDS: usize = 8;

/// How far (in bytes) to look for a figure's neighbouring tokens.
const NEIGHBOUR_BYTES: usize = 200;

/// How many neighbouring tokens a figure keeps on each side.
const NEIGHBOURS: usize = 8;

/// The content words of the eight words each side of the figure at `fig` in its window `w`, as
/// whitespace parts the text ("troops," is one word), sorted and without repeats: letters only,
/// lowercase, a plural's "s" taken off.
pub(super) fn context_words(para: &[Tok<'_>], w: &Window, fig: Span) -> Vec<String> {
    let before: Vec<(usize, usize)> = words_between(para, w.start, fig.start).collect();
    let after = words_between(para, fig.end, w.end).take(CONTEXT_WORDS);
    let near = before[before.len().saturating_sub(CONTEXT_WORDS)..].iter().copied().chain(after);
    let mut v: Vec<String> = near
        .flat_map(|(s, e)| w.lower[s - w.start..e - w.start].split(|c: char| !c.is_alphabetic()))
        .filter(|w| is_content_word(w))
        .map(|w| w.strip_suffix('s').filter(|s| s.len() >= 3).unwrap_or(w).to_string())
        .collect();
    v.sort();
    v.dedup();
    v
}

/// The tokens before the figure at `fig` in its paragraph (bytes `para_span`), lowercase, nearest
/// first, up to eight within 200 bytes.
pub(super) fn before(text: &str, para: &[Tok<'_>], para_span: Span, fig: Span) -> Vec<String> {
    let toks = tokens_between(text, para, fig.start.saturating_sub(NEIGHBOUR_BYTES).max(para_span.start), fig.start);
    toks.iter().rev().take(NEIGHBOURS).map(|t| t.lower().into_owned()).collect()
}

/// The tokens after the figure at `fig` in its paragraph (bytes `para_span`), lowercase, nearest
/// first, up to eight within 200 bytes.
pub(super) fn after(text: &str, para: &[Tok<'_>], para_span: Span, fig: Span) -> Vec<String> {
    let toks = tokens_between(text, para, fig.end, (fig.end + NEIGHBOUR_BYTES).min(para_span.end));
    toks.iter().take(NEIGHBOURS).map(|t| t.lower().into_owned()).collect()
}
