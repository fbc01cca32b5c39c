"""Clean Arabic text as it really arrives: normalization, month-name dates, repeated-block
deduplication and page cleaning, with a Rust core. Spans are code-point indices."""

import datetime
from typing import Iterable, Optional, Sequence, Union

DateLike = Union[datetime.date, str]

def normalize(text: str, preset: str = "search") -> str:
    """`text` normalized with a preset: "search" (default), "clean", "lucene", "camel", "none".

    >>> normalize("نُشِرَ في: ١٧ دجنبـر ٢٠١٤")
    'نشر في: 17 دجنبر 2014'
    """

class Normalizer:
    """A preset and settings by name (`remove_tatweel=True`, `digits="ascii"`, `alef="all"`).

    >>> Normalizer("none", remove_tatweel=True).normalize("كشـ24")
    'كش24'
    """

    def __init__(self, preset: str = "search", **settings: Union[bool, str]) -> None: ...
    def normalize(self, text: str) -> str:
        """The text normalized."""
    def is_normalized(self, text: str) -> bool:
        """Whether normalizing would change nothing."""
    def normalize_batch(self, texts: Iterable[str]) -> list[str]:
        """Each text normalized, on every core, without the GIL."""

class DateMatch:
    """A date found in a text; `text[m.start:m.end] == m.text`."""

    start: int
    end: int
    text: str
    value: str
    """The value as ISO 8601: "2014-12-17", "2014-09", "--09", "2019-07-12/2019-07-15"."""
    kind: str
    """"absolute", "relative_resolved", "relative_unresolved", "inferred", "named_event"."""
    date: Optional[datetime.date]
    """The day, for a whole Gregorian day."""
    first: Optional[datetime.date]
    """The first day the value covers (a month's, a range's, a Hijri date's equivalent)."""
    last: Optional[datetime.date]
    """The last day the value covers."""

def find_dates(text: str, reference: Optional[DateLike] = None) -> list[DateMatch]:
    """The dates of `text`, relative ones resolved against `reference` when given.

    >>> [m.value for m in find_dates("في 17 دجنبر 2014 وفي شتنبر الماضي", "2014-12-17")]
    ['2014-12-17', '2014-09']
    """

def dedup(text: str) -> str:
    """`text` without its repeated blocks (the first copy of each stays)."""

class Removal:
    """A block removed as a repeat, and the copy that stays, in code points."""

    start: int
    end: int
    kept_start: int
    kept_end: int
    kind: str
    """"repeated_run", "title_echo", "truncated_copy", "within_line", "reflowed_copy", "teaser"."""

def find_repeats(text: str) -> list[Removal]:
    """The repeated blocks of `text`, with the copies that stay."""

class Publication:
    """The date a page was published, where it stands (None when given) and its source."""

    date: datetime.date
    start: Optional[int]
    end: Optional[int]
    source: str
    """"byline", "date_line" or "given"."""

class Cleaned:
    """A page cleaned."""

    text: str
    removals: list[Removal]
    dates: list[DateMatch]
    published: Optional[Publication]

def clean(text: str, preset: str = "clean", published: Optional[DateLike] = None) -> Cleaned:
    """A scraped page cleaned: repeats removed, text normalized, its dates and its
    publication date (from the page, or `published`)."""

def clean_batch(
    texts: Iterable[str],
    published: Union[None, DateLike, Sequence[Optional[DateLike]]] = None,
    preset: str = "clean",
    threads: Optional[int] = None,
) -> list[Cleaned]:
    """Many pages cleaned on every core (or `threads` of them), without the GIL;
    `published` is one date for all or one per text (None items allowed)."""
