//! The JSON shapes, shared by `--json` and `--jsonl`.

use arabic_text::{
    DateKind, DateMatch, Publication, PublicationSource, Removal, RemovalKind, Weekday,
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

fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "monday",
        Weekday::Tuesday => "tuesday",
        Weekday::Wednesday => "wednesday",
        Weekday::Thursday => "thursday",
        Weekday::Friday => "friday",
        Weekday::Saturday => "saturday",
        Weekday::Sunday => "sunday",
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

pub(super) fn removals_json(chars: &CharIndex<'_>, removals: &[Removal]) -> Value {
    removals
        .iter()
        .map(|r| {
            json!({
                "start": r.removed.start,
                "end": r.removed.end,
                "char_start": chars.at(r.removed.start),
                "char_end": chars.at(r.removed.end),
                "kept_start": r.kept.start,
                "kept_end": r.kept.end,
                "kept_char_start": chars.at(r.kept.start),
                "kept_char_end": chars.at(r.kept.end),
                "kind": removal_kind(r.kind),
            })
        })
        .collect()
}

pub(super) fn dates_json(chars: &CharIndex<'_>, dates: &[DateMatch]) -> Value {
    dates
        .iter()
        .map(|d| {
            json!({
                "text": chars.text().get(d.span.range()).unwrap_or_default(),
                "start": d.span.start,
                "end": d.span.end,
                "char_start": chars.at(d.span.start),
                "char_end": chars.at(d.span.end),
                "value": d.value.to_string(),
                "kind": date_kind(d.kind),
                "weekday": d.weekday.map(weekday_name),
                "weekday_matches": d.weekday_matches,
            })
        })
        .collect()
}

pub(super) fn published_json(chars: &CharIndex<'_>, published: Option<&Publication>) -> Value {
    match published {
        None => Value::Null,
        Some(p) => json!({
            "date": p.date.to_string(),
            "source": source_name(p.source),
            "start": p.span.map(|s| s.start),
            "end": p.span.map(|s| s.end),
            "char_start": p.span.map(|s| chars.at(s.start)),
            "char_end": p.span.map(|s| chars.at(s.end)),
        }),
    }
}
