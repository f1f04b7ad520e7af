//! Fuzzes the knowledge loaders (names registry, measures, furniture patterns, gazetteer,
//! currencies) on arbitrary YAML. Knowledge that loads must then serve extraction without failing.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimlint::fuzzing::knowledge(data));
