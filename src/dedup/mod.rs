//! Repeated-block deduplication (documented at the crate root).

use crate::Span;
use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::ops::Range;
use document::{Document, keep_missing_final_break};
use key::{KeyScratch, build_key, fingerprint, line_words};
use rules::Marks;
use within_line::collapse_repeats;

mod document;
mod hash;
mod key;
mod rules;
#[cfg(test)]
mod tests;
mod within_line;

/// What a removal removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum RemovalKind {
    /// A run of lines repeating an earlier run.
    RepeatedRun,
    /// The title repeated in the first lines.
    TitleEcho,
    /// A later line that is the beginning of an earlier one (a teaser).
    TruncatedCopy,
    /// The second copy of words written twice in a row inside one line.
    WithinLine,
    /// A later line that is two or more consecutive earlier lines joined (a re-flowed
    /// copy of a paragraph).
    ReflowedCopy,
    /// A line that is the beginning of the next line, which is half again as long (an
    /// abstract cut from the first paragraph, printed before it): the copy that stays is
    /// the next line, after it.
    Teaser,
}

impl RemovalKind {
    /// Its name in snake case, as the command and the Python package write it.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(arabic_text::RemovalKind::RepeatedRun.name(), "repeated_run");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            RemovalKind::RepeatedRun => "repeated_run",
            RemovalKind::TitleEcho => "title_echo",
            RemovalKind::TruncatedCopy => "truncated_copy",
            RemovalKind::WithinLine => "within_line",
            RemovalKind::ReflowedCopy => "reflowed_copy",
            RemovalKind::Teaser => "teaser",
        }
    }
}

/// One removal: the bytes of the input that are dropped, and the earlier copy that stays.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Removal {
    /// The byte range of the input that is dropped (with the blank lines right before a
    /// removed line).
    pub removed: Span,
    /// The byte range of the earlier copy that stays.
    pub kept: Span,
    /// Which rule removed it.
    pub kind: RemovalKind,
}

/// Removes the repeated blocks of `text` with the default [`Deduper`].
///
/// Empty input gives empty output; a text with no repeated long line comes back borrowed,
/// whatever its script (text with no Arabic is compared the same way, case folded); any
/// input, however large, is handled in time about linear in its length.
///
/// # Examples
///
/// ```
/// use std::borrow::Cow;
///
/// let body = "أرست مجموعة العمل تصورا عاما حول مهامها وبرنامج عملها لمواجهة الظاهرة.";
/// let page = format!("العنوان\n{body}\n{body}\n");
/// assert_eq!(arabic_text::dedup(&page), format!("العنوان\n{body}\n"));
/// assert!(matches!(arabic_text::dedup("سطر واحد\n"), Cow::Borrowed(_)));
/// ```
#[must_use]
pub fn dedup(text: &str) -> Cow<'_, str> {
    Deduper::new().dedup(text)
}

/// What [`dedup`] would remove, in text order.
///
/// Empty input, and text with no repeated long line (with Arabic or not), give no
/// removals; any input, however large, is handled in time about linear in its length,
/// holding about 150 bytes per line and 200 per word of a long line.
///
/// # Examples
///
/// ```
/// use arabic_text::RemovalKind;
///
/// let line = "وأكد المسؤول أن البرنامج يهدف إلى دعم المقاولات الصغرى في الجهة.";
/// let text = format!("{line}\n{line}");
/// let removals = arabic_text::find_repeats(&text);
/// assert_eq!(removals.len(), 1);
/// assert_eq!(removals[0].kind, RemovalKind::RepeatedRun);
/// assert_eq!(&text[removals[0].kept], line);
/// ```
#[must_use]
pub fn find_repeats(text: &str) -> Vec<Removal> {
    Deduper::new().find_repeats(text)
}

/// A stable 64-bit fingerprint of a line's comparison key, so callers can find repeats
/// across documents in their own store. Two lines that [`dedup`] treats as equal have the
/// same fingerprint (a line that repeats words in a row is keyed as it reads without the
/// repeat); the value never changes between runs or versions of this major
/// release.
///
/// Empty input (or a line of only spaces and punctuation) gives the FNV-1a offset basis,
/// the fingerprint of the empty key; text with no Arabic is keyed the same way (case
/// folded, digits as ASCII); a huge line takes time linear in its length.
///
/// # Examples
///
/// ```
/// use arabic_text::line_fingerprint;
///
/// assert_eq!(line_fingerprint("نشر في: ١٧ دجنبر ٢٠١٤"), line_fingerprint("نشر في 17 دجنبر 2014"));
/// assert_ne!(line_fingerprint("17 دجنبر 2014"), line_fingerprint("17 شتنبر 2014"));
/// ```
#[must_use]
pub fn line_fingerprint(line: &str) -> u64 {
    let mut scratch = KeyScratch::default();
    let mut key = String::new();
    build_key(line, &mut scratch, &mut key);
    let KeyScratch { words, tandems, .. } = &mut scratch;
    collapse_repeats(&mut key, 0, words, Deduper::new().min_chars, tandems);
    fingerprint(&key)
}

/// Removes repeated blocks, with options.
///
/// # Examples
///
/// ```
/// use arabic_text::Deduper;
///
/// let line = "سطر قصير يتكرر";
/// let text = format!("العنوان\n{line}\n{line}\n");
/// // Short lines are kept unless the threshold is lowered.
/// assert_eq!(Deduper::new().dedup(&text), text);
/// assert_eq!(Deduper::new().min_chars(10).dedup(&text), format!("العنوان\n{line}\n"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
// A setting left out of the input keeps its default (settings added later included).
#[cfg_attr(feature = "serde", serde(default))]
#[must_use = "settings do nothing until used: each setter returns a new `Deduper`"]
pub struct Deduper {
    min_chars: usize,
    title_echo: bool,
    truncated: bool,
    within_line: bool,
    reflowed: bool,
    teasers: bool,
}

impl Default for Deduper {
    fn default() -> Self {
        Self::new()
    }
}

impl Deduper {
    /// Long lines from 50 key characters, every rule on.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(arabic_text::Deduper::new().dedup(""), "");
    /// ```
    pub const fn new() -> Self {
        Deduper {
            min_chars: 50,
            title_echo: true,
            truncated: true,
            within_line: true,
            reflowed: true,
            teasers: true,
        }
    }

    /// How many key characters make a line long (and a within-line repeat long enough).
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "العنوان\nاثنا عشر حرفا\nاثنا عشر حرفا";
    /// assert_eq!(arabic_text::Deduper::new().min_chars(5).dedup(text), "العنوان\nاثنا عشر حرفا");
    /// ```
    pub const fn min_chars(mut self, min_chars: usize) -> Self {
        self.min_chars = min_chars;
        self
    }

    /// Whether the title repeated in the next lines is removed.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "افتتاح المعرض الدولي للكتاب\nافتتاح المعرض الدولي للكتاب\nنص";
    /// assert_eq!(arabic_text::dedup(text), "افتتاح المعرض الدولي للكتاب\nنص");
    /// assert_eq!(arabic_text::Deduper::new().title_echo(false).dedup(text), text);
    /// ```
    pub const fn title_echo(mut self, on: bool) -> Self {
        self.title_echo = on;
        self
    }

    /// Whether a later truncated copy (a teaser) of an earlier line is removed.
    ///
    /// # Examples
    ///
    /// ```
    /// let full = "وأكد المسؤول أن البرنامج يهدف إلى دعم المقاولات الصغرى والمتوسطة في جهة الدار البيضاء سطات.";
    /// let teaser = "وأكد المسؤول أن البرنامج يهدف إلى دعم المقاولات الصغرى والمتوسطة...";
    /// let text = format!("{full}\n{teaser}");
    /// assert_eq!(arabic_text::dedup(&text), full);
    /// assert_eq!(arabic_text::Deduper::new().truncated_copies(false).dedup(&text), text);
    /// ```
    pub const fn truncated_copies(mut self, on: bool) -> Self {
        self.truncated = on;
        self
    }

    /// Whether a long line that is the beginning of the next line that stays, cut at a
    /// word boundary, goes when that line is at least half again as long (a teaser: an
    /// abstract cut from the first paragraph, printed before it). The full line holds
    /// every word of it, so this is the one rule that removes a first occurrence; the
    /// removal's kept copy is the line after it. The first line (the title) never goes.
    /// On by default: on the 10,161 pages of the Tunisian news corpus it removes 47
    /// abstracts and changes nothing else.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::Deduper;
    ///
    /// let teaser = "وأكد المسؤول أن البرنامج يهدف إلى دعم المقاولات الصغرى والمتوسطة";
    /// let full = format!("{teaser} في جهة الدار البيضاء سطات، ويشمل التكوين والتمويل والمواكبة.");
    /// let text = format!("العنوان\n{teaser}\n{full}");
    /// assert_eq!(arabic_text::dedup(&text), format!("العنوان\n{full}"));
    /// assert_eq!(Deduper::new().teasers(false).dedup(&text), text);
    /// ```
    pub const fn teasers(mut self, on: bool) -> Self {
        self.teasers = on;
        self
    }

    /// Whether a later long line that is two or more consecutive earlier lines joined (a
    /// paragraph re-flowed into one line, or its lines printed again as one) is removed.
    ///
    /// # Examples
    ///
    /// ```
    /// let a = "وأكد المسؤول أن البرنامج يهدف إلى دعم المقاولات الصغرى";
    /// let b = "والمتوسطة في جهة الدار البيضاء سطات.";
    /// let text = format!("{a}\n{b}\n{a} {b}\n");
    /// assert_eq!(arabic_text::dedup(&text), format!("{a}\n{b}\n"));
    /// assert_eq!(arabic_text::Deduper::new().reflowed_copies(false).dedup(&text), text);
    /// ```
    pub const fn reflowed_copies(mut self, on: bool) -> Self {
        self.reflowed = on;
        self
    }

    /// Whether words written twice in a row inside a line lose their second copy.
    ///
    /// # Examples
    ///
    /// ```
    /// let p = "أعلنت الوزارة عن إطلاق برنامج جديد لدعم المقاولات الصغرى.";
    /// let line = format!("{p} {p}");
    /// assert_eq!(arabic_text::dedup(&line), p);
    /// assert_eq!(arabic_text::Deduper::new().within_line(false).dedup(&line), line);
    /// ```
    pub const fn within_line(mut self, on: bool) -> Self {
        self.within_line = on;
        self
    }

    /// The least key length, in characters, of a line that counts as long
    /// ([`min_chars`](Self::min_chars)).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(arabic_text::Deduper::new().min_chars(30).get_min_chars(), 30);
    /// ```
    #[must_use]
    pub const fn get_min_chars(&self) -> usize {
        self.min_chars
    }

    /// Whether the title echo is removed ([`title_echo`](Self::title_echo)).
    ///
    /// # Examples
    ///
    /// ```
    /// let x = arabic_text::Deduper::new().title_echo(false);
    /// assert!(!x.get_title_echo());
    /// assert!(x.title_echo(true).get_title_echo());
    /// ```
    #[must_use]
    pub const fn get_title_echo(&self) -> bool {
        self.title_echo
    }

    /// Whether truncated copies are removed ([`truncated_copies`](Self::truncated_copies)).
    ///
    /// # Examples
    ///
    /// ```
    /// let x = arabic_text::Deduper::new().truncated_copies(false);
    /// assert!(!x.get_truncated_copies());
    /// assert!(x.truncated_copies(true).get_truncated_copies());
    /// ```
    #[must_use]
    pub const fn get_truncated_copies(&self) -> bool {
        self.truncated
    }

    /// Whether teasers are removed ([`teasers`](Self::teasers)).
    ///
    /// # Examples
    ///
    /// ```
    /// let x = arabic_text::Deduper::new().teasers(false);
    /// assert!(!x.get_teasers());
    /// assert!(x.teasers(true).get_teasers());
    /// ```
    #[must_use]
    pub const fn get_teasers(&self) -> bool {
        self.teasers
    }

    /// Whether re-flowed copies are removed ([`reflowed_copies`](Self::reflowed_copies)).
    ///
    /// # Examples
    ///
    /// ```
    /// let x = arabic_text::Deduper::new().reflowed_copies(false);
    /// assert!(!x.get_reflowed_copies());
    /// assert!(x.reflowed_copies(true).get_reflowed_copies());
    /// ```
    #[must_use]
    pub const fn get_reflowed_copies(&self) -> bool {
        self.reflowed
    }

    /// Whether within-line repeats are removed ([`within_line`](Self::within_line)).
    ///
    /// # Examples
    ///
    /// ```
    /// let x = arabic_text::Deduper::new().within_line(false);
    /// assert!(!x.get_within_line());
    /// assert!(x.within_line(true).get_within_line());
    /// ```
    #[must_use]
    pub const fn get_within_line(&self) -> bool {
        self.within_line
    }

    /// Removes the repeated blocks of `text`, borrowing it when nothing is removed.
    ///
    /// Empty input gives empty output; text with no repeated long line, with Arabic or not,
    /// comes back borrowed; any input, however large, takes time about linear in its length.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::borrow::Cow;
    ///
    /// let text = "سطر أول\nسطر ثان\n";
    /// assert!(matches!(arabic_text::Deduper::new().dedup(text), Cow::Borrowed(_)));
    /// ```
    #[must_use]
    pub fn dedup<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let removals = self.find_repeats(text);
        if removals.is_empty() {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        apply(text, &removals, &mut out);
        Cow::Owned(out)
    }

    /// Appends the deduplicated `text` to `out`.
    ///
    /// Empty input appends nothing; text with no repeat, with Arabic or not, is appended as
    /// it is; any input, however large, takes time about linear in its length.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut out = String::from("> ");
    /// let line = "وأكد المسؤول أن البرنامج يهدف إلى دعم المقاولات الصغرى في الجهة.";
    /// arabic_text::Deduper::new().dedup_into(&format!("{line}\n{line}"), &mut out);
    /// assert_eq!(out, format!("> {line}"));
    /// ```
    pub fn dedup_into(&self, text: &str, out: &mut String) {
        let removals = self.find_repeats(text);
        apply(text, &removals, out);
    }

    /// The removals, in text order, not overlapping; applying them to `text` gives
    /// [`dedup`](Self::dedup)'s output.
    ///
    /// Empty input, and text with no repeated long line (with Arabic or not), give no
    /// removals; any input, however large, takes time about linear in its length.
    ///
    /// # Examples
    ///
    /// ```
    /// let line = "وأكد المسؤول أن البرنامج يهدف إلى دعم المقاولات الصغرى في الجهة.";
    /// let text = format!("{line}\r\n\r\n{line}\r\n");
    /// let removals = arabic_text::Deduper::new().find_repeats(&text);
    /// assert_eq!(&text[removals[0].removed], format!("\r\n{line}\r\n"));
    /// ```
    #[must_use]
    pub fn find_repeats(&self, text: &str) -> Vec<Removal> {
        self.find_repeats_in(text, &Document::new(text, self.min_chars))
    }

    /// [`find_repeats`](Self::find_repeats) over `doc`, the document of `text`.
    fn find_repeats_in(&self, text: &str, doc: &Document<'_>) -> Vec<Removal> {
        let mut marks = Marks {
            removed: vec_of(false, doc.lines.len()),
            copy_of: vec_of_none(doc.lines.len()),
            removals: Vec::new(),
            reflowed: Vec::new(),
        };
        self.repeated_runs(doc, &mut marks);
        // Teasers before the title echo, whose window counts only the lines that stay.
        if self.truncated {
            self.truncated_rule(doc, &mut marks);
        }
        // Earlier teasers too: a teaser goes for the line that stays after it.
        if self.teasers {
            self.teaser_rule(doc, &mut marks);
        }
        if self.title_echo {
            self.title_echo_rule(doc, &mut marks);
        }
        // Last: its copy (several lines) must stay whole, and no rule after it may take
        // one of them.
        if self.reflowed {
            self.reflowed_rule(doc, &mut marks);
        }

        // Line removals, each with the blank lines before it, and the copy that stays.
        let mut result: Vec<Removal> = Vec::with_capacity(marks.removals.len());
        for (lines, copy, kind) in &marks.removals {
            // A re-flowed copy's lines are read as the output has them: lines removed
            // between them are no part of it.
            let gone = *kind != RemovalKind::ReflowedCopy
                && (copy.start..copy.end).any(|p| marks.removed.get(p).copied().unwrap_or(false));
            if !gone {
                let kept = doc.span_of(copy.clone());
                result.push(Removal {
                    removed: doc.removal_span(lines.clone()).into(),
                    kept: kept.into(),
                    kind: *kind,
                });
                continue;
            }
            // A later rule removed part of the copy (a teaser taken out as a truncated
            // copy): each line then goes with the line that stays for its own copy, as a
            // truncated copy when that line is the longer one the teaser began.
            let period = (copy.end - copy.start).max(1);
            for (k, line) in (lines.start..lines.end).enumerate() {
                // A copy removed as a re-flowed copy: this line reads like its lines joined
                // (or, a teaser, like their beginning).
                if let Some(joined) = marks.reflowed_copy_of(copy.start + k % period) {
                    let line_kind = match kind {
                        RemovalKind::TruncatedCopy => RemovalKind::TruncatedCopy,
                        _ => RemovalKind::ReflowedCopy,
                    };
                    result.push(Removal {
                        removed: doc.removal_span(line..line + 1).into(),
                        kept: doc.span_of(joined).into(),
                        kind: line_kind,
                    });
                    continue;
                }
                let stays = marks.resolve(copy.start + k % period);
                // The copy went as a teaser: the line reads against its full line, which
                // comes after it when the copy was right before it.
                let line_kind = if doc.same_key(stays, line) {
                    *kind
                } else if stays > line {
                    RemovalKind::Teaser
                } else {
                    RemovalKind::TruncatedCopy
                };
                result.push(Removal {
                    removed: doc.removal_span(line..line + 1).into(),
                    kept: doc.span_of(stays..stays + 1).into(),
                    kind: line_kind,
                });
            }
        }
        result.sort_by_key(|r| r.removed.start);
        keep_missing_final_break(text, &mut result);
        if self.within_line {
            let mut scratch = KeyScratch::default();
            for (position, line) in doc.lines.iter().enumerate() {
                // A line whose key has no repeat was found so when its words were hashed
                // (the same search on the same words).
                if !line.collapsed || marks.removed.get(position).copied().unwrap_or(true) {
                    continue;
                }
                // The words of the whole line (its key is that of the line without the
                // repeats), not written.
                let (info, _) = line_words(
                    text.get(line.content.clone()).unwrap_or_default(),
                    &mut scratch,
                );
                let KeyScratch { words, tandems, .. } = &mut scratch;
                within_line::within_line(
                    text,
                    line.content.clone(),
                    info.chars,
                    words,
                    self.min_chars,
                    tandems,
                    &mut result,
                );
            }
        }
        result.sort_by_key(|r| r.removed.start);
        result
    }
}

fn vec_of_none(len: usize) -> Vec<Option<usize>> {
    let mut v = Vec::with_capacity(len);
    v.resize(len, None);
    v
}

/// Lines removed (positions among the non-blank lines), the kept copy, the rule.
type LineRemoval = (Range<usize>, Range<usize>, RemovalKind);

fn vec_of(value: bool, len: usize) -> Vec<bool> {
    let mut v = Vec::with_capacity(len);
    v.resize(len, value);
    v
}

/// Applies sorted, non-overlapping removals.
pub(crate) fn apply(text: &str, removals: &[Removal], out: &mut String) {
    for (_, piece) in kept_pieces(text, removals) {
        out.push_str(piece);
    }
}

/// The non-empty pieces of `text` that `removals` (in text order, not overlapping) keep,
/// each with its byte offset.
pub(crate) fn kept_pieces<'t>(
    text: &'t str,
    removals: &'t [Removal],
) -> impl Iterator<Item = (usize, &'t str)> + 't {
    let mut at = 0;
    let mut next = 0;
    core::iter::from_fn(move || {
        loop {
            if at > text.len() {
                return None;
            }
            let end = removals.get(next).map_or(text.len(), |r| r.removed.start);
            let start = at;
            match removals.get(next) {
                Some(r) => at = r.removed.end.max(at),
                None => at = text.len() + 1,
            }
            next += 1;
            if end > start {
                if let Some(piece) = text.get(start..end) {
                    return Some((start, piece));
                }
            }
        }
    })
}
