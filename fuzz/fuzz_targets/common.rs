//! Helpers shared by the fuzz targets.

use std::fmt::Write as _;

/// Code points outside printable ASCII as `\u{XXXX}`, for failure messages.
pub fn esc(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_graphic() || c == ' ' {
            out.push(c);
        } else {
            let _ = write!(out, "\\u{{{:04X}}}", c as u32);
        }
    }
    out
}
