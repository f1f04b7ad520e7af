//! Renderers: findings and extractions as text for people and as formats for machines.
//!
//! Every renderer returns a `String`; the binary writes it. Output is deterministic: findings come
//! sorted from the engine, and nothing is printed in hash-map order.

pub mod human;
pub mod json;
pub mod sarif;
pub mod short;
