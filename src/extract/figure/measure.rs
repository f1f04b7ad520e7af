//! What a figure measures: a measure the knowledge defines, found by its counted noun and the
//! nearest of the measure's cues in its sentence ("pulled out about 4,500 of 80,000 troops
//! deployed there": the 4,500 a withdrawal, the 80,000 a deployment), else a key from its kind,
//! unit and noun; and an age ("48-year-old") kept apart from a length of time.

use super::window::{char_floor, Window};
use crate::claim::{FigureKind, MeasureKey};
use crate::extract::number::NumberMatch;
use crate::knowledge::Knowledge;
use crate::text::token::{tokens_between, Tok};

/// How far (in bytes) a measure's cue may stand from the figure.
const MAX_CUE_DISTANCE: usize = 60;

/// What the figure `m` of a paragraph (`para`) counting `noun` measures, read in its window `w`.
pub(super) fn of(
    k: &Knowledge,
    text: &str,
    para: &[Tok<'_>],
    m: &NumberMatch,
    noun: Option<&str>,
    w: &Window,
) -> Option<MeasureKey> {
    let q = &m.quantity;
    let (measure, known) =
        if q.kind.is_quantity() { measure_of(k, noun, m, &w.lower, w.rel(m.span)) } else { (None, false) };
    // An age ("48-year-old", "30 years old") is not a span of time in the story: "30 years"
    // in office and a "48-year-old" worker must never be compared.
    match measure {
        Some(_) if !known && q.kind == FigureKind::Duration && is_age(text, para, m) => {
            Some(MeasureKey::Age(q.unit.clone().unwrap_or_default()))
        }
        other => other,
    }
}

/// The measure of a figure: the knowledge measure whose cue is nearest, else a key from noun and
/// cue; and whether the knowledge knows it.
///
/// Cues are found as substrings of the lowercased window with ASCII word boundaries, not as
/// tokens: a cue matches inside a hyphenated word ("pre-deployed"), beside a non-ASCII letter,
/// and as a phrase only across one space ("death toll"), and its distance is counted in bytes;
/// matching tokens would change which cue is nearest.
fn measure_of(
    k: &Knowledge,
    noun: Option<&str>,
    m: &NumberMatch,
    lower: &str,
    rel: std::ops::Range<usize>,
) -> (Option<MeasureKey>, bool) {
    let noun = noun.map(str::to_lowercase);
    let mut best: Option<(usize, usize)> = None; // (distance, measure)
    if let Some(n) = &noun {
        for (mi, measure) in k.measures.iter().enumerate() {
            if !measure.nouns.iter().any(|x| x == n) {
                continue;
            }
            for cue in &measure.cues {
                for (pos, _) in lower.match_indices(cue.as_str()) {
                    let boundary_ok = (pos == 0 || !lower.as_bytes()[pos - 1].is_ascii_alphanumeric())
                        && lower.as_bytes().get(pos + cue.len()).is_none_or(|b| !b.is_ascii_alphanumeric());
                    if !boundary_ok {
                        continue;
                    }
                    let d = if pos + cue.len() <= rel.start {
                        rel.start - (pos + cue.len())
                    } else {
                        pos.saturating_sub(rel.end)
                    };
                    if best.is_none_or(|(bd, _)| d < bd) {
                        best = Some((d, mi));
                    }
                }
            }
        }
    }
    // The cue must be near the figure: a cue at the far end of a long sentence is about something else.
    if let Some((_, mi)) = best.filter(|(d, _)| *d <= MAX_CUE_DISTANCE) {
        return (Some(MeasureKey::Known(k.measures[mi].id.clone())), true);
    }
    let key = match (m.quantity.kind, &m.quantity.unit) {
        (FigureKind::Percent, _) => Some(MeasureKey::Percent(noun.map(|n| singular(&n)))),
        (FigureKind::Money, Some(currency)) => Some(MeasureKey::Money(currency.clone())),
        (FigureKind::Duration, Some(unit)) => Some(MeasureKey::Duration(unit.clone())),
        _ => noun.map(|n| MeasureKey::Count(singular(&n))),
    };
    (key, false)
}

/// A plural noun's singular, for keys ("staffers" and "staffer" count the same).
fn singular(w: &str) -> String {
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        w[..w.len() - 1].to_string()
    } else {
        w.to_string()
    }
}

/// Whether a duration is someone's age: "48-year-old", "30 years old", "aged 5 to 14 years",
/// "children younger than 12 years".
fn is_age(text: &str, para: &[Tok<'_>], m: &NumberMatch) -> bool {
    let written = text[m.span.start..m.span.end].to_ascii_lowercase();
    let next = tokens_between(text, para, m.span.end, (m.span.end + 20).min(text.len()));
    if written.ends_with("old") || next.first().is_some_and(|t| t.is_word("old") || t.text.starts_with("-old")) {
        return true;
    }
    let prev = tokens_between(text, para, char_floor(text, m.span.start.saturating_sub(30)), m.span.start);
    let last = |k: usize| prev.len().checked_sub(k).and_then(|i| prev.get(i));
    last(1).is_some_and(|t| t.is_word("aged") || t.is_word("age") || t.is_word("ages"))
        || last(1).is_some_and(|t| t.is_word("than"))
            && last(2).is_some_and(|t| t.is_word("younger") || t.is_word("older"))
}
