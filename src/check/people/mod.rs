//! Checks on people: office-holder (an office the person did not hold; one exclusive office, two
//! people), name-variant (one person spelled two ways) and misspelled-name (a near miss of a known
//! or majority spelling).

mod misspelled;
mod office;
mod variant;

pub(crate) use misspelled::MisspelledName;
pub(crate) use office::OfficeHolder;
pub(crate) use variant::NameVariant;
