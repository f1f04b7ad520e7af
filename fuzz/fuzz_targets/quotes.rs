//! Fuzzes the person and quote readers (quote-mark pairing, speaker frames, pronouns) on arbitrary
//! text: every mention, quote and speaker span must lie inside the text on char boundaries.
#![no_main]

use claimlint::fuzzing;
use claimlint::Engine;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static ENGINE: OnceLock<Engine> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let engine = ENGINE.get_or_init(Engine::builtin);
    let text = String::from_utf8_lossy(data);
    let (people, quotes) = fuzzing::quotes(&text, &engine.knowledge);
    let problems = fuzzing::quote_problems(&text, &people, &quotes);
    assert!(problems.is_empty(), "{problems:?}");
});
