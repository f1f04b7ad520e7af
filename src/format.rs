//! The output formats of `claimlint check`: one list, which the command line, the configuration
//! file (`format:`) and the renderers read. It stands below the configuration, which validates a
//! format's name, and the renderers, which write it.

/// An output format of `claimlint check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Diagnostics for a person at a terminal (miette).
    Human,
    /// One line per finding: `path:line:column: severity rule: message`.
    Short,
    /// The JSON contract (`{"version", "findings", "summary"}`).
    Json,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// reviewdog's rdjson.
    Rdjson,
}

impl Format {
    /// Every format, in the order help texts list them.
    pub const ALL: [Format; 6] =
        [Format::Human, Format::Short, Format::Json, Format::Sarif, Format::Github, Format::Rdjson];

    /// The format's name on the command line and in `claimlint.yaml`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Short => "short",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Github => "github",
            Format::Rdjson => "rdjson",
        }
    }

    /// The format a name names.
    ///
    /// ```
    /// assert_eq!(claimlint::render::Format::parse("sarif"), Some(claimlint::render::Format::Sarif));
    /// assert_eq!(claimlint::render::Format::parse("xml"), None);
    /// ```
    pub fn parse(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }
}
