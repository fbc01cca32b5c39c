//! The integration tests, one module per subject, linked as one binary.
//!
//! Kept apart in `tests/`: the tests that count allocations (`alloc.rs`, `date_alloc.rs`,
//! `adversarial.rs`, which install a counting global allocator) and the optional
//! features (`features.rs`, run with `--all-features`).

mod common;

mod auto_traits;
mod clean;
mod clean_properties;
#[cfg(feature = "cli")]
mod cli;
mod compat;
mod date_devset;
mod date_properties;
mod dates;
mod dedup;
mod dedup_properties;
mod determinism;
mod fuzz_regressions;
mod normalize_idempotence;
mod properties;
mod rules;
mod tables;
