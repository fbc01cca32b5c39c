//! Helpers shared by the test modules.

pub mod presentation;
pub mod reference;

use proptest::test_runner::{Config as ProptestConfig, FileFailurePersistence};

/// `cases` cases, or `PROPTEST_CASES` when set (for a longer search), with failures saved
/// in `tests/proptest-regressions/{regressions}` (committed) and replayed first on every
/// run. The file is named here because proptest's default derives it from the source
/// file, and the property modules are folders now.
pub fn runner_config(cases: u32, regressions: &str) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    let path = format!(
        "{}/tests/proptest-regressions/{regressions}",
        env!("CARGO_MANIFEST_DIR")
    );
    ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(Box::leak(
            path.into_boxed_str(),
        )))),
        ..ProptestConfig::with_cases(cases)
    }
}
