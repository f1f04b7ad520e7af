//! What every part of the number reader works on: a paragraph's tokens, the text they point into
//! and the currencies the knowledge names ([`Reader`]); the numeral its parts build together
//! ([`Atom`], from a [`Part`] read at its first token); and what the reader yields
//! ([`NumberMatch`]).
//!
//! The parts are free functions over a `&Reader`, each in the file named after what it reads, so
//! that which part uses which is written in their imports.

use crate::claim::Quantity;
use crate::document::Span;
use crate::knowledge::currency::Currencies;
use crate::text::token::{Tok, TokKind};
use std::borrow::Cow;

/// A number found in text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct NumberMatch {
    pub span: Span,
    /// What it says; its unit is a currency code, "percent", the time unit of a duration, or
    /// "times" for a multiplier.
    pub quantity: Quantity,
    /// Byte offset where the counted noun may start.
    pub after: usize,
}

impl NumberMatch {
    /// A match whose counted noun may start right after it.
    pub(super) fn ending(span: Span, quantity: Quantity) -> NumberMatch {
        NumberMatch { span, quantity, after: span.end }
    }
}

/// A parsed numeral before qualifiers and ranges.
#[derive(Clone, Debug)]
pub(super) struct Atom<'r> {
    pub value: f64,
    /// Index of the first token after the numeral.
    pub next: usize,
    pub currency: Option<&'r str>,
    pub percent: bool,
    pub scaled: bool,
    pub spelled: bool,
    /// "tens of thousands": an interval.
    pub vague: Option<(f64, f64)>,
    pub duration: Option<&'static str>,
    pub ordinal: bool,
    pub year_like: bool,
    /// "a couple of": about two.
    pub about: bool,
}

impl Atom<'_> {
    /// A numeral of `value` ending before token `next`, with nothing else known of it.
    pub(super) fn new(value: f64, next: usize) -> Self {
        Atom {
            value,
            next,
            currency: None,
            percent: false,
            scaled: false,
            spelled: false,
            vague: None,
            duration: None,
            ordinal: false,
            year_like: false,
            about: false,
        }
    }
}

/// What the reader of a numeral's first tokens (digits or words) found.
pub(super) enum Read<'r> {
    /// A whole numeral, read no further ("21st", "two-thirds", "one-day").
    Whole(Atom<'r>),
    /// The value of the first tokens, which a scale, exponent or fraction may follow.
    Part(Part),
}

/// The value of a numeral's first tokens and how they were written.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Part {
    pub value: f64,
    /// Index of the first token after them.
    pub next: usize,
    pub spelled: bool,
    pub vague: Option<(f64, f64)>,
    /// Four digits that may be a year.
    pub year_like: bool,
    /// A fraction in words ("three quarters"), which "of a million" may scale.
    pub fraction: bool,
    /// "a couple of".
    pub about: bool,
}

impl Part {
    /// A value spelled in words.
    pub(super) fn spelled(value: f64, next: usize) -> Part {
        Part { value, next, spelled: true, ..Part::default() }
    }
}

/// The tokens of one paragraph, the text they point into, and the currencies the knowledge names.
#[derive(Clone, Copy)]
pub(super) struct Reader<'r, 'a> {
    pub toks: &'r [Tok<'a>],
    /// The text the tokens' spans point into (to tell "40 000" from "40\n000").
    pub text: &'a str,
    pub money: &'r Currencies,
}

impl<'r, 'a> Reader<'r, 'a> {
    pub(super) fn tok(&self, i: usize) -> Option<&'r Tok<'a>> {
        self.toks.get(i)
    }

    /// The token at `i` in lower case, if it is a word.
    pub(super) fn word(&self, i: usize) -> Option<Cow<'a, str>> {
        self.tok(i).filter(|t| t.kind == TokKind::Word).map(Tok::lower)
    }

    /// Whether the token at `i` is `w`, in any case.
    pub(super) fn is(&self, i: usize, w: &str) -> bool {
        self.tok(i).is_some_and(|t| t.text.eq_ignore_ascii_case(w))
    }

    /// The same reader over the tokens before `end` only.
    pub(super) fn before(&self, end: usize) -> Reader<'r, 'a> {
        Reader { toks: &self.toks[..end], ..*self }
    }
}

/// Whether a token is a dash: hyphen, en dash or em dash.
pub(super) fn is_dash(text: &str) -> bool {
    matches!(text, "-" | "–" | "—")
}

/// Rounds away binary noise from scaling ("16.4 million" is 16400000, not 16399999.999999998).
pub(super) fn tidy(v: f64) -> f64 {
    format!("{v:.12e}").parse().unwrap_or(v)
}
