//! Decorations (tatweel, harakat, invisible marks) and the invariants they must keep.

use std::ops::Range;

use arabic_text::{DateFinder, DateKind, DateMatch};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use super::checks::{check_span, escape};
use super::vocabulary::is_arabic_letter;

// ---------------------------------------------------------------------------------------
// Decorations.
// ---------------------------------------------------------------------------------------

/// Pieces of a plain sentence: runs of word characters (letters, digits, marks) and the
/// gaps between them (white space and punctuation).
fn pieces(plain: &str) -> Vec<(bool, String)> {
    let mut out: Vec<(bool, String)> = Vec::new();
    for c in plain.chars() {
        let word = c.is_alphanumeric() || matches!(c, '\u{0640}' | '\u{064B}'..='\u{0652}');
        match out.last_mut() {
            Some((is_word, s)) if *is_word == word => s.push(c),
            _ => out.push((word, c.to_string())),
        }
    }
    out
}

/// The sentence with decorations, and for each of its bytes whether it is a decoration.
/// `choices` decides, byte by byte, what goes where.
fn decorate(plain: &str, choices: &[u8]) -> (String, Vec<bool>) {
    let mut choice = choices.iter().copied().cycle();
    let mut next = || choice.next().unwrap_or(0);
    let mut out = String::new();
    let mut flags = Vec::new();
    let mut push = |out: &mut String, s: &str, deco: bool| {
        out.push_str(s);
        flags.extend(std::iter::repeat_n(deco, s.len()));
    };
    const HARAKAT: &[&str] = &[
        "\u{064E}",
        "\u{064F}",
        "\u{0650}",
        "\u{0652}",
        "\u{0651}",
        "\u{0651}\u{064E}",
        "\u{064B}",
        "\u{064C}",
        "\u{064D}",
        "\u{0670}",
    ];
    const BETWEEN: &[&str] = &["\u{200F}", "\u{200E}", "\u{200C}", "\u{200F}\u{200E}"];
    let parts = pieces(plain);
    let last = parts.len();
    for (i, (is_word, s)) in parts.iter().enumerate() {
        if *is_word {
            let chars: Vec<char> = s.chars().collect();
            for (j, &c) in chars.iter().enumerate() {
                push(&mut out, c.encode_utf8(&mut [0; 4]), false);
                if !is_arabic_letter(c) {
                    continue;
                }
                let r = next();
                if r % 4 == 0 {
                    let h = HARAKAT[usize::from(r / 4) % HARAKAT.len()];
                    push(&mut out, h, true);
                }
                let inside = chars.get(j + 1).is_some_and(|&n| is_arabic_letter(n));
                let r = next();
                if inside && r % 5 == 0 {
                    push(
                        &mut out,
                        if r % 2 == 0 {
                            "\u{0640}"
                        } else {
                            "\u{0640}\u{0640}"
                        },
                        true,
                    );
                }
            }
            // An invisible mark glued to the end of a word, before a gap.
            let r = next();
            if i + 1 < last && r % 6 == 0 {
                push(&mut out, BETWEEN[usize::from(r / 6) % BETWEEN.len()], true);
            }
        } else {
            // Before, instead of nothing, or after the gap.
            let r = next();
            if i > 0 && r % 4 == 0 {
                push(&mut out, BETWEEN[usize::from(r / 4) % BETWEEN.len()], true);
            }
            push(&mut out, s, false);
            let r = next();
            if i + 1 < last && r % 4 == 0 {
                push(&mut out, BETWEEN[usize::from(r / 4) % BETWEEN.len()], true);
            }
        }
    }
    (out, flags)
}

/// The plain offset of a byte offset of the decorated text.
fn plain_offset(flags: &[bool], offset: usize) -> usize {
    flags.iter().take(offset).filter(|deco| !**deco).count()
}

/// A slice of the decorated text without its decorations.
fn strip(decorated: &str, flags: &[bool], span: Range<usize>) -> String {
    let bytes: Vec<u8> = decorated.as_bytes()[span.clone()]
        .iter()
        .zip(&flags[span])
        .filter(|(_, deco)| !**deco)
        .map(|(b, _)| *b)
        .collect();
    String::from_utf8(bytes).unwrap_or_default()
}

/// The same dates with spans that cover the decorated text.
pub(super) fn decoration_invariant(
    finder: &DateFinder,
    what: &str,
    plain: &str,
    choices: &[u8],
    require_some: bool,
) -> Result<(), TestCaseError> {
    let (decorated, flags) = decorate(plain, choices);
    prop_assert_eq!(strip(&decorated, &flags, 0..decorated.len()), plain);
    let want: Vec<DateMatch> = finder.find_iter(plain).collect();
    let got: Vec<DateMatch> = finder.find_iter(&decorated).collect();
    if require_some {
        prop_assert!(
            !want.is_empty(),
            "{}: no date in the plain sentence {:?} ({})",
            what,
            plain,
            escape(plain)
        );
    }
    let show = |found: &[DateMatch], text: &str| -> Vec<(String, String, DateKind)> {
        found
            .iter()
            .map(|m| {
                (
                    text.get(m.span.range()).unwrap_or("<bad span>").to_string(),
                    m.value.to_string(),
                    m.kind,
                )
            })
            .collect()
    };
    prop_assert_eq!(
        want.len(),
        got.len(),
        "{}: plain {:?} gives {:?}, decorated {:?} ({}) gives {:?}",
        what,
        plain,
        show(&want, plain),
        decorated,
        escape(&decorated),
        show(&got, &decorated)
    );
    for (w, g) in want.iter().zip(&got) {
        check_span(&g.span.range(), &decorated, what)?;
        let same = (
            w.value,
            w.kind,
            w.naming,
            w.weekday,
            w.weekday_matches,
            w.relative,
        ) == (
            g.value,
            g.kind,
            g.naming,
            g.weekday,
            g.weekday_matches,
            g.relative,
        );
        prop_assert!(
            same,
            "{}: plain {:?} gives {:?}, decorated {:?} ({}) gives {:?}",
            what,
            plain,
            w,
            decorated,
            escape(&decorated),
            g
        );
        let stripped = strip(&decorated, &flags, g.span.into());
        let mapped = plain_offset(&flags, g.span.start)..plain_offset(&flags, g.span.end);
        prop_assert!(
            stripped == plain[w.span] && mapped == w.span,
            "{}: plain span {:?} {:?}, decorated span {:?} {:?} is {:?} without decorations \
             (decorated text {})",
            what,
            w.span,
            &plain[w.span],
            g.span,
            &decorated[g.span],
            stripped,
            escape(&decorated)
        );
    }
    Ok(())
}

/// A decorated span neither starts with a mark that belongs to the letter before it nor
/// leaves out the marks of its last letter.
pub(super) fn no_orphan_marks(
    finder: &DateFinder,
    plain: &str,
    choices: &[u8],
) -> Result<(), TestCaseError> {
    let (decorated, _) = decorate(plain, choices);
    let is_mark = |c: char| matches!(c, '\u{0640}' | '\u{064B}'..='\u{0652}' | '\u{0670}');
    for m in finder.find_iter(&decorated) {
        let inside = &decorated[m.span];
        let after = decorated[m.span.end..].chars().next();
        let last = inside.chars().next_back();
        prop_assert!(
            !inside.starts_with(is_mark),
            "span {:?} {:?} starts with the mark of the letter before it (text {})",
            m.span,
            inside,
            escape(&decorated)
        );
        prop_assert!(
            !(after.is_some_and(is_mark)
                && last.is_some_and(|c| is_arabic_letter(c) || is_mark(c))),
            "span {:?} {:?} leaves out the marks of its last letter (text {})",
            m.span,
            inside,
            escape(&decorated)
        );
    }
    Ok(())
}
