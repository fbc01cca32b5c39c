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

pub(super) fn removals_json(removals: &[Removal]) -> Value {
    removals
        .iter()
        .map(|r| {
            json!({
                "start": r.removed.start,
                "end": r.removed.end,
                "kept_start": r.kept.start,
                "kept_end": r.kept.end,
                "kind": removal_kind(r.kind),
            })
        })
        .collect()
}

pub(super) fn dates_json(text: &str, dates: &[DateMatch]) -> Value {
    dates
        .iter()
        .map(|d| {
            json!({
                "text": text.get(d.span.range()).unwrap_or_default(),
                "start": d.span.start,
                "end": d.span.end,
                "value": d.value.to_string(),
                "kind": date_kind(d.kind),
                "weekday": d.weekday.map(weekday_name),
                "weekday_matches": d.weekday_matches,
            })
        })
        .collect()
}

pub(super) fn published_json(published: Option<&Publication>) -> Value {
    match published {
        None => Value::Null,
        Some(p) => json!({
            "date": p.date.to_string(),
            "source": source_name(p.source),
            "start": p.span.as_ref().map(|s| s.start),
            "end": p.span.as_ref().map(|s| s.end),
        }),
    }
}
