//! A progress bar on standard error for runs that take more than a second.
//!
//! Drawn only when asked (the caller checks that stderr is a terminal and the output is not a
//! machine format), and only once the run has lasted a second, so quick runs and pipelines never see
//! it. Hand-rolled: one line redrawn with a carriage return, cleared when the work is done.

use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long a run goes before the bar appears.
const DELAY: Duration = Duration::from_secs(1);
const TICK: Duration = Duration::from_millis(80);
const WIDTH: usize = 30;

/// The bar's line: `extracting [#######.......]  12/40 documents`, or the rules phase once every
/// document is done.
fn line(done: usize, total: usize) -> String {
    let filled = (done * WIDTH).checked_div(total).unwrap_or(WIDTH).min(WIDTH);
    let phase = if done >= total { "checking  " } else { "extracting" };
    format!(
        "{phase} [{}{}] {done:>w$}/{total} documents",
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        w = total.to_string().len()
    )
}

/// Runs `work`, giving it a function to call once per finished document; draws a bar on stderr
/// while it runs if `show` and the run lasts longer than [`DELAY`].
pub(crate) fn with_progress<T>(show: bool, total: usize, work: impl FnOnce(&(dyn Fn() + Sync)) -> T) -> T {
    let done = AtomicUsize::new(0);
    let tick = || {
        done.fetch_add(1, Ordering::Relaxed);
    };
    if !show {
        return work(&tick);
    }
    let finished = AtomicBool::new(false);
    std::thread::scope(|s| {
        s.spawn(|| {
            let start = Instant::now();
            let mut drawn = false;
            while !finished.load(Ordering::Relaxed) {
                std::thread::sleep(TICK);
                if start.elapsed() >= DELAY && !finished.load(Ordering::Relaxed) {
                    let mut err = std::io::stderr().lock();
                    let _ = write!(err, "\r{}", line(done.load(Ordering::Relaxed), total));
                    let _ = err.flush();
                    drawn = true;
                }
            }
            if drawn {
                let _ = write!(std::io::stderr().lock(), "\r\x1b[2K");
            }
        });
        let out = work(&tick);
        finished.store(true, Ordering::Relaxed);
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_fills_with_the_documents_done() {
        assert_eq!(line(0, 4), "extracting [..............................] 0/4 documents");
        assert_eq!(line(2, 4), "extracting [###############...............] 2/4 documents");
        assert_eq!(line(4, 4), "checking   [##############################] 4/4 documents");
        assert_eq!(line(0, 0), "checking   [##############################] 0/0 documents");
    }

    #[test]
    fn work_runs_once_and_counts_reach_the_caller() {
        let mut calls = 0;
        let got = with_progress(false, 3, |tick| {
            calls += 1;
            tick();
            tick();
            7
        });
        assert_eq!((got, calls), (7, 1));
    }
}
