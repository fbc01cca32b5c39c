//! Relative expressions: `أمس`, `الأسبوع الماضي`, `شتنبر الماضي`.

use super::*;

impl Matcher<'_> {
    /// A weekday right after the expression (`أمس الاثنين`): the weekday and the token
    /// after it.
    pub(super) fn trailing_weekday(&mut self, k: usize) -> Option<(Weekday, usize)> {
        match self.lex(k) {
            Some(Lex::Weekday(day)) => Some((Weekday::from_iso(day)?, k + 1)),
            _ => None,
        }
    }

    /// `أمس`, `اليوم`, `غدا`, `أول أمس`, `أمس الأول`, `بعد غد`, `الأسبوع الماضي`,
    /// `الشهر المقبل`, `السنة الماضية`, optionally followed by a weekday.
    pub(super) fn relative(&mut self, k: usize) -> Option<Found> {
        let start = self.token(k).start;
        let lex = self.lex(k)?;
        let (relative, mut next) = match lex {
            Lex::Keyword(K::Yesterday) => {
                if self.is_kw(k + 1, K::FirstOrdinal) {
                    (Relative::Days(-2), k + 2)
                } else {
                    (Relative::Days(-1), k + 1)
                }
            }
            Lex::Keyword(K::Today) => {
                // `اليوم الوطني`, `اليوم العالمي`: "the day", not "today".
                let next_word = self.word_text(k + 1).unwrap_or_default();
                let definite = lexicon::folded(next_word)
                    .take(2)
                    .eq(['\u{0627}', '\u{0644}']);
                if definite && self.lex(k + 1).is_none() {
                    return None;
                }
                (Relative::Days(0), k + 1)
            }
            Lex::Keyword(K::Tomorrow) => (Relative::Days(1), k + 1),
            Lex::Keyword(K::FirstOrdinal) if self.is_kw(k + 1, K::Yesterday) => {
                (Relative::Days(-2), k + 2)
            }
            Lex::Keyword(K::After) if self.is_kw(k + 1, K::Morrow) => (Relative::Days(2), k + 2),
            Lex::Keyword(unit @ (K::Week | K::TheMonth | K::TheYear)) => {
                let direction = match self.lex(k + 1) {
                    Some(Lex::Keyword(K::Last)) => -1,
                    Some(Lex::Keyword(K::Next)) => 1,
                    Some(Lex::Keyword(K::Current)) => 0,
                    _ => return None,
                };
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
            next = after;
        }
        let end = self.token(next - 1).end;
        let (value, kind) = self.resolve(relative);
        Some(Found {
            span: start..end,
            next,
            value,
            kind,
            naming: MonthNaming::NONE,
            weekday,
            relative: Some(relative),
            invalid: None,
        })
    }

    /// The value of a relative expression, resolved when there is a reference date.
    pub(super) fn resolve(&self, relative: Relative) -> (DateValue, DateKind) {
        resolve_relative(self.finder.reference, relative)
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
