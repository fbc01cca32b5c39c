//! The JSON shapes, shared by `--json` and `--jsonl`.

use arabic_text::{CodePoints, DateMatch, Publication, Removal, Span};
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------
// The JSON shapes, shared by --json and --jsonl

/// A span as the library's serde writes it (`start`, `end`), with its code-point
/// offsets (`char_start`, `char_end`).
pub(super) fn span_json(chars: &CodePoints<'_>, span: Span) -> Value {
    json!({
        "start": span.start,
        "end": span.end,
        "char_start": chars.at(span.start),
        "char_end": chars.at(span.end),
    })
}

/// A value as the library's serde writes it (the `serde` feature, which `cli` turns on).
fn serde_value(value: &impl serde::Serialize) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// The removals as the library's serde writes them, each span with its code-point offsets.
pub(super) fn removals_json(chars: &CodePoints<'_>, removals: &[Removal]) -> Value {
    removals
        .iter()
        .map(|r| {
            let mut value = serde_value(r);
            value["removed"] = span_json(chars, r.removed);
            value["kept"] = span_json(chars, r.kept);
            value
        })
        .collect()
}

/// The dates as the library's serde writes them, the span with its code-point offsets,
/// plus `text` (as written) and `iso` (the value as ISO 8601, as `DateValue` displays).
pub(super) fn dates_json(chars: &CodePoints<'_>, dates: &[DateMatch]) -> Value {
    dates
        .iter()
        .map(|d| {
            let mut value = serde_value(d);
            value["span"] = span_json(chars, d.span);
            value["text"] = Value::from(chars.text().get(d.span.range()).unwrap_or_default());
            value["iso"] = Value::from(d.value.to_string());
            value
        })
        .collect()
}

/// The publication date as the library's serde writes it, its span with its code-point
/// offsets, plus `iso`.
pub(super) fn published_json(chars: &CodePoints<'_>, published: Option<&Publication>) -> Value {
    match published {
        None => Value::Null,
        Some(p) => {
            let mut value = serde_value(p);
            if let Some(span) = p.span {
                value["span"] = span_json(chars, span);
            }
            value["iso"] = Value::from(p.date.to_string());
            value
        }
    }
}
