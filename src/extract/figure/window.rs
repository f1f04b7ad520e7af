//! The stretch of its sentence a figure is read in: its sentence, and within it a window of bytes
//! around the figure (a sentence of megabytes, a file with no full stops, must not be copied and
//! searched once per figure).

use crate::document::Span;
use crate::text::Paragraph;

/// How far (bytes) around a figure its sentence is read for cues, context and who asserts it; far
/// more than [`super::measure`]'s greatest cue distance plus the longest cue, and than eight words
/// each side.
pub(super) const SENTENCE_WINDOW: usize = 400;

/// The sentence of a paragraph that a figure starting at `at` stands in (the paragraph when no
/// sentence holds it).
pub(super) fn sentence_of(p: &Paragraph, at: usize) -> Span {
    p.sentences.get(p.sentences.partition_point(|s| s.end <= at)).copied().filter(|s| s.start <= at).unwrap_or(p.span)
}

/// A figure's window of its sentence: bytes `start..end` of the text, and that text lowercase (ASCII
/// only, so that its offsets are the text's).
pub(super) struct Window {
    pub start: usize,
    pub end: usize,
    pub lower: String,
}

impl Window {
    /// The window of `sentence` around the figure at `fig`.
    pub(super) fn around(text: &str, sentence: Span, fig: Span) -> Window {
        let start = char_floor(text, fig.start.saturating_sub(SENTENCE_WINDOW).max(sentence.start));
        let end = char_floor(text, (fig.end + SENTENCE_WINDOW).min(sentence.end)).max(start);
        Window { start, end, lower: text[start..end].to_ascii_lowercase() }
    }

    /// Where the figure at `fig` stands in the window.
    pub(super) fn rel(&self, fig: Span) -> std::ops::Range<usize> {
        fig.start.saturating_sub(self.start)..fig.end.saturating_sub(self.start)
    }
}

/// The char boundary at or before `i`.
pub(super) fn char_floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
