//! Fuzzes the whole pipeline on a pair of documents: extraction, resolution, the graph, every
//! built-in rule and the renderers. Every span and label must point into its own document.
#![no_main]

use claimlint::fuzzing;
use claimlint::{render, Document, Engine};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static ENGINE: OnceLock<Engine> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let engine = ENGINE.get_or_init(Engine::builtin);
    // Two documents, split at the first 0xFF byte (never part of UTF-8); the second is dated later.
    let (a, b) = match data.iter().position(|&x| x == 0xFF) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &b""[..]),
    };
    let mut docs =
        vec![Document::new("a.txt", String::from_utf8_lossy(a)), Document::new("b.txt", String::from_utf8_lossy(b))];
    docs[0].published = claimlint::Date::new(2021, 5, 6);
    docs[1].published = claimlint::Date::new(2021, 6, 1);
    let run = engine.check(&mut docs);
    for (d, e) in docs.iter().zip(&run.extractions) {
        let problems = fuzzing::extraction_problems(d, e);
        assert!(problems.is_empty(), "{problems:?}");
    }
    let problems = fuzzing::label_problems(&docs, &run.findings);
    assert!(problems.is_empty(), "{problems:?}");
    let _ = render::json::check_json(&run.findings, &docs);
    let _ = render::short::short(&run.findings, &docs);
    let _ = render::human::human(&run.findings, &docs, false, 80);
    let _ = render::sarif::sarif(&run.findings, &docs, &engine.rules);
});
