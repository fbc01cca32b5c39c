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

/// The code-point offsets of the byte offsets of one text, for the languages whose string
/// indices count characters (Python): `text[start:end]` there is `&text[span]` here. Built
/// once per text (one count per 256 bytes); each lookup then reads at most 255 bytes.
///
/// # Examples
///
/// ```
/// use arabic_text::CodePoints;
///
/// let text = "نشر في 17 دجنبر 2014";
/// let date = arabic_text::find_dates(text).next().unwrap();
/// let chars = CodePoints::new(text);
/// assert_eq!(chars.span(date.span), 7..20);
/// let python_slice: String = text.chars().skip(7).take(13).collect();
/// assert_eq!(python_slice, &text[date.span]);
/// ```
#[derive(Clone, Debug)]
pub struct CodePoints<'t> {
    text: &'t str,
    /// Characters before each block of [`CODE_POINT_BLOCK`] bytes.
    before_block: alloc::vec::Vec<usize>,
}

/// The bytes a [`CodePoints`] counts at once.
const CODE_POINT_BLOCK: usize = 256;

/// The characters of UTF-8 bytes: those that are not continuation bytes.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl<'t> CodePoints<'t> {
    /// The offsets of `text`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(arabic_text::CodePoints::new("أب").at(4), 2);
    /// ```
    #[must_use]
    pub fn new(text: &'t str) -> Self {
        let mut before_block = alloc::vec::Vec::with_capacity(text.len() / CODE_POINT_BLOCK + 1);
        let mut chars = 0;
        for block in text.as_bytes().chunks(CODE_POINT_BLOCK) {
            before_block.push(chars);
            chars += count_chars(block);
        }
        CodePoints { text, before_block }
    }

    /// The characters before byte `offset` (clamped to the text; inside a character, the
    /// characters before it).
    ///
    /// # Examples
    ///
    /// ```
    /// let chars = arabic_text::CodePoints::new("ab نص");
    /// assert_eq!((chars.at(3), chars.at(5), chars.at(100)), (3, 4, 5));
    /// ```
    #[must_use]
    pub fn at(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        let block = offset / CODE_POINT_BLOCK;
        let from = block * CODE_POINT_BLOCK;
        self.before_block.get(block).copied().unwrap_or(0)
            + count_chars(self.text.as_bytes().get(from..offset).unwrap_or_default())
    }

    /// A span in code points.
    ///
    /// # Examples
    ///
    /// ```
    /// use arabic_text::{CodePoints, Span};
    ///
    /// assert_eq!(CodePoints::new("في نص").span(Span::new(5, 9)), 3..5);
    /// ```
    #[must_use]
    pub fn span(&self, span: Span) -> Range<usize> {
        self.at(span.start)..self.at(span.end)
    }

    /// The text the offsets are of.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(arabic_text::CodePoints::new("نص").text(), "نص");
    /// ```
    #[must_use]
    pub fn text(&self) -> &'t str {
        self.text
    }
}
