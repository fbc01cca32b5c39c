//! Strings across the boundary as UTF-16, for the batch functions.
//!
//! CPython stores a string one, two or four bytes per character (two for Arabic text), so
//! its own UTF-16 codec copies a string out, and a new one in, at about memory speed,
//! where UTF-8 takes an encoder on the way in and a decoder on the way out, both with the
//! GIL held. The conversions between UTF-16 and the UTF-8 the crate works on are done
//! here instead, on every core, without the GIL.

use std::os::raw::c_int;

use pyo3::exceptions::PyTypeError;
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

/// The byte order mark CPython's UTF-16 encoder writes first, in native order.
const BOM: u16 = 0xFEFF;

/// A string's UTF-16 in native order, with the byte order mark CPython writes before it.
/// A lone surrogate raises `UnicodeEncodeError`, as UTF-8 does.
pub(crate) fn utf16_of<'py>(text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyBytes>> {
    if !text.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "expected str, got {}",
            text.get_type().name()?
        )));
    }
    // SAFETY: `text` is a live `str`; the call returns a new reference, or NULL with an
    // exception set, which `from_owned_ptr_or_err` turns into the error.
    let encoded = unsafe {
        Bound::from_owned_ptr_or_err(text.py(), ffi::PyUnicode_AsUTF16String(text.as_ptr()))?
    };
    Ok(encoded.downcast_into::<PyBytes>()?)
}

/// The UTF-8 of what [`utf16_of`] wrote (its byte order mark skipped). Each code unit
/// of the Basic Multilingual Plane is written as four bytes at once, its one to three
/// bytes of UTF-8 first, and the write position moves by its length: no branch on the
/// length, which changes at every space of Arabic text. Surrogates take a slower path.
pub(crate) fn to_utf8(bytes: &[u8]) -> String {
    let mut units = bytes
        .chunks_exact(2)
        .map(|pair| u16::from_ne_bytes([pair[0], pair[1]]))
        .peekable();
    if units.peek() == Some(&BOM) {
        units.next();
    }
    // Three bytes a unit at most, and room for the last four-byte write.
    let mut out = vec![0u8; bytes.len() / 2 * 3 + 4];
    let mut at = 0;
    while let Some(unit) = units.next() {
        let c = u32::from(unit);
        if c & 0xF800 == 0xD800 {
            // A surrogate pair (CPython's encoder refused lone surrogates; one would be
            // written as U+FFFD).
            let low = units
                .peek()
                .copied()
                .filter(|low| (0xDC00..0xE000).contains(low));
            let scalar = match (c < 0xDC00, low) {
                (true, Some(low)) => {
                    units.next();
                    0x10000 + ((c - 0xD800) << 10) + (u32::from(low) - 0xDC00)
                }
                _ => 0xFFFD,
            };
            let mut buf = [0; 4];
            let written = char::from_u32(scalar)
                .unwrap_or(char::REPLACEMENT_CHARACTER)
                .encode_utf8(&mut buf)
                .len();
            if let Some(slot) = out.get_mut(at..at + 4) {
                slot.copy_from_slice(&buf);
            }
            at += written;
            continue;
        }
        let one = c;
        let two = (0xC0 | c >> 6) | (0x80 | (c & 0x3F)) << 8;
        let three = (0xE0 | c >> 12) | (0x80 | ((c >> 6) & 0x3F)) << 8 | (0x80 | (c & 0x3F)) << 16;
        let (encoded, len) = if c < 0x80 {
            (one, 1)
        } else if c < 0x800 {
            (two, 2)
        } else {
            (three, 3)
        };
        if let Some(slot) = out.get_mut(at..at + 4) {
            slot.copy_from_slice(&encoded.to_le_bytes());
        }
        at += len;
    }
    out.truncate(at);
    // SAFETY: every code unit was written above as the UTF-8 of one character (a
    // surrogate pair as the character it stands for, anything else unpaired as U+FFFD),
    // each write whole and each next one starting where it ended.
    unsafe { String::from_utf8_unchecked(out) }
}

/// `text` as UTF-16 in native order: each character read from four bytes at once where
/// there are four.
pub(crate) fn to_utf16(text: &str) -> Vec<u16> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(window) = bytes.get(i..i + 4) {
        let word = u32::from_le_bytes([window[0], window[1], window[2], window[3]]);
        let lead = word & 0xFF;
        let (c, len) = if lead < 0x80 {
            (lead, 1)
        } else if lead < 0xE0 {
            ((lead & 0x1F) << 6 | (word >> 8) & 0x3F, 2)
        } else if lead < 0xF0 {
            (
                (lead & 0x0F) << 12 | ((word >> 8) & 0x3F) << 6 | (word >> 16) & 0x3F,
                3,
            )
        } else {
            let c = ((lead & 0x07) << 18
                | ((word >> 8) & 0x3F) << 12
                | ((word >> 16) & 0x3F) << 6
                | (word >> 24) & 0x3F)
                - 0x10000;
            out.extend_from_slice(&[0xD800 | (c >> 10) as u16, 0xDC00 | (c & 0x3FF) as u16]);
            i += 4;
            continue;
        };
        out.push(c as u16);
        i += len;
    }
    // The last three bytes or fewer.
    out.extend(text.get(i..).unwrap_or_default().encode_utf16());
    out
}

/// A new Python string from UTF-16 in native order (from [`to_utf16`]: valid).
pub(crate) fn py_string<'py>(py: Python<'py>, units: &[u16]) -> PyResult<Bound<'py, PyAny>> {
    let mut order: c_int = if cfg!(target_endian = "little") {
        -1
    } else {
        1
    };
    let size = ffi::Py_ssize_t::try_from(units.len() * 2)
        .map_err(|_| pyo3::exceptions::PyOverflowError::new_err("text too long"))?;
    // SAFETY: the pointer and the size describe `units`, alive for the call; a NULL
    // `errors` means strict; the call returns a new reference, or NULL with an exception
    // set.
    unsafe {
        Bound::from_owned_ptr_or_err(
            py,
            ffi::PyUnicode_DecodeUTF16(units.as_ptr().cast(), size, std::ptr::null(), &mut order),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_round_trips_through_utf8() {
        for text in [
            "",
            "نُشِرَ في ١٧ دجنبر 2014",
            "😀 a\u{FEFF}b",
            "\u{FEFF}lead",
            "é€\u{10FFFF}",
        ] {
            let units = to_utf16(text);
            assert_eq!(units, text.encode_utf16().collect::<Vec<u16>>());
            let mut bytes: Vec<u8> = BOM.to_ne_bytes().to_vec();
            bytes.extend(units.iter().flat_map(|u| u.to_ne_bytes()));
            assert_eq!(to_utf8(&bytes), text);
        }
    }
}
