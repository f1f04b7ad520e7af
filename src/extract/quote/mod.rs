//! Quotations and who said them.
//!
//! Quote marks are paired per paragraph (`marks.rs`: straight, curly, single inside double; a quote
//! left open at a paragraph's end runs to that end, as news copy does when the next paragraph reopens
//! it). The speaker is then found by the frames news copy uses (`frame.rs`), in order: after the
//! quote (`"…," X said`, `"…," said X`), before it (`X said: "…"`, `X told reporters that "…"`,
//! `X vowed … "…"`), `according to X`; then the previous quote of the same paragraph or the
//! paragraph before (continuations), and finally an identical quote elsewhere in the document. What
//! stands in the speaker's place is read by `speaker.rs`; pronouns resolve to the last person in
//! subject or speaker position, and titles and bodies written short to what the article named before
//! (`antecedent.rs`). This file is the order of those steps.

mod antecedent;
mod frame;
mod marks;
mod speaker;

use crate::claim::{Found, PersonMention, Quote, Speaker};
use crate::document::Span;
use crate::knowledge::Knowledge;
use crate::text::token::Tok;
use crate::text::{Layout, Paragraph};
use antecedent::Salience;
use marks::{looks_like_title, pair_marks};
use speaker::Reading;

/// Finds the quotes of one document and attributes them.
pub(crate) fn find_quotes(
    text: &str,
    layout: &Layout,
    para_toks: &[Vec<Tok<'_>>],
    people: &[PersonMention],
    k: &Knowledge,
) -> Vec<Quote> {
    let mut doc = DocReader { text, people, k, salience: Salience::default(), last: None, quotes: Vec::new() };
    for (pi, p) in layout.paragraphs.iter().enumerate() {
        if !p.furniture {
            doc.paragraph(pi, p, para_toks.get(pi).map_or(&[][..], Vec::as_slice));
        }
    }
    let mut quotes = doc.quotes;
    antecedent::same_words(text, &mut quotes);
    antecedent::name_bodies(text, layout, k, &mut quotes);
    quotes
}

/// The document as it is read, paragraph by paragraph, with what one quote leaves for the next.
struct DocReader<'a> {
    text: &'a str,
    /// The document's person mentions, in text order.
    people: &'a [PersonMention],
    k: &'a Knowledge,
    /// Who a pronoun can stand for.
    salience: Salience,
    /// The speaker of the last attributed quote, with its paragraph's index.
    last: Option<(usize, Speaker)>,
    quotes: Vec<Quote>,
}

impl DocReader<'_> {
    /// Reads the quotes of paragraph `pi`, whose tokens are `toks`.
    fn paragraph(&mut self, pi: usize, p: &Paragraph, toks: &[Tok<'_>]) {
        self.salience.note_subjects(self.text, p, self.people);
        let r = Reading::new(self.text, toks, self.people, p.span, self.k);
        let mut prev: Option<Speaker> = None;
        // The sentence `according to` was last looked for in, and what it found.
        let mut according: Option<(Span, Option<Speaker>)> = None;
        for (content, outer) in pair_marks(self.text, p.span) {
            let sentence = sentence_of(p, outer.start);
            let after = frame::after(&r, outer);
            // A title of a work is not speech, even beside a verb ("he wrote \"The Art Of The Deal\""):
            // only a closing frame ("\"Keep The Harbour Open,\" he said") makes it a quote.
            if after.is_none() && looks_like_title(&self.text[content.start..content.end]) {
                continue;
            }
            let framed = after.or_else(|| frame::before(&r, outer, sentence)).or_else(|| {
                // Once per sentence: a sentence of many quotes must not be rescanned for each.
                if according.as_ref().is_none_or(|(s, _)| *s != sentence) {
                    according = Some((sentence, frame::according_to(&r, sentence)));
                }
                according.as_ref().and_then(|(_, sp)| sp.clone())
            });
            let mut speaker = framed.or_else(|| self.continued(prev.as_ref(), pi, p, outer));
            if let Some(sp) = &mut speaker {
                antecedent::resolve(sp, &self.salience, self.people);
                if let Some(idx) = sp.person {
                    self.salience.note_speaker(sp.span.start.max(outer.end), idx);
                }
                prev = Some(sp.clone());
                self.last = Some((pi, sp.clone()));
            }
            self.quotes.push(Quote { span: content, speaker, headline: p.headline });
        }
    }

    /// The speaker a quote no frame attributes continues: the previous quote's of its paragraph, else,
    /// when the quote opens its paragraph, the last one's of the two paragraphs before.
    fn continued(&self, prev: Option<&Speaker>, pi: usize, p: &Paragraph, outer: Span) -> Option<Speaker> {
        let sp = prev.or_else(|| {
            let opens_para = self.text[p.span.start..outer.start].trim().is_empty();
            self.last.as_ref().filter(|(ppi, _)| opens_para && *ppi + 2 >= pi).map(|(_, sp)| sp)
        })?;
        Some(Speaker { how: Found::Continuation, ..sp.clone() })
    }
}

/// The sentence of `p` that holds `offset` (the whole paragraph when none does).
fn sentence_of(p: &Paragraph, offset: usize) -> Span {
    let i = p.sentences.partition_point(|s| s.end <= offset);
    p.sentences.get(i).copied().filter(|s| s.start <= offset).unwrap_or(p.span)
}
