//! [`Span`]: a byte range of a text that is `Copy`, for what the crate finds in a text.

use core::ops::{Index, Range};

/// A byte range of a text: where a date, a removed block, a kept copy or a publication
/// date stands. `Copy`, so a match is read and sliced without cloning; `str` is indexed by
/// it as by a `Range<usize>`, and it compares equal to the range with the same ends.
///
/// # Examples
///
/// ```
/// use arabic_text::Span;
///
/// let text = "نشر في 17 دجنبر 2014";
/// let date = arabic_text::find_dates(text).next().unwrap();
/// assert_eq!(&text[date.span], "17 دجنبر 2014");
/// assert_eq!(date.span, 12..text.len());
/// assert_eq!(date.span.len(), "17 دجنبر 2014".len());
/// let same: Span = (12..text.len()).into();
/// assert_eq!(same, date.span);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// The first byte.
    pub start: usize,
    /// The byte after the last.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(arabic_text::Span::new(2, 5), 2..5);
    /// ```
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The span as a `Range<usize>`, for the APIs that take one (`str::get`).
    ///
    /// # Examples
    ///
    /// ```
    /// let span = arabic_text::Span::new(0, 2);
    /// assert_eq!("ab c".get(span.range()), Some("ab"));
    /// ```
    #[must_use]
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Its length in bytes (0 when it is empty or reversed).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(arabic_text::Span::new(3, 7).len(), 4);
    /// ```
    #[must_use]
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether it holds no byte.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(arabic_text::Span::new(3, 3).is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Whether byte `offset` lies inside it.
    ///
    /// # Examples
    ///
    /// ```
    /// let span = arabic_text::Span::new(3, 7);
    /// assert!(span.contains(3) && !span.contains(7));
    /// ```
    #[must_use]
    pub const fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Self {
        Span::new(range.start, range.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Self {
        span.range()
    }
}

impl PartialEq<Range<usize>> for Span {
    fn eq(&self, other: &Range<usize>) -> bool {
        self.start == other.start && self.end == other.end
    }
}

impl PartialEq<Span> for Range<usize> {
    fn eq(&self, other: &Span) -> bool {
        other == self
    }
}

/// `&text[span]`, as `&text[span.start..span.end]`: the same panics on a span out of the
/// text or off its character boundaries (the crate's spans never are).
// Indexing is what this impl is: it keeps `str`'s own contract.
#[allow(clippy::indexing_slicing)]
impl Index<Span> for str {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

impl Index<Span> for alloc::string::String {
    type Output = str;

    #[allow(clippy::indexing_slicing)]
    fn index(&self, span: Span) -> &str {
        &self.as_str()[span]
    }
}
