//! A figure: a number with what it counts, the measure it belongs to and who asserts it.

use super::quantity::Quantity;
use crate::document::Span;

/// A numeric claim.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Figure {
    /// The figure as written, qualifier included.
    pub span: Span,
    /// What it states: kind, value or bounds, qualifier, and the counted noun phrase or unit
    /// ("Russian troops", "USD", "percent"). Its fields are the figure's own in claim records.
    #[serde(flatten)]
    pub quantity: Quantity,
    /// The head noun, lowercase ("troops").
    pub noun: Option<String>,
    /// What it measures: a knowledge measure, or a key from its unit and counted noun.
    pub measure: Option<MeasureKey>,
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

/// What a figure measures: the key figures are grouped by and compared within.
///
/// Written as text in the JSON output and in claim records ("troops-deployed", "money:USD",
/// "count:staffer"), read back from the same text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MeasureKey {
    /// A measure the knowledge defines, by id ("troops-deployed").
    Known(String),
    /// A sum of money in one currency ("money:USD").
    Money(String),
    /// A share, with the head noun of what it is a share of when the copy says ("percent:voter").
    Percent(Option<String>),
    /// A length of time in one unit ("duration:days").
    Duration(String),
    /// Someone's age, in one unit ("age:years"): never compared with a length of time.
    Age(String),
    /// A count of one head noun, singular ("count:staffer").
    Count(String),
}

impl MeasureKey {
    /// Whether the knowledge defines this measure.
    pub fn is_known(&self) -> bool {
        matches!(self, MeasureKey::Known(_))
    }

    /// Reads a key as [`MeasureKey`]'s `Display` writes it.
    pub fn parse(s: &str) -> MeasureKey {
        let (head, rest) = s.split_once(':').unwrap_or((s, ""));
        match head {
            "money" if !rest.is_empty() => MeasureKey::Money(rest.to_string()),
            "percent" => MeasureKey::Percent((!rest.is_empty()).then(|| rest.to_string())),
            "duration" if !rest.is_empty() => MeasureKey::Duration(rest.to_string()),
            "age" => MeasureKey::Age(rest.to_string()),
            "count" if !rest.is_empty() => MeasureKey::Count(rest.to_string()),
            _ => MeasureKey::Known(s.to_string()),
        }
    }
}

impl std::fmt::Display for MeasureKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MeasureKey::Known(id) => f.write_str(id),
            MeasureKey::Money(c) => write!(f, "money:{c}"),
            MeasureKey::Percent(None) => f.write_str("percent"),
            MeasureKey::Percent(Some(n)) => write!(f, "percent:{n}"),
            MeasureKey::Duration(u) => write!(f, "duration:{u}"),
            MeasureKey::Age(u) => write!(f, "age:{u}"),
            MeasureKey::Count(n) => write!(f, "count:{n}"),
        }
    }
}

impl serde::Serialize for MeasureKey {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for MeasureKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(MeasureKey::parse(&s))
    }
}

#[cfg(test)]
mod tests {
    use super::MeasureKey;

    /// Every kind of key reads back as written.
    #[test]
    fn keys_read_back() {
        for text in
            ["troops-deployed", "money:USD", "percent", "percent:voter", "duration:days", "age:years", "count:staffer"]
        {
            let key = MeasureKey::parse(text);
            assert_eq!(key.to_string(), text);
        }
        assert!(MeasureKey::parse("people-killed").is_known());
        assert_eq!(MeasureKey::parse("age:"), MeasureKey::Age(String::new()));
    }
}
