//! What a number is, as the readers decide it: its kind (a count, a sum of money, a share, a length
//! of time, a date...), its value or bounds, how the copy qualifies it ("more than", "about", "up
//! to") and its unit.

/// A number as the number reader reads it, and as a figure states it.
///
/// Written in the JSON output and in claim records as the figure's own fields (`kind`, `value`,
/// `low`, `high`, `qualifier`, `unit`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Quantity {
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
    /// The unit: a currency code, "percent", a time unit or "times" as the number reader reads it;
    /// for a figure that counts something, the counted noun phrase ("Russian troops").
    pub unit: Option<String>,
}

/// What kind of figure a number is (the JSON `kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum FigureKind {
    /// A count of things ("17,000 fighters").
    Count,
    /// An amount of money ("$ 200 million").
    Money,
    /// A percentage ("90 percent").
    Percent,
    /// A length of time ("nearly six years").
    Duration,
    /// A range of counts ("4,000 to 4,500").
    Range,
    /// A calendar date or time of day ("August 9", "9:40 AM").
    Date,
    /// A year ("2014").
    Year,
    /// An ordinal ("the first").
    Ordinal,
    /// A vague amount ("tens of thousands").
    Approximate,
}

impl FigureKind {
    /// The name used in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Money => "money",
            FigureKind::Percent => "percent",
            FigureKind::Duration => "duration",
            FigureKind::Range => "range",
            FigureKind::Date => "date",
            FigureKind::Year => "year",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Approximate => "approximate",
        }
    }

    /// Whether figures of this kind are quantities that can be compared (not dates, years, ordinals).
    pub fn is_quantity(self) -> bool {
        !matches!(self, FigureKind::Date | FigureKind::Year | FigureKind::Ordinal)
    }
}

/// How a figure is qualified (the JSON `qualifier`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Qualifier {
    /// As stated.
    Exact,
    /// "about", "around", "some", "an estimated".
    About,
    /// "more than", "over".
    MoreThan,
    /// "at least", "no fewer than", "or more".
    AtLeast,
    /// "less than", "fewer than", "under".
    LessThan,
    /// "up to", "as many as", "at most".
    UpTo,
    /// "nearly", "almost", "close to".
    Nearly,
    /// A range with two bounds.
    Range,
    /// A vague amount.
    Vague,
}

impl Qualifier {
    /// The name used in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::LessThan => "less_than",
            Qualifier::UpTo => "up_to",
            Qualifier::Nearly => "nearly",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }
}
