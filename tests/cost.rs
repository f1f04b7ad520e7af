//! Cost bounds: extraction and checking must grow close to linearly with their input.
//!
//! Each test feeds inputs of doubling size and asserts that the time grows by at most
//! [`MAX_RATIO`] per doubling on average and [`MAX_STEP_RATIO`] in any one doubling (linear is 2,
//! `n log n` a little more; quadratic would be 4). Time is
//! the process's CPU time where Linux's `/proc` shows it, so other work on a shared machine does
//! not skew the ratios, and wall-clock time elsewhere; the tests take one lock so that they never
//! time each other. They need a release build, so a plain `cargo test` ignores them; CI runs them
//! with `cargo test --release -- --ignored cost_bound`.

use claimlint::{Document, Engine};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Held by each timing test: CPU time is per process, and tests run on parallel threads.
static TIMING: Mutex<()> = Mutex::new(());

/// The most the time may grow per doubling, on average over all doublings: generous, since a shared
/// CI machine is noisy, and quadratic growth would still show as 4.
const MAX_RATIO: f64 = 3.0;

/// The most one doubling may cost: findings vary with the content, so one step may be dearer than
/// the average, but never by a jump no linear-times-log algorithm makes.
const MAX_STEP_RATIO: f64 = 4.5;

/// Sizes double this many times.
const DOUBLINGS: u32 = 4;

/// An invented word from `n`: syllables, so every story has its own people and places.
fn coined(n: usize, capital: bool) -> String {
    const SYLLABLES: [&str; 12] =
        ["var", "hol", "pre", "wit", "mar", "kel", "tes", "dor", "bran", "ol", "sen", "quist"];
    let mut w = String::new();
    let mut n = n;
    for _ in 0..3 {
        w.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
    }
    if capital {
        w[..1].make_ascii_uppercase();
    }
    w
}

/// Invented copy with every kind of claim: titled names and later surname mentions, quotes with
/// speakers before and after, pronouns, figures with qualifiers, ranges and money, and furniture.
/// `story` picks the people and places, `variant` changes the figures, as another outlet would.
fn paragraph(i: usize, story: usize, variant: usize) -> String {
    let titles = ["Mayor", "Harbour chief", "Fire commissioner", "Councillor"];
    let given = ["Edda", "Ansel", "Ilse", "Joran"];
    let p = i % 4;
    let (title, first) = (titles[p], given[p]);
    let surname = coined(story * 4 + p, true);
    let town = format!("{} Bay", coined(story * 7 + i % 3, true));
    let n = 100 + (i * 37 + variant * 11) % 900;
    match i % 5 {
        0 => format!(
            "{title} {first} {surname} said {n} homes were flooded in {town} on Monday, and about {} people left.",
            n * 3
        ),
        1 => format!("\u{201C}We counted more than {n} boats lost in {town},\u{201D} {surname} told reporters."),
        2 => format!(
            "{surname} said: \"Between {n} and {} volunteers came to {town}, and $2.{} million was pledged.\"",
            n + 50,
            i % 9
        ),
        3 => format!("He added that nearly {} percent of the {town} roads were closed for eight days.", i % 90 + 5),
        _ => format!(
            "Share this\nYou may also like: {n} things to see in {town}\nThe council of {town} met {} times.",
            i % 12 + 2
        ),
    }
}

/// An article of `paragraphs` paragraphs about one story.
fn article(paragraphs: usize, story: usize, variant: usize) -> String {
    (0..paragraphs).map(|i| paragraph(i, story, variant)).collect::<Vec<_>>().join("\n\n")
}

/// CPU time of this process so far (user and system, all threads), from `/proc/self/stat`.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // Linux reports these in USER_HZ, 100 per second on every architecture it supports.
    Some(Duration::from_millis(ticks * 10))
}

/// The time three runs of `f` take: CPU time if the system shows it, else wall-clock time.
fn three_runs(mut f: impl FnMut()) -> Duration {
    let (cpu, wall) = (cpu_time(), Instant::now());
    for _ in 0..3 {
        f();
    }
    match (cpu, cpu_time()) {
        (Some(a), Some(b)) => b.saturating_sub(a),
        _ => wall.elapsed(),
    }
}

/// Times `f(size)` for doubling sizes from `base` and asserts each doubling stays within bounds.
#[track_caller]
fn assert_near_linear(what: &str, base: usize, mut f: impl FnMut(&Engine, usize)) {
    let _one_at_a_time = TIMING.lock().unwrap_or_else(|e| e.into_inner());
    let engine = Engine::builtin();
    let times: Vec<(usize, Duration)> = (0..=DOUBLINGS)
        .map(|k| {
            let size = base << k;
            (size, three_runs(|| f(&engine, size)))
        })
        .collect();
    let report: Vec<String> = times.iter().map(|(s, t)| format!("{s}: {t:?}")).collect();
    eprintln!("{what}: {}", report.join(", "));
    assert!(times[0].1 >= Duration::from_millis(100), "{what}: the smallest input is too small to time: {report:?}");
    for w in times.windows(2) {
        let ratio = w[1].1.as_secs_f64() / w[0].1.as_secs_f64();
        assert!(ratio <= MAX_STEP_RATIO, "{what}: {} → {} took {ratio:.2}× as long: {report:?}", w[0].0, w[1].0);
    }
    let (first, last) = (times[0].1.as_secs_f64(), times[times.len() - 1].1.as_secs_f64());
    let mean = (last / first).powf(1.0 / f64::from(DOUBLINGS));
    assert!(mean <= MAX_RATIO, "{what}: {mean:.2}× per doubling on average: {report:?}");
}

#[test]
#[ignore = "timing; run in release with --ignored cost_bound"]
fn cost_bound_extraction_of_one_growing_document() {
    assert_near_linear("extract one document (paragraphs)", 3200, |engine, paragraphs| {
        // A long digest: a new story every 25 paragraphs, so people and places grow with the text.
        let text = (0..paragraphs).map(|i| paragraph(i, i / 25, 0)).collect::<Vec<_>>().join("\n\n");
        let mut docs = vec![Document::new("a.txt", text)];
        let ex = engine.extract(&mut docs);
        assert!(!ex[0].figures.is_empty() && !ex[0].quotes.is_empty());
    });
}

#[test]
#[ignore = "timing; run in release with --ignored cost_bound"]
fn cost_bound_extraction_of_one_growing_line() {
    assert_near_linear("extract one line (sentences)", 1600, |engine, sentences| {
        // Paragraph shapes 0 to 3 only: the fifth is furniture, with line breaks. j + j / 4 skips it.
        let text = (0..sentences).map(|j| paragraph(j + j / 4, j / 20, 0)).collect::<Vec<_>>().join(" ");
        let mut docs = vec![Document::new("a.txt", text)];
        engine.extract(&mut docs);
    });
}

#[test]
#[ignore = "timing; run in release with --ignored cost_bound"]
fn cost_bound_check_of_a_growing_corpus() {
    assert_near_linear("check a corpus (documents)", 64, |engine, documents| {
        let mut docs: Vec<Document> =
            (0..documents).map(|d| Document::new(format!("doc-{d}.txt"), article(12, d / 4, d % 4))).collect();
        let run = engine.check(&mut docs);
        assert!(!run.findings.is_empty(), "the corpus disagrees with itself");
    });
}

#[test]
#[ignore = "timing; run in release with --ignored cost_bound"]
fn cost_bound_check_of_one_growing_document_of_titled_people() {
    assert_near_linear("check one document (titled mentions)", 4000, |engine, paragraphs| {
        // Every paragraph calls someone by a one-holder office, two people take turns: the office
        // check pairs the people who hold a title, not every two mentions of it.
        let names = ["Edda Varnholt", "Ansel Prewitt"];
        let text = (0..paragraphs)
            .map(|i| format!("Secretary of State {} said {} boats were lost in Kestrel Bay.", names[i % 2], 10 + i))
            .collect::<Vec<_>>()
            .join("\n\n");
        let mut docs = vec![Document::new("a.txt", text)];
        let run = engine.check(&mut docs);
        assert_eq!(run.findings.iter().filter(|f| f.rule == "wrong-office").count(), 1, "one pair of holders");
    });
}
