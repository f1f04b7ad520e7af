//! Checks on quotes: quote-attribution (one quote, two speakers; one speaker, two names) and
//! quote-drift (one quote by one speaker, worded differently), with what they share.

mod attribution;
mod drift;

pub(crate) use attribution::QuoteAttribution;
pub(crate) use drift::QuoteDrift;

/// The first words of a quote, for messages.
pub(crate) fn shorten(q: &str) -> String {
    let words: Vec<&str> = q.split_whitespace().collect();
    if words.len() <= 10 {
        words.join(" ")
    } else {
        format!("{} …", words[..10].join(" "))
    }
}
