//! Documents: plans of lines and segments, rendered with decorations; the generators.

use std::ops::Range;

use proptest::prelude::*;
use proptest::sample::select;

use super::pool::{LONG, SHORT, core_len, render, teaser_words};

// ---------------------------------------------------------------------------------------
// Documents.
// ---------------------------------------------------------------------------------------

#[derive(Clone, Debug)]
enum Piece {
    /// A long sentence, its variant.
    Long(usize, u8),
    /// A short line, its variant.
    Short(usize, u8),
    /// A long sentence twice on one line: variant, joint, variant of the second copy.
    Double(usize, u8, u8, u8),
    /// The beginning of a long sentence with an ellipsis: sentence, word count, style.
    Teaser(usize, usize, u8),
    /// Any characters (line breaks included).
    Noise(String),
}

/// What was written where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Id {
    Long(usize),
    Short(usize),
    Teaser(usize, usize),
}

#[derive(Clone, Debug)]
pub(super) struct Occurrence {
    pub(super) id: Id,
    /// The bytes of the sentence, without its closing punctuation.
    pub(super) span: Range<usize>,
    /// Whether the piece is a line alone.
    pub(super) alone: bool,
}

/// A line of pieces, joined by a space.
type Line = Vec<Piece>;

#[derive(Clone, Debug)]
enum Segment {
    /// The base again, variants shifted.
    Base(u8),
    /// Lines `start..start + len` of the base.
    Run(usize, usize, u8),
    /// The base in another order.
    Shuffled(Vec<u8>, u8),
    /// A line of its own.
    Fresh(Line),
}

#[derive(Clone, Debug)]
pub(super) struct Plan {
    base: Vec<Line>,
    segments: Vec<Segment>,
    /// Blank lines before each line (cycled): 0 none, then 1 or 2 of several kinds.
    blanks: Vec<u8>,
    /// 0 LF, 1 CRLF, 2 both.
    eol: u8,
    trailing_newline: bool,
}

#[derive(Clone, Debug)]
pub(super) struct Doc {
    pub(super) text: String,
    pub(super) occurrences: Vec<Occurrence>,
    /// Where each planned line's text ends.
    line_ends: Vec<usize>,
}

fn shift(piece: &Piece, by: u8) -> Piece {
    match piece {
        Piece::Long(i, v) => Piece::Long(*i, v.wrapping_add(by)),
        Piece::Short(i, v) => Piece::Short(*i, v.wrapping_add(by)),
        Piece::Double(i, v, j, w) => Piece::Double(*i, v.wrapping_add(by), *j, w.wrapping_add(by)),
        other => other.clone(),
    }
}

impl Plan {
    fn lines(&self) -> Vec<Line> {
        let n = self.base.len();
        let shifted = |line: &Line, by: u8| -> Line { line.iter().map(|p| shift(p, by)).collect() };
        let mut lines: Vec<Line> = self.base.clone();
        for segment in &self.segments {
            match segment {
                Segment::Base(by) => lines.extend(self.base.iter().map(|l| shifted(l, *by))),
                Segment::Run(start, len, by) => {
                    let start = start % n;
                    let end = (start + len).min(n);
                    lines.extend(self.base[start..end].iter().map(|l| shifted(l, *by)));
                }
                Segment::Shuffled(keys, by) => {
                    let mut order: Vec<usize> = (0..n).collect();
                    order.sort_by_key(|&i| (keys.get(i % keys.len().max(1)).copied(), i));
                    lines.extend(order.iter().map(|&i| shifted(&self.base[i], *by)));
                }
                Segment::Fresh(line) => lines.push(line.clone()),
            }
        }
        lines
    }

    pub(super) fn render(&self) -> Doc {
        render_lines(&self.lines(), &self.blanks, self.eol, self.trailing_newline)
    }
}

fn render_lines(lines: &[Line], blanks: &[u8], eol: u8, trailing_newline: bool) -> Doc {
    let mut text = String::new();
    let mut occurrences = Vec::new();
    let mut line_ends = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        let b = blanks.get(n % blanks.len().max(1)).copied().unwrap_or(0);
        let crlf = match eol {
            0 => false,
            1 => true,
            _ => b & 1 == 1,
        };
        let newline = if crlf { "\r\n" } else { "\n" };
        if n > 0 {
            text.push_str(newline);
            if n > 0 {
                let blank = ["", " ", "\t", "\u{00A0}", "  "][usize::from(b >> 4) % 5];
                for _ in 0..(b >> 1) % 8 / 5 + (b >> 1) % 8 / 7 {
                    text.push_str(blank);
                    text.push_str(newline);
                }
            }
        }
        let alone = line.len() == 1;
        for (k, piece) in line.iter().enumerate() {
            if k > 0 {
                text.push(' ');
            }
            let at = text.len();
            match piece {
                Piece::Long(i, v) => {
                    let s = render(LONG[*i], *v);
                    occurrences.push(Occurrence {
                        id: Id::Long(*i),
                        span: at..at + core_len(&s),
                        alone,
                    });
                    text.push_str(&s);
                }
                Piece::Short(i, v) => {
                    let s = render(SHORT[*i], *v);
                    occurrences.push(Occurrence {
                        id: Id::Short(*i),
                        span: at..at + core_len(&s),
                        alone,
                    });
                    text.push_str(&s);
                }
                Piece::Double(i, v, joint, w) => {
                    let first = render(LONG[*i], *v);
                    let second = render(LONG[*i], *w);
                    occurrences.push(Occurrence {
                        id: Id::Long(*i),
                        span: at..at + core_len(&first),
                        alone: false,
                    });
                    text.push_str(&first);
                    text.push_str(["", " ", "  ", " - ", "\u{00A0}"][usize::from(*joint) % 5]);
                    let at = text.len();
                    occurrences.push(Occurrence {
                        id: Id::Long(*i),
                        span: at..at + core_len(&second),
                        alone: false,
                    });
                    text.push_str(&second);
                }
                Piece::Teaser(i, words, style) => {
                    let s = render(&teaser_words(*i, *words), style >> 2);
                    occurrences.push(Occurrence {
                        id: Id::Teaser(*i, *words),
                        span: at..at + s.len(),
                        alone,
                    });
                    text.push_str(&s);
                    text.push_str(["...", "…", " ...", "..."][usize::from(*style) % 4]);
                }
                Piece::Noise(s) => text.push_str(s),
            }
        }
        line_ends.push(text.len());
    }
    if trailing_newline && !text.is_empty() {
        text.push_str(if eol == 1 { "\r\n" } else { "\n" });
    }
    Doc {
        text,
        occurrences,
        line_ends,
    }
}

fn variant() -> impl Strategy<Value = u8> {
    prop_oneof![3 => Just(0u8), 7 => any::<u8>()]
}

/// Noise: any characters, lossy UTF-8, marks and ligatures (none with the key of a line
/// of the pool, so that the first occurrences the generator records are first).
fn noise() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<char>(), 1..12).prop_map(|c| c.into_iter().collect()),
        prop::collection::vec(any::<u8>(), 1..24)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        select(
            &[
                "\u{200F}",
                "\u{0640}\u{0640}",
                "\u{064E}",
                "ﷺ",
                "\u{FDF2}",
                "\r",
                "–",
                "«»"
            ][..]
        )
        .prop_map(str::to_string),
    ]
}

/// A piece that may share its line (a teaser followed by its sentence would be a
/// within-line repeat).
fn piece() -> impl Strategy<Value = Piece> {
    prop_oneof![
        10 => (0..LONG.len(), variant()).prop_map(|(i, v)| Piece::Long(i, v)),
        4 => (0..SHORT.len(), variant()).prop_map(|(i, v)| Piece::Short(i, v)),
        2 => (0..LONG.len(), variant(), any::<u8>(), variant())
            .prop_map(|(i, v, j, w)| Piece::Double(i, v, j, w)),
        1 => noise().prop_map(Piece::Noise),
    ]
}

fn line() -> impl Strategy<Value = Line> {
    prop_oneof![
        12 => piece().prop_map(|p| vec![p]),
        2 => prop::collection::vec(piece(), 2..4),
        3 => (0..LONG.len(), 0usize..20, any::<u8>())
            .prop_map(|(i, k, s)| vec![Piece::Teaser(i, k, s)]),
    ]
}

fn segment() -> impl Strategy<Value = Segment> {
    prop_oneof![
        4 => variant().prop_map(Segment::Base),
        3 => (0usize..12, 1usize..6, variant()).prop_map(|(s, l, v)| Segment::Run(s, l, v)),
        2 => (prop::collection::vec(any::<u8>(), 1..12), variant())
            .prop_map(|(k, v)| Segment::Shuffled(k, v)),
        3 => line().prop_map(Segment::Fresh),
    ]
}

fn blanks() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(any::<u8>(), 1..8)
}

pub(super) fn plan() -> impl Strategy<Value = Plan> {
    (
        prop::collection::vec(line(), 1..10),
        prop::collection::vec(segment(), 0..5),
        blanks(),
        0u8..3,
        any::<bool>(),
    )
        .prop_map(|(base, segments, blanks, eol, trailing_newline)| Plan {
            base,
            segments,
            blanks,
            eol,
            trailing_newline,
        })
}

/// A document whose lines have distinct keys: each sentence at most once, a line each,
/// near-duplicate pairs included, decorated.
pub(super) fn distinct_doc() -> impl Strategy<Value = Doc> {
    (
        Just((0..LONG.len()).collect::<Vec<_>>()).prop_shuffle(),
        1..=LONG.len(),
        Just((0..SHORT.len()).collect::<Vec<_>>()).prop_shuffle(),
        0..=SHORT.len(),
        prop::collection::vec(any::<u16>(), 1..40),
        prop::collection::vec(variant(), 1..40),
        blanks(),
        0u8..3,
        any::<bool>(),
    )
        .prop_map(
            |(longs, nl, shorts, ns, order, variants, blanks, eol, trailing)| {
                let mut lines: Vec<(u16, Line)> = Vec::new();
                for (k, &i) in longs[..nl].iter().enumerate() {
                    let v = variants[k % variants.len()];
                    lines.push((order[k % order.len()], vec![Piece::Long(i, v)]));
                }
                for (k, &i) in shorts[..ns].iter().enumerate() {
                    let v = variants[(k + nl) % variants.len()];
                    lines.push((order[(k + nl) % order.len()], vec![Piece::Short(i, v)]));
                }
                lines.sort_by_key(|(key, _)| *key);
                let lines: Vec<Line> = lines.into_iter().map(|(_, l)| l).collect();
                render_lines(&lines, &blanks, eol, trailing)
            },
        )
}

/// Distinct long lines, with short lines repeated anywhere after the first line.
pub(super) fn short_repeats_doc() -> impl Strategy<Value = Doc> {
    (
        Just((0..LONG.len()).collect::<Vec<_>>()).prop_shuffle(),
        1..=LONG.len(),
        prop::collection::vec((any::<u8>(), 0..SHORT.len(), variant()), 1..30),
        prop::collection::vec(variant(), 1..20),
        blanks(),
        0u8..3,
        any::<bool>(),
    )
        .prop_map(|(longs, nl, shorts, variants, blanks, eol, trailing)| {
            let mut lines: Vec<Line> = longs[..nl]
                .iter()
                .enumerate()
                .map(|(k, &i)| vec![Piece::Long(i, variants[k % variants.len()])])
                .collect();
            for (at, i, v) in shorts {
                let at = 1 + usize::from(at) % lines.len();
                lines.insert(at, vec![Piece::Short(i, v)]);
            }
            render_lines(&lines, &blanks, eol, trailing)
        })
}

/// A page written twice: the first copy's text and the whole page.
#[derive(Clone, Debug)]
pub(super) struct TwicePage {
    pub(super) first: String,
    pub(super) page: String,
}

pub(super) fn twice_page() -> impl Strategy<Value = TwicePage> {
    (
        0..SHORT.len(),
        0..SHORT.len(),
        Just((0..LONG.len()).collect::<Vec<_>>()).prop_shuffle(),
        1..=LONG.len(),
        prop::collection::vec(variant(), 1..20),
        any::<u8>(),
        blanks(),
        0u8..3,
        any::<bool>(),
    )
        .prop_map(
            |(title, byline, body, nb, variants, by, blanks, eol, trailing)| {
                let mut lines: Vec<Line> = vec![vec![Piece::Short(title, variants[0])]];
                if byline != title {
                    lines.push(vec![Piece::Short(byline, variants[1 % variants.len()])]);
                }
                for (k, &i) in body[..nb].iter().enumerate() {
                    lines.push(vec![Piece::Long(i, variants[(k + 2) % variants.len()])]);
                }
                let once = lines.len();
                let copy: Vec<Line> = lines
                    .iter()
                    .map(|l| l.iter().map(|p| shift(p, by)).collect())
                    .collect();
                lines.extend(copy);
                let doc = render_lines(&lines, &blanks, eol, trailing);
                // The first copy ends with its last line, and its line break when the page
                // ends with one.
                let mut end = doc.line_ends[once - 1];
                if trailing {
                    end += if doc.text[end..].starts_with("\r\n") {
                        2
                    } else {
                        1
                    };
                }
                let first = doc.text[..end].to_string();
                let page = doc.text;
                TwicePage { first, page }
            },
        )
}

/// Arbitrary text: lossy UTF-8, and fragments of news text glued and repeated.
pub(super) fn arbitrary_text() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        4 => select(LONG).prop_map(str::to_string),
        3 => select(SHORT).prop_map(str::to_string),
        4 => select(&["\n", "\r\n", "\n\n", " ", ". ", "\u{00A0}", "\t", "\r"][..]).prop_map(str::to_string),
        2 => select(&["\u{0640}", "\u{064E}", "\u{0651}", "\u{200F}", "\u{FEFF}", "ﷺ", "\u{FEFB}", "٢٠١٤", "۲۰۱۴", "…", "،"][..])
            .prop_map(str::to_string),
        2 => any::<char>().prop_map(String::from),
    ];
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..300)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        (
            prop::collection::vec(fragment, 0..16),
            prop::collection::vec((any::<u8>(), 0u8..4), 0..6)
        )
            .prop_map(|(parts, repeats)| {
                // Repeat slices of the fragment list, glued or on their own lines.
                let mut out = parts.concat();
                for (at, how) in repeats {
                    if parts.is_empty() {
                        break;
                    }
                    let from = usize::from(at) % parts.len();
                    let piece: String = parts[from..].concat();
                    out.push_str(["", "\n", " ", "\r\n\r\n"][usize::from(how)]);
                    out.push_str(&piece);
                }
                out
            }),
    ]
}
