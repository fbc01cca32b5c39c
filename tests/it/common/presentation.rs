//! Text as a PDF extraction gives it: every Arabic letter that has one in its isolated
//! presentation form. The forms are found through compatibility decomposition, so from
//! Unicode's own data, not from a table of the crate.

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

/// `text` with each Arabic letter replaced by its isolated presentation form.
pub fn in_presentation_forms(text: &str) -> String {
    static FORMS: OnceLock<HashMap<char, char>> = OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        let mut forms = HashMap::new();
        for cp in (0xFE70..=0xFEFC).chain(0xFB50..=0xFBFF) {
            let Some(form) = char::from_u32(cp) else {
                continue;
            };
            let mut base = std::iter::once(form).nfkc();
            if let (Some(letter), None) = (base.next(), base.next()) {
                if letter != form && ('\u{0621}'..='\u{06FF}').contains(&letter) {
                    forms.entry(letter).or_insert(form);
                }
            }
        }
        forms
    });
    text.chars()
        .map(|c| forms.get(&c).copied().unwrap_or(c))
        .collect()
}
