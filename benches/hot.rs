//! Benchmarks of the hot paths: extracting one article, and checking one story's cluster of
//! articles (extraction, resolution, graph and every default rule), plus reading claim records back.
//!
//! `cargo bench --bench hot`. The articles are written here, in the style of the corpus that
//! `tools/gencorpus.py` generates: invented places, people, figures and quotes.

use claimlint::{Document, Engine};

fn main() {
    divan::main();
}

/// One story told by `n` outlets, with one disagreeing toll and one reworded quote.
fn story(n: usize) -> Vec<Document> {
    (0..n)
        .map(|i| {
            let toll = if i == n - 1 { 61 } else { 34 + i };
            let tail = if i % 3 == 2 { "carry on" } else { "keep going" };
            let text = format!(
                "---\npublished: 2023-10-{:02}\noutlet: \"Outlet {i}\"\n---\n\n# Floods hit Tarrow\n\n\
                 TARROW (Outlet {i}) - Mayor Linnea Vasquell said on Monday that the floods had left the river \
                 delta struggling, as crews worked through the night.\n\n\
                 At least {toll} people were killed in the floods around Tarrow, emergency services director \
                 Osric Pembrage said.\n\nMore than 2,400 residents were evacuated from low-lying streets.\n\n\
                 \u{201c}We are doing everything we can, and we will {tail} until the work is done,\u{201d} \
                 Vasquell said.\n\nRoads into Tarrow remained closed for much of Monday, and rail services were \
                 suspended. Volunteers set up kitchens in school halls and sports centres across the delta.\n\n\
                 Insurers said early claims suggested damage on a large scale. Forecasters warned that conditions \
                 could change quickly over the coming days.\n",
                10 + i
            );
            claimlint::read_documents(&format!("story/{i}.md"), text.as_bytes()).0.remove(0)
        })
        .collect()
}

#[divan::bench]
fn extract_one_article(bencher: divan::Bencher) {
    let engine = Engine::builtin();
    let doc = story(1).remove(0);
    bencher.counter(divan::counter::BytesCount::new(doc.text.len())).bench_local(|| {
        let mut docs = [doc.clone()];
        engine.extract(&mut docs)
    });
}

#[divan::bench(args = [3, 10])]
fn check_story_cluster(bencher: divan::Bencher, n: usize) {
    let engine = Engine::builtin();
    let docs = story(n);
    bencher.bench_local(|| {
        let mut d = docs.clone();
        engine.check(&mut d).findings.len()
    });
}

#[divan::bench]
fn read_claim_records(bencher: divan::Bencher) {
    let engine = Engine::builtin();
    let mut docs = story(10);
    let ex = engine.extract(&mut docs);
    let lines: Vec<String> = docs.iter().zip(&ex).map(|(d, e)| claimlint::claims::record(d, e).to_string()).collect();
    bencher.bench_local(|| {
        lines
            .iter()
            .filter_map(|l| serde_json::from_str(l).ok())
            .filter_map(|v| claimlint::claims::from_record(&v).ok())
            .count()
    });
}
