//! Fuzzes the rule loader on arbitrary YAML. A rule that loads must then run without failing: over
//! its own examples and over a fixed pair of invented articles.
#![no_main]

use claimlint::fuzzing;
use claimlint::{Document, Engine};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static ENGINE: OnceLock<Engine> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let builtin = ENGINE.get_or_init(Engine::builtin);
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(rules) = fuzzing::load_rule(text) else { return };
    let engine = Engine { knowledge: builtin.knowledge.clone(), rules };
    let _ = claimlint::rule::examples::run_all(&engine);
    let mut docs = vec![
        Document::new("a.txt", "Mayor Edda Varnholt said 120 homes were flooded in Kestrel Bay on Monday."),
        Document::new("b.txt", "Edda Varnhold, the mayor, said \"we lost 150 homes\" in Kestrel Bay."),
    ];
    let run = engine.check(&mut docs);
    let problems = fuzzing::label_problems(&docs, &run.findings);
    assert!(problems.is_empty(), "{problems:?}");
});
