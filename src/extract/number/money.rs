//! Sums of money: the currency written before an amount ("$", "US$", "C$", "USD 5", "Rs 300")
//! and the cents after a sum named in a currency ("eleven dollars and twenty-five cents", "15
//! dollars 50"). Which words, signs and letters name which currency is knowledge
//! (`rules/knowledge/currencies.yaml`), asked through the reader's [`Currencies`](crate::knowledge::currency::Currencies).

use super::cardinal;
use super::reader::{Atom, Reader};
use crate::text::token::TokKind;

/// The currency written before an amount at `i`, and the token the amount starts at.
pub(super) fn prefix<'r>(r: &Reader<'r, '_>, i: usize) -> (Option<&'r str>, usize) {
    let Some(t) = r.tok(i) else { return (None, i) };
    if t.kind != TokKind::Word {
        return match r.money.sign(t.text) {
            Some(c) => (Some(c), i + 1),
            None => (None, i),
        };
    }
    let (Some(code), Some(n)) = (r.money.letters(t.text), r.tok(i + 1)) else { return (None, i) };
    if n.glued && r.money.sign(n.text).is_some() {
        // "US$", "C$", and "Rs$" as copy sometimes has it.
        (Some(code), i + 2)
    } else if n.kind == TokKind::Num && r.money.abbreviation(t.text).is_some() {
        // "USD 5", "Rs 300"; the letters of a symbol alone are not ("US 5").
        (Some(code), i + 1)
    } else {
        (None, i)
    }
}

/// Money with its cents: "eleven dollars and twenty-five cents", "15 dollars 50", "12 USD 40".
pub(super) fn cents(r: &Reader<'_, '_>, a: &mut Atom<'_>) {
    if a.scaled || a.percent || a.value.fract() != 0.0 || a.value < 0.0 {
        return;
    }
    // No currency, or cents already ("64 cents 50" is no sum).
    if a.currency.is_none_or(|c| r.money.is_subunit(c)) {
        return;
    }
    // Only after a currency named after the amount ("15 dollars 50"): "between $5 and 10" is a range.
    let named = a.next > 0
        && r.tok(a.next - 1).is_some_and(|t| {
            r.money.word(&t.lower()).is_some() || (t.text.len() == 3 && r.money.letters(t.text).is_some())
        });
    if !named {
        return;
    }
    let mut k = a.next;
    if r.is(k, "and") {
        k += 1;
    }
    let Some(t) = r.tok(k) else { return };
    let (c, mut e) = if t.kind == TokKind::Num && t.text.len() <= 2 && t.text.bytes().all(|b| b.is_ascii_digit()) {
        (t.text.parse::<f64>().ok(), k + 1)
    } else if t.kind == TokKind::Word {
        match cardinal::spelled(r, k) {
            Some((v, e)) => (Some(v), e),
            None => (None, k),
        }
    } else {
        (None, k)
    };
    let Some(c) = c.filter(|c| *c < 100.0) else { return };
    if let Some(u) = r.tok(e).filter(|u| u.kind == TokKind::Word) {
        if !r.money.closes_hundredths(&u.lower(), u.glued) {
            return;
        }
        e += 1;
    } else if r.tok(e).is_some_and(|u| u.kind != TokKind::Sym || matches!(u.text, "%" | "$" | "€" | "£")) {
        // A word, a number or the sign of a figure of its own after them: "15 dollars 50 %" is
        // two figures.
        return;
    }
    a.value += c / 100.0;
    a.next = e;
}
