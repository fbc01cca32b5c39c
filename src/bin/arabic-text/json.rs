//! The JSON shapes, shared by `--json` and `--jsonl`.

use arabic_text::{
    DateKind, DateMatch, Publication, PublicationSource, Removal, RemovalKind, Span,
};
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------
// The JSON shapes, shared by --json and --jsonl

pub(super) fn removal_kind(kind: RemovalKind) -> &'static str {
    match kind {
        RemovalKind::RepeatedRun => "repeated_run",
        RemovalKind::TitleEcho => "title_echo",
        RemovalKind::TruncatedCopy => "truncated_copy",
        RemovalKind::WithinLine => "within_line",
        RemovalKind::ReflowedCopy => "reflowed_copy",
        RemovalKind::Teaser => "teaser",
        _ => "other",
    }
}

pub(super) fn date_kind(kind: DateKind) -> &'static str {
    match kind {
        DateKind::Absolute => "absolute",
        DateKind::RelativeResolved => "relative_resolved",
        DateKind::RelativeUnresolved => "relative_unresolved",
        DateKind::NamedEvent => "named_event",
        DateKind::Inferred => "inferred",
        _ => "other",
    }
}

pub(super) fn source_name(source: PublicationSource) -> &'static str {
    match source {
        PublicationSource::Byline => "byline",
        PublicationSource::DateLine => "date_line",
        PublicationSource::Given => "given",
        _ => "other",
    }
}

/// The code-point offsets of the byte offsets of one text, for the JSON spans: a span
/// gives both, because Python counts a string's characters where Rust counts bytes.
pub(super) struct CharIndex<'t> {
    text: &'t str,
    /// Characters before each block of [`CHAR_BLOCK`] bytes.
    before_block: Vec<usize>,
}

const CHAR_BLOCK: usize = 256;

impl<'t> CharIndex<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        let mut before_block = Vec::with_capacity(text.len() / CHAR_BLOCK + 1);
        let mut chars = 0;
        for block in text.as_bytes().chunks(CHAR_BLOCK) {
            before_block.push(chars);
            chars += block.iter().filter(|&&b| (b as i8) >= -0x40).count();
        }
        CharIndex { text, before_block }
    }

    /// The characters before byte `at` (a char boundary, at most the text's length).
    pub(super) fn at(&self, at: usize) -> usize {
        let at = at.min(self.text.len());
        let block = at / CHAR_BLOCK;
        let from = block * CHAR_BLOCK;
        self.before_block.get(block).copied().unwrap_or(0)
            + self.text.as_bytes()[from..at]
                .iter()
                .filter(|&&b| (b as i8) >= -0x40)
                .count()
    }

    pub(super) fn text(&self) -> &'t str {
        self.text
    }
}

/// A span as the library's serde writes it (`start`, `end`), with its code-point
/// offsets (`char_start`, `char_end`).
pub(super) fn span_json(chars: &CharIndex<'_>, span: Span) -> Value {
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
pub(super) fn removals_json(chars: &CharIndex<'_>, removals: &[Removal]) -> Value {
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
pub(super) fn dates_json(chars: &CharIndex<'_>, dates: &[DateMatch]) -> Value {
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
pub(super) fn published_json(chars: &CharIndex<'_>, published: Option<&Publication>) -> Value {
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
