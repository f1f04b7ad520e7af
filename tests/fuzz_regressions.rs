//! Replays the inputs the fuzz targets (`fuzz/`) once crashed on, through the same target code, so a
//! fixed crash stays fixed without cargo-fuzz installed.
//!
//! `tests/fuzz_regressions/<target>/` holds the inputs: the file the fuzzer saved (`-found`) and,
//! where it helps, a minimal hand-made one. Each fix also has a test below named after the crash,
//! which says what went wrong in terms of the public API.

use claimlint::{fuzzing, Document, Engine};
use std::path::PathBuf;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions")
}

#[test]
fn every_saved_input_replays_without_a_crash() {
    let mut replayed = 0;
    for entry in std::fs::read_dir(fixtures()).expect("tests/fuzz_regressions exists") {
        let dir = entry.expect("entry").path();
        if !dir.is_dir() {
            continue;
        }
        let name = dir.file_name().and_then(|n| n.to_str()).expect("a target name").to_string();
        let (_, target) = fuzzing::TARGETS
            .iter()
            .find(|(t, _)| *t == name)
            .unwrap_or_else(|| panic!("tests/fuzz_regressions/{name}: no fuzz target of that name"));
        let mut inputs: Vec<PathBuf> =
            std::fs::read_dir(&dir).expect("target dir").map(|e| e.expect("entry").path()).collect();
        inputs.sort();
        for input in inputs {
            let data = std::fs::read(&input).expect("input");
            let outcome = std::panic::catch_unwind(|| target(&data));
            assert!(outcome.is_ok(), "{} crashes the {name} target again", input.display());
            replayed += 1;
        }
    }
    assert!(replayed > 0, "no saved inputs found");
}

#[test]
fn fuzz_text_body_start_inside_a_char() {
    // A document whose body start (a public field) falls inside a multi-byte character: the text
    // layer used to slice the text there and panic.
    let mut docs = vec![Document::new("a.txt", "a\u{e9}b said 40 boats were lost.\n\nSecond paragraph.")];
    docs[0].body_start = 2;
    let ex = Engine::builtin().extract(&mut docs);
    assert!(fuzzing::extraction_problems(&docs[0], &ex[0]).is_empty());
    let layout = fuzzing::layout(&docs[0].text, 2, &Engine::builtin());
    assert_eq!(layout.first().map(|(p, _, _)| p.start), Some(3), "the body starts at the next character");
}
