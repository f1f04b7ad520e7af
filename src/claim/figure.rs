//! A figure: a number with what it counts, the measure it belongs to and who asserts it.

use super::quantity::{FigureKind, Qualifier};
use crate::document::Span;

/// A numeric claim.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Figure {
    /// The figure as written, qualifier included.
    pub span: Span,
    /// Kind of figure.
    pub kind: FigureKind,
    /// The value, for single numbers.
    pub value: Option<f64>,
    /// Lower bound, for ranges and vague amounts.
    pub low: Option<f64>,
    /// Upper bound, for ranges and vague amounts.
    pub high: Option<f64>,
    /// How the value is qualified.
    pub qualifier: Qualifier,
    /// The counted noun phrase or unit ("Russian troops", "USD", "percent").
    pub unit: Option<String>,
    /// The head noun, lowercase ("troops").
    pub noun: Option<String>,
    /// The measure: a knowledge measure id, or a key built from noun and cue.
    pub measure: Option<String>,
    /// Whether `measure` is a knowledge measure.
    pub known_measure: bool,
    /// Who the sentence says asserts it.
    pub asserted_by: Option<String>,
    /// Content words of the sentence, for comparing figures with no known measure.
    pub context: Vec<String>,
    /// The tokens right before the figure, nearest first, lowercase (up to eight, within the paragraph).
    pub before: Vec<String>,
    /// The tokens right after the figure, nearest first, lowercase (up to eight, within the paragraph).
    pub after: Vec<String>,
    /// The figure stands inside a quotation.
    pub in_quote: bool,
    /// The sentence it stands in.
    pub sentence: Span,
    /// The places its sentence puts it in, lowercase: capitalised words right after "in", "of",
    /// "around", "near", "across" or "at" ("in central Lowmoor" → "lowmoor").
    #[serde(default)]
    pub places: Vec<String>,
}
