//! Lengths of time: compounds ("1 hour and 45 minutes", "2 days, 3 hours", "1 hour thirty", "an
//! hour and a half") summed in their smallest unit, and fractional values restated in a finer
//! unit, so that "an hour and a half" and "90 minutes" are one figure.

use super::fraction;
use super::numeral::atom;
use super::reader::{tidy, NumberMatch, Reader};
use crate::text::token::TokKind;

/// Seconds in a time unit (a month is 30 days and a year 365, as calendars average out).
fn unit_seconds(u: &str) -> f64 {
    match u {
        "minutes" => 60.0,
        "hours" => 3600.0,
        "days" => 86400.0,
        "weeks" => 604800.0,
        "fortnights" => 1209600.0,
        "months" => 2592000.0,
        "years" => 31536000.0,
        "decades" => 315360000.0,
        "centuries" => 3153600000.0,
        _ => 1.0,
    }
}

/// How many `to` make one `from`. Calendar units convert through months ("4 years and 6 months"
/// is 54 months); the rest through seconds.
fn unit_ratio(from: &str, to: &str) -> f64 {
    let months = |u: &str| match u {
        "months" => Some(1.0),
        "years" => Some(12.0),
        "decades" => Some(120.0),
        "centuries" => Some(1200.0),
        _ => None,
    };
    match (months(from), months(to)) {
        (Some(a), Some(b)) => a / b,
        _ => unit_seconds(from) / unit_seconds(to),
    }
}

/// The unit a fractional clock duration is restated in: "1.5 hours" is 90 minutes, "half an hour"
/// 30. Calendar units stay as written ("17.5 months", "2.5 years" are how news counts them).
fn finer_unit(u: &str) -> Option<&'static str> {
    Some(match u {
        "hours" => "minutes",
        "minutes" => "seconds",
        _ => return None,
    })
}

/// Completes a duration ending before token `end_tok`: compounds are summed in their smallest
/// unit, and a fractional value is restated in a finer unit. Returns the new end token.
pub(super) fn compound(r: &Reader<'_, '_>, m: &mut NumberMatch, end_tok: usize) -> Option<usize> {
    let (mut v, mut u): (f64, String) = (m.quantity.value?, m.quantity.unit.clone()?);
    let mut e = end_tok;
    loop {
        let mut k = e;
        if r.is(k, ",") {
            k += 1;
        }
        if r.is(k, "and") {
            k += 1;
        }
        if let Some((f, e2)) = fraction::phrase(r, k).filter(|_| k > e && r.is(k - 1, "and")) {
            // "one hour and half"
            v += f;
            e = e2;
            break;
        }
        let Some(b) = atom(r, k) else { break };
        match b.duration {
            Some(bu) if unit_seconds(bu) < unit_seconds(&u) && b.value >= 0.0 => {
                v = v * unit_ratio(&u, bu) + b.value;
                u = bu.to_string();
                e = b.next;
            }
            // "1 hour thirty": minutes left unnamed at the end of a clause.
            None if u == "hours"
                && b.currency.is_none()
                && !b.percent
                && !b.ordinal
                && b.vague.is_none()
                && (1.0..60.0).contains(&b.value)
                && r.tok(b.next).is_none_or(|t| t.kind == TokKind::Sym) =>
            {
                v = v * 60.0 + b.value;
                u = "minutes".to_string();
                e = b.next;
                break;
            }
            _ => break,
        }
    }
    while v.fract().abs() > 1e-9 {
        let Some(f) = finer_unit(&u) else { break };
        v *= unit_ratio(&u, f);
        u = f.to_string();
    }
    m.quantity.value = Some(tidy(v));
    m.quantity.unit = Some(u);
    Some(e)
}
