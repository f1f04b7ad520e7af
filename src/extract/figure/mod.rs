//! Figures: numbers with what they count, the measure they belong to and who asserts them.
//!
//! A figure's measure decides what it may be compared with. The counted noun comes from the words
//! after the number ("17,000 fighters", "4,500 of … troops"); the cue is the measure cue nearest to the
//! figure in its sentence, so that in "pulled out about 4,500 of 80,000 troops deployed there" the
//! 4,500 is a withdrawal and the 80,000 a deployment. Figures that match no known measure get a key
//! from their noun and cue, and carry their sentence's content words so that checks compare them only
//! when the sentences are about the same thing.
//!
//! Each part reads one thing: `noun` what a figure counts, `measure` what it measures,
//! `context` the words around it, `attribution` who asserts it, `place` the places named
//! around it and in the document, in the `window` of its sentence. They read the paragraph's
//! tokens (`text::token::tokens_between`, `words_between`), found by binary search on offsets,
//! instead of tokenizing the text again; the measure's cues are the exception (see
//! `measure_of`).

mod attribution;
mod context;
mod measure;
mod noun;
mod place;
mod window;

pub(crate) use self::place::document_places;

use self::window::Window;
use super::number::{read_tokens, NumberMatch};
use crate::claim::{Figure, FigureKind, PersonMention, Quantity, Quote};
use crate::document::Span;
use crate::knowledge::Knowledge;
use crate::text::token::Tok;
use crate::text::Layout;

/// Reads the figures of one document.
pub(crate) fn find_figures(
    text: &str,
    layout: &Layout,
    para_toks: &[Vec<Tok<'_>>],
    quotes: &[Quote],
    people: &[PersonMention],
    k: &Knowledge,
) -> Vec<Figure> {
    let mut out = Vec::new();
    for (p, toks) in layout.paragraphs.iter().zip(para_toks).filter(|(p, _)| !p.furniture) {
        let numbers = read_tokens(text, toks, &k.currencies);
        let reading = Reading { text, toks, para: p.span, quotes, people, k };
        for (i, m) in numbers.iter().enumerate() {
            out.push(reading.figure(m, window::sentence_of(p, m.span.start), numbers.get(i + 1)));
        }
    }
    out
}

/// What the figures of one paragraph are read with.
struct Reading<'r, 'a> {
    text: &'a str,
    /// The paragraph's tokens.
    toks: &'r [Tok<'a>],
    /// The paragraph's bytes.
    para: Span,
    quotes: &'r [Quote],
    people: &'r [PersonMention],
    k: &'r Knowledge,
}

impl Reading<'_, '_> {
    /// The figure the number `m` states in `sentence`; `next` is the paragraph's next number.
    fn figure(&self, m: &NumberMatch, sentence: Span, next: Option<&NumberMatch>) -> Figure {
        let (text, toks, q) = (self.text, self.toks, &m.quantity);
        let (unit_phrase, noun) = noun::counted_noun(text, toks, m, sentence, next);
        // "11: 24 a.m." is a time of day, and a lone letter ("the 60 s") counts nothing.
        let noun = noun.filter(|n| noun::is_counted_noun(n));
        // A duration, a sum or a share counts its unit when no noun follows ("14 days", "$401 billion").
        let counts_unit = matches!(q.kind, FigureKind::Money | FigureKind::Percent | FigureKind::Duration);
        let noun = noun.or_else(|| q.unit.clone().filter(|_| counts_unit));
        let w = Window::around(text, sentence, m.span);
        let measure = measure::of(self.k, text, toks, m, noun.as_deref(), &w);
        let unit = if counts_unit { q.unit.clone() } else { unit_phrase };
        Figure {
            span: m.span,
            quantity: Quantity { unit, ..q.clone() },
            noun,
            measure,
            asserted_by: attribution::asserted_by(text, toks, sentence, m.span, self.quotes, self.people),
            context: context::context_words(toks, &w, m.span),
            before: context::before(text, toks, self.para, m.span),
            after: context::after(text, toks, self.para, m.span),
            in_quote: attribution::quote_at(self.quotes, m.span).is_some(),
            sentence,
            places: place::places_of(self.toks_words(w.start, w.end)),
        }
    }

    /// The words of `text[from..to]` as whitespace parts them, from the paragraph's tokens.
    fn toks_words(&self, from: usize, to: usize) -> impl Iterator<Item = &str> {
        crate::text::token::words_between(self.toks, from, to).map(|(s, e)| &self.text[s..e])
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::claim::{Figure, MeasureKey};

    /// The text a sentence is read in (a heading, then the sentence), and the figures read from it.
    pub(crate) fn read(sentence: &str) -> (String, Vec<Figure>) {
        let text = format!("News\n\n{sentence}\n");
        let mut d = crate::Document::new("t.txt", &text);
        let figures = crate::extract::extract(&mut d, &crate::Engine::builtin().knowledge).figures;
        (text, figures)
    }

    /// (sentence, figure as written, head noun, measure) for the first figure of each sentence.
    #[test]
    fn counted_noun_and_measure() {
        let cases: &[(&str, &str, Option<&str>, Option<&str>)] = &[
            ("Police said 12 people held since the raid were released.", "12", Some("people"), Some("people-arrested")),
            ("The army deployed 60,000 troops near the border.", "60,000", Some("troops"), Some("troops-deployed")),
            (
                "About 300 residents were evacuated from the valley.",
                "About 300",
                Some("residents"),
                Some("people-displaced"),
            ),
            ("The storm killed at least 14 people on Sunday.", "at least 14", Some("people"), Some("conflict-deaths")),
            ("Only 4 soldiers were wounded in the clash.", "4", Some("soldiers"), Some("people-injured")),
            ("She lives at 12127 Indio Avenue with her family.", "12127", None, None),
            ("The 52 delegates voted on a new charter.", "52", Some("delegates"), None),
            // A preposition or adverb of place ends the counted phrase.
            ("The probe passed 97 miles above the ice sheet.", "97", Some("miles"), None),
            ("Airlines cancelled about 1,000 flights ahead of the storm.", "about 1,000", Some("flights"), None),
            ("The van stopped 14 miles away from the harbour.", "14", Some("miles"), None),
            ("Officers answering a 311 call found the dog.", "311", Some("call"), None),
        ];
        for (sentence, written, head, measure) in cases {
            let (text, figures) = read(sentence);
            let f = figures.first().unwrap_or_else(|| panic!("no figure in {sentence:?}"));
            let known = f.measure.as_ref().filter(|m| m.is_known()).map(MeasureKey::to_string);
            let got = (&text[f.span.start..f.span.end], f.noun.as_deref(), known.as_deref());
            assert_eq!(got, (*written, *head, *measure), "\nsentence: {sentence}");
        }
    }

    /// (sentence, whether its first figure is read as an age): an age is kept apart from a span of
    /// time, whether written "48-year-old", "aged 5 to 14 years" or "younger than 12 years".
    #[test]
    fn ages_are_not_spans_of_time() {
        let cases = [
            ("The 48-year-old nurse was treated at the scene.", true),
            ("The study followed children aged 5 to 14 years in three towns.", true),
            ("Deaths among children younger than 12 years were counted.", true),
            ("Residents older than 70 years were moved first.", true),
            ("The nurse worked at the clinic for 12 years before retiring.", false),
            ("The pier was closed for more than 70 years after the storm.", false),
        ];
        for (sentence, age) in cases {
            let (_, figures) = read(sentence);
            let f = figures.first().unwrap_or_else(|| panic!("no figure in {sentence:?}"));
            let got = matches!(f.measure, Some(MeasureKey::Age(_)));
            assert_eq!(got, age, "\nsentence: {sentence}\nmeasure: {:?}", f.measure);
        }
    }
}
