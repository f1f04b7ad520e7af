//! Fuzzes the input reader: JSON Lines corpora, front matter, invalid UTF-8 and binary bytes. Every
//! problem must name its line inside the input, and every document read must extract cleanly.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimlint::fuzzing::jsonl(data));
