//! The main job on a page: the built-in sample (a Moroccan news page whose body is printed
//! twice) cleaned with [`arabic_text::Cleaner`], and what was done to it.
//!
//! ```text
//! cargo run --release --example clean
//! ```
//!
//! The installable command does the same and more (files, JSON, corpora of JSON Lines on
//! every core): `cargo install --path . --features cli`, then `arabic-text clean`.

use arabic_text::{Cleaner, RemovalKind};

#[path = "../src/bin/arabic-text/sample.rs"]
mod sample;

fn main() {
    let page = sample::SAMPLE_PAGE;
    let (cleaned, offsets) = Cleaner::new().clean_with_offsets(page);

    println!(
        "== the page, cleaned ({} bytes in, {} out)",
        page.len(),
        cleaned.text.len()
    );
    println!("{}", cleaned.text);

    println!("== removed");
    for removal in &cleaned.removals {
        let kind = match removal.kind {
            RemovalKind::RepeatedRun => "a repeated run of lines",
            RemovalKind::TitleEcho => "the title, echoed",
            RemovalKind::TruncatedCopy => "a truncated copy",
            RemovalKind::Teaser => "a teaser of the next paragraph",
            RemovalKind::WithinLine => "words repeated within a line",
            RemovalKind::ReflowedCopy => "lines printed again as one",
            _ => "a repeat",
        };
        println!(
            "{kind}: bytes {}..{} (the copy kept: {}..{})",
            removal.removed.start, removal.removed.end, removal.kept.start, removal.kept.end
        );
    }

    if let Some(published) = &cleaned.published {
        println!(
            "== published on {} ({:?})",
            published.date, published.source
        );
    }

    println!("== dates (value, kind, as written, and where it stands in the cleaned text)");
    for date in &cleaned.dates {
        let shown = offsets.output_span(date.span).map_or_else(
            || "removed".to_owned(),
            |s| format!("{}..{}", s.start, s.end),
        );
        println!(
            "{}  {:?}  «{}»  {shown}",
            date.value, date.kind, &page[date.span]
        );
    }
}
