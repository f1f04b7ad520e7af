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
    /// What the mention is, as written: decided when the quote is read, so that the checks never
    /// read the speaker's words again. Absent from records of earlier releases: [`SpeakerKind::Other`].
    #[serde(default)]
    pub kind: SpeakerKind,
}

/// What stands in a quote's attribution, as written.
///
/// The kind says how the speaker is written and [`Speaker::person`] whom it resolved to: a pronoun
/// resolved by salience ("he" → Rowan Pike) stays a [`SpeakerKind::Pronoun`] and a title alone ("the
/// president" → Ada Stone) an [`SpeakerKind::Other`], because quote-attribution trusts a pronoun less
/// than a name written beside the quote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SpeakerKind {
    /// A person mention: "Rowan Pike", "Mr. Pike", "ministry spokesman Ivan Petrov" (Petrov).
    Person,
    /// A body, by its head word: a body noun or a named institution ("the ministry", "Port
    /// Authority", "the Kremlin").
    Body,
    /// A personal pronoun: "he", "she", "they", "we", "I", "it".
    Pronoun,
    /// Words that look like a person's name but are no person mention: two or three capitalised
    /// words, none a title, body noun, determiner or clause opener ("Jordan Ellery").
    Name,
    /// Any other phrase: "a senior official", "the sign", "the president", and a "who" whose
    /// antecedent was not found.
    #[default]
    Other,
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
