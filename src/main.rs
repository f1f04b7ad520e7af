//! The `claimlint` binary: parse arguments, run the command, map the outcome to an exit code.
//!
//! Exit codes: 0 no finding at or above the fail level, 1 findings, 2 the tool failed (bad arguments,
//! unreadable rules, nothing readable). A closed pipe (`claimlint check | head`) is success.

mod app;
mod cli;

use clap::Parser;
use std::process::ExitCode;

/// Extraction allocates many small strings and vectors per document; mimalloc serves them faster
/// than the system allocator, above all from several threads at once.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match app::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("claimlint: {e}");
            ExitCode::from(2)
        }
    }
}
