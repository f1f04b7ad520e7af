//! The command line (the only module that imports clap).

use claimlint::render::Format;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Checks news copy for the consistency of its claims, figures, quotes and names.
#[derive(Debug, Parser)]
#[command(name = "claimlint", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// An output format of `check` and `reduce`: the library's list ([`Format`]), offered to clap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckFormat(pub Format);

impl ValueEnum for CheckFormat {
    fn value_variants<'a>() -> &'a [Self] {
        const ALL: [CheckFormat; 6] = {
            let f = Format::ALL;
            [
                CheckFormat(f[0]),
                CheckFormat(f[1]),
                CheckFormat(f[2]),
                CheckFormat(f[3]),
                CheckFormat(f[4]),
                CheckFormat(f[5]),
            ]
        };
        &ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.0.name()))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    Json,
    Jsonl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum NamesFormat {
    Text,
    Yaml,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Html,
    Md,
    Claimreview,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    Dot,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Level {
    Error,
    Warning,
    Info,
}

#[derive(Debug, Default, clap::Args)]
pub struct Inputs {
    /// Files or directories (walked recursively); `-` reads standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// A folder of extra rules (`*.yaml`) and knowledge (`knowledge/*.yaml`); repeatable.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// Publication date for documents that carry none (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// The project configuration (default: `claimlint.yaml` found upward from the working directory).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Skip (with a message) any input file larger than this many bytes; the rest are still read.
    #[arg(long, value_name = "BYTES", default_value_t = 64 << 20)]
    pub max_file_size: u64,
}

/// Reviewed findings kept out of the output (see `claimlint::baseline`).
#[derive(Debug, clap::Args)]
pub struct BaselineArgs {
    /// Leave out the findings recorded in this baseline file; report its stale entries.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record every current finding in this file as reviewed, and exit 0.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check documents and report findings.
    Check {
        #[command(flatten)]
        inputs: Inputs,
        /// Output format [default: `format:` of claimlint.yaml, else human].
        #[arg(long, value_enum)]
        format: Option<CheckFormat>,
        /// Exit 1 when a finding at or above this severity is reported [default: `fail-level:` of
        /// claimlint.yaml, else error].
        #[arg(long, value_enum)]
        fail_level: Option<Level>,
        #[command(flatten)]
        baseline: BaselineArgs,
        #[command(flatten)]
        against: Against,
    },
    /// Print what was extracted: figures, quotes, people.
    Extract {
        #[command(flatten)]
        inputs: Inputs,
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: ExtractFormat,
    },
    /// List the people a corpus mentions, with their spellings and titles.
    Names {
        #[command(flatten)]
        inputs: Inputs,
        /// `text` for reading, `yaml` for registry entries to review and add to knowledge/people.yaml.
        #[arg(long, value_enum, default_value = "text")]
        format: NamesFormat,
        /// Only people the registry does not know.
        #[arg(long)]
        unknown: bool,
    },
    /// Run the language server (LSP over stdio): diagnostics in the editor as the copy is written.
    Lsp,
    /// Write the fact-check report: figures by measure, quotes, people and each article marked up.
    Report {
        #[command(flatten)]
        inputs: Inputs,
        /// Where to write the report; `-` (the default) is standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// `html` (one self-contained page), `md` (Markdown), `claimreview` (schema.org JSON-LD per conflict).
        #[arg(long, value_enum, default_value = "html")]
        format: ReportFormat,
    },
    /// Print the claim graph: documents, people, measures, figures and quotes; conflicts as red edges.
    Graph {
        #[command(flatten)]
        inputs: Inputs,
        /// Output format.
        #[arg(long, value_enum, default_value = "dot")]
        format: GraphFormat,
    },
    /// Store documents' claims in an archive database, for `check --against`.
    Archive {
        #[command(subcommand)]
        action: ArchiveAction,
    },
    /// Run the cross-document checks over claim records (`extract --format jsonl` lines): the
    /// reduce step of a map-reduce run.
    Reduce {
        /// Files of claim records; none or `-` reads standard input.
        #[arg(value_name = "CLAIMS.jsonl")]
        files: Vec<PathBuf>,
        /// The rules folder the records were extracted with; repeatable.
        #[arg(long = "rules", value_name = "DIR")]
        rules: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: CheckFormat,
        /// Exit 1 when a finding at or above this severity is reported.
        #[arg(long, value_enum, default_value = "error")]
        fail_level: Level,
    },
    /// List or explain the rules.
    Rules {
        #[command(subcommand)]
        action: RulesAction,
        /// A folder of extra rules; repeatable.
        #[arg(long = "rules", value_name = "DIR", global = true)]
        rules: Vec<PathBuf>,
    },
}

/// `check --against`: which archived documents a draft is compared with.
#[derive(Debug, clap::Args)]
pub struct Against {
    /// Also compare with the documents of this archive (made by `claimlint archive add`) that share
    /// a measure, a person or a quote with the inputs; only findings in the inputs are reported.
    #[arg(long, value_name = "ARCHIVE.db")]
    pub against: Option<PathBuf>,
    /// With --against: compare figures only with archived documents published this many days or
    /// fewer before or after the inputs (and undated ones); 0 compares with every date.
    #[arg(long, value_name = "DAYS", default_value_t = 30)]
    pub window_days: u32,
    /// With --against: do not follow a person or quote key that more archived documents than this
    /// share (a stock phrase, or a common word read as a name); 0 follows every key.
    #[arg(long, value_name = "N", default_value_t = 200)]
    pub max_key_docs: u64,
}

#[derive(Debug, Subcommand)]
pub enum ArchiveAction {
    /// Extract documents and store their claims; a document already stored is replaced.
    Add {
        /// The archive database (created when missing).
        #[arg(long, value_name = "FILE", default_value = "claimlint-archive.db")]
        db: PathBuf,
        #[command(flatten)]
        inputs: Inputs,
    },
}

#[derive(Debug, Subcommand)]
pub enum RulesAction {
    /// One line per rule.
    List,
    /// A rule's documentation.
    Explain {
        /// The rule id.
        id: String,
    },
    /// Run every rule's examples (the built-in rules and those of --rules).
    Test,
}

#[cfg(test)]
mod tests {
    use super::{CheckFormat, Cli, Command};
    use clap::{Parser, ValueEnum};

    /// The command line offers every check format of the library, by the library's names.
    #[test]
    fn check_formats_are_the_library_formats() {
        let offered: Vec<String> = CheckFormat::value_variants()
            .iter()
            .filter_map(|f| f.to_possible_value())
            .map(|v| v.get_name().to_string())
            .collect();
        let library: Vec<&str> = claimlint::render::Format::ALL.iter().map(|f| f.name()).collect();
        assert_eq!(offered, library);
        let cli = Cli::try_parse_from(["claimlint", "check", "--format", "sarif", "a.md"]).expect("parses");
        let Command::Check { format, .. } = cli.command else { panic!("not check") };
        assert_eq!(format.map(|f| f.0), Some(claimlint::render::Format::Sarif));
        assert!(Cli::try_parse_from(["claimlint", "check", "--format", "xml"]).is_err());
    }
}
