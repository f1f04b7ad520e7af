//! Fuzzes the person and quote readers (quote-mark pairing, speaker frames, pronouns) on arbitrary
//! text: every mention, quote and speaker span must lie inside the text on char boundaries.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimlint::fuzzing::quotes_target(data));
