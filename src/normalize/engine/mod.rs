//! The one-pass engine.
//!
//! The engine walks the input bytes once. The [block step](super::block) takes ASCII and
//! U+0600..=U+06FF sixteen bytes at a time and makes there the changes that need no
//! neighbour; elsewhere, bytes that cannot start a character any rule looks at are
//! skipped without decoding, and the others are decoded, classified with one table
//! lookup and kept unless their class is active. Kept bytes are handed to the [`Sink`]
//! as whole runs, so a text with nothing to change costs one scan.
//!
//! With canonical composition on, a character that changes or an Arabic mark is handled
//! together with its *cluster*: the preceding starter, the combining marks around it,
//! and the characters the rules delete (tatweel, invisible controls), which are
//! transparent. Inside a cluster the marks are put in canonical order and the
//! compositions `ا و ي ە ہ ے` + `ٓ ٔ ٕ` are made, as NFC does, before the other rules
//! see them.

mod blocks;
mod cluster;
mod nfkc;
mod sink;
mod stretch;
mod walk;

use super::block::{BLOCK, Folds};
use super::class::{
    Class, MARK_CLASSES, arabic_class, arabic_index, class_of, combining_class, in_arabic_set,
};
use super::options::{Digits, Whitespace};
use super::{FastPaths, Normalizer};

use cluster::is_mark_form;
pub(crate) use sink::{CheckSink, Emitter, Sink, StringSink};
use stretch::MAX_BACKOFF;
use walk::LEAD_BYTES;

/// Counts, in the unit tests, the times each fast path did some work, so that a test
/// fails when its input no longer reaches the step it names. Nothing in other builds.
#[inline(always)]
pub(super) fn entered(path: FastPaths) {
    #[cfg(all(test, feature = "std"))]
    entries::count(path);
    let _ = path;
}

/// The entry counts behind [`entered`], one per fast path, per thread.
#[cfg(all(test, feature = "std"))]
pub(crate) mod entries {
    use super::FastPaths;
    use core::cell::Cell;

    std::thread_local! {
        static COUNTS: Cell<[u32; 8]> = const { Cell::new([0; 8]) };
    }

    pub(super) fn count(path: FastPaths) {
        COUNTS.with(|counts| {
            let mut all = counts.get();
            if let Some(slot) = all.get_mut(path.index()) {
                *slot += 1;
            }
            counts.set(all);
        });
    }

    /// The times `path` did some work since the last call, and the counts reset.
    pub(crate) fn take(path: FastPaths) -> u32 {
        COUNTS
            .with(|counts| counts.replace([0; 8]))
            .get(path.index())
            .copied()
            .unwrap_or(0)
    }
}

/// One normalization of one text (or one chunk of a stream).
pub(crate) struct Engine<'t> {
    cfg: Normalizer,
    /// Classes some rule changes.
    mask: u64,
    /// Classes that send a character to the slow path: the active ones, and the marks
    /// when composition is on.
    trigger: u64,
    /// Classes deleted outright (transparent inside a cluster).
    deleted: u64,
    /// Mark classes deleted by the diacritic rules.
    deleted_marks: u64,
    /// The characters of U+0600..=U+06FF that trigger the character path.
    triggers: [u64; 4],
    /// The characters of U+0600..=U+06FF the block step handles where they stand.
    in_place: [u64; 4],
    /// The marks and the letters of U+0600..=U+06FF no rule changes.
    kept_marks: [u64; 4],
    kept_letters: [u64; 4],
    /// Whether the block step runs.
    blocks: bool,
    /// The changes the block step recognizes by lane tests alone.
    folds: Folds,
    text: &'t str,
    /// The character before `text`, when the text is a chunk of a longer stream.
    before: Option<char>,
}

impl<'t> Engine<'t> {
    pub(crate) fn new(cfg: &Normalizer, text: &'t str, before: Option<char>) -> Self {
        let (triggers, in_place) = cfg.arabic_sets();
        let (kept_marks, kept_letters) = cfg.kept_sets();
        let masks = cfg.class_masks();
        Engine {
            cfg: *cfg,
            mask: masks.active,
            trigger: masks.trigger,
            deleted: masks.deleted,
            deleted_marks: masks.deleted_marks,
            triggers,
            in_place,
            kept_marks,
            kept_letters,
            // The block step hands ASCII over untouched, so no rule may look at it.
            blocks: !cfg.nfkc
                && cfg.whitespace == Whitespace::Keep
                && cfg.digits != Digits::ArabicIndic
                && cfg.fast_paths().contains(FastPaths::BLOCK),
            folds: Folds::of(&masks),
            text,
            before,
        }
    }
    #[inline]
    fn is_active(&self, class: Class) -> bool {
        self.mask & class.bit() != 0
    }

    /// Whether the rules delete every character of this class (such characters are
    /// transparent inside a cluster).
    #[inline]
    fn deletes(&self, class: Class) -> bool {
        self.deleted & class.bit() != 0
    }

    /// Whether an Arabic mark (or a mark form) at this point starts cluster handling.
    #[inline]
    fn is_arabic_mark(&self, c: char, class: Class) -> bool {
        match class {
            Class::Haraka
            | Class::OtherMark
            | Class::DaggerAlef
            | Class::QuranicMark
            | Class::ExtendedMark => true,
            Class::Presentation => self.cfg.presentation_forms && is_mark_form(c),
            _ => false,
        }
    }

    /// Whether `c` belongs to the cluster of the starter before it.
    #[inline]
    fn joins_cluster(&self, c: char) -> bool {
        let cp = c as u32;
        if cp < 0x80 {
            return false;
        }
        let class = class_of(c);
        if (0x600..=0x6FF).contains(&cp) {
            return (MARK_CLASSES | self.deleted) & class.bit() != 0;
        }
        self.deletes(class)
            || (class == Class::Presentation && self.presentation_joins(c))
            || combining_class(c) != 0
    }

    /// Whether a presentation form joins the cluster before it: a mark form, or a form
    /// whose letters the rules delete (`ﺀ` with the lone hamza deleted).
    fn presentation_joins(&self, c: char) -> bool {
        self.cfg.presentation_forms
            && (is_mark_form(c)
                || self
                    .expansion(c)
                    .is_some_and(|e| e.chars().all(|m| self.deletes(class_of(m)))))
    }

    /// Runs the engine over the whole text.
    pub(crate) fn run<S: Sink>(&self, em: &mut Emitter<S>) {
        if self.cfg.nfkc {
            self.run_nfkc(em);
            return;
        }
        let text = self.text;
        let bytes = text.as_bytes();
        let white_space = self.cfg.whitespace != Whitespace::Keep;
        let ascii_digits = self.cfg.digits == Digits::ArabicIndic;
        let paths = self.cfg.fast_paths();
        let kept_marks_on = paths.contains(FastPaths::KEPT_MARKS);
        let in_place_on = paths.contains(FastPaths::IN_PLACE_DELETION);
        let table = match LEAD_BYTES.get(usize::from(white_space) + 2 * usize::from(ascii_digits)) {
            Some(table) => table,
            None => return,
        };
        let compose = self.cfg.composition;
        let mut i = 0;
        let mut run = 0;
        let arabic_triggers = self.triggers;
        // Whether the byte at a position starts a character the slow path must see: an
        // Arabic lead byte whose character is in the trigger set, or a byte of the
        // lead-byte table. Continuation bytes never are, so every position can be tested
        // on its own, with no dependency from one to the next.
        let hit = |b: u8, second: u8| -> bool {
            if b & 0xFC == 0xD8 {
                in_arabic_set(&arabic_triggers, arabic_index(b, second))
            } else {
                table.get(usize::from(b)).copied().unwrap_or(false)
            }
        };
        // Dense text (a hit every few words) is stepped character by character; once a
        // stretch of clean text is long, whole blocks are skipped.
        let mut clean_since = 0;
        // The block step is tried again `backoff` bytes past where it last gave up.
        let mut blocks_from = 0;
        let mut backoff = BLOCK;
        // The diacritized lane's table, worked out when the lane is first entered.
        let mut lane = None;
        loop {
            if self.blocks && i >= blocks_from && i > 0 {
                let from = i;
                i = self.run_blocks(i, &mut run, em);
                if i > from {
                    entered(FastPaths::BLOCK);
                }
                if em.done() {
                    return;
                }
                // Where the block step keeps giving up at once (marks on every letter
                // under a preset that keeps them), it is tried less and less often.
                backoff = if i == from {
                    (backoff * 2).min(MAX_BACKOFF)
                } else {
                    BLOCK
                };
                blocks_from = i + backoff;
            }
            if i >= clean_since + 4 * BLOCK {
                while let Some(block) = bytes.get(i..i + BLOCK + 1) {
                    let mut any = false;
                    for pair in block.windows(2) {
                        if let [b, second] = *pair {
                            any |= hit(b, second);
                        }
                    }
                    if any {
                        break;
                    }
                    i += BLOCK;
                }
            }
            let Some(&b) = bytes.get(i) else { break };
            let second = bytes.get(i + 1).copied().unwrap_or(0);
            if !hit(b, second) {
                i += 1 + usize::from(b & 0xFC == 0xD8);
                continue;
            }
            clean_since = i;
            let class;
            let c;
            if (0xD8..=0xDB).contains(&b) {
                // U+0600..=U+06FF: decode the two bytes and test the class at once.
                let Some(&second) = bytes.get(i + 1) else {
                    break;
                };
                let index = arabic_index(b, second);
                class = arabic_class(index);
                if self.trigger & class.bit() == 0 {
                    i += 2;
                    continue;
                }
                c = char::from_u32(0x600 + index as u32).unwrap_or('\u{FFFD}');
            } else {
                let Some(next) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                c = next;
                class = class_of(c);
            }
            let len = c.len_utf8();
            let active = self.is_active(class) || white_space && c.is_ascii_whitespace();
            if !compose {
                if active {
                    em.keep(text, run..i);
                    self.emit_char(c, class, i..i + len, em);
                    run = i + len;
                    if em.done() {
                        return;
                    }
                }
                i += len;
                continue;
            }
            let mark = self.is_arabic_mark(c, class);
            if !active && !mark {
                i += len;
                continue;
            }
            if mark && !active && kept_marks_on {
                let lane = lane.get_or_insert_with(|| self.lane_table());
                if let Some(end) = self.kept_marks(i, &mut run, em, lane) {
                    entered(FastPaths::KEPT_MARKS);
                    // The clusters from here to `end` are kept or written out.
                    if em.done() {
                        return;
                    }
                    i = end;
                    continue;
                }
            }
            let in_place = mark && in_place_on;
            if let Some(end) = in_place
                .then(|| self.deleted_marks_in_place(i, run))
                .flatten()
            {
                // The cluster is a starter and marks that all vanish: drop them here.
                entered(FastPaths::IN_PLACE_DELETION);
                em.keep(text, run..i);
                run = end;
                i = end;
                continue;
            }
            let transparent =
                self.deletes(class) || class == Class::Presentation && self.presentation_joins(c);
            let start = if mark || transparent {
                self.cluster_start(run, i)
            } else {
                i
            };
            let end = self.cluster_end(i + len);
            if start == i && end == i + len {
                em.keep(text, run..i);
                self.emit_char(c, class, i..end, em);
                run = end;
            } else if !self.cluster_changes(start..end) {
                i = end;
                continue;
            } else {
                em.keep(text, run..start);
                self.emit_cluster(start..end, em);
                run = end;
            }
            i = end;
            if em.done() {
                return;
            }
        }
        em.keep(text, run..text.len());
    }
}

#[cfg(test)]
mod tests {
    use super::cluster::compose_pair;
    use super::*;
    use crate::normalize::class::presentation_form;

    /// Whether `path` does some work on `text` with `paths` on, and none with it off, the
    /// output the same.
    #[cfg(feature = "std")]
    fn reaches(normalizer: Normalizer, text: &str, paths: FastPaths, path: FastPaths) -> bool {
        let _ = entries::take(path);
        let on = normalizer
            .with_fast_paths(paths)
            .normalize(text)
            .into_owned();
        let entries_on = entries::take(path);
        let without = FastPaths::from_bits(paths.bits() & !path.bits());
        let off = normalizer
            .with_fast_paths(without)
            .normalize(text)
            .into_owned();
        let entries_off = entries::take(path);
        assert_eq!(on, off, "{path:?} changes the output of {text:?}");
        entries_on > 0 && entries_off == 0
    }

    /// Each fast path is reached by the input that names it: a generator or threshold
    /// change that stops reaching a step fails here, not silently.
    #[test]
    #[cfg(feature = "std")]
    fn each_fast_path_is_reached_by_its_input() {
        let news = "أعلنت الوزارة أنّ الاجتماع سيعقد في مدينة تونس بحضور ممثلي الجهة. ".repeat(40);
        let diacritized = "بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيمِ الْحَمْدُ لِلَّهِ رَبِّ الْعَالَمِينَ ".repeat(40);
        // Quranic annotation marks (U+06DF, U+06DA, U+06D6) among the harakat.
        let quranic = "إِنَّ ٱلَّذِينَ ءَامَنُوا۟ وَعَمِلُوا۟ ٱلصَّـٰلِحَـٰتِ ۚ لَهُمْ جَنَّـٰتٌ ۖ ".repeat(40);
        let uthmani = "بِسْمِ ٱللَّهِ ٱلرَّحْمَـٰنِ ٱلرَّحِيمِ\nٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَـٰلَمِينَ\n".repeat(40);
        let all = FastPaths::ALL;
        let search = Normalizer::search();
        assert!(reaches(search, &news, all, FastPaths::BLOCK));
        assert!(reaches(search, &news, all, FastPaths::SUBSTITUTION));
        assert!(reaches(search, &diacritized, all, FastPaths::DENSE));
        assert!(reaches(search, &quranic, all, FastPaths::RARE));
        assert!(reaches(
            search,
            &diacritized,
            FastPaths::IN_PLACE_DELETION,
            FastPaths::IN_PLACE_DELETION
        ));
        assert!(reaches(
            Normalizer::clean(),
            &uthmani,
            all,
            FastPaths::KEPT_MARKS
        ));
    }

    /// The diacritized lane gives the walk's output and offsets on the clusters it
    /// writes out and the places it stops: Quranic pause signs after a space, small waw
    /// and yeh, shadda before its vowel, tatweel with dagger alef, alef with maddah, more
    /// marks on a letter than the lane reads, marks at the start of a text or a line.
    #[test]
    #[cfg(feature = "std")]
    fn the_diacritized_lane_agrees_with_the_walk() {
        let cases = [
            "قُلْ هُوَ ٱللَّهُ أَحَدٌ ۚ ٱللَّهُ ٱلصَّمَدُ ۖ لَمْ يَلِدْ",
            "لَهُۥ مَا فِى ٱلسَّمَـٰوَٰتِ وَمَا فِى ٱلْأَرْضِ ۗ إِنَّهُۥ بِهِۦ",
            "رَبِّ ٱلْعَـٰلَمِينَ\nۚ مَـٰلِكِ",
            "ٱلضَّآلِّينَ ءَآمَنَ ٱلرَّسُولُ بِمَآ أُنزِلَ",
            "بَّ بّ بَّـ ـّ بَـّ  ۚ بِّْ",
            "ب\u{0651}\u{064E}\u{0651}\u{064E}\u{0651}\u{064E}\u{0651}\u{064E}\u{0651}\u{064E} ت",
            "\u{0651}\u{064E}بَّ بِّ\u{0301} بِّ\u{200D}ـ",
            " ۚ\u{0651}\u{064E} بَّ",
            // A cluster out of order that runs on over many tatweels.
            &alloc::format!("ب\u{0651}\u{064E}{} ت", "\u{0640}".repeat(200)),
        ];
        let presets = [
            Normalizer::clean(),
            Normalizer::clean().whitespace(Whitespace::CollapseAndTrim),
            Normalizer::none().canonical_composition(true),
            Normalizer::search(),
        ];
        for text in cases {
            for normalizer in presets {
                let lane = normalizer.with_fast_paths(FastPaths::ALL);
                let walk = normalizer.with_fast_paths(FastPaths::from_bits(
                    FastPaths::ALL.bits() & !FastPaths::KEPT_MARKS.bits(),
                ));
                assert_eq!(lane.normalize(text), walk.normalize(text), "{text:?}");
                let (out, map) = lane.normalize_with_offsets(text);
                let (walk_out, walk_map) = walk.normalize_with_offsets(text);
                assert_eq!(out, walk_out, "{text:?}");
                // The same input for each output character (a map may hold an edit
                // that changes nothing where the other keeps the text).
                for (at, c) in out.char_indices() {
                    let here = at..at + c.len_utf8();
                    assert_eq!(
                        map.input_range(here.clone()),
                        walk_map.input_range(here),
                        "{text:?} at {at}"
                    );
                }
                for (at, c) in text.char_indices() {
                    let here = at..at + c.len_utf8();
                    assert_eq!(
                        map.output_range(here.clone()),
                        walk_map.output_range(here),
                        "{text:?} at input {at}"
                    );
                }
            }
        }
        let _ = entries::take(FastPaths::KEPT_MARKS);
        let _ = Normalizer::clean().normalize(cases[0]);
        assert!(entries::take(FastPaths::KEPT_MARKS) > 0);
    }

    #[test]
    fn the_search_preset_takes_the_constant_folds() {
        // Else the specialized copies of the dense and substitution steps would never run.
        let engine = Engine::new(&Normalizer::search(), "", None);
        assert_eq!(engine.folds, Folds::SEARCH);
    }

    #[test]
    fn mark_forms_are_the_table_entries_that_map_to_marks_only() {
        for cp in (0xFB50..=0xFDFF).chain(0xFE70..=0xFEFE) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mapped = presentation_form(c);
            let marks_only = !mapped.is_empty() && mapped.chars().all(|m| combining_class(m) != 0);
            assert_eq!(is_mark_form(c), marks_only, "U+{cp:04X}");
        }
    }

    #[test]
    fn compositions_match_unicode() {
        use unicode_normalization::char::compose as unicode_compose;
        for starter in [
            '\u{0627}', '\u{0648}', '\u{064A}', '\u{06C1}', '\u{06D2}', '\u{06D5}', '\u{0628}',
        ] {
            for mark in '\u{0653}'..='\u{0655}' {
                assert_eq!(compose_pair(starter, mark), unicode_compose(starter, mark));
            }
        }
    }
}
