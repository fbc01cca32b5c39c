//! Slicing where the caller knows the range is valid: checked in debug builds (so the
//! tests catch a broken invariant), empty in release builds rather than a panic (every
//! input is valid input: a bug costs output, never the process).

use core::ops::Range;

/// `text[range]`, `range` known to lie on char boundaries inside `text`.
#[inline(always)]
#[track_caller]
pub(crate) fn slice(text: &str, range: Range<usize>) -> &str {
    let part = text.get(range.clone());
    debug_assert!(
        part.is_some(),
        "{range:?} is not a char range of a text of {} bytes",
        text.len()
    );
    part.unwrap_or_default()
}

/// `text[from..]`, `from` known to be a char boundary of `text`.
#[inline(always)]
#[track_caller]
pub(crate) fn slice_from(text: &str, from: usize) -> &str {
    let part = text.get(from..);
    debug_assert!(
        part.is_some(),
        "{from} is not a char boundary of a text of {} bytes",
        text.len()
    );
    part.unwrap_or_default()
}

/// `text[..to]`, `to` known to be a char boundary of `text`.
#[inline(always)]
#[track_caller]
pub(crate) fn slice_to(text: &str, to: usize) -> &str {
    let part = text.get(..to);
    debug_assert!(
        part.is_some(),
        "{to} is not a char boundary of a text of {} bytes",
        text.len()
    );
    part.unwrap_or_default()
}

/// `items[..len]`, `len` known to be at most `items.len()`.
#[inline(always)]
#[track_caller]
pub(crate) fn prefix<T>(items: &[T], len: usize) -> &[T] {
    debug_assert!(len <= items.len(), "{len} items asked of {}", items.len());
    items.get(..len).unwrap_or_default()
}

/// `&mut items[..len]`, `len` known to be at most `items.len()`.
#[inline(always)]
#[track_caller]
pub(crate) fn prefix_mut<T>(items: &mut [T], len: usize) -> &mut [T] {
    debug_assert!(len <= items.len(), "{len} items asked of {}", items.len());
    items.get_mut(..len).unwrap_or_default()
}
