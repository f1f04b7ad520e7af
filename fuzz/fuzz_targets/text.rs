//! Fuzzes the text layer: paragraphs, sentences and furniture marks of arbitrary text. Every span
//! must lie inside the text on char boundaries, and every sentence inside its paragraph.
#![no_main]

use claimlint::fuzzing;
use claimlint::Engine;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static ENGINE: OnceLock<Engine> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let engine = ENGINE.get_or_init(Engine::builtin);
    // The first byte picks where the body starts (front matter skipped), the rest is the text.
    let Some((&first, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let paragraphs = fuzzing::layout(&text, usize::from(first), &engine.knowledge);
    let problems = fuzzing::layout_problems(&text, &paragraphs);
    assert!(problems.is_empty(), "{problems:?}");
});
