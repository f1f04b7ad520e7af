//! Fuzzes the text layer: paragraphs, sentences and furniture marks of arbitrary text. Every span
//! must lie inside the text on char boundaries, and every sentence inside its paragraph.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimlint::fuzzing::text(data));
