//! The calendar's words: months, days of the week and feasts.

/// English month names, in order.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// English day names.
pub(crate) const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Feasts and holidays: "ahead of the Christmas holiday" names a time, not a place.
pub(crate) const HOLIDAYS: &[&str] =
    &["christmas", "easter", "thanksgiving", "ramadan", "hanukkah", "halloween", "passover", "eid", "diwali", "lent"];

/// Month abbreviations other than a month's first three letters, with the month's number.
pub(crate) const MONTH_ABBREVIATIONS: &[(&str, u8)] = &[("sept", 9)];

/// The month number of an English month name or its abbreviation (its first three letters, or
/// one of [`MONTH_ABBREVIATIONS`]).
pub(crate) fn month_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if let Some((_, n)) = MONTH_ABBREVIATIONS.iter().find(|(a, _)| *a == w) {
        return Some(*n);
    }
    MONTHS.iter().position(|m| *m == w || (w.len() == 3 && m.starts_with(w.as_str()))).map(|i| i as u8 + 1)
}

/// A regular expression for a month as a dateline writes it, capitalised, from [`MONTHS`] and
/// [`MONTH_ABBREVIATIONS`]: "January" or "Jan", "Sept", then an optional dot.
pub(crate) fn month_pattern() -> String {
    let capital = |w: &str| w[..1].to_uppercase() + &w[1..];
    let mut alternatives = Vec::new();
    for (i, m) in MONTHS.iter().enumerate() {
        let (abbreviation, rest) = m.split_at(3);
        alternatives.push(if rest.is_empty() {
            capital(abbreviation)
        } else {
            format!("{}(?:{rest})?", capital(abbreviation))
        });
        let others = MONTH_ABBREVIATIONS.iter().filter(|(_, n)| usize::from(*n) == i + 1);
        alternatives.extend(others.map(|(a, _)| capital(a)));
    }
    format!(r"(?:{})\.?", alternatives.join("|"))
}

/// Whether a word (any case) is a month, a day or a holiday: they follow "on", "in", "of" and "at"
/// as places do ("in March", "at Easter").
pub(crate) fn is_calendar_word(w: &str) -> bool {
    MONTHS.iter().chain(&WEEKDAYS).chain(HOLIDAYS).any(|c| w.eq_ignore_ascii_case(c))
}

#[cfg(test)]
mod tests {
    use super::month_number;

    /// The dateline's month pattern reads every spelling [`month_number`] reads, capitalised.
    #[test]
    fn month_pattern_reads_the_months() {
        let re = regex::Regex::new(&format!("^{}$", super::month_pattern())).expect("a valid pattern");
        for w in ["January", "Jan", "Jan.", "May", "June", "Jun", "Sept", "Sept.", "Sep", "September", "Dec."] {
            assert!(re.is_match(w) && month_number(w).is_some(), "{w}");
        }
        for w in ["Janu", "Ma", "Septe", "june", "Mayo"] {
            assert!(!re.is_match(w), "{w}");
        }
    }

    #[test]
    fn month_names() {
        assert_eq!(month_number("Dec."), Some(12));
        assert_eq!(month_number("Sept"), Some(9));
        assert_eq!(month_number("march"), Some(3));
        assert_eq!(month_number("ma"), None);
    }
}
