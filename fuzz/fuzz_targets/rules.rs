//! Fuzzes the rule loader on arbitrary YAML. A rule that loads must then run without failing: over
//! its own examples and over a fixed pair of invented articles.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimlint::fuzzing::rules(data));
