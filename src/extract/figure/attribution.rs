//! Who asserts a figure: the speaker of the quote it stands in, else the person or body a verb of
//! saying before it in its sentence names ("The ministry said that the floods have displaced …",
//! "according to Dr Nalder").

use super::window::{char_floor, SENTENCE_WINDOW};
use crate::claim::{PersonMention, Quote};
use crate::document::Span;
use crate::lexicon::figures::ASSERTING;
use crate::text::token::{tokens_between, Tok};

/// The quote overlapping a span (quotes are in text order), by binary search.
pub(super) fn quote_at(quotes: &[Quote], span: Span) -> Option<&Quote> {
    let i = quotes.partition_point(|q| q.span.end <= span.start);
    quotes.get(i).filter(|q| q.span.overlaps(span))
}

/// Who asserts a figure: the speaker of the quote it stands in, else the subject of a verb of saying
/// before it in the sentence ("The ministry said that the floods have displaced …").
pub(super) fn asserted_by(
    text: &str,
    para: &[Tok<'_>],
    sentence: Span,
    fig: Span,
    quotes: &[Quote],
    people: &[PersonMention],
) -> Option<String> {
    if let Some(q) = quote_at(quotes, fig) {
        if let Some(s) = &q.speaker {
            return Some(s.name.clone());
        }
    }
    let from = char_floor(text, fig.start.saturating_sub(SENTENCE_WINDOW).max(sentence.start));
    let toks = tokens_between(text, para, from, fig.start.max(from));
    let v = toks.iter().rposition(|t| ASSERTING.contains(&t.lower().as_ref()))?;
    if toks[v].is_word("according") {
        let after = Span::new(toks[v].end, fig.start);
        let i = people.partition_point(|m| m.span.start < after.start);
        return people.get(i).filter(|m| after.contains(m.span)).map(|m| m.full.clone());
    }
    let before = Span::new(sentence.start, toks[v].start);
    let i = people.partition_point(|m| m.span.start < before.start);
    if let Some(m) = people.get(i).filter(|m| before.contains(m.span)) {
        return Some(m.full.clone());
    }
    let j = v.checked_sub(1)?;
    (toks[j].is_capitalised()).then(|| toks[j].text.to_string())
}
