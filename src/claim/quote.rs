//! A quotation and who it is attributed to.

use crate::document::Span;

/// Who a quote is attributed to.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Speaker {
    /// The mention the attribution attaches to, as written ("he", "Marsh", "the ministry").
    pub span: Span,
    /// The mention's text.
    pub text: String,
    /// The resolved person (full or canonical name) or body.
    pub name: String,
    /// Index of the person mention it resolved through, if a person.
    pub person: Option<usize>,
    /// How the attribution was found.
    pub how: Found,
}

/// How a quote's speaker was found: a frame that names the speaker next to the quote, or a weaker
/// inference (the sentence's subject, the previous quote's speaker, the same words elsewhere).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Found {
    /// `"…," X said`, `X said: "…"`, `according to X`: the speaker is named (or a pronoun) in the frame.
    Frame,
    /// A frame further from the quote: the sentence runs on past the quote before its frame, or the
    /// verb of saying stands several words (or another quotation) before the quote.
    Loose,
    /// The first person of the sentence before a verb of saying that is not directly theirs.
    Subject,
    /// The speaker of the previous quote (same or previous paragraph).
    Continuation,
    /// The speaker of the same words elsewhere in the document.
    SameWords,
}

/// A quotation.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Quote {
    /// The quoted words, without the marks.
    pub span: Span,
    /// The speaker, when attributed.
    pub speaker: Option<Speaker>,
    /// Whether the quote is in the headline.
    pub headline: bool,
}
