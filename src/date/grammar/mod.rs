//! The grammar of date expressions over a window of tokens: [`Matcher`] reads the
//! tokens, and each file of this folder holds one kind of expression.

mod day;
mod month;
mod numeric;
mod read;
mod relative;

use read::{MonthAt, YearPhrase};

use core::ops::Range;

use super::calendar::civil_from_days;
use super::finder::DateFinder;
use super::hijri::days_from_hijri;
use super::lexicon::{self, Head, Keyword as K, Lex, Unit};
use super::resolve::{complete_year, resolve_relative, weekday_matches, year_in_direction};
use super::token::{Kind, Token, Tokenizer};
use super::{Date, DateKind, DateMatch, DateValue, HijriDate, MonthNaming, Relative, Weekday};
use crate::error::ParseDateErrorKind;

/// A candidate match.
#[derive(Clone, Debug)]
pub(super) struct Found {
    pub(super) span: Range<usize>,
    pub(super) next: usize,
    pub(super) value: DateValue,
    pub(super) kind: DateKind,
    pub(super) naming: MonthNaming,
    pub(super) weekday: Option<Weekday>,
    pub(super) relative: Option<Relative>,
    pub(super) invalid: Option<ParseDateErrorKind>,
}

impl Found {
    pub(super) fn into_match(self) -> DateMatch {
        let weekday_matches = weekday_matches(self.weekday, self.value);
        DateMatch {
            span: self.span.into(),
            value: self.value,
            kind: self.kind,
            naming: self.naming,
            weekday: self.weekday,
            weekday_matches,
            relative: self.relative,
        }
    }
}

/// How many tokens the matcher keeps in view.
const WINDOW: usize = 64;

/// How many dates one coordination can name (`أيام 4 و11 و18 فبراير`); a longer list is
/// not read as one.
const COORDINATED: usize = 8;

/// The token window and the patterns.
#[derive(Clone, Debug)]
pub(super) struct Matcher<'t> {
    finder: DateFinder,
    text: &'t str,
    tokenizer: Tokenizer<'t>,
    /// Tokens `first..first + len`, in a ring starting at `head`.
    ring: [Token; WINDOW],
    head: usize,
    first: usize,
    len: usize,
    /// The two tokens before `first`, the nearest first.
    before: Option<Token>,
    before_that: Option<Token>,
    ended: bool,
    /// A `بين` opened the expression being read (`بين … و …` is a range).
    between: bool,
    /// The last date reported in the sentence, for anaphora (`يوم 12 منه`,
    /// `في اليوم ذاته`).
    pub(super) previous: Option<Date>,
    /// A word of the future came earlier in the sentence (`سيعقد`, `من المقرر`).
    future: bool,
    /// The later dates of a coordination whose first date was just reported, in order.
    pending: [Option<Found>; COORDINATED],
    /// How many of `pending` are taken.
    pending_len: usize,
    /// How many of `pending` were handed out.
    pending_next: usize,
}

impl<'t> Matcher<'t> {
    pub(super) fn new(finder: DateFinder, text: &'t str) -> Self {
        Matcher {
            finder,
            text,
            tokenizer: Tokenizer::new(text),
            ring: [Token::default(); WINDOW],
            head: 0,
            first: 0,
            len: 0,
            before: None,
            before_that: None,
            ended: false,
            between: false,
            previous: None,
            future: false,
            pending: [const { None }; COORDINATED],
            pending_len: 0,
            pending_next: 0,
        }
    }

    /// The next date of the coordination last matched, if any is left.
    pub(super) fn next_pending(&mut self) -> Option<Found> {
        if self.pending_next >= self.pending_len {
            return None;
        }
        let found = self.pending.get_mut(self.pending_next)?.take();
        self.pending_next += 1;
        found
    }

    /// Forgets the dates of a coordination that was not taken.
    fn clear_pending(&mut self) {
        for slot in &mut self.pending {
            *slot = None;
        }
        self.pending_len = 0;
        self.pending_next = 0;
    }

    /// Queues a date before those already queued; `false` when full.
    fn push_pending_front(&mut self, found: Found) -> bool {
        if self.pending_len >= COORDINATED {
            return false;
        }
        if let Some(taken) = self.pending.get_mut(..=self.pending_len) {
            taken.rotate_right(1);
        }
        if let Some(slot) = self.pending.first_mut() {
            *slot = Some(found);
        }
        self.pending_len += 1;
        true
    }

    /// Queues a later date of the coordination being matched; `false` when full.
    fn push_pending(&mut self, found: Found) -> bool {
        match self.pending.get_mut(self.pending_len) {
            Some(slot) => {
                *slot = Some(found);
                self.pending_len += 1;
                true
            }
            None => false,
        }
    }

    /// Token number `k` (an `End` token past the text or past the window).
    pub(super) fn token(&mut self, k: usize) -> Token {
        if k < self.first {
            return if k + 1 == self.first {
                self.before.unwrap_or_default()
            } else if k + 2 == self.first {
                self.before_that.unwrap_or_default()
            } else {
                Token::default()
            };
        }
        let offset = k - self.first;
        if offset >= WINDOW {
            return Token {
                start: self.text.len(),
                end: self.text.len(),
                ..Token::default()
            };
        }
        while self.len <= offset {
            let token = if self.ended {
                Token {
                    start: self.text.len(),
                    end: self.text.len(),
                    ..Token::default()
                }
            } else {
                self.tokenizer.next_token()
            };
            self.ended |= token.kind == Kind::End;
            if let Some(slot) = self.ring.get_mut((self.head + self.len) % WINDOW) {
                *slot = token;
            }
            self.len += 1;
        }
        self.ring
            .get((self.head + offset) % WINDOW)
            .copied()
            .unwrap_or_default()
    }

    /// The first token from `k` on that can start an expression (a number or a word of the
    /// lexicon), or the end; tokens passed over are read straight from the tokenizer
    /// without entering the window.
    pub(super) fn skip_to_start(&mut self, k: usize) -> usize {
        self.forget_before(k);
        let can_start = |token: &Token| match token.kind {
            Kind::End | Kind::Number => true,
            Kind::Word => {
                token.reading.month.is_some()
                    || token
                        .reading
                        .keyword
                        .is_some_and(|(lex, _)| can_start_expression(lex))
            }
            Kind::Punct(_) => false,
        };
        let mut k = k;
        loop {
            if self.len > 0 {
                let token = self.token(k);
                if can_start(&token) {
                    return k;
                }
                k += 1;
                self.forget_before(k);
                continue;
            }
            if self.ended {
                return k;
            }
            let token = self.tokenizer.next_token();
            if can_start(&token) {
                self.ended |= token.kind == Kind::End;
                if let Some(slot) = self.ring.get_mut(self.head) {
                    *slot = token;
                }
                self.len = 1;
                return k;
            }
            self.pass(token);
            k += 1;
            self.first = k;
        }
    }

    /// Drops tokens before `k`.
    pub(super) fn forget_before(&mut self, k: usize) {
        while self.first < k {
            if self.len == 0 {
                // Not yet read: read it to move on.
                self.token(self.first);
            }
            if let Some(token) = self.ring.get(self.head).copied() {
                self.pass(token);
            }
            self.head = (self.head + 1) % WINDOW;
            self.first += 1;
            self.len = self.len.saturating_sub(1);
        }
    }

    /// A token is left behind: it is the one before the window, and it may end a
    /// sentence (which ends its anaphora and its tense) or speak of the future.
    fn pass(&mut self, token: Token) {
        let ends = matches!(token.kind, Kind::Punct('.' | '!' | '?' | '؟'));
        if ends || token.line_before {
            self.previous = None;
            self.future = false;
        }
        // `سيعقد`, `من المقرر`, and `المقبل`: what follows is in the future.
        if token
            .reading
            .keyword
            .is_some_and(|(lex, _)| matches!(lex, Lex::Keyword(K::Future | K::Next)))
        {
            self.future = true;
        }
        // `على أن يتم يوم الثلاثاء`: "with … to be done", the future too.
        let that = |t: Token| {
            t.reading
                .keyword
                .is_some_and(|(lex, _)| lex == Lex::Keyword(K::That))
        };
        // Both are frequent words of the same keyword: spelled out only for a pair of them.
        if that(token)
            && self.before.is_some_and(|before| {
                let word = |t: Token| crate::checked::slice(self.text, t.start..t.end);
                that(before) && lexicon::is(word(before), "على") && lexicon::is(word(token), "أن")
            })
        {
            self.future = true;
        }
        self.before_that = self.before;
        self.before = Some(token);
    }

    fn word_text(&mut self, k: usize) -> Option<&'t str> {
        let token = self.token(k);
        if token.kind != Kind::Word {
            return None;
        }
        self.text.get(token.start..token.end)
    }

    fn lex(&mut self, k: usize) -> Option<Lex> {
        self.token(k).reading.keyword.map(|(lex, _)| lex)
    }

    /// The byte length of a proclitic glued to the keyword at `k`.
    fn clitic(&mut self, k: usize) -> usize {
        self.token(k)
            .reading
            .keyword
            .map_or(0, |(_, clitic)| usize::from(clitic))
    }

    fn is_kw(&mut self, k: usize, keyword: K) -> bool {
        self.lex(k) == Some(Lex::Keyword(keyword))
    }

    fn is_punct(&mut self, k: usize, c: char) -> bool {
        self.token(k).kind == Kind::Punct(c)
    }

    /// The pattern that starts at token `k`, if any.
    pub(super) fn match_at(&mut self, k: usize) -> Option<Found> {
        self.clear_pending();
        let found = self.match_checked(k);
        if found.is_none() {
            self.clear_pending();
        }
        let mut found = found?;
        self.complete(&mut found);
        for index in 0..self.pending_len {
            if let Some(Some(mut later)) = self.pending.get(index).cloned() {
                self.complete(&mut later);
                if let Some(slot) = self.pending.get_mut(index) {
                    *slot = Some(later);
                }
            }
        }
        Some(found)
    }

    /// What the text leaves out, taken from the reference: the year of a day and month
    /// (`في 9 يوليوز`, `يوم 4 ذي الحجة`) or of a month (`خلال شهر أوت`), the one nearest
    /// the reference. Without a reference such a date is unresolved: the text gives
    /// only part of it.
    fn complete(&mut self, found: &mut Found) {
        if found.kind != DateKind::Absolute || self.every_year(found.next) {
            return;
        }
        let Some(reference) = self.finder.reference else {
            if is_yearless(&found.value) {
                found.kind = DateKind::RelativeUnresolved;
            }
            return;
        };
        if let Some(valid) = complete_year(&mut found.value, reference, self.future) {
            found.kind = DateKind::Inferred;
            if !valid {
                found.invalid = match found.value {
                    DateValue::Gregorian(date) => invalid_day(&date),
                    DateValue::Range(first, last) => {
                        invalid_day(&first).or_else(|| invalid_day(&last))
                    }
                    _ => None,
                };
            }
        }
    }

    /// Whether the words at `k` say the date comes back every year (`من كل عام`,
    /// `كل سنة`): such a date has no year of its own.
    fn every_year(&mut self, k: usize) -> bool {
        if self.is_kw(k, K::Usually) {
            return true;
        }
        let at = if self.is_kw(k, K::From) { k + 1 } else { k };
        self.is_kw(at, K::Every)
            && matches!(self.lex(at + 1), Some(Lex::Keyword(K::Year | K::TheYear)))
    }

    /// [`match_plain`](Self::match_plain) and the context that says it is no date.
    fn match_checked(&mut self, k: usize) -> Option<Found> {
        let mut found = self.match_plain(k)?;
        // A glued proclitic is not part of the date (`وعام 2013`, `والفاتح من نوفمبر`).
        let token = self.token(k);
        if found.span.start == token.start && token.kind == Kind::Word {
            found.span.start += self.clitic(k);
        }
        // Context that says it is not a date.
        let before = if k == 0 { None } else { self.lex(k - 1) };
        match before {
            Some(Lex::Keyword(K::ThereseMay | K::Place)) => return None,
            Some(Lex::Keyword(K::Car)) if found.naming.contains(MonthNaming::LEVANTINE) => {
                return None;
            }
            // `احتفالات يناير`, `إيض يناير`: the Amazigh new year, not January.
            Some(Lex::Keyword(K::Amazigh))
                if found.value.gregorian().and_then(|d| d.month) == Some(1) =>
            {
                return None;
            }
            _ => {}
        }
        Some(found)
    }

    fn match_plain(&mut self, k: usize) -> Option<Found> {
        let token = self.token(k);
        match token.kind {
            Kind::Number => self
                .numeric(k)
                .or_else(|| self.day_first(k))
                .or_else(|| self.bare_year(k)),
            Kind::Word => {
                let lex = self.lex(k);
                match lex {
                    // `أشهر جويلية وأوت وسبتمبر 2015`.
                    Some(Lex::Unit(Unit::Month, 0)) => self.month_word(k),
                    // `أيام 4 و11 و18 فبراير`, `أيام الجمعة 9 ديسمبر والثلاثاء 13 ديسمبر`.
                    Some(Lex::Unit(Unit::Day, 0))
                        if self.number(k + 1).is_some()
                            || matches!(self.lex(k + 1), Some(Lex::Weekday(_))) =>
                    {
                        let mut inner = match self.lex(k + 1) {
                            Some(Lex::Weekday(weekday)) => {
                                self.weekday_first(k + 1, weekday, false)?
                            }
                            _ => self.day_first(k + 1)?,
                        };
                        inner.span.start = token.start;
                        Some(inner)
                    }
                    Some(Lex::Keyword(K::Day)) => {
                        // `يوم 5 ماي`, `يومي 25 و26 يونيو`, `يوم أمس الاثنين`,
                        // `يوم الاثنين 17 دجنبر`, `يوم الخميس` (the last one).
                        // `كل يوم أحد`: every Sunday.
                        if k > 0 && self.is_kw(k - 1, K::Every) {
                            return None;
                        }
                        let mut inner = match self.lex(k + 1) {
                            Some(Lex::Weekday(weekday)) => self.weekday_first(k + 1, weekday, true),
                            // A day: not `نهار شهر رمضان` (the daytime of Ramadan).
                            Some(Lex::Keyword(K::Month | K::TheMonth | K::TheYear | K::Year)) => {
                                None
                            }
                            _ => self.match_plain(k + 1),
                        }?;
                        inner.span.start = token.start;
                        Some(inner)
                    }
                    // `ليلة الخميس`, `صباح أمس`: the part of the day is not in the span;
                    // but `نهار` is also "day" before a weekday or a number (`نهار
                    // الخميس 18 دجنبر`), not before `اليوم` (`نهار اليوم`, today's daytime).
                    Some(Lex::Keyword(K::DayPart)) => {
                        let day = self.word_text(k).is_some_and(|w| lexicon::is(w, "نهار"));
                        let mut inner = match self.lex(k + 1) {
                            Some(Lex::Weekday(weekday)) => {
                                self.weekday_first(k + 1, weekday, true)?
                            }
                            None if day && self.token(k + 1).kind == Kind::Number => {
                                self.day_first(k + 1)?
                            }
                            _ => return None,
                        };
                        inner.span.start = if day {
                            token.start
                        } else {
                            inner.span.start + self.clitic(k + 1)
                        };
                        Some(inner)
                    }
                    Some(Lex::Weekday(weekday)) => self.weekday_first(k, weekday, false),
                    Some(Lex::Keyword(opener @ (K::From | K::Between))) => {
                        // Most `من` are followed by no date: a look at the next word.
                        let next = self.token(k + 1);
                        let can_follow = match next.kind {
                            Kind::Number => true,
                            Kind::Word => {
                                next.reading.month.is_some()
                                    || matches!(
                                        self.lex(k + 1),
                                        Some(
                                            Lex::Weekday(_)
                                                | Lex::Ordinal(_)
                                                | Lex::Keyword(
                                                    K::FirstOrdinal
                                                        | K::SecondOrdinal
                                                        | K::Year
                                                        | K::Day
                                                        | K::Month
                                                        | K::Today
                                                )
                                        )
                                    )
                            }
                            _ => false,
                        };
                        if !can_follow {
                            return None;
                        }
                        if let Some(mut years) = self.year_range(k + 1, opener == K::Between) {
                            years.span.start = token.start;
                            return Some(years);
                        }
                        self.between = opener == K::Between;
                        // `من الأحد 11 سبتمبر حتى الخميس 15 سبتمبر`: the weekday of the
                        // first day.
                        // `من يوم الثلاثاء 27 جوان`: `يوم` and the weekday of the first day.
                        let mut first = k + 1;
                        if self.is_kw(first, K::Day) {
                            first += 1;
                        }
                        let weekday = match self.lex(first) {
                            Some(Lex::Weekday(day)) => {
                                first += 1;
                                Weekday::from_iso(day)
                            }
                            _ => None,
                        };
                        let inner = self
                            .day_first(first)
                            .or_else(|| self.ordinal_day(first, true))
                            .or_else(|| self.month_first(first, true))
                            .or_else(|| {
                                self.is_kw(first, K::Month)
                                    .then(|| self.month_word(first))
                                    .flatten()
                            })
                            .or_else(|| self.numeric(first))
                            // `من اليوم السبت وإلى غاية 4 جوان 2017`.
                            .or_else(|| {
                                self.is_kw(first, K::Today)
                                    .then(|| self.relative(first))
                                    .flatten()
                            })
                            // `من يوم الاثنين المقبل إلى غاية يوم الخميس 11 ماي`.
                            .or_else(|| {
                                weekday?;
                                match self.lex(k + 1) {
                                    Some(Lex::Weekday(day)) => {
                                        self.weekday_first(k + 1, day, false)
                                    }
                                    _ => self.match_plain(k + 1),
                                }
                            })
                            .map(|mut inner| {
                                inner.weekday = inner.weekday.or(weekday);
                                inner
                            });
                        self.between = false;
                        let mut inner = inner?;
                        if !matches!(
                            inner.value,
                            DateValue::Range(..) | DateValue::HijriRange { .. }
                        ) {
                            self.clear_pending();
                            // `من أفريل 2017 إلى غاية نوفمبر 2017`, `بين جانفي 2010
                            // وأفريل 2017`: two whole dates.
                            let mut range = self.two_ends(inner, opener == K::Between)?;
                            range.span.start = token.start;
                            return Some(range);
                        }
                        inner.span.start = token.start;
                        Some(inner)
                    }
                    Some(Lex::Keyword(K::FirstOfMonth)) => self.first_of_month(k),
                    Some(Lex::Keyword(K::Competition)) => self.named_with_year(k),
                    Some(Lex::Keyword(K::Event)) => {
                        // `حركة 20 فبراير`, `أحداث فيفري 2014`.
                        let mut inner = self
                            .day_first(k + 1)
                            .or_else(|| {
                                self.is_kw(k + 1, K::FirstOfMonth)
                                    .then(|| self.first_of_month(k + 1))
                                    .flatten()
                            })
                            .or_else(|| {
                                self.month_first(k + 1, false).filter(|inner| {
                                    matches!(
                                        inner.value,
                                        DateValue::Gregorian(Date { year: Some(_), .. })
                                    )
                                })
                            })?;
                        self.clear_pending();
                        inner.kind = DateKind::NamedEvent;
                        inner.span.start = token.start;
                        Some(inner)
                    }
                    Some(Lex::Keyword(K::Month)) => self.month_word(k),
                    Some(Lex::Keyword(K::Year)) => self.year_only(k),
                    // `العام 2013`, `العام الماضي`, `العام نفسه`.
                    Some(Lex::Keyword(K::TheYear)) => self
                        .year_only(k)
                        .or_else(|| self.relative(k))
                        .or_else(|| self.anaphora(k)),
                    // `أول نوفمبر 1954`, `الأول من مارس`, or `أول أمس`.
                    Some(Lex::Keyword(K::FirstOrdinal)) => self
                        .first_of_month(k)
                        .or_else(|| self.ordinal_day(k, false))
                        .or_else(|| self.relative(k)),
                    Some(Lex::Keyword(K::SecondOrdinal)) | Some(Lex::Ordinal(_)) => {
                        self.ordinal_day(k, false)
                    }
                    Some(Lex::Keyword(K::Today | K::TheMonth)) => {
                        self.relative(k).or_else(|| self.anaphora(k))
                    }
                    Some(Lex::Keyword(
                        K::Yesterday
                        | K::Tomorrow
                        | K::Morrow
                        | K::TheNight
                        | K::After
                        | K::Week
                        | K::Since
                        | K::Before
                        | K::This,
                    )) => self.relative(k),
                    Some(Lex::Keyword(K::Same)) => self.anaphora(k),
                    // `خلال أوت`: the preposition is not in the span.
                    Some(Lex::Keyword(K::During | K::PartOf)) => self.month_after_during(k + 1),
                    _ => self.month_first(k, false),
                }
            }
            _ => None,
        }
    }

    /// The range from `first`, a whole date read after `من` or `بين`, to the date of
    /// the same precision after `إلى`, `حتى`, `إلى غاية` (or `و` after `بين`): `من
    /// 2-3-2017 وحتى 16-5-2017`, `من شهر جانفي 2017 إلى شهر نوفمبر 2017`.
    fn two_ends(&mut self, first: Found, between: bool) -> Option<Found> {
        let DateValue::Gregorian(from) = first.value else {
            return None;
        };
        let mut k = first.next;
        if between {
            // `وأفريل 2017` glues the `و` to the month; `و 2017` stands apart.
            if self.is_kw(k, K::And) {
                k += 1;
            } else if !self
                .word_text(k)
                .is_some_and(|w| w.starts_with('\u{0648}') && self.token(k).reading.month.is_some())
            {
                return None;
            }
        } else {
            if !self.is_kw(k, K::To) {
                return None;
            }
            k += 1;
            // `إلى غاية`, `حتى حدود`.
            if self.is_kw(k, K::To) || self.word_text(k).is_some_and(|w| lexicon::is(w, "حدود"))
            {
                k += 1;
            }
        }
        // `من 21 فيفري إلى 25 من نفس الشهر`: the month of the first end.
        let previous = self.previous.replace(from);
        let last = self.match_plain(k);
        self.previous = previous;
        self.clear_pending();
        let last = last?;
        let DateValue::Gregorian(mut to) = last.value else {
            return None;
        };
        // `من اليوم إلى غاية 30 ماي`: the end without its year takes the start's, or the
        // next one if it would come before the start.
        if to.year.is_none() && to.month.is_some() {
            to.year = from.year;
            if to < from {
                to.year = from.year.map(|year| year + 1);
            }
        }
        // `من جويلية 1955 إلى 31 ديسمبر 2013`: the ends may be of different precision,
        // but each gives its year.
        let whole_ends = from.year.is_some() && to.year.is_some();
        if !whole_ends || from >= to || first.invalid.is_some() || last.invalid.is_some() {
            return None;
        }
        let mut range = self.found(
            first.span.start..last.span.end,
            last.next,
            DateValue::Range(from, to),
            first.naming.union(last.naming),
        );
        range.kind = match (first.kind, last.kind) {
            (DateKind::Absolute, kind) | (kind, _) => kind,
        };
        range.weekday = first.weekday;
        Some(range)
    }

    /// A Hijri date read up to token `next`, with the Gregorian equivalent the text gives
    /// after it (`(29 يوليوز 2011)`, `الموافق 29 يوليوز 2011`), or else the computed one.
    fn hijri_found(
        &mut self,
        span: Range<usize>,
        next: usize,
        hijri: HijriDate,
        naming: MonthNaming,
    ) -> Found {
        let parenthesis = self.is_punct(next, '(');
        let mut at = next;
        if parenthesis {
            at += 1;
        } else if self.is_kw(next, K::Corresponding) {
            at += 1;
            // `الموافق لـ 29 يوليوز 2011`, `الموافق ل29`.
            if self.is_kw(at, K::To) {
                at += 1;
            }
        }
        if at > next {
            let written = self
                .day_first(at)
                .or_else(|| self.numeric(at))
                .filter(|inner| !parenthesis || self.is_punct(inner.next, ')'));
            self.clear_pending();
            if let Some(inner) = written {
                if let DateValue::Gregorian(date @ Date { year: Some(_), .. }) = inner.value {
                    let (end, after) = if parenthesis {
                        (self.token(inner.next).end, inner.next + 1)
                    } else {
                        (inner.span.end, inner.next)
                    };
                    let value = DateValue::Hijri {
                        hijri,
                        gregorian: Some(date),
                        converted: false,
                    };
                    return self.found(span.start..end, after, value, naming.union(inner.naming));
                }
            }
        }
        let gregorian = hijri_to_gregorian(hijri);
        let value = DateValue::Hijri {
            hijri,
            gregorian,
            converted: gregorian.is_some(),
        };
        self.found(span, next, value, naming)
    }

    /// A relative expression read over `span`, resolved when there is a reference.
    fn relative_found(
        &self,
        span: Range<usize>,
        next: usize,
        relative: Relative,
        weekday: Option<Weekday>,
    ) -> Found {
        let (value, kind) = self.resolve(relative);
        Found {
            span,
            next,
            value,
            kind,
            naming: MonthNaming::NONE,
            weekday,
            relative: Some(relative),
            invalid: None,
        }
    }

    /// A day, month or year taken in part from the date before it (`يوم 12 منه`).
    fn inferred(&self, span: Range<usize>, next: usize, date: Date) -> Found {
        let mut found = self.found(span, next, DateValue::Gregorian(date), MonthNaming::NONE);
        found.kind = DateKind::Inferred;
        found
    }

    fn found(
        &self,
        span: Range<usize>,
        next: usize,
        value: DateValue,
        naming: MonthNaming,
    ) -> Found {
        let invalid = match value {
            DateValue::Gregorian(date) => invalid_day(&date),
            DateValue::Range(first, last) => invalid_day(&first)
                .or_else(|| invalid_day(&last))
                .or_else(|| {
                    (first > last && first.year.is_some() == last.year.is_some())
                        .then_some(ParseDateErrorKind::ReversedRange)
                }),
            // Hijri months have 29 or 30 days by sighting: any day up to 30 is possible.
            DateValue::Hijri { hijri, .. } | DateValue::HijriRange { last: hijri, .. } => {
                match (hijri.month, hijri.day) {
                    (Some(month), Some(day)) if day > 30 => Some(ParseDateErrorKind::InvalidDate {
                        year: hijri.year,
                        month,
                        day,
                    }),
                    _ => None,
                }
            }
        };
        Found {
            span,
            next,
            value,
            kind: DateKind::Absolute,
            naming,
            weekday: None,
            relative: None,
            invalid,
        }
    }
}

/// Whether a word of the lexicon can start a date expression (the others only continue
/// one, or say that what follows is none).
fn can_start_expression(lex: Lex) -> bool {
    !matches!(
        lex,
        Lex::Unit(Unit::Week | Unit::Month | Unit::Year, _)
            | Lex::Keyword(
                K::NotToday
                    | K::Teen
                    | K::Itself
                    | K::OfIt
                    | K::Season
                    | K::Corresponding
                    | K::Last
                    | K::Next
                    | K::Current
                    | K::Gregorian
                    | K::HijriEra
                    | K::Number
                    | K::LawWord
                    | K::ThereseMay
                    | K::Car
                    | K::Amazigh
                    | K::Place
                    | K::LastOrdinal
                    | K::And
                    | K::Or
                    | K::To
                    | K::Born
                    | K::Future
                    | K::General
                    | K::Usually
                    | K::NotWeekday
                    | K::In
                    | K::Every
                    | K::One
                    | K::Dated
                    | K::That
            )
    )
}

/// Whether a value gives a month (or a day of it) but not the year.
fn is_yearless(value: &DateValue) -> bool {
    match value {
        DateValue::Gregorian(date) => date.year.is_none() && date.month.is_some(),
        DateValue::Range(first, last) => {
            first.year.is_none() && last.year.is_none() && first.month.is_some()
        }
        DateValue::Hijri {
            hijri, gregorian, ..
        } => hijri.year.is_none() && hijri.month.is_some() && gregorian.is_none(),
        DateValue::HijriRange { first, .. } => first.year.is_none() && first.month.is_some(),
    }
}

/// The Gregorian day of a whole Hijri date (computed: a country that fixes its months by
/// sighting, Morocco among them, may be a day apart).
fn hijri_to_gregorian(date: HijriDate) -> Option<Date> {
    let (year, month, day) = (date.year?, date.month?, date.day?);
    let (gy, gm, gd) = civil_from_days(days_from_hijri(year, month, day));
    Some(Date::ymd(gy, gm, gd))
}

/// The error for a day that does not exist.
fn invalid_day(date: &Date) -> Option<ParseDateErrorKind> {
    if date.is_valid() {
        return None;
    }
    Some(ParseDateErrorKind::InvalidDate {
        year: date.year,
        month: date.month.unwrap_or(0),
        day: date.day.unwrap_or(0),
    })
}
