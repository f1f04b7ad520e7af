//! A person mention: a name as written, its title, the full name it stands for and its registry status.

use crate::document::Span;
use crate::text::names::surname;

/// How a mention's spelling relates to the person it names.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum NameStatus {
    /// The registry's spelling.
    Canonical,
    /// An accepted variant (transliteration, nickname).
    Variant,
    /// A near miss of a registry person's name.
    Misspelled,
    /// Not in the registry.
    Unknown,
}

/// One mention of a person.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct PersonMention {
    /// The name as written (title excluded).
    pub span: Span,
    /// The name as written, with glue and stray spaces repaired ("P etrov" → "Petrov").
    pub written: String,
    /// The title as written before the name, if any.
    pub role: Option<String>,
    /// Where the title is.
    pub role_span: Option<Span>,
    /// The full name this mention stands for in its document ("Marsh" → "Helen Marsh").
    pub full: String,
    /// The registry person, when resolved.
    pub registry: Option<usize>,
    /// How the spelling relates to the registry person.
    pub status: NameStatus,
    /// A verb of saying stands next to the mention.
    pub speaks: bool,
}

impl PersonMention {
    /// The surname as written (repaired).
    pub fn surname(&self) -> &str {
        surname(&self.full).unwrap_or(&self.full)
    }
}
