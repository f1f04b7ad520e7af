//! Fuzzes the knowledge loaders (names registry, measures, furniture patterns, gazetteer) on
//! arbitrary YAML. Knowledge that loads must then serve extraction without failing.
#![no_main]

use claimlint::fuzzing;
use claimlint::{Document, Engine};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static ENGINE: OnceLock<Engine> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let builtin = ENGINE.get_or_init(Engine::builtin);
    // The first byte picks the kind of knowledge file, the rest is its text.
    let Some((&which, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let Ok(knowledge) = fuzzing::load_knowledge(which, text) else { return };
    let engine = Engine { knowledge, rules: builtin.rules.clone() };
    let mut docs = vec![
        Document::new("a.txt", "Share this\n\nHarbour chief Ansel Prewitt said 40 boats were lost on Monday.\n"),
        Document::new("b.txt", "\"We lost 45 boats,\" said Ansel Prewit, the harbour chief.\n\nYou may also like\n"),
    ];
    let run = engine.check(&mut docs);
    for (d, e) in docs.iter().zip(&run.extractions) {
        let problems = fuzzing::extraction_problems(d, e);
        assert!(problems.is_empty(), "{problems:?}");
    }
    let problems = fuzzing::label_problems(&docs, &run.findings);
    assert!(problems.is_empty(), "{problems:?}");
});
