//! The text layer: paragraphs, sentences and page-furniture zones of one document.
//!
//! Nothing is normalised in place: every unit is a byte range into the document's text. Page
//! furniture (share buttons, "You may also like", comment forms, sidebar headline lists, weather
//! widgets) is marked here once, so that no extractor reads a sidebar's "Nine Hurt As Pier Gives Way" as a claim
//! of the article.

pub(crate) mod fnv;
pub(crate) mod furniture;
pub(crate) mod names;
pub(crate) mod sentence;
pub(crate) mod token;

use crate::document::Span;
pub(crate) use furniture::Furniture;

/// One paragraph (a non-empty line, or a block of lines in Markdown-style text).
#[derive(Clone, Debug)]
pub(crate) struct Paragraph {
    /// The paragraph's bytes, trimmed of surrounding whitespace.
    pub span: Span,
    /// Page furniture: skipped by every extractor.
    pub furniture: bool,
    /// The first content paragraph: a headline (short, usually without a final period).
    pub headline: bool,
    /// Sentences of this paragraph.
    pub sentences: Vec<Span>,
}

/// The layout of one document's text.
#[derive(Clone, Debug, Default)]
pub(crate) struct Layout {
    /// Paragraphs in text order, furniture included (marked).
    pub paragraphs: Vec<Paragraph>,
}

impl Layout {
    /// Splits `text` (from `body_start`) into paragraphs and sentences and marks furniture.
    pub(crate) fn new(text: &str, body_start: usize, furniture: &Furniture) -> Layout {
        let lines = lines_of(text, body_start);
        let marks = furniture.mark(text, &lines);
        let mut paragraphs = Vec::with_capacity(lines.len());
        let mut seen_headline = false;
        for (i, line) in lines.iter().enumerate() {
            let span = line.span;
            let is_furniture = marks[i];
            let raw = &text[span.start..span.end];
            let headline = !is_furniture && !seen_headline && looks_like_headline(raw);
            if !is_furniture {
                seen_headline = true;
            }
            let sentences = if is_furniture { Vec::new() } else { sentence::split(text, span) };
            paragraphs.push(Paragraph { span, furniture: is_furniture, headline, sentences });
        }
        Layout { paragraphs }
    }

    /// The paragraphs that are article content.
    pub(crate) fn content(&self) -> impl Iterator<Item = &Paragraph> {
        self.paragraphs.iter().filter(|p| !p.furniture)
    }
}

/// A line of the text with whether a blank line precedes it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Line {
    pub span: Span,
    /// A blank line (or the start of the text) comes right before this line.
    pub after_blank: bool,
}

/// The non-empty lines of `text` from `from`, trimmed.
pub(crate) fn lines_of(text: &str, from: usize) -> Vec<Line> {
    let mut out = Vec::new();
    // `body_start` is a public field of a Document: a caller's offset inside a character must not
    // panic, so it moves on to the next character (found by the `text` fuzz target).
    let mut pos = from.min(text.len());
    while !text.is_char_boundary(pos) {
        pos += 1;
    }
    let mut after_blank = true;
    // A form feed breaks a paragraph without starting a line: HTML input marks block elements with
    // one so that a page's paragraphs stay apart while its line numbers stay those of the file.
    for raw in text[pos..].split_inclusive(['\n', '\x0c']) {
        let start = pos;
        pos += raw.len();
        let content = raw.trim_end_matches(['\n', '\r', '\x0c']);
        let lead = content.len() - content.trim_start().len();
        let trimmed = content.trim();
        if trimmed.is_empty() {
            after_blank = true;
            continue;
        }
        let s = start + lead;
        out.push(Line { span: Span::new(s, s + trimmed.len()), after_blank });
        after_blank = false;
    }
    out
}

/// A headline: short, and not ending like a sentence of body copy.
fn looks_like_headline(line: &str) -> bool {
    let l = line.trim_start_matches('#').trim();
    l.len() <= 160 && !l.ends_with('.') && l.split_whitespace().count() >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_byte_offsets() {
        let t = "  Title\n\nBody one.\r\nBody two.\n";
        let lines = lines_of(t, 0);
        let got: Vec<&str> = lines.iter().map(|l| &t[l.span.start..l.span.end]).collect();
        assert_eq!(got, ["Title", "Body one.", "Body two."]);
        assert!(lines[1].after_blank);
        assert!(!lines[2].after_blank);
    }
}
