//! Fuzzes the number reader on arbitrary text: every number span must lie inside the text on char
//! boundaries.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimlint::fuzzing::numbers_target(data));
