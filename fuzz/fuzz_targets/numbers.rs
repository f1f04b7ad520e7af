//! Fuzzes the number reader on arbitrary text: every number span must lie inside the text on char
//! boundaries.
#![no_main]

use claimlint::fuzzing;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for span in fuzzing::numbers(&text) {
        if let Some(p) = fuzzing::span_problem(&text, span, "number") {
            panic!("{p}");
        }
    }
});
