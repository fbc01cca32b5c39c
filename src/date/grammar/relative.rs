//! Relative expressions (`أمس`, `الأسبوع الماضي`, `يوم الخميس الماضي`, `منذ 3 أيام`),
//! weekdays, and anaphora (`في اليوم ذاته`, `من نفس الشهر`).

use super::*;

impl Matcher<'_> {
    /// A weekday right after the expression (`أمس الاثنين`): the weekday and the token
    /// after it.
    pub(super) fn trailing_weekday(&mut self, k: usize) -> Option<(Weekday, usize)> {
        // `أمس، الأربعاء`, `أمس (الجمعة)`.
        let open = self.is_punct(k, '(');
        let at = if self.is_punct(k, '،') || self.is_punct(k, ',') || open {
            k + 1
        } else {
            k
        };
        let Some(Lex::Weekday(day)) = self.lex(at) else {
            return None;
        };
        // `أمس أحد حراس الغابات`: `أحد` without the article is "one of".
        if !self.is_definite(at) {
            return None;
        }
        if open {
            return self
                .is_punct(at + 1, ')')
                .then_some((Weekday::from_iso(day)?, at + 2));
        }
        Some((Weekday::from_iso(day)?, at + 1))
    }

    /// Past `الموافق` (and a `لـ` standing alone) before a day number, ordinal or `غرة`:
    /// `يوم الاثنين الموافق 26 جوان`, `اليوم الأربعاء الموافق لـ 15 جوان`; else `k`.
    fn corresponding(&mut self, k: usize) -> usize {
        if !self.is_kw(k, K::Corresponding) {
            return k;
        }
        let mut at = k + 1;
        if self
            .word_text(at)
            .is_some_and(|w| lexicon::folded(w).eq(['\u{0644}']))
        {
            at += 1;
        }
        let names_a_day = self.token(at).kind == Kind::Number
            || matches!(
                self.lex(at),
                Some(Lex::Ordinal(_) | Lex::Keyword(K::FirstOfMonth | K::FirstOrdinal))
            );
        if names_a_day { at } else { k }
    }

    /// Whether the word at `k` carries the article (`الأحد`, not `أحد`).
    fn is_definite(&mut self, k: usize) -> bool {
        let clitic = self.clitic(k);
        self.word_text(k)
            .and_then(|w| w.get(clitic..))
            .is_some_and(|w| lexicon::folded(w).take(2).eq(['\u{0627}', '\u{0644}']))
    }

    /// A weekday alone that names the day of a report, in the way of wire copy: after
    /// the verb and its subject, before `أن`, `عن`, `في`, a preposition or a comma
    /// (`أعلنت الوزارة الخميس أن`, `قالت … الاحد بصفاقس`).
    fn reported_weekday(&mut self, k: usize) -> bool {
        if k == 0 || !self.is_definite(k) || self.clitic(k) > 0 {
            return false;
        }
        if self.token(k - 1).kind != Kind::Word || self.lex(k - 1).is_some() {
            return false;
        }
        let next = self.token(k + 1);
        match next.kind {
            Kind::End => true,
            // Not `:` (`السبت: حصة واحدة`, a timetable).
            Kind::Punct(c) => matches!(c, '،' | ',' | '.' | '؛'),
            Kind::Number => false,
            Kind::Word => {
                if matches!(
                    self.lex(k + 1),
                    Some(Lex::Keyword(
                        K::From | K::To | K::During | K::Before | K::After
                    ))
                ) {
                    return true;
                }
                if matches!(self.lex(k + 1), Some(Lex::Keyword(K::That | K::In))) {
                    return true;
                }
                // A glued preposition: `بتونس`, `لوكالة`, not the article.
                self.word_text(k + 1).is_some_and(|w| {
                    let mut letters = lexicon::folded(w);
                    matches!(
                        (letters.next(), letters.next()),
                        (Some('\u{0628}'), Some(_)) | (Some('\u{0644}'), Some('\u{0627}'..='\u{0643}' | '\u{0645}'..))
                    )
                })
            }
        }
    }

    /// `أمس`, `اليوم`, `غدا`, `أول أمس`, `أول من أمس`, `أمس الأول`, `بعد غد`,
    /// `الأسبوع الماضي`, `الشهر المقبل`, `السنة الماضية`, `هذا العام`, `منذ 3 أيام`,
    /// `قبل أسبوعين`, optionally followed by a weekday and by the date it names
    /// (`أمس الثلاثاء 4 يونيو 2019`: the written date, the relative word kept beside it).
    pub(super) fn relative(&mut self, k: usize) -> Option<Found> {
        let start = self.token(k).start;
        let lex = self.lex(k)?;
        let (relative, mut next) = match lex {
            Lex::Keyword(K::Yesterday) => {
                // `لامس` ("touched") is a verb, not `ل` + `امس`; `بالأمس` is yesterday.
                let clitic = self.clitic(k);
                if clitic > 0
                    && self
                        .word_text(k)
                        .is_some_and(|w| w.starts_with(['\u{0644}', '\u{0643}']))
                {
                    return None;
                }
                if self.is_kw(k + 1, K::FirstOrdinal) {
                    (Relative::Days(-2), k + 2)
                } else {
                    (Relative::Days(-1), k + 1)
                }
            }
            Lex::Keyword(K::Today) => {
                if !self.today_is_a_date(k) {
                    return None;
                }
                (Relative::Days(0), k + 1)
            }
            Lex::Keyword(K::Tomorrow | K::Morrow) => (Relative::Days(1), k + 1),
            // `الليلة الفارطة`: last night.
            Lex::Keyword(K::TheNight) if self.direction(k + 1) == Some(-1) => {
                (Relative::Days(-1), k + 2)
            }
            // `أول أمس`, `أول من أمس`; not `الدور الأول أمس` (the first round, yesterday).
            Lex::Keyword(K::FirstOrdinal)
                if !self.word_text(k).is_some_and(|w| lexicon::is(w, "أول")) =>
            {
                return None;
            }
            Lex::Keyword(K::FirstOrdinal) if self.is_kw(k + 1, K::Yesterday) => {
                (Relative::Days(-2), k + 2)
            }
            Lex::Keyword(K::FirstOrdinal)
                if self.is_kw(k + 1, K::From) && self.is_kw(k + 2, K::Yesterday) =>
            {
                (Relative::Days(-2), k + 3)
            }
            Lex::Keyword(K::After) if self.is_kw(k + 1, K::Morrow) => (Relative::Days(2), k + 2),
            Lex::Keyword(K::Since | K::Before | K::After) => return self.count(k),
            // `هذا العام`, `هذه السنة`, `هذا الشهر`, `هذا الأسبوع`.
            Lex::Keyword(K::This) => {
                let relative = match self.lex(k + 1) {
                    Some(Lex::Keyword(K::Today | K::TheNight)) => Relative::Days(0),
                    Some(Lex::Keyword(K::Week)) => Relative::Weeks(0),
                    Some(Lex::Keyword(K::TheMonth)) => Relative::Months(0),
                    // `هذه السنة الدراسية`: a school year, named without its years (but
                    // `هذه السنة الميلادية` is the calendar year).
                    Some(Lex::Keyword(K::TheYear))
                        if self.lex(k + 2).is_none()
                            && self.is_definite_adjective(k + 2)
                            && !self.word_text(k + 2).is_some_and(|w| {
                                ["الميلادية", "الهجرية"]
                                    .iter()
                                    .any(|&calendar| lexicon::is(w, calendar))
                            }) =>
                    {
                        return None;
                    }
                    Some(Lex::Keyword(K::TheYear)) => Relative::Years(0),
                    _ => return None,
                };
                (relative, k + 2)
            }
            Lex::Keyword(unit @ (K::Week | K::TheMonth | K::TheYear)) => {
                // `المدير العام السابق`, `الأمين العام الحالي`: `العام` is "general".
                if unit == K::TheYear && k > 0 && self.is_kw(k - 1, K::General) {
                    return None;
                }
                let direction = i32::from(self.direction(k + 1)?);
                let relative = match unit {
                    K::Week => Relative::Weeks(direction),
                    K::TheMonth => Relative::Months(direction),
                    _ => Relative::Years(direction),
                };
                (relative, k + 2)
            }
            _ => return None,
        };
        let mut weekday = None;
        if let Some((day, after)) = self.trailing_weekday(next) {
            weekday = Some(day);
            next = self.corresponding(after);
            // `اليوم الخميس، 8 جوان 2017`: a comma between the weekday and its date.
            if (self.is_punct(next, '،') || self.is_punct(next, ','))
                && self.token(next + 1).kind == Kind::Number
            {
                next += 1;
            }
        }
        // The date it names, written out: `أمس الثلاثاء 4 يونيو 2019`,
        // `الشهر الجاري (أبريل 2017)`.
        let parenthesis = self.is_punct(next, '(');
        let written = if parenthesis {
            self.match_plain(next + 1)
                .filter(|inner| self.is_punct(inner.next, ')'))
        } else if matches!(self.token(next).kind, Kind::Number) {
            // `السنة الماضية 2016`: the year itself.
            match relative {
                Relative::Years(_) => self.year(next).map(|year| {
                    self.found(
                        start..year.end,
                        year.next,
                        DateValue::Gregorian(Date::y(year.year)),
                        MonthNaming::NONE,
                    )
                }),
                _ => self.day_first(next),
            }
        } else if self.is_kw(next, K::FirstOfMonth) {
            // `اليوم الأربعاء غرة فيفري`.
            self.first_of_month(next)
        } else {
            self.ordinal_day(next, true)
        };
        // `اليوم الثلاثاء 16 ماي`: a day and month with the relative word that gives
        // the year.
        if let Some(mut inner) = written.clone().filter(|inner| {
            matches!(
                inner.value,
                DateValue::Gregorian(Date {
                    year: None,
                    month: Some(_),
                    day: Some(_)
                })
            ) && matches!(relative, Relative::Days(_))
        }) {
            self.clear_pending();
            let (value, kind) = self.resolve(relative);
            if let (DateValue::Gregorian(resolved), DateValue::Gregorian(date)) =
                (value, inner.value)
            {
                inner.value = DateValue::Gregorian(Date {
                    year: resolved.year,
                    ..date
                });
            }
            inner.kind = kind;
            inner.span.start = start;
            inner.relative = Some(relative);
            inner.weekday = inner.weekday.or(weekday);
            inner.invalid = match inner.value {
                DateValue::Gregorian(date) => invalid_day(&date),
                _ => None,
            };
            return Some(inner);
        }
        if let Some(mut inner) = written.filter(|inner| {
            matches!(inner.kind, DateKind::Absolute | DateKind::RelativeResolved)
                && match inner.value {
                    DateValue::Gregorian(date) => date.year.is_some(),
                    // `اليوم الأحد 15 جانفي 2017 وإلى غاية يوم الثلاثاء 17 جانفي 2017`:
                    // the relative word names the start.
                    DateValue::Range(from, _) => {
                        from.year.is_some() && matches!(relative, Relative::Days(_))
                    }
                    DateValue::Hijri { hijri, .. } => hijri.year.is_some(),
                    _ => false,
                }
        }) {
            self.clear_pending();
            if parenthesis {
                inner.span.end = self.token(inner.next).end;
                inner.next += 1;
            }
            inner.span.start = start;
            inner.relative = Some(relative);
            inner.weekday = inner.weekday.or(weekday);
            return Some(inner);
        }
        self.clear_pending();
        let end = self.token(next - 1).end;
        Some(self.relative_found(start..end, next, relative, weekday))
    }

    /// Whether `اليوم` at `k` is the day of writing: not in a name (`رأي اليوم`,
    /// `اليوم السابع`, `اليوم 24`), not "the day" (`اليوم الوطني`, `اليوم الأول من القمة`,
    /// `اليوم الآخر`, `ذلك اليوم`, `نهاية اليوم`), not "nowadays" (`وهو اليوم رئيس`).
    fn today_is_a_date(&mut self, k: usize) -> bool {
        if k > 0
            && matches!(
                self.lex(k - 1),
                Some(Lex::Keyword(K::NotToday | K::Same | K::PartOf | K::During))
            )
        {
            return false;
        }
        // `وأنها اليوم بما تتميز به`: after `أنه`, `أنها`, `إنه` it is "nowadays".
        let clitic = if k > 0 { self.clitic(k - 1) } else { 0 };
        if k > 0
            && self.is_kw(k - 1, K::That)
            && self.word_text(k - 1).is_some_and(|w| {
                let mut letters = lexicon::folded(w.get(clitic..).unwrap_or(w));
                letters.next() == Some('\u{0627}') && letters.count() >= 2
            })
        {
            return false;
        }
        // `ما يحدث في تونس اليوم`, `في البلاد اليوم`: the country nowadays (six of six in
        // the corpus; `زيارته تونس اليوم`, without `في`, is today).
        if k >= 2
            && self.word_text(k - 1).is_some_and(|w| {
                ["تونس", "البلاد", "بلادنا"]
                    .iter()
                    .any(|&p| lexicon::is(w, p))
            })
            && self.word_text(k - 2).is_some_and(|w| lexicon::is(w, "في"))
        {
            return false;
        }
        // `وبعمر 37 عاما اليوم`: an age now.
        if k >= 2
            && matches!(self.lex(k - 1), Some(Lex::Unit(Unit::Year, _)))
            && self.token(k - 2).kind == Kind::Number
        {
            return false;
        }
        // `المصدر (روسيا اليوم)`: a name in brackets or quotes.
        if k > 0 && self.token(k - 1).kind == Kind::Word {
            let (name_start, end) = (self.token(k - 1).start, self.token(k).end);
            let opens = self
                .text
                .get(..name_start)
                .and_then(|t| t.chars().next_back());
            let closes = self.text.get(end..).and_then(|t| t.chars().next());
            if matches!(opens, Some('(' | '"' | '«' | '“'))
                && matches!(closes, Some(')' | '"' | '»' | '”'))
            {
                return false;
            }
        }
        // `القضية الأساسية اليوم هي`, `الأحزاب اليوم أصبحت`: before a pronoun or "became"
        // it is "nowadays".
        const NOWADAYS_NEXT: [&str; 9] = [
            "هو",
            "هي",
            "هم",
            "أصبح",
            "أصبحت",
            "بات",
            "باتت",
            "صار",
            "صارت",
        ];
        if self
            .word_text(k + 1)
            .is_some_and(|w| NOWADAYS_NEXT.iter().any(|&p| lexicon::is(w, p)))
        {
            return false;
        }
        // `6 آلاف متر مكعب في اليوم`: per day; the day of writing is `اليوم` alone.
        if k > 0 && self.is_kw(k - 1, K::In) && !matches!(self.lex(k + 1), Some(Lex::Weekday(_))) {
            return false;
        }
        let next = self.token(k + 1);
        if next.kind == Kind::Number && !next.line_before {
            // `اليوم 06 أفريل` is a date; `اليوم 24` a name.
            let dated = self
                .day_first(k + 1)
                .is_some_and(|inner| inner.value.gregorian().is_some_and(|d| d.month.is_some()));
            self.clear_pending();
            return dated;
        }
        // `إلى اليوم`, `حتى اليوم`: "so far", unless a weekday says which day.
        if k > 0 && self.is_kw(k - 1, K::To) && !matches!(self.lex(k + 1), Some(Lex::Weekday(_))) {
            return false;
        }
        match self.lex(k + 1) {
            Some(Lex::Keyword(
                K::FirstOrdinal | K::SecondOrdinal | K::LastOrdinal | K::Itself | K::Teen,
            ))
            | Some(Lex::Ordinal(_)) => false,
            Some(_) => true,
            // `اليوم الوطني`, `اليوم العالمي`, `اليوم الدراسي`: a definite adjective makes it
            // "the day"; `اليوم الذكرى الرابعة` is today.
            None => !self.is_definite_adjective(k + 1),
        }
    }

    /// Whether the word at `k` is a definite relational adjective (`ال` and a last `ي` or
    /// `ية`): `الوطني`, `الدراسية`.
    fn is_definite_adjective(&mut self, k: usize) -> bool {
        let word = self.word_text(k).unwrap_or_default();
        let definite = lexicon::folded(word).take(2).eq(['\u{0627}', '\u{0644}']);
        // Its last letters as written (`ى` stays apart from `ي`), without marks, tatweel
        // or invisible characters.
        let letters = word
            .chars()
            .flat_map(lexicon::expand)
            .filter(|&c| lexicon::fold(c).is_some());
        let (mut last, mut before_last) = (None, None);
        for c in letters {
            (before_last, last) = (last, Some(c));
        }
        let is_ya = |c: Option<char>| matches!(c, Some('\u{064A}' | '\u{06CC}'));
        let adjective =
            is_ya(last) || (matches!(last, Some('\u{0629}' | '\u{0647}')) && is_ya(before_last));
        definite && adjective
    }

    /// `منذ 3 أيام`, `منذ يومين`, `قبل أسبوع`, `بعد يومين`, `منذ 3 سنوات`; `منذ 2011` is
    /// the year. `قبل/بعد … من` counts from another event, not from the reference.
    fn count(&mut self, k: usize) -> Option<Found> {
        let start = self.token(k).start;
        let sign: i32 = if self.is_kw(k, K::After) { 1 } else { -1 };
        if self.is_kw(k, K::Since) {
            if let Some(mut year) = self.bare_year(k + 1) {
                year.span.start = self.token(k + 1).start;
                return Some(year);
            }
        }
        let (count, unit, next) = match (self.number(k + 1), self.lex(k + 1)) {
            (Some((n, digits)), _) if digits <= 3 && n > 0 => {
                let unit = match self.lex(k + 2) {
                    Some(Lex::Unit(unit, 0 | 1)) => unit,
                    Some(Lex::Keyword(K::Day)) => Unit::Day,
                    Some(Lex::Keyword(K::Month)) => Unit::Month,
                    Some(Lex::Keyword(K::Year)) => Unit::Year,
                    _ => return None,
                };
                (n as i32, unit, k + 3)
            }
            (None, Some(Lex::Unit(unit, count @ (1 | 2)))) => (i32::from(count), unit, k + 2),
            // `قبل يوم`, but not `قبل يوم 3 مارس` (before the day of 3 March).
            (None, Some(Lex::Keyword(K::Day)))
                if self.is_kw(k, K::Before) && self.number(k + 2).is_none() =>
            {
                (1, Unit::Day, k + 2)
            }
            (None, Some(Lex::Keyword(K::Month))) if self.month(k + 2).is_none() => {
                (1, Unit::Month, k + 2)
            }
            (None, Some(Lex::Keyword(K::Year))) if self.number(k + 2).is_none() => {
                (1, Unit::Year, k + 2)
            }
            _ => return None,
        };
        // `قبل يوم واحد من`, `بعد 3 أيام من`: counted from another event.
        let one = self.is_kw(next, K::One);
        let after_count = if one { next + 1 } else { next };
        // `بعد 110 أيام على توليها`: from another event too.
        let counted_from = self.is_kw(after_count, K::From)
            || self
                .word_text(after_count)
                .is_some_and(|w| lexicon::is(w, "على"));
        if !self.is_kw(k, K::Since) && counted_from {
            return None;
        }
        // `بعد 11 سنة` counts from another event far more often than from the day of
        // writing; `بعد يومين` is the day after tomorrow.
        if sign > 0 && matches!(unit, Unit::Month | Unit::Year) {
            return None;
        }
        let relative = match unit {
            Unit::Day => Relative::Days(sign * count),
            Unit::Week => Relative::Days(sign * count * 7),
            Unit::Month => Relative::Months(sign * count),
            Unit::Year => Relative::Years(sign * count),
        };
        let end = self.token(next - 1).end;
        Some(self.relative_found(start..end, next, relative, None))
    }

    /// A weekday: before a date (`الاثنين 17 دجنبر 2014`), with a relative word
    /// (`الخميس الماضي`), or alone after `يوم` or a part of the day (`bare`): the last
    /// such day on or before the reference.
    pub(super) fn weekday_first(&mut self, k: usize, weekday: u8, bare: bool) -> Option<Found> {
        let token = self.token(k);
        let weekday = Weekday::from_iso(weekday)?;
        let mut next = k + 1;
        if self.is_punct(next, ',') || self.is_punct(next, '،') {
            next += 1;
        }
        let date_at = self.corresponding(next);
        if let Some(mut inner) = self.match_plain(date_at) {
            if inner.weekday.is_some() || matches!(inner.value, DateValue::Range(..)) {
                self.clear_pending();
                return None;
            }
            inner.weekday = Some(weekday);
            inner.span.start = token.start;
            return Some(inner);
        }
        // `وأكد الوزير، الثلاثاء، أن`: a weekday set off by commas names the day of the
        // report.
        let comma = |c: char| c == '،' || c == ',';
        let set_off = k > 0
            && matches!(self.token(k - 1).kind, Kind::Punct(c) if comma(c))
            && matches!(self.token(k + 1).kind, Kind::Punct(c) if comma(c));
        // In a sentence about the future, the next such day.
        let alone = if self.future { 1 } else { 0 };
        if k > 0 && self.is_kw(k - 1, K::NotWeekday) {
            return None;
        }
        let reported = !bare && !set_off && self.reported_weekday(k);
        let (direction, next) = match self.direction(k + 1) {
            Some(direction) => (direction, k + 2),
            None if bare || set_off || reported => (alone, k + 1),
            None => return None,
        };
        // `الأحد القادم 19 مارس`: the written date, the relative words beside it.
        if self.token(next).kind == Kind::Number {
            if let Some(mut inner) = self.day_first(next).filter(|inner| {
                matches!(
                    inner.value,
                    DateValue::Gregorian(Date {
                        month: Some(_),
                        day: Some(_),
                        ..
                    })
                )
            }) {
                self.clear_pending();
                let relative = Relative::Weekday { weekday, direction };
                if let (
                    DateValue::Gregorian(date),
                    DateKind::RelativeUnresolved | DateKind::Absolute,
                ) = (inner.value, inner.kind)
                {
                    if date.year.is_none() {
                        // The year of the weekday's day.
                        let (value, kind) = self.resolve(relative);
                        if let DateValue::Gregorian(resolved) = value {
                            inner.value = DateValue::Gregorian(Date {
                                year: resolved.year,
                                ..date
                            });
                        }
                        inner.kind = kind;
                        inner.relative = Some(relative);
                    }
                }
                inner.span.start = token.start;
                inner.weekday = Some(weekday);
                return Some(inner);
            }
        }
        let relative = Relative::Weekday { weekday, direction };
        let end = self.token(next - 1).end;
        Some(self.relative_found(token.start..end, next, relative, Some(weekday)))
    }

    /// The date before this one in the text, named again: `نفس اليوم`, `اليوم ذاته`,
    /// `اليوم نفسه` (its day), `نفس الشهر`, `الشهر ذاته` (its month), `نفس السنة`,
    /// `العام نفسه` (its year).
    pub(super) fn anaphora(&mut self, k: usize) -> Option<Found> {
        let (unit, next) = if self.is_kw(k, K::Same) {
            (self.lex(k + 1)?, k + 2)
        } else if self.is_kw(k + 1, K::Itself) {
            (self.lex(k)?, k + 2)
        } else {
            return None;
        };
        let previous = self.previous?;
        let value = match unit {
            Lex::Keyword(K::Today) if previous.day.is_some() => previous,
            Lex::Keyword(K::TheMonth) if previous.month.is_some() => Date {
                day: None,
                ..previous
            },
            Lex::Keyword(K::TheYear) if previous.year.is_some() => Date {
                year: previous.year,
                month: None,
                day: None,
            },
            _ => return None,
        };
        let start = self.token(k).start;
        // `الشهر ذاته من عام 2014`, `نفس اليوم من السنة الماضية`... with its own year
        // written: the month (or day) of the date before, in that year.
        if matches!(unit, Lex::Keyword(K::TheMonth | K::Today)) && self.is_kw(next, K::From) {
            let at = if matches!(self.lex(next + 1), Some(Lex::Keyword(K::Year | K::TheYear))) {
                next + 2
            } else {
                next + 1
            };
            if let Some(year) = self
                .year(at)
                .filter(|y| Self::plausible_gregorian(y.year) && !y.hijri_era)
            {
                let date = Date {
                    year: Some(year.year),
                    ..value
                };
                if invalid_day(&date).is_none() {
                    return Some(self.inferred(start..year.end, year.next, date));
                }
            }
        }
        let end = self.token(next - 1).end;
        Some(self.inferred(start..end, next, value))
    }

    /// The month (and year) the date before this one names, for a day written with
    /// `منه`, `من نفس الشهر`, `من الشهر ذاته`: the previous date and the token after the
    /// words. `k` is the token after the day.
    pub(super) fn anaphoric_month(&mut self, k: usize) -> Option<(Date, usize)> {
        let previous = self.previous.filter(|p| p.month.is_some())?;
        if self.is_kw(k, K::OfIt) {
            return Some((previous, k + 1));
        }
        if !self.is_kw(k, K::From) {
            return None;
        }
        let same_month = (self.is_kw(k + 1, K::Same) && self.is_kw(k + 2, K::TheMonth))
            || (self.is_kw(k + 1, K::TheMonth) && self.is_kw(k + 2, K::Itself));
        same_month.then_some((previous, k + 3))
    }

    /// The value of a relative expression, resolved when there is a reference date.
    pub(super) fn resolve(&self, relative: Relative) -> (DateValue, DateKind) {
        resolve_relative(self.finder.reference, self.finder.week_start, relative)
    }

    /// A relative word at `k`: −1 `الماضي`, 1 `المقبل`, 0 `الجاري`.
    pub(super) fn direction(&mut self, k: usize) -> Option<i8> {
        match self.lex(k) {
            Some(Lex::Keyword(K::Last)) => Some(-1),
            Some(Lex::Keyword(K::Next)) => Some(1),
            Some(Lex::Keyword(K::Current)) => Some(0),
            _ => None,
        }
    }
}
