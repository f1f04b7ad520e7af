//! The command line (the only module that imports clap).

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Checks news copy for the consistency of its claims, figures, quotes and names.
#[derive(Debug, Parser)]
#[command(name = "claimlint", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Human,
    Short,
    Json,
    Sarif,
    Github,
    Rdjson,
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
pub enum Level {
    Error,
    Warning,
    Info,
}

#[derive(Debug, clap::Args)]
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
    /// Skip (with a message) any input file larger than this many bytes; the rest are still read.
    #[arg(long, value_name = "BYTES", default_value_t = 64 << 20)]
    pub max_file_size: u64,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check documents and report findings.
    Check {
        #[command(flatten)]
        inputs: Inputs,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: CheckFormat,
        /// Exit 1 when a finding at or above this severity is reported.
        #[arg(long, value_enum, default_value = "error")]
        fail_level: Level,
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
    /// List or explain the rules.
    Rules {
        #[command(subcommand)]
        action: RulesAction,
        /// A folder of extra rules; repeatable.
        #[arg(long = "rules", value_name = "DIR", global = true)]
        rules: Vec<PathBuf>,
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
