//! Fuzzes the input reader: JSON Lines corpora, front matter, invalid UTF-8 and binary bytes. Every
//! problem must name its line inside the input, and every document read must extract cleanly.
#![no_main]

use claimlint::fuzzing;
use claimlint::Engine;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static ENGINE: OnceLock<Engine> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let engine = ENGINE.get_or_init(Engine::builtin);
    // The first byte picks the reader: a `.jsonl` corpus or a Markdown file with front matter.
    let Some((&which, rest)) = data.split_first() else { return };
    let name = if which % 2 == 0 { "corpus.jsonl" } else { "story.md" };
    let (mut docs, problems) = claimlint::read_documents(name, rest);
    let lines = rest.split(|&b| b == b'\n').count();
    for p in &problems {
        assert!(p.line.is_none_or(|l| l >= 1 && l <= lines), "{p} (input has {lines} lines)");
    }
    for d in &docs {
        assert!(d.text.is_char_boundary(d.body_start.min(d.text.len())), "body start {}", d.body_start);
        assert!(d.body_start <= d.text.len(), "body start {} past {}", d.body_start, d.text.len());
    }
    let extractions = engine.extract(&mut docs);
    for (d, e) in docs.iter().zip(&extractions) {
        let problems = fuzzing::extraction_problems(d, e);
        assert!(problems.is_empty(), "{problems:?}");
    }
});
