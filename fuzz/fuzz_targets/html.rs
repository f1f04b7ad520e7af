//! Fuzzes the HTML reader: any bytes read as a news page must keep the page's byte offsets and
//! extract cleanly.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimlint::fuzzing::html(data));
