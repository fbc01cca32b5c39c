//! Expressions that start with a day: `17 دجنبر 2014`, `فاتح ماي`, `الثاني عشر من
//! شتنبر`, `يوم 12 منه`, ranges of days (`من 4 إلى 8 جوان`) and coordinations
//! (`يومي 7 و8 دجنبر`: two dates).

use super::*;

/// One day of a coordination: where its words are, the day, and the weekday written
/// before it.
#[derive(Clone, Copy, Debug)]
struct Item {
    start: usize,
    end: usize,
    day: u8,
    weekday: Option<Weekday>,
}

impl Matcher<'_> {
    /// `فاتح ماي`, `غرة أكتوبر`, `الفاتح من نوفمبر 1954`: the first day of the month.
    pub(super) fn first_of_month(&mut self, k: usize) -> Option<Found> {
        // `الأسبوع الأول من شهر فيفري`: an ordinal after a noun is no day.
        if self.is_kw(k, K::FirstOrdinal) && !self.day_can_stand(k) {
            return None;
        }
        let mut next = k + 1;
        if self.is_kw(next, K::From) {
            next += 1;
        }
        // `فاتح شهر شوال 1440`.
        if self.is_kw(next, K::Month) {
            next += 1;
        }
        self.single_month(next)?;
        let start = self.token(k).start;
        let found = self.day_month_tail(start, None, 1, next)?;
        if matches!(
            found.value,
            DateValue::Range(..) | DateValue::HijriRange { .. }
        ) {
            self.clear_pending();
            return None;
        }
        Some(found)
    }

    /// Expressions that start with a day number: `17 دجنبر 2014`, `27 شعبان 1432 (29
    /// يوليوز 2011)`, `12 إلى 15 يوليوز 2019`, `25 و26 يونيو 2019` (two dates),
    /// `12 منه`.
    pub(super) fn day_first(&mut self, k: usize) -> Option<Found> {
        let start = self.token(k).start;
        let day = self.day(k)?;
        // `الفصل 03 منه` is an article of a law, not a day of the month.
        if self.anaphoric_month(k + 1).is_some() && !self.day_can_stand(k) {
            return None;
        }
        self.day_rest(start, day, k + 1, true)
    }

    /// A day written as an ordinal: `الثاني عشر من شتنبر 2018`, `الحادي والعشرين من
    /// مارس`, `الخامس من الشهر الماضي`. Only where a day can stand (after `في`, `يوم`,
    /// a punctuation mark…): `الأسبوع الأول من مارس` is no date. `after_opener`: `من`
    /// or `بين` is before it.
    pub(super) fn ordinal_day(&mut self, k: usize, after_opener: bool) -> Option<Found> {
        let (day, next) = self.ordinal(k)?;
        if !after_opener && !self.day_can_stand(k) {
            return None;
        }
        let start = self.token(k).start;
        let found = self.day_rest(start, day, next, after_opener)?;
        // Only with a month (or the month of the date before it).
        Some(found)
    }

    /// The ordinal number at `k` (1..=31) and the token after it.
    fn ordinal(&mut self, k: usize) -> Option<(u8, usize)> {
        let unit = match self.lex(k)? {
            Lex::Keyword(K::FirstOrdinal) => 1,
            Lex::Keyword(K::SecondOrdinal) => 2,
            Lex::Ordinal(n) => n,
            _ => return None,
        };
        if unit >= 20 {
            return Some((unit, k + 1));
        }
        if self.is_kw(k + 1, K::Teen) && unit < 10 {
            return Some((10 + unit, k + 2));
        }
        // `الحادي والعشرين`, `الثاني و العشرين`.
        let (tens_at, and) = if self.is_kw(k + 1, K::And) {
            (k + 2, true)
        } else {
            (k + 1, self.clitic(k + 1) > 0)
        };
        if let (true, Some(Lex::Ordinal(tens @ (20 | 30)))) = (and, self.lex(tens_at)) {
            let day = tens + unit;
            return (day <= 31 && unit < 10).then_some((day, tens_at + 1));
        }
        // `الحادي` stands only in a compound.
        let alone = !matches!(self.lex(k), Some(Lex::Ordinal(1)));
        alone.then_some((unit, k + 1))
    }

    /// Whether a day can stand at `k`: at the start, after punctuation or a number, or
    /// after a word that introduces a date (`في`, `يوم`, `منذ`, `حتى`, `بتاريخ`, `و`).
    pub(super) fn day_can_stand(&mut self, k: usize) -> bool {
        if k == 0 {
            return true;
        }
        let before = self.token(k - 1);
        if before.kind != Kind::Word {
            return true;
        }
        matches!(
            self.lex(k - 1),
            Some(
                Lex::Keyword(
                    K::Day
                        | K::From
                        | K::To
                        | K::Since
                        | K::Between
                        | K::And
                        | K::During
                        | K::DayPart
                        | K::Corresponding
                        | K::Today
                        | K::Yesterday
                        | K::Tomorrow
                        | K::Morrow
                        | K::Event
                        | K::In
                        | K::Dated
                ) | Lex::Weekday(_)
            )
        )
    }

    /// After a day whose words end before token `k`: the month and the rest. `joins`:
    /// a range or coordination of days may follow (`12 إلى 15 يوليوز`, `7 و8 دجنبر`).
    fn day_rest(&mut self, start: usize, day: u8, k: usize, joins: bool) -> Option<Found> {
        // The month of the date before it: `يوم 12 منه`, `12 من نفس الشهر`.
        if let Some((previous, next)) = self.anaphoric_month(k) {
            let value = Date {
                day: Some(day),
                ..previous
            };
            let end = self.token(next - 1).end;
            return Some(self.inferred(start..end, next, value));
        }
        let mut next = k;
        if self.is_kw(next, K::From) {
            next += 1;
            // `الخامس من الشهر الماضي`.
            if self.is_kw(next, K::TheMonth) {
                let direction = self.direction(next + 1)?;
                return Some(self.day_of_relative_month(start, day, direction, next + 2));
            }
        }
        // `14 من شهر يوليوز`.
        if self.is_kw(next, K::Month) && self.single_month(next + 1).is_some() {
            next += 1;
        }
        if self.single_month(next).is_some() {
            return self.day_month_tail(start, None, day, next);
        }
        if !joins || next != k {
            return None;
        }
        // A range of days in one month: `12 إلى 15 يوليوز`, `12-15 يوليوز`,
        // `بين 5 و8 مارس`, `من 28 لـ 30 جوان`.
        let ranged = self.is_kw(next, K::To)
            || self.is_punct(next, '-')
            || (self.between && self.is_kw(next, K::And));
        if ranged {
            let last = self.day(next + 1)?;
            // `من 23 إلى 26 من نفس الشهر`.
            if let Some((previous, after)) = self.anaphoric_month(next + 2) {
                let end = self.token(after - 1).end;
                let value = DateValue::Range(
                    Date {
                        day: Some(day),
                        ..previous
                    },
                    Date {
                        day: Some(last),
                        ..previous
                    },
                );
                let mut found = self.found(start..end, after, value, MonthNaming::NONE);
                found.kind = DateKind::Inferred;
                return Some(found);
            }
            return self.day_month_tail(start, Some(day), last, next + 2);
        }
        let first = Item {
            start,
            end: self.token(k - 1).end,
            day,
            weekday: None,
        };
        self.coordination(first, k)
    }

    /// A day of a month named by a relative word: `الخامس من الشهر الماضي`.
    fn day_of_relative_month(
        &mut self,
        start: usize,
        day: u8,
        direction: i8,
        next: usize,
    ) -> Found {
        let relative = Relative::Months(i32::from(direction));
        let (value, kind) = self.resolve(relative);
        let value = match value {
            DateValue::Gregorian(date) if date.month.is_some() => DateValue::Gregorian(Date {
                day: Some(day),
                ..date
            }),
            _ => DateValue::Gregorian(Date {
                day: Some(day),
                ..Date::default()
            }),
        };
        let end = self.token(next - 1).end;
        let mut found = self.found(start..end, next, value, MonthNaming::NONE);
        found.kind = kind;
        found.relative = Some(relative);
        found
    }

    /// Days joined by `و` before one month: `7 و8 دجنبر`, `4 و11 و18 فبراير 2020`,
    /// `2 والأحد 3 نونبر`. Each is a date; the first is returned, the others wait in
    /// the queue. `k` is the token after the first day.
    fn coordination(&mut self, first: Item, k: usize) -> Option<Found> {
        let mut items = [first; COORDINATED];
        let mut count = 1;
        let mut next = k;
        loop {
            let mut p = next;
            // `7 و8`, `10 أو 11 أو 12 مارس`.
            let and = self.is_kw(p, K::And) || self.is_kw(p, K::Or);
            if and {
                p += 1;
            }
            let mut weekday = None;
            let mut item_start = self.token(p).start;
            if let Some(Lex::Weekday(w)) = self.lex(p) {
                if !and && self.clitic(p) == 0 {
                    break;
                }
                weekday = Weekday::from_iso(w);
                item_start += self.clitic(p);
                p += 1;
            } else if !and {
                break;
            }
            let Some(day) = self.day(p) else { break };
            if weekday.is_none() {
                item_start = self.token(p).start;
            }
            let slot = items.get_mut(count)?;
            *slot = Item {
                start: item_start,
                end: self.token(p).end,
                day,
                weekday,
            };
            count += 1;
            next = p + 1;
        }
        if count < 2 {
            return None;
        }
        let last_item = *items.get(count - 1)?;
        let mut last = self.day_rest(last_item.start, last_item.day, next, false)?;
        self.clear_pending();
        last.weekday = last_item.weekday;
        let first = self.coordinated(&last, items.first().copied()?);
        for item in items.iter().take(count - 1).skip(1) {
            let later = self.coordinated(&last, *item);
            self.push_pending(later);
        }
        self.push_pending(last);
        Some(first)
    }

    /// An earlier day of a coordination, with the month and year of the last one.
    fn coordinated(&self, last: &Found, item: Item) -> Found {
        let value = match last.value {
            DateValue::Gregorian(date) => DateValue::Gregorian(Date {
                day: Some(item.day),
                ..date
            }),
            DateValue::Hijri { hijri, .. } => {
                let hijri = HijriDate {
                    day: Some(item.day),
                    ..hijri
                };
                let gregorian = hijri_to_gregorian(hijri);
                DateValue::Hijri {
                    hijri,
                    gregorian,
                    converted: gregorian.is_some(),
                }
            }
            other => other,
        };
        let found = self.found(item.start..item.end, last.next, value, last.naming);
        Found {
            kind: last.kind,
            relative: last.relative,
            weekday: item.weekday,
            ..found
        }
    }

    /// After the day (and an optional first day of a range): the month, the year, and the
    /// rest.
    pub(super) fn day_month_tail(
        &mut self,
        start: usize,
        range_from: Option<u8>,
        day: u8,
        k: usize,
    ) -> Option<Found> {
        let month = self.month(k)?;
        if month.libyan() && !month.naming.contains(MonthNaming::STANDARD) {
            return self.libyan_date(start, day, month);
        }
        if month.hijri() {
            return self.hijri_tail(start, range_from, day, month);
        }
        let next = month.next;
        // A relative word instead of a year: `17 دجنبر الجاري`, `الفاتح من شتنبر المقبل`.
        if let Some(direction) = self.direction(next) {
            let relative = Relative::NamedMonth {
                month: month.month,
                direction,
            };
            let (value, kind) = self.resolve(relative);
            // The day itself is the next or the last one: `16 ماي القادم` written on
            // 7 May is this year's.
            let reference = self.finder.reference;
            let with_day = |day: u8| {
                let year = match (value, reference) {
                    (DateValue::Gregorian(date), Some(reference)) => match reference.year {
                        Some(year) if direction != 0 => Some(year_in_direction(
                            (Some(month.month), Some(day)),
                            (reference.month, reference.day),
                            year,
                            direction,
                        )),
                        _ => date.year,
                    },
                    _ => None,
                };
                Date {
                    day: Some(day),
                    month: Some(month.month),
                    year,
                }
            };
            let value = match range_from {
                Some(from) => DateValue::Range(with_day(from), with_day(day)),
                None => DateValue::Gregorian(with_day(day)),
            };
            let end = self.token(next).end;
            let mut found = self.found(start..end, next + 1, value, month.naming);
            found.kind = kind;
            found.relative = Some(relative);
            // `من 29 ماي المقبل الى غاية 10 جوان 2017`: the first end of a range.
            if range_from.is_none() {
                if let DateValue::Gregorian(first) = value {
                    if let Some(range) = self.range_to_second(start, first, month, &found) {
                        return Some(range);
                    }
                }
            }
            return Some(found);
        }
        let phrase = self.year_phrase(next);
        let (end, after) = match phrase {
            Some(p) => (p.end, p.next),
            None => (self.token(next - 1).end, next),
        };
        let (year_value, kind, relative) = match phrase.map(|p| p.kind) {
            Some(YearPhrase::Year(y)) => {
                if !Self::plausible_gregorian(y.year) || y.hijri_era {
                    return None;
                }
                (Some(y.year), DateKind::Absolute, None)
            }
            Some(YearPhrase::Relative(years)) => {
                let relative = Relative::Years(years);
                let (value, kind) = self.resolve(relative);
                let year = value.gregorian().and_then(|d| d.year);
                (year, kind, Some(relative))
            }
            Some(YearPhrase::Previous(year)) => (Some(year), DateKind::Inferred, None),
            None => (None, DateKind::Absolute, None),
        };
        let date = Date {
            year: year_value,
            month: Some(month.month),
            day: Some(day),
        };
        let with_kind = |mut found: Found| {
            found.kind = kind;
            found.relative = relative;
            found
        };
        if range_from.is_none() && kind == DateKind::Absolute {
            if let Some(found) = self.second_date(start, date, month, end, after) {
                return Some(found);
            }
        }
        let value = match range_from {
            Some(from) => DateValue::Range(
                Date {
                    day: Some(from),
                    ..date
                },
                date,
            ),
            None => DateValue::Gregorian(date),
        };
        Some(with_kind(self.found(
            start..end,
            after,
            value,
            month.naming,
        )))
    }

    /// A range whose first end was read with a relative word (`first`, ending before token
    /// `first_found.next`): `إلى` or `الى غاية`, a second day and month.
    fn range_to_second(
        &mut self,
        start: usize,
        first: Date,
        month: MonthAt,
        first_found: &Found,
    ) -> Option<Found> {
        let mut at = first_found.next;
        if !self.is_kw(at, K::To) && !self.is_punct(at, '-') {
            return None;
        }
        while self.is_kw(at + 1, K::To) {
            at += 1;
        }
        let day2 = self.day(at + 1)?;
        let month2 = self.month(at + 2).filter(|m| !m.hijri() && !m.libyan())?;
        let second_start = self.token(at + 1).start;
        let second = self.day_month_tail(second_start, None, day2, at + 2)?;
        self.clear_pending();
        let DateValue::Gregorian(last) = second.value else {
            return None;
        };
        let mut found = self.found(
            start..second.span.end,
            second.next,
            DateValue::Range(first, last),
            month.naming.union(month2.naming),
        );
        found.kind = if second.kind == DateKind::Absolute {
            DateKind::Absolute
        } else {
            first_found.kind
        };
        found.relative = first_found.relative;
        Some(found)
    }

    /// A second day and month after a whole date: `28 يونيو إلى 3 يوليوز 2019`,
    /// `28 دجنبر 2014 إلى 3 يناير 2015` (ranges), `08 يونيو و08 يوليوز 2019` (two
    /// dates, the year of the second shared). `after` is the token after the first date.
    fn second_date(
        &mut self,
        start: usize,
        date: Date,
        month: MonthAt,
        end: usize,
        after: usize,
    ) -> Option<Found> {
        // `و13`, `و 13`, or a weekday with a glued `و` (`والثلاثاء 13`).
        // `24 أفريل 2017، إلى غاية`: a comma before the second end.
        let after = if self.is_punct(after, '،') || self.is_punct(after, ',') {
            after + 1
        } else {
            after
        };
        let and = self.is_kw(after, K::And)
            || (matches!(self.lex(after), Some(Lex::Weekday(_))) && self.clitic(after) > 0);
        let ranged = self.is_kw(after, K::To) || self.is_punct(after, '-') || (and && self.between);
        // `الى غاية`.
        let mut after = after;
        while ranged && self.is_kw(after + 1, K::To) {
            after += 1;
        }
        if !(ranged || and) {
            return None;
        }
        // `حتى الخميس 15 سبتمبر`, `إلى يوم الجمعة 30 جوان`: `يوم` and a weekday before
        // the second day.
        while (ranged || and)
            && matches!(
                self.lex(after + 1),
                Some(Lex::Weekday(_) | Lex::Keyword(K::Day))
            )
        {
            after += 1;
        }
        let day2 = self.day(after + 1)?;
        let month2 = self
            .month(after + 2)
            .filter(|m| !m.hijri() && !m.libyan())?;
        if and && !ranged {
            // Two dates: the second read whole, the first takes its year.
            let second_start = self.token(after + 1).start;
            let second = self.day_month_tail(second_start, None, day2, after + 2)?;
            let DateValue::Gregorian(second_date) = second.value else {
                self.clear_pending();
                return None;
            };
            let year = match (date.year, second_date.year) {
                (Some(year), _) => Some(year),
                (None, Some(last)) if month.month > month2.month => Some(last - 1),
                (None, last) => last,
            };
            let mut first = self.found(
                start..end,
                second.next,
                DateValue::Gregorian(Date { year, ..date }),
                month.naming,
            );
            // Without a year of its own, the first is dated as the second is
            // (`يومي 31 مارس و1 أفريل الماضيين`).
            if date.year.is_none() {
                first.kind = second.kind;
                first.relative = second.relative;
            }
            // The second before any date queued while reading it.
            self.push_pending_front(second);
            return Some(first);
        }
        // `من 22 جويلية إلى 05 اوت المقبلين`: a relative word after the second end dates
        // the range.
        if date.year.is_none() && self.direction(month2.next).is_some() {
            let second_start = self.token(after + 1).start;
            let second = self.day_month_tail(second_start, None, day2, after + 2);
            self.clear_pending();
            if let Some(second) = second {
                if let DateValue::Gregorian(
                    last @ Date {
                        year: Some(year), ..
                    },
                ) = second.value
                {
                    let first = Date {
                        year: Some(if month.month > month2.month {
                            year - 1
                        } else {
                            year
                        }),
                        ..date
                    };
                    if first < last {
                        let mut found = self.found(
                            start..second.span.end,
                            second.next,
                            DateValue::Range(first, last),
                            month.naming.union(month2.naming),
                        );
                        found.kind = second.kind;
                        found.relative = second.relative;
                        return Some(found);
                    }
                }
            }
        }
        let year2 = self
            .year(month2.next)
            .filter(|y| Self::plausible_gregorian(y.year));
        let (end2, after2, year2_value) = match year2 {
            Some(y) => (y.end, y.next, Some(y.year)),
            None => (self.token(month2.next - 1).end, month2.next, None),
        };
        // A year on the last date only: December to January crosses a year.
        let first_year = match (date.year, year2_value) {
            (Some(first), _) => Some(first),
            (None, Some(last)) if month.month > month2.month => Some(last - 1),
            (None, last) => last,
        };
        let first = Date {
            year: first_year,
            ..date
        };
        let mut last = Date {
            year: year2_value,
            month: Some(month2.month),
            day: Some(day2),
        };
        // `من 1 جانفي 2016 إلى 30 أكتوبر`: the end without a year takes the start's, or
        // the next one if it would come before the start.
        if ranged && last.year.is_none() {
            last.year = first.year;
            if last < first {
                last.year = first.year.map(|year| year + 1);
            }
        }
        // `1 يناير 1995 لـ1 يناير 1990` is no range: the first date stands alone.
        if first.year.is_some() && last.year.is_some() && first >= last {
            self.clear_pending();
            return None;
        }
        Some(self.found(
            start..end2,
            after2,
            DateValue::Range(first, last),
            month.naming.union(month2.naming),
        ))
    }
}
