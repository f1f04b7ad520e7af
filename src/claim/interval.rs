//! The interval of values a figure allows, after its qualifier and rounding.
//!
//! "about 4,500" allows roughly 4,050–4,950, so it agrees with "4,000 to 4,500"; "more than 26,000"
//! allows everything from 26,000 up, so it agrees with "more than 29,000". A round figure ("80,000")
//! is a rounded one, and gets a little room too.

use crate::claim::{Qualifier, Quantity};

/// Closed interval; `f64::INFINITY` for an open top.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Interval {
    pub lo: f64,
    pub hi: f64,
}

impl Interval {
    pub(crate) fn overlaps(self, o: Interval) -> bool {
        self.lo <= o.hi && o.lo <= self.hi
    }
}

/// Relative room for "about", "around", "some".
const ABOUT: f64 = 0.10;
/// Relative room for a round number stated exactly.
const ROUND: f64 = 0.025;

/// The interval a figure's quantity allows; `tolerance` widens every bound by that fraction.
pub(crate) fn interval(f: &Quantity, tolerance: f64) -> Option<Interval> {
    let widen = |lo: f64, hi: f64, r: f64| Interval { lo: lo - lo.abs() * r, hi: hi + hi.abs() * r };
    let iv = match (f.value, f.low, f.high) {
        (_, Some(lo), Some(hi)) => widen(lo, hi, tolerance),
        (_, Some(lo), None) => Interval { lo: lo - lo.abs() * tolerance, hi: f64::INFINITY },
        (_, None, Some(hi)) => Interval { lo: 0.0, hi: hi + hi.abs() * tolerance },
        (Some(v), None, None) => match f.qualifier {
            Qualifier::MoreThan | Qualifier::AtLeast => Interval { lo: v - v.abs() * tolerance, hi: f64::INFINITY },
            Qualifier::LessThan | Qualifier::UpTo => Interval { lo: 0.0, hi: v + v.abs() * tolerance },
            Qualifier::About | Qualifier::Vague => widen(v, v, ABOUT + tolerance),
            Qualifier::Nearly => Interval { lo: v - v.abs() * (ABOUT + tolerance), hi: v + v.abs() * tolerance },
            Qualifier::Exact | Qualifier::Range => {
                let r = if is_round(v) { ROUND } else { 0.0 };
                widen(v, v, r + tolerance)
            }
        },
        (None, None, None) => return None,
    };
    Some(iv)
}

/// A number written with at least two trailing zeros ("80,000", "4,500" is not).
fn is_round(v: f64) -> bool {
    v >= 1000.0 && v.fract() == 0.0 && (v as i64) % 1000 == 0
}

/// The central value of a figure, for ordering ("more than 21,000" → 21,000).
pub(crate) fn point(f: &Quantity) -> Option<f64> {
    f.value.or(f.low).or(f.high)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::FigureKind;

    fn fig(value: Option<f64>, low: Option<f64>, high: Option<f64>, q: Qualifier) -> Quantity {
        Quantity { kind: FigureKind::Count, value, low, high, qualifier: q, unit: None }
    }

    #[test]
    fn agreement_table() {
        use Qualifier::*;
        let cases = [
            (fig(Some(4500.0), None, None, About), fig(None, Some(4000.0), Some(4500.0), Range), true),
            (fig(Some(26000.0), None, None, MoreThan), fig(Some(28000.0), None, None, MoreThan), true),
            (fig(Some(80000.0), None, None, Exact), fig(Some(80000.0), None, None, MoreThan), true),
            (fig(Some(80000.0), None, None, Exact), fig(Some(120000.0), None, None, Exact), false),
            (fig(Some(26000.0), None, None, Exact), fig(Some(28000.0), None, None, Exact), false),
            (fig(Some(37.0), None, None, Exact), fig(Some(48.0), None, None, Exact), false),
            (fig(Some(40.0), None, None, UpTo), fig(Some(12.0), None, None, Exact), true),
        ];
        for (a, b, agree) in cases {
            let (ia, ib) = (interval(&a, 0.0).expect("bounded"), interval(&b, 0.0).expect("bounded"));
            assert_eq!(ia.overlaps(ib), agree, "{ia:?} vs {ib:?}");
        }
    }
}
