//! Helpers shared by the test modules.

pub mod presentation;
pub mod reference;
