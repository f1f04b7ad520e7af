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

/// The month number of an English month name or its abbreviation.
pub(crate) fn month_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() == 3 && m.starts_with(w.as_str())) || (w == "sept" && *m == "september"))
        .map(|i| i as u8 + 1)
}

/// Whether a word (any case) is a month, a day or a holiday: they follow "on", "in", "of" and "at"
/// as places do ("in March", "at Easter").
pub(crate) fn is_calendar_word(w: &str) -> bool {
    MONTHS.iter().chain(&WEEKDAYS).chain(HOLIDAYS).any(|c| w.eq_ignore_ascii_case(c))
}

#[cfg(test)]
mod tests {
    use super::month_number;

    #[test]
    fn month_names() {
        assert_eq!(month_number("Dec."), Some(12));
        assert_eq!(month_number("Sept"), Some(9));
        assert_eq!(month_number("march"), Some(3));
        assert_eq!(month_number("ma"), None);
    }
}
