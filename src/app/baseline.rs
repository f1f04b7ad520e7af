//! Reading and writing baseline files (`check --baseline`, `--write-baseline`).
//!
//! The file is written atomically: to a temporary file in the same folder, synced, then renamed over
//! the old one, so an interrupted run (or a CI job killed half-way) never leaves a truncated baseline
//! that would bring every reviewed finding back.

use claimlint::Baseline;
use std::io;
use std::path::Path;

/// Reads a baseline; problems are reported and give `None`.
pub fn read(path: &Path) -> Option<Baseline> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("claimlint: cannot read baseline {}: {e}", path.display());
            return None;
        }
    };
    match Baseline::parse(&text) {
        Ok(b) => Some(b),
        Err(e) => {
            eprintln!("claimlint: baseline {}:{e}", path.display());
            None
        }
    }
}

/// Writes the baseline atomically (see `app::atomic`): an interrupted run leaves the old file.
pub fn write_atomic(path: &Path, text: &str) -> io::Result<()> {
    super::atomic::write(path, text.as_bytes())
}

/// Reports stale entries on stderr: they are not problems in the copy, so they do not change the
/// exit code or the machine-readable output, but a reviewer should prune them.
pub fn report_stale(path: &Path, stale: &[claimlint::BaselineEntry]) {
    if stale.is_empty() {
        return;
    }
    eprintln!(
        "claimlint: info: {} of the entries in baseline {} match no finding now (the copy was fixed or the \
         claim changed); rewrite it with --write-baseline to drop them:",
        stale.len(),
        path.display()
    );
    for e in stale {
        eprintln!("  {} {}: {}", e.path, e.rule, e.message);
    }
}
