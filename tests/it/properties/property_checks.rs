//! The properties, as checks of one configuration on one input.

use std::borrow::Cow;
use std::ops::Range;

use arabic_text::LoneHamza;
use proptest::test_runner::TestCaseError;

use super::helpers::{check_eq, esc, fail, stream};
use crate::common::reference::{Config, configs, deleted_alone, is_canonical, oracle};

// ---------------------------------------------------------------------------------------
// The properties.
// ---------------------------------------------------------------------------------------

pub(super) fn idempotent(cfg: &Config, s: &str) -> Result<(), TestCaseError> {
    let once = cfg.normalizer.normalize(s);
    if cfg.spec.nfkc && !is_canonical(&cfg.spec, &once) {
        // CAMeL Tools folds letters after NFKC, so a folded letter and a hamza or maddah
        // mark after it compose only on the next pass; `camel` reproduces that, see
        // `camel_second_pass_changes_as_camel_tools_does`.
        return Ok(());
    }
    let twice = cfg.normalizer.normalize(&once);
    check_eq(
        "idempotence: normalize(normalize(s)) == normalize(s)",
        cfg,
        s,
        &once,
        &twice,
    )
}

pub(super) fn borrows_exactly_when_normalized(cfg: &Config, s: &str) -> Result<(), TestCaseError> {
    let n = &cfg.normalizer;
    let is = n.is_normalized(s);
    let got = n.normalize(s);
    let mut into = String::new();
    n.normalize_into(s, &mut into);
    check_eq("normalize == normalize_into", cfg, s, &into, &got)?;
    match &got {
        Cow::Borrowed(b) => {
            if !is {
                return Err(fail("Borrowed but !is_normalized", cfg, s, String::new()));
            }
            if *b != s || b.as_ptr() != s.as_ptr() {
                return Err(fail(
                    "Borrowed output is not the input",
                    cfg,
                    s,
                    String::new(),
                ));
            }
        }
        Cow::Owned(o) => {
            if is {
                return Err(fail("Owned but is_normalized", cfg, s, String::new()));
            }
            if o == s {
                return Err(fail(
                    "Owned although nothing changed (is_normalized is false)",
                    cfg,
                    s,
                    String::new(),
                ));
            }
        }
    }
    Ok(())
}

pub(super) fn appends(cfg: &Config, prefix: &str, s: &str) -> Result<(), TestCaseError> {
    let mut buf = String::from(prefix);
    cfg.normalizer.normalize_into(s, &mut buf);
    let expected = format!("{prefix}{}", cfg.normalizer.normalize(s));
    check_eq(
        &format!("normalize_into after prefix \"{}\"", esc(prefix)),
        cfg,
        s,
        &expected,
        &buf,
    )
}

pub(super) fn streams(cfg: &Config, s: &str, cuts: &[usize]) -> Result<(), TestCaseError> {
    if cfg.spec.lone_hamza == LoneHamza::Delete && s.contains('\u{0621}') {
        // Known: the writer cuts before a lone hamza, which this configuration makes
        // transparent; see `writer_does_not_cut_before_a_deleted_lone_hamza`.
        return Ok(());
    }
    let out = stream(&cfg.normalizer, s.as_bytes(), cuts);
    let out = String::from_utf8(out)
        .map_err(|e| fail("writer output is not UTF-8", cfg, s, e.to_string()))?;
    check_eq(
        &format!("writer split at {cuts:?}"),
        cfg,
        s,
        &cfg.normalizer.normalize(s),
        &out,
    )
}

pub(super) fn matches_oracle(cfg: &Config, s: &str) -> Result<(), TestCaseError> {
    let (expected, _) = oracle(&cfg.spec, s);
    let got = cfg.normalizer.normalize(s);
    check_eq("engine == reference", cfg, s, &expected, &got)?;
    let normalized = expected == s;
    if cfg.normalizer.is_normalized(s) != normalized {
        return Err(fail(
            "is_normalized disagrees with the reference",
            cfg,
            s,
            format!(
                "is_normalized = {}, reference unchanged = {normalized}",
                !normalized
            ),
        ));
    }
    Ok(())
}

fn ranges_overlap(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

pub(super) fn offsets(cfg: &Config, s: &str) -> Result<(), TestCaseError> {
    let n = &cfg.normalizer;
    let (out, map) = n.normalize_with_offsets(s);
    check_eq(
        "normalize_with_offsets == normalize",
        cfg,
        s,
        &n.normalize(s),
        &out,
    )?;
    if map.output_len() != out.len() || map.input_len() != s.len() {
        return Err(fail(
            "map lengths",
            cfg,
            s,
            format!("{} {}", map.output_len(), map.input_len()),
        ));
    }
    let bounds: Vec<usize> = out
        .char_indices()
        .map(|(i, _)| i)
        .chain([out.len()])
        .collect();
    let sample: Vec<usize> = if bounds.len() <= 48 {
        bounds.clone()
    } else {
        let step = bounds.len() / 40 + 1;
        let mut v: Vec<usize> = bounds.iter().copied().step_by(step).collect();
        v.push(out.len());
        v.dedup();
        v
    };
    let detail = |a: usize, b: usize, r: &Range<usize>, why: &str| {
        format!(
            "output \"{}\" range {a}..{b} -> input {r:?}: {why}",
            esc(&out)
        )
    };
    for (ai, &a) in sample.iter().enumerate() {
        let empty = map.input_range(a..a).range();
        if !empty.is_empty() {
            return Err(fail(
                "offsets",
                cfg,
                s,
                detail(a, a, &empty, "empty range maps to a non-empty one"),
            ));
        }
        let mut prev_end = empty.end;
        for &b in &sample[ai..] {
            let r = map.input_range(a..b).range();
            if r.start > r.end || r.end > s.len() {
                return Err(fail(
                    "offsets",
                    cfg,
                    s,
                    detail(a, b, &r, "out of the input"),
                ));
            }
            if !s.is_char_boundary(r.start) || !s.is_char_boundary(r.end) {
                return Err(fail(
                    "offsets",
                    cfg,
                    s,
                    detail(a, b, &r, "not on char boundaries"),
                ));
            }
            if a < b && r.is_empty() {
                return Err(fail(
                    "offsets",
                    cfg,
                    s,
                    detail(a, b, &r, "output text maps to no input"),
                ));
            }
            if r.start != empty.start {
                return Err(fail(
                    "offsets",
                    cfg,
                    s,
                    detail(a, b, &r, "start differs from input_range(a..a)"),
                ));
            }
            if r.end < prev_end {
                return Err(fail(
                    "offsets",
                    cfg,
                    s,
                    detail(a, b, &r, "end not monotone in b"),
                ));
            }
            prev_end = r.end;
        }
    }
    // `output_range` undoes `input_range`: the output of the input of a range holds it.
    for (ai, &a) in sample.iter().enumerate() {
        for &b in &sample[ai + 1..] {
            let back = map.output_range(map.input_range(a..b));
            if back.start > a
                || back.end < b
                || !out.is_char_boundary(back.start)
                || !out.is_char_boundary(back.end)
            {
                return Err(fail(
                    "offsets",
                    cfg,
                    s,
                    format!(
                        "output {a}..{b} -> input {:?} -> output {back:?}",
                        map.input_range(a..b)
                    ),
                ));
            }
        }
    }
    // A byte position inside an output character: the range takes the whole character.
    for &a in &sample {
        if a + 1 < out.len() && !out.is_char_boundary(a + 1) {
            let inside = map.input_range(a + 1..out.len()).range();
            if inside != map.input_range(a..out.len()) {
                return Err(fail(
                    "offsets",
                    cfg,
                    s,
                    detail(
                        a + 1,
                        out.len(),
                        &inside,
                        "a start inside a character is not widened",
                    ),
                ));
            }
        }
        if a > 1 && !out.is_char_boundary(a - 1) {
            let inside = map.input_range(0..a - 1).range();
            if inside != map.input_range(0..a) {
                return Err(fail(
                    "offsets",
                    cfg,
                    s,
                    detail(
                        0,
                        a - 1,
                        &inside,
                        "an end inside a character is not widened",
                    ),
                ));
            }
        }
    }
    for (bi, &b) in sample.iter().enumerate() {
        let mut prev_start = 0;
        for &a in &sample[..=bi] {
            let r = map.input_range(a..b).range();
            if r.start < prev_start {
                return Err(fail(
                    "offsets",
                    cfg,
                    s,
                    detail(a, b, &r, "start not monotone in a"),
                ));
            }
            prev_start = r.start;
        }
    }
    // The whole output covers every input character that was not deleted.
    let whole = map.input_range(0..out.len()).range();
    let (before, after) = (&s[..whole.start], &s[whole.end..]);
    if !out.is_empty() && (!n.normalize(before).is_empty() || !n.normalize(after).is_empty()) {
        return Err(fail(
            "offsets",
            cfg,
            s,
            detail(
                0,
                out.len(),
                &whole,
                "the input left out of the whole range is not all deleted",
            ),
        ));
    }
    // The rest is checked against the reference's units (a starter and the marks and
    // deleted characters after it), outside NFKC.
    if cfg.spec.nfkc {
        return Ok(());
    }
    let spec = &cfg.spec;
    let (expected, units) = oracle(spec, s);
    if expected != out {
        return Ok(()); // Reported by prop_engine_matches_reference.
    }
    let positions: Vec<(usize, usize)> = out
        .char_indices()
        .map(|(i, c)| (i, i + c.len_utf8()))
        .collect();
    let output_of = |unit: &Range<usize>| {
        units
            .iter()
            .filter(|u| u.unit == *unit)
            .map(|u| u.c)
            .collect::<String>()
    };
    let strip = |t: &str| {
        t.chars()
            .filter(|&c| !deleted_alone(spec, c))
            .collect::<String>()
    };
    // The characters of a unit the rules do not delete, and their extent.
    let survivors = |unit: &Range<usize>| {
        let kept: Vec<(usize, char)> = s[unit.clone()]
            .char_indices()
            .map(|(i, c)| (unit.start + i, c))
            .filter(|&(_, c)| !deleted_alone(spec, c))
            .collect();
        let text: String = kept.iter().map(|&(_, c)| c).collect();
        let extent = kept
            .first()
            .map(|&(i, _)| i)
            .zip(kept.last().map(|&(i, c)| i + c.len_utf8()));
        (text, extent)
    };
    let changed = |unit: &Range<usize>| output_of(unit) != survivors(unit).0;

    // ASCII letters are never changed (outside NFKC), so they map to themselves: singly,
    // unless the cluster they start changed (then the cluster maps as a whole), and as
    // words (a word's range covers the deleted characters inside it).
    let mut word: Option<usize> = None;
    for (k, (a, c)) in out.char_indices().chain([(out.len(), '\0')]).enumerate() {
        if c.is_ascii_alphabetic() {
            word.get_or_insert(k);
            let r = map.input_range(a..a + 1).range();
            let unit = &units[k].unit;
            let slice = &s[r.clone()];
            let ok = r.start == unit.start && r.end <= unit.end && slice.starts_with(c);
            if !ok {
                return Err(fail(
                    "offsets: an ASCII letter does not map to itself",
                    cfg,
                    s,
                    detail(
                        a,
                        a + 1,
                        &r,
                        &format!("input slice \"{}\", unit {unit:?}", esc(slice)),
                    ),
                ));
            }
        } else if let Some(w) = word.take() {
            let (from, to) = (positions[w].0, a);
            let r = map.input_range(from..to).range();
            let first = &units[w].unit;
            let last = &units[k - 1].unit;
            let slice = &s[r.clone()];
            if !(r.start == first.start
                && r.end <= last.end
                && strip(slice).starts_with(&out[from..to]))
            {
                return Err(fail(
                    "offsets: an ASCII word does not map to itself",
                    cfg,
                    s,
                    detail(from, to, &r, &format!("input slice \"{}\"", esc(slice))),
                ));
            }
        }
    }
    // A character of a changed unit maps inside that unit, to a non-empty range (itself,
    // or the whole cluster when its marks were reordered or composed), and no output
    // character maps into another unit.
    for (k, &(a, b)) in positions.iter().enumerate() {
        let r = map.input_range(a..b).range();
        let unit = &units[k].unit;
        if changed(unit) {
            if let (_, Some(_)) = survivors(unit) {
                if !(unit.start <= r.start && r.end <= unit.end && r.start < r.end) {
                    return Err(fail(
                        "offsets: a character of a changed unit maps outside it",
                        cfg,
                        s,
                        detail(
                            a,
                            b,
                            &r,
                            &format!("unit {unit:?} \"{}\"", esc(&s[unit.clone()])),
                        ),
                    ));
                }
            }
        }
        for other in &units {
            if !ranges_overlap(&other.unit, unit) && ranges_overlap(&r, &other.unit) {
                return Err(fail(
                    "offsets: a character maps into another unit",
                    cfg,
                    s,
                    detail(
                        a,
                        b,
                        &r,
                        &format!(
                            "own unit {unit:?}, other unit {:?} \"{}\"",
                            other.unit,
                            esc(&s[other.unit.clone()])
                        ),
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// The reference implementation, the borrow and `is_normalized`, idempotence and
/// streaming at `cuts`.
pub(super) fn through_every_entry_point(
    cfg: &Config,
    s: &str,
    cuts: &[usize],
) -> Result<(), TestCaseError> {
    matches_oracle(cfg, s)?;
    borrows_exactly_when_normalized(cfg, s)?;
    idempotent(cfg, s)?;
    // The offsets sink takes no stretch: its output must still be the stretches' output.
    offsets(cfg, s)?;
    streams(cfg, s, cuts)
}

pub(super) fn for_all_configs(
    f: impl Fn(&Config) -> Result<(), TestCaseError>,
) -> Result<(), TestCaseError> {
    for cfg in &configs() {
        f(cfg)?;
    }
    Ok(())
}
