//! Fuzzes the whole pipeline on a pair of documents: extraction, resolution, the graph, every
//! built-in rule and the renderers. Every span and label must point into its own document.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimlint::fuzzing::check(data));
